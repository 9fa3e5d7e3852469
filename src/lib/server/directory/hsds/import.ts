import { parse } from 'csv-parse/sync';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../../accounts/types.ts';
import { recordAudit } from '../../audit/index.ts';
import type { DB } from '../../db/schema.ts';
import { failure, ok, type Result } from '../../result.ts';
import { scoped } from '../../tenancy/scoped.ts';
import { findLikelyDuplicates, type DuplicateMatch } from '../curation/duplicates.ts';
import { accessibilityFeatures, deliveryModes, immigrationStatuses } from '../db-schema.ts';
import { refreshServiceSearch } from '../search-index.ts';
import type { Lang } from './dataset.ts';
import { flattenJson, type SourceRow } from './nest.ts';
import { virtualTaxonomyIds, virtualTermsById } from './profile.ts';
import {
	importOrder,
	pairOf,
	tableByFile,
	tableSpecs,
	unsupportedFiles,
	type FieldSpec,
	type OurTable
} from './tables.ts';
import { unzipStore } from './export.ts';

/**
 * HSDS JSON or CSV package → our rows: upsert by id, in one transaction, with a row-by-row report
 * (table, row, id, field, message key). Any error → nothing is written. A dry run does the whole
 * import and rolls it back, so it also meets every database constraint. See docs/hsds-profile.md.
 */

export interface ImportIssue {
	severity: 'error' | 'warning';
	table: string;
	/** Where in the file: `services.csv:3` (line), `organizations[0].services[1]` (JSON path), `Sheet1:4`. */
	row: string;
	id: string;
	field: string;
	/** A message key (directory.import_…), shown in the reader's language. */
	code: string;
	params?: Record<string, string | number>;
}

export interface TableCount {
	created: number;
	updated: number;
	unchanged: number;
}

export interface ImportReport {
	status: 'committed' | 'dry_run' | 'rejected';
	counts: Partial<Record<OurTable, TableCount>>;
	issues: ImportIssue[];
	/** Services created or touched (for the search index and for the page's links). */
	serviceIds: string[];
	rows: number;
	/** New services that look like listings already in the directory (curation/duplicates.ts). */
	duplicates: { table: 'service'; row: string; id: string; name: string; matches: DuplicateMatch[] }[];
}

export interface ImportOptions {
	dryRun?: boolean;
	/** The language of standard HSDS text fields in rows without profile attributes (default en). */
	sourceLanguage?: Lang;
	/** Called inside the transaction after the rows are written (besides the search index). */
	afterWrite?: (trx: Transaction<DB>, partnershipId: string, serviceIds: string[]) => Promise<void>;
	/** Look for likely duplicates of new services (default true; at most 200 services are checked). */
	duplicates?: boolean;
}

export type ImportInput =
	| { kind: 'json'; text: string; name?: string }
	| { kind: 'csv'; files: Record<string, string> }
	| { kind: 'zip'; bytes: Uint8Array }
	| { kind: 'rows'; rows: SourceRow[] };

interface Norm {
	table: OurTable;
	where: string;
	id: string;
	/** Our column values to write. */
	values: Record<string, unknown>;
	/** Reference fields (our column) → id, resolved later. */
	refs: Record<string, string | null>;
	/** A Passerelle row: its profile attributes say everything (absent → empty). */
	profile: boolean;
	/** Bilingual texts from the profile attributes. */
	i18n: Partial<Record<Lang, Record<string, string>>>;
	/** Values from profile attributes (our extra columns). */
	extra: Record<string, unknown>;
	/** For taxonomy_term with an unknown taxonomy: the taxonomy name given. */
	taxonomyName?: string;
	skip?: boolean;
	data: Record<string, unknown>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const attributeEntities = new Set([
	'organization',
	'service',
	'location',
	'service_at_location',
	'program',
	'contact',
	'phone',
	'address',
	'schedule',
	'service_area',
	'language',
	'cost_option',
	'required_document',
	'accessibility',
	'funding'
]);

/** Defaults our columns take when a Passerelle row leaves a field out. */
const enumDefaults: Record<string, string> = {
	'service.status': 'active',
	'location.location_type': 'physical',
	'address.address_type': 'physical',
	'address.country': 'CA',
	'address.state_province': 'ON',
	'phone.type': 'voice',
	'cost_option.currency': 'CAD'
};

const k = (key: string) => `directory.${key}`;

function str(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'string') return v;
	return String(v);
}

