import { redirect } from '@sveltejs/kit';
import { saveOrganization } from '#lib/server/partnership/index.ts';
import { networkTypes, organizationLanguages, sectors } from '#lib/server/partnership/vocabulary.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { byField, organizationFromForm } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requirePartnership(event, 'organizations.manage');
	return {
		vocabulary: { sectors: [...sectors], networkTypes: [...networkTypes], languages: [...organizationLanguages] }
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'organizations.manage');
		const { input, values } = organizationFromForm(await event.request.formData());
		const result = await saveOrganization(ctx, actor, partnership.id, null, input);
		if (!result.ok) return formFailure({ ...result, fieldErrors: byField(result.fieldErrors) }, values);
		redirect(303, `${event.url.pathname.replace(/\/new$/, '')}/${result.value.id}?done=orgs.org_created`);
	}
};
