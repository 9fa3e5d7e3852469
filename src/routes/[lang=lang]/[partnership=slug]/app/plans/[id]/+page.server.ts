import { error, redirect } from '@sveltejs/kit';
import { flattenTree, tableTree } from '#lib/server/partnership/index.ts';
import {
	deleteNode,
	deletePlan,
	getPlanTree,
	listStrategies,
	saveAction,
	saveNode,
	savePlan
} from '#lib/server/plans/index.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.view');
	const tree = await getPlanTree(ctx.db, partnership.id, event.params.id);
	if (!tree) error(404, 'errors.not_found');
	const [strategies, tables] = await Promise.all([
		listStrategies(ctx.db, partnership.id),
		tableTree(ctx, partnership.id)
	]);
	return {
		tree,
		edit: event.url.searchParams.get('edit') ?? '',
		strategies: strategies.map((s) => ({ id: s.id, title_fr: s.title_fr, title_en: s.title_en })),
		themes: strategies.find((s) => s.id === tree.plan.strategy_id)?.themes ?? [],
		tables: flattenTree(tables).map((n) => ({ id: n.id, name_fr: n.name_fr, name_en: n.name_en, depth: n.depth }))
	};
};

const kinds = { axis: 'axis', result: 'result', priority: 'priority' } as const;
const back = (url: URL, done: string, anchor = '') => `${url.pathname}?done=${done}${anchor ? `#${anchor}` : ''}`;

export const actions: Actions = {
	update: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const result = await savePlan(ctx, actor, partnership.id, event.params.id, values);
		if (!result.ok) return formFailure(result, { ...values, form: 'plan' });
		redirect(303, back(event.url, 'plans.plan_saved'));
	},
	delete: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		// A whole plan goes only with the confirmation box ticked.
		if ((await event.request.formData()).get('confirm') !== 'yes') {
			return formFailure(
				{ ok: false, code: 'plans.error_confirm_delete', fieldErrors: { confirm: ['plans.error_confirm_delete'] } },
				{ form: 'plan' }
			);
		}
		const result = await deletePlan(ctx, actor, partnership.id, event.params.id);
		if (!result.ok) return formFailure(result, {}, 404);
		redirect(303, `${event.url.pathname.replace(/\/[^/]+$/, '')}?done=plans.plan_deleted`);
	},
	/** Adds an axis (parent: the plan), a result (parent: an axis) or a priority (parent: a result). */
	addNode: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const kind = kinds[values.kind as keyof typeof kinds];
		if (!kind) return formFailure({ ok: false, code: 'common.error_invalid' }, values);
		const parent = kind === 'axis' ? event.params.id : (values.parentId ?? '');
		const result = await saveNode(ctx, actor, partnership.id, kind, parent, null, values);
		if (!result.ok) return formFailure(result, { ...values, form: `add-${kind}-${values.parentId ?? ''}` });
		redirect(303, back(event.url, 'plans.node_created', result.value.id));
	},
	editNode: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const kind = kinds[values.kind as keyof typeof kinds];
		if (!kind) return formFailure({ ok: false, code: 'common.error_invalid' }, values);
		const result = await saveNode(ctx, actor, partnership.id, kind, null, values.id ?? '', values);
		if (!result.ok) return formFailure(result, { ...values, form: `edit-${values.id}` });
		redirect(303, back(event.url, 'plans.node_saved', result.value.id));
	},
	deleteNode: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const kind = values.kind === 'action' ? 'action' : kinds[values.kind as keyof typeof kinds];
		if (!kind) return formFailure({ ok: false, code: 'common.error_invalid' }, values);
		const result = await deleteNode(ctx, actor, partnership.id, kind, values.id ?? '');
		if (!result.ok) return formFailure(result, {}, 404);
		redirect(303, back(event.url, 'plans.node_deleted'));
	},
	addAction: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const result = await saveAction(ctx, actor, partnership.id, values.priorityId ?? '', null, values);
		if (!result.ok) return formFailure(result, { ...values, form: `add-action-${values.priorityId ?? ''}` });
		redirect(303, back(event.url, 'plans.action_created', result.value.id));
	}
};
