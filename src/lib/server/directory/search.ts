import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '#lib/server/db/schema.ts';
import { zodFailure, type Result } from '#lib/server/result.ts';
import { accessibilityFeatures, deliveryModes, immigrationStatuses } from './db-schema.ts';
import type { FacetCount, SearchFacets, SearchHit, SearchQuery, SearchResults } from './search-types.ts';
import { localTime } from './hours.ts';
import { expandSynonyms, normalizeSearchText } from './synonyms.ts';

/**
 * The directory's search engine, over the denormalized service_search rows (search-index.ts).
 *
 * - Keywords match the French and the English full text (stemmed, accents ignored), the
 *   taxonomy's labels in every language (a search that is, or contains, a category's name or
 *   synonym finds that category and its children), and the built-in synonyms (synonyms.ts).
 *   When that finds fewer than `fuzzyBelow` hits, trigram word similarity joins in for typos.
 * - Filters are array overlaps / containments on GIN indexes; the radius is an earth_box on the
 *   GiST index refined by earth_distance; "open now" reads each row's rules in its time zone.
 * - One statement gives the page of hits and the total; facets and map points are one more
 *   statement each, only when asked for.
 * Every value reaches SQL as a bound parameter.
 */

type Db = Kysely<DB> | Transaction<DB>;

export const searchLimits = {
	qLength: 200,
	listItems: 30,
	pageSize: 100,
	maxPage: 500,
	points: 2000,
	maxRadiusKm: 1000
} as const;

/** Below this many full-text hits, typo correction and trigram matching are added. */
const fuzzyBelow = 5;

interface Prepared {
	q: string;
	/** websearch_to_tsquery inputs: the words outside any synonym, then one group per synonym. */
	rest: string;
	groups: string[][];
}

