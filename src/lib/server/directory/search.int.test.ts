import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import { ensureDirectoryTaxonomy } from './taxonomy.ts';
import { refreshServiceSearch } from './search-index.ts';
import { logSearch, filtersOf, searchInsights } from './search-log.ts';
import { parseSearchParams, searchServices } from './search.ts';
import type { SearchQuery } from './search-types.ts';

/**
 * The search engine against a real database, on every engine, over a small fixture: six
 * services of partnership A in London, St. Thomas, Belleville, online (one inactive), and one
 * of partnership B that A must never see.
 */

const london = { lat: 42.9849, lon: -81.2453 };
const stThomas = { lat: 42.7788, lon: -81.1927 };
const belleville = { lat: 44.1628, lon: -77.3832 };
// Tuesday 1 December 2026, 18:00 UTC = 13:00 in Toronto, 10:00 in Vancouver.
const tuesdayNoon = new Date('2026-12-01T18:00:00Z');
// 23:00 UTC = 18:00 in Toronto (closed), 15:00 in Vancouver (open).
const tuesdayEvening = new Date('2026-12-01T23:00:00Z');
// Wednesday 02:00 UTC = Tuesday 21:00 Toronto, 18:00 Vancouver: both closed.
const tuesdayNight = new Date('2026-12-02T02:00:00Z');

type Row = { id: string };

