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
	allAreas ??= (
		JSON.parse(readFileSync(join(projectRoot, 'src/lib/server/directory/public/geo/areas.json'), 'utf8')) as {
			areas: Area[];
		}
	).areas;
	return allAreas;
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
