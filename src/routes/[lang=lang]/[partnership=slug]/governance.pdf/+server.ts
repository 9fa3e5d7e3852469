import { error } from '@sveltejs/kit';
import { PdfUnavailableError, internalOrigin, printPageToPdf } from '#lib/server/chromium.ts';
import { appContext } from '#lib/server/context.ts';
import { log } from '#lib/server/log.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import type { RequestHandler } from './$types';

/**
 * The public governance chart as a landscape PDF, printed by Chromium from the page itself
 * (`governance?print=1`). Public data only, so a short cache keeps one browser per few minutes
 * per partnership and language, and one print at a time for the same file.
 */
const cache = new Map<string, { at: number; pdf: Promise<Buffer> }>();
const ttl = 5 * 60_000;

export const GET: RequestHandler = async ({ params, url }) => {
	const partnership = await findPartnershipBySlug(appContext(), params.partnership);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	const lang = params.lang === 'en' ? 'en' : 'fr';
	const key = `${partnership.slug}/${lang}`;
	let entry = cache.get(key);
	if (!entry || Date.now() - entry.at > ttl) {
		entry = {
			at: Date.now(),
			pdf: printPageToPdf({
				origin: internalOrigin(url.origin),
				path: `/${lang}/${partnership.slug}/governance?print=1`,
				landscape: true
			})
		};
		cache.set(key, entry);
	}
	try {
		const pdf = await entry.pdf;
		const filename = `${lang === 'fr' ? 'organigramme' : 'governance-chart'}-${partnership.slug}.pdf`;
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${filename}"`,
				'content-language': lang,
				'cache-control': 'public, max-age=300'
			}
		});
	} catch (err) {
		if (cache.get(key) === entry) cache.delete(key);
		if (err instanceof PdfUnavailableError) {
			const page = `${url.origin}/${lang}/${partnership.slug}/governance`;
			return new Response(
				`Le PDF n’est pas disponible pour le moment. Consultez l’organigramme en ligne : ${page}\n` +
					`The PDF is not available right now. See the governance chart online: ${page}\n`,
				{ status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '3600' } }
			);
		}
		log.error({ err, slug: partnership.slug }, 'governance PDF failed');
		throw err;
	}
};
