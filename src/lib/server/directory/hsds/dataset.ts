import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { scoped } from '../../tenancy/scoped.ts';
import { virtualAttributeId, virtualTaxonomies, virtualTaxonomyId, virtualTermId } from './profile.ts';
import { bilingualFields, pairOf, tableSpecs, type OurTable } from './tables.ts';

/**
 * Our directory rows for one partnership, read as a whole or as the closure of a few roots
 * (a service with its locations and everything hanging off them), and turned into flat HSDS
 * rows (the CSV data package's shape) in one language, with the other language and our extra
 * columns as profile attributes.
 */

export type Lang = 'fr' | 'en';
export type DbRow = Record<string, unknown> & { id: string };
export type Dataset = Record<OurTable, DbRow[]>;
export type HsdsValue = string | number | null;
export type HsdsRow = Record<string, HsdsValue>;
export type HsdsTables = Record<OurTable, HsdsRow[]>;

type Db = Kysely<DB> | Transaction<DB>;

export function emptyTables<T>(): Record<OurTable, T[]> {
	return Object.fromEntries(Object.keys(tableSpecs).map((t) => [t, []])) as unknown as Record<OurTable, T[]>;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function rowsWhere(db: Db, pid: string, table: OurTable, column: string, ids: string[]): Promise<DbRow[]> {
	if (ids.length === 0) return [];
	const out: DbRow[] = [];
	for (let i = 0; i < ids.length; i += 1000) {
		const chunk = ids.slice(i, i + 1000);
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const rows = await (scoped(db, pid).selectFrom(table) as any)
			.selectAll()
			.where(`${table}.${column}`, 'in', chunk)
			.execute();
		out.push(...(rows as DbRow[]));
	}
	return out;
}

function addUnique(target: DbRow[], rows: DbRow[]) {
	const seen = new Set(target.map((r) => r.id));
	for (const r of rows) {
		if (seen.has(r.id)) continue;
		seen.add(r.id);
		target.push(r);
	}
}
const idsOf = (rows: DbRow[]) => rows.map((r) => r.id);

export interface Roots {
	organizations?: string[];
	services?: string[];
	locations?: string[];
	/** Also the organizations' own locations, programs, contacts… (a full organization). */
	organizationDetails?: boolean;
}

/**
 * Loads the partnership's directory. Without roots: everything (organizations that have no
 * directory content and are partners still come: they are the partnership's organizations).
 */
export async function loadDataset(db: Db, pid: string, roots?: Roots): Promise<Dataset> {
	const d = emptyTables<DbRow>();
	const s = scoped(db, pid);
	if (!roots) {
		for (const table of Object.keys(tableSpecs) as OurTable[]) {
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			d[table] = ((await (s.selectFrom(table) as any).selectAll().execute()) as DbRow[]).sort(byId);
		}
		return d;
	}
	const orgIds = [...(roots.organizations ?? [])];
	d.service = await rowsWhere(db, pid, 'service', 'id', roots.services ?? []);
	if (roots.organizationDetails && orgIds.length) {
		addUnique(d.service, await rowsWhere(db, pid, 'service', 'organization_id', orgIds));
	}
	const serviceIds = idsOf(d.service);
	d.service_at_location = await rowsWhere(db, pid, 'service_at_location', 'service_id', serviceIds);
	d.location = await rowsWhere(db, pid, 'location', 'id', [
		...(roots.locations ?? []),
		...d.service_at_location.map((r) => r.location_id as string)
	]);
	if (roots.organizationDetails && orgIds.length) {
		addUnique(d.location, await rowsWhere(db, pid, 'location', 'organization_id', orgIds));
	}
	for (const r of d.service) orgIds.push(r.organization_id as string);
	d.organization = await rowsWhere(db, pid, 'organization', 'id', [...new Set(orgIds)]);
	const programIds = d.service.map((r) => r.program_id as string).filter(Boolean);
	d.program = await rowsWhere(db, pid, 'program', 'id', programIds);
	if (roots.organizationDetails && orgIds.length) {
		addUnique(d.program, await rowsWhere(db, pid, 'program', 'organization_id', orgIds));
	}
	const locationIds = idsOf(d.location);
	const salIds = idsOf(d.service_at_location);
	const detailOrgs = roots.organizationDetails ? (roots.organizations ?? []) : [];
	const children = async (table: OurTable, parents: [string, string[]][]) => {
		const rows: DbRow[] = [];
		for (const [column, ids] of parents) addUnique(rows, await rowsWhere(db, pid, table, column, ids));
		return rows;
	};
	d.contact = await children('contact', [
		['service_id', serviceIds],
		['location_id', locationIds],
		['service_at_location_id', salIds],
		['organization_id', detailOrgs]
	]);
	d.phone = await children('phone', [
		['service_id', serviceIds],
		['location_id', locationIds],
		['service_at_location_id', salIds],
		['organization_id', detailOrgs],
		['contact_id', idsOf(d.contact)]
	]);
	d.address = await children('address', [['location_id', locationIds]]);
	d.schedule = await children('schedule', [
		['service_id', serviceIds],
		['location_id', locationIds],
		['service_at_location_id', salIds]
	]);
	d.service_area = await children('service_area', [
		['service_id', serviceIds],
		['service_at_location_id', salIds]
	]);
	d.language = await children('language', [
		['service_id', serviceIds],
		['location_id', locationIds],
		['phone_id', idsOf(d.phone)]
	]);
	d.cost_option = await children('cost_option', [['service_id', serviceIds]]);
	d.required_document = await children('required_document', [['service_id', serviceIds]]);
	d.accessibility = await children('accessibility', [['location_id', locationIds]]);
	d.funding = await children('funding', [
		['service_id', serviceIds],
		['organization_id', detailOrgs]
	]);
	const linked = (Object.keys(tableSpecs) as OurTable[]).flatMap((t) =>
		t === 'attribute' || t === 'taxonomy' || t === 'taxonomy_term' ? [] : idsOf(d[t])
	);
	d.attribute = await rowsWhere(db, pid, 'attribute', 'link_id', linked);
	// Terms used by the attributes, their parents, and their taxonomies.
	const termIds = new Set(d.attribute.map((a) => a.taxonomy_term_id as string));
	let frontier = [...termIds];
	while (frontier.length) {
		const rows = await rowsWhere(db, pid, 'taxonomy_term', 'id', frontier);
		addUnique(d.taxonomy_term, rows);
		frontier = rows.map((r) => r.parent_id as string).filter((p) => p && !termIds.has(p));
		for (const p of frontier) termIds.add(p);
	}
	d.taxonomy = await rowsWhere(db, pid, 'taxonomy', 'id', [
		...new Set(d.taxonomy_term.map((r) => r.taxonomy_id as string))
	]);
	for (const t of Object.keys(d) as OurTable[]) d[t].sort(byId);
	return d;
}

export interface HsdsOptions {
	lang: Lang;
	/** Builds the public URL of an organization's logo (export only). */
	logoUrl?: (organizationId: string) => string;
	/** Add the profile's own taxonomies and terms (the data package needs them; the API nests them). */
	virtualTaxonomies?: boolean;
}

function text(v: unknown): string {
	return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

function isoDateTime(v: unknown): string | null {
	if (v instanceof Date) return v.toISOString();
	if (typeof v === 'string' && v) return new Date(v).toISOString();
	return null;
}

function timeOf(v: unknown): string | null {
	if (typeof v !== 'string' || !v) return null;
	return v.length === 5 ? `${v}:00` : v.slice(0, 8);
}

/** Our rows → flat HSDS rows in one language, plus the profile attributes. */
export function toHsds(d: Dataset, options: HsdsOptions): HsdsTables {
	const { lang } = options;
	const other: Lang = lang === 'fr' ? 'en' : 'fr';
	const out = emptyTables<HsdsRow>();
	const extra: HsdsRow[] = [];
	const taxonomyName = new Map(d.taxonomy.map((t) => [t.id, text(t[`name_${lang}`]) || text(t[`name_${other}`])]));

	const virtual = (entity: string, linkId: string, taxonomy: string, term: string, value = '') => {
		extra.push({
			id: virtualAttributeId(entity, linkId, taxonomy, term),
			link_id: linkId,
			taxonomy_term_id: virtualTermId(taxonomy, term),
			link_type: taxonomy,
			link_entity: entity,
			value,
			label: ''
		});
	};

	for (const table of Object.keys(tableSpecs) as OurTable[]) {
		const spec = tableSpecs[table];
		const texts = bilingualFields(table);
		for (const row of d[table]) {
			const h: HsdsRow = {};
			for (const column of spec.columns) {
				const f = spec.fields[column];
				if (!f) {
					h[column] = null;
					continue;
				}
				if (f.bilingual) {
					const [fr, en] = pairOf(column, f);
					const mine = text(row[lang === 'fr' ? fr : en]);
					h[column] = mine || text(row[lang === 'fr' ? en : fr]);
				} else if (f.kind === 'datetime') h[column] = isoDateTime(row[f.column ?? column]);
				else if (f.kind === 'time') h[column] = timeOf(row[f.column ?? column]);
				else if (f.exportOnly) h[column] = null;
				else {
					const v = row[f.column ?? column];
					h[column] = v === undefined ? null : (v as HsdsValue);
				}
			}
			if (table === 'organization' && row.logo_file_id && options.logoUrl) h.logo = options.logoUrl(row.id);
			if (table === 'taxonomy_term') h.taxonomy = taxonomyName.get(row.taxonomy_id as string) ?? null;
			out[table].push(h);

			// The texts of each language, losslessly (docs/hsds-profile.md § Bilingual texts).
			for (const l of ['fr', 'en'] as const) {
				const values: Record<string, string> = {};
				for (const field of texts) {
					const [fr, en] = pairOf(field, spec.fields[field]);
					const v = text(row[l === 'fr' ? fr : en]);
					if (v) values[field] = v;
				}
				if (Object.keys(values).length) virtual(table, row.id, 'passerelle-i18n', l, JSON.stringify(values));
			}
			// Our columns without an HSDS field.
			if (table === 'service') {
				for (const s of (row.eligible_statuses as string[]) ?? []) virtual(table, row.id, 'passerelle-eligibility', s);
				for (const m of (row.delivery_modes as string[]) ?? []) virtual(table, row.id, 'passerelle-delivery-mode', m);
				if (row.free_of_charge) virtual(table, row.id, 'passerelle-flag', 'free_of_charge');
			} else if (table === 'language') {
				if (row.via_interpreter) virtual(table, row.id, 'passerelle-flag', 'via_interpreter');
			} else if (table === 'accessibility') {
				virtual(table, row.id, 'passerelle-accessibility-feature', text(row.feature) || 'other');
			} else if (table === 'location') {
				virtual(table, row.id, 'passerelle-field', 'time_zone', text(row.time_zone));
			} else if (table === 'organization') {
				virtual(table, row.id, 'passerelle-field', 'sector', text(row.sector));
				if (row.acronym) virtual(table, row.id, 'passerelle-field', 'acronym', text(row.acronym));
			} else if (table === 'phone') {
				const langs = (row.languages as string[]) ?? [];
				if (langs.length) virtual(table, row.id, 'passerelle-field', 'phone_languages', langs.join(','));
			} else if (table === 'taxonomy') {
				virtual(table, row.id, 'passerelle-field', 'taxonomy_code', text(row.code));
			} else if (table === 'taxonomy_term') {
				const names = (row.names ?? {}) as Record<string, string>;
				const sorted = Object.fromEntries(Object.entries(names).sort(([a], [b]) => (a < b ? -1 : 1)));
				if (Object.keys(sorted).length) virtual(table, row.id, 'passerelle-field', 'names', JSON.stringify(sorted));
				const synonyms = (row.synonyms as string[]) ?? [];
				if (synonyms.length) virtual(table, row.id, 'passerelle-field', 'synonyms', JSON.stringify(synonyms));
				if (row.theme) virtual(table, row.id, 'passerelle-field', 'theme', text(row.theme));
				virtual(table, row.id, 'passerelle-field', 'position', String(row.position ?? 0));
			}
		}
	}
	out.attribute.push(...extra);
	out.attribute.sort(byId as (a: HsdsRow, b: HsdsRow) => number);
	if (options.virtualTaxonomies) {
		for (const tax of virtualTaxonomies) {
			const taxId = virtualTaxonomyId(tax.code);
			out.taxonomy.push({
				id: taxId,
				name: tax[lang],
				description: lang === 'fr' ? tax.descriptionFr : tax.descriptionEn,
				uri: `urn:passerelle:hsds:${tax.code}`,
				version: '1'
			});
			for (const term of tax.terms) {
				out.taxonomy_term.push({
					id: virtualTermId(tax.code, term.code),
					code: term.code,
					name: term[lang],
					description: '',
					parent_id: null,
					taxonomy: tax[lang],
					language: null,
					taxonomy_id: taxId,
					term_uri: `urn:passerelle:hsds:${tax.code}:${term.code}`
				});
			}
		}
	}
	return out;
}
