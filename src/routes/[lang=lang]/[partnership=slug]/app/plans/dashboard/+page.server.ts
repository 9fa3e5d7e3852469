import { flattenTree, tableTree } from '#lib/server/partnership/index.ts';
import { listPlans, planDashboard } from '#lib/server/plans/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

/** The coordinator's dashboard: every open plan, or what one table owns (?table=<id>). */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.view');
	const tables = flattenTree(await tableTree(ctx, partnership.id)).map((n) => ({
		id: n.id,
		name_fr: n.name_fr,
		name_en: n.name_en,
		depth: n.depth
	}));
	const wanted = event.url.searchParams.get('table') ?? '';
	const table = tables.find((x) => x.id === wanted) ?? null;
	const [dashboard, plans] = await Promise.all([
		planDashboard(ctx.db, partnership.id, table ? { tableId: table.id } : {}),
		listPlans(ctx.db, partnership.id, table ? { tableId: table.id } : {})
	]);
	return { dashboard, tables, table, plans: plans.filter((p) => p.status !== 'closed') };
};
