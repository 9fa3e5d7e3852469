import { error } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { icsForTable } from '#lib/server/partnership/meetings.ts';
import type { RequestHandler } from './$types';

/**
 * A table's meetings as a calendar feed. Calendar apps subscribe without signing in, so the secret
 * token in the address is the key; the language comes from ?lang= (French by default).
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'fr';
	const ics = await icsForTable(appContext(), params.token, lang);
	if (!ics) error(404, 'errors.not_found');
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="calendar.ics"',
			'cache-control': 'private, max-age=300',
			'x-robots-tag': 'noindex',
			'referrer-policy': 'no-referrer'
		}
	});
};