function prepare(query: SearchQuery): Prepared | null {
	const q = (query.q ?? '')
		// eslint-disable-next-line no-control-regex -- control characters become spaces
		.replace(/[\u0000-\u001f\u007f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, searchLimits.qLength);
	if (!q) return null;
	const { rest, groups } = expandSynonyms(q);
	return { q, rest, groups };
}

function tsquery(config: 'french' | 'english', p: Prepared): RawBuilder<unknown> {
	const ws = (text: string) => sql`websearch_to_tsquery(${sql.lit(config)}::regconfig, immutable_unaccent(${text}))`;
	const parts: RawBuilder<unknown>[] = [];
	if (p.rest) parts.push(ws(p.rest));
	for (const group of p.groups) parts.push(sql`(${sql.join(group.map(ws), sql` || `)})`);
	if (!parts.length) return sql`''::tsquery`;
	return sql`(${sql.join(parts, sql` && `)})`;
}

const list = <T extends string>(values: readonly T[] | undefined) =>
	(values ?? [])
		.filter((v) => typeof v === 'string' && v.length > 0 && v.length <= 100)
		.slice(0, searchLimits.listItems);

type FacetKey =
	'categories' | 'languages' | 'statuses' | 'modes' | 'accessibility' | 'free' | 'french' | 'interpretation';

interface Conditions {
	/** Keyword, place, age, open now: what every facet count respects. */
	base: RawBuilder<unknown>[];
	/** The facetable filters, kept apart so each facet can be counted without its own. */
	facet: Partial<Record<FacetKey, RawBuilder<unknown>>>;
	/** Common table expressions the conditions refer to. */
	ctes: RawBuilder<unknown>[];
}

/**
 * The grid cells (tokens 'g1:…', 'g2:…', 'g3:…' of service_search.tokens) that cover a circle:
 * the finest of the three grids that needs at most 48 cells.
 */
export function cellsAround(lat: number, lon: number, km: number): string[] {
	const dLat = km / 111.2;
	const dLon = km / (111.2 * Math.max(Math.cos((lat * Math.PI) / 180), 0.05));
	for (const [level, size] of [
		['g1', 0.2],
		['g2', 1],
		['g3', 5]
	] as const) {
		const [y0, y1] = [Math.floor((lat - dLat) / size), Math.floor((lat + dLat) / size)];
		const [x0, x1] = [Math.floor((lon - dLon) / size), Math.floor((lon + dLon) / size)];
		if ((y1 - y0 + 1) * (x1 - x0 + 1) > 48 && level !== 'g3') continue;
		const cells: string[] = [];
		for (let y = y0; y <= y1 && cells.length < 400; y++) {
			for (let x = x0; x <= x1 && cells.length < 400; x++) cells.push(`${level}:${y}:${x}`);
		}
		return cells;
	}
	return [];
}

function conditions(
	partnershipId: string,
	query: SearchQuery,
	match: RawBuilder<unknown> | null,
	now: Date,
	ctes: RawBuilder<unknown>[]
): Conditions {
	const base: RawBuilder<unknown>[] = [sql`s.partnership_id = ${partnershipId}`];
	if (match) base.push(match);
	const categories = list(query.categories);
	const languages = list(query.languages).map((l) => l.toLowerCase());
	if (query.near) {
		const { lat, lon } = query.near;
		const km = Math.min(Math.max(query.near.radiusKm, 0.1), searchLimits.maxRadiusKm);
		base.push(sql`s.tokens && ${cellsAround(lat, lon, km)}::text[]`);
		// Alone, the radius is best served by the GiST index's box; beside other filters, the grid
		// cells join them in the tokens index (the planner cannot estimate a cube box well).
		if (!match && !categories.length && !languages.length) {
			base.push(sql`earth_box(ll_to_earth(${lat}, ${lon}), ${km * 1000}) @> ll_to_earth(s.latitude, s.longitude)`);
		}
		base.push(sql`earth_distance(ll_to_earth(${lat}, ${lon}), ll_to_earth(s.latitude, s.longitude)) <= ${km * 1000}`);
	}
	if (typeof query.age === 'number' && Number.isFinite(query.age)) {
		const age = Math.trunc(query.age);
		base.push(sql`(s.min_age is null or s.min_age <= ${age}) and (s.max_age is null or s.max_age >= ${age})`);
	}
	if (query.openNow) base.push(sql`passerelle_open_at(s.hours, s.time_zone, ${now.toISOString()}::timestamptz)`);

	// The facetable filters, on the tokens index (see the migration).
	const facet: Conditions['facet'] = {};
	const tokens = (prefix: string, values: string[]) => values.map((v) => `${prefix}${v}`);
	if (categories.length) {
		facet.categories = sql`s.tokens && array(select 'c' || t.id from taxonomy_term t
			where t.partnership_id = ${partnershipId}
				and (t.code = any(${categories}::text[]) or t.id::text = any(${categories}::text[])))`;
	}
	if (languages.length) facet.languages = sql`s.tokens && ${tokens('l', languages)}::text[]`;
	const statuses = list(query.statuses);
	if (statuses.length) facet.statuses = sql`s.tokens && ${['s*', ...tokens('s', statuses)]}::text[]`;
	const modes = list(query.modes);
	if (modes.length) facet.modes = sql`s.tokens && ${tokens('m', modes)}::text[]`;
	const accessibility = list(query.accessibility);
	if (accessibility.length) facet.accessibility = sql`s.tokens @> ${tokens('a', accessibility)}::text[]`;
	if (query.free) facet.free = sql`s.tokens @> '{free}'::text[]`;
	if (query.french) facet.french = sql`s.tokens @> '{fr}'::text[]`;
	if (query.interpretation) facet.interpretation = sql`s.tokens @> '{int}'::text[]`;
	return { base, facet, ctes };
}

/** The statement's WITH clause: the keyword's CTE (k) and any more. */
function withOf(c: Conditions, ...more: RawBuilder<unknown>[]): RawBuilder<unknown> {
	const all = [...c.ctes, ...more];
	return all.length ? sql`with ${sql.join(all, sql`, `)}` : sql``;
}

function whereOf(c: Conditions, without?: FacetKey): RawBuilder<unknown> {
	const all = [
		...c.base,
		...Object.entries(c.facet)
			.filter(([k]) => k !== without)
			.map(([, v]) => v!)
	];
	return sql.join(all, sql` and `);
}

interface HitRow {
	id: string;
	service_id: string;
	service_at_location_id: string | null;
	location_id: string | null;
	organization_id: string;
	name_fr: string;
	name_en: string;
	organization_name_fr: string;
	organization_name_en: string;
	summary_fr: string;
	summary_en: string;
	categories: { id: string; code: string; fr: string; en: string }[] | string;
	languages: string[];
	free: boolean;
	modes: string[];
	address_line: string | null;
	city: string | null;
	postal_code: string | null;
	latitude: number | null;
	longitude: number | null;
	distance_m: number | null;
	hours: HoursRule[] | string;
	time_zone: string;
	assured_date: string | null;
	total: number;
}

/** One rule of service_search.hours (see the migration). */
interface HoursRule {
	d: number | null;
	n: number | null;
	m: number | null;
	o: string;
	c: string;
	f: string | null;
	t: string | null;
}

const minutesOf = (time: string) => {
	const [h, m, sec] = time.split(':').map(Number);
	return h * 60 + m + (sec || 0) / 60;
};

function dayBefore(date: string): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}

