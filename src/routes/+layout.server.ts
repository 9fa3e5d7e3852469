import { messagesFor } from '#lib/server/i18n.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		lang: locals.lang,
		messages: messagesFor(locals.lang),
		user: user
			? {
					displayName: user.displayName,
					isInstanceAdmin: user.isInstanceAdmin,
					access: user.access.map((a) => ({ slug: a.slug, name: a.name, role: a.role }))
				}
			: null
	};
};