describe.each(engines)('directory search on %s', (engine) => {
	let t: TestDatabase;
	let a: string;
	let b: string;
	let terms: Map<string, string>;
	const ids: Record<string, string> = {};

	const one = async (query: ReturnType<typeof sql<Row>>) => (await query.execute(t.ctx.db)).rows[0].id;

	async function service(
		partnershipId: string,
		org: string,
		key: string,
		v: {
			fr: string;
			en: string;
			descFr?: string;
			descEn?: string;
			category: string;
			languages?: { code: string; interpreter?: boolean }[];
			statuses?: string[];
			modes?: string[];
			free?: boolean;
			minAge?: number;
			maxAge?: number;
			status?: string;
			assured?: string | null;
			place?: { lat: number; lon: number; city: string; tz?: string; access?: string[] };
			hours?: { byday: string; opens: string; closes: string };
		}
	) {
		const id = await one(sql<Row>`
			insert into service (partnership_id, organization_id, name_fr, name_en, description_fr, description_en,
				eligible_statuses, delivery_modes, free_of_charge, minimum_age, maximum_age, status, assured_date)
			values (${partnershipId}, ${org}, ${v.fr}, ${v.en}, ${v.descFr ?? ''}, ${v.descEn ?? ''},
				${v.statuses ?? []}::text[], ${v.modes ?? ['in_person']}::text[], ${v.free ?? false},
				${v.minAge ?? null}, ${v.maxAge ?? null}, ${v.status ?? 'active'}, ${v.assured ?? null})
			returning id`);
		ids[key] = id;
		await sql`insert into attribute (partnership_id, link_id, link_entity, taxonomy_term_id)
			values (${partnershipId}, ${id}, 'service', ${terms.get(v.category)!})`.execute(t.ctx.db);
		for (const l of v.languages ?? []) {
			await sql`insert into language (partnership_id, service_id, code, via_interpreter)
				values (${partnershipId}, ${id}, ${l.code}, ${l.interpreter ?? false})`.execute(t.ctx.db);
		}
		if (v.place) {
			const location = await one(sql<Row>`
				insert into location (partnership_id, organization_id, name_fr, name_en, latitude, longitude, time_zone)
				values (${partnershipId}, ${org}, ${v.place.city}, ${v.place.city}, ${v.place.lat}, ${v.place.lon},
					${v.place.tz ?? 'America/Toronto'})
				returning id`);
			await sql`insert into address (partnership_id, location_id, address_1, city, postal_code)
				values (${partnershipId}, ${location}, '100 Main Street', ${v.place.city}, 'N0N 0N0')`.execute(t.ctx.db);
			for (const feature of v.place.access ?? []) {
				await sql`insert into accessibility (partnership_id, location_id, feature)
					values (${partnershipId}, ${location}, ${feature})`.execute(t.ctx.db);
			}
			const sal = await one(sql<Row>`
				insert into service_at_location (partnership_id, service_id, location_id)
				values (${partnershipId}, ${id}, ${location}) returning id`);
			ids[`${key}_sal`] = sal;
			if (v.hours) {
				await sql`insert into schedule (partnership_id, service_at_location_id, freq, byday, opens_at, closes_at)
					values (${partnershipId}, ${sal}, 'WEEKLY', ${v.hours.byday}, ${v.hours.opens}, ${v.hours.closes})`.execute(t.ctx.db);
			}
		}
		return id;
	}

	const search = (query: Partial<SearchQuery>) =>
		searchServices(t.ctx.db, a, { lang: 'fr', now: tuesdayNoon, ...query } as SearchQuery);
	const names = async (query: Partial<SearchQuery>) =>
		(await search({ pageSize: 100, ...query })).hits.map((h) => h.name.en).sort();

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		const db = t.ctx.db;
		a = await one(
			sql<Row>`insert into partnership (slug, name_fr, name_en) values ('lip-a', 'PLI A', 'LIP A') returning id`
		);
		b = await one(
			sql<Row>`insert into partnership (slug, name_fr, name_en) values ('lip-b', 'PLI B', 'LIP B') returning id`
		);
		terms = (await ensureDirectoryTaxonomy(db, a)).termIds;
		const orgA = await one(sql<Row>`insert into organization (partnership_id, name_fr, name_en, sector)
			values (${a}, 'Centre d''accueil communautaire', 'Community Welcome Centre', 'settlement') returning id`);
		const recent = '2026-10-01';
		await service(a, orgA, 'french', {
			fr: 'Cours de français langue seconde',
			en: 'French as a second language classes',
			descFr: 'Des cours gratuits pour adultes, le jour ou le soir.',
			descEn: 'Free classes for adults, day or evening.',
			category: 'french_classes',
			languages: [{ code: 'fr' }, { code: 'ar' }],
			free: true,
			assured: recent,
			place: { ...london, city: 'London', access: ['wheelchair', 'elevator'] },
			hours: { byday: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00' }
		});
		await service(a, orgA, 'english', {
			fr: 'Cours d’anglais pour adultes',
			en: 'English classes for adults',
			descFr: 'Apprendre l’anglais au centre.',
			descEn: 'Learn English at the centre.',
			category: 'english_classes',
			languages: [{ code: 'en' }],
			place: { lat: london.lat + 0.03, lon: london.lon + 0.05, city: 'London', access: ['wheelchair'] }
		});
		await service(a, orgA, 'housing', {
			fr: 'Aide à la recherche de logements',
			en: 'Housing search help',
			descFr: 'Trouver un appartement et comprendre le bail.',
			descEn: 'Find an apartment and understand the lease.',
			category: 'housing',
			languages: [{ code: 'en' }, { code: 'es' }],
			statuses: ['permanent_resident', 'refugee_claimant'],
			minAge: 18,
			assured: recent,
			place: { ...belleville, city: 'Belleville' },
			hours: { byday: 'SA', opens: '10:00', closes: '14:00' }
		});
		await service(a, orgA, 'jobs', {
			fr: 'Emploi et carrière',
			en: 'Employment and careers',
			descFr: 'Préparer son CV et ses entrevues.',
			descEn: 'Prepare your résumé and interviews.',
			category: 'job_search',
			languages: [{ code: 'en' }, { code: 'pa', interpreter: true }],
			place: { ...stThomas, city: 'St. Thomas', tz: 'America/Vancouver' },
			hours: { byday: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00' }
		});
		await service(a, orgA, 'network', {
			fr: 'Réseau de soutien en emploi',
			en: 'Job support network',
			descFr: 'Mentorat en ligne et par téléphone.',
			descEn: 'Mentoring online and by phone.',
			category: 'employment',
			languages: [{ code: 'fr-CA' }],
			modes: ['virtual', 'phone'],
			minAge: 15,
			maxAge: 30
		});
		await service(a, orgA, 'closed', {
			fr: 'Logement d’urgence fermé',
			en: 'Closed emergency housing',
			category: 'housing',
			status: 'inactive',
			place: { ...london, city: 'London' }
		});
		await refreshServiceSearch(db, a);
		// Partnership B: a housing service in London that A's searches must never return.
		const termsB = (await ensureDirectoryTaxonomy(db, b)).termIds;
		const orgB = await one(sql<Row>`insert into organization (partnership_id, name_fr, name_en, sector)
			values (${b}, 'Autre organisme', 'Other agency', 'settlement') returning id`);
		const saved = terms;
		terms = termsB;
		await service(b, orgB, 'other', {
			fr: 'Logement abordable B',
			en: 'Affordable housing B',
			category: 'housing',
			place: { ...london, city: 'London' }
		});
		terms = saved;
		await refreshServiceSearch(db, b);
	});
	afterAll(async () => {
		// The test database is dropped (with force) right after the pool ends; an idle connection
		// still closing then gets "terminating connection", which a pool without an error
		// listener would raise as an unhandled error. Teardown noise only.
		t?.ctx.database.pool.on('error', () => {});
		await t?.close();
	});

	it('has one row per service at a location and one per service without location, active only', async () => {
		const rows = await sql<{ service_id: string; location_id: string | null }>`
			select service_id, location_id from service_search where partnership_id = ${a}`.execute(t.ctx.db);
		expect(rows.rows).toHaveLength(5);
		expect(rows.rows.find((r) => r.service_id === ids.network)?.location_id).toBeNull();
		expect(rows.rows.some((r) => r.service_id === ids.closed)).toBe(false);
		const all = await search({});
		expect(all.total).toBe(5);
	});

	it('stems French and English words', async () => {
		expect(await names({ q: 'cours' })).toEqual(['English classes for adults', 'French as a second language classes']);
		expect(await names({ q: 'logements' })).toEqual(['Housing search help']);
		expect(await names({ q: 'logement' })).toEqual(['Housing search help']);
		expect(await names({ q: 'interviews', lang: 'en' })).toEqual(['Employment and careers']);
	});

	it('ignores accents and case', async () => {
		expect(await names({ q: 'Emploi' })).toEqual(await names({ q: 'emploi' }));
		expect(await names({ q: 'reseau' })).toEqual(['Job support network']);
		expect(await names({ q: 'RÉSEAU' })).toEqual(['Job support network']);
		expect(await names({ q: 'carriere' })).toContain('Employment and careers');
	});

	it('tolerates typos', async () => {
		expect(await names({ q: 'logment' })).toEqual(['Housing search help']);
		const language = await names({ q: 'langauge' });
		expect(language).toContain('French as a second language classes');
		expect(language).toContain('English classes for adults');
		expect(language).not.toContain('Housing search help');
	});

	it('expands taxonomy synonyms and names in every language to their category', async () => {
		expect(await names({ q: 'CLIC' })).toEqual(['English classes for adults', 'French as a second language classes']);
		expect(await names({ q: 'LINC' })).toContain('English classes for adults');
		expect(await names({ q: 'ESL' })).toContain('English classes for adults');
		const als = await search({ q: 'anglais langue seconde' });
		expect(als.hits[0].name.en).toBe('English classes for adults');
		// Arabic "housing": the housing service, not the inactive one, not partnership B's.
		expect(await names({ q: 'سكن' })).toEqual(['Housing search help']);
		// A parent category's name finds its children's services.
		expect(await names({ q: 'formation linguistique' })).toEqual([
			'English classes for adults',
			'French as a second language classes'
		]);
	});

	it('expands the built-in synonyms', async () => {
		// "job" is not in either service's text: emploi ↔ job.
		const jobs = await names({ q: 'job' });
		expect(jobs).toContain('Employment and careers');
		expect(await names({ q: 'apartment rent', lang: 'en' })).toEqual(['Housing search help']);
	});

	it('applies each filter', async () => {
		expect(await names({ categories: ['employment'] })).toEqual(['Employment and careers', 'Job support network']);
		expect(await names({ categories: [terms.get('job_search')!] })).toEqual(['Employment and careers']);
		expect(await names({ languages: ['es'] })).toEqual(['Housing search help']);
		expect(await names({ languages: ['fr'] })).toEqual(['French as a second language classes', 'Job support network']);
		expect(await names({ french: true })).toEqual(['French as a second language classes', 'Job support network']);
		expect(await names({ interpretation: true })).toEqual(['Employment and careers']);
		expect(await names({ statuses: ['temporary_worker'] })).not.toContain('Housing search help');
		expect(await names({ statuses: ['refugee_claimant'] })).toContain('Housing search help');
		expect(await names({ age: 16 })).not.toContain('Housing search help');
		expect(await names({ age: 16 })).toContain('Job support network');
		expect(await names({ age: 40 })).not.toContain('Job support network');
		expect(await names({ free: true })).toEqual(['French as a second language classes']);
		expect(await names({ modes: ['virtual'] })).toEqual(['Job support network']);
		expect(await names({ accessibility: ['wheelchair'] })).toEqual([
			'English classes for adults',
			'French as a second language classes'
		]);
		expect(await names({ accessibility: ['wheelchair', 'elevator'] })).toEqual(['French as a second language classes']);
		expect(await names({ q: 'cours', languages: ['en'] })).toEqual(['English classes for adults']);
	});

	it('tells open now in each location’s own time zone', async () => {
		expect(await names({ openNow: true, now: tuesdayNoon })).toEqual([
			'Employment and careers',
			'French as a second language classes'
		]);
		expect(await names({ openNow: true, now: tuesdayEvening })).toEqual(['Employment and careers']);
		expect(await names({ openNow: true, now: tuesdayNight })).toEqual([]);
		const hits = (await search({ now: tuesdayEvening, pageSize: 100 })).hits;
		const byName = new Map(hits.map((h) => [h.name.en, h.openNow]));
		expect(byName.get('French as a second language classes')).toBe(false);
		expect(byName.get('Employment and careers')).toBe(true);
		expect(byName.get('Job support network')).toBeNull();
		// Saturday 15:00 UTC = 10:00 in Toronto: the Belleville housing desk opens.
		expect(await names({ openNow: true, now: new Date('2026-12-05T15:00:00Z') })).toEqual(['Housing search help']);
	});

	it('searches within a radius and sorts by distance', async () => {
		const near = await search({ near: { ...london, radiusKm: 30 }, sort: 'distance' });
		expect(near.hits.map((h) => h.name.en)).toEqual([
			'French as a second language classes',
			'English classes for adults',
			'Employment and careers'
		]);
		expect(near.hits[0].distanceKm).toBe(0);
		expect(near.hits[2].distanceKm).toBeGreaterThan(20);
		expect(near.hits[2].distanceKm).toBeLessThan(30);
		const close = await names({ near: { ...london, radiusKm: 3 } });
		expect(close).toEqual(['French as a second language classes']);
		const far = await search({ near: { ...belleville, radiusKm: 10 }, q: 'logement' });
		expect(far.hits.map((h) => h.name.en)).toEqual(['Housing search help']);
		expect(far.hits[0].address).toEqual({ line: '100 Main Street', city: 'Belleville', postalCode: 'N0N 0N0' });
	});

	it('sorts by name in the chosen language, accents ignored', async () => {
		const fr = (await search({ sort: 'name', lang: 'fr' })).hits.map((h) => h.name.fr);
		expect(fr).toEqual([
			'Aide à la recherche de logements',
			'Cours d’anglais pour adultes',
			'Cours de français langue seconde',
			'Emploi et carrière',
			'Réseau de soutien en emploi'
		]);
		const en = (await search({ sort: 'name', lang: 'en' })).hits.map((h) => h.name.en);
		expect(en).toEqual([...en].sort((x, y) => x.localeCompare(y)));
	});

	it('ranks the best match first and marks stale listings', async () => {
		const results = await search({ q: 'emploi' });
		expect(results.hits[0].name.fr).toBe('Emploi et carrière');
		const byName = new Map(results.hits.map((h) => [h.name.en, h]));
		expect(byName.get('Employment and careers')?.stale).toBe(true);
		const french = (await search({ q: 'cours de français' })).hits[0];
		expect(french.name.en).toBe('French as a second language classes');
		expect(french.stale).toBe(false);
		expect(french.categories.map((c) => c.code)).toEqual(['french_classes']);
		expect(french.languages.sort()).toEqual(['ar', 'fr']);
		expect(french.free).toBe(true);
		expect(french.summary.fr).toBe('Des cours gratuits pour adultes, le jour ou le soir.');
	});

	it('counts facets, each without its own filter', async () => {
		const all = await search({ facets: true });
		const facets = all.facets!;
		const count = (list: { value: string; count: number }[], value: string) =>
			list.find((f) => f.value === value)?.count;
		expect(count(facets.categories, terms.get('language_training')!)).toBe(2);
		expect(count(facets.categories, terms.get('employment')!)).toBe(2);
		expect(facets.categories.find((f) => f.value === terms.get('housing'))?.label?.en).toBe('Housing');
		expect(count(facets.languages, 'en')).toBe(3);
		expect(count(facets.languages, 'fr')).toBe(2);
		expect(facets.languages.some((f) => f.value.includes('-'))).toBe(false);
		expect(count(facets.modes, 'virtual')).toBe(1);
		expect(count(facets.accessibility, 'wheelchair')).toBe(2);
		expect(facets.free).toBe(1);
		expect(facets.french).toBe(2);
		expect(facets.interpretation).toBe(1);
		// With a language chosen, the language facet still counts the other languages…
		const spanish = (await search({ languages: ['es'], facets: true })).facets!;
		expect(count(spanish.languages, 'fr')).toBe(2);
		// …while the other facets count only Spanish-speaking hits.
		expect(count(spanish.categories, terms.get('housing')!)).toBe(1);
		expect(count(spanish.categories, terms.get('employment')!)).toBeUndefined();
		expect(spanish.free).toBe(0);
	});

	it('returns map points for the matching located hits', async () => {
		const results = await search({ q: 'cours', points: true });
		expect(results.points?.map((p) => p.serviceAtLocationId).sort()).toEqual([ids.english_sal, ids.french_sal].sort());
		// Each point says where it is (one service at several places), and the list follows the
		// page's language, as the numbered pins do.
		expect(results.points?.every((p) => /, London$/.test(p.place))).toBe(true);
		for (const lang of ['fr', 'en'] as const) {
			const names = (await search({ q: 'cours', points: true, lang })).points?.map((p) => p.name[lang].toLowerCase());
			expect(names).toEqual([...(names ?? [])].sort((a, b) => a.localeCompare(b, lang)));
		}
	});

	it('pages through the results', async () => {
		const first = await search({ sort: 'name', pageSize: 2, page: 1 });
		const second = await search({ sort: 'name', pageSize: 2, page: 2 });
		const third = await search({ sort: 'name', pageSize: 2, page: 3 });
		const beyond = await search({ sort: 'name', pageSize: 2, page: 9 });
		expect([first.total, second.total, third.total, beyond.total]).toEqual([5, 5, 5, 5]);
		expect([first.hits.length, second.hits.length, third.hits.length, beyond.hits.length]).toEqual([2, 2, 1, 0]);
		const seen = [...first.hits, ...second.hits, ...third.hits].map((h) => h.serviceId);
		expect(new Set(seen).size).toBe(5);
		expect((await search({ pageSize: 1000 })).pageSize).toBe(100);
	});

	it('keeps partnerships apart', async () => {
		expect(await names({ q: 'logement abordable' })).toEqual([]);
		const other = await searchServices(t.ctx.db, b, { lang: 'fr', q: 'logement' });
		expect(other.hits.map((h) => h.name.en)).toEqual(['Affordable housing B']);
	});

	it('follows a partial refresh: renamed, deactivated, reactivated', async () => {
		const db = t.ctx.db;
		await sql`update service set name_fr = 'Ateliers de français', name_en = 'French workshops' where id = ${ids.french}`.execute(
			db
		);
		await refreshServiceSearch(db, a, [ids.french]);
		expect(await names({ q: 'ateliers' })).toEqual(['French workshops']);
		await sql`update service set status = 'inactive' where id = ${ids.french}`.execute(db);
		await refreshServiceSearch(db, a, [ids.french]);
		expect(await names({ q: 'ateliers' })).toEqual([]);
		await sql`update service set status = 'active', name_fr = 'Cours de français langue seconde',
			name_en = 'French as a second language classes' where id = ${ids.french}`.execute(db);
		await db.transaction().execute((trx) => refreshServiceSearch(trx, a, [ids.french]));
		expect((await search({})).total).toBe(5);
	});

	it('survives hostile input: results or a validation error, never an exception', async () => {
		for (const q of [
			"'; drop table service; --",
			'%_\\',
			'"unclosed',
			'!!! & | <-> :*',
			'a\u0000b',
			'x'.repeat(10_000)
		]) {
			const results = await search({ q });
			expect(results.total).toBeGreaterThanOrEqual(0);
		}
		await search({ categories: ["'; drop table x", ''], languages: ['%'], near: { lat: 95, lon: 500, radiusKm: -4 } });
		expect((await search({})).total).toBe(5);
		const long = parseSearchParams(new URLSearchParams({ q: 'x'.repeat(10_000) }), 'fr');
		expect(long.ok).toBe(false);
		const drop = parseSearchParams(new URLSearchParams({ q: "'; drop table service; --" }), 'fr');
		expect(drop.ok).toBe(true);
		if (drop.ok) expect((await searchServices(t.ctx.db, a, drop.value)).total).toBe(0);
	});

	it('logs searches anonymously and counts them in the insights', async () => {
		const db = t.ctx.db;
		const columns = await sql<{ column_name: string }>`
			select column_name from information_schema.columns where table_name = 'directory_search_log'`.execute(db);
		expect(columns.rows.map((c) => c.column_name).sort()).toEqual(
			['area', 'filters', 'id', 'lang', 'normalized_q', 'partnership_id', 'q', 'result_count', 'searched_at'].sort()
		);
		const at = new Date('2026-11-20T15:00:00Z');
		const query: SearchQuery = { lang: 'fr', q: 'Logement', languages: ['es'], near: { ...london, radiusKm: 10 } };
		await logSearch(db, a, { lang: 'fr', q: 'Logement', filters: filtersOf(query), resultCount: 1, area: 'N6A', at });
		await logSearch(db, a, { lang: 'ar', q: '  logement ', resultCount: 3, at });
		await logSearch(db, a, { lang: 'en', q: 'Dentiste gratuit', resultCount: 0, at });
		await logSearch(db, a, { lang: 'en', q: 'dentiste  GRATUIT', filters: { free: true }, resultCount: 0, at });
		await logSearch(db, a, { lang: 'xx', q: 'hors période', resultCount: 0, at: new Date('2026-09-01T12:00:00Z') });
		await logSearch(db, b, { lang: 'fr', q: 'logement', resultCount: 5, at });
		const stored = await sql<{ filters: unknown }>`select filters from directory_search_log where partnership_id = ${a}
			and q = 'Logement'`.execute(db);
		const filters = (
			typeof stored.rows[0].filters === 'string' ? JSON.parse(stored.rows[0].filters) : stored.rows[0].filters
		) as Record<string, unknown>;
		expect(filters).toEqual({ languages: ['es'], radiusKm: 10 });
		expect(JSON.stringify(filters)).not.toContain(String(london.lat));

		const insights = await searchInsights(db, a, { from: '2026-11-01', to: '2026-11-30' });
		expect(insights.total).toBe(4);
		expect(insights.zeroResults).toBe(2);
		expect(insights.topSearches).toEqual([
			{ term: 'dentiste gratuit', count: 2, averageResults: 0 },
			{ term: 'logement', count: 2, averageResults: 2 }
		]);
		expect(insights.zeroResultSearches.map((r) => [r.term, r.count])).toEqual([['dentiste gratuit', 2]]);
		expect(insights.byLanguage).toEqual([
			{ lang: 'en', count: 2, zeroResults: 2 },
			{ lang: 'ar', count: 1, zeroResults: 0 },
			{ lang: 'fr', count: 1, zeroResults: 0 }
		]);
		expect(insights.byFilter).toEqual([
			{ filter: 'free', count: 1, zeroResults: 1 },
			{ filter: 'languages', count: 1, zeroResults: 0 },
			{ filter: 'radiusKm', count: 1, zeroResults: 0 }
		]);
		const september = await searchInsights(db, a, { from: '2026-09-01', to: '2026-09-30' });
		expect(september.total).toBe(1);
		expect(september.byLanguage).toEqual([{ lang: 'fr', count: 1, zeroResults: 1 }]);
	});
});