/** The source as flat rows with their locations. */
export function sourceRows(input: ImportInput, issues: ImportIssue[]): SourceRow[] {
	if (input.kind === 'rows') return input.rows;
	if (input.kind === 'json') {
		let parsed: unknown;
		try {
			parsed = JSON.parse(input.text.replace(/^\uFEFF/, ''));
		} catch (error) {
			issues.push({
				severity: 'error',
				table: '',
				row: input.name ?? 'json',
				id: '',
				field: '',
				code: k('import_error_json'),
				params: { detail: (error as Error).message.slice(0, 200) }
			});
			return [];
		}
		const rows = flattenJson(parsed);
		if (rows.length === 0)
			issues.push({
				severity: 'error',
				table: '',
				row: input.name ?? 'json',
				id: '',
				field: '',
				code: k('import_error_empty')
			});
		return rows;
	}
	let files: Record<string, string>;
	if (input.kind === 'zip') {
		const entries = unzipStore(input.bytes);
		if (!entries) {
			issues.push({ severity: 'error', table: '', row: 'zip', id: '', field: '', code: k('import_error_zip') });
			return [];
		}
		const dec = new TextDecoder();
		files = Object.fromEntries(Object.entries(entries).map(([n, b]) => [n, dec.decode(b)]));
		const json = Object.keys(files).find((n) => n.endsWith('.json') && n !== 'datapackage.json');
		if (json && !Object.keys(files).some((n) => n.endsWith('.csv')))
			return sourceRows({ kind: 'json', text: files[json], name: json }, issues);
	} else files = input.files;
	const out: SourceRow[] = [];
	let known = 0;
	for (const [name, text] of Object.entries(files)) {
		const file = name.split(/[\\/]/).pop() ?? name;
		if (file === 'datapackage.json') continue;
		const table = tableByFile[file];
		if (!table) {
			const rows = text.split(/\r?\n/).filter((l) => l.trim()).length - 1;
			if (rows > 0)
				issues.push({
					severity: 'warning',
					table: unsupportedFiles.includes(file) ? file.replace(/\.csv$/, '') : '',
					row: file,
					id: '',
					field: '',
					code: k(unsupportedFiles.includes(file) ? 'import_warning_table_skipped' : 'import_warning_file_unknown'),
					params: { count: rows, file }
				});
			continue;
		}
		known++;
		let records: Record<string, string>[];
		try {
			records = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
		} catch (error) {
			issues.push({
				severity: 'error',
				table,
				row: file,
				id: '',
				field: '',
				code: k('import_error_csv'),
				params: { detail: (error as Error).message.slice(0, 200) }
			});
			continue;
		}
		records.forEach((data, i) => out.push({ table, where: `${file}:${i + 2}`, data }));
	}
	if (known === 0)
		issues.push({ severity: 'error', table: '', row: '', id: '', field: '', code: k('import_error_no_tables') });
	return out;
}

function normalizeField(
	table: OurTable,
	field: string,
	f: FieldSpec,
	raw: unknown,
	issue: (severity: 'error' | 'warning', field: string, code: string, params?: Record<string, string | number>) => void
): { ok: true; value: unknown } | { ok: false } {
	const s = str(raw).trim();
	if (f.kind === 'uuid') {
		if (!s) return { ok: true, value: null };
		const id = s.toLowerCase();
		if (!uuidPattern.test(id)) {
			issue(f.ref && !f.required ? 'warning' : 'error', field, k('import_error_uuid'));
			return f.ref && !f.required ? { ok: true, value: null } : { ok: false };
		}
		return { ok: true, value: id };
	}
	if (f.kind === 'number' || f.kind === 'integer') {
		if (!s) return { ok: true, value: null };
		const n = Number(s.replace(',', '.'));
		if (!Number.isFinite(n) || (f.kind === 'integer' && !Number.isInteger(n))) {
			issue('error', field, k('import_error_number'));
			return { ok: false };
		}
		return { ok: true, value: n };
	}
	if (f.kind === 'date') {
		if (!s) return { ok: true, value: null };
		const d = s.slice(0, 10);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) {
			issue('error', field, k('import_error_date'));
			return { ok: false };
		}
		return { ok: true, value: d };
	}
	if (f.kind === 'time') {
		if (!s) return { ok: true, value: null };
		const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(s);
		if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) {
			issue('error', field, k('import_error_time'));
			return { ok: false };
		}
		return { ok: true, value: `${m[1].padStart(2, '0')}:${m[2]}:${m[3] ?? '00'}` };
	}
	if (f.kind === 'datetime') {
		if (!s) return { ok: true, value: null };
		const t = Date.parse(s);
		if (Number.isNaN(t)) {
			issue('warning', field, k('import_warning_value_dropped'));
			return { ok: true, value: null };
		}
		return { ok: true, value: new Date(t) };
	}
	if (f.oneOf) {
		if (!s) return { ok: true, value: enumDefaults[`${table}.${field}`] ?? null };
		const found = f.oneOf.find((o) => o.toLowerCase() === s.toLowerCase());
		if (!found) {
			issue('error', field, k('import_error_choice'), { choices: f.oneOf.join(', ') });
			return { ok: false };
		}
		return { ok: true, value: found };
	}
	const text = str(raw);
	if (f.max && text.length > f.max) {
		issue('error', field, k('import_error_too_long'), { max: f.max });
		return { ok: false };
	}
	return { ok: true, value: text };
}

