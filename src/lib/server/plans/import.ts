import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import type { ActionStatus, ResponsibleRole } from './db-schema.ts';
import { savePlanIn } from './plans.ts';
import { planInput, type PlanInput } from './schemas.ts';
import { normalizeName, parseTimeline, plainText, splitItems, splitNames } from './text.ts';

/**
 * Import of an action-plan table in the layout people already use (seed 002): AXES STRATÉGIQUES |
 * RÉSULTATS VISÉS | PRIORITÉS | ACTIONS / ACTIVITÉS | INDICATEURS | Échéancier | RESPONSABLES.
 *
 * Reading rules, in order:
 * - The header row is found among the first rows (titles above it are skipped); a repeated header
 *   (one per page in a Word table) is skipped too. Other layouts go through a column mapping
 *   ({ columns: { "<source column>": "<field>" }, language }) saved in import_mapping.
 * - A blank axis, result or priority cell means "same as above" (merged cells in Word).
 * - One cell may hold several items (•, -, *, 1., line breaks, <li>). Several priorities in a cell
 *   are several priorities; the row's actions go to the first one, unless there are as many actions
 *   as priorities (then one each).
 * - Timeline, responsible and indicator items are paired with the row's actions when there are as
 *   many of them as actions; otherwise every action of the row gets all of them.
 * - Responsible names ("Gabrielle + Rita", "CCFL", "Collège Boréal") are matched to the
 *   partnership's people and organizations, accent- and case-insensitively, by full name, by an
 *   organization's acronym or name, or by a first name that only one person has. A name that
 *   matches nobody is kept as written and listed in the report.
 * - Timelines are kept as written and read into dates when possible.
 * - Dry run: the report, row by row, and nothing written. Commit: everything in one transaction,
 *   and nothing at all when any row has an error.
 */

export const importFields = [
	'axis',
	'axis_other',
	'result',
	'result_other',
	'priority',
	'priority_other',
	'action',
	'action_other',
	'indicators',
	'indicators_other',
	'timeline',
	'responsibles',
	'partners',
	'status',
	'progress',
	'weight',
	'table',
	'ignore'
] as const;
export type ImportField = (typeof importFields)[number];

/** Header words (normalized) → field. "(EN)"/"(FR)" after a header names the other language. */
const aliases: Record<string, ImportField> = {
	'axes strategiques': 'axis',
	'axe strategique': 'axis',
	axes: 'axis',
	axe: 'axis',
	'strategic axes': 'axis',
	'strategic axis': 'axis',
	'strategic directions': 'axis',
	'strategic priorities': 'axis',
	'resultats vises': 'result',
	'resultat vise': 'result',
	'resultats attendus': 'result',
	resultats: 'result',
	resultat: 'result',
	result: 'result',
	results: 'result',
	outcome: 'result',
	activite: 'action',
	activity: 'action',
	'intended results': 'result',
	'intended result': 'result',
	'expected results': 'result',
	outcomes: 'result',
	'intended outcomes': 'result',
	priorites: 'priority',
	priorite: 'priority',
	priorities: 'priority',
	priority: 'priority',
	objectives: 'priority',
	objectifs: 'priority',
	'actions activites': 'action',
	actions: 'action',
	activites: 'action',
	activities: 'action',
	'actions activities': 'action',
	action: 'action',
	indicateurs: 'indicators',
	indicateur: 'indicators',
	indicators: 'indicators',
	indicator: 'indicators',
	'performance indicators': 'indicators',
	echeancier: 'timeline',
	echeance: 'timeline',
	echeances: 'timeline',
	calendrier: 'timeline',
	timeline: 'timeline',
	timelines: 'timeline',
	timeframe: 'timeline',
	deadline: 'timeline',
	'target date': 'timeline',
	responsables: 'responsibles',
	responsable: 'responsibles',
	responsible: 'responsibles',
	'responsible parties': 'responsibles',
	lead: 'responsibles',
	leads: 'responsibles',
	'partenaires appui': 'partners',
	partenaires: 'partners',
	partners: 'partners',
	'partners support': 'partners',
	support: 'partners',
	statut: 'status',
	status: 'status',
	progression: 'progress',
	'progression %': 'progress',
	progress: 'progress',
	'progress %': 'progress',
	poids: 'weight',
	weight: 'weight',
	table: 'table',
	'table responsable': 'table'
};

