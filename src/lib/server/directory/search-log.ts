import { sql, type Kysely, type Transaction } from 'kysely';
import { directoryLocales } from '#lib/i18n/locales.ts';
import type { DB } from '#lib/server/db/schema.ts';
import type { SearchQuery } from './search-types.ts';

/**
 * The anonymous log of public directory searches (directory_search_log) and what coordinators
 * learn from it. Anonymous by design: no IP address, account, cookie or session id is ever
 * written, and a position is kept only as a coarse area label.
 */
type Db = Kysely<DB> | Transaction<DB>;

export interface SearchLogEntry {
	/** The interface language of the page (not the content language). */
	lang: string;
	q?: string;
	/** The filters used, without any exact position (see filtersOf). */
	filters?: Record<string, unknown>;
	resultCount: number;
	/** A coarse place label at most (a city, the first 3 characters of a postal code). */
	area?: string;
	at?: Date;
}

/** The filters of a query worth counting, with no coordinates (a radius is kept, not the point). */
export function filtersOf(query: SearchQuery): Record<string, unknown> {
	const f: Record<string, unknown> = {};
	if (query.categories?.length) f.categories = query.categories.slice(0, 30);
	if (query.languages?.length) f.languages = query.languages.slice(0, 30);
	if (query.statuses?.length) f.statuses = query.statuses.slice(0, 30);
	if (query.modes?.length) f.modes = query.modes.slice(0, 30);
	if (query.accessibility?.length) f.accessibility = query.accessibility.slice(0, 30);
	if (query.french) f.french = true;
	if (query.interpretation) f.interpretation = true;
	if (query.free) f.free = true;
	if (query.openNow) f.openNow = true;
	if (typeof query.age === 'number') f.age = query.age;
	if (query.near) f.radiusKm = query.near.radiusKm;
	return f;
}