function normalize(src: SourceRow, lang: Lang, issues: ImportIssue[]): Norm | null {
	const { table, data, where } = src;
	const spec = tableSpecs[table];
	const id = str(data.id).trim().toLowerCase();
	let failed = false;
	const issue = (
		severity: 'error' | 'warning',
		field: string,
		code: string,
		params?: Record<string, string | number>
	) => {
		issues.push({ severity, table, row: where, id, field, code, params });
		if (severity === 'error') failed = true;
	};
	if (!id) {
		issue('error', 'id', k('import_error_required'));
		return null;
	}
	if (!uuidPattern.test(id)) {
		issue('error', 'id', k('import_error_uuid'));
		return null;
	}
	if ((table === 'taxonomy' && virtualTaxonomyIds.has(id)) || (table === 'taxonomy_term' && virtualTermsById.has(id)))
		return { table, where, id, values: {}, refs: {}, profile: false, i18n: {}, extra: {}, skip: true, data };
	const n: Norm = { table, where, id, values: {}, refs: {}, profile: false, i18n: {}, extra: {}, data };
	for (const [field, f] of Object.entries(spec.fields)) {
		if (field === 'id' || f.exportOnly) continue;
		if (f.bilingual) {
			const [fr, en] = pairOf(field, f);
			for (const [key, column] of [
				[`${field}_fr`, fr],
				[`${field}_en`, en]
			] as const) {
				if (data[key] === undefined) continue;
				const r = normalizeField(table, key, f, data[key], issue);
				if (r.ok) n.values[column] = r.value;
			}
			let raw = data[field];
			if (table === 'service' && field === 'fees_description' && !str(raw) && str(data.fees)) raw = data.fees;
			if (raw !== undefined && data[`${field}_${lang}`] === undefined) {
				const r = normalizeField(table, field, f, raw, issue);
				if (r.ok) n.values[lang === 'fr' ? fr : en] = r.value;
			}
			continue;
		}
		if (data[field] === undefined) continue;
		const r = normalizeField(table, field, f, data[field], issue);
		if (!r.ok) continue;
		if (f.ref) n.refs[field] = r.value as string | null;
		else n.values[f.column ?? field] = r.value;
	}
	// Extension keys a spreadsheet mapping may give directly (docs/hsds-profile.md § Spreadsheets).
	for (const key of [
		'eligible_statuses',
		'delivery_modes',
		'free_of_charge',
		'feature',
		'via_interpreter',
		'time_zone'
	]) {
		if (data[key] !== undefined) n.extra[key] = data[key];
	}
	if (table === 'taxonomy_term') n.taxonomyName = str(data.taxonomy).trim();
	// Table rules (the database's checks, said first so the report can name the field).
	const v = n.values;
	if (table === 'location' && (v.latitude !== undefined || v.longitude !== undefined)) {
		const lat = v.latitude as number | null;
		const lon = v.longitude as number | null;
		if (
			lat === null ||
			lon === null ||
			lat === undefined ||
			lon === undefined ||
			Math.abs(lat) > 90 ||
			Math.abs(lon) > 180
		) {
			if (lat !== null || lon !== null) issue('warning', 'latitude', k('import_warning_coordinates_dropped'));
			v.latitude = null;
			v.longitude = null;
		}
	}
	if (table === 'service') {
		for (const field of ['minimum_age', 'maximum_age']) {
			const a = v[field] as number | null | undefined;
			if (typeof a === 'number' && (a < 0 || a > 130)) issue('error', field, k('import_error_age'));
		}
		if (typeof v.minimum_age === 'number' && typeof v.maximum_age === 'number' && v.maximum_age < v.minimum_age)
			issue('error', 'maximum_age', k('import_error_age_order'));
	}
	if (table === 'organization' && typeof v.year_incorporated === 'number') {
		if (v.year_incorporated < 1600 || v.year_incorporated > 2200) {
			issue('warning', 'year_incorporated', k('import_warning_value_dropped'));
			v.year_incorporated = null;
		}
	}
	if (table === 'address') {
		if (typeof v.country === 'string') {
			v.country = v.country.trim().toUpperCase() || 'CA';
			if (!/^[A-Z]{2}$/.test(v.country as string)) issue('error', 'country', k('import_error_country'));
		}
		if (v.state_province === '') v.state_province = 'ON';
		for (const field of ['address_1', 'city'])
			if (v[field] !== undefined && !str(v[field]).trim()) issue('error', field, k('import_error_required'));
	}
	if (table === 'cost_option') {
		if (typeof v.currency === 'string') {
			v.currency = v.currency.trim().toUpperCase() || 'CAD';
			if (!/^[A-Z]{3}$/.test(v.currency as string)) issue('error', 'currency', k('import_error_currency'));
		}
		if (typeof v.amount === 'number' && v.amount < 0) issue('error', 'amount', k('import_error_number'));
	}
	if (table === 'language' && v.code !== undefined) {
		v.code = str(v.code).trim().toLowerCase();
		if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(v.code as string))
			issue('error', 'code', k('import_error_language_code'));
	}
	if (table === 'phone' && v.number !== undefined && !str(v.number).trim())
		issue('error', 'number', k('import_error_required'));
	if (table === 'phone' && typeof v.extension === 'number' && (v.extension < 0 || v.extension > 99999999)) {
		issue('warning', 'extension', k('import_warning_value_dropped'));
		v.extension = null;
	}
	if (table === 'schedule') {
		for (const field of ['count', 'interval'])
			if (typeof v[field] === 'number' && (v[field] as number) <= 0) issue('error', field, k('import_error_number'));
		if (v.valid_from && v.valid_to && (v.valid_to as string) < (v.valid_from as string))
			issue('error', 'valid_to', k('import_error_date_order'));
	}
	if (table === 'attribute') {
		const entity = str(data.link_entity).trim();
		v.link_entity = entity;
	}
	return failed ? null : n;
}

