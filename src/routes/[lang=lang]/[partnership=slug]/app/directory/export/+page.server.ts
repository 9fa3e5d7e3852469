import { tableSpecs } from '#lib/server/directory/hsds/tables.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

/** The export page: HSDS JSON, the CSV package as a ZIP, or one CSV table, in either language. */
export const load: PageServerLoad = async (event) => {
	const { partnership } = await requirePartnership(event, 'directory.view');
	return {
		files: Object.values(tableSpecs).map((s) => ({ table: s.table, file: s.file })),
		apiBase: `/api/hsds/${partnership.slug}`
	};
};