const statusWords: Record<string, ActionStatus> = {
	'': 'not_started',
	'non commence': 'not_started',
	'pas commence': 'not_started',
	'a venir': 'not_started',
	'not started': 'not_started',
	not_started: 'not_started',
	'en cours': 'on_track',
	'en bonne voie': 'on_track',
	'on track': 'on_track',
	on_track: 'on_track',
	'in progress': 'on_track',
	'a risque': 'at_risk',
	'at risk': 'at_risk',
	at_risk: 'at_risk',
	'en retard': 'late',
	late: 'late',
	delayed: 'late',
	termine: 'done',
	terminee: 'done',
	realise: 'done',
	realisee: 'done',
	complete: 'done',
	completed: 'done',
	done: 'done',
	annule: 'cancelled',
	annulee: 'cancelled',
	cancelled: 'cancelled',
	canceled: 'cancelled'
};

export const columnMapping = z.object({
	columns: z.record(z.string().max(300), z.enum(importFields, { error: 'plans.import_bad_mapping' })),
	/** the language of the main columns (the "_other" fields hold the other one) */
	language: z.enum(['fr', 'en']).optional()
});
export type ColumnMapping = z.infer<typeof columnMapping>;

// --- reading the file ------------------------------------------------------------------------

/** A spreadsheet as rows of cell texts. CSV (comma, semicolon or tab) or XLSX (first sheet). */
export async function readSheet(data: Uint8Array, fileName: string): Promise<string[][]> {
	const isXlsx = /\.xlsx$/i.test(fileName) || (data[0] === 0x50 && data[1] === 0x4b);
	if (isXlsx) {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(data) as never);
		const sheet = workbook.worksheets[0];
		if (!sheet) return [];
		const rows: string[][] = [];
		sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
			const cells: string[] = [];
			for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c += 1) {
				const cell = row.getCell(c);
				// A merged cell's other parts are "blank": blank means "same as above" anyway.
				if (cell.isMerged && cell.master.address !== cell.address) cells.push('');
				else cells.push(cellText(cell.value));
			}
			rows[rowNumber - 1] = cells;
		});
		return Array.from(rows, (r) => r ?? []);
	}
	let text = new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
	if (text.includes('\uFFFD')) text = new TextDecoder('windows-1252').decode(data);
	const firstLine = text.split('\n')[0] ?? '';
	const delimiter = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0];
	return parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
}

function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('text' in value) return String(value.text);
		if ('result' in value) return value.result === undefined ? '' : String(value.result);
	}
	return String(value);
}

interface Columns {
	index: Partial<Record<ImportField, number>>;
	language: 'fr' | 'en';
	described: { source: string; field: ImportField | null }[];
}

function headerField(header: string, mapping: ColumnMapping | null): { field: ImportField | null; other: boolean } {
	if (mapping) {
		const found = Object.entries(mapping.columns).find(([source]) => normalizeName(source) === normalizeName(header));
		if (found) return { field: found[1], other: false };
	}
	const other = /\((en|fr|english|anglais|french|francais|français)\)\s*$/i.test(header.trim());
	const base = normalizeName(header.replace(/\([^)]*\)\s*$/, ''));
	const field = aliases[base] ?? aliases[normalizeName(header)] ?? null;
	return { field, other };
}

const otherOf: Partial<Record<ImportField, ImportField>> = {
	axis: 'axis_other',
	result: 'result_other',
	priority: 'priority_other',
	action: 'action_other',
	indicators: 'indicators_other'
};

function findColumns(rows: string[][], mapping: ColumnMapping | null): { headerRow: number; columns: Columns } | null {
	for (let r = 0; r < Math.min(rows.length, 20); r += 1) {
		const row = rows[r] ?? [];
		const index: Partial<Record<ImportField, number>> = {};
		const described: Columns['described'] = [];
		let hits = 0;
		let frenchHeaders = 0;
		row.forEach((cell, c) => {
			if (!cell?.trim()) return;
			const { field, other } = headerField(cell, mapping);
			let target = field;
			if (field && other) target = otherOf[field] ?? field;
			described.push({ source: cell.trim(), field: target });
			if (target && target !== 'ignore' && index[target] === undefined) {
				index[target] = c;
				hits += 1;
				if (/[éè]|axes strat|resultats|priorites|echeancier|responsables|indicateurs/i.test(cell)) frenchHeaders += 1;
			}
		});
		if (index.action !== undefined && hits >= 2) {
			const language = mapping?.language ?? (frenchHeaders > 0 ? 'fr' : 'en');
			return { headerRow: r, columns: { index, language, described } };
		}
	}
	return null;
}

// --- matching names --------------------------------------------------------------------------

