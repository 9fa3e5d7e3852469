import { error } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { loadGovernance } from '#lib/server/partnership/governance-chart.ts';
import type { TableNode } from '#lib/server/partnership/index.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import type { PageServerLoad } from './$types';

export interface PublicTable {
	id: string;
	kind: string;
	theme: string;
	name: { fr: string; en: string };
	mandate: { fr: string; en: string };
	organizations: { id: string; name: { fr: string; en: string } }[];
	people: { id: string; name: string; role: string; organization: { fr: string; en: string } | null }[];
	children: PublicTable[];
}

/** The council and its tables, with member organizations and only the people who agreed to be shown. */
export const load: PageServerLoad = async ({ params }) => {
	const ctx = appContext();
	const partnership = await findPartnershipBySlug(ctx, params.partnership);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	const { tree, organizations, people } = await loadGovernance(ctx, partnership.id);
	const toPublic = (nodes: TableNode[]): PublicTable[] =>
		nodes.map((n) => ({
			id: n.id,
			kind: n.kind,
			theme: n.theme,
			name: { fr: n.name_fr, en: n.name_en },
			mandate: { fr: n.mandate_fr, en: n.mandate_en },
			organizations: (organizations[n.id] ?? []).map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } })),
			people: people[n.id] ?? [],
			children: toPublic(n.children)
		}));
	return {
		partnership: { slug: partnership.slug, name: { fr: partnership.name_fr, en: partnership.name_en } },
		tables: toPublic(tree)
	};
};
