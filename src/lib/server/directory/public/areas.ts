import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#lib/server/db/schema.ts';
import { projectRoot } from '#lib/server/paths.ts';
import { scoped } from '#lib/server/tenancy/scoped.ts';
import type { BBox } from './map.ts';

/**
 * The places a searcher can pick instead of sharing their position: the census divisions
 * (counties, regions, single-tier cities) and metropolitan areas around a partnership's
 * services, each with its centroid (geo/areas.json, derived from Statistics Canada 2021
 * boundaries). Names are place names: never translated.
 */
export interface Area {
	id: string;
	kind: 'cd' | 'cma';
	name: string;
	lat: number;
	lon: number;
	bbox: BBox;
}

type Db = Kysely<DB> | Transaction<DB>;

let allAreas: Area[] | null = null;

export function loadAreas(): Area[] {
	if (allAreas) return allAreas;
	const geo = (file: string) =>
		JSON.parse(readFileSync(join(projectRoot, 'src/lib/server/directory/public/geo', file), 'utf8'));
	const areas = (geo('areas.json') as { areas: Area[] }).areas;
	const tracts = (geo('tracts.json') as { features: Tract[] }).features;
	allAreas = areas.map((a) => (a.kind === 'cma' ? { ...a, ...tractCentre(a.id.replace(/^cma-/, ''), tracts) } : a));
	return allAreas;
}

interface Tract {
	cma: string;
	polygons: [number, number][][][];
}

/**
 * Where "near London" is measured from. A metropolitan area's geometric centroid falls in the
 * farmland around the city (London's is 9 km from downtown, so "within 5 km of London" found
 * nothing). Census tracts hold a few thousand people each, so the mean of their centres sits
 * where people live: that point is used when the area's tracts are known.
 */
export function tractCentre(cma: string, tracts: Tract[]): { lat: number; lon: number } | Record<string, never> {
	const centres = tracts
		.filter((t) => t.cma === cma && t.polygons[0]?.[0]?.length)
		.map((t) => {
			const ring = t.polygons[0][0].slice(0, -1);
			return [
				ring.reduce((sum, p) => sum + p[1], 0) / ring.length,
				ring.reduce((sum, p) => sum + p[0], 0) / ring.length
			];
		});
	if (!centres.length) return {};
	const mean = (i: 0 | 1) => Math.round((centres.reduce((sum, c) => sum + c[i], 0) / centres.length) * 1e4) / 1e4;
	return { lat: mean(0), lon: mean(1) };
}

/** Southern Ontario: where a partnership without any located service is drawn. */
const ontarioSouth: BBox = [-83.2, 41.9, -74.3, 46.0];

/**
 * The box around a partnership's located services (every location with coordinates), padded
 * by a tenth on each side and at least ~10 km wide.
 */
export async function partnershipExtent(db: Db, partnershipId: string): Promise<BBox> {
	const row = await scoped(db, partnershipId)
		.selectFrom('location')
		.select((eb) => [
			eb.fn.min('longitude').as('w'),
			eb.fn.min('latitude').as('s'),
			eb.fn.max('longitude').as('e'),
			eb.fn.max('latitude').as('n')
		])
		.where('latitude', 'is not', null)
		.executeTakeFirst();
	if (!row || row.w === null || row.s === null || row.e === null || row.n === null) return ontarioSouth;
	return padBox([Number(row.w), Number(row.s), Number(row.e), Number(row.n)]);
}

export function padBox([w, s, e, n]: BBox, fraction = 0.1, minimum = 0.12): BBox {
	const dx = Math.max((e - w) * fraction, (minimum - (e - w)) / 2, 0.01);
	const dy = Math.max((n - s) * fraction, (minimum - (n - s)) / 2, 0.01);
	return [w - dx, s - dy, e + dx, n + dy];
}

/** The areas that overlap the box, metropolitan areas first, then by name. */
export function areasIn(box: BBox): Area[] {
	return loadAreas()
		.filter((a) => !(a.bbox[0] > box[2] || a.bbox[2] < box[0] || a.bbox[1] > box[3] || a.bbox[3] < box[1]))
		.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'en') : a.kind === 'cma' ? -1 : 1));
}

export function findArea(id: string | null | undefined): Area | undefined {
	if (!id) return undefined;
	return loadAreas().find((a) => a.id === id);
}
