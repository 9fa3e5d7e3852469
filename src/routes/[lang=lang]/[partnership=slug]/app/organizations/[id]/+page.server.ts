import { error, redirect } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import { getOrganization, listPeople, listSeatsOf, saveOrganization } from '#lib/server/partnership/index.ts';
import { networkTypes, organizationLanguages, sectors } from '#lib/server/partnership/vocabulary.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { setOrganizationLogo } from '#lib/server/partnership/logos.ts';
import { byField, organizationFromForm, organizationToValues } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role } = await requirePartnership(event, 'organizations.view');
	const org = await getOrganization(ctx, partnership.id, event.params.id);
	if (!org) error(404, 'errors.not_found');
	// People are personal data: only roles that may see contacts get them.
	const seesContacts = roleCan(role, 'contacts.view');
	const [seats, people] = await Promise.all([
		listSeatsOf(ctx, partnership.id, { organizationId: org.id }),
		seesContacts
			? listPeople(ctx, partnership.id, { organizationId: org.id, includeFormer: true })
			: Promise.resolve([])
	]);
	const manage = roleCan(role, 'organizations.manage');
	return {
		organization: org,
		seats,
		people,
		seesContacts,
		editing: manage && event.url.searchParams.has('edit'),
		values: manage ? organizationToValues(org) : null,
		vocabulary: manage
			? { sectors: [...sectors], networkTypes: [...networkTypes], languages: [...organizationLanguages] }
			: null
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'organizations.manage');
		const { input, values } = organizationFromForm(await event.request.formData());
		const result = await saveOrganization(ctx, actor, partnership.id, event.params.id, input);
		if (!result.ok) return formFailure({ ...result, fieldErrors: byField(result.fieldErrors) }, values);
		redirect(303, `${event.url.pathname}?done=orgs.org_saved`);
	},
	logo: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'organizations.manage');
		const file = (await event.request.formData()).get('logo');
		const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		const result = await setOrganizationLogo(ctx, actor, partnership.id, event.params.id, bytes);
		if (!result.ok) return formFailure(result, {}, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=orgs.logo_saved`);
	},
	removeLogo: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'organizations.manage');
		const result = await setOrganizationLogo(ctx, actor, partnership.id, event.params.id, null);
		if (!result.ok) return formFailure(result, {}, 404);
		redirect(303, `${event.url.pathname}?done=orgs.logo_removed`);
	}
};