export interface NameIndex {
	match(name: string): NameMatch | null;
}
export interface NameMatch {
	kind: 'person' | 'organization';
	id: string;
	label: string;
	how: 'full_name' | 'given_name' | 'acronym' | 'organization_name' | 'email';
}

export async function nameIndex(db: Transaction<DB> | AppContext['db'], partnershipId: string): Promise<NameIndex> {
	const s = scoped(db, partnershipId);
	const people = await s.selectFrom('person').select(['id', 'given_name', 'family_name', 'email', 'status']).execute();
	const orgs = await s.selectFrom('organization').select(['id', 'name_fr', 'name_en', 'acronym', 'status']).execute();
	return buildNameIndex(people, orgs);
}

export interface NamePerson {
	id: string;
	given_name: string;
	family_name: string;
	email: string;
	status: string;
}
export interface NameOrganization {
	id: string;
	name_fr: string;
	name_en: string;
	acronym: string;
	status: string;
}

/** The matcher itself, from the partnership's people and organizations (pure: unit-tested). */
export function buildNameIndex(people: NamePerson[], orgs: NameOrganization[]): NameIndex {
	const byFull = new Map<string, NameMatch>();
	const byGiven = new Map<string, NameMatch[]>();
	const byOrg = new Map<string, NameMatch>();
	const byAcronym = new Map<string, NameMatch>();
	for (const p of people) {
		const label = `${p.given_name} ${p.family_name}`.trim();
		const m: NameMatch = { kind: 'person', id: p.id, label, how: 'full_name' };
		byFull.set(normalizeName(label), m);
		byFull.set(normalizeName(`${p.family_name} ${p.given_name}`), m);
		if (p.email) byFull.set(normalizeName(p.email), { ...m, how: 'email' });
		if (p.status === 'active') {
			const g = normalizeName(p.given_name);
			byGiven.set(g, [...(byGiven.get(g) ?? []), { ...m, how: 'given_name' }]);
		}
	}
	for (const o of orgs) {
		const m: NameMatch = { kind: 'organization', id: o.id, label: o.name_fr, how: 'organization_name' };
		for (const name of [o.name_fr, o.name_en]) {
			byOrg.set(normalizeName(name), m);
			// "Société économique de l'Ontario (SEO)": the name without its acronym, and the acronym.
			const bare = name.replace(/\s*\(([^)]*)\)\s*$/, '');
			byOrg.set(normalizeName(bare), m);
			const inner = /\(([^)]*)\)\s*$/.exec(name)?.[1];
			if (inner) byAcronym.set(normalizeName(inner), { ...m, how: 'acronym' });
		}
		if (o.acronym) byAcronym.set(normalizeName(o.acronym), { ...m, how: 'acronym' });
	}
	return {
		match(name) {
			const key = normalizeName(name);
			if (!key) return null;
			const full = byFull.get(key);
			if (full) return full;
			const acronym = byAcronym.get(key);
			if (acronym) return acronym;
			const org = byOrg.get(key);
			if (org) return org;
			const given = byGiven.get(key);
			if (given?.length === 1) return given[0];
			return null;
		}
	};
}

// --- parsing into a plan ---------------------------------------------------------------------

export interface ImportMessage {
	level: 'error' | 'warning';
	key: string;
	params?: Record<string, string | number>;
}

export interface ResponsibleDraft {
	written: string;
	note: string;
	role: ResponsibleRole;
	match: NameMatch | null;
}
export interface ActionDraft {
	row: number;
	fr: string;
	en: string;
	timeline: string;
	responsibles: ResponsibleDraft[];
	indicators: { fr: string; en: string }[];
	status: ActionStatus;
	progress: number;
	weight: number;
	tableId: string | null;
}
export interface PriorityDraft {
	fr: string;
	en: string;
	actions: ActionDraft[];
	indicators: Map<string, { fr: string; en: string }>;
}
export interface ResultDraft {
	fr: string;
	en: string;
	priorities: PriorityDraft[];
}
export interface AxisDraft {
	fr: string;
	en: string;
	descriptionFr: string;
	descriptionEn: string;
	results: ResultDraft[];
}

export interface ImportRowReport {
	row: number;
	axis: string;
	result: string;
	priorities: string[];
	actions: string[];
	timelines: { text: string; start: string | null; end: string | null }[];
	responsibles: { written: string; matched: string | null; kind: 'person' | 'organization' | null }[];
	messages: ImportMessage[];
}

