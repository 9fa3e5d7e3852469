import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../../tests/support/engines.ts';
import type { Actor } from '../../accounts/types.ts';
import { projectRoot } from '../../paths.ts';
import { createPartnership } from '../../tenancy/partnerships.ts';
import { seedPartnershipDemo } from '../../partnership/demo.ts';
import { seedDirectoryDemo } from '../demo.ts';
import { ensureDirectoryTaxonomy } from '../taxonomy.ts';
import {
	apiRoot,
	getOrganization,
	getService,
	getServiceAtLocation,
	listOrganizations,
	listQuery,
	listServiceAtLocations,
	listServices,
	listTaxonomies,
	listTaxonomyTerms
} from './api.ts';
import { exportHsdsCsv, exportHsdsJson, unzipStore, zipStore } from './export.ts';
import { countDirectoryRows, importHsds, type ImportReport } from './import.ts';
import type { SourceRow } from './nest.ts';
import { hsdsValidator } from './validate.ts';
import { csvFilesFromWorkbook, workbookFromCsvFiles } from './workbook.ts';

const shared = join(projectRoot, '..', 'shared', 'hsds', '3.1');
const exampleDir = join(shared, 'examples', 'csv');
const validator = hsdsValidator(join(shared, 'schema'));

function exampleFiles(): Record<string, string> {
	return Object.fromEntries(
		readdirSync(exampleDir)
			.filter((f) => f.endsWith('.csv') || f.endsWith('.json'))
			.map((f) => [f, readFileSync(join(exampleDir, f), 'utf8')])
	);
}

/** Sorts arrays of objects by id and object keys, so two exports compare regardless of order. */
function normalized(value: unknown, drop: string[] = []): unknown {
	if (Array.isArray(value)) {
		const items = value.map((v) => normalized(v, drop));
		return items.sort((a, b) => {
			const ka = JSON.stringify(a);
			const kb = JSON.stringify(b);
			return ka < kb ? -1 : ka > kb ? 1 : 0;
		});
	}
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value as Record<string, unknown>)
				.filter(([key]) => !drop.includes(key))
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([key, v]) => [key, normalized(v, drop)])
		);
	}
	return value;
}

const errorsOf = (r: ImportReport) => r.issues.filter((i) => i.severity === 'error');