function ruleApplies(rule: HoursRule, date: string): boolean {
	if (rule.f && date < rule.f) return false;
	if (rule.t && date > rule.t) return false;
	const d = new Date(`${date}T00:00:00Z`);
	const day = d.getUTCDate();
	const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
	if (rule.m !== null && rule.m !== undefined) return day === rule.m || (rule.m === -1 && day === last);
	if (((d.getUTCDay() + 6) % 7) + 1 !== rule.d) return false;
	if (!rule.n) return true;
	return rule.n > 0 ? Math.floor((day + 6) / 7) === rule.n : Math.floor((last - day) / 7) === -rule.n - 1;
}

/**
 * "Open now" for a hit, the same reading as passerelle_open_at() in SQL (which filters): null when
 * the service has no hours to tell.
 */
export function openAt(rules: HoursRule[], timeZone: string, now: Date): boolean | null {
	if (!rules.length) return null;
	const local = localTime(now, timeZone);
	const yesterday = dayBefore(local.date);
	return rules.some((r) => {
		const o = minutesOf(r.o);
		const c = minutesOf(r.c);
		if (ruleApplies(r, local.date) && local.minutes >= o && (c <= o || local.minutes < c)) return true;
		return c <= o && ruleApplies(r, yesterday) && local.minutes < c;
	});
}

function staleCutoffOf(now: Date): string {
	const cutoff = new Date(now.getTime());
	cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
	return cutoff.toISOString().slice(0, 10);
}

function toHit(r: HitRow, cutoff: string, now: Date): SearchHit {
	const categories = typeof r.categories === 'string' ? JSON.parse(r.categories) : r.categories;
	return {
		serviceId: r.service_id,
		serviceAtLocationId: r.service_at_location_id,
		locationId: r.location_id,
		organizationId: r.organization_id,
		name: { fr: r.name_fr, en: r.name_en },
		organizationName: { fr: r.organization_name_fr, en: r.organization_name_en },
		summary: { fr: r.summary_fr, en: r.summary_en },
		categories: (categories as { id: string; code: string; fr: string; en: string }[]).map((c) => ({
			code: c.code || c.id,
			name: { fr: c.fr, en: c.en }
		})),
		languages: r.languages.filter((l) => !l.includes('-')),
		free: r.free,
		modes: r.modes as SearchHit['modes'],
		address:
			r.address_line || r.city
				? { line: r.address_line ?? '', city: r.city ?? '', postalCode: r.postal_code ?? '' }
				: null,
		lat: r.latitude,
		lon: r.longitude,
		distanceKm: r.distance_m === null ? null : Math.round(r.distance_m / 100) / 10,
		openNow: openAt(typeof r.hours === 'string' ? JSON.parse(r.hours) : r.hours, r.time_zone, now),
		assuredDate: r.assured_date,
		stale: !r.assured_date || r.assured_date < cutoff
	};
}