export interface ImportReport {
	fileName: string;
	dryRun: boolean;
	language: 'fr' | 'en';
	headerRow: number;
	columns: { source: string; field: ImportField | null }[];
	rows: ImportRowReport[];
	counts: {
		axes: number;
		results: number;
		priorities: number;
		actions: number;
		indicators: number;
		responsibles: number;
	};
	matched: { written: string; kind: 'person' | 'organization'; label: string; how: NameMatch['how'] }[];
	unmatched: string[];
	errors: number;
	warnings: number;
	planId: string | null;
}

function splitTitle(text: string): { title: string; description: string } {
	const plain = plainText(text).replace(/\n/g, ' ');
	const at = plain.indexOf(':');
	if (at > 0 && at <= 200 && plain.slice(at + 1).trim()) {
		return { title: plain.slice(0, at).trim(), description: plain.slice(at + 1).trim() };
	}
	return { title: plain.trim(), description: '' };
}

function pairOrShare<T>(items: T[], count: number, index: number): T[] {
	if (items.length === count) return items[index] === undefined ? [] : [items[index]];
	return items;
}

const sameText = (a: string, b: string) => normalizeName(a) === normalizeName(b);

export interface Parsed {
	report: ImportReport;
	axes: AxisDraft[];
}

/**
 * Reads the rows of a sheet into a plan draft and its report (pure: the names and tables of the
 * partnership come in, so the reading rules are unit-tested without a database).
 */