/** A bilingual sample directory written through the import (explicit _fr/_en columns). */
function sampleRows(orgId: string, termId: string): SourceRow[] {
	const s1 = 'aaaaaaaa-0000-4000-8000-000000000001';
	const s2 = 'aaaaaaaa-0000-4000-8000-000000000002';
	const l1 = 'bbbbbbbb-0000-4000-8000-000000000001';
	const row = (table: SourceRow['table'], data: Record<string, unknown>, i: number): SourceRow => ({
		table,
		where: `sample:${i}`,
		data
	});
	return [
		row(
			'organization',
			{
				id: orgId,
				name_fr: 'Centre d’accueil',
				name_en: 'Welcome Centre',
				description_fr: 'Accueil',
				description_en: '',
				email: 'info@example.org',
				website: 'https://welcome.example.org'
			},
			1
		),
		row(
			'location',
			{
				id: l1,
				organization_id: orgId,
				name_fr: 'Bureau principal',
				name_en: 'Main office',
				latitude: 42.9849,
				longitude: -81.2453,
				time_zone: 'America/Toronto'
			},
			2
		),
		row(
			'address',
			{
				id: 'cccccccc-0000-4000-8000-000000000001',
				location_id: l1,
				address_1: '123 rue Dundas',
				city: 'London',
				state_province: 'ON',
				postal_code: 'N6A 1G2',
				country: 'CA'
			},
			3
		),
		row(
			'service',
			{
				id: s1,
				organization_id: orgId,
				name_fr: 'Cours de langue',
				name_en: 'Language classes',
				description_fr: 'Cours de français et d’anglais.',
				description_en: 'French and English classes.',
				status: 'active',
				eligible_statuses: 'permanent_resident,protected_person',
				delivery_modes: 'in_person,virtual',
				free_of_charge: true,
				assured_date: '2026-06-01',
				last_modified: '2026-06-02T10:00:00.000Z'
			},
			4
		),
		row(
			'service',
			{
				id: s2,
				organization_id: orgId,
				name_fr: 'Aide à l’emploi',
				name_en: '',
				description_fr: 'Seulement en français.',
				url: 'www.emploi.example.org/aide',
				email: 'écrire au bureau',
				status: 'active',
				minimum_age: 18
			},
			5
		),
		row('service_at_location', { id: 'dddddddd-0000-4000-8000-000000000001', service_id: s1, location_id: l1 }, 6),
		row('service_at_location', { id: 'dddddddd-0000-4000-8000-000000000002', service_id: s2, location_id: l1 }, 7),
		row(
			'phone',
			{
				id: 'eeeeeeee-0000-4000-8000-000000000001',
				service_id: s1,
				number: '519-555-0100',
				description_fr: 'Accueil',
				description_en: 'Front desk'
			},
			8
		),
		row(
			'language',
			{ id: 'ffffffff-0000-4000-8000-000000000001', service_id: s1, code: 'ar', name: 'Arabic', via_interpreter: true },
			9
		),
		row(
			'schedule',
			{
				id: 'abababab-0000-4000-8000-000000000001',
				location_id: l1,
				freq: 'WEEKLY',
				byday: 'MO,TU,WE,TH,FR',
				opens_at: '09:00',
				closes_at: '17:00'
			},
			10
		),
		row(
			'accessibility',
			{
				id: 'acacacac-0000-4000-8000-000000000001',
				location_id: l1,
				feature: 'wheelchair',
				description_fr: 'Rampe',
				description_en: 'Ramp'
			},
			11
		),
		row(
			'attribute',
			{ id: 'adadadad-0000-4000-8000-000000000001', link_id: s1, link_entity: 'service', taxonomy_term_id: termId },
			12
		)
	];
}

