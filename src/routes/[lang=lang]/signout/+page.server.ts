import { redirect } from '@sveltejs/kit';
import { deleteSession, sessionCookieName } from '#lib/server/accounts/sessions.ts';
import { appContext } from '#lib/server/context.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	redirect(303, `/${locals.lang}`);
};

export const actions: Actions = {
	default: async ({ cookies, locals }) => {
		await deleteSession(appContext().db, cookies.get(sessionCookieName));
		cookies.delete(sessionCookieName, { path: '/' });
		redirect(303, `/${locals.lang}/signin?done=accounts.signed_out`);
	}
};
