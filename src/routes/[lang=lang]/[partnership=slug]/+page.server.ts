import { error } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { flattenTree, listOrganizations, tableTree } from '#lib/server/partnership/index.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import type { PageServerLoad } from './$types';

/** The partnership's public home: who it is, how many partners and tables, where to go next. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const ctx = appContext();
	const partnership = await findPartnershipBySlug(ctx, params.partnership);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	const role = locals.user?.access.find((a) => a.partnershipId === partnership.id)?.role ?? null;
	const [organizations, tree] = await Promise.all([
		listOrganizations(ctx, partnership.id, { status: 'active' }),
		tableTree(ctx, partnership.id)
	]);
	const lead = organizations.find((o) => o.is_lead);
	return {
		partnership: {
			slug: partnership.slug,
			name: { fr: partnership.name_fr, en: partnership.name_en },
			region: { fr: partnership.region_fr, en: partnership.region_en }
		},
		counts: {
			organizations: organizations.length,
			tables: flattenTree(tree).filter((t) => t.status === 'active').length
		},
		lead: lead ? { fr: lead.name_fr, en: lead.name_en } : null,
		role
	};
};