/** Applies a profile attribute to the row it describes. */
function applyProfileAttribute(
	target: Norm,
	taxonomy: string,
	term: string,
	value: string,
	issue: (code: string) => void
) {
	target.profile = true;
	switch (taxonomy) {
		case 'passerelle-i18n': {
			try {
				const parsed = JSON.parse(value) as Record<string, unknown>;
				const texts: Record<string, string> = {};
				for (const [key, v] of Object.entries(parsed)) if (typeof v === 'string') texts[key] = v;
				target.i18n[term as Lang] = texts;
			} catch {
				issue(k('import_error_profile_value'));
			}
			return;
		}
		case 'passerelle-eligibility':
			((target.extra.eligible_statuses ??= []) as string[]).push(term);
			return;
		case 'passerelle-delivery-mode':
			((target.extra.delivery_modes ??= []) as string[]).push(term);
			return;
		case 'passerelle-flag':
			target.extra[term] = true;
			return;
		case 'passerelle-accessibility-feature':
			target.extra.feature = term;
			return;
		case 'passerelle-field':
			target.extra[term] = value;
			return;
	}
}

function slugify(name: string): string {
	const s = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 50);
	return /^[a-z0-9]/.test(s) ? s : `t-${s || 'imported'}`;
}

function asList(v: unknown): string[] {
	if (Array.isArray(v)) return v.map(String);
	return str(v)
		.split(/[,;]/)
		.map((x) => x.trim())
		.filter(Boolean);
}

