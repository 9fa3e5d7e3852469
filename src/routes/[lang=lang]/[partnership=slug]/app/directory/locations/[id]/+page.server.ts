import { redirect } from '@sveltejs/kit';
import { deleteLocation, saveLocation } from '#lib/server/directory/locations.ts';
import { locationFormInput } from '#lib/server/directory/schemas.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { flatLocation, locationChoices, postedLocation, requireEditableLocation } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const req = await requirePartnership(event, 'directory.edit_own');
	const { values, scope } = await requireEditableLocation(req, event.params.id);
	return {
		location: {
			id: values.id,
			name: { fr: String(values.nameFr ?? ''), en: String(values.nameEn ?? '') },
			services: values.serviceIds.length
		},
		values: flatLocation(values),
		choices: await locationChoices(req, scope.organizationId, scope.all)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const req = await requirePartnership(event, 'directory.edit_own');
		const { scope } = await requireEditableLocation(req, event.params.id);
		const data = await event.request.formData();
		const result = await saveLocation(
			req.ctx,
			req.actor,
			req.partnership.id,
			event.params.id,
			locationFormInput(data),
			{
				organizationScope: scope.all ? null : scope.organizationId
			}
		);
		if (!result.ok)
			return formFailure(result, postedLocation(data), result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=directory.editor_saved`);
	},
	delete: async (event) => {
		const req = await requirePartnership(event, 'directory.edit_own');
		const { scope } = await requireEditableLocation(req, event.params.id);
		const result = await deleteLocation(req.ctx, req.actor, req.partnership.id, event.params.id, {
			organizationScope: scope.all ? null : scope.organizationId
		});
		if (!result.ok) return formFailure(result, {}, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(
			303,
			`/${event.params.lang}/${req.partnership.slug}/app/directory/locations?done=directory.editor_deleted`
		);
	}
};
