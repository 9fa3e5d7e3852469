import { error } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import type { PageServerLoad } from './$types';

/** The partnership's public page. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const partnership = await findPartnershipBySlug(appContext(), params.partnership);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	const role = locals.user?.access.find((a) => a.partnershipId === partnership.id)?.role ?? null;
	return {
		partnership: {
			slug: partnership.slug,
			name: { fr: partnership.name_fr, en: partnership.name_en },
			region: { fr: partnership.region_fr, en: partnership.region_en }
		},
		role
	};
};