describe.each(engines)('HSDS import, export and API on %s', (engine) => {
	let t: TestDatabase;
	let t2: TestDatabase;
	let a: string;
	let b: string;
	let c: string;
	const actor: Actor = { userId: null, label: 'Test coordinator', requestId: 'req-hsds' };
	const orgId = '99999999-0000-4000-8000-000000000001';

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		t2 = await openTestDatabase(engine);
		const make = async (db: TestDatabase, slug: string) => {
			const r = await createPartnership(db.ctx, actor, { slug, nameFr: `PLI ${slug}`, nameEn: `LIP ${slug}` });
			if (!r.ok) throw new Error(r.code);
			return r.value.id;
		};
		a = await make(t, 'lip-a');
		b = await make(t, 'lip-b');
		c = await make(t2, 'lip-c');
	});
	afterAll(async () => {
		await t?.close();
		await t2?.close();
	});

	it('imports the HSDS example CSV package (dry run first), its texts in the _en columns', async () => {
		const before = await countDirectoryRows(t.ctx.db, a);
		const dry = await importHsds(t.ctx, actor, a, { kind: 'csv', files: exampleFiles() }, { dryRun: true });
		if (!dry.ok) throw new Error(dry.code);
		expect(errorsOf(dry.value)).toEqual([]);
		expect(dry.value.status).toBe('dry_run');
		expect(dry.value.counts.service?.created).toBe(1);
		expect(await countDirectoryRows(t.ctx.db, a)).toBe(before);
		const done = await importHsds(t.ctx, actor, a, { kind: 'csv', files: exampleFiles() });
		if (!done.ok) throw new Error(done.code);
		expect(done.value.status).toBe('committed');
		const warnings = done.value.issues.map((i) => `${i.table}.${i.field}:${i.code}`);
		expect(warnings).toContain('location.latitude:directory.import_warning_coordinates_dropped');
		expect(warnings).toContain('attribute.link_entity:directory.import_warning_attribute_entity');
		const service = await t.ctx.db
			.selectFrom('service')
			.selectAll()
			.where('id', '=', 'ac148810-d857-441c-9679-408f346de14b')
			.executeTakeFirstOrThrow();
		expect(service.partnership_id).toBe(a);
		expect(service.name_en).toBe('Community Counselling');
		expect(service.name_fr).toBe('');
		expect(service.updated_at.toISOString()).toBe('2023-03-15T10:30:45.123Z');
		const org = await t.ctx.db
			.selectFrom('organization')
			.selectAll()
			.where('id', '=', service.organization_id)
			.executeTakeFirstOrThrow();
		expect(org.is_member).toBe(false);
		expect(org.name_en).toBe('Example Organization Inc.');
		// Importing the same package again changes nothing.
		const again = await importHsds(t.ctx, actor, a, { kind: 'csv', files: exampleFiles() });
		if (!again.ok) throw new Error(again.code);
		expect(again.value.counts.service).toEqual({ created: 0, updated: 0, unchanged: 1 });
	});

	it('writes the bilingual sample and exports valid HSDS in both languages', async () => {
		const { termIds } = await ensureDirectoryTaxonomy(t.ctx.db, a);
		const term = [...termIds.values()][0];
		const r = await importHsds(t.ctx, actor, a, { kind: 'rows', rows: sampleRows(orgId, term) });
		if (!r.ok) throw new Error(r.code);
		expect(errorsOf(r.value)).toEqual([]);
		expect(r.value.status).toBe('committed');
		for (const lang of ['fr', 'en'] as const) {
			const pkg = await exportHsdsJson(t.ctx.db, a, { lang });
			expect(validator.errors('organization_package', pkg.organizations)).toEqual([]);
			const s1 = pkg.organizations
				.flatMap((o) => (o.services as Record<string, unknown>[]) ?? [])
				.find((s) => s.id === 'aaaaaaaa-0000-4000-8000-000000000001')!;
			expect(s1.name).toBe(lang === 'fr' ? 'Cours de langue' : 'Language classes');
			const s2 = pkg.organizations
				.flatMap((o) => (o.services as Record<string, unknown>[]) ?? [])
				.find((s) => s.id === 'aaaaaaaa-0000-4000-8000-000000000002')!;
			expect(s2.name).toBe('Aide à l’emploi'); // the French name stands in for the missing English one
			for (const tax of pkg.taxonomies) expect(validator.errors('taxonomy', tax)).toEqual([]);
			for (const term of pkg.taxonomy_terms) expect(validator.errors('taxonomy_term', term)).toEqual([]);
		}
	});

	it('flags a new service that looks like an existing listing (and still imports it in a dry run)', async () => {
		const r = await importHsds(
			t.ctx,
			actor,
			a,
			{
				kind: 'rows',
				rows: [
					{
						table: 'service',
						where: 'dup:1',
						data: {
							id: 'aaaaaaaa-0000-4000-8000-0000000000d1',
							organization_id: orgId,
							name_fr: 'Cours de langue',
							name_en: 'Language classes'
						}
					}
				]
			},
			{ dryRun: true }
		);
		if (!r.ok) throw new Error(r.code);
		expect(r.value.status).toBe('dry_run');
		expect(r.value.duplicates.map((d) => d.matches[0].id)).toEqual(['aaaaaaaa-0000-4000-8000-000000000001']);
	});

	it('export → import → export is lossless (JSON into another database, CSV back into it)', async () => {
		for (const lang of ['fr', 'en'] as const) {
			const first = await exportHsdsJson(t.ctx.db, a, { lang });
			const target = lang === 'fr' ? c : c;
			const imported = await importHsds(t2.ctx, actor, target, { kind: 'json', text: JSON.stringify(first) });
			if (!imported.ok) throw new Error(imported.code);
			expect(errorsOf(imported.value)).toEqual([]);
			const second = await exportHsdsJson(t2.ctx.db, target, { lang });
			expect(JSON.stringify(normalized(second, ['logo']))).toBe(JSON.stringify(normalized(first, ['logo'])));
			const csvA = await exportHsdsCsv(t.ctx.db, a, { lang });
			const reimport = await importHsds(t2.ctx, actor, target, { kind: 'csv', files: csvA });
			if (!reimport.ok) throw new Error(reimport.code);
			expect(errorsOf(reimport.value)).toEqual([]);
			const csvC = await exportHsdsCsv(t2.ctx.db, target, { lang });
			for (const file of Object.keys(csvA)) {
				if (file === 'organizations.csv' || file === 'datapackage.json') continue;
				expect(csvC[file], file).toBe(csvA[file]);
			}
			// The same package as one XLSX workbook (one sheet per table) comes back unchanged too.
			const sheets = await csvFilesFromWorkbook(await workbookFromCsvFiles(csvA));
			expect(sheets).not.toBeNull();
			expect(Object.keys(sheets!).sort()).toEqual(
				Object.keys(csvA)
					.filter((f) => f.endsWith('.csv'))
					.sort()
			);
			const fromXlsx = await importHsds(t2.ctx, actor, target, { kind: 'csv', files: sheets! });
			if (!fromXlsx.ok) throw new Error(fromXlsx.code);
			expect(errorsOf(fromXlsx.value)).toEqual([]);
			// Importing what is already there changes nothing (set-like arrays in another order included).
			expect(fromXlsx.value.counts.service).toMatchObject({ created: 0, updated: 0 });
			const csvD = await exportHsdsCsv(t2.ctx.db, target, { lang });
			for (const file of Object.keys(csvA)) {
				if (file === 'organizations.csv' || file === 'datapackage.json') continue;
				expect(csvD[file], `${file} via xlsx`).toBe(csvA[file]);
			}
		}
	});

	it('refuses ids of another partnership, and writes nothing when a row is wrong', async () => {
		const pkg = await exportHsdsJson(t.ctx.db, a, { lang: 'fr' });
		const before = await countDirectoryRows(t.ctx.db, b);
		const r = await importHsds(t.ctx, actor, b, { kind: 'json', text: JSON.stringify(pkg) });
		if (!r.ok) throw new Error(r.code);
		expect(r.value.status).toBe('rejected');
		expect(errorsOf(r.value).some((i) => i.code === 'directory.import_error_other_partnership')).toBe(true);
		expect(await countDirectoryRows(t.ctx.db, b)).toBe(before);

		const files = exampleFiles();
		files['services.csv'] = files['services.csv'].replace('Community Counselling', '').replace(',active,', ',opened,');
		const bad = await importHsds(t.ctx, actor, a, { kind: 'csv', files });
		if (!bad.ok) throw new Error(bad.code);
		expect(bad.value.status).toBe('rejected');
		expect(errorsOf(bad.value).map((i) => `${i.row} ${i.field} ${i.code}`)).toEqual([
			'services.csv:2 status directory.import_error_choice'
		]);
	});

	it('reads a store-only zip of the CSV package', async () => {
		const files = await exportHsdsCsv(t.ctx.db, a, { lang: 'en' });
		const zip = zipStore(files);
		const back = unzipStore(zip)!;
		expect(Object.keys(back).sort()).toEqual(Object.keys(files).sort());
		expect(new TextDecoder().decode(back['services.csv'])).toBe(files['services.csv']);
	});

	it('answers the API with valid HSDS pages and objects', async () => {
		// The validator does reject what the standard refuses.
		expect(validator.errors('service', { id: 'not-a-uuid', name: 'x' }).length).toBeGreaterThan(0);
		expect(
			validator.errors('service_list', { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'x', status: 'open' }).length
		).toBeGreaterThan(0);
		const q = listQuery.parse({});
		for (const lang of ['fr', 'en'] as const) {
			const services = await listServices(t.ctx.db, a, q, lang);
			expect(services.total_items).toBeGreaterThan(0);
			for (const s of services.contents) expect(validator.errors('service_list', s)).toEqual([]);
			const full = await listServices(t.ctx.db, a, listQuery.parse({ full: 'true' }), lang);
			for (const s of full.contents) expect(validator.errors('service', s)).toEqual([]);
			const one = await getService(t.ctx.db, a, 'aaaaaaaa-0000-4000-8000-000000000001', lang);
			expect(validator.errors('service', one)).toEqual([]);
			const orgs = await listOrganizations(t.ctx.db, a, q, lang);
			for (const o of orgs.contents) expect(validator.errors('organization_list', o)).toEqual([]);
			const org = await getOrganization(t.ctx.db, a, orgId, lang, true);
			expect(validator.errors('organization', org)).toEqual([]);
			const sals = await listServiceAtLocations(
				t.ctx.db,
				a,
				listQuery.parse({ lat: '42.98', lon: '-81.24', radius: '5' }),
				lang
			);
			expect(sals.total_items).toBe(2);
			for (const s of sals.contents) expect(validator.errors('service_at_location_list', s)).toEqual([]);
			const far = await listServiceAtLocations(
				t.ctx.db,
				a,
				listQuery.parse({ lat: '45.42', lon: '-75.69', radius: '5' }),
				lang
			);
			expect(far.empty).toBe(true);
			const sal = await getServiceAtLocation(t.ctx.db, a, 'dddddddd-0000-4000-8000-000000000001', lang);
			expect(validator.errors('service_at_location', sal)).toEqual([]);
			const taxonomies = await listTaxonomies(t.ctx.db, a, q, lang);
			for (const x of taxonomies.contents) expect(validator.errors('taxonomy', x)).toEqual([]);
			const terms = await listTaxonomyTerms(t.ctx.db, a, q, lang);
			for (const x of terms.contents) expect(validator.errors('taxonomy_term', x)).toEqual([]);
		}
		// Another partnership's ids are unknown here.
		expect(await getService(t.ctx.db, b, 'aaaaaaaa-0000-4000-8000-000000000001', 'fr')).toBeNull();
		expect(apiRoot('http://x/api/hsds').openapi_url).toBe('http://x/api/hsds/openapi.json');
	});
});

