import { appContext } from '#lib/server/context.ts';
import { listPartnerships } from '#lib/server/tenancy/partnerships.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const partnerships = await listPartnerships(appContext());
	return {
		partnerships: partnerships.map(({ slug, name_fr, name_en, region_fr, region_en }) => ({
			slug,
			name: { fr: name_fr, en: name_en },
			region: { fr: region_fr, en: region_en }
		}))
	};
};
