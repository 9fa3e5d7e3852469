import { redirect } from '@sveltejs/kit';
import { savePerson } from '#lib/server/partnership/index.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { organizationChoices, personFromForm } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'contacts.manage');
	const organizations = await organizationChoices(ctx, partnership.id);
	// Coming from an organization's page: its id preselects the organization.
	const wanted = event.url.searchParams.get('organization') ?? '';
	return { organizations, organizationId: organizations.some((o) => o.id === wanted) ? wanted : '' };
};

export const actions: Actions = {
	create: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'contacts.manage');
		const { input, values } = personFromForm(await event.request.formData());
		const result = await savePerson(ctx, actor, partnership.id, null, input);
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname.replace(/\/new$/, '')}/${result.value.id}?done=orgs.person_created`);
	}
};
