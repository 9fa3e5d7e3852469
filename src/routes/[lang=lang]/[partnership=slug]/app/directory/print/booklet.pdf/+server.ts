import { sessionCookieName } from '#lib/server/accounts/sessions.ts';
import { internalOrigin, PdfUnavailableError, printPageToPdf } from '#lib/server/chromium.ts';
import { bookletOptionsFromQuery, bookletQuery, torontoToday } from '#lib/server/directory/curation/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { RequestHandler } from './$types';

/** The printed directory as a PDF: the booklet page printed by Chromium, as the signed-in user sees it. */
export const GET: RequestHandler = async (event) => {
	const { partnership, lang } = await requirePartnership(event, 'directory.view');
	const options = bookletOptionsFromQuery(event.url.searchParams, lang);
	const session = event.cookies.get(sessionCookieName);
	try {
		const pdf = await printPageToPdf({
			origin: internalOrigin(event.url.origin),
			path: `/${options.lang}/${partnership.slug}/app/directory/print/booklet?${bookletQuery(options)}`,
			sessionCookie: session ? { name: sessionCookieName, value: session } : undefined
		});
		const name = `${options.lang === 'fr' ? 'repertoire' : 'directory'}-${partnership.slug}-${torontoToday()}.pdf`;
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${name}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (err) {
		if (err instanceof PdfUnavailableError) {
			return new Response(
				'Le PDF ne peut pas être produit sur ce serveur pour l’instant. Utilisez l’aperçu et imprimez la page.\n\n' +
					'The PDF cannot be produced on this server right now. Use the preview and print the page.\n',
				{
					status: 503,
					headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': 'fr, en', 'retry-after': '300' }
				}
			);
		}
		throw err;
	}
};
