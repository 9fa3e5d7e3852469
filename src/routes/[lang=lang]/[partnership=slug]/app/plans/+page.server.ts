import { redirect } from '@sveltejs/kit';
import { listStrategies, listPlans, savePlan } from '#lib/server/plans/index.ts';
import { tableTree, flattenTree } from '#lib/server/partnership/index.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.view');
	const [plans, strategies, tables] = await Promise.all([
		listPlans(ctx.db, partnership.id),
		listStrategies(ctx.db, partnership.id),
		tableTree(ctx, partnership.id)
	]);
	return {
		plans,
		strategies: strategies.map((s) => ({ id: s.id, title_fr: s.title_fr, title_en: s.title_en })),
		tables: flattenTree(tables).map((n) => ({ id: n.id, name_fr: n.name_fr, name_en: n.name_en, depth: n.depth }))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const result = await savePlan(ctx, actor, partnership.id, null, values);
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname}/${result.value.id}?done=plans.plan_created`);
	}
};
