import { bookletChoices } from '#lib/server/directory/curation/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

/** The printed directory's form: categories, areas, languages, the booklet's language. */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, lang } = await requirePartnership(event, 'directory.view');
	return { choices: await bookletChoices(ctx, partnership.id, lang) };
};
