import { error, json } from '@sveltejs/kit';
import { directoryLocales } from '#lib/i18n/locales.ts';
import { appContext } from '#lib/server/context.ts';
import { parseSearchParams, searchServices } from '#lib/server/directory/search.ts';
import { filtersOf, logSearch } from '#lib/server/directory/search-log.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import type { RequestHandler } from './$types';

/**
 * GET /api/directory/{slug}/search?lang=fr|en&q=…&category=…&lat=…&lon=…&radius=… — the public
 * directory search as JSON (SearchResults), with the public page's query parameters. For scripts
 * and the page's JavaScript. A search is logged (anonymously) only when the caller says which
 * interface language it came from (`ui=fr|en|ar|…`), as the page's script does on submit.
 */
const partnerships = new Map<string, { at: number; id: string | null }>();
const partnershipTtl = 30_000;

async function partnershipId(slug: string): Promise<string | null> {
	const cached = partnerships.get(slug);
	if (cached && Date.now() - cached.at < partnershipTtl) return cached.id;
	const p = await findPartnershipBySlug(appContext(), slug);
	const id = p && p.status === 'active' ? p.id : null;
	if (partnerships.size > 1000) partnerships.clear();
	partnerships.set(slug, { at: Date.now(), id });
	return id;
}

export const GET: RequestHandler = async ({ params, url }) => {
	const id = await partnershipId(params.partnership);
	if (!id) error(404, 'errors.not_found');
	const langParam = url.searchParams.get('lang');
	const parsed = parseSearchParams(url.searchParams, langParam === 'en' ? 'en' : 'fr');
	if (!parsed.ok) {
		return json({ error: parsed.code, fieldErrors: parsed.fieldErrors ?? {} }, { status: 400 });
	}
	const db = appContext().db;
	const results = await searchServices(db, id, parsed.value);
	const ui = url.searchParams.get('ui');
	if (ui && (directoryLocales as readonly string[]).includes(ui) && results.page === 1) {
		await logSearch(db, id, {
			lang: ui,
			q: parsed.value.q,
			filters: filtersOf(parsed.value),
			resultCount: results.total,
			area: url.searchParams.get('area')?.slice(0, 100) ?? ''
		});
	}
	return json(results, {
		headers: { 'cache-control': 'public, max-age=60', 'content-language': parsed.value.lang }
	});
};
