import { tableTree } from '#lib/server/partnership/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'tables.view');
	const includeClosed = event.url.searchParams.get('closed') === '1';
	const tree = await tableTree(ctx, partnership.id, { includeClosed });
	return { tree, includeClosed };
};
