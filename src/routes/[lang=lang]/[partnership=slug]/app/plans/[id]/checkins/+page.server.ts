import { error, redirect } from '@sveltejs/kit';
import {
	closeCheckinRound,
	getPlan,
	listRounds,
	openCheckinRound,
	remindCheckinRound
} from '#lib/server/plans/index.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.manage');
	const plan = await getPlan(ctx.db, partnership.id, event.params.id);
	if (!plan) error(404, 'errors.not_found');
	const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
	return { plan, rounds: await listRounds(ctx.db, partnership.id, plan.id), defaultDue: due };
};

export const actions: Actions = {
	open: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const result = await openCheckinRound(ctx, actor, partnership.id, event.params.id, values);
		if (!result.ok) return formFailure(result, values, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=plans.round_opened&count=${result.value.requests}`);
	},
	remind: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const result = await remindCheckinRound(ctx, actor, partnership.id, values.roundId ?? '');
		if (!result.ok) return formFailure(result, values, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=plans.round_reminded&count=${result.value.reminded}`);
	},
	close: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const result = await closeCheckinRound(ctx, actor, partnership.id, values.roundId ?? '');
		if (!result.ok) return formFailure(result, values, 404);
		redirect(303, `${event.url.pathname}?done=plans.round_closed`);
	}
};
