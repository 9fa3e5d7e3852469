import { redirect } from '@sveltejs/kit';
import { listMeasurements, reviewMeasurement } from '#lib/server/plans/index.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.manage');
	const [pending, reviewed] = await Promise.all([
		listMeasurements(ctx.db, partnership.id, { status: 'submitted' }),
		listMeasurements(ctx.db, partnership.id).then((rows) => rows.filter((r) => r.status !== 'submitted').slice(0, 50))
	]);
	return { pending, reviewed };
};

export const actions: Actions = {
	review: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
		const values = formValues(await event.request.formData());
		const result = await reviewMeasurement(ctx, actor, partnership.id, values.id ?? '', values);
		if (!result.ok) return formFailure(result, values, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(
			303,
			`${event.url.pathname}?done=plans.measurement_${values.decision === 'approved' ? 'approved' : 'rejected'}`
		);
	}
};
