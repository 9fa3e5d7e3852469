import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { scoped } from '../../tenancy/scoped.ts';
import { searchServices } from '../search.ts';
import { emptyTables, loadDataset, toHsds, type Dataset, type DbRow, type Lang } from './dataset.ts';
import { Nester, type Json } from './nest.ts';
import { hsdsVersion } from './profile.ts';

/**
 * The HSDS API's reads (src/routes/api/hsds/**): public, read-only, one partnership at a time.
 * Lists are the standard's page shape; objects are built by the same code as the export.
 */

export interface Page<T = Json> {
	total_items: number;
	total_pages: number;
	page_number: number;
	size: number;
	first_page: boolean;
	last_page: boolean;
	empty: boolean;
	contents: T[];
}

const bool = z
	.union([z.literal('true'), z.literal('false'), z.literal('1'), z.literal('0'), z.literal('')])
	.optional()
	.transform((v) => v === 'true' || v === '1');
const uuid = z
	.string()
	.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: 'directory.api_error_uuid' });

export const listQuery = z.object({
	search: z.string().trim().max(200, { error: 'directory.api_error_parameter' }).optional(),
	taxonomy_term_id: uuid.optional(),
	taxonomy_id: uuid.optional(),
	organization_id: uuid.optional(),
	modified_after: z
		.string()
		.refine((v) => !Number.isNaN(Date.parse(v)), { error: 'directory.api_error_parameter' })
		.optional(),
	full: bool,
	full_service: bool,
	page: z.coerce.number({ error: 'directory.api_error_parameter' }).int().min(1).max(100000).default(1),
	per_page: z.coerce.number({ error: 'directory.api_error_parameter' }).int().min(1).max(100).default(20),
	lat: z.coerce.number({ error: 'directory.api_error_parameter' }).min(-90).max(90).optional(),
	lon: z.coerce.number({ error: 'directory.api_error_parameter' }).min(-180).max(180).optional(),
	radius: z.coerce.number({ error: 'directory.api_error_parameter' }).positive().max(1000).default(10),
	parent_id: uuid.optional(),
	top_only: bool
});
export type ListQuery = z.infer<typeof listQuery>;

/** `/` of a partnership's API; `apiBase` is the origin + `/api/hsds` (the description and profile are shared). */
export function apiRoot(apiBase: string) {
	return { version: hsdsVersion, profile: `${apiBase}/profile`, openapi_url: `${apiBase}/openapi.json` };
}

function page<T>(contents: T[], total: number, q: { page: number; per_page: number }): Page<T> {
	const totalPages = Math.max(1, Math.ceil(total / q.per_page));
	return {
		total_items: total,
		total_pages: totalPages,
		page_number: q.page,
		size: contents.length,
		first_page: q.page === 1,
		last_page: q.page >= totalPages,
		empty: contents.length === 0,
		contents
	};
}

