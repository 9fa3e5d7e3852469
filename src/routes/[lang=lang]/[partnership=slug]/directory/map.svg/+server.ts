import { error } from '@sveltejs/kit';
import { partnershipExtent, renderMapSvg, viewFor, type MapPoint } from '#lib/server/directory/public/index.ts';
import { parseSearchParams, searchServices } from '#lib/server/directory/search.ts';
import { t } from '#lib/server/i18n.ts';
import { publicDirectory, searchMapSize, serviceMapSize } from '../public.server.ts';
import type { RequestHandler } from './$types';

/**
 * The map as an SVG image, drawn here from census boundaries (nothing from the internet):
 * - `?at=lat,lon` a small map around one place (a service's location);
 * - otherwise the search's parameters: the partnership's area with every matching point, the
 *   search point and its radius. The search page shows it as an `<input type="image">`.
 */
export const GET: RequestHandler = async ({ params, url, locals, cookies }) => {
	const { ctx, partnership } = await publicDirectory(params.partnership, cookies);
	const tr = t(locals.uiLang);
	const transparent = url.searchParams.get('transparent') === '1';
	let svg: string;
	const at = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(url.searchParams.get('at') ?? '');
	if (at) {
		const lat = Number(at[1]);
		const lon = Number(at[2]);
		if (Math.abs(lat) > 85 || Math.abs(lon) > 180) error(400, 'errors.title_other');
		const span = 0.012;
		const view = viewFor(
			[lon - span, lat - span * 0.7, lon + span, lat + span * 0.7],
			serviceMapSize.width,
			serviceMapSize.height,
			15
		);
		svg = renderMapSvg(view, {
			points: [{ lat, lon, label: '1' }],
			title: tr('directory-public.map_title'),
			transparent
		});
	} else {
		const sp = new URLSearchParams(url.searchParams);
		sp.set('points', '1');
		sp.set('size', '1');
		sp.delete('facets');
		const parsed = parseSearchParams(sp, locals.lang);
		if (!parsed.ok) error(400, 'errors.title_other');
		const results = await searchServices(ctx.db, partnership.id, parsed.value);
		const view = viewFor(await partnershipExtent(ctx.db, partnership.id), searchMapSize.width, searchMapSize.height);
		// Points numbered as in the list under the map.
		const points: MapPoint[] = (results.points ?? []).map((p, i) => ({
			lat: p.lat,
			lon: p.lon,
			label: i < 99 ? String(i + 1) : undefined
		}));
		svg = renderMapSvg(view, {
			points,
			here: parsed.value.near ?? null,
			radiusKm: parsed.value.near?.radiusKm ?? null,
			title: tr('directory-public.map_label', { count: results.total }),
			transparent
		});
	}
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=300',
			// An image: nothing inside may run or load.
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox"
		}
	});
};
