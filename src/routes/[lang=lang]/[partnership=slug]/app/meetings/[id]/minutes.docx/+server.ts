import { error } from '@sveltejs/kit';
import { getMeeting, minutesDocx, torontoDay } from '#lib/server/partnership/meetings.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { RequestHandler } from './$types';

/** The minutes as a Word document, in the page language. */
export const GET: RequestHandler = async (event) => {
	const { ctx, partnership, lang } = await requirePartnership(event, 'meetings.view');
	const meeting = await getMeeting(ctx, partnership.id, event.params.id);
	if (!meeting) error(404, 'errors.not_found');
	const docx = await minutesDocx(meeting, lang, lang === 'fr' ? partnership.name_fr : partnership.name_en);
	const name = `${lang === 'fr' ? 'proces-verbal' : 'minutes'}-${torontoDay(meeting.starts_at)}.docx`;
	return new Response(new Uint8Array(docx), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
};
