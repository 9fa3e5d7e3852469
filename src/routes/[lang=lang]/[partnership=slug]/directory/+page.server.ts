import { redirect } from '@sveltejs/kit';
import { flattenTaxonomy, listTaxonomyTree } from '#lib/server/directory/index.ts';
import {
	areasIn,
	findArea,
	partnershipExtent,
	tilesFor,
	toLatLon,
	viewFor
} from '#lib/server/directory/public/index.ts';
import { filtersOf, logSearch } from '#lib/server/directory/search-log.ts';
import { parseSearchParams, searchServices } from '#lib/server/directory/search.ts';
import type { SearchQuery } from '#lib/server/directory/search-types.ts';
import { languageLinks, languageNamer, partnershipSummary, publicDirectory, searchMapSize } from './public.server.ts';
import type { PageServerLoad } from './$types';

const radii = [2, 5, 10, 25, 50, 100];

/**
 * The public search. A GET form: every choice is in the URL (shareable, works without
 * JavaScript). "Where" is anywhere, near me (lat/lon from the browser), near a place (a census
 * area's centroid) or a point clicked on the map image (map.x/map.y, turned into lat/lon).
 */
// Read on phones over slow networks: plain HTML and forms, plus static/directory.js for the few
// enhancements (near me, copy, print). No client-side app to download.
export const csr = false;

