import { listOrganizations, partnerNetwork, sectors } from '#lib/server/partnership/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, lang } = await requirePartnership(event, 'representation.view');
	const [network, organizations] = await Promise.all([
		partnerNetwork(ctx, partnership.id),
		listOrganizations(ctx, partnership.id, { status: 'active' })
	]);
	const acronyms = new Map(organizations.map((o) => [o.id, o.acronym]));
	const name = (n: { name_fr: string; name_en: string }) =>
		lang === 'en' ? n.name_en || n.name_fr : n.name_fr || n.name_en;
	// Around the circle: grouped by sector (in the vocabulary's order), then by name.
	const nodes = [...network.nodes]
		.sort((a, b) => sectors.indexOf(a.sector) - sectors.indexOf(b.sector) || name(a).localeCompare(name(b), lang))
		.map((n) => ({ ...n, acronym: acronyms.get(n.id) ?? '' }));
	return { nodes, edges: network.edges };
};
