import { currentFiscalYear, defaultAchievementsRange } from '#lib/server/plans/reports.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

/** The reports: pick one, its period and its language. */
export const load: PageServerLoad = async (event) => {
	const { lang } = await requirePartnership(event, 'reports.view');
	const year = currentFiscalYear();
	return {
		defaults: { ...defaultAchievementsRange(), year: String(year - 1), lang },
		years: Array.from({ length: 8 }, (_, i) => year - i)
	};
};