export const load: PageServerLoad = async ({ params, url, locals, cookies }) => {
	const { ctx, partnership, listIds } = await publicDirectory(params.partnership, cookies);
	const extent = await partnershipExtent(ctx.db, partnership.id);
	const view = viewFor(extent, searchMapSize.width, searchMapSize.height);

	// A click on the map image: x/y in the image's pixels (scaled when JS says the image was shown
	// at another size), then a clean shareable URL with the point.
	const clickX = Number(url.searchParams.get('map.x'));
	const clickY = Number(url.searchParams.get('map.y'));
	if (url.searchParams.has('map.x') && Number.isFinite(clickX) && Number.isFinite(clickY)) {
		const shown = Number(url.searchParams.get('mapw'));
		const scale = shown > 0 && shown < 5000 ? searchMapSize.width / shown : 1;
		const point = toLatLon(view, clickX * scale, clickY * scale);
		const next = new URLSearchParams(url.searchParams);
		for (const name of ['map.x', 'map.y', 'mapw', 'page', 'area']) next.delete(name);
		next.set('where', 'point');
		next.set('lat', point.lat.toFixed(5));
		next.set('lon', point.lon.toFixed(5));
		if (!next.get('sort')) next.set('sort', 'distance');
		redirect(303, `${url.pathname}?${next}`);
	}

	const areas = areasIn(extent);
	const sp = new URLSearchParams(url.searchParams);
	const where = ['me', 'area', 'point'].includes(sp.get('where') ?? '')
		? (sp.get('where') as 'me' | 'area' | 'point')
		: 'anywhere';
	const area = where === 'area' ? findArea(sp.get('area')) : undefined;
	if (area) {
		sp.set('lat', String(area.lat));
		sp.set('lon', String(area.lon));
	} else if (where === 'anywhere' || where === 'area') {
		sp.delete('lat');
		sp.delete('lon');
	}
	const viewMode = sp.get('view') === 'map' ? 'map' : 'list';
	sp.set('facets', '1');
	if (viewMode === 'map') sp.set('points', '1');
	if (!sp.get('size')) sp.set('size', '20');

	let parsed = parseSearchParams(sp, locals.lang);
	let invalid = false;
	if (!parsed.ok) {
		// Drop what was not understood (a hand-edited URL) and search with the rest.
		invalid = true;
		for (const field of Object.keys(parsed.fieldErrors ?? {})) sp.delete(field.split('.')[0]);
		parsed = parseSearchParams(sp, locals.lang);
	}
	const query: SearchQuery = parsed.ok ? parsed.value : { lang: locals.lang, facets: true };
	const results = await searchServices(ctx.db, partnership.id, query);

	const searched = Boolean(
		query.q ||
		query.categories?.length ||
		query.languages?.length ||
		query.statuses?.length ||
		query.modes?.length ||
		query.accessibility?.length ||
		query.free ||
		query.french ||
		query.interpretation ||
		query.openNow ||
		query.age !== undefined ||
		query.near
	);
	if (searched && (query.page ?? 1) === 1) {
		// Anonymous: no address, cookie or exact point; a chosen area's name at most.
		await logSearch(ctx.db, partnership.id, {
			lang: locals.uiLang,
			q: query.q,
			filters: filtersOf(query),
			resultCount: results.total,
			area: area?.name
		});
	}

	const tree = flattenTaxonomy(await listTaxonomyTree(ctx.db, partnership.id));
	const categoryCounts = new Map((results.facets?.categories ?? []).map((f) => [f.value, f.count]));
	const uiLang = locals.uiLang;
	const nameOf = (n: { name: { fr: string; en: string }; names: Record<string, string> }) =>
		(uiLang !== 'fr' && uiLang !== 'en' ? n.names[uiLang] : '') || '';
	const languageName = languageNamer(uiLang);
	const codeOfTerm = new Map(tree.map((n) => [n.code, n]));

	return {
		partnership: partnershipSummary(partnership),
		languages: languageLinks(url),
		listIds,
		invalid,
		view: viewMode,
		where,
		areaId: area?.id ?? '',
		query: {
			q: query.q ?? '',
			categories: query.categories ?? [],
			languages: query.languages ?? [],
			statuses: query.statuses ?? [],
			modes: query.modes ?? [],
			accessibility: query.accessibility ?? [],
			free: Boolean(query.free),
			french: Boolean(query.french),
			interpretation: Boolean(query.interpretation),
			openNow: Boolean(query.openNow),
			age: query.age ?? null,
			near: query.near ?? null,
			sort: query.sort ?? 'relevance',
			page: results.page
		},
		searched,
		results: {
			total: results.total,
			page: results.page,
			pageSize: results.pageSize,
			pages: Math.max(1, Math.ceil(results.total / results.pageSize)),
			hits: results.hits.map((h) => ({
				...h,
				languageNames: h.languages.filter((l) => !l.includes('-')).map(languageName),
				categories: h.categories.map((c) => {
					const term = codeOfTerm.get(c.code);
					return { code: c.code, name: c.name, local: term ? nameOf(term) : '' };
				})
			}))
		},
		facets: {
			free: results.facets?.free ?? 0,
			french: results.facets?.french ?? 0,
			interpretation: results.facets?.interpretation ?? 0,
			statuses: Object.fromEntries((results.facets?.statuses ?? []).map((f) => [f.value, f.count])),
			modes: Object.fromEntries((results.facets?.modes ?? []).map((f) => [f.value, f.count])),
			accessibility: Object.fromEntries((results.facets?.accessibility ?? []).map((f) => [f.value, f.count]))
		},
		categories: tree.map((n) => ({
			code: n.code,
			depth: n.depth,
			name: n.name,
			local: nameOf(n),
			count: categoryCounts.get(n.id) ?? 0
		})),
		languageOptions: (results.facets?.languages ?? [])
			// A menu item starts with a capital, even where language names don't (French: « arabe »).
			.map((f) => ({ code: f.value, label: capitalize(languageName(f.value), uiLang), count: f.count }))
			.sort((a, b) => a.label.localeCompare(b.label, uiLang)),
		areas: areas.map((a) => ({ id: a.id, name: a.name })),
		mapPoints: (results.points ?? [])
			.slice(0, 99)
			.map((p) => ({ serviceId: p.serviceId, name: p.name, place: p.place })),
		radii,
		// The map image's own query: the same search, with every point.
		mapQuery: (() => {
			const m = new URLSearchParams(sp);
			for (const name of ['facets', 'page', 'size', 'view']) m.delete(name);
			return m.toString();
		})(),
		mapSize: searchMapSize,
		// Optional raster tiles under the map (MAP_TILE_URL); none by default: nothing leaves the machine.
		tiles: ctx.config.MAP_TILE_URL ? tilesFor(view, ctx.config.MAP_TILE_URL) : []
	};
};

function capitalize(text: string, lang: string): string {
	return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
