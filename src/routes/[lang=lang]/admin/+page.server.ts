import { redirect } from '@sveltejs/kit';
import { inviteToPartnership } from '#lib/server/accounts/invitations.ts';
import { createPartnership, listPartnerships } from '#lib/server/tenancy/partnerships.ts';
import { formFailure, formValues, requireInstanceAdmin } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx } = requireInstanceAdmin(event);
	const partnerships = await listPartnerships(ctx, { includeArchived: true });
	return { partnerships };
};

export const actions: Actions = {
	create: async (event) => {
		const { ctx, actor } = requireInstanceAdmin(event);
		const values = formValues(await event.request.formData());
		const created = await createPartnership(ctx, actor, values);
		if (!created.ok) return formFailure(created, values);
		if (values.coordinatorEmail) {
			const invited = await inviteToPartnership(
				ctx,
				{ ...actor, role: 'coordinator' },
				{
					partnershipId: created.value.id,
					email: values.coordinatorEmail,
					role: 'coordinator',
					locale: created.value.default_locale
				}
			);
			if (!invited.ok) return formFailure(invited, values);
		}
		redirect(303, `/${event.locals.lang}/admin?done=tenancy.created`);
	}
};
