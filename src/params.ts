import { defineParams } from '@sveltejs/kit/params';

export const params = defineParams({
	lang: (param) => (param === 'fr' || param === 'en' ? param : undefined),
	slug: (param) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(param) && param.length <= 60 ? param : undefined)
});