export function parsePlanRows(
	rows: string[][],
	fileName: string,
	mapping: ColumnMapping | null,
	names: NameIndex,
	tables: { id: string; name_fr: string; name_en: string }[]
): Parsed | Result<never> {
	const found = findColumns(rows, mapping);
	if (!found) return failure('plans.import_no_header');
	const { headerRow, columns } = found;
	const lang = columns.language;
	const cell = (row: string[], field: ImportField) => {
		const i = columns.index[field];
		return i === undefined ? '' : (row[i] ?? '').trim();
	};
	const headerCells = (rows[headerRow] ?? []).map((c) => normalizeName(c ?? ''));
	const axes: AxisDraft[] = [];
	const report: ImportReport = {
		fileName,
		dryRun: true,
		language: lang,
		headerRow: headerRow + 1,
		columns: columns.described,
		rows: [],
		counts: { axes: 0, results: 0, priorities: 0, actions: 0, indicators: 0, responsibles: 0 },
		matched: [],
		unmatched: [],
		errors: 0,
		warnings: 0,
		planId: null
	};
	const matchedSeen = new Set<string>();
	const unmatchedSeen = new Set<string>();
	let axis: AxisDraft | null = null;
	let result: ResultDraft | null = null;
	let priorities: PriorityDraft[] = [];
	const pairFr = (main: string, other: string) => (lang === 'fr' ? { fr: main, en: other } : { fr: other, en: main });
	const label = (d: { fr: string; en: string }) => (lang === 'fr' ? d.fr || d.en : d.en || d.fr);
	/** A cell's items in the main language, in the other one, and the ones to show (main, else other). */
	const items = (row: string[], main: ImportField, other: ImportField): [string[], string[], string[]] => {
		const a = splitItems(cell(row, main));
		const b = splitItems(cell(row, other));
		const n = Math.max(a.length, b.length);
		return [a, b, Array.from({ length: n }, (_, i) => a[i] || b[i] || '')];
	};
	for (let r = headerRow + 1; r < rows.length; r += 1) {
		const row = rows[r] ?? [];
		if (row.every((c) => !c?.trim())) continue;
		// A header repeated on each page of a Word table.
		if (row.map((c) => normalizeName(c ?? '')).join('|') === headerCells.join('|')) continue;
		const messages: ImportMessage[] = [];
		const line: ImportRowReport = {
			row: r + 1,
			axis: '',
			result: '',
			priorities: [],
			actions: [],
			timelines: [],
			responsibles: [],
			messages
		};
		report.rows.push(line);
		// A cell left empty in the main language reads the other language's column (a French-only
		// plan exported in English has its text in the "(FR)" columns).
		const axisText = cell(row, 'axis') || cell(row, 'axis_other');
		const resultText = cell(row, 'result') || cell(row, 'result_other');
		let axisChanged = false;
		let resultChanged = false;
		if (axisText && !(axis && sameText(splitTitle(axisText).title, label(axis)))) {
			axisChanged = true;
			const main = splitTitle(cell(row, 'axis'));
			const other = splitTitle(cell(row, 'axis_other'));
			const t = pairFr(main.title, other.title);
			const d = pairFr(main.description, other.description);
			axis = { fr: t.fr, en: t.en, descriptionFr: d.fr, descriptionEn: d.en, results: [] };
			axes.push(axis);
			result = null;
			priorities = [];
			report.counts.axes += 1;
		}
		if (!axis) {
			messages.push({ level: 'error', key: 'plans.import_err_no_axis' });
			continue;
		}
		line.axis = label(axis);
		if (resultText && (axisChanged || !result || !sameText(plainText(resultText), label(result)))) {
			resultChanged = true;
			const t = pairFr(
				plainText(cell(row, 'result')).replace(/\n/g, ' '),
				plainText(cell(row, 'result_other')).replace(/\n/g, ' ')
			);
			result = { fr: t.fr, en: t.en, priorities: [] };
			axis.results.push(result);
			priorities = [];
			report.counts.results += 1;
		} else if (axisChanged) {
			result = null;
		}
		if (!result) {
			messages.push({ level: 'error', key: 'plans.import_err_no_result' });
			continue;
		}
		line.result = label(result);
		const [priorityMain, priorityOther, priorityItems] = items(row, 'priority', 'priority_other');
		const samePriorities =
			priorities.length === priorityItems.length &&
			priorityItems.every((item, i) => sameText(item, label(priorities[i])));
		if (priorityItems.length && (resultChanged || !samePriorities)) {
			priorities = priorityItems.map((_, i) => {
				const t = pairFr(priorityMain[i] ?? '', priorityOther[i] ?? '');
				return { fr: t.fr, en: t.en, actions: [], indicators: new Map() };
			});
			result.priorities.push(...priorities);
			report.counts.priorities += priorities.length;
		}
		line.priorities = priorities.map(label);
		const [actionMain, actionOther, actionItems] = items(row, 'action', 'action_other');
		const hasDetail = ['indicators', 'timeline', 'responsibles', 'partners'].some((f) => cell(row, f as ImportField));
		if (!actionItems.length) {
			if (hasDetail) messages.push({ level: 'error', key: 'plans.import_err_no_action' });
			if (!priorityItems.length && !hasDetail) messages.push({ level: 'warning', key: 'plans.import_warn_empty_row' });
			continue;
		}
		if (!priorities.length) {
			messages.push({ level: 'error', key: 'plans.import_err_no_priority' });
			continue;
		}
		if (priorities.length > 1 && priorities.length !== actionItems.length && priorityItems.length) {
			messages.push({
				level: 'warning',
				key: 'plans.import_warn_priorities',
				params: { priorities: priorities.length, actions: actionItems.length }
			});
		}
		const timelines = splitItems(cell(row, 'timeline')).map((t) => t.replace(/\n/g, ' '));
		const responsibleItems = splitItems(cell(row, 'responsibles')).map((t) => t.replace(/\n- /g, ', '));
		const partnerItems = splitItems(cell(row, 'partners')).map((t) => t.replace(/\n- /g, ', '));
		const [indicatorMain, indicatorOther, indicatorItems] = items(row, 'indicators', 'indicators_other');
		const n = actionItems.length;
		if (n > 1 && timelines.length > 1 && timelines.length !== n) {
			messages.push({
				level: 'warning',
				key: 'plans.import_warn_pairing',
				params: { column: 'timeline', items: timelines.length, actions: n }
			});
		}
		if (n > 1 && responsibleItems.length > 1 && responsibleItems.length !== n) {
			messages.push({
				level: 'warning',
				key: 'plans.import_warn_pairing',
				params: { column: 'responsibles', items: responsibleItems.length, actions: n }
			});
		}
		const statusText = normalizeName(cell(row, 'status'));
		const status = statusWords[statusText];
		if (status === undefined)
			messages.push({ level: 'error', key: 'plans.import_err_status', params: { value: cell(row, 'status') } });
		const progressText = cell(row, 'progress').replace(/\s*%$/, '').replace(',', '.');
		const progress = progressText === '' ? 0 : Number(progressText);
		if (!Number.isInteger(progress) || progress < 0 || progress > 100) {
			messages.push({ level: 'error', key: 'plans.import_err_progress', params: { value: cell(row, 'progress') } });
		}
		const weightText = cell(row, 'weight').replace(',', '.');
		const weight = weightText === '' ? 1 : Number(weightText);
		if (!Number.isFinite(weight) || weight <= 0 || weight > 1000) {
			messages.push({ level: 'error', key: 'plans.import_err_weight', params: { value: cell(row, 'weight') } });
		}
		const tableText = cell(row, 'table');
		let tableId: string | null = null;
		if (tableText) {
			const t = tables.find((x) => sameText(x.name_fr, tableText) || sameText(x.name_en, tableText));
			if (t) tableId = t.id;
			else messages.push({ level: 'error', key: 'plans.import_err_table', params: { value: tableText } });
		}
		const indicators = indicatorItems.map((_, i) =>
			pairFr((indicatorMain[i] ?? '').replace(/\n- /g, ' – '), (indicatorOther[i] ?? '').replace(/\n- /g, ' – '))
		);
		actionItems.forEach((item, i) => {
			const priority = priorities.length === n ? priorities[i] : priorities[0];
			const responsibles: ResponsibleDraft[] = [];
			const addNames = (items: string[], role: ResponsibleRole) => {
				for (const entry of items) {
					// Whole names first ("London and Middlesex LIP"), then "et"/"and" as separators.
					const parts = splitNames(entry, { words: false }).flatMap((part) =>
						names.match(part.name) ? [part] : splitNames(`${part.name}${part.note ? ` (${part.note})` : ''}`)
					);
					for (const { name, note } of parts) {
						const match = names.match(name);
						responsibles.push({ written: name, note, role, match });
						line.responsibles.push({ written: name, matched: match?.label ?? null, kind: match?.kind ?? null });
						if (match && !matchedSeen.has(normalizeName(name))) {
							matchedSeen.add(normalizeName(name));
							report.matched.push({ written: name, kind: match.kind, label: match.label, how: match.how });
						}
						if (!match && !unmatchedSeen.has(normalizeName(name))) {
							unmatchedSeen.add(normalizeName(name));
							report.unmatched.push(name);
						}
					}
				}
			};
			addNames(pairOrShare(responsibleItems, n, i), 'lead');
			addNames(pairOrShare(partnerItems, n, i), 'support');
			const timeline = pairOrShare(timelines, n, i).join('\n');
			const parsedTimeline = parseTimeline(timeline);
			if (timeline && !parsedTimeline.parsed && !parsedTimeline.start) {
				messages.push({ level: 'warning', key: 'plans.import_warn_timeline', params: { value: timeline } });
			}
			line.timelines.push({ text: timeline, start: parsedTimeline.start, end: parsedTimeline.end });
			const t = pairFr(actionMain[i] ?? '', actionOther[i] ?? '');
			const mine = pairOrShare(indicators, n, i);
			for (const ind of mine) {
				const key = normalizeName(ind.fr || ind.en);
				if (!priority.indicators.has(key)) priority.indicators.set(key, ind);
			}
			priority.actions.push({
				row: r + 1,
				fr: t.fr,
				en: t.en,
				timeline,
				responsibles,
				indicators: mine,
				status: status ?? 'not_started',
				progress: status === 'done' ? 100 : Number.isInteger(progress) ? progress : 0,
				weight: Number.isFinite(weight) && weight > 0 ? weight : 1,
				tableId
			});
			line.actions.push(item);
			report.counts.actions += 1;
			report.counts.responsibles += responsibles.length;
		});
	}
	for (const a of axes)
		for (const r of a.results) for (const p of r.priorities) report.counts.indicators += p.indicators.size;
	report.errors = report.rows.reduce((n, r) => n + r.messages.filter((m) => m.level === 'error').length, 0);
	report.warnings = report.rows.reduce((n, r) => n + r.messages.filter((m) => m.level === 'warning').length, 0);
	if (!report.counts.actions && !report.errors) {
		report.rows.push({
			row: headerRow + 2,
			axis: '',
			result: '',
			priorities: [],
			actions: [],
			timelines: [],
			responsibles: [],
			messages: [{ level: 'error', key: 'plans.import_err_empty' }]
		});
		report.errors += 1;
	}
	return { report, axes };
}

