import { error, type Cookies } from '@sveltejs/kit';
import {
	directoryLocales,
	isDirectoryLocale,
	nativeNames,
	languageTag,
	type DirectoryLocale
} from '#lib/i18n/locales.ts';
import { appContext } from '#lib/server/context.ts';
import { listCookieName, parseIds } from '#lib/server/directory/public/index.ts';
import { safeName } from '#lib/server/directory/public/share.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';

/** What every public directory page needs: the partnership (404 unless active) and the list. */
export async function publicDirectory(slug: string, cookies: Cookies) {
	const ctx = appContext();
	const partnership = await findPartnershipBySlug(ctx, slug);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	const listIds = parseIds(cookies.get(listCookieName));
	return { ctx, partnership, listIds };
}

/** The language picker's links: this page in each of the nine languages. */
export function languageLinks(url: URL) {
	const rest = url.pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
	return directoryLocales.map((code) => ({
		code,
		tag: languageTag(code),
		name: nativeNames[code],
		href: `/${code}${rest}${url.search}`
	}));
}

/** Language names in the reader's language ("arabe", "العربية"…), by ISO 639 code. */
export function languageNamer(uiLang: string) {
	const tag = isDirectoryLocale(uiLang) ? languageTag(uiLang as DirectoryLocale) : 'en';
	const names = new Intl.DisplayNames([tag, 'en'], { type: 'language' });
	return (code: string) => safeName(names, code);
}

export function partnershipSummary(p: {
	slug: string;
	name_fr: string;
	name_en: string;
	region_fr?: string;
	region_en?: string;
}) {
	return { slug: p.slug, name: { fr: p.name_fr, en: p.name_en } };
}

/** Kilometres between two points (haversine), one decimal. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return Math.round(6371 * 2 * Math.asin(Math.sqrt(h)) * 10) / 10;
}

/** The search map's frame (pixels). Fixed, so a click's x/y maps back to a place without JS. */
export const searchMapSize = { width: 640, height: 440 };
export const serviceMapSize = { width: 320, height: 200 };
