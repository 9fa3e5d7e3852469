import { error, redirect } from '@sveltejs/kit';
import { listSuggestions, serviceHistory } from '#lib/server/directory/curation/index.ts';
import { getServiceDetail } from '#lib/server/directory/index.ts';
import { deleteService, markServiceVerified, saveService } from '#lib/server/directory/services.ts';
import { serviceFormInput } from '#lib/server/directory/schemas.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { requireEditableService } from '../../scope.server.ts';
import { duplicateWarning, editorChoices, postedValues, serviceValues } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** A listing's editor, with its history; partner staff reach only their organization's listings. */
export const load: PageServerLoad = async (event) => {
	const req = await requirePartnership(event, 'directory.edit_own');
	const { scope } = await requireEditableService(req, event.params.id);
	const detail = await getServiceDetail(req.ctx.db, req.partnership.id, event.params.id);
	if (!detail) error(404, 'errors.not_found');
	return {
		service: {
			id: detail.id,
			name: detail.name,
			organizationName: detail.organization.name,
			assuredDate: detail.assuredDate,
			stale: detail.stale,
			updatedAt: detail.updatedAt
		},
		values: serviceValues(detail),
		choices: await editorChoices(req, scope.organizationId, scope.all),
		history: await serviceHistory(req.ctx, req.partnership.id, detail.id),
		suggestions: scope.all ? (await listSuggestions(req.ctx, req.partnership.id, { serviceId: detail.id })).length : 0
	};
};

export const actions: Actions = {
	save: async (event) => {
		const req = await requirePartnership(event, 'directory.edit_own');
		const { scope } = await requireEditableService(req, event.params.id);
		const data = await event.request.formData();
		const values = postedValues(data);
		const before = await getServiceDetail(req.ctx.db, req.partnership.id, event.params.id);
		const warning = await duplicateWarning(req, values, event.params.id, before?.name ?? null);
		if (warning) return warning;
		const result = await saveService(req.ctx, req.actor, req.partnership.id, event.params.id, serviceFormInput(data), {
			organizationScope: scope.all ? null : scope.organizationId
		});
		if (!result.ok) return formFailure(result, values, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=directory.editor_saved`);
	},
	verify: async (event) => {
		const req = await requirePartnership(event, 'directory.edit_own');
		const { scope } = await requireEditableService(req, event.params.id);
		const result = await markServiceVerified(req.ctx, req.actor, req.partnership.id, event.params.id, req.user.email, {
			organizationScope: scope.all ? null : scope.organizationId
		});
		if (!result.ok) return formFailure(result, {}, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=directory.editor_verified`);
	},
	delete: async (event) => {
		const req = await requirePartnership(event, 'directory.edit_own');
		const { scope } = await requireEditableService(req, event.params.id);
		const data = await event.request.formData();
		if (data.get('confirm') !== 'on') {
			return formFailure({ ok: false, code: 'directory.editor_delete_confirm_required' }, {}, 400);
		}
		const result = await deleteService(req.ctx, req.actor, req.partnership.id, event.params.id, {
			organizationScope: scope.all ? null : scope.organizationId
		});
		if (!result.ok) return formFailure(result, {}, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `/${event.params.lang}/${req.partnership.slug}/app/directory?done=directory.editor_deleted`);
	}
};
