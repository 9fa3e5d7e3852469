/**
 * The HSDS 3.1 tables Passerelle reads and writes, and how each HSDS field maps to our columns.
 * One spec drives the export (rows → HSDS), the import (HSDS → rows), the CSV package and the API.
 * See docs/hsds-profile.md.
 */

/** Our tables that are HSDS tables (the organization is the partnership module's row). */
export type OurTable =
	| 'organization'
	| 'program'
	| 'service'
	| 'location'
	| 'service_at_location'
	| 'address'
	| 'contact'
	| 'phone'
	| 'schedule'
	| 'service_area'
	| 'language'
	| 'cost_option'
	| 'required_document'
	| 'accessibility'
	| 'funding'
	| 'taxonomy'
	| 'taxonomy_term'
	| 'attribute';

export type FieldKind = 'text' | 'number' | 'integer' | 'date' | 'time' | 'datetime' | 'uuid';

export interface FieldSpec {
	/** A bilingual pair: HSDS field `x` ↔ columns `x_fr` / `x_en` (same base name unless `column`). */
	bilingual?: boolean;
	/** Our column (or the pair's base name) when it differs from the HSDS name. */
	column?: string;
	kind?: FieldKind;
	/** A reference to another table's id. */
	ref?: OurTable;
	/** The row cannot exist without this value (an error on import, never a warning). */
	required?: boolean;
	/** Written on export only (our value has no column to come back to, e.g. logo's URL). */
	exportOnly?: boolean;
	/** Allowed values (lowercase compare for case-insensitive ones). */
	oneOf?: readonly string[];
	/** Longest value our column accepts. */
	max?: number;
}

export interface TableSpec {
	table: OurTable;
	/** The CSV file in the HSDS data package. */
	file: string;
	/** Every HSDS column of the table, in the standard's order (CSV header). */
	columns: readonly string[];
	/** The columns we map; others are standard columns we leave empty on export and ignore on import. */
	fields: Record<string, FieldSpec>;
	/** Fields the HSDS JSON schema requires even when empty. */
	jsonRequired: readonly string[];
}

const id: FieldSpec = { kind: 'uuid', required: true };
const ref = (table: OurTable, required = false): FieldSpec => ({ kind: 'uuid', ref: table, required });
const tr = (max: number, column?: string): FieldSpec => ({ bilingual: true, max, column });
const plain = (max: number): FieldSpec => ({ max });