/** The SQL of one page of hits and the total (exported for the benchmark's SQL floor). */
export function searchStatement(partnershipId: string, query: SearchQuery, fuzzy?: { corrected: string | null }) {
	const now = query.now ?? new Date();
	const p = prepare(query);
	const lang = query.lang === 'en' ? 'en' : 'fr';
	const pageSize = Math.min(Math.max(Math.trunc(query.pageSize ?? 20) || 20, 1), searchLimits.pageSize);
	const page = Math.min(Math.max(Math.trunc(query.page ?? 1) || 1, 1), searchLimits.maxPage);
	const cutoff = staleCutoffOf(now);

	let match: RawBuilder<unknown> | null = null;
	let score: RawBuilder<unknown> = sql`0`;
	const ctes: RawBuilder<unknown>[] = [];
	if (p) {
		const fixed = fuzzy?.corrected ? prepare({ ...query, q: fuzzy.corrected }) : null;
		// The search's text queries, computed once per statement (k): the French and English
		// tsqueries, the normalized words, and the taxonomy labels found in them — the whole search
		// (exact) or some of its words (partial, the rest left to the full text).
		ctes.push(sql`k as materialized (
			select a.qf, a.qe, a.nq, a.qf2, a.qe2, b.exact, b.partial,
				websearch_to_tsquery('french', b.rest) as rf, websearch_to_tsquery('english', b.rest) as re
			from (select ${tsquery('french', p)} as qf, ${tsquery('english', p)} as qe,
					passerelle_search_norm(${p.q}) as nq,
					${fixed ? tsquery('french', fixed) : sql`null::tsquery`} as qf2,
					${fixed ? tsquery('english', fixed) : sql`null::tsquery`} as qe2) as a,
				lateral (
					select coalesce(array_agg(x.term_id) filter (where x.rest = ''), '{}') as exact,
						coalesce(array_agg(x.term_id) filter (where x.rest <> ''), '{}') as partial,
						coalesce(min(x.rest) filter (where x.rest <> ''), '') as rest
					from (select l.term_id, btrim(replace(' ' || a.nq || ' ', ' ' || l.label || ' ', ' ')) as rest
						from service_search_label l
						where l.partnership_id = ${partnershipId}
							and position(' ' || l.label || ' ' in ' ' || a.nq || ' ') > 0) as x
				) as b
		)`);
		const k = (column: string) => sql`(select ${sql.ref(`k.${column}`)} from k)`;
		const branches = [
			sql`s.tsv_fr @@ ${k('qf')}`,
			sql`s.tsv_en @@ ${k('qe')}`,
			sql`s.category_ids && ${k('exact')}`,
			sql`(s.category_ids && ${k('partial')} and (s.tsv_fr @@ ${k('rf')} or s.tsv_en @@ ${k('re')}))`
		];
		const asTyped = branches.slice();
		if (fuzzy) {
			branches.push(sql`s.trgm %> ${k('nq')}`);
			if (fixed) branches.push(sql`s.tsv_fr @@ ${k('qf2')}`, sql`s.tsv_en @@ ${k('qe2')}`);
		}
		match = sql`(${sql.join(branches, sql` or `)})`;
		// ts_rank costs more than @@: rank only the vectors that match.
		const rank = (v: 'tsv_fr' | 'tsv_en', q: 'qf' | 'qe') =>
			sql`case when ${sql.ref(`s.${v}`)} @@ ${k(q)} then ts_rank(${sql.ref(`s.${v}`)}, ${k(q)}) else 0 end`;
		const [main, other] =
			lang === 'fr' ? [rank('tsv_fr', 'qf'), rank('tsv_en', 'qe')] : [rank('tsv_en', 'qe'), rank('tsv_fr', 'qf')];
		score = sql`${main} + 0.5 * ${other} + case when s.category_ids && ${k('exact')} then 0.3 else 0 end`;
		if (fuzzy) {
			// What the words as typed found stays first; corrected and near spellings follow.
			score = sql`${score} + case when ${sql.join(asTyped, sql` or `)} then 1 else 0 end
				+ 0.5 * word_similarity(${k('nq')}, s.trgm)`;
			if (fixed) score = sql`${score} + 0.5 * (ts_rank(s.tsv_fr, ${k('qf2')}) + ts_rank(s.tsv_en, ${k('qe2')}))`;
		}
	}
	score = sql`${score} + case when s.assured_date >= ${cutoff}::date then 0.05 else 0 end`;
	const c = conditions(partnershipId, query, match, now, ctes);
	const distance = query.near
		? sql`earth_distance(ll_to_earth(${query.near.lat}, ${query.near.lon}), ll_to_earth(s.latitude, s.longitude))`
		: sql`null::float8`;
	const sortName = lang === 'fr' ? sql`s.sort_fr` : sql`s.sort_en`;
	const sort = query.sort ?? (p ? 'relevance' : query.near ? 'distance' : 'name');
	const order =
		sort === 'distance' && query.near
			? sql`distance_m, ${sortName}, s.id`
			: sort === 'name' || (!p && sort === 'relevance')
				? sql`${sortName}, s.id`
				: sql`score desc, ${sortName}, s.id`;
	const statement = sql<HitRow & { score: number }>`
		${withOf(c)}
		select s.id, s.service_id, s.service_at_location_id, s.location_id, s.organization_id,
			s.name_fr, s.name_en, s.organization_name_fr, s.organization_name_en, s.summary_fr, s.summary_en,
			s.categories, s.languages, s.free, s.modes, s.address_line, s.city, s.postal_code,
			s.latitude, s.longitude, s.assured_date,
			s.hours, s.time_zone, ${distance} as distance_m, ${score} as score, count(*) over () as total
		from service_search s
		where ${whereOf(c)}
		order by ${order}
		limit ${pageSize} offset ${(page - 1) * pageSize}`;
	return { statement, conditions: c, page, pageSize, cutoff, now, hasKeyword: Boolean(p) };
}

