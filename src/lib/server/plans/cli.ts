import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Translate } from '../../i18n/translate.ts';
import type { Actor } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import { findPartnershipBySlug } from '../tenancy/partnerships.ts';
import { exportPlanCsv, exportPlanDocx, exportPlanXlsx } from './export.ts';
import { importPlanTable, type ImportReport } from './import.ts';
import { getPlan } from './plans.ts';

/**
 * `passerelle plans import|export`: the same functions as the import and export pages.
 * Returns the exit code (0 done, 65 the file has errors, 66 unreadable input), or a usage problem.
 */
export type CliOutcome = number | { usage: string; params?: Record<string, string> };
type Values = Record<string, string | boolean | undefined>;

type Usage = { usage: string; params?: Record<string, string> };

async function partnershipOf(ctx: AppContext, values: Values): Promise<Usage | { id: string }> {
	const slug = typeof values.partnership === 'string' ? values.partnership : '';
	if (!slug) return { usage: 'cli.error_missing_option', params: { option: '--partnership' } };
	const p = await findPartnershipBySlug(ctx, slug);
	if (!p) return { usage: 'cli.error_unknown_partnership', params: { slug } };
	return p;
}

function printReport(report: ImportReport, t: Translate) {
	const out = process.stdout;
	out.write(
		`${t(report.dryRun ? 'plans.cli_dry_run' : 'plans.cli_imported', { plan: report.planId ?? '' })}\n` +
			`${t('plans.import_ready', { ...report.counts })}\n`
	);
	for (const row of report.rows) {
		for (const m of row.messages)
			out.write(
				`  ${t('plans.col_row')} ${row.row} — ${t(`plans.import_level_${m.level}`)}${t('plans.cli_colon')} ${t(m.key, { ...(m.params ?? {}), column: m.params?.column ? t(`plans.import_field_${m.params.column}`) : '' })}\n`
			);
	}
	out.write(`${t('plans.import_matched', { count: report.matched.length })}\n`);
	for (const m of report.matched) out.write(`  ${m.written} → ${m.label} (${t(`plans.match_${m.how}`)})\n`);
	out.write(`${t('plans.import_unmatched', { count: report.unmatched.length })}\n`);
	for (const name of report.unmatched) out.write(`  ${name}\n`);
}

export async function runPlansImport(
	ctx: AppContext,
	actor: Actor,
	path: string | undefined,
	values: Values,
	t: Translate
): Promise<CliOutcome> {
	if (!path) return { usage: 'cli.error_missing_option', params: { option: '<path>' } };
	const partnership = await partnershipOf(ctx, values);
	if ('usage' in partnership) return partnership;
	let data: Uint8Array;
	let mapping: unknown = null;
	try {
		data = new Uint8Array(readFileSync(path));
		if (typeof values.mapping === 'string') mapping = JSON.parse(readFileSync(values.mapping, 'utf8'));
	} catch (error) {
		process.stderr.write(
			`${t('plans.cli_unreadable', { path: String(error instanceof Error ? error.message : error) })}\n`
		);
		return 66;
	}
	const title = typeof values.title === 'string' && values.title ? values.title : basename(path, extname(path));
	const result = await importPlanTable(ctx, actor, partnership.id, {
		fileName: basename(path),
		data,
		dryRun: Boolean(values['dry-run']),
		planId: typeof values.plan === 'string' ? values.plan : null,
		plan: { titleFr: title, titleEn: title, status: 'draft' },
		mapping: mapping as Record<string, unknown> | null
	});
	if (!result.ok) {
		process.stderr.write(`${t(result.code)}\n`);
		return 65;
	}
	if (values.json) process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
	else printReport(result.value, t);
	return result.value.errors ? 65 : 0;
}

export async function runPlansExport(
	ctx: AppContext,
	path: string | undefined,
	values: Values,
	t: Translate
): Promise<CliOutcome> {
	if (!path) return { usage: 'cli.error_missing_option', params: { option: '<path>' } };
	const partnership = await partnershipOf(ctx, values);
	if ('usage' in partnership) return partnership;
	const planId = typeof values.plan === 'string' ? values.plan : '';
	if (!planId) return { usage: 'cli.error_missing_option', params: { option: '--plan' } };
	const plan = await getPlan(ctx.db, partnership.id, planId);
	if (!plan) {
		process.stderr.write(`${t('common.error_not_found')}\n`);
		return 65;
	}
	const format = extname(path).slice(1).toLowerCase();
	const make =
		format === 'xlsx' ? exportPlanXlsx : format === 'docx' ? exportPlanDocx : format === 'csv' ? exportPlanCsv : null;
	if (!make) return { usage: 'plans.cli_error_format', params: { format } };
	const lang = values.lang === 'en' ? 'en' : 'fr';
	const body = await make(ctx.db, partnership.id, plan.id, { lang });
	writeFileSync(path, body!);
	if (values.json)
		process.stdout.write(`${JSON.stringify({ path, format, lang, planId: plan.id, bytes: body!.length })}\n`);
	else process.stdout.write(`${t('plans.cli_exported', { path })}\n`);
	return 0;
}
