import { directoryToday } from '#lib/server/directory/read.ts';
import { insightsRange, searchInsights } from '#lib/server/directory/search-log.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'directory.insights');
	const today = directoryToday();
	const { range, fieldErrors } = insightsRange(event.url.searchParams, today);
	const insights = await searchInsights(ctx.db, partnership.id, range);
	return {
		insights,
		today,
		fieldErrors,
		values: { from: event.url.searchParams.get('from') ?? range.from, to: event.url.searchParams.get('to') ?? range.to }
	};
};
