import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requirePartnership(event, 'partnership.view');
	return {};
};
