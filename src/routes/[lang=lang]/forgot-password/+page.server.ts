import { requestPasswordReset } from '#lib/server/accounts/password-reset.ts';
import { appContext } from '#lib/server/context.ts';
import { formFailure, formValues } from '#lib/server/web.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = formValues(await request.formData());
		const result = await requestPasswordReset(appContext(), { email: values.email, locale: locals.lang });
		if (!result.ok) return formFailure(result, { email: values.email ?? '' });
		return { sent: true };
	}
};
