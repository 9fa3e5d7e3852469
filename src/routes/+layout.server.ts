import { pageMessages } from '#lib/server/i18n.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, route }) => {
	const user = locals.user;
	return {
		lang: locals.lang,
		uiLang: locals.uiLang,
		// Only the message modules this route needs (see namespacesFor): the public directory
		// ships a few kilobytes of strings instead of every module's.
		messages: pageMessages(locals.uiLang, route.id),
		user: user
			? {
					displayName: user.displayName,
					isInstanceAdmin: user.isInstanceAdmin,
					access: user.access.map((a) => ({ slug: a.slug, name: a.name, role: a.role }))
				}
			: null
	};
};
