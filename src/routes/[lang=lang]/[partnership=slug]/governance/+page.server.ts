import { error } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { t } from '#lib/server/i18n.ts';
import { governanceOutline, layoutGovernanceChart, loadGovernance } from '#lib/server/partnership/governance-chart.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import type { PageServerLoad } from './$types';

/** The public governance chart; `?print=1` is the version printed to PDF (governance.pdf). */
export const load: PageServerLoad = async ({ params, url, locals }) => {
	const ctx = appContext();
	const partnership = await findPartnershipBySlug(ctx, params.partnership);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	const lang = locals.lang;
	const tr = t(lang);
	const { tree, organizations } = await loadGovernance(ctx, partnership.id);
	const name = (lang === 'fr' ? partnership.name_fr : partnership.name_en) || partnership.name_fr;
	return {
		partnership: { slug: partnership.slug, name: { fr: partnership.name_fr, en: partnership.name_en } },
		layout: layoutGovernanceChart(tree, organizations, {
			lang,
			kindLabel: (kind) => tr(`partnership.kind_${kind}`),
			heading: name
		}),
		outline: governanceOutline(tree, organizations, lang),
		print: url.searchParams.get('print') === '1',
		generatedAt: new Date().toISOString()
	};
};
