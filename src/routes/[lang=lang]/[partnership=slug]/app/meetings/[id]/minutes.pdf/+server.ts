import { error } from '@sveltejs/kit';
import { sessionCookieName } from '#lib/server/accounts/sessions.ts';
import { internalOrigin, PdfUnavailableError, printPageToPdf } from '#lib/server/chromium.ts';
import { getMeeting, torontoDay } from '#lib/server/partnership/meetings.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { RequestHandler } from './$types';

/** The meeting page's print view as a PDF, printed as the signed-in user sees it. */
export const GET: RequestHandler = async (event) => {
	const { ctx, partnership, lang } = await requirePartnership(event, 'meetings.view');
	const meeting = await getMeeting(ctx, partnership.id, event.params.id);
	if (!meeting) error(404, 'errors.not_found');
	const session = event.cookies.get(sessionCookieName);
	try {
		const pdf = await printPageToPdf({
			origin: internalOrigin(event.url.origin),
			path: `/${lang}/${partnership.slug}/app/meetings/${meeting.id}?print=1`,
			sessionCookie: session ? { name: sessionCookieName, value: session } : undefined
		});
		const name = `${lang === 'fr' ? 'proces-verbal' : 'minutes'}-${torontoDay(meeting.starts_at)}.pdf`;
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
				'Le PDF ne peut pas être produit sur ce serveur pour l’instant. Utilisez la version Word ou imprimez la page.\n\n' +
					'The PDF cannot be produced on this server right now. Use the Word version or print the page.\n',
				{
					status: 503,
					headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': 'fr, en', 'retry-after': '300' }
				}
			);
		}
		throw err;
	}
};
