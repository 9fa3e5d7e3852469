import { error } from '@sveltejs/kit';
import { getPlan, planDashboard } from '#lib/server/plans/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.view');
	const plan = await getPlan(ctx.db, partnership.id, event.params.id);
	if (!plan) error(404, 'errors.not_found');
	return { plan, dashboard: await planDashboard(ctx.db, partnership.id, { planId: plan.id }) };
};