describe.each(engines)('HSDS on the demo directory, on %s', (engine) => {
	let t: TestDatabase;
	let t2: TestDatabase;
	let london: string;
	let copy: string;
	const actor: Actor = { userId: null, label: 'Test', requestId: 'req-hsds-demo' };

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		t2 = await openTestDatabase(engine);
		const a = await createPartnership(t.ctx, actor, { slug: 'london-middlesex', nameFr: 'PLI LM', nameEn: 'LM LIP' });
		const c = await createPartnership(t2.ctx, actor, { slug: 'copy', nameFr: 'Copie', nameEn: 'Copy' });
		if (!a.ok || !c.ok) throw new Error('partnerships');
		london = a.value.id;
		copy = c.value.id;
		await seedPartnershipDemo(t.ctx, actor, london, 'london-middlesex');
		await seedDirectoryDemo(t.ctx, actor, london, 'london-middlesex');
	}, 180_000);
	afterAll(async () => {
		await t?.close();
		await t2?.close();
	});

	it('exports valid HSDS in both languages, and every API answer validates', async () => {
		for (const lang of ['fr', 'en'] as const) {
			const pkg = await exportHsdsJson(t.ctx.db, london, {
				lang,
				origin: 'http://localhost:3999',
				slug: 'london-middlesex'
			});
			expect(pkg.organizations.length).toBeGreaterThan(3);
			expect(validator.errors('organization_package', pkg.organizations)).toEqual([]);
			const all = listQuery.parse({ per_page: '100' });
			const services = await listServices(t.ctx.db, london, all, lang);
			expect(services.total_items).toBeGreaterThan(10);
			for (const s of services.contents) expect(validator.errors('service_list', s)).toEqual([]);
			for (const s of services.contents) {
				const one = await getService(t.ctx.db, london, s.id as string, lang);
				expect(validator.errors('service', one), String(s.id)).toEqual([]);
			}
			const orgs = await listOrganizations(
				t.ctx.db,
				london,
				listQuery.parse({ per_page: '100', full_service: 'true' }),
				lang
			);
			for (const o of orgs.contents) expect(validator.errors('organization', o)).toEqual([]);
			const sals = await listServiceAtLocations(t.ctx.db, london, all, lang);
			expect(sals.total_items).toBeGreaterThan(5);
			for (const s of sals.contents) expect(validator.errors('service_at_location_list', s)).toEqual([]);
			// Proximity (the directory search): nearest first, all within the radius.
			const near = await listServiceAtLocations(
				t.ctx.db,
				london,
				listQuery.parse({ lat: '42.9849', lon: '-81.2453', radius: '8', per_page: '50' }),
				lang
			);
			expect(near.total_items).toBeGreaterThan(0);
			const km = (l: { latitude: number; longitude: number }) => {
				const rad = Math.PI / 180;
				const a =
					Math.sin(((l.latitude - 42.9849) * rad) / 2) ** 2 +
					Math.cos(42.9849 * rad) * Math.cos(l.latitude * rad) * Math.sin(((l.longitude + 81.2453) * rad) / 2) ** 2;
				return 12742 * Math.asin(Math.sqrt(a));
			};
			const distances = near.contents.map((s) => km(s.location as { latitude: number; longitude: number }));
			for (const d of distances) expect(d).toBeLessThanOrEqual(8.1);
			expect([...distances].sort((x, y) => x - y)).toEqual(distances);
			for (const s of near.contents) expect(validator.errors('service_at_location_list', s)).toEqual([]);
			const sal = await getServiceAtLocation(t.ctx.db, london, sals.contents[0].id as string, lang);
			expect(validator.errors('service_at_location', sal)).toEqual([]);
			const terms = await listTaxonomyTerms(t.ctx.db, london, all, lang);
			expect(terms.total_items).toBeGreaterThan(5);
			for (const x of terms.contents) expect(validator.errors('taxonomy_term', x)).toEqual([]);
			// A category filter finds services of that category only.
			const term = terms.contents.find((x) => !x.parent_id)!;
			const inTerm = await listServices(t.ctx.db, london, listQuery.parse({ taxonomy_term_id: term.id }), lang);
			expect(inTerm.total_items).toBeLessThan(services.total_items);
		}
	});

	it('round-trips the demo directory through JSON into another database without loss', async () => {
		const t0 = performance.now();
		const first = await exportHsdsJson(t.ctx.db, london, { lang: 'fr' });
		const t1 = performance.now();
		const r = await importHsds(t2.ctx, actor, copy, { kind: 'json', text: JSON.stringify(first) });
		const t2ms = performance.now();
		if (!r.ok) throw new Error(r.code);
		if (process.env.MEASURE)
			console.info(
				`${engine}: export ${Math.round(t1 - t0)} ms, import ${Math.round(t2ms - t1)} ms, ${r.value.rows} rows`,
				JSON.stringify(r.value.counts)
			);
		expect(errorsOf(r.value)).toEqual([]);
		expect(r.value.status).toBe('committed');
		for (const lang of ['fr', 'en'] as const) {
			const a = await exportHsdsJson(t.ctx.db, london, { lang });
			const b = await exportHsdsJson(t2.ctx.db, copy, { lang });
			expect(JSON.stringify(normalized(b, ['logo']))).toBe(JSON.stringify(normalized(a, ['logo'])));
		}
	}, 120_000);
});