// --- the use case ----------------------------------------------------------------------------

export interface ImportOptions {
	fileName: string;
	data: Uint8Array;
	dryRun: boolean;
	/** import into this plan (appended after its axes); otherwise a new plan from `plan` */
	planId?: string | null;
	plan?: PlanInput;
	mapping?: ColumnMapping | Record<string, unknown> | null;
	/** a saved mapping's id (import_mapping, module 'plans') */
	mappingId?: string | null;
}

/**
 * Imports an action-plan table. Returns the report in both cases; with dryRun false and no error,
 * the plan is written in one transaction (and the report carries its id).
 */
export async function importPlanTable(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	options: ImportOptions
): Promise<Result<ImportReport>> {
	let mapping: ColumnMapping | null = null;
	if (options.mappingId) {
		const saved = await scoped(ctx.db, partnershipId)
			.selectFrom('import_mapping')
			.select('mapping')
			.where('id', '=', options.mappingId)
			.where('module', '=', 'plans')
			.executeTakeFirst();
		if (!saved) return failure('plans.import_bad_mapping');
		const parsedMapping = columnMapping.safeParse(
			typeof saved.mapping === 'string' ? JSON.parse(saved.mapping) : saved.mapping
		);
		if (!parsedMapping.success) return failure('plans.import_bad_mapping');
		mapping = parsedMapping.data;
	} else if (options.mapping) {
		const parsedMapping = columnMapping.safeParse(options.mapping);
		if (!parsedMapping.success) return failure('plans.import_bad_mapping');
		mapping = parsedMapping.data;
	}
	let planValues: ReturnType<typeof planInput.parse> | null = null;
	if (!options.planId) {
		const parsedPlan = planInput.safeParse(options.plan ?? {});
		if (!parsedPlan.success) return zodFailure(parsedPlan.error);
		planValues = parsedPlan.data;
	}
	let rows: string[][];
	try {
		rows = await readSheet(options.data, options.fileName);
	} catch {
		return failure('plans.import_unreadable');
	}
	const tables = await scoped(ctx.db, partnershipId)
		.selectFrom('governance_table')
		.select(['id', 'name_fr', 'name_en'])
		.execute();
	const parsed = parsePlanRows(rows, options.fileName, mapping, await nameIndex(ctx.db, partnershipId), tables);
	if ('ok' in parsed) return parsed;
	const { report, axes } = parsed;
	report.dryRun = options.dryRun || report.errors > 0;
	if (report.dryRun) return ok(report);
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		let planId = options.planId ?? null;
		if (planId) {
			const plan = await s.selectFrom('action_plan').select('id').where('id', '=', planId).executeTakeFirst();
			if (!plan) return failure('common.error_not_found');
		} else {
			const created = await savePlanIn(trx, actor, partnershipId, null, planValues!);
			if (!created.ok) return created;
			planId = created.value.id;
		}
		await writeAxes(trx, actor, partnershipId, planId, axes);
		await updateAudited(trx, actor, partnershipId, 'action_plan', planId, {}, 'action_plan.import');
		return ok({ ...report, planId, dryRun: false });
	});
}

