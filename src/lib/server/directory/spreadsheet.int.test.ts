import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import type { Actor } from '../accounts/types.ts';
import { t as translator } from '../i18n.ts';
import { projectRoot } from '../paths.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { runDirectoryExport, runDirectoryImport } from './hsds/cli.ts';
import { countDirectoryRows } from './hsds/import.ts';
import { searchServices } from './search.ts';
import { findMapping, importSpreadsheet, listMappings, readSheet, saveMapping } from './spreadsheet.ts';

const fixtures = join(projectRoot, 'tests/fixtures/directory');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const mapping = JSON.parse(readFileSync(join(fixtures, 'partner-locations.mapping.json'), 'utf8'));

/** The fixture CSV as an XLSX workbook, written with exceljs (as a partner's Excel would be). */
async function xlsxOf(csvName: string): Promise<Uint8Array> {
	const sheet = await readSheet(fixture(csvName), csvName);
	if (!sheet.ok) throw new Error(sheet.code);
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Lieux');
	ws.addRow(sheet.value.headers);
	for (const r of sheet.value.rows) ws.addRow(sheet.value.headers.map((h) => r.values[h]));
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

const brokenRows = [
	'partner-locations.csv:3 nom_fr directory.import_error_required',
	'partner-locations.csv:4 code_postal directory.import_error_postal_code',
	'partner-locations.csv:5 langues directory.import_error_language_unknown',
	'partner-locations.csv:6 heures directory.import_error_hours'
];

describe.each(engines)('spreadsheet imports with saved mappings, and the CLI, on %s', (engine) => {
	let t: TestDatabase;
	let a: string;
	const actor: Actor = { userId: null, label: 'Test coordinator', requestId: 'req-sheet' };

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		const r = await createPartnership(t.ctx, actor, { slug: 'lip-sheet', nameFr: 'PLI', nameEn: 'LIP' });
		if (!r.ok) throw new Error(r.code);
		a = r.value.id;
	});
	afterAll(() => t?.close());

	it('reports the broken rows of a CSV and of the same XLSX, row by row, and writes nothing', async () => {
		const before = await countDirectoryRows(t.ctx.db, a);
		const csv = await readSheet(fixture('partner-locations.csv'), 'partner-locations.csv');
		if (!csv.ok) throw new Error(csv.code);
		const r = await importSpreadsheet(t.ctx, actor, a, csv.value, mapping);
		if (!r.ok) throw new Error(r.code);
		expect(r.value.status).toBe('rejected');
		const errors = r.value.issues.filter((i) => i.severity === 'error');
		expect(errors.map((i) => `${i.row} ${i.field} ${i.code}`)).toEqual(brokenRows);
		expect(errors.find((i) => i.field === 'langues')?.params).toEqual({ value: 'klingon' });
		// The messages exist in both languages.
		for (const lang of ['fr', 'en'] as const)
			for (const e of errors) expect(translator(lang)(e.code, e.params)).not.toBe(e.code);
		expect(await countDirectoryRows(t.ctx.db, a)).toBe(before);

		const xlsx = await readSheet(await xlsxOf('partner-locations.csv'), 'partenaires.xlsx');
		if (!xlsx.ok) throw new Error(xlsx.code);
		expect(xlsx.value.name).toBe('Lieux');
		const rx = await importSpreadsheet(t.ctx, actor, a, xlsx.value, mapping);
		if (!rx.ok) throw new Error(rx.code);
		expect(rx.value.issues.filter((i) => i.severity === 'error').map((i) => `${i.row} ${i.field}`)).toEqual(
			brokenRows.map((l) => l.replace('partner-locations.csv', 'Lieux').split(' ').slice(0, 2).join(' '))
		);
		expect(await countDirectoryRows(t.ctx.db, a)).toBe(before);
	});

	it('imports the fixed sheet (XLSX) with a saved mapping, finds the services, and updates on re-import', async () => {
		const saved = await saveMapping(t.ctx, actor, a, { name: 'Lieux des partenaires', mapping });
		if (!saved.ok) throw new Error(saved.code);
		const again = await saveMapping(t.ctx, actor, a, { name: 'Lieux des partenaires', mapping });
		expect(again.ok && again.value.id).toBe(saved.value.id);
		expect((await listMappings(t.ctx, a)).map((m) => m.name)).toEqual(['Lieux des partenaires']);
		const stored = await findMapping(t.ctx, a, saved.value.id);
		const sheet = await readSheet(await xlsxOf('partner-locations-fixed.csv'), 'partenaires.xlsx');
		if (!sheet.ok || !stored) throw new Error('sheet');
		const dry = await importSpreadsheet(t.ctx, actor, a, sheet.value, stored.mapping, {
			dryRun: true,
			mappingName: stored.name
		});
		if (!dry.ok) throw new Error(dry.code);
		expect(dry.value.issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(dry.value.status).toBe('dry_run');
		const done = await importSpreadsheet(t.ctx, actor, a, sheet.value, stored.mapping, { mappingName: stored.name });
		if (!done.ok) throw new Error(done.code);
		expect(done.value.status).toBe('committed');
		expect(done.value.counts.service?.created).toBe(5);
		expect(done.value.counts.organization?.created).toBe(2);

		const service = await t.ctx.db
			.selectFrom('service')
			.selectAll()
			.where('partnership_id', '=', a)
			.where('name_fr', '=', 'Cours de français pour adultes')
			.executeTakeFirstOrThrow();
		expect(service.name_en).toBe('French classes for adults');
		expect(service.free_of_charge).toBe(true);
		const langs = await t.ctx.db
			.selectFrom('language')
			.select('code')
			.where('service_id', '=', service.id)
			.orderBy('code')
			.execute();
		expect(langs.map((l) => l.code)).toEqual(['ar', 'es']);
		const hours = await t.ctx.db
			.selectFrom('schedule')
			.selectAll()
			.where('partnership_id', '=', a)
			.where('byday', '=', 'SA')
			.execute();
		expect(hours.map((h) => [h.opens_at, h.closes_at])).toEqual([['10:00:00', '14:00:00']]);
		const wheelchair = await t.ctx.db
			.selectFrom('accessibility')
			.select('feature')
			.where('partnership_id', '=', a)
			.execute();
		expect(wheelchair).toHaveLength(3); // one per location with "x"

		// The public search finds them (the import refreshed the search index in its transaction).
		const found = await searchServices(t.ctx.db, a, { q: 'devoirs', lang: 'fr' });
		expect(found.hits.map((h) => h.name.en)).toContain('Homework help');

		const re = await importSpreadsheet(t.ctx, actor, a, sheet.value, stored.mapping, { mappingName: stored.name });
		if (!re.ok) throw new Error(re.code);
		expect(re.value.counts.service).toEqual({ created: 0, updated: 0, unchanged: 5 });
	});

	it('runs from the command line code: HSDS package folder, spreadsheet with a mapping file, export', async () => {
		const lines: string[] = [];
		const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`! ${l}`) };
		const t_en = translator('en');
		const example = join(projectRoot, '..', 'shared', 'hsds', '3.1', 'examples', 'csv');
		expect(
			await runDirectoryImport(t.ctx, actor, example, { partnership: 'lip-sheet', 'dry-run': true }, t_en, io)
		).toBe(0);
		expect(lines.at(-1)).toMatch(/^Dry run \(nothing written\): 18 row\(s\) read, 0 error\(s\)/);
		lines.length = 0;
		const code = await runDirectoryImport(
			t.ctx,
			actor,
			join(fixtures, 'partner-locations.csv'),
			{ partnership: 'lip-sheet', format: 'csv', mapping: join(fixtures, 'partner-locations.mapping.json') },
			translator('fr'),
			io
		);
		expect(code).toBe(65);
		expect(lines.filter((l) => l.startsWith('!'))).toHaveLength(4);
		expect(
			await runDirectoryImport(t.ctx, actor, 'x.csv', { partnership: 'lip-sheet', format: 'csv' }, t_en, io)
		).toEqual({
			usage: 'directory.import_cli_error_mapping'
		});
		expect(await runDirectoryImport(t.ctx, actor, 'x', { partnership: 'nope' }, t_en, io)).toMatchObject({
			usage: 'cli.error_unknown_partnership'
		});
		const out = mkdtempSync(join(tmpdir(), 'passerelle-hsds-'));
		try {
			expect(
				await runDirectoryExport(t.ctx, join(out, 'package'), { partnership: 'lip-sheet', lang: 'en' }, t_en, io)
			).toBe(0);
			expect(readdirSync(join(out, 'package'))).toContain('services.csv');
			expect(await runDirectoryExport(t.ctx, join(out, 'd.json'), { partnership: 'lip-sheet' }, t_en, io)).toBe(0);
			const pkg = JSON.parse(readFileSync(join(out, 'd.json'), 'utf8'));
			expect(pkg.language).toBe('fr');
			// The exported folder imports back unchanged.
			lines.length = 0;
			expect(
				await runDirectoryImport(t.ctx, actor, join(out, 'package'), { partnership: 'lip-sheet', json: true }, t_en, io)
			).toBe(0);
			const report = JSON.parse(lines.join('\n'));
			expect(report.counts.service.created).toBe(0);
			expect(report.counts.service.updated).toBe(0);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});

describe('the passerelle command', () => {
	it('imports the HSDS example package folder (spawned, fresh embedded database)', () => {
		const data = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
		const env = { ...process.env, DATA_DIR: data, LANG: 'en_CA.UTF-8', DEMO_DATA: 'off', LOG_LEVEL: 'silent' };
		const bin = join(projectRoot, 'bin/passerelle.js');
		const node = join(projectRoot, 'node_modules/.bin/node');
		try {
			const created = spawnSync(
				node,
				[bin, 'partnership', 'create', '--slug', 'cli-lip', '--name-fr', 'PLI', '--name-en', 'LIP'],
				{ env, encoding: 'utf8' }
			);
			expect(created.status, created.stderr).toBe(0);
			const example = join(projectRoot, '..', 'shared', 'hsds', '3.1', 'examples', 'csv');
			const run = spawnSync(node, [bin, 'directory', 'import', example, '--partnership', 'cli-lip'], {
				env,
				encoding: 'utf8'
			});
			expect(run.status, run.stderr).toBe(0);
			expect(run.stdout).toMatch(/Imported: 18 row\(s\) read, 0 error\(s\)/);
			const usage = spawnSync(
				node,
				[bin, 'directory', 'import', example, '--partnership', 'cli-lip', '--format', 'pdf'],
				{ env, encoding: 'utf8' }
			);
			expect(usage.status).toBe(2);
			expect(usage.stderr).toMatch(/Unknown format/);
		} finally {
			rmSync(data, { recursive: true, force: true });
		}
	}, 120_000);
});
