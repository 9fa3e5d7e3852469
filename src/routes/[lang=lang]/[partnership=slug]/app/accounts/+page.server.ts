import { redirect } from '@sveltejs/kit';
import { inviteToPartnership, listOpenInvitations, revokeInvitation } from '#lib/server/accounts/invitations.ts';
import { rolesInvitableBy } from '#lib/server/accounts/permissions.ts';
import { listPartnershipUsers, removePartnershipRole, setPartnershipRole } from '#lib/server/accounts/users.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role } = await requirePartnership(event, 'people.view');
	const [users, invitations] = await Promise.all([
		listPartnershipUsers(ctx.db, partnership.id),
		role === 'coordinator' ? listOpenInvitations(ctx, partnership.id) : Promise.resolve([])
	]);
	return { users, invitations, invitableRoles: rolesInvitableBy(role) };
};

export const actions: Actions = {
	invite: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'people.invite');
		const values = formValues(await event.request.formData());
		const result = await inviteToPartnership(ctx, actor, {
			partnershipId: partnership.id,
			email: values.email,
			role: (values.role || 'member') as 'member',
			locale: (values.locale || event.locals.lang) as 'fr',
			message: values.message
		});
		if (!result.ok) return formFailure(result, values);
		// Redirect, so reloading the page cannot send the invitation twice.
		redirect(
			303,
			`${event.url.pathname}?done=people.invited&email=${encodeURIComponent(values.email.trim().toLowerCase())}`
		);
	},
	role: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'people.manage_roles');
		const values = formValues(await event.request.formData());
		const result = await setPartnershipRole(ctx, actor, {
			partnershipId: partnership.id,
			userId: values.userId,
			role: values.role as 'member'
		});
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname}?done=people.role_changed`);
	},
	remove: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'people.manage_roles');
		const values = formValues(await event.request.formData());
		const result = await removePartnershipRole(ctx, actor, partnership.id, values.userId ?? '');
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname}?done=people.access_removed`);
	},
	revoke: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'people.manage_roles');
		const values = formValues(await event.request.formData());
		const result = await revokeInvitation(ctx, actor, partnership.id, values.invitationId ?? '');
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname}?done=people.revoked`);
	}
};