/**
 * Searches a partnership's directory. Never throws on odd input: values are clamped and bound
 * as parameters (use parseSearchParams() to turn a URL into a checked SearchQuery first).
 */
export async function searchServices(db: Db, partnershipId: string, query: SearchQuery): Promise<SearchResults> {
	let built = searchStatement(partnershipId, query);
	let rows = (await built.statement.execute(db)).rows;
	let total = rows[0]?.total ?? 0;
	if (built.hasKeyword && total < fuzzyBelow && built.page === 1) {
		// Few full-text hits: correct the words found nowhere ("langauge" → "language") and let
		// trigram word similarity match near spellings.
		const corrected = await correctTypos(db, partnershipId, prepare(query)?.q ?? '');
		built = searchStatement(partnershipId, query, { corrected });
		rows = (await built.statement.execute(db)).rows;
		total = rows[0]?.total ?? 0;
	} else if (!rows.length && built.page > 1) {
		// Past the last page: the total still tells the truth.
		const count = await sql<{
			n: number;
		}>`${withOf(built.conditions)} select count(*) as n from service_search s where ${whereOf(built.conditions)}`.execute(
			db
		);
		total = count.rows[0]?.n ?? 0;
	}
	const results: SearchResults = {
		total,
		page: built.page,
		pageSize: built.pageSize,
		hits: rows.map((r) => toHit(r, built.cutoff, built.now))
	};
	if (query.facets) results.facets = await facets(db, partnershipId, built.conditions);
	if (query.points) results.points = await points(db, built.conditions, query.lang === 'en' ? 'en' : 'fr');
	return results;
}

/**
 * The search with each word (4 letters or more) that is not in the partnership's vocabulary
 * replaced by its most similar vocabulary word (trigram similarity ≥ 0.3); null when nothing
 * was replaced.
 */
