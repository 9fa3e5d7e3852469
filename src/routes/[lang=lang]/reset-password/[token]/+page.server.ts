import { redirect } from '@sveltejs/kit';
import { isResetTokenValid, resetPassword } from '#lib/server/accounts/password-reset.ts';
import { appContext } from '#lib/server/context.ts';
import { formFailure, formValues } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	return { valid: await isResetTokenValid(appContext(), params.token) };
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const values = formValues(await request.formData());
		if (values.password !== values.passwordConfirm) {
			return formFailure({
				ok: false,
				code: 'common.error_form',
				fieldErrors: { passwordConfirm: ['validation.passwords_differ'] }
			});
		}
		const result = await resetPassword(appContext(), { token: params.token, password: values.password });
		if (!result.ok) return formFailure(result);
		redirect(303, `/${locals.lang}/signin?done=accounts.reset_done`);
	}
};