/** Turns extension values into our columns, and fills what the profile says is empty. */
function finish(
	n: Norm,
	existing: boolean,
	issue: (field: string, code: string, severity?: 'error' | 'warning') => void
) {
	const spec = tableSpecs[n.table];
	const v = n.values;
	if (n.profile) {
		// A Passerelle row: every bilingual field comes from the profile attributes, absent = empty.
		for (const [field, f] of Object.entries(spec.fields)) {
			if (f.bilingual) {
				const [fr, en] = pairOf(field, f);
				v[fr] = n.i18n.fr?.[field] ?? '';
				v[en] = n.i18n.en?.[field] ?? '';
			} else if (field !== 'id' && !f.exportOnly && !(field in n.data) && !f.ref) {
				const column = f.column ?? field;
				if (column === 'updated_at') continue;
				v[column] = enumDefaults[`${n.table}.${field}`] ?? (f.oneOf || f.kind ? null : '');
			} else if (f.ref && !(field in n.data)) n.refs[field] = null;
		}
	}
	const x = n.extra;
	const profileOrGiven = (key: string) => n.profile || x[key] !== undefined;
	if (n.table === 'service') {
		if (profileOrGiven('eligible_statuses')) {
			const list = asList(x.eligible_statuses ?? []);
			const bad = list.filter((s) => !(immigrationStatuses as readonly string[]).includes(s));
			if (bad.length) issue('eligible_statuses', k('import_error_choice'));
			v.eligible_statuses = list.filter((s) => !bad.includes(s)).sort();
		}
		if (profileOrGiven('delivery_modes')) {
			const list = asList(x.delivery_modes ?? []);
			const bad = list.filter((s) => !(deliveryModes as readonly string[]).includes(s));
			if (bad.length) issue('delivery_modes', k('import_error_choice'));
			v.delivery_modes = deliveryModes.filter((m) => list.includes(m));
		}
		if (profileOrGiven('free_of_charge')) v.free_of_charge = x.free_of_charge === true || x.free_of_charge === 'true';
	}
	if (n.table === 'language' && profileOrGiven('via_interpreter'))
		v.via_interpreter = x.via_interpreter === true || x.via_interpreter === 'true';
	if (n.table === 'accessibility' && (profileOrGiven('feature') || !existing)) {
		const feature = str(x.feature) || 'other';
		if (!(accessibilityFeatures as readonly string[]).includes(feature)) issue('feature', k('import_error_choice'));
		else v.feature = feature;
	}
	if (n.table === 'location' && x.time_zone !== undefined) v.time_zone = str(x.time_zone).slice(0, 60);
	if (n.table === 'organization') {
		if (x.sector !== undefined) v.sector = str(x.sector);
		if (x.acronym !== undefined || n.profile) v.acronym = str(x.acronym).slice(0, 30);
		if (!existing) {
			v.sector ??= 'other';
			v.is_member = false;
		}
	}
	if (n.table === 'phone' && (x.phone_languages !== undefined || n.profile))
		v.languages = asList(x.phone_languages ?? '');
	if (n.table === 'taxonomy' && x.taxonomy_code !== undefined) v.code = str(x.taxonomy_code);
	if (n.table === 'taxonomy_term') {
		if (x.names !== undefined || n.profile) {
			try {
				v.names = JSON.stringify(x.names ? JSON.parse(str(x.names)) : {});
			} catch {
				issue('names', k('import_error_profile_value'));
			}
		}
		if (x.synonyms !== undefined || n.profile) {
			try {
				v.synonyms = x.synonyms ? (JSON.parse(str(x.synonyms)) as string[]).map(String) : [];
			} catch {
				issue('synonyms', k('import_error_profile_value'));
			}
		}
		if (x.theme !== undefined || n.profile) v.theme = str(x.theme).slice(0, 60);
		if (x.position !== undefined) v.position = Number(x.position) || 0;
	}
	// Names the database requires.
	for (const [field, f] of Object.entries(spec.fields)) {
		if (!f.bilingual || !f.required) continue;
		const [fr, en] = pairOf(field, f);
		if (n.table === 'organization') {
			// Both names are required for a partnership's organization: one stands in for the other.
			if (v[fr] === '' && str(v[en])) v[fr] = v[en];
			if (v[en] === '' && str(v[fr])) v[en] = v[fr];
			if (!existing && !str(v[fr]) && !str(v[en])) issue(field, k('import_error_required'), 'error');
			if (!existing) {
				v[fr] ??= v[en];
				v[en] ??= v[fr];
			}
		} else if (!existing && !str(v[fr]) && !str(v[en])) issue(field, k('import_error_required'), 'error');
		else if (existing && v[fr] === '' && v[en] === '') issue(field, k('import_error_required'), 'error');
	}
}

type Existing = Map<string, string>; // id → partnership_id

async function lookupIds(db: Kysely<DB> | Transaction<DB>, table: OurTable, ids: string[]): Promise<Existing> {
	const out: Existing = new Map();
	for (let i = 0; i < ids.length; i += 1000) {
		const chunk = ids.slice(i, i + 1000);
		if (!chunk.length) continue;
		// Deliberately unscoped: only ids and their partnership, to refuse a cross-tenant id.
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const rows = (await (db as any)
			.selectFrom(table)
			.select(['id', 'partnership_id'])
			.where('id', 'in', chunk)
			.execute()) as {
			id: string;
			partnership_id: string;
		}[];
		for (const r of rows) out.set(r.id, r.partnership_id);
	}
	return out;
}

class Rollback extends Error {}

function sameValue(a: unknown, b: unknown): boolean {
	if (a instanceof Date || b instanceof Date) {
		const ta = a instanceof Date ? a.getTime() : a ? Date.parse(String(a)) : null;
		const tb = b instanceof Date ? b.getTime() : b ? Date.parse(String(b)) : null;
		return ta === tb;
	}
	// Our array columns are sets (statuses, modes, languages): their order is not a change.
	if (Array.isArray(a) && Array.isArray(b)) {
		const sorted = (x: unknown[]) => x.map((v) => JSON.stringify(v)).sort();
		return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
	}
	if (typeof a === 'object' || typeof b === 'object') {
		const norm = (x: unknown) =>
			typeof x === 'string' && (x.startsWith('{') || x.startsWith('[')) ? JSON.parse(x) : x;
		return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
	}
	if (typeof a === 'string' && typeof b === 'string' && /^\d{2}:\d{2}/.test(a)) return a.slice(0, 8) === b.slice(0, 8);
	return (a ?? null) === (b ?? null);
}

