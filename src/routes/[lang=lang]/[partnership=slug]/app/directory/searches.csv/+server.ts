import { stringify } from 'csv-stringify/sync';
import { directoryToday } from '#lib/server/directory/read.ts';
import { insightsCsvRows, insightsRange, searchInsights } from '#lib/server/directory/search-log.ts';
import { t } from '#lib/server/i18n.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { RequestHandler } from './$types';

/** The search insights of the page, as one CSV (UTF-8 with BOM, for spreadsheets). */
export const GET: RequestHandler = async (event) => {
	const { ctx, partnership, lang } = await requirePartnership(event, 'directory.insights');
	const { range } = insightsRange(event.url.searchParams, directoryToday());
	const insights = await searchInsights(ctx.db, partnership.id, range);
	const csv = stringify(insightsCsvRows(insights, t(lang)));
	const name = `${lang === 'fr' ? 'recherches' : 'searches'}-${partnership.slug}-${range.from}-${range.to}.csv`;
	return new Response(`\uFEFF${csv}`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'content-language': lang,
			'cache-control': 'private, no-store'
		}
	});
};
