import { redirect } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { checkinItems, findCheckin, markCheckinOpened, submitCheckin } from '#lib/server/plans/index.ts';
import { formFailure, formValues } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

/** The public check-in page behind the signed link of a check-in e-mail (no account needed). */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' });
	const ctx = appContext();
	const request = await findCheckin(ctx.db, params.partnership, params.token);
	if (!request) return { invalid: true as const };
	const items = await checkinItems(ctx.db, request);
	if (!items.expired) await markCheckinOpened(ctx.db, request);
	return {
		invalid: false as const,
		partnership: { fr: request.partnership_name_fr, en: request.partnership_name_en },
		message: { fr: request.message_fr, en: request.message_en },
		due: request.due_date,
		completedAt: request.completed_at,
		...items
	};
};

export const actions: Actions = {
	default: async ({ params, request, url }) => {
		const values = formValues(await request.formData());
		const result = await submitCheckin(appContext(), params.partnership, params.token, values);
		if (!result.ok) return formFailure(result, values, result.code === 'plans.error_checkin_link' ? 404 : 400);
		redirect(303, `${url.pathname}?done=plans.checkin_thanks`);
	}
};
