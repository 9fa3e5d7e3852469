import { error, redirect } from '@sveltejs/kit';
import { saveService } from '#lib/server/directory/services.ts';
import { serviceFormInput } from '#lib/server/directory/schemas.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { editScope } from '../../scope.server.ts';
import { duplicateWarning, editorChoices, postedValues } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** A new listing: coordinators for any organization, partner staff for their own. */
export const load: PageServerLoad = async (event) => {
	const req = await requirePartnership(event, 'directory.edit_own');
	const scope = await editScope(req);
	if (!scope.all && !scope.organizationId) error(403, 'errors.forbidden');
	const choices = await editorChoices(req, scope.organizationId, scope.all);
	return {
		choices,
		values: {
			organizationId: scope.organizationId ?? choices.organizations[0]?.id ?? '',
			status: 'active',
			deliveryModes: ['in_person'],
			hoursMode: 'location'
		} as Record<string, string | string[]>
	};
};

export const actions: Actions = {
	save: async (event) => {
		const req = await requirePartnership(event, 'directory.edit_own');
		const scope = await editScope(req);
		if (!scope.all && !scope.organizationId) error(403, 'errors.forbidden');
		const data = await event.request.formData();
		const values = postedValues(data);
		const warning = await duplicateWarning(req, values, null, null);
		if (warning) return warning;
		const result = await saveService(req.ctx, req.actor, req.partnership.id, null, serviceFormInput(data), {
			organizationScope: scope.all ? null : scope.organizationId
		});
		if (!result.ok) return formFailure(result, values);
		redirect(
			303,
			`/${event.params.lang}/${req.partnership.slug}/app/directory/services/${result.value.id}?done=directory.editor_saved`
		);
	}
};