async function writeAxes(trx: Transaction<DB>, actor: Actor, partnershipId: string, planId: string, axes: AxisDraft[]) {
	const s = scoped(trx, partnershipId);
	const start = await s
		.selectFrom('plan_axis')
		.select((eb) => eb.fn.max<number>('position').as('max'))
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	const startIndicators = await s
		.selectFrom('indicator')
		.select((eb) => eb.fn.max<number>('position').as('max'))
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	let indicatorPosition = (startIndicators?.max ?? -1) + 1;
	for (const [ai, axis] of axes.entries()) {
		const axisRow = await insertAudited(trx, actor, partnershipId, 'plan_axis', {
			plan_id: planId,
			title_fr: axis.fr,
			title_en: axis.en,
			description_fr: axis.descriptionFr,
			description_en: axis.descriptionEn,
			position: (start?.max ?? -1) + 1 + ai
		});
		for (const [ri, result] of axis.results.entries()) {
			const resultRow = await insertAudited(trx, actor, partnershipId, 'plan_result', {
				axis_id: axisRow.id,
				title_fr: result.fr,
				title_en: result.en,
				position: ri
			});
			for (const [pi, priority] of result.priorities.entries()) {
				const priorityRow = await insertAudited(trx, actor, partnershipId, 'plan_priority', {
					result_id: resultRow.id,
					title_fr: priority.fr,
					title_en: priority.en,
					position: pi
				});
				const indicatorIds = new Map<string, string>();
				for (const [key, ind] of priority.indicators) {
					const row = await insertAudited(trx, actor, partnershipId, 'indicator', {
						plan_id: planId,
						name_fr: ind.fr,
						name_en: ind.en,
						kind: guessKind(ind.fr || ind.en),
						frequency: 'annual',
						position: indicatorPosition++
					});
					indicatorIds.set(key, row.id);
				}
				for (const [xi, action] of priority.actions.entries()) {
					const timeline = parseTimeline(action.timeline);
					const actionRow = await insertAudited(trx, actor, partnershipId, 'plan_action', {
						plan_id: planId,
						priority_id: priorityRow.id,
						description_fr: action.fr,
						description_en: action.en,
						timeline_text: action.timeline.slice(0, 500),
						start_date: timeline.start,
						end_date: timeline.end,
						status: action.status,
						progress: action.progress,
						weight: action.weight,
						table_id: action.tableId,
						position: xi
					});
					if (action.status !== 'not_started' || action.progress > 0) {
						await insertAudited(trx, actor, partnershipId, 'action_update', {
							action_id: actionRow.id,
							via: 'import',
							user_id: actor.userId,
							status_after: action.status,
							progress_after: action.progress
						});
					}
					for (const [i, r] of action.responsibles.entries()) {
						await insertAudited(trx, actor, partnershipId, 'action_responsible', {
							action_id: actionRow.id,
							person_id: r.match?.kind === 'person' ? r.match.id : null,
							organization_id: r.match?.kind === 'organization' ? r.match.id : null,
							name_text: r.match ? '' : r.written.slice(0, 300),
							note: r.note.slice(0, 300),
							role: r.role,
							position: i
						});
					}
					const linked = new Set<string>();
					for (const ind of action.indicators) {
						const id = indicatorIds.get(normalizeName(ind.fr || ind.en));
						if (id && linked.has(id)) continue;
						if (id) linked.add(id);
						if (id)
							await insertAudited(trx, actor, partnershipId, 'indicator_link', {
								indicator_id: id,
								action_id: actionRow.id
							});
					}
				}
			}
		}
	}
}

