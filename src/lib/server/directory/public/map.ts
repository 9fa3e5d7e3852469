import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { projectRoot } from '#lib/server/paths.ts';

/**
 * The public directory's map, drawn on the server as SVG (no tiles, no internet): census
 * boundaries from geo/*.json (Statistics Canada 2021, simplified) and the service points, in Web
 * Mercator at a whole zoom level, so optional raster tiles (MAP_TILE_URL) line up underneath and
 * a click on the map image (x, y in pixels) converts back to latitude and longitude.
 */

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

export interface MapView {
	width: number;
	height: number;
	zoom: number;
	/** Centre [lon, lat]. */
	center: [number, number];
}

export interface MapPoint {
	lat: number;
	lon: number;
	/** A short label drawn on the point (its number in the list beside the map). */
	label?: string;
}

const tileSize = 256;
const maxLat = 85.05112878;

function worldScale(zoom: number): number {
	return (tileSize * 2 ** zoom) / (2 * Math.PI);
}

/** Web Mercator "world pixel" of a point at a zoom level (the tile grid's coordinates). */
export function worldPixel(lat: number, lon: number, zoom: number): [number, number] {
	const k = worldScale(zoom);
	const phi = (Math.max(-maxLat, Math.min(maxLat, lat)) * Math.PI) / 180;
	const lambda = (lon * Math.PI) / 180;
	return [k * (lambda + Math.PI), k * (Math.PI - Math.log(Math.tan(Math.PI / 4 + phi / 2)))];
}

/** The largest whole zoom level at which the box fits the frame (at most maxZoom). */
export function viewFor(bbox: BBox, width: number, height: number, maxZoom = 15): MapView {
	const [w, s, e, n] = bbox;
	let zoom = 0;
	for (let z = maxZoom; z >= 0; z--) {
		const [x1, y1] = worldPixel(n, w, z);
		const [x2, y2] = worldPixel(s, e, z);
		if (x2 - x1 <= width && y2 - y1 <= height) {
			zoom = z;
			break;
		}
	}
	// The centre of the box in projected space (not the mean of the latitudes).
	const [x1, y1] = worldPixel(n, w, zoom);
	const [x2, y2] = worldPixel(s, e, zoom);
	const { lat, lon } = fromWorld((x1 + x2) / 2, (y1 + y2) / 2, zoom);
	return { width, height, zoom, center: [round6(lon), round6(lat)] };
}

function round6(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

function fromWorld(x: number, y: number, zoom: number): { lat: number; lon: number } {
	const k = worldScale(zoom);
	const lon = ((x / k - Math.PI) * 180) / Math.PI;
	const lat = ((2 * Math.atan(Math.exp(Math.PI - y / k)) - Math.PI / 2) * 180) / Math.PI;
	return { lat, lon };
}

/** Top-left corner of the view in world pixels. */
function origin(view: MapView): [number, number] {
	const [cx, cy] = worldPixel(view.center[1], view.center[0], view.zoom);
	return [cx - view.width / 2, cy - view.height / 2];
}

/** Where a point falls on the map, in pixels from its top-left corner. */
export function toPixel(view: MapView, lat: number, lon: number): [number, number] {
	const [ox, oy] = origin(view);
	const [x, y] = worldPixel(lat, lon, view.zoom);
	return [x - ox, y - oy];
}

/** The latitude and longitude under a pixel of the map (the click of an `<input type="image">`). */
export function toLatLon(view: MapView, x: number, y: number): { lat: number; lon: number } {
	const [ox, oy] = origin(view);
	const { lat, lon } = fromWorld(x + ox, y + oy, view.zoom);
	return { lat: round6(lat), lon: round6(lon) };
}

/** The d3 projection equal to toPixel (for boundary paths). */
export function projectionOf(view: MapView): GeoProjection {
	const k = worldScale(view.zoom);
	const [ox, oy] = origin(view);
	return geoMercator()
		.scale(k)
		.translate([k * Math.PI - ox, k * Math.PI - oy])
		.clipExtent([
			[-2, -2],
			[view.width + 2, view.height + 2]
		]);
}

/** The view's box [w, s, e, n]. */
export function boundsOf(view: MapView): BBox {
	const nw = toLatLon(view, 0, 0);
	const se = toLatLon(view, view.width, view.height);
	return [nw.lon, se.lat, se.lon, nw.lat];
}

/** The raster tiles covering the view, with their position on the map (MAP_TILE_URL). */
export function tilesFor(view: MapView, template: string): { url: string; x: number; y: number; size: number }[] {
	const [ox, oy] = origin(view);
	const count = 2 ** view.zoom;
	const tiles: { url: string; x: number; y: number; size: number }[] = [];
	for (let ty = Math.floor(oy / tileSize); ty * tileSize < oy + view.height; ty++) {
		if (ty < 0 || ty >= count) continue;
		for (let tx = Math.floor(ox / tileSize); tx * tileSize < ox + view.width; tx++) {
			const wrapped = ((tx % count) + count) % count;
			tiles.push({
				url: template.replace('{z}', String(view.zoom)).replace('{x}', String(wrapped)).replace('{y}', String(ty)),
				x: Math.round(tx * tileSize - ox),
				y: Math.round(ty * tileSize - oy),
				size: tileSize
			});
		}
	}
	return tiles;
}

// ---------------------------------------------------------------------------------------------
// Boundaries

interface Feature {
	id: string;
	name?: string;
	polygons: number[][][][];
}

let boundaries: { divisions: Feature[]; tracts: Feature[] } | null = null;

function loadBoundaries() {
	if (!boundaries) {
		const dir = join(projectRoot, 'src/lib/server/directory/public/geo');
		const read = (file: string) =>
			(JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: Feature[] }).features;
		boundaries = { divisions: read('ontario-cd.json'), tracts: read('tracts.json') };
	}
	return boundaries;
}

