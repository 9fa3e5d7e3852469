import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { csvFilesFromWorkbook, workbookFromCsvFiles } from './workbook.ts';
import { basename, join } from 'node:path';
import type { Actor } from '../../accounts/types.ts';
import type { AppContext } from '../../context.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { findPartnershipBySlug } from '../../tenancy/partnerships.ts';
import { importSpreadsheet, readSheet } from '../spreadsheet.ts';
import { exportHsdsCsv, exportHsdsJson } from './export.ts';
import { importHsds, type ImportInput, type ImportReport } from './import.ts';

/**
 * `passerelle directory import|export` (wired in src/cli/module-commands.ts): the same use cases
 * as the pages. Returns the exit code, or a usage problem for the CLI to print.
 */

export type CliValues = Record<string, string | boolean | undefined>;
export type CliOutcome = number | { usage: string; params?: Record<string, string> };

interface Io {
	out: (line: string) => void;
	err: (line: string) => void;
}
const stdio: Io = {
	out: (line) => process.stdout.write(`${line}\n`),
	err: (line) => process.stderr.write(`${line}\n`)
};

type Usage = { usage: string; params?: Record<string, string> };

async function partnershipOf(ctx: Pick<AppContext, 'db'>, values: CliValues) {
	const slug = typeof values.partnership === 'string' ? values.partnership : '';
	if (!slug) return { usage: 'cli.error_missing_option', params: { option: '--partnership' } } as Usage;
	const p = await findPartnershipBySlug(ctx, slug);
	if (!p) return { usage: 'cli.error_unknown_partnership', params: { slug } } as Usage;
	return p;
}

function printReport(report: ImportReport, t: Translate, values: CliValues, io: Io) {
	if (values.json) {
		io.out(JSON.stringify(report, null, 2));
		return;
	}
	const errors = report.issues.filter((i) => i.severity === 'error').length;
	const warnings = report.issues.length - errors;
	for (const [table, c] of Object.entries(report.counts)) {
		io.out(`  ${t('directory.import_report_counts', { table: t(`directory.import_table_${table}`), ...c })}`);
	}
	for (const i of report.issues) {
		const where = [i.row, i.field].filter(Boolean).join(' ');
		const line = `  ${t(`directory.import_severity_${i.severity}`)}: ${where}${i.id ? ` (${i.id})` : ''} — ${t(i.code, i.params)}`;
		if (i.severity === 'error') io.err(line);
		else io.out(line);
	}
	for (const d of report.duplicates) {
		io.out(
			`  ${t('directory.import_duplicates_title')}: ${d.name} (${d.row}) ≈ ${d.matches.map((m) => m.name.fr || m.name.en).join(', ')}`
		);
	}
	io.out(
		t('directory.import_cli_done', {
			status: t(`directory.import_cli_status_${report.status}`),
			rows: report.rows,
			errors,
			warnings
		})
	);
}

