/**
 * `npm run bench:search`: the directory search at Ontario scale, on each engine.
 * Builds 100,000 bilingual services spread over real Ontario towns (SQL generate_series; then the
 * search refresh), measures the raw SQL of the search (the floor), then starts the real server
 * (scripts/server.ts on build/) and measures GET /api/directory/{slug}/search — keyword + radius +
 * category + language, 20 results: p50/p95 one client at a time, then throughput with concurrent
 * clients on loopback. Prints one line per engine:
 *   bench:search engine=… services=100000 p50_ms=… p95_ms=… rps=… sql_p95_ms=…
 * Set BENCH_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres) to include
 * PostgreSQL; BENCH_VERBOSE=1 prints timings of each step and the query plan. Holds the CPU:
 * run it alone (`flock /tmp/passerelle-e2e.lock npm run bench:search`, it may build the app).
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase } from '#lib/server/db/engine.ts';
import { migrate } from '#lib/server/db/migrate.ts';
import type { DB } from '#lib/server/db/schema.ts';
import { ensureDirectoryTaxonomy } from '#lib/server/directory/taxonomy.ts';
import { refreshServiceSearch } from '#lib/server/directory/search-index.ts';
import { searchQueryToParams, searchStatement } from '#lib/server/directory/search.ts';
import type { SearchQuery } from '#lib/server/directory/search-types.ts';
import buildOnce from '../tests/support/build-once.ts';
import { startServer } from '../tests/support/server.ts';

// BENCH_SERVICES: a smaller data set while developing the benchmark itself.
const services = Number(process.env.BENCH_SERVICES) || 100_000;
const slug = 'bench-ontario';
const verbose = process.env.BENCH_VERBOSE === '1';
const note = (message: string) => verbose && console.error(`  ${message}`);

// Real Ontario towns; the big cities repeat so services follow the population roughly.
const towns: [string, number, number, string][] = [
	['Toronto', 43.6532, -79.3832, 'M5V'],
	['Toronto', 43.7001, -79.4163, 'M4S'],
	['Toronto', 43.7615, -79.4111, 'M2N'],
	['Toronto', 43.6426, -79.5301, 'M9B'],
	['Scarborough', 43.7764, -79.2318, 'M1P'],
	['Ottawa', 45.4215, -75.6972, 'K1P'],
	['Ottawa', 45.3478, -75.7588, 'K2G'],
	['Ottawa', 45.4366, -75.6107, 'K1J'],
	['Mississauga', 43.589, -79.6441, 'L5B'],
	['Mississauga', 43.5448, -79.6609, 'L5L'],
	['Brampton', 43.7315, -79.7624, 'L6V'],
	['Brampton', 43.6832, -79.7271, 'L6T'],
	['Hamilton', 43.2557, -79.8711, 'L8P'],
	['Hamilton', 43.2301, -79.8412, 'L9A'],
	['London', 42.9849, -81.2453, 'N6A'],
	['London', 42.9511, -81.2141, 'N6C'],
	['Markham', 43.8561, -79.337, 'L3P'],
	['Vaughan', 43.8372, -79.5083, 'L4L'],
	['Kitchener', 43.4516, -80.4925, 'N2G'],
	['Windsor', 42.3149, -83.0364, 'N9A'],
	['Richmond Hill', 43.8828, -79.4403, 'L4C'],
	['Oakville', 43.4675, -79.6877, 'L6J'],
	['Burlington', 43.3255, -79.799, 'L7R'],
	['Oshawa', 43.8971, -78.8658, 'L1H'],
	['Barrie', 44.3894, -79.6903, 'L4M'],
	['St. Catharines', 43.1594, -79.2469, 'L2R'],
	['Cambridge', 43.3616, -80.3144, 'N1R'],
	['Guelph', 43.5448, -80.2482, 'N1H'],
	['Kingston', 44.2312, -76.486, 'K7L'],
	['Waterloo', 43.4643, -80.5204, 'N2J'],
	['Thunder Bay', 48.3809, -89.2477, 'P7B'],
	['Sudbury', 46.4917, -80.993, 'P3E'],
	['Peterborough', 44.3091, -78.3197, 'K9J'],
	['Sarnia', 42.9745, -82.4066, 'N7T'],
	['Belleville', 44.1628, -77.3832, 'K8N'],
	['Sault Ste. Marie', 46.5219, -84.3461, 'P6A'],
	['Niagara Falls', 43.0896, -79.0849, 'L2E'],
	['North Bay', 46.3091, -79.4608, 'P1B'],
	['Cornwall', 45.0213, -74.7303, 'K6H'],
	['Brantford', 43.1394, -80.2644, 'N3T'],
	['Chatham', 42.4048, -82.191, 'N7M'],
	['Woodstock', 43.1315, -80.7467, 'N4S'],
	['St. Thomas', 42.7788, -81.1927, 'N5P'],
	['Timmins', 48.4758, -81.3305, 'P4N'],
	['Orillia', 44.6082, -79.4197, 'L3V'],
	['Stratford', 43.37, -80.9822, 'N5A'],
	['Welland', 42.9922, -79.2483, 'L3B'],
	['Hawkesbury', 45.6076, -74.6051, 'K6A'],
	['Kapuskasing', 49.4169, -82.4331, 'P5N'],
	['Hearst', 49.6868, -83.6654, 'P0L'],
	['Owen Sound', 44.569, -80.9406, 'N4K'],
	['Pembroke', 45.826, -77.1101, 'K8A'],
	['Quinte West', 44.183, -77.566, 'K8V'],
	['Strathroy', 42.9558, -81.6224, 'N7G']
];

// Leaf categories of the shipped taxonomy with realistic service names and descriptions.
const kinds: [string, string, string, string, string][] = [
	[
		'english_classes',
		'Cours d’anglais langue seconde',
		'English as a second language classes',
		'Cours d’anglais gratuits pour adultes nouvellement arrivés, du niveau débutant au niveau avancé.',
		'Free English classes for adult newcomers, from beginner to advanced levels.'
	],
	[
		'french_classes',
		'Cours de français',
		'French classes',
		'Apprendre le français pour la vie quotidienne et le travail, en classe ou en ligne.',
		'Learn French for daily life and work, in class or online.'
	],
	[
		'language_assessment',
		'Évaluation linguistique',
		'Language assessment',
		'Évaluation de vos compétences en anglais ou en français pour choisir le bon cours.',
		'An assessment of your English or French skills to choose the right class.'
	],
	[
		'job_search',
		'Aide à la recherche d’emploi',
		'Job search help',
		'Préparer votre CV, vos entrevues et trouver un emploi dans votre domaine.',
		'Prepare your résumé and interviews and find a job in your field.'
	],
	[
		'credential_recognition',
		'Reconnaissance des titres de compétences',
		'Credential recognition',
		'Faire reconnaître vos diplômes et votre expérience de travail étrangers.',
		'Get your foreign degrees and work experience recognized.'
	],
	[
		'mentoring',
		'Mentorat professionnel',
		'Professional mentoring',
		'Un mentor de votre profession vous aide à bâtir votre réseau au Canada.',
		'A mentor in your profession helps you build your network in Canada.'
	],
	[
		'housing',
		'Aide au logement',
		'Housing help',
		'Trouver un appartement, comprendre votre bail et vos droits de locataire.',
		'Find an apartment and understand your lease and your rights as a tenant.'
	],
	[
		'primary_care',
		'Clinique de santé communautaire',
		'Community health clinic',
		'Soins de santé primaires avec ou sans carte santé, infirmières et médecins.',
		'Primary health care with or without a health card, nurses and doctors.'
	],
	[
		'mental_health',
		'Soutien en santé mentale',
		'Mental health support',
		'Counselling individuel et de groupe, dans votre langue, confidentiel.',
		'Individual and group counselling, in your language, confidential.'
	],
	[
		'child_care',
		'Garde d’enfants',
		'Child care',
		'Garde des enfants pendant les cours de langue des parents.',
		'Child minding while parents attend language classes.'
	],
	[
		'needs_assessment_referral',
		'Évaluation des besoins et aiguillage',
		'Needs assessment and referral',
		'Un intervenant en établissement fait le point avec vous et vous dirige vers les bons services.',
		'A settlement worker reviews your needs with you and refers you to the right services.'
	],
	[
		'information_orientation',
		'Information et orientation',
		'Information and orientation',
		'Séances d’information sur la vie au Canada : banques, impôts, transport, écoles.',
		'Information sessions on life in Canada: banking, taxes, transit, schools.'
	],
	[
		'community_connections',
		'Liens communautaires',
		'Community connections',
		'Activités, jumelage et bénévolat pour rencontrer des gens de votre quartier.',
		'Activities, matching and volunteering to meet people in your neighbourhood.'
	],
	[
		'legal',
		'Aide juridique',
		'Legal help',
		'Renseignements juridiques gratuits sur l’immigration, le logement et le travail.',
		'Free legal information on immigration, housing and work.'
	],
	[
		'food',
		'Banque alimentaire',
		'Food bank',
		'Paniers d’épicerie et repas communautaires chaque semaine.',
		'Grocery hampers and community meals every week.'
	],
	[
		'youth',
		'Programme jeunesse',
		'Youth program',
		'Aide aux devoirs, sports et leadership pour les jeunes nouveaux arrivants.',
		'Homework help, sports and leadership for newcomer youth.'
	]
];
const flavours: [string, string][] = [
	['', ''],
	['pour adultes', 'for adults'],
	['pour les femmes', 'for women'],
	['du soir', 'evening sessions'],
	['en ligne', 'online'],
	['intensif', 'intensive'],
	['pour les jeunes', 'for youth'],
	['pour les aînés', 'for seniors']
];
const orgKinds: [string, string][] = [
	['Centre communautaire', 'Community Centre'],
	['Services aux immigrants', 'Immigrant Services'],
	['Centre d’accueil des nouveaux arrivants', 'Newcomer Welcome Centre'],
	['Conseil multiculturel', 'Multicultural Council'],
	['Bibliothèque publique', 'Public Library'],
	['Centre de santé communautaire', 'Community Health Centre'],
	['Association des femmes immigrantes', 'Immigrant Women’s Association'],
	['Collège communautaire', 'Community College']
];
const languagePool = ['ar', 'es', 'zh', 'pa', 'tl', 'uk', 'fa', 'so', 'ur', 'ta', 'pt', 'hi'];

/** The benchmarked searches: keyword + radius + category + language, 20 results. */
const queries: SearchQuery[] = [
	['emploi', 'employment', 'ar', 14],
	['cours d’anglais', 'language_training', 'es', 0],
	['logement', 'housing', 'zh', 5],
	['santé', 'health', 'pa', 10],
	['job', 'employment', 'uk', 12],
	['english classes', 'language_training', 'fa', 8]
].map(([q, category, language, town]) => ({
	lang: 'fr',
	q: q as string,
	categories: [category as string],
	languages: [language as string],
	near: { lat: towns[town as number][1], lon: towns[town as number][2], radiusKm: 25 },
	pageSize: 20
}));

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function generate(db: Kysely<DB>): Promise<string> {
	const partnership = await sql<{ id: string }>`
		insert into partnership (slug, name_fr, name_en) values (${slug}, 'Ontario (banc d’essai)', 'Ontario (benchmark)')
		returning id`.execute(db);
	const p = partnership.rows[0].id;
	const { termIds } = await ensureDirectoryTaxonomy(db, p);
	await db.transaction().execute(async (trx) => {
		await sql`create temporary table bench_town (i int primary key, name text, lat float8, lon float8, fsa text)
			on commit drop`.execute(trx);
		await sql`insert into bench_town
			select t.i, t.name, t.lat, t.lon, t.fsa
			from unnest(${towns.map((t) => t[0])}::text[], ${towns.map((t) => t[1])}::float8[],
				${towns.map((t) => t[2])}::float8[], ${towns.map((t) => t[3])}::text[])
				with ordinality as t(name, lat, lon, fsa, i)`.execute(trx);
		await sql`create temporary table bench_kind (i int primary key, term_id uuid, fr text, en text, dfr text, den text)
			on commit drop`.execute(trx);
		await sql`insert into bench_kind
			select k.i, k.term_id, k.fr, k.en, k.dfr, k.den
			from unnest(${kinds.map((k) => termIds.get(k[0])!)}::uuid[], ${kinds.map((k) => k[1])}::text[],
				${kinds.map((k) => k[2])}::text[], ${kinds.map((k) => k[3])}::text[], ${kinds.map((k) => k[4])}::text[])
				with ordinality as k(term_id, fr, en, dfr, den, i)`.execute(trx);
		// 2,000 organizations, each in one town.
		await sql`create temporary table bench_org (i int primary key, id uuid, town int) on commit drop`.execute(trx);
		await sql`insert into bench_org
			select g, gen_random_uuid(), (g % ${towns.length}) + 1 from generate_series(1, 2000) g`.execute(trx);
		await sql`insert into organization (id, partnership_id, name_fr, name_en, sector, is_member)
			select o.id, ${p}::uuid, k.fr || ' de ' || t.name || ' ' || o.i, k.en || ' of ' || t.name || ' ' || o.i,
				'settlement', o.i % 10 = 0
			from bench_org o join bench_town t on t.i = o.town
			join unnest(${orgKinds.map((k) => k[0])}::text[], ${orgKinds.map((k) => k[1])}::text[])
				with ordinality as k(fr, en, i) on k.i = (o.i % ${orgKinds.length}) + 1`.execute(trx);
		// The services: kind, flavour, organization (and so town) from hashes of the row number.
		await sql`create temporary table bench_svc on commit drop as
			select g, gen_random_uuid() as id, case when g % 10 = 0 then null else gen_random_uuid() end as location_id,
				(abs(hashint4(g)) % 2000) + 1 as org, (abs(hashint4(g + 1000003)) % ${kinds.length}) + 1 as kind,
				(abs(hashint4(g + 2000003)) % ${flavours.length}) + 1 as flavour,
				abs(hashint4(g + 3000003)) % 1000 as r1, abs(hashint4(g + 4000003)) % 1000 as r2
			from generate_series(1, ${services}) g`.execute(trx);
		await sql`insert into service (id, partnership_id, organization_id, name_fr, name_en, description_fr, description_en,
				eligible_statuses, delivery_modes, free_of_charge, minimum_age, maximum_age, assured_date)
			select s.id, ${p}::uuid, o.id, btrim(k.fr || ' ' || f.fr), btrim(k.en || ' ' || f.en),
				k.dfr || ' Offert à ' || t.name || '.', k.den || ' Offered in ' || t.name || '.',
				case when s.r1 % 5 = 0 then '{permanent_resident,protected_person}'::text[] else '{}' end,
				case when s.location_id is null then '{virtual,phone}'::text[]
					when s.r1 % 7 = 0 then '{in_person,virtual}'::text[] else '{in_person}'::text[] end,
				s.r1 % 3 <> 0,
				case when f.i = 7 then 15 when f.i = 2 then 18 end, case when f.i = 7 then 30 end,
				case when s.r2 % 4 = 0 then null else date '2026-11-30' - (s.r2 % 700) end
			from bench_svc s
			join bench_org o on o.i = s.org
			join bench_town t on t.i = o.town
			join bench_kind k on k.i = s.kind
			join unnest(${flavours.map((f) => f[0])}::text[], ${flavours.map((f) => f[1])}::text[])
				with ordinality as f(fr, en, i) on f.i = s.flavour`.execute(trx);
		await sql`insert into attribute (partnership_id, link_id, link_entity, taxonomy_term_id)
			select ${p}::uuid, s.id, 'service', k.term_id from bench_svc s join bench_kind k on k.i = s.kind
			union all
			select ${p}::uuid, s.id, 'service', k.term_id from bench_svc s join bench_kind k on k.i = (s.r2 % ${kinds.length}) + 1
			where s.r2 % 4 = 1 and k.i <> s.kind`.execute(trx);
		await sql`insert into language (partnership_id, service_id, code, via_interpreter)
			select ${p}::uuid, s.id, 'en', false from bench_svc s where s.r1 % 10 <> 0
			union all
			select ${p}::uuid, s.id, 'fr', false from bench_svc s where s.r1 % 10 = 0 or s.r1 % 6 = 1
			union all
			select ${p}::uuid, s.id, l.code, s.r1 % 11 = 0
			from bench_svc s
			cross join lateral (select (${languagePool}::text[])[(abs(hashint4(s.g * 7 + n)) % ${languagePool.length}) + 1] as code
				from generate_series(1, 1 + s.r2 % 3) as n) as l
			group by s.id, l.code, s.r1`.execute(trx);
		await sql`insert into location (id, partnership_id, organization_id, name_fr, name_en, latitude, longitude)
			select s.location_id, ${p}::uuid, o.id, t.name, t.name,
				t.lat + ((abs(hashint4(s.g + 5000003)) % 1000) - 500) / 10000.0,
				t.lon + ((abs(hashint4(s.g + 6000003)) % 1000) - 500) / 7000.0
			from bench_svc s join bench_org o on o.i = s.org join bench_town t on t.i = o.town
			where s.location_id is not null`.execute(trx);
		await sql`insert into address (partnership_id, location_id, address_1, city, postal_code)
			select ${p}::uuid, s.location_id, (s.g % 2000 + 1) || ' ' || (array['Main Street', 'King Street', 'Queen Street',
				'Dundas Street', 'rue Principale', 'Wellington Street'])[s.g % 6 + 1], t.name,
				t.fsa || ' ' || (s.g % 9 + 1) || chr(65 + s.g % 26) || (s.g % 10)
			from bench_svc s join bench_org o on o.i = s.org join bench_town t on t.i = o.town
			where s.location_id is not null`.execute(trx);
		await sql`insert into service_at_location (partnership_id, service_id, location_id)
			select ${p}::uuid, s.id, s.location_id from bench_svc s where s.location_id is not null`.execute(trx);
		await sql`insert into schedule (partnership_id, location_id, freq, byday, opens_at, closes_at)
			select ${p}::uuid, s.location_id, 'WEEKLY', case when s.r2 % 5 = 0 then 'MO,WE,SA' else 'MO,TU,WE,TH,FR' end,
				time '08:30' + (s.r1 % 3) * interval '30 minutes', time '16:30' + (s.r2 % 4) * interval '1 hour'
			from bench_svc s where s.location_id is not null and s.r1 % 10 < 7`.execute(trx);
		await sql`insert into accessibility (partnership_id, location_id, feature)
			select ${p}::uuid, s.location_id, f.feature
			from bench_svc s, unnest(array['wheelchair', 'accessible_washroom', 'elevator']) with ordinality as f(feature, i)
			where s.location_id is not null and s.r2 % (f.i::int + 1) = 0`.execute(trx);
	});
	return p;
}