function featureBox(feature: Feature): BBox {
	let w = 180,
		s = 90,
		e = -180,
		n = -90;
	for (const polygon of feature.polygons) {
		for (const [lon, lat] of polygon[0]) {
			if (lon < w) w = lon;
			if (lon > e) e = lon;
			if (lat < s) s = lat;
			if (lat > n) n = lat;
		}
	}
	return [w, s, e, n];
}

const boxes = new WeakMap<Feature, BBox>();
function intersects(feature: Feature, box: BBox): boolean {
	let b = boxes.get(feature);
	if (!b) boxes.set(feature, (b = featureBox(feature)));
	return !(b[0] > box[2] || b[2] < box[0] || b[1] > box[3] || b[3] < box[1]);
}

function escapeXml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface RenderOptions {
	points: MapPoint[];
	/** The searcher's point (a ring). */
	here?: { lat: number; lon: number } | null;
	/** Draw a radius circle around `here` (km). */
	radiusKm?: number | null;
	/** Accessible name of the image (the page also lists the points as text). */
	title: string;
	/** Transparent background (tiles show underneath). */
	transparent?: boolean;
}

/** The map as an SVG document: boundaries, place names, numbered points, the search point. */
export function renderMapSvg(view: MapView, options: RenderOptions): string {
	const { divisions, tracts } = loadBoundaries();
	const box = boundsOf(view);
	const projection = projectionOf(view);
	const path = geoPath(projection).digits(1);
	const shape = (f: Feature) =>
		path({ type: 'MultiPolygon', coordinates: f.polygons as unknown as GeoJSON.Position[][][] }) ?? '';
	const visibleDivisions = divisions.filter((f) => intersects(f, box));
	const visibleTracts = view.zoom >= 9 ? tracts.filter((f) => intersects(f, box)) : [];
	const parts: string[] = [];
	parts.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view.width} ${view.height}" width="${view.width}" height="${view.height}" role="img" aria-label="${escapeXml(options.title)}" font-family="system-ui,sans-serif">`,
		`<title>${escapeXml(options.title)}</title>`
	);
	if (!options.transparent) parts.push(`<rect width="100%" height="100%" fill="#dce9ee"/>`);
	parts.push(
		`<g fill="${options.transparent ? 'none' : '#fbfaf6'}" stroke="#8a9699" stroke-width="1.2">${visibleDivisions.map((f) => `<path d="${shape(f)}"/>`).join('')}</g>`
	);
	if (visibleTracts.length) {
		parts.push(
			`<g fill="none" stroke="#c3cbcd" stroke-width="0.6">${visibleTracts.map((f) => `<path d="${shape(f)}"/>`).join('')}</g>`
		);
	}
	// Division names at their centroid, when it is on the map.
	const labels: string[] = [];
	for (const f of visibleDivisions) {
		const c = path.centroid({ type: 'MultiPolygon', coordinates: f.polygons as unknown as GeoJSON.Position[][][] });
		if (!Number.isFinite(c[0]) || c[0] < 30 || c[0] > view.width - 30 || c[1] < 14 || c[1] > view.height - 6) continue;
		labels.push(`<text x="${c[0].toFixed(0)}" y="${c[1].toFixed(0)}">${escapeXml(f.name ?? '')}</text>`);
	}
	parts.push(
		`<g fill="#4d5a5e" font-size="12" text-anchor="middle" stroke="#fbfaf6" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`
	);
	if (options.here) {
		const [x, y] = toPixel(view, options.here.lat, options.here.lon);
		if (options.radiusKm) {
			// Pixels per km at this latitude in Web Mercator.
			const metersPerPixel = (156543.03392 * Math.cos((options.here.lat * Math.PI) / 180)) / 2 ** view.zoom;
			const r = (options.radiusKm * 1000) / metersPerPixel;
			if (r < view.width * 3) {
				parts.push(
					`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="#00585f" fill-opacity="0.06" stroke="#00585f" stroke-dasharray="4 3"/>`
				);
			}
		}
		parts.push(
			`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="7" fill="none" stroke="#8a1c1c" stroke-width="3"/>`,
			`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2" fill="#8a1c1c"/>`
		);
	}
	const dots: string[] = [];
	for (const p of options.points) {
		const [x, y] = toPixel(view, p.lat, p.lon);
		if (x < -10 || y < -10 || x > view.width + 10 || y > view.height + 10) continue;
		if (p.label) {
			dots.push(
				`<g><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="9" fill="#00585f" stroke="#fff" stroke-width="1.5"/><text x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}" fill="#fff" font-size="11" font-weight="700" text-anchor="middle">${escapeXml(p.label)}</text></g>`
			);
		} else {
			dots.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4" fill="#00585f" stroke="#fff"/>`);
		}
	}
	parts.push(`<g>${dots.join('')}</g>`, '</svg>');
	return parts.join('');
}