export async function correctTypos(db: Db, partnershipId: string, q: string): Promise<string | null> {
	const text = q.slice(0, searchLimits.qLength);
	const rows = await sql<{ input: string; fix: string | null }>`
		select w.input, (
			select v.word from service_search_word v
			where v.partnership_id = ${partnershipId} and v.word % w.input
			order by similarity(v.word, w.input) desc, v.word limit 1) as fix
		from unnest(regexp_split_to_array(passerelle_search_norm(${text}), ' ')) with ordinality as w(input, n)
		where length(w.input) >= 4 and not exists (
			select 1 from service_search_word v where v.partnership_id = ${partnershipId} and v.word = w.input)
		order by w.n`.execute(db);
	const fixes = new Map(rows.rows.filter((r) => r.fix).map((r) => [r.input, r.fix!]));
	if (!fixes.size) return null;
	return normalizeSearchText(text)
		.split(' ')
		.map((w) => fixes.get(w) ?? w)
		.join(' ');
}

/**
 * Facet counts in one statement over the matching rows. Each facet is counted with every filter
 * except its own (so ticking a second language shows how many more it would add); the counts are
 * of hits (service at a location), like `total`.
 */
async function facets(db: Db, partnershipId: string, c: Conditions): Promise<SearchFacets> {
	const keys: FacetKey[] = [
		'categories',
		'languages',
		'statuses',
		'modes',
		'accessibility',
		'free',
		'french',
		'interpretation'
	];
	const flag = (k: FacetKey) => (c.facet[k] ? sql`(${c.facet[k]!})` : sql`true`);
	const othersThan = (k: FacetKey) =>
		sql.join(
			keys.filter((o) => o !== k).map((o) => sql`f_${sql.raw(o)}`),
			sql` and `
		);
	const rows = await sql<{ k: string; v: string | null; n: number; fr: string | null; en: string | null }>`
		${withOf(c)}${c.ctes.length ? sql`,` : sql`with`} b as materialized (
			select s.category_ids, s.languages, s.statuses, s.modes, s.accessibility, s.free, s.french, s.interpretation,
				${sql.join(
					keys.map((k) => sql`${flag(k)} as f_${sql.raw(k)}`),
					sql`, `
				)}
			from service_search s where ${sql.join(c.base, sql` and `)}
		),
		counts as (
			select 'categories' as k, v::text as v, count(*) as n from b, unnest(b.category_ids) as v
				where ${othersThan('categories')} group by v
			union all
			select 'languages', v, count(*) from b, unnest(b.languages) as v
				where ${othersThan('languages')} and v not like '%-%' group by v
			union all
			select 'statuses', v, count(*) from b, unnest(b.statuses) as v where ${othersThan('statuses')} group by v
			union all
			select 'modes', v, count(*) from b, unnest(b.modes) as v where ${othersThan('modes')} group by v
			union all
			select 'accessibility', v, count(*) from b, unnest(b.accessibility) as v
				where ${othersThan('accessibility')} group by v
			union all
			select 'free', null, count(*) from b where b.free and ${othersThan('free')}
			union all
			select 'french', null, count(*) from b where b.french and ${othersThan('french')}
			union all
			select 'interpretation', null, count(*) from b where b.interpretation and ${othersThan('interpretation')}
		)
		select counts.k, counts.v, counts.n, t.name_fr as fr, t.name_en as en
		from counts
		left join taxonomy_term t on counts.k = 'categories' and t.partnership_id = ${partnershipId} and t.id::text = counts.v
		order by counts.k, counts.n desc, counts.v`.execute(db);
	const out: SearchFacets = {
		categories: [],
		languages: [],
		statuses: [],
		modes: [],
		accessibility: [],
		free: 0,
		french: 0,
		interpretation: 0
	};
	for (const r of rows.rows) {
		if (r.k === 'free' || r.k === 'french' || r.k === 'interpretation') out[r.k] = Number(r.n);
		else {
			const entry: FacetCount = { value: r.v ?? '', count: Number(r.n) };
			if (r.k === 'categories') entry.label = { fr: r.fr ?? '', en: r.en ?? '' };
			out[r.k as 'categories'].push(entry);
		}
	}
	return out;
}

