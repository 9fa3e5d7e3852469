import { error, redirect } from '@sveltejs/kit';
import { saveLocation } from '#lib/server/directory/locations.ts';
import { locationFormInput } from '#lib/server/directory/schemas.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { editScope } from '../../scope.server.ts';
import { locationChoices, postedLocation } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const req = await requirePartnership(event, 'directory.edit_own');
	const scope = await editScope(req);
	if (!scope.all && !scope.organizationId) error(403, 'errors.forbidden');
	const choices = await locationChoices(req, scope.organizationId, scope.all);
	return {
		choices,
		values: {
			organizationId: scope.organizationId ?? choices.organizations[0]?.id ?? '',
			locationType: 'physical',
			stateProvince: 'ON'
		} as Record<string, string | string[]>
	};
};

export const actions: Actions = {
	save: async (event) => {
		const req = await requirePartnership(event, 'directory.edit_own');
		const scope = await editScope(req);
		if (!scope.all && !scope.organizationId) error(403, 'errors.forbidden');
		const data = await event.request.formData();
		const result = await saveLocation(req.ctx, req.actor, req.partnership.id, null, locationFormInput(data), {
			organizationScope: scope.all ? null : scope.organizationId
		});
		if (!result.ok) return formFailure(result, postedLocation(data));
		redirect(
			303,
			`/${event.params.lang}/${req.partnership.slug}/app/directory/locations/${result.value.id}?done=directory.editor_saved`
		);
	}
};
