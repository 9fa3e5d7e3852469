import { t } from '#lib/server/i18n.ts';
import { governanceOutline, layoutGovernanceChart, loadGovernance } from '#lib/server/partnership/governance-chart.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

/** The same chart as the public page, inside the workspace. */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, lang } = await requirePartnership(event, 'tables.view');
	const tr = t(lang);
	const { tree, organizations } = await loadGovernance(ctx, partnership.id);
	const name = (lang === 'fr' ? partnership.name_fr : partnership.name_en) || partnership.name_fr;
	return {
		layout: layoutGovernanceChart(tree, organizations, {
			lang,
			kindLabel: (kind) => tr(`partnership.kind_${kind}`),
			heading: name
		}),
		outline: governanceOutline(tree, organizations, lang)
	};
};