async function points(db: Db, c: Conditions, lang: 'fr' | 'en'): Promise<NonNullable<SearchResults['points']>> {
	const rows = await sql<{
		id: string;
		service_id: string;
		latitude: number;
		longitude: number;
		name_fr: string;
		name_en: string;
		address_line: string | null;
		city: string | null;
	}>`
		${withOf(c)}
		select s.id, s.service_id, s.latitude, s.longitude, s.name_fr, s.name_en, s.address_line, s.city
		from service_search s
		where ${whereOf(c)} and s.latitude is not null and s.service_at_location_id is not null
		order by ${lang === 'fr' ? sql`s.sort_fr` : sql`s.sort_en`}, s.id
		limit ${searchLimits.points}`.execute(db);
	return rows.rows.map((r) => ({
		serviceAtLocationId: r.id,
		serviceId: r.service_id,
		lat: r.latitude,
		lon: r.longitude,
		name: { fr: r.name_fr, en: r.name_en },
		place: [r.address_line, r.city].filter(Boolean).join(', ')
	}));
}

// ---- URL query strings → SearchQuery ------------------------------------------------------

const flag = z
	.enum(['1', 'on', 'true', 'yes', '0', 'off', 'false', 'no', ''], { error: 'validation.invalid_choice' })
	.transform((v) => (['1', 'on', 'true', 'yes'].includes(v) ? true : undefined));
const number = (min: number, max: number) =>
	z
		.string()
		.trim()
		.regex(/^-?\d{1,4}(\.\d{1,8})?$/, { error: 'validation.invalid_number' })
		.transform(Number)
		.pipe(z.number().min(min, { error: 'validation.invalid_number' }).max(max, { error: 'validation.invalid_number' }));
const many = <T extends z.ZodType<string>>(item: T) =>
	z.array(item).max(searchLimits.listItems, { error: 'validation.invalid_choice' });
const termRef = z
	.string()
	.trim()
	.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, { error: 'validation.invalid_choice' });
const languageCode = z
	.string()
	.trim()
	.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'validation.invalid_choice' });

export const searchParamsSchema = z
	.object({
		q: z.string().max(searchLimits.qLength, { error: 'validation.too_long' }).optional(),
		lang: z.enum(['fr', 'en'], { error: 'validation.invalid_choice' }),
		category: many(termRef),
		language: many(languageCode),
		status: many(z.enum(immigrationStatuses, { error: 'validation.invalid_choice' })),
		mode: many(z.enum(deliveryModes, { error: 'validation.invalid_choice' })),
		access: many(z.enum(accessibilityFeatures, { error: 'validation.invalid_choice' })),
		french: flag.optional(),
		interpretation: flag.optional(),
		free: flag.optional(),
		open: flag.optional(),
		facets: flag.optional(),
		points: flag.optional(),
		age: z.union([z.literal('').transform(() => undefined), number(0, 130)]).optional(),
		lat: z.union([z.literal('').transform(() => undefined), number(-90, 90)]).optional(),
		lon: z.union([z.literal('').transform(() => undefined), number(-180, 180)]).optional(),
		radius: z.union([z.literal('').transform(() => undefined), number(0.1, searchLimits.maxRadiusKm)]).optional(),
		sort: z
			.union([
				z.literal('').transform(() => undefined),
				z.enum(['relevance', 'distance', 'name'], { error: 'validation.invalid_choice' })
			])
			.optional(),
		page: z
			.union([
				z.literal('').transform(() => undefined),
				number(1, searchLimits.maxPage).pipe(z.number().int({ error: 'validation.invalid_number' }))
			])
			.optional(),
		size: z
			.union([
				z.literal('').transform(() => undefined),
				number(1, searchLimits.pageSize).pipe(z.number().int({ error: 'validation.invalid_number' }))
			])
			.optional()
	})
	.superRefine((v, ctx) => {
		if ((v.lat === undefined) !== (v.lon === undefined)) {
			ctx.addIssue({ code: 'custom', path: [v.lat === undefined ? 'lat' : 'lon'], message: 'validation.required' });
		}
	});

