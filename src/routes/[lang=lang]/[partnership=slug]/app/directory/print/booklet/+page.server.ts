import { redirect } from '@sveltejs/kit';
import { bookletOptionsFromQuery, bookletQuery, buildBooklet } from '#lib/server/directory/curation/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

/** The booklet itself, made to be printed (booklet.pdf prints this page with Chromium). */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, lang } = await requirePartnership(event, 'directory.view');
	const options = bookletOptionsFromQuery(event.url.searchParams, lang);
	// The booklet's language is the page's language.
	if (options.lang !== lang)
		redirect(303, `/${options.lang}/${partnership.slug}/app/directory/print/booklet?${bookletQuery(options)}`);
	return { booklet: await buildBooklet(ctx, partnership.id, options), pdfQuery: bookletQuery(options) };
};
