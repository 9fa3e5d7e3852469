import { contributionsCsv, listContributions } from '#lib/server/plans/contributions.ts';
import { requirePartnership } from '#lib/server/web.ts';
import { filterFromQuery } from '../filter.server.ts';
import type { RequestHandler } from './$types';

/** The listed contributions (same filters as the page) as CSV, in the page language. */
export const GET: RequestHandler = async (event) => {
	const { ctx, partnership, lang } = await requirePartnership(event, 'contributions.record');
	const { query, base, statuses } = filterFromQuery(event.url.searchParams);
	const rows = await listContributions(ctx, partnership.id, { ...base, statuses });
	const name = `contributions-${partnership.slug}${query.year ? `-${query.year}` : ''}.csv`;
	return new Response(contributionsCsv(rows, lang), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
};
