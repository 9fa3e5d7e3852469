import { error } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { listOrganizations, sectors } from '#lib/server/partnership/index.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import type { PageServerLoad } from './$types';

/** Public directory of participating organizations: organizations only, never people. */
export const load: PageServerLoad = async ({ params, url }) => {
	const ctx = appContext();
	const partnership = await findPartnershipBySlug(ctx, params.partnership);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	const wanted = url.searchParams.get('sector') ?? '';
	const sector = (sectors as readonly string[]).includes(wanted) ? wanted : '';
	const all = await listOrganizations(ctx, partnership.id, { status: 'active' });
	const counts = new Map<string, number>();
	for (const o of all) counts.set(o.sector, (counts.get(o.sector) ?? 0) + 1);
	return {
		partnership: { slug: partnership.slug, name: { fr: partnership.name_fr, en: partnership.name_en } },
		sector,
		total: all.length,
		sectors: sectors.filter((s) => counts.has(s)).map((s) => ({ value: s, count: counts.get(s) ?? 0 })),
		organizations: all
			.filter((o) => !sector || o.sector === sector)
			.map((o) => ({
				id: o.id,
				name: { fr: o.name_fr, en: o.name_en },
				acronym: o.acronym,
				sector: o.sector,
				description: { fr: o.description_fr, en: o.description_en },
				website: /^https?:\/\//.test(o.website) ? o.website : '',
				languages: o.languages,
				areaServed: { fr: o.area_served_fr, en: o.area_served_en },
				isLead: o.is_lead,
				hasLogo: Boolean(o.logo_file_id)
			}))
	};
};
