import { redirect } from '@sveltejs/kit';
import { recordContribution } from '#lib/server/plans/contributions.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { contributionFromForm, formChoices } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role, user } = await requirePartnership(event, 'contributions.record');
	return { choices: await formChoices(ctx, partnership.id, role, user.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'contributions.record');
		const { input, values } = contributionFromForm(await event.request.formData());
		const result = await recordContribution(ctx, actor, partnership.id, input);
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname.replace(/\/new$/, '')}?done=reports.contribution_recorded`);
	}
};
