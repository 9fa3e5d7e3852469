import { error, redirect } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import {
	deleteContribution,
	getContribution,
	ownOrganizationOf,
	updateContribution
} from '#lib/server/plans/contributions.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { contributionFromForm, contributionToValues, formChoices } from '../form.server.ts';
import { contributionView } from '../view.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role, user, lang } = await requirePartnership(event, 'contributions.record');
	const row = await getContribution(ctx, partnership.id, event.params.id);
	if (!row) error(404, 'errors.not_found');
	const manage = roleCan(role, 'contributions.manage');
	const own = manage ? null : await ownOrganizationOf(ctx.db, partnership.id, user.id);
	const editable = manage || (own?.id === row.organization_id && row.status === 'submitted');
	const [choices, view] = await Promise.all([
		formChoices(ctx, partnership.id, role, user.id),
		contributionView(ctx, partnership.id, row.id, lang)
	]);
	return { contribution: view!, editable, choices, values: contributionToValues(row, lang) };
};

const notFound = (code: string) => (code === 'common.error_not_found' ? 404 : 400);

export const actions: Actions = {
	save: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'contributions.record');
		const { input, values } = contributionFromForm(await event.request.formData());
		const result = await updateContribution(ctx, actor, partnership.id, event.params.id, input);
		if (!result.ok) return formFailure(result, values, notFound(result.code));
		redirect(303, `${event.url.pathname}?done=reports.contribution_saved`);
	},
	delete: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'contributions.record');
		const result = await deleteContribution(ctx, actor, partnership.id, event.params.id);
		if (!result.ok) return formFailure(result, {}, notFound(result.code));
		redirect(303, `${event.url.pathname.replace(/\/[^/]+$/, '')}?done=reports.contribution_deleted`);
	}
};
