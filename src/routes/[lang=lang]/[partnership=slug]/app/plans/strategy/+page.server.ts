import { redirect } from '@sveltejs/kit';
import { listPlans, listStrategies, saveStrategy } from '#lib/server/plans/index.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.view');
	const [strategies, plans] = await Promise.all([
		listStrategies(ctx.db, partnership.id),
		listPlans(ctx.db, partnership.id)
	]);
	return {
		strategies: strategies.map((s) => ({ ...s, plans: plans.filter((p) => p.strategy_id === s.id) })),
		edit: event.url.searchParams.get('edit') ?? ''
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const result = await saveStrategy(ctx, actor, partnership.id, values.id || null, values);
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname}?done=plans.strategy_saved`);
	}
};