export async function runDirectoryImport(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	path: string | undefined,
	values: CliValues,
	t: Translate,
	io: Io = stdio
): Promise<CliOutcome> {
	if (!path) return { usage: 'cli.error_missing_option', params: { option: '<path>' } };
	const partnership = await partnershipOf(ctx, values);
	if ('usage' in partnership) return partnership;
	const format = typeof values.format === 'string' ? values.format : /\.(xlsx)$/i.test(path) ? 'xlsx' : 'hsds';
	if (!['hsds', 'csv', 'xlsx'].includes(format))
		return { usage: 'directory.import_cli_error_format', params: { format } };
	// An XLSX without a mapping is the HSDS workbook (one sheet per table) that `export --format xlsx` writes.
	const hsdsWorkbook = format === 'xlsx' && typeof values.mapping !== 'string';
	if (format === 'csv' && typeof values.mapping !== 'string') return { usage: 'directory.import_cli_error_mapping' };
	if (!existsSync(path)) {
		io.err(t('directory.import_cli_error_path', { path }));
		return 1;
	}
	const dryRun = Boolean(values['dry-run']);
	const sourceLanguage = values['source-language'] === 'fr' ? 'fr' : 'en';
	let result;
	if (hsdsWorkbook) {
		const files = await csvFilesFromWorkbook(new Uint8Array(readFileSync(path)));
		if (!files) {
			io.err(t('directory.import_error_workbook'));
			return 65;
		}
		result = await importHsds(ctx, actor, partnership.id, { kind: 'csv', files }, { dryRun, sourceLanguage });
	} else if (format === 'hsds') {
		let input: ImportInput;
		if (statSync(path).isDirectory()) {
			const files = Object.fromEntries(
				readdirSync(path)
					.filter((f) => f.endsWith('.csv') || f === 'datapackage.json')
					.map((f) => [f, readFileSync(join(path, f), 'utf8')])
			);
			input = { kind: 'csv', files };
		} else if (/\.zip$/i.test(path)) input = { kind: 'zip', bytes: new Uint8Array(readFileSync(path)) };
		else if (/\.csv$/i.test(path)) input = { kind: 'csv', files: { [basename(path)]: readFileSync(path, 'utf8') } };
		else input = { kind: 'json', text: readFileSync(path, 'utf8'), name: basename(path) };
		result = await importHsds(ctx, actor, partnership.id, input, { dryRun, sourceLanguage });
	} else {
		const mappingPath = typeof values.mapping === 'string' ? values.mapping : '';
		if (!mappingPath) return { usage: 'directory.import_cli_error_mapping' };
		let mapping: unknown;
		try {
			mapping = JSON.parse(readFileSync(mappingPath, 'utf8'));
		} catch {
			io.err(t('directory.import_cli_error_path', { path: mappingPath }));
			return 1;
		}
		const sheet = await readSheet(new Uint8Array(readFileSync(path)), basename(path));
		if (!sheet.ok) {
			io.err(t(sheet.code));
			return 65;
		}
		const name = (mapping as { name?: unknown })?.name;
		result = await importSpreadsheet(ctx, actor, partnership.id, sheet.value, mapping, {
			dryRun,
			mappingName: typeof name === 'string' && name ? name : basename(mappingPath)
		});
	}
	if (!result.ok) {
		io.err(t(result.code));
		for (const [field, keys] of Object.entries(result.fieldErrors ?? {}))
			io.err(`  ${field}: ${keys.map((k) => t(k)).join(' ')}`);
		return 65;
	}
	printReport(result.value, t, values, io);
	return result.value.status === 'rejected' ? 65 : 0;
}

export async function runDirectoryExport(
	ctx: Pick<AppContext, 'db'>,
	path: string | undefined,
	values: CliValues,
	t: Translate,
	io: Io = stdio
): Promise<CliOutcome> {
	if (!path) return { usage: 'cli.error_missing_option', params: { option: '<path>' } };
	const partnership = await partnershipOf(ctx, values);
	if ('usage' in partnership) return partnership;
	const format = typeof values.format === 'string' ? values.format : 'hsds';
	if (!['hsds', 'csv', 'xlsx'].includes(format))
		return { usage: 'directory.import_cli_error_format', params: { format } };
	const lang = values.lang === 'en' ? 'en' : values.lang === 'fr' ? 'fr' : partnership.default_locale;
	const origin = process.env.ORIGIN;
	if (format === 'hsds' && /\.json$/i.test(path)) {
		const pkg = await exportHsdsJson(ctx.db, partnership.id, { lang, origin, slug: partnership.slug });
		writeFileSync(path, `${JSON.stringify(pkg, null, 2)}\n`);
	} else if (format === 'xlsx') {
		const files = await exportHsdsCsv(ctx.db, partnership.id, { lang, origin, slug: partnership.slug });
		writeFileSync(path, await workbookFromCsvFiles(files));
	} else {
		const files = await exportHsdsCsv(ctx.db, partnership.id, { lang, origin, slug: partnership.slug });
		mkdirSync(path, { recursive: true });
		for (const [name, content] of Object.entries(files)) writeFileSync(join(path, name), content);
	}
	if (values.json) io.out(JSON.stringify({ path, format, lang }));
	else io.out(t('directory.export_cli_done', { path }));
	return 0;
}