/** Writes one anonymous log row. Callers log page 1 of a search only (not each page turn). */
export async function logSearch(db: Db, partnershipId: string, entry: SearchLogEntry): Promise<void> {
	const lang = (directoryLocales as readonly string[]).includes(entry.lang) ? entry.lang : 'fr';
	// PostgreSQL text refuses NUL; no control characters are kept.
	const clean = (v: string | undefined) =>
		(v ?? '')
			// eslint-disable-next-line no-control-regex -- control characters become spaces
			.replace(/[\u0000-\u001f\u007f]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
	const q = clean(entry.q).slice(0, 200);
	const area = clean(entry.area).slice(0, 100);
	const filters = JSON.stringify(entry.filters ?? {});
	const count = Math.max(0, Math.trunc(entry.resultCount) || 0);
	await sql`
		insert into directory_search_log (partnership_id, searched_at, lang, q, normalized_q, filters, result_count, area)
		values (${partnershipId}, ${(entry.at ?? new Date()).toISOString()}::timestamptz, ${lang}, ${q},
			left(coalesce(passerelle_search_norm(${q}), ''), 200), ${filters}::jsonb, ${count}, ${area})
	`.execute(db);
}

export interface InsightsRange {
	/** 'YYYY-MM-DD', inclusive, in Toronto time. */
	from: string;
	to: string;
}

export interface SearchInsights {
	range: InsightsRange;
	total: number;
	zeroResults: number;
	/** Most frequent searches (normalized): how often, and their average number of results. */
	topSearches: { term: string; count: number; averageResults: number }[];
	/** Searches that found nothing, most frequent first. */
	zeroResultSearches: { term: string; count: number; lastSearched: string }[];
	/** Searches by interface language. */
	byLanguage: { lang: string; count: number; zeroResults: number }[];
	/** How often each filter was used. */
	byFilter: { filter: string; count: number; zeroResults: number }[];
}

const limit = 50;

/**
 * What people searched for between two dates: the most frequent searches, the ones that found
 * nothing (the gaps newcomers bring), by interface language and by filter.
 */
export async function searchInsights(db: Db, partnershipId: string, range: InsightsRange): Promise<SearchInsights> {
	const within = sql`l.partnership_id = ${partnershipId}
		and l.searched_at >= (${range.from}::date::timestamp at time zone 'America/Toronto')
		and l.searched_at < ((${range.to}::date + 1)::timestamp at time zone 'America/Toronto')`;
	const [totals, top, zero, byLanguage, byFilter] = await Promise.all([
		sql<{ total: number; zero: number }>`
			select count(*) as total, count(*) filter (where l.result_count = 0) as zero
			from directory_search_log l where ${within}`.execute(db),
		sql<{ term: string; count: number; average: number }>`
			select l.normalized_q as term, count(*) as count, round(avg(l.result_count), 1) as average
			from directory_search_log l where ${within} and l.normalized_q <> ''
			group by l.normalized_q order by count(*) desc, l.normalized_q limit ${limit}`.execute(db),
		sql<{ term: string; count: number; last: Date }>`
			select l.normalized_q as term, count(*) as count, max(l.searched_at) as last
			from directory_search_log l where ${within} and l.result_count = 0
			group by l.normalized_q order by count(*) desc, l.normalized_q limit ${limit}`.execute(db),
		sql<{ lang: string; count: number; zero: number }>`
			select l.lang, count(*) as count, count(*) filter (where l.result_count = 0) as zero
			from directory_search_log l where ${within}
			group by l.lang order by count(*) desc, l.lang`.execute(db),
		sql<{ filter: string; count: number; zero: number }>`
			select k.key as filter, count(*) as count, count(*) filter (where l.result_count = 0) as zero
			from directory_search_log l, jsonb_object_keys(l.filters) as k(key)
			where ${within}
			group by k.key order by count(*) desc, k.key`.execute(db)
	]);
	return {
		range,
		total: Number(totals.rows[0]?.total ?? 0),
		zeroResults: Number(totals.rows[0]?.zero ?? 0),
		topSearches: top.rows.map((r) => ({ term: r.term, count: Number(r.count), averageResults: Number(r.average) })),
		zeroResultSearches: zero.rows.map((r) => ({
			term: r.term,
			count: Number(r.count),
			lastSearched: new Date(r.last).toISOString()
		})),
		byLanguage: byLanguage.rows.map((r) => ({ lang: r.lang, count: Number(r.count), zeroResults: Number(r.zero) })),
		byFilter: byFilter.rows.map((r) => ({ filter: r.filter, count: Number(r.count), zeroResults: Number(r.zero) }))
	};
}

const isDay = (v: string) =>
	/^\d{4}-\d{2}-\d{2}$/.test(v) &&
	!Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
	new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

function addDays(day: string, days: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/**
 * The insights' date range from `from` and `to` URL parameters: the last 30 days by default; a
 * bad or reversed date falls back to the default for that end and is reported by field.
 */
export function insightsRange(
	params: URLSearchParams,
	today: string
): { range: InsightsRange; fieldErrors: Record<string, string[]> } {
	const fieldErrors: Record<string, string[]> = {};
	const read = (name: 'from' | 'to', fallback: string) => {
		const raw = params.get(name)?.trim() ?? '';
		if (!raw) return fallback;
		if (!isDay(raw) || raw < '2000-01-01') {
			fieldErrors[name] = ['validation.invalid_date'];
			return fallback;
		}
		return raw;
	};
	const to = read('to', today);
	let from = read('from', addDays(to, -29));
	if (from > to) {
		fieldErrors.from = ['directory.insights_error_range'];
		from = addDays(to, -29);
	}
	return { range: { from, to }, fieldErrors };
}

/** The insights as CSV rows (one table per section, a blank row between), in one language. */
export function insightsCsvRows(insights: SearchInsights, t: (key: string) => string): string[][] {
	const term = (v: string) => v || t('directory.insights_no_keyword');
	const rows: string[][] = [
		[t('directory.insights_title'), `${insights.range.from} – ${insights.range.to}`],
		[t('directory.insights_total'), String(insights.total)],
		[t('directory.insights_zero_total'), String(insights.zeroResults)],
		[],
		[t('directory.insights_top_title')],
		[t('directory.insights_col_term'), t('directory.insights_col_count'), t('directory.insights_col_average')],
		...insights.topSearches.map((r) => [term(r.term), String(r.count), String(r.averageResults)]),
		[],
		[t('directory.insights_zero_title')],
		[t('directory.insights_col_term'), t('directory.insights_col_count'), t('directory.insights_col_last')],
		...insights.zeroResultSearches.map((r) => [term(r.term), String(r.count), r.lastSearched]),
		[],
		[t('directory.insights_lang_title')],
		[t('directory.insights_col_lang'), t('directory.insights_col_count'), t('directory.insights_col_zero')],
		...insights.byLanguage.map((r) => [t(`directory.insights_lang_${r.lang}`), String(r.count), String(r.zeroResults)]),
		[],
		[t('directory.insights_filter_title')],
		[t('directory.insights_col_filter'), t('directory.insights_col_count'), t('directory.insights_col_zero')],
		...insights.byFilter.map((r) => [filterLabel(r.filter, t), String(r.count), String(r.zeroResults)])
	];
	return rows;
}

export const loggedFilters = [
	'categories',
	'languages',
	'statuses',
	'modes',
	'accessibility',
	'french',
	'interpretation',
	'free',
	'openNow',
	'age',
	'radiusKm'
] as const;

/** A logged filter's name in the page's language (an unknown key is shown as is). */
export function filterLabel(filter: string, t: (key: string) => string): string {
	return (loggedFilters as readonly string[]).includes(filter) ? t(`directory.insights_filter_${filter}`) : filter;
}