/** Parents before children within a self-referencing table; a cycle is an error. */
function parentsFirst(rows: Norm[], field: string, issues: ImportIssue[]): Norm[] {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const done = new Set<string>();
	const out: Norm[] = [];
	const visiting = new Set<string>();
	const visit = (r: Norm) => {
		if (done.has(r.id)) return;
		if (visiting.has(r.id)) {
			issues.push({ severity: 'error', table: r.table, row: r.where, id: r.id, field, code: k('import_error_cycle') });
			return;
		}
		visiting.add(r.id);
		const parent = r.refs[field];
		if (parent && byId.has(parent)) visit(byId.get(parent)!);
		visiting.delete(r.id);
		done.add(r.id);
		out.push(r);
	};
	rows.forEach(visit);
	return out;
}

/** The HSDS import use case (pages, API-free CLI and tests call it). */
export async function importHsds(
	ctx: { db: Kysely<DB> },
	actor: Actor,
	partnershipId: string,
	input: ImportInput,
	options: ImportOptions = {}
): Promise<Result<ImportReport>> {
	if (!partnershipId) return failure('common.error_not_found');
	const lang = options.sourceLanguage ?? 'en';
	const issues: ImportIssue[] = [];
	const sources = sourceRows(input, issues);
	const report: ImportReport = {
		status: 'rejected',
		counts: {},
		issues,
		serviceIds: [],
		rows: sources.length,
		duplicates: []
	};
	const rows: Norm[] = [];
	const seen = new Map<string, Norm>();
	for (const src of sources) {
		const n = normalize(src, lang, issues);
		if (!n || n.skip) continue;
		const key = `${n.table}:${n.id}`;
		const first = seen.get(key);
		if (first) {
			// Nested JSON repeats a record under each parent; a CSV table must not.
			if (input.kind === 'csv' || input.kind === 'zip')
				issues.push({
					severity: 'error',
					table: n.table,
					row: n.where,
					id: n.id,
					field: 'id',
					code: k('import_error_duplicate_id')
				});
			else {
				for (const [c, v] of Object.entries(n.values)) if (first.values[c] === undefined) first.values[c] = v;
				for (const [c, v] of Object.entries(n.refs)) if (!first.refs[c]) first.refs[c] = v;
			}
			continue;
		}
		seen.set(key, n);
		rows.push(n);
	}
	const byTable = new Map<OurTable, Norm[]>();
	for (const t of importOrder) byTable.set(t, []);
	for (const r of rows) byTable.get(r.table)!.push(r);
	const inFile = (table: OurTable, id: string) => seen.has(`${table}:${id}`);

	// Ids already in the database: ours (update) or another partnership's (refused).
	const wanted = new Map<OurTable, Set<string>>();
	const want = (t: OurTable, id: string) => {
		let set = wanted.get(t);
		if (!set) wanted.set(t, (set = new Set()));
		set.add(id);
	};
	for (const r of rows) {
		want(r.table, r.id);
		for (const [field, id] of Object.entries(r.refs)) if (id) want(tableSpecs[r.table].fields[field].ref!, id);
		if (r.table === 'attribute') {
			const entity = str(r.values.link_entity);
			if (attributeEntities.has(entity) && typeof r.data.link_id === 'string')
				want(entity as OurTable, str(r.data.link_id).toLowerCase());
			const term = str(r.data.taxonomy_term_id).toLowerCase();
			if (term) want('taxonomy_term', term);
		}
	}
	const existing = new Map<OurTable, Existing>();
	for (const [t, ids] of wanted) existing.set(t, await lookupIds(ctx.db, t, [...ids]));
	const ours = (t: OurTable, id: string) => existing.get(t)?.get(id) === partnershipId;
	const known = (t: OurTable, id: string) => inFile(t, id) || ours(t, id);

	for (const r of rows) {
		const owner = existing.get(r.table)?.get(r.id);
		if (owner && owner !== partnershipId) {
			issues.push({
				severity: 'error',
				table: r.table,
				row: r.where,
				id: r.id,
				field: 'id',
				code: k('import_error_other_partnership')
			});
			r.skip = true;
		}
	}

	// Profile attributes go onto their rows; real attributes are checked like any row.
	for (const a of byTable.get('attribute')!) {
		const term = str(a.data.taxonomy_term_id).trim().toLowerCase();
		const linkId = str(a.data.link_id).trim().toLowerCase();
		const entity = str(a.values.link_entity);
		const profile = virtualTermsById.get(term);
		const warn = (code: string, field: string) =>
			issues.push({ severity: 'warning', table: 'attribute', row: a.where, id: a.id, field, code });
		if (profile) {
			a.skip = true;
			const target = seen.get(`${entity}:${linkId}`);
			if (!target) warn(k('import_warning_attribute_orphan'), 'link_id');
			else
				applyProfileAttribute(target, profile.taxonomy, profile.term, str(a.data.value), (code) =>
					issues.push({ severity: 'error', table: 'attribute', row: a.where, id: a.id, field: 'value', code })
				);
			continue;
		}
		if (!attributeEntities.has(entity)) {
			warn(k('import_warning_attribute_entity'), 'link_entity');
			a.skip = true;
		} else if (!uuidPattern.test(linkId) || !known(entity as OurTable, linkId)) {
			warn(k('import_warning_attribute_orphan'), 'link_id');
			a.skip = true;
		} else if (!uuidPattern.test(term) || !known('taxonomy_term', term)) {
			warn(k('import_warning_unknown_reference'), 'taxonomy_term_id');
			a.skip = true;
		} else {
			a.values.link_id = linkId;
			a.values.taxonomy_term_id = term;
		}
	}

	// References: to a row in the file or one of ours; an unknown optional one is dropped.
	const createdTaxonomies = new Map<string, Norm>();
	for (const r of rows) {
		if (r.skip) continue;
		for (const [field, id] of Object.entries(r.refs)) {
			if (!id) continue;
			const f = tableSpecs[r.table].fields[field];
			if (known(f.ref!, id)) continue;
			if (r.table === 'taxonomy_term' && field === 'taxonomy_id') {
				// A term whose taxonomy is not given: the taxonomy is created from the term's `taxonomy` name.
				if (!createdTaxonomies.has(id) && existing.get('taxonomy')?.get(id) === undefined) {
					const name = r.taxonomyName || 'Imported taxonomy';
					createdTaxonomies.set(id, {
						table: 'taxonomy',
						where: r.where,
						id,
						values: lang === 'fr' ? { name_fr: name } : { name_en: name },
						refs: {},
						profile: false,
						i18n: {},
						extra: {},
						data: {}
					});
					issues.push({
						severity: 'warning',
						table: r.table,
						row: r.where,
						id: r.id,
						field,
						code: k('import_warning_taxonomy_created')
					});
				}
				if (existing.get('taxonomy')?.get(id) === undefined) continue;
			}
			if (f.required) {
				issues.push({
					severity: 'error',
					table: r.table,
					row: r.where,
					id: r.id,
					field,
					code: k('import_error_unknown_reference')
				});
			} else {
				issues.push({
					severity: 'warning',
					table: r.table,
					row: r.where,
					id: r.id,
					field,
					code: k('import_warning_unknown_reference')
				});
				r.refs[field] = null;
			}
		}
	}
	if (createdTaxonomies.size) byTable.get('taxonomy')!.push(...createdTaxonomies.values());

	for (const r of [...byTable.values()].flat()) {
		if (r.skip) continue;
		finish(r, ours(r.table, r.id), (field, code, severity = 'error') =>
			issues.push({ severity, table: r.table, row: r.where, id: r.id, field, code })
		);
		// Required references the file leaves empty.
		for (const [field, f] of Object.entries(tableSpecs[r.table].fields)) {
			if (!f.ref || !f.required) continue;
			if (!r.refs[field] && !ours(r.table, r.id))
				issues.push({
					severity: 'error',
					table: r.table,
					row: r.where,
					id: r.id,
					field,
					code: k('import_error_required')
				});
		}
	}
	byTable.set('organization', parentsFirst(byTable.get('organization')!, 'parent_organization_id', issues));
	byTable.set('taxonomy_term', parentsFirst(byTable.get('taxonomy_term')!, 'parent_id', issues));

	if (issues.some((i) => i.severity === 'error')) return ok(report);

	// New services that look like existing listings: reported, never blocking.
	if (options.duplicates !== false) {
		const fresh = byTable
			.get('service')!
			.filter((r) => !r.skip && !ours('service', r.id))
			.slice(0, 200);
		for (const r of fresh) {
			const name = { fr: str(r.values.name_fr), en: str(r.values.name_en) };
			const matches = await findLikelyDuplicates(ctx.db, partnershipId, {
				name,
				organizationId: r.refs.organization_id ?? null,
				excludeId: r.id
			});
			if (matches.length)
				report.duplicates.push({
					table: 'service',
					row: r.where,
					id: r.id,
					name: name[lang] || name.fr || name.en,
					matches
				});
		}
	}

	const serviceIds = new Set<string>();
	try {
		await ctx.db.transaction().execute(async (trx) => {
			const s = scoped(trx, partnershipId);
			// Taxonomy codes: kept for existing rows, made from the name (unique) for new ones.
			const codes = new Set((await s.selectFrom('taxonomy').select(['id', 'code']).execute()).map((t) => t.code));
			for (const table of importOrder) {
				const list = byTable.get(table)!.filter((r) => !r.skip);
				if (!list.length) continue;
				const count: TableCount = { created: 0, updated: 0, unchanged: 0 };
				report.counts[table] = count;
				const beforeRows = new Map<string, Record<string, unknown>>();
				const ids = list.map((r) => r.id).filter((id) => ours(table, id));
				for (let i = 0; i < ids.length; i += 500) {
					// eslint-disable-next-line @typescript-eslint/no-explicit-any
					const found = (await (s.selectFrom(table) as any)
						.selectAll()
						.where('id', 'in', ids.slice(i, i + 500))
						.execute()) as Record<string, unknown>[];
					for (const b of found) beforeRows.set(b.id as string, b);
				}
				for (const r of list) {
					const values: Record<string, unknown> = { ...r.values };
					for (const [field, id] of Object.entries(r.refs)) values[field] = id;
					if (table === 'taxonomy' && !beforeRows.has(r.id)) {
						let code = str(values.code) || slugify(str(values.name_en) || str(values.name_fr));
						if (codes.has(code) && !values.code) {
							let i = 2;
							while (codes.has(`${code.slice(0, 55)}-${i}`)) i++;
							code = `${code.slice(0, 55)}-${i}`;
						}
						values.code = code;
						codes.add(code);
					}
					if (table === 'service') serviceIds.add(r.id);
					for (const field of ['service_id'])
						if (typeof values[field] === 'string') serviceIds.add(values[field] as string);
					try {
						const before = beforeRows.get(r.id);
						if (!before) {
							if (values.updated_at === null) delete values.updated_at;
							// eslint-disable-next-line @typescript-eslint/no-explicit-any
							const after = await (s.insertInto(table, { id: r.id, ...values } as any) as any)
								.returningAll()
								.executeTakeFirstOrThrow();
							await recordAudit(trx, actor, {
								partnershipId,
								action: `${table}.import`,
								entityType: table,
								entityId: r.id,
								after
							});
							count.created++;
						} else {
							const changed: Record<string, unknown> = {};
							for (const [c, v] of Object.entries(values)) {
								if (c === 'updated_at') continue;
								if (!sameValue(before[c], v)) changed[c] = v;
							}
							const stamp = values.updated_at instanceof Date ? values.updated_at : null;
							if (Object.keys(changed).length === 0 && (!stamp || sameValue(before.updated_at, stamp))) {
								count.unchanged++;
								continue;
							}
							// eslint-disable-next-line @typescript-eslint/no-explicit-any
							const after = await (s.updateTable(table) as any)
								.set({ ...changed, updated_at: stamp ?? new Date() })
								.where('id', '=', r.id)
								.returningAll()
								.executeTakeFirstOrThrow();
							await recordAudit(trx, actor, {
								partnershipId,
								action: `${table}.import`,
								entityType: table,
								entityId: r.id,
								before,
								after
							});
							count.updated++;
						}
					} catch (error) {
						issues.push({
							severity: 'error',
							table,
							row: r.where,
							id: r.id,
							field: '',
							code: k('import_error_database'),
							params: { detail: String((error as Error).message).slice(0, 300) }
						});
						throw new Rollback();
					}
				}
			}
			// Services at a touched location are touched too (their search text holds the address).
			const locationIds = [
				...(byTable.get('location') ?? []),
				...(byTable.get('address') ?? []),
				...(byTable.get('accessibility') ?? [])
			]
				.filter((r) => !r.skip)
				.map((r) => (r.table === 'location' ? r.id : (r.refs.location_id as string)))
				.filter(Boolean);
			if (locationIds.length) {
				const linked = await s
					.selectFrom('service_at_location')
					.select('service_id')
					.where('location_id', 'in', [...new Set(locationIds)])
					.execute();
				for (const l of linked) serviceIds.add(l.service_id);
			}
			report.serviceIds = [...serviceIds].sort();
			await refreshServiceSearch(trx, partnershipId, report.serviceIds);
			if (options.afterWrite) await options.afterWrite(trx, partnershipId, report.serviceIds);
			if (options.dryRun) throw new Rollback();
		});
		report.status = 'committed';
	} catch (error) {
		if (!(error instanceof Rollback)) throw error;
		report.status = options.dryRun && !issues.some((i) => i.severity === 'error') ? 'dry_run' : 'rejected';
	}
	return ok(report);
}

/** Used by the tests to check nothing was written. */
export async function countDirectoryRows(db: Kysely<DB>, partnershipId: string): Promise<number> {
	const r = await sql<{ n: number }>`select
		(select count(*) from service where partnership_id = ${partnershipId}) +
		(select count(*) from location where partnership_id = ${partnershipId}) +
		(select count(*) from organization where partnership_id = ${partnershipId}) +
		(select count(*) from taxonomy_term where partnership_id = ${partnershipId}) as n`.execute(db);
	return Number(r.rows[0].n);
}