/** The URL parameters the public search page and the search API accept. */
export const searchParamNames = [
	'q',
	'lang',
	'category',
	'language',
	'status',
	'mode',
	'access',
	'french',
	'interpretation',
	'free',
	'open',
	'facets',
	'points',
	'age',
	'lat',
	'lon',
	'radius',
	'sort',
	'page',
	'size'
] as const;
const repeated = new Set(['category', 'language', 'status', 'mode', 'access']);

/** Default radius when a place is given without one. */
export const defaultRadiusKm = 25;

/**
 * A URL's query string as a checked SearchQuery. List parameters may repeat
 * (`category=housing&category=health`) or be comma-separated. `lang` defaults to the page's
 * language. Unknown parameters are ignored; a bad value is a field error (message keys).
 */
export function parseSearchParams(params: URLSearchParams, lang: 'fr' | 'en' = 'fr'): Result<SearchQuery> {
	const raw: Record<string, unknown> = { lang };
	for (const name of searchParamNames) {
		if (repeated.has(name)) {
			const values = params
				.getAll(name)
				.flatMap((v) => v.split(','))
				.map((v) => v.trim())
				.filter(Boolean);
			raw[name] = values.slice(0, searchLimits.listItems + 1);
		} else {
			const value = params.get(name);
			if (value !== null) raw[name] = name === 'q' ? value : value.slice(0, 50);
		}
	}
	const parsed = searchParamsSchema.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	const q = v.q?.replace(/\s+/g, ' ').trim();
	const query: SearchQuery = { lang: v.lang };
	if (q) query.q = q;
	if (v.category.length) query.categories = v.category;
	if (v.language.length) query.languages = v.language.map((l) => l.toLowerCase());
	if (v.status.length) query.statuses = v.status;
	if (v.mode.length) query.modes = v.mode;
	if (v.access.length) query.accessibility = v.access;
	if (v.french) query.french = true;
	if (v.interpretation) query.interpretation = true;
	if (v.free) query.free = true;
	if (v.open) query.openNow = true;
	if (v.facets) query.facets = true;
	if (v.points) query.points = true;
	if (v.age !== undefined) query.age = v.age;
	if (v.lat !== undefined && v.lon !== undefined) {
		query.near = { lat: v.lat, lon: v.lon, radiusKm: v.radius ?? defaultRadiusKm };
	}
	if (v.sort) query.sort = v.sort === 'distance' && !query.near ? 'relevance' : v.sort;
	if (v.page) query.page = v.page;
	if (v.size) query.pageSize = v.size;
	return { ok: true, value: query };
}

/** A SearchQuery back to URL parameters (for pagination links and the API). */
export function searchQueryToParams(query: SearchQuery, options: { lang?: boolean } = {}): URLSearchParams {
	const out = new URLSearchParams();
	if (options.lang) out.set('lang', query.lang);
	if (query.q) out.set('q', query.q);
	for (const c of query.categories ?? []) out.append('category', c);
	for (const l of query.languages ?? []) out.append('language', l);
	for (const s of query.statuses ?? []) out.append('status', s);
	for (const m of query.modes ?? []) out.append('mode', m);
	for (const a of query.accessibility ?? []) out.append('access', a);
	if (query.french) out.set('french', '1');
	if (query.interpretation) out.set('interpretation', '1');
	if (query.free) out.set('free', '1');
	if (query.openNow) out.set('open', '1');
	if (query.age !== undefined) out.set('age', String(query.age));
	if (query.near) {
		out.set('lat', String(query.near.lat));
		out.set('lon', String(query.near.lon));
		out.set('radius', String(query.near.radiusKm));
	}
	if (query.sort) out.set('sort', query.sort);
	if (query.page && query.page > 1) out.set('page', String(query.page));
	if (query.pageSize) out.set('size', String(query.pageSize));
	return out;
}
