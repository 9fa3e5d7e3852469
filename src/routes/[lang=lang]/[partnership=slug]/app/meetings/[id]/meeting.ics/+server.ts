import { error } from '@sveltejs/kit';
import { icsForMeeting, torontoDay } from '#lib/server/partnership/meetings.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { RequestHandler } from './$types';

/** One meeting as an .ics file, to add to a calendar by hand. */
export const GET: RequestHandler = async (event) => {
	const { ctx, partnership, lang } = await requirePartnership(event, 'meetings.view');
	const ics = await icsForMeeting(ctx, partnership.id, event.params.id, lang);
	if (!ics) error(404, 'errors.not_found');
	const day = /DTSTART:(\d{8})/.exec(ics)?.[1] ?? torontoDay();
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${lang === 'fr' ? 'reunion' : 'meeting'}-${day}.ics"`,
			'cache-control': 'private, no-store'
		}
	});
};