function likeTerm(search: string) {
	return `%${search.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

type Db = Kysely<DB>;

/** Service ids matching the HSDS filters, with the total. */
async function serviceIds(db: Db, pid: string, q: ListQuery, lang: Lang) {
	let query = scoped(db, pid).selectFrom('service').select('service.id');
	if (q.organization_id) query = query.where('service.organization_id', '=', q.organization_id);
	if (q.modified_after) query = query.where('service.updated_at', '>=', new Date(q.modified_after));
	if (q.search) {
		const term = likeTerm(q.search);
		query = query.where(
			sql<boolean>`immutable_unaccent(lower(service.name_fr || ' ' || service.name_en || ' ' || service.description_fr || ' ' || service.description_en)) like immutable_unaccent(${term})`
		);
	}
	if (q.taxonomy_term_id || q.taxonomy_id) {
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('attribute')
					.innerJoin('taxonomy_term', (j) =>
						j
							.onRef('taxonomy_term.id', '=', 'attribute.taxonomy_term_id')
							.onRef('taxonomy_term.partnership_id', '=', 'attribute.partnership_id')
					)
					.select('attribute.id')
					.whereRef('attribute.link_id', '=', 'service.id')
					.where('attribute.link_entity', '=', 'service')
					.where('attribute.partnership_id', '=', pid)
					.where((w) =>
						q.taxonomy_term_id
							? w.or([
									w('taxonomy_term.id', '=', q.taxonomy_term_id),
									w('taxonomy_term.parent_id', '=', q.taxonomy_term_id)
								])
							: w('taxonomy_term.taxonomy_id', '=', q.taxonomy_id!)
					)
			)
		);
	}
	const total = Number(
		(
			await query
				.clearSelect()
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.executeTakeFirst()
		)?.n ?? 0
	);
	const rows = await query
		.orderBy(
			sql`lower(immutable_unaccent(coalesce(nullif(${sql.ref(`service.name_${lang}`)}, ''), service.name_fr, service.name_en)))`
		)
		.orderBy('service.id')
		.limit(q.per_page)
		.offset((q.page - 1) * q.per_page)
		.execute();
	return { ids: rows.map((r) => r.id), total };
}

async function nesterFor(db: Db, pid: string, lang: Lang, roots: Parameters<typeof loadDataset>[2]) {
	const data = await loadDataset(db, pid, roots);
	return { n: new Nester(toHsds(data, { lang }), { lang, termsInAttributes: true }), data };
}

export async function listServices(db: Db, pid: string, q: ListQuery, lang: Lang): Promise<Page> {
	const { ids, total } = await serviceIds(db, pid, q, lang);
	const { n } = await nesterFor(db, pid, lang, { services: ids });
	const rows = ids.map((id) => n.ix.one('service', id)).filter((r) => r !== undefined);
	return page(
		rows.map((r) => (q.full || q.full_service ? n.service(r) : n.serviceBrief(r))),
		total,
		q
	);
}

export async function getService(db: Db, pid: string, id: string, lang: Lang): Promise<Json | null> {
	if (!uuid.safeParse(id).success) return null;
	const { n } = await nesterFor(db, pid, lang, { services: [id.toLowerCase()] });
	const row = n.ix.one('service', id.toLowerCase());
	return row ? n.service(row) : null;
}

export async function listOrganizations(db: Db, pid: string, q: ListQuery, lang: Lang): Promise<Page> {
	let query = scoped(db, pid)
		.selectFrom('organization')
		.select('organization.id')
		.where('organization.status', '=', 'active');
	if (q.search) {
		const term = likeTerm(q.search);
		query = query.where(
			sql<boolean>`immutable_unaccent(lower(organization.name_fr || ' ' || organization.name_en || ' ' || organization.acronym)) like immutable_unaccent(${term})`
		);
	}
	if (q.modified_after) query = query.where('organization.updated_at', '>=', new Date(q.modified_after));
	if (q.taxonomy_term_id || q.taxonomy_id) {
		const matching = await serviceIds(db, pid, { ...q, page: 1, per_page: 100000, search: undefined }, lang);
		const orgs = matching.ids.length
			? await scoped(db, pid).selectFrom('service').select('organization_id').where('id', 'in', matching.ids).execute()
			: [];
		const set = [...new Set(orgs.map((o) => o.organization_id))];
		if (!set.length) return page([], 0, q);
		query = query.where('organization.id', 'in', set);
	}
	const total = Number(
		(
			await query
				.clearSelect()
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.executeTakeFirst()
		)?.n ?? 0
	);
	const rows = await query
		.orderBy(sql`lower(immutable_unaccent(${sql.ref(`organization.name_${lang}`)}))`)
		.orderBy('organization.id')
		.limit(q.per_page)
		.offset((q.page - 1) * q.per_page)
		.execute();
	const ids = rows.map((r) => r.id);
	const { n } = await nesterFor(db, pid, lang, { organizations: ids, organizationDetails: q.full || q.full_service });
	return page(
		ids
			.map((id) => n.ix.one('organization', id))
			.filter((r) => r !== undefined)
			.map((r) =>
				q.full || q.full_service ? n.organization(r, q.full_service ? 'full' : 'brief') : n.organizationBrief(r)
			),
		total,
		q
	);
}

export async function getOrganization(db: Db, pid: string, id: string, lang: Lang, fullService: boolean) {
	if (!uuid.safeParse(id).success) return null;
	const { n } = await nesterFor(db, pid, lang, { organizations: [id.toLowerCase()], organizationDetails: true });
	const row = n.ix.one('organization', id.toLowerCase());
	return row ? n.organization(row, fullService ? 'full' : 'brief') : null;
}

export async function listServiceAtLocations(db: Db, pid: string, q: ListQuery, lang: Lang): Promise<Page> {
	const near = q.lat !== undefined && q.lon !== undefined ? { lat: q.lat, lon: q.lon, km: q.radius } : null;
	if (near && !q.organization_id && !q.modified_after && !q.taxonomy_id) {
		// Proximity is the directory search's job (search.ts): nearest first, its ranking and index.
		const found = await searchServices(db, pid, {
			lang,
			q: q.search || undefined,
			categories: q.taxonomy_term_id ? [q.taxonomy_term_id] : undefined,
			near: { lat: near.lat, lon: near.lon, radiusKm: near.km },
			sort: 'distance',
			page: q.page,
			pageSize: q.per_page
		});
		const ids = found.hits.map((h) => h.serviceAtLocationId).filter((id): id is string => Boolean(id));
		return page(await salObjects(db, pid, ids, lang, q.full), found.total, q);
	}
	const matching = await serviceIds(db, pid, { ...q, page: 1, per_page: 100000 }, lang);
	if (!matching.ids.length) return page([], 0, q);
	let query = scoped(db, pid)
		.selectFrom('service_at_location')
		.innerJoin('location', (j) =>
			j
				.onRef('location.id', '=', 'service_at_location.location_id')
				.onRef('location.partnership_id', '=', 'service_at_location.partnership_id')
		)
		.innerJoin('service', (j) =>
			j
				.onRef('service.id', '=', 'service_at_location.service_id')
				.onRef('service.partnership_id', '=', 'service_at_location.partnership_id')
		)
		.select('service_at_location.id')
		.where('service_at_location.service_id', 'in', matching.ids);
	if (near) {
		query = query
			.where('location.latitude', 'is not', null)
			.where(
				sql<boolean>`earth_box(ll_to_earth(${near.lat}, ${near.lon}), ${near.km * 1000}) @> ll_to_earth(location.latitude, location.longitude)`
			)
			.where(
				sql<boolean>`earth_distance(ll_to_earth(${near.lat}, ${near.lon}), ll_to_earth(location.latitude, location.longitude)) <= ${near.km * 1000}`
			);
	}
	const total = Number(
		(
			await query
				.clearSelect()
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.executeTakeFirst()
		)?.n ?? 0
	);
	const ordered = near
		? query.orderBy(
				sql`earth_distance(ll_to_earth(${near.lat}, ${near.lon}), ll_to_earth(location.latitude, location.longitude))`
			)
		: query.orderBy(sql`lower(immutable_unaccent(${sql.ref(`service.name_${lang}`)}))`);
	const rows = await ordered
		.orderBy('service_at_location.id')
		.limit(q.per_page)
		.offset((q.page - 1) * q.per_page)
		.execute();
	const ids = rows.map((r) => r.id);
	return page(await salObjects(db, pid, ids, lang, q.full), total, q);
}

async function salObjects(db: Db, pid: string, ids: string[], lang: Lang, full: boolean): Promise<Json[]> {
	if (!ids.length) return [];
	const sals = await scoped(db, pid)
		.selectFrom('service_at_location')
		.select(['id', 'service_id'])
		.where('id', 'in', ids)
		.execute();
	const { n } = await nesterFor(db, pid, lang, { services: [...new Set(sals.map((s) => s.service_id))] });
	return ids
		.map((id) => n.ix.one('service_at_location', id))
		.filter((r) => r !== undefined)
		.map((r) => {
			if (full) {
				const service = n.ix.one('service', r.service_id);
				return { ...n.serviceAtLocation(r), ...(service ? { service: n.service(service) } : {}) };
			}
			const location = n.ix.one('location', r.location_id);
			const service = n.ix.one('service', r.service_id);
			const sal = n.serviceAtLocation(r);
			return {
				id: sal.id,
				service_id: sal.service_id,
				location_id: sal.location_id,
				...(sal.description ? { description: sal.description } : {}),
				attributes: sal.attributes,
				...(location ? { location: n.location(location) } : {}),
				...(service ? { service: n.serviceBrief(service) } : {})
			};
		});
}

export async function getServiceAtLocation(db: Db, pid: string, id: string, lang: Lang) {
	if (!uuid.safeParse(id).success) return null;
	const [one] = await salObjects(db, pid, [id.toLowerCase()], lang, true);
	return one ?? null;
}

export async function listTaxonomies(db: Db, pid: string, q: ListQuery, lang: Lang): Promise<Page> {
	let query = scoped(db, pid).selectFrom('taxonomy').selectAll();
	if (q.search) {
		const term = likeTerm(q.search);
		query = query.where(
			sql<boolean>`immutable_unaccent(lower(name_fr || ' ' || name_en)) like immutable_unaccent(${term})`
		);
	}
	const all = await query.orderBy('code').orderBy('id').execute();
	const slice = all.slice((q.page - 1) * q.per_page, q.page * q.per_page);
	const data = emptyData();
	data.taxonomy = slice as never;
	const n = new Nester(toHsds(data, { lang }), { lang });
	return page(
		n.ix.tables.taxonomy.map((t) => n.taxonomyObject(t)),
		all.length,
		q
	);
}

export async function listTaxonomyTerms(db: Db, pid: string, q: ListQuery, lang: Lang): Promise<Page> {
	let query = scoped(db, pid).selectFrom('taxonomy_term').selectAll();
	if (q.taxonomy_id) query = query.where('taxonomy_id', '=', q.taxonomy_id);
	if (q.parent_id) query = query.where('parent_id', '=', q.parent_id);
	if (q.top_only) query = query.where('parent_id', 'is', null);
	if (q.search) {
		const term = likeTerm(q.search);
		query = query.where(
			sql<boolean>`immutable_unaccent(lower(name_fr || ' ' || name_en || ' ' || array_to_string(synonyms, ' ') || ' ' || names::text)) like immutable_unaccent(${term})`
		);
	}
	const total = Number(
		(
			await query
				.clearSelect()
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.executeTakeFirst()
		)?.n ?? 0
	);
	const rows = await query
		.orderBy('taxonomy_id')
		.orderBy('position')
		.orderBy('id')
		.limit(q.per_page)
		.offset((q.page - 1) * q.per_page)
		.execute();
	const data = emptyData();
	data.taxonomy_term = rows as never;
	const taxonomies = [...new Set(rows.map((r) => r.taxonomy_id))];
	data.taxonomy = (
		taxonomies.length
			? await scoped(db, pid).selectFrom('taxonomy').selectAll().where('id', 'in', taxonomies).execute()
			: []
	) as never;
	const n = new Nester(toHsds(data, { lang }), { lang });
	return page(
		n.ix.tables.taxonomy_term.map((t) => n.termObject(t)),
		total,
		q
	);
}

function emptyData() {
	return emptyTables<DbRow>() as Dataset;
}

export async function getTaxonomy(db: Db, pid: string, id: string, lang: Lang): Promise<Json | null> {
	if (!uuid.safeParse(id).success) return null;
	const row = await scoped(db, pid)
		.selectFrom('taxonomy')
		.selectAll()
		.where('id', '=', id.toLowerCase())
		.executeTakeFirst();
	if (!row) return null;
	const data = emptyData();
	data.taxonomy = [row as never];
	const n = new Nester(toHsds(data, { lang }), { lang });
	return n.taxonomyObject(n.ix.tables.taxonomy[0]);
}

export async function getTaxonomyTerm(db: Db, pid: string, id: string, lang: Lang): Promise<Json | null> {
	if (!uuid.safeParse(id).success) return null;
	const s = scoped(db, pid);
	const row = await s.selectFrom('taxonomy_term').selectAll().where('id', '=', id.toLowerCase()).executeTakeFirst();
	if (!row) return null;
	const data = emptyData();
	data.taxonomy_term = [row as never];
	data.taxonomy = (await s.selectFrom('taxonomy').selectAll().where('id', '=', row.taxonomy_id).execute()) as never;
	const n = new Nester(toHsds(data, { lang }), { lang });
	const term = n.termObject(n.ix.tables.taxonomy_term[0]);
	const tax = n.ix.tables.taxonomy[0];
	return tax ? { ...term, taxonomy_detail: n.taxonomyObject(tax) } : term;
}
