import { redirect } from '@sveltejs/kit';
import { sessionCookieName } from '#lib/server/accounts/sessions.ts';
import { signIn } from '#lib/server/accounts/sign-in.ts';
import { appContext } from '#lib/server/context.ts';
import { formFailure, formValues, safeNext } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), `/${locals.lang}`));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		const ctx = appContext();
		const result = await signIn(ctx, {
			email: values.email,
			password: values.password,
			clientAddress: event.getClientAddress(),
			userAgent: event.request.headers.get('user-agent') ?? ''
		});
		if (!result.ok) {
			return formFailure(
				result,
				{ email: values.email ?? '' },
				result.code === 'accounts.error_rate_limited' ? 429 : 400
			);
		}
		event.cookies.set(sessionCookieName, result.value.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: event.url.protocol === 'https:',
			expires: result.value.expiresAt
		});
		redirect(303, safeNext(event.url.searchParams.get('next'), `/${event.locals.lang}`));
	}
};