async function run(engine: 'pglite' | 'postgresql') {
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-search-'));
	let dbName: string | null = null;
	let databaseUrl: string | undefined;
	if (engine === 'postgresql') {
		dbName = `bench_search_${process.pid}`;
		const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
		await admin.connect();
		await admin.query(`drop database if exists ${dbName}`);
		await admin.query(`create database ${dbName}`);
		await admin.end();
		const url = new URL(process.env.BENCH_DATABASE_URL!);
		url.pathname = `/${dbName}`;
		databaseUrl = url.toString();
	}
	try {
		// 1. Data, built in the database itself, then the search rows.
		const database = await openDatabase({ databaseUrl, dataDir, poolMax: 2 });
		await migrate(database.db);
		let started = performance.now();
		const partnershipId = await generate(database.db);
		note(`${engine}: generated ${services} services in ${Math.round(performance.now() - started)} ms`);
		started = performance.now();
		await database.db.transaction().execute((trx) => refreshServiceSearch(trx, partnershipId));
		await sql`analyze`.execute(database.db);
		const rows = await sql<{ n: number }>`select count(*) as n from service_search`.execute(database.db);
		note(`${engine}: search refresh of ${rows.rows[0].n} rows in ${Math.round(performance.now() - started)} ms`);

		// 2. The SQL floor: the very statements searchServices runs, straight on the driver.
		const compiled = queries.map((q) => searchStatement(partnershipId, q).statement.compile(database.db));
		const counts: number[] = [];
		for (const c of compiled) {
			const r = await database.pool.query(c.sql, [...c.parameters]);
			counts.push(Number(r.rows[0]?.total ?? 0));
		}
		note(`${engine}: totals per query ${counts.join(', ')}`);
		if (verbose) {
			const plan = await database.pool.query(`explain (analyze, buffers) ${compiled[0].sql}`, [
				...compiled[0].parameters
			]);
			console.error(plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
		}
		for (let i = 0; i < 30; i++)
			await database.pool.query(compiled[i % compiled.length].sql, [...compiled[i % compiled.length].parameters]);
		const sqlTimes: number[] = [];
		for (let i = 0; i < 300; i++) {
			const c = compiled[i % compiled.length];
			const t0 = performance.now();
			await database.pool.query(c.sql, [...c.parameters]);
			sqlTimes.push(performance.now() - t0);
		}
		await database.close();

		// 3. The real server over this database, and its search API.
		buildOnce();
		const server = await startServer({
			DATA_DIR: dataDir,
			...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
			DEMO_DATA: 'off',
			JOBS: 'off'
		});
		try {
			const paths = queries.map(
				(q) => `/api/directory/${slug}/search?${searchQueryToParams(q, { lang: true }).toString()}`
			);
			const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
			const get = (path: string) =>
				new Promise<number>((resolve, reject) => {
					const t0 = performance.now();
					http
						.get({ host: '127.0.0.1', port: server.port, path, agent }, (res) => {
							if (res.statusCode !== 200) reject(new Error(`${path} → ${res.statusCode}`));
							res.resume();
							res.on('end', () => resolve(performance.now() - t0));
						})
						.on('error', reject);
				});
			for (let i = 0; i < 60; i++) await get(paths[i % paths.length]); // warm-up
			const latencies: number[] = [];
			for (let i = 0; i < 300; i++) latencies.push(await get(paths[i % paths.length]));
			// Throughput: concurrent clients, a bounded number of requests in all.
			const clients = engine === 'postgresql' ? 8 : 4;
			const total = engine === 'postgresql' ? 3000 : 1000;
			let next = 0;
			const t0 = performance.now();
			await Promise.all(
				Array.from({ length: clients }, async () => {
					while (next < total) await get(paths[next++ % paths.length]);
				})
			);
			const rps = total / ((performance.now() - t0) / 1000);
			agent.destroy();
			const f = (n: number) => n.toFixed(2);
			note(`${engine}: sql_p50_ms=${f(percentile(sqlTimes, 50))} api_max_ms=${f(Math.max(...latencies))}`);
			console.log(
				`bench:search engine=${engine} services=${services} p50_ms=${f(percentile(latencies, 50))} p95_ms=${f(percentile(latencies, 95))} rps=${Math.round(rps)} sql_p95_ms=${f(percentile(sqlTimes, 95))}`
			);
		} finally {
			await server.stop();
		}
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
		if (dbName) {
			const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
			await admin.connect();
			await admin.query(`drop database if exists ${dbName} with (force)`);
			await admin.end();
		}
	}
}

if (import.meta.main) {
	await run('pglite');
	if (process.env.BENCH_DATABASE_URL) await run('postgresql');
}