/** "Taux de participation" is a percentage, "Nombre d'employeurs" a count, "Degré d'efficacité" qualitative. */
export function guessKind(name: string): 'count' | 'percentage' | 'qualitative' {
	const n = normalizeName(name);
	if (/^(taux|pourcentage|proportion|rate|percentage|share|percent)\b/.test(n)) return 'percentage';
	if (/^(nombre|nb|number|count|total)\b/.test(n)) return 'count';
	return 'qualitative';
}

// --- saved mappings --------------------------------------------------------------------------

export async function saveImportMapping(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	name: string,
	raw: unknown
): Promise<Result<{ id: string }>> {
	const parsed = columnMapping.safeParse(raw);
	if (!parsed.success) return failure('plans.import_bad_mapping');
	const cleanName = name.trim().slice(0, 200);
	if (!cleanName) return failure('common.error_form', { name: ['validation.required'] });
	return ctx.db.transaction().execute(async (trx) => {
		const existing = await scoped(trx, partnershipId)
			.selectFrom('import_mapping')
			.select('id')
			.where('module', '=', 'plans')
			.where('name', '=', cleanName)
			.executeTakeFirst();
		if (existing) {
			await updateAudited(trx, actor, partnershipId, 'import_mapping', existing.id, {
				mapping: JSON.stringify(parsed.data)
			});
			return ok({ id: existing.id });
		}
		const row = await insertAudited(trx, actor, partnershipId, 'import_mapping', {
			module: 'plans',
			name: cleanName,
			mapping: JSON.stringify(parsed.data),
			created_by: actor.userId
		});
		return ok({ id: row.id });
	});
}

export async function listImportMappings(db: AppContext['db'], partnershipId: string) {
	return scoped(db, partnershipId)
		.selectFrom('import_mapping')
		.select(['id', 'name', 'mapping', 'updated_at'])
		.where('module', '=', 'plans')
		.orderBy('name')
		.execute();
}

/** The columns of a file, for the mapping form (header row found, or the first non-empty row). */
export async function previewColumns(data: Uint8Array, fileName: string): Promise<string[]> {
	const rows = await readSheet(data, fileName);
	const found = findColumns(rows, null);
	const row = found ? rows[found.headerRow] : rows.find((r) => r.some((c) => c?.trim()));
	return (row ?? []).map((c) => (c ?? '').trim()).filter(Boolean);
}

/**
 * Responsibles typed one per line in the action form ("Nadia Haddad", "CCFL (salle)"), matched
 * like the importer's names; the unmatched are kept as text.
 */
export async function resolveResponsibles(
	db: AppContext['db'],
	partnershipId: string,
	leads: string,
	supports: string
): Promise<
	{ personId: string | null; organizationId: string | null; nameText: string; note: string; role: ResponsibleRole }[]
> {
	const names = await nameIndex(db, partnershipId);
	const out: {
		personId: string | null;
		organizationId: string | null;
		nameText: string;
		note: string;
		role: ResponsibleRole;
	}[] = [];
	for (const [text, role] of [
		[leads, 'lead'],
		[supports, 'support']
	] as const) {
		for (const line of text
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean)) {
			for (const part of splitNames(line, { words: false })) {
				const match = names.match(part.name);
				out.push({
					personId: match?.kind === 'person' ? match.id : null,
					organizationId: match?.kind === 'organization' ? match.id : null,
					nameText: match ? '' : part.name.slice(0, 300),
					note: part.note.slice(0, 300),
					role
				});
			}
		}
	}
	return out;
}
