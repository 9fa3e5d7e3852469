import { error, redirect } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import { getOrganization, getPerson, listSeatsOf, savePerson } from '#lib/server/partnership/index.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { organizationChoices, personFromForm, personToValues } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role } = await requirePartnership(event, 'contacts.view');
	const person = await getPerson(ctx, partnership.id, event.params.id);
	if (!person) error(404, 'errors.not_found');
	const manage = roleCan(role, 'contacts.manage');
	const [seats, organization, organizations] = await Promise.all([
		listSeatsOf(ctx, partnership.id, { personId: person.id }),
		person.organization_id ? getOrganization(ctx, partnership.id, person.organization_id) : Promise.resolve(undefined),
		manage ? organizationChoices(ctx, partnership.id, person.organization_id) : Promise.resolve([])
	]);
	// The calendar token is a secret link: it never leaves the server here.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { calendar_token, ...rest } = person;
	return {
		person: rest,
		organization: organization
			? { id: organization.id, name_fr: organization.name_fr, name_en: organization.name_en }
			: null,
		seats,
		organizations,
		editing: manage && event.url.searchParams.has('edit'),
		values: manage ? personToValues(person) : null
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'contacts.manage');
		const { input, values } = personFromForm(await event.request.formData());
		const result = await savePerson(ctx, actor, partnership.id, event.params.id, input);
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname}?done=orgs.person_saved`);
	}
};