export const tableSpecs: Record<OurTable, TableSpec> = {
	organization: {
		table: 'organization',
		file: 'organizations.csv',
		columns: [
			'id',
			'name',
			'alternate_name',
			'description',
			'email',
			'website',
			'tax_status',
			'tax_id',
			'year_incorporated',
			'legal_status',
			'logo',
			'uri',
			'parent_organization_id'
		],
		fields: {
			id,
			name: { ...tr(300), required: true },
			alternate_name: tr(300),
			description: tr(5000),
			email: plain(254),
			website: plain(500),
			tax_status: plain(100),
			tax_id: plain(100),
			year_incorporated: { kind: 'integer' },
			legal_status: plain(100),
			logo: { exportOnly: true },
			uri: plain(500),
			parent_organization_id: ref('organization')
		},
		jsonRequired: ['name', 'description']
	},
	program: {
		table: 'program',
		file: 'programs.csv',
		columns: ['id', 'organization_id', 'name', 'alternate_name', 'description'],
		fields: {
			id,
			organization_id: ref('organization', true),
			name: { ...tr(300), required: true },
			alternate_name: tr(300),
			description: tr(5000)
		},
		jsonRequired: ['name', 'description']
	},
	service: {
		table: 'service',
		file: 'services.csv',
		columns: [
			'id',
			'organization_id',
			'program_id',
			'name',
			'alternate_name',
			'description',
			'url',
			'email',
			'status',
			'interpretation_services',
			'application_process',
			'fees_description',
			'wait_time',
			'fees',
			'accreditations',
			'eligibility_description',
			'minimum_age',
			'maximum_age',
			'assured_date',
			'assurer_email',
			'licenses',
			'alert',
			'last_modified'
		],
		fields: {
			id,
			organization_id: ref('organization', true),
			program_id: ref('program'),
			name: { ...tr(300), required: true },
			alternate_name: tr(300),
			description: tr(10000),
			url: plain(500),
			email: plain(254),
			status: { oneOf: ['active', 'inactive', 'defunct', 'temporarily closed'] },
			interpretation_services: tr(2000),
			application_process: tr(5000),
			fees_description: tr(2000),
			wait_time: tr(500),
			accreditations: tr(2000),
			eligibility_description: tr(5000),
			minimum_age: { kind: 'integer' },
			maximum_age: { kind: 'integer' },
			assured_date: { kind: 'date' },
			assurer_email: plain(254),
			licenses: tr(2000),
			alert: tr(2000),
			last_modified: { kind: 'datetime', column: 'updated_at' }
		},
		jsonRequired: ['name', 'status']
	},
	location: {
		table: 'location',
		file: 'locations.csv',
		columns: [
			'id',
			'location_type',
			'url',
			'organization_id',
			'name',
			'alternate_name',
			'description',
			'transportation',
			'latitude',
			'longitude',
			'external_identifier',
			'external_identifier_type'
		],
		fields: {
			id,
			location_type: { oneOf: ['physical', 'postal', 'virtual'] },
			url: plain(500),
			organization_id: ref('organization'),
			name: tr(300),
			alternate_name: tr(300),
			description: tr(5000),
			transportation: tr(2000),
			latitude: { kind: 'number' },
			longitude: { kind: 'number' },
			external_identifier: plain(200),
			external_identifier_type: plain(100)
		},
		jsonRequired: ['location_type']
	},
	service_at_location: {
		table: 'service_at_location',
		file: 'service_at_location.csv',
		columns: ['id', 'service_id', 'location_id', 'description'],
		fields: {
			id,
			service_id: ref('service', true),
			location_id: ref('location', true),
			description: tr(5000)
		},
		jsonRequired: []
	},
	address: {
		table: 'address',
		file: 'addresses.csv',
		columns: [
			'id',
			'location_id',
			'attention',
			'address_1',
			'address_2',
			'city',
			'region',
			'state_province',
			'postal_code',
			'country',
			'address_type'
		],
		fields: {
			id,
			location_id: ref('location', true),
			attention: plain(200),
			address_1: { max: 300, required: true },
			address_2: plain(300),
			city: { max: 200, required: true },
			region: plain(200),
			state_province: plain(100),
			postal_code: plain(20),
			country: plain(2),
			address_type: { oneOf: ['physical', 'postal', 'virtual'] }
		},
		jsonRequired: ['address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type']
	},
	contact: {
		table: 'contact',
		file: 'contacts.csv',
		columns: [
			'id',
			'organization_id',
			'service_id',
			'service_at_location_id',
			'location_id',
			'name',
			'title',
			'department',
			'email'
		],
		fields: {
			id,
			organization_id: ref('organization'),
			service_id: ref('service'),
			service_at_location_id: ref('service_at_location'),
			location_id: ref('location'),
			name: plain(200),
			title: tr(200),
			department: tr(200),
			email: plain(254)
		},
		jsonRequired: []
	},
	phone: {
		table: 'phone',
		file: 'phones.csv',
		columns: [
			'id',
			'location_id',
			'service_id',
			'organization_id',
			'contact_id',
			'service_at_location_id',
			'number',
			'extension',
			'type',
			'description'
		],
		fields: {
			id,
			location_id: ref('location'),
			service_id: ref('service'),
			organization_id: ref('organization'),
			contact_id: ref('contact'),
			service_at_location_id: ref('service_at_location'),
			number: { max: 50, required: true },
			extension: { kind: 'integer' },
			type: { oneOf: ['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone'] },
			description: tr(500)
		},
		jsonRequired: ['number']
	},
	schedule: {
		table: 'schedule',
		file: 'schedules.csv',
		columns: [
			'id',
			'service_id',
			'location_id',
			'service_at_location_id',
			'valid_from',
			'valid_to',
			'dtstart',
			'timezone',
			'until',
			'count',
			'wkst',
			'freq',
			'interval',
			'byday',
			'byweekno',
			'bymonthday',
			'byyearday',
			'description',
			'opens_at',
			'closes_at',
			'schedule_link',
			'attending_type',
			'notes'
		],
		fields: {
			id,
			service_id: ref('service'),
			location_id: ref('location'),
			service_at_location_id: ref('service_at_location'),
			valid_from: { kind: 'date' },
			valid_to: { kind: 'date' },
			dtstart: { kind: 'date' },
			until: { kind: 'date' },
			count: { kind: 'integer' },
			wkst: { oneOf: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
			freq: { oneOf: ['WEEKLY', 'MONTHLY'] },
			interval: { kind: 'integer' },
			byday: plain(100),
			byweekno: plain(100),
			bymonthday: plain(100),
			byyearday: plain(100),
			description: tr(1000),
			opens_at: { kind: 'time' },
			closes_at: { kind: 'time' },
			schedule_link: plain(500),
			attending_type: plain(100),
			notes: tr(1000)
		},
		jsonRequired: []
	},
	service_area: {
		table: 'service_area',
		file: 'service_areas.csv',
		columns: ['id', 'service_id', 'service_at_location_id', 'name', 'description', 'extent', 'extent_type', 'uri'],
		fields: {
			id,
			service_id: ref('service'),
			service_at_location_id: ref('service_at_location'),
			name: tr(300),
			description: tr(2000),
			extent: plain(200000),
			extent_type: plain(50),
			uri: plain(500)
		},
		jsonRequired: []
	},
	language: {
		table: 'language',
		file: 'languages.csv',
		columns: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
		fields: {
			id,
			service_id: ref('service'),
			location_id: ref('location'),
			phone_id: ref('phone'),
			name: plain(100),
			code: { required: true, max: 35 },
			note: tr(500)
		},
		jsonRequired: []
	},
	cost_option: {
		table: 'cost_option',
		file: 'cost_options.csv',
		columns: ['id', 'service_id', 'valid_from', 'valid_to', 'option', 'currency', 'amount', 'amount_description'],
		fields: {
			id,
			service_id: ref('service', true),
			valid_from: { kind: 'date' },
			valid_to: { kind: 'date' },
			option: tr(500),
			currency: plain(3),
			amount: { kind: 'number' },
			amount_description: tr(500)
		},
		jsonRequired: []
	},
	required_document: {
		table: 'required_document',
		file: 'required_documents.csv',
		columns: ['id', 'service_id', 'document', 'uri'],
		fields: { id, service_id: ref('service', true), document: tr(500), uri: plain(500) },
		jsonRequired: []
	},
	accessibility: {
		table: 'accessibility',
		file: 'accessibility.csv',
		columns: ['id', 'location_id', 'description', 'details', 'url'],
		fields: {
			id,
			location_id: ref('location', true),
			description: tr(1000),
			details: tr(2000),
			url: plain(500)
		},
		jsonRequired: []
	},
	funding: {
		table: 'funding',
		file: 'funding.csv',
		columns: ['id', 'organization_id', 'service_id', 'source'],
		fields: { id, organization_id: ref('organization'), service_id: ref('service'), source: tr(1000) },
		jsonRequired: []
	},
	taxonomy: {
		table: 'taxonomy',
		file: 'taxonomies.csv',
		columns: ['id', 'name', 'description', 'uri', 'version'],
		fields: { id, name: { ...tr(300), required: true }, description: tr(2000), uri: plain(500), version: plain(50) },
		jsonRequired: ['name', 'description']
	},
	taxonomy_term: {
		table: 'taxonomy_term',
		file: 'taxonomy_terms.csv',
		columns: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri'],
		fields: {
			id,
			code: plain(100),
			name: { ...tr(300), required: true },
			description: tr(2000),
			parent_id: ref('taxonomy_term'),
			taxonomy: { exportOnly: true },
			taxonomy_id: ref('taxonomy', true),
			term_uri: plain(500)
		},
		jsonRequired: ['name', 'description']
	},
	attribute: {
		table: 'attribute',
		file: 'attributes.csv',
		columns: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value', 'label'],
		fields: {
			id,
			link_id: { kind: 'uuid', required: true },
			taxonomy_term_id: { kind: 'uuid', required: true },
			link_type: plain(100),
			link_entity: { required: true },
			value: plain(2000),
			label: plain(300)
		},
		jsonRequired: []
	}
};

/** Import order: a row's references are written before it. */
export const importOrder: OurTable[] = [
	'organization',
	'taxonomy',
	'taxonomy_term',
	'program',
	'location',
	'service',
	'service_at_location',
	'contact',
	'phone',
	'address',
	'schedule',
	'service_area',
	'language',
	'cost_option',
	'required_document',
	'accessibility',
	'funding',
	'attribute'
];

/** The tables of the HSDS data package we read but do not keep (reported as skipped). */
export const unsupportedFiles = [
	'metadata.csv',
	'meta_table_descriptions.csv',
	'organization_identifiers.csv',
	'service_capacity.csv',
	'units.csv',
	'url.csv'
];

export const tableByFile: Record<string, OurTable> = Object.fromEntries(
	Object.values(tableSpecs).map((s) => [s.file, s.table])
);

/** The columns of our table a bilingual field maps to. */
export function pairOf(field: string, spec: FieldSpec): [string, string] {
	const base = spec.column ?? field;
	return [`${base}_fr`, `${base}_en`];
}

/** Every bilingual HSDS field of a table. */
export function bilingualFields(table: OurTable): string[] {
	return Object.entries(tableSpecs[table].fields)
		.filter(([, f]) => f.bilingual)
		.map(([k]) => k);
}
