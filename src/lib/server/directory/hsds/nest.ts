import type { HsdsRow, HsdsTables } from './dataset.ts';
import { virtualTaxonomies, virtualTaxonomyId, virtualTermId } from './profile.ts';
import { tableSpecs, type OurTable } from './tables.ts';

/**
 * Flat HSDS tables ↔ nested HSDS JSON objects (organization › services › service_at_locations ›
 * location …, as the standard's compiled schemas and examples nest them).
 */

export type Json = Record<string, unknown>;

/** The HSDS fields whose JSON Schema format is `uri` or `email`. */
const uriFields = new Set(['website', 'url', 'uri', 'schedule_link', 'term_uri']);
const emailFields = new Set(['email', 'assurer_email']);
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A web address as the schema's `uri` format wants it: a bare `www.example.ca` gets `https://`;
 * something that cannot be a URI (spaces) is left out rather than make the record invalid.
 */
function asUri(v: string): string | null {
	const s = v.trim();
	if (/\s/.test(s)) return null;
	if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return s;
	return /^[\w-]+(\.[\w-]+)+([/?#].*)?$/.test(s) ? `https://${s}` : null;
}

/** A flat row as a JSON object: only mapped fields, no empty values except the schema's required ones. */
export function jsonOf(table: OurTable, row: HsdsRow): Json {
	const spec = tableSpecs[table];
	const out: Json = {};
	for (const column of spec.columns) {
		if (!spec.fields[column]) continue;
		let v = row[column];
		if (typeof v === 'string' && v && table !== 'service_area') {
			if (uriFields.has(column)) v = asUri(v);
			else if (emailFields.has(column) && !emailPattern.test(v.trim())) v = null;
		}
		if (v === null || v === undefined || v === '') {
			if (spec.jsonRequired.includes(column)) out[column] = '';
			continue;
		}
		out[column] = v;
	}
	return out;
}

class Index {
	private groups = new Map<string, HsdsRow[]>();
	readonly tables: HsdsTables;
	constructor(tables: HsdsTables) {
		this.tables = tables;
		for (const table of Object.keys(tables) as OurTable[]) {
			for (const row of tables[table]) {
				for (const [column, f] of Object.entries(tableSpecs[table].fields)) {
					if (!f.ref && column !== 'link_id') continue;
					const v = row[column];
					if (typeof v !== 'string' || !v) continue;
					const key = `${table}.${column}=${v}`;
					let list = this.groups.get(key);
					if (!list) this.groups.set(key, (list = []));
					list.push(row);
				}
			}
		}
	}
	children(table: OurTable, column: string, id: string): HsdsRow[] {
		return this.groups.get(`${table}.${column}=${id}`) ?? [];
	}
	one(table: OurTable, id: unknown): HsdsRow | undefined {
		if (typeof id !== 'string') return undefined;
		return this.byId(table).get(id);
	}
	private maps = new Map<OurTable, Map<string, HsdsRow>>();
	byId(table: OurTable): Map<string, HsdsRow> {
		let map = this.maps.get(table);
		if (!map) this.maps.set(table, (map = new Map(this.tables[table].map((r) => [r.id as string, r]))));
		return map;
	}
}

export interface NestOptions {
	/** Nest each attribute's taxonomy term (with its taxonomy) inside it. */
	termsInAttributes?: boolean;
}

/** Builds nested HSDS objects from flat tables. */
export class Nester {
	readonly ix: Index;
	private virtualTerms = new Map<string, Json>();
	private options: NestOptions & { lang: 'fr' | 'en' };
	constructor(tables: HsdsTables, options: NestOptions & { lang: 'fr' | 'en' } = { lang: 'en' }) {
		this.options = options;
		this.ix = new Index(tables);
		for (const tax of virtualTaxonomies) {
			const taxonomy = {
				id: virtualTaxonomyId(tax.code),
				name: tax[options.lang],
				description: options.lang === 'fr' ? tax.descriptionFr : tax.descriptionEn,
				uri: `urn:passerelle:hsds:${tax.code}`,
				version: '1'
			};
			for (const term of tax.terms) {
				const id = virtualTermId(tax.code, term.code);
				this.virtualTerms.set(id, {
					id,
					code: term.code,
					name: term[options.lang],
					description: '',
					taxonomy: tax[options.lang],
					taxonomy_id: taxonomy.id,
					term_uri: `urn:passerelle:hsds:${tax.code}:${term.code}`,
					taxonomy_detail: taxonomy
				});
			}
		}
	}

	attributes(entity: OurTable, id: string): Json[] {
		return this.ix
			.children('attribute', 'link_id', id)
			.filter((a) => a.link_entity === entity)
			.map((a) => {
				const out = jsonOf('attribute', a);
				// Profile attributes name their taxonomy in link_type; real categories nest their term.
				if (this.options.termsInAttributes && !this.virtualTerms.has(a.taxonomy_term_id as string)) {
					const term = this.term(a.taxonomy_term_id as string);
					if (term) out.taxonomy_term = term;
				}
				return out;
			});
	}

	private base(table: OurTable, row: HsdsRow): Json {
		return jsonOf(table, row);
	}
	private with(table: OurTable, row: HsdsRow, extra: Json = {}): Json {
		return { ...this.base(table, row), ...extra, attributes: this.attributes(table, row.id as string) };
	}
	private list(table: OurTable, column: string, id: string, build: (r: HsdsRow) => Json): Json[] {
		return this.ix.children(table, column, id).map(build);
	}

	term(id: string): Json | undefined {
		const row = this.ix.one('taxonomy_term', id);
		if (!row) return undefined;
		const tax = this.ix.one('taxonomy', row.taxonomy_id);
		return {
			...this.base('taxonomy_term', row),
			...(tax ? { taxonomy_detail: this.base('taxonomy', tax) } : {})
		};
	}
	/** A taxonomy term as the API lists it, with its profile attributes (names, synonyms…). */
	termObject(row: HsdsRow): Json {
		return { ...this.base('taxonomy_term', row), attributes: this.attributes('taxonomy_term', row.id as string) };
	}
	taxonomyObject(row: HsdsRow): Json {
		return { ...this.base('taxonomy', row), attributes: this.attributes('taxonomy', row.id as string) };
	}

	phone = (r: HsdsRow): Json =>
		this.with('phone', r, { languages: this.list('language', 'phone_id', r.id as string, this.simple('language')) });
	contact = (r: HsdsRow): Json =>
		this.with('contact', r, { phones: this.list('phone', 'contact_id', r.id as string, this.phone) });
	simple = (table: OurTable) => (r: HsdsRow) => this.with(table, r);

	location = (r: HsdsRow): Json => {
		const id = r.id as string;
		return this.with('location', r, {
			languages: this.list('language', 'location_id', id, this.simple('language')),
			addresses: this.list('address', 'location_id', id, this.simple('address')),
			contacts: this.list('contact', 'location_id', id, this.contact),
			accessibility: this.list('accessibility', 'location_id', id, this.simple('accessibility')),
			phones: this.list('phone', 'location_id', id, this.phone),
			schedules: this.list('schedule', 'location_id', id, this.simple('schedule'))
		});
	};

	serviceAtLocation = (r: HsdsRow, withService = false): Json => {
		const id = r.id as string;
		const location = this.ix.one('location', r.location_id);
		const service = withService ? this.ix.one('service', r.service_id) : undefined;
		return this.with('service_at_location', r, {
			service_areas: this.list('service_area', 'service_at_location_id', id, this.simple('service_area')),
			contacts: this.list('contact', 'service_at_location_id', id, this.contact),
			phones: this.list('phone', 'service_at_location_id', id, this.phone),
			schedules: this.list('schedule', 'service_at_location_id', id, this.simple('schedule')),
			...(location ? { location: this.location(location) } : {}),
			...(service ? { service: this.service(service) } : {})
		});
	};

	/** The one-to-one fields of an organization (what a service nests). */
	organizationBrief(r: HsdsRow): Json {
		return this.with('organization', r);
	}

	/** A fully nested service. */
	service = (r: HsdsRow, options: { organization?: boolean } = { organization: true }): Json => {
		const id = r.id as string;
		const org = options.organization === false ? undefined : this.ix.one('organization', r.organization_id);
		const program = this.ix.one('program', r.program_id);
		return this.with('service', r, {
			phones: this.list('phone', 'service_id', id, this.phone),
			schedules: this.list('schedule', 'service_id', id, this.simple('schedule')),
			service_areas: this.list('service_area', 'service_id', id, this.simple('service_area')),
			service_at_locations: this.ix
				.children('service_at_location', 'service_id', id)
				.map((s) => this.serviceAtLocation(s)),
			languages: this.list('language', 'service_id', id, this.simple('language')),
			...(org ? { organization: this.organizationBrief(org) } : {}),
			funding: this.list('funding', 'service_id', id, this.simple('funding')),
			cost_options: this.list('cost_option', 'service_id', id, this.simple('cost_option')),
			...(program ? { program: this.with('program', program) } : {}),
			required_documents: this.list('required_document', 'service_id', id, this.simple('required_document')),
			contacts: this.list('contact', 'service_id', id, this.contact)
		});
	};

	/** A service's one-to-one fields with its organization and program (list pages). */
	serviceBrief(r: HsdsRow): Json {
		const org = this.ix.one('organization', r.organization_id);
		const program = this.ix.one('program', r.program_id);
		return this.with('service', r, {
			...(org ? { organization: this.base('organization', org) } : {}),
			...(program ? { program: this.base('program', program) } : {})
		});
	}

	/** A fully nested organization; services full, brief (one-to-one fields) or left out. */
	organization = (r: HsdsRow, services: 'full' | 'brief' | 'none' = 'full'): Json => {
		const id = r.id as string;
		const list = this.ix.children('service', 'organization_id', id);
		return this.with('organization', r, {
			funding: this.list('funding', 'organization_id', id, this.simple('funding')),
			contacts: this.list('contact', 'organization_id', id, this.contact),
			phones: this.list('phone', 'organization_id', id, this.phone),
			locations: this.list('location', 'organization_id', id, this.location),
			programs: this.list('program', 'organization_id', id, this.simple('program')),
			...(services === 'none'
				? {}
				: {
						services: list.map((s) =>
							services === 'full' ? this.service(s, { organization: false }) : this.with('service', s)
						)
					})
		});
	};
}

/** One row of a flat table read from a file, with where it came from (for the report). */
export interface SourceRow {
	table: OurTable;
	where: string;
	data: Record<string, unknown>;
}

type Child = {
	key: string;
	table: OurTable;
	many: boolean;
	/** The child's field that points at the parent */ fk?: string;
	/** or the parent's field that points at the child */ parentFk?: string;
};

const nesting: Partial<Record<OurTable, Child[]>> = {
	organization: [
		{ key: 'funding', table: 'funding', many: true, fk: 'organization_id' },
		{ key: 'contacts', table: 'contact', many: true, fk: 'organization_id' },
		{ key: 'phones', table: 'phone', many: true, fk: 'organization_id' },
		{ key: 'locations', table: 'location', many: true, fk: 'organization_id' },
		{ key: 'programs', table: 'program', many: true, fk: 'organization_id' },
		{ key: 'services', table: 'service', many: true, fk: 'organization_id' }
	],
	service: [
		{ key: 'phones', table: 'phone', many: true, fk: 'service_id' },
		{ key: 'schedules', table: 'schedule', many: true, fk: 'service_id' },
		{ key: 'service_areas', table: 'service_area', many: true, fk: 'service_id' },
		{ key: 'service_at_locations', table: 'service_at_location', many: true, fk: 'service_id' },
		{ key: 'languages', table: 'language', many: true, fk: 'service_id' },
		{ key: 'organization', table: 'organization', many: false, parentFk: 'organization_id' },
		{ key: 'funding', table: 'funding', many: true, fk: 'service_id' },
		{ key: 'cost_options', table: 'cost_option', many: true, fk: 'service_id' },
		{ key: 'program', table: 'program', many: false, parentFk: 'program_id' },
		{ key: 'required_documents', table: 'required_document', many: true, fk: 'service_id' },
		{ key: 'contacts', table: 'contact', many: true, fk: 'service_id' }
	],
	service_at_location: [
		{ key: 'service_areas', table: 'service_area', many: true, fk: 'service_at_location_id' },
		{ key: 'contacts', table: 'contact', many: true, fk: 'service_at_location_id' },
		{ key: 'phones', table: 'phone', many: true, fk: 'service_at_location_id' },
		{ key: 'schedules', table: 'schedule', many: true, fk: 'service_at_location_id' },
		{ key: 'location', table: 'location', many: false, parentFk: 'location_id' },
		{ key: 'service', table: 'service', many: false, parentFk: 'service_id' }
	],
	location: [
		{ key: 'languages', table: 'language', many: true, fk: 'location_id' },
		{ key: 'addresses', table: 'address', many: true, fk: 'location_id' },
		{ key: 'contacts', table: 'contact', many: true, fk: 'location_id' },
		{ key: 'accessibility', table: 'accessibility', many: true, fk: 'location_id' },
		{ key: 'phones', table: 'phone', many: true, fk: 'location_id' },
		{ key: 'schedules', table: 'schedule', many: true, fk: 'location_id' }
	],
	contact: [{ key: 'phones', table: 'phone', many: true, fk: 'contact_id' }],
	phone: [{ key: 'languages', table: 'language', many: true, fk: 'phone_id' }],
	attribute: [{ key: 'taxonomy_term', table: 'taxonomy_term', many: false, parentFk: 'taxonomy_term_id' }],
	taxonomy_term: [{ key: 'taxonomy_detail', table: 'taxonomy', many: false, parentFk: 'taxonomy_id' }]
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Which HSDS object a bare JSON object is. */
export function guessTable(o: Json): OurTable {
	if ('service_at_locations' in o || ('status' in o && !('location_id' in o))) return 'service';
	if ('location' in o || ('service_id' in o && 'location_id' in o)) return 'service_at_location';
	if ('taxonomy_id' in o || 'taxonomy_detail' in o) return 'taxonomy_term';
	if ('location_type' in o) return 'location';
	return 'organization';
}

/**
 * Nested HSDS JSON → flat rows. Accepts our package (`{organizations, taxonomies, taxonomy_terms,
 * locations}`), an array of organizations or services, one object, or an API page (`contents`).
 * A child inherits its parent's id in the field that links them when it does not say it itself.
 */
export function flattenJson(input: unknown): SourceRow[] {
	const out: SourceRow[] = [];
	const walk = (table: OurTable, o: Json, where: string, parentFill: Record<string, string> = {}) => {
		const data: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(o)) if (!Array.isArray(v) && !isObject(v)) data[k] = v;
		for (const [k, v] of Object.entries(parentFill))
			if (data[k] === undefined || data[k] === null || data[k] === '') data[k] = v;
		const id = typeof data.id === 'string' ? data.id : '';
		for (const child of nesting[table] ?? []) {
			const value = o[child.key];
			if (child.many && Array.isArray(value)) {
				value.forEach((c, i) => {
					if (isObject(c))
						walk(child.table, c, `${where}.${child.key}[${i}]`, child.fk && id ? { [child.fk]: id } : {});
				});
			} else if (!child.many && isObject(value)) {
				if (child.parentFk && typeof value.id === 'string' && !data[child.parentFk]) data[child.parentFk] = value.id;
				walk(child.table, value, `${where}.${child.key}`);
			}
		}
		if (Array.isArray(o.attributes)) {
			o.attributes.forEach((a, i) => {
				if (isObject(a))
					walk('attribute', a, `${where}.attributes[${i}]`, id ? { link_id: id, link_entity: table } : {});
			});
		}
		out.push({ table, where, data });
	};
	const list = (key: string, table: OurTable | null, value: unknown) => {
		if (!Array.isArray(value)) return;
		value.forEach((o, i) => isObject(o) && walk(table ?? guessTable(o), o, `${key}[${i}]`));
	};
	if (Array.isArray(input)) list('', null, input);
	else if (isObject(input)) {
		let matched = false;
		const keys: [string, OurTable | null][] = [
			['organizations', 'organization'],
			['services', 'service'],
			['service_at_locations', 'service_at_location'],
			['locations', 'location'],
			['taxonomies', 'taxonomy'],
			['taxonomy_terms', 'taxonomy_term'],
			['contents', null]
		];
		for (const [key, table] of keys) {
			if (Array.isArray(input[key]) && !('id' in input)) {
				matched = true;
				list(key, table, input[key]);
			}
		}
		if (!matched && 'id' in input) walk(guessTable(input), input, '$');
	}
	return out;
}
