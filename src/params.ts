import { defineParams } from '@sveltejs/kit/params';
import { isDirectoryLocale } from '#lib/i18n/locales.ts';

export const params = defineParams({
	// fr and en everywhere; the newcomers' languages only on the public directory (hooks.server.ts
	// sends every other path in those languages to /en).
	lang: (param) => (isDirectoryLocale(param) ? param : undefined),
	slug: (param) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(param) && param.length <= 60 ? param : undefined)
});
