import { error } from '@sveltejs/kit';
import { measurementEvidence } from '#lib/server/plans/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { RequestHandler } from './$types';

/** A measurement's evidence file (PDF or image), for the partnership only, never rendered as a page. */
export const GET: RequestHandler = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.view');
	const file = await measurementEvidence(ctx.db, partnership.id, event.params.id);
	if (!file) error(404, 'errors.not_found');
	const extension = file.content_type === 'application/pdf' ? 'pdf' : file.content_type.split('/')[1];
	return new Response(new Uint8Array(file.data), {
		headers: {
			'content-type': file.content_type,
			'content-disposition': `attachment; filename="evidence-${event.params.id.slice(0, 8)}.${extension}"`,
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, no-store'
		}
	});
};
