import { error, redirect } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import {
	getPlanTree,
	indicatorSeries,
	listMeasurements,
	saveIndicator,
	saveTarget,
	submitMeasurement
} from '#lib/server/plans/index.ts';
import { scoped } from '#lib/server/tenancy/scoped.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role, user } = await requirePartnership(event, 'plans.view');
	const tree = await getPlanTree(ctx.db, partnership.id, event.params.id);
	if (!tree) error(404, 'errors.not_found');
	const series = await Promise.all(tree.indicators.map((i) => indicatorSeries(ctx.db, partnership.id, i.id)));
	const measurements = await listMeasurements(ctx.db, partnership.id, { planId: tree.plan.id });
	const results = tree.axes.flatMap((a) =>
		a.results.map((r) => ({ id: r.id, title_fr: r.title_fr, title_en: r.title_en }))
	);
	const actions = tree.axes.flatMap((a) =>
		a.results.flatMap((r) =>
			r.priorities.flatMap((p) =>
				p.actions.map((x) => ({ id: x.id, description_fr: x.description_fr, description_en: x.description_en }))
			)
		)
	);
	return {
		plan: tree.plan,
		indicators: tree.indicators.map((ind, i) => ({
			...ind,
			points: series[i]?.points ?? [],
			results: results.filter((r) =>
				tree.axes.some((a) => a.results.some((x) => x.id === r.id && x.indicatorIds.includes(ind.id)))
			),
			actionCount: actions.filter((x) =>
				tree.axes.some((a) =>
					a.results.some((r) =>
						r.priorities.some((p) => p.actions.some((y) => y.id === x.id && y.indicatorIds.includes(ind.id)))
					)
				)
			).length,
			measurements: measurements.filter((m) => m.indicator_id === ind.id)
		})),
		results,
		manage: roleCan(role, 'plans.manage'),
		canSubmit: roleCan(role, 'plans.update_own'),
		/** for members: the indicators of the actions they are responsible for */
		ownIndicators: roleCan(role, 'plans.manage')
			? null
			: (
					await scoped(ctx.db, partnership.id)
						.selectFrom('indicator_link')
						.innerJoin('action_responsible', 'action_responsible.action_id', 'indicator_link.action_id')
						.innerJoin('person', 'person.id', 'action_responsible.person_id')
						.select('indicator_link.indicator_id')
						.where('person.user_id', '=', user.id)
						.execute()
				).map((r) => r.indicator_id)
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const data = await event.request.formData();
		const values = formValues(data);
		const resultIds = data.getAll('resultIds').map(String).filter(Boolean);
		const result = await saveIndicator(ctx, actor, partnership.id, null, {
			...values,
			planId: event.params.id,
			resultIds
		});
		if (!result.ok) return formFailure(result, { ...values, form: 'create' });
		redirect(303, `${event.url.pathname}?done=plans.indicator_created#${result.value.id}`);
	},
	target: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const result = await saveTarget(ctx, actor, partnership.id, values.indicatorId ?? '', values);
		if (!result.ok) return formFailure(result, { ...values, form: `target-${values.indicatorId}` });
		redirect(303, `${event.url.pathname}?done=plans.target_saved#${values.indicatorId}`);
	},
	measure: async (event) => {
		const { ctx, partnership, actor, role, user } = await requirePartnership(event, 'plans.update_own');
		const data = await event.request.formData();
		const values = formValues(data);
		// Members measure the indicators of the actions they are responsible for.
		if (!roleCan(role, 'plans.manage')) {
			const own = await scoped(ctx.db, partnership.id)
				.selectFrom('indicator_link')
				.innerJoin('action_responsible', 'action_responsible.action_id', 'indicator_link.action_id')
				.innerJoin('person', 'person.id', 'action_responsible.person_id')
				.select('indicator_link.id')
				.where(
					'indicator_link.indicator_id',
					'=',
					/^[0-9a-f-]{36}$/.test(values.indicatorId ?? '') ? values.indicatorId : '00000000-0000-0000-0000-000000000000'
				)
				.where('person.user_id', '=', user.id)
				.executeTakeFirst();
			if (!own)
				return formFailure(
					{ ok: false, code: 'plans.error_not_yours' },
					{ ...values, form: `measure-${values.indicatorId}` }
				);
		}
		const file = data.get('evidence');
		const evidence = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
		const result = await submitMeasurement(ctx, actor, partnership.id, values.indicatorId ?? '', values, {}, evidence);
		if (!result.ok) return formFailure(result, { ...values, form: `measure-${values.indicatorId}` });
		redirect(303, `${event.url.pathname}?done=plans.measurement_submitted#${values.indicatorId}`);
	}
};
