import { redirect } from '@sveltejs/kit';
import { acceptInvitation, findOpenInvitation } from '#lib/server/accounts/invitations.ts';
import { createSession, sessionCookieName } from '#lib/server/accounts/sessions.ts';
import { appContext } from '#lib/server/context.ts';
import { formFailure, formValues } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const invitation = await findOpenInvitation(appContext(), params.token);
	if (!invitation) return { invitation: null };
	return {
		invitation: {
			email: invitation.email,
			role: invitation.role,
			partnership: { fr: invitation.name_fr, en: invitation.name_en },
			existingAccount: Boolean(invitation.existing_user_id)
		}
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals, cookies, url }) => {
		const values = formValues(await request.formData());
		const ctx = appContext();
		const existing = await findOpenInvitation(ctx, params.token);
		if (!existing?.existing_user_id && values.password !== values.passwordConfirm) {
			return formFailure(
				{ ok: false, code: 'common.error_form', fieldErrors: { passwordConfirm: ['validation.passwords_differ'] } },
				{ displayName: values.displayName ?? '' }
			);
		}
		const result = await acceptInvitation(ctx, {
			token: params.token,
			displayName: values.displayName || undefined,
			password: values.password || undefined,
			locale: locals.lang
		});
		if (!result.ok) return formFailure(result, { displayName: values.displayName ?? '' });
		if (!result.value.created) {
			redirect(
				303,
				`/${locals.lang}/signin?done=accounts.invitation_accepted_signin&next=/${locals.lang}/${result.value.slug}/app`
			);
		}
		// A new account is signed in at once: the link proved the address.
		const session = await createSession(
			ctx.db,
			result.value.userId,
			ctx.config.SESSION_DAYS,
			request.headers.get('user-agent') ?? ''
		);
		cookies.set(sessionCookieName, session.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			expires: session.expiresAt
		});
		redirect(303, `/${locals.lang}/${result.value.slug}/app?done=accounts.invitation_accepted`);
	}
};
