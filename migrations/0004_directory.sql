-- Directory module: the newcomer-services directory as Open Referral HSDS 3.1, every text field in
-- French and English (`_fr` / `_en`), owned by a partnership. Tenant references are composite
-- (partnership_id, id) foreign keys, as in the partnership module. Ids are HSDS ids (uuid), kept
-- through import and export.

-- The partnership's organization row is the HSDS organization. Organizations listed in the
-- directory that do not sit at the partnership's tables are `is_member = false`.
alter table organization add column is_member boolean not null default true;
alter table organization add column alternate_name_fr text not null default '' check (length(alternate_name_fr) <= 300);
alter table organization add column alternate_name_en text not null default '' check (length(alternate_name_en) <= 300);
alter table organization add column tax_status text not null default '' check (length(tax_status) <= 100);
alter table organization add column tax_id text not null default '' check (length(tax_id) <= 100);
alter table organization add column year_incorporated integer check (year_incorporated between 1600 and 2200);
alter table organization add column legal_status text not null default '' check (length(legal_status) <= 100);
alter table organization add column uri text not null default '' check (length(uri) <= 500);
alter table organization add column parent_organization_id uuid;
alter table organization add foreign key (partnership_id, parent_organization_id)
	references organization (partnership_id, id) on delete set null (parent_organization_id);
create index organization_member on organization (partnership_id, is_member, status);

create table program (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	organization_id uuid not null,
	name_fr text not null default '' check (length(name_fr) <= 300),
	name_en text not null default '' check (length(name_en) <= 300),
	alternate_name_fr text not null default '' check (length(alternate_name_fr) <= 300),
	alternate_name_en text not null default '' check (length(alternate_name_en) <= 300),
	description_fr text not null default '' check (length(description_fr) <= 5000),
	description_en text not null default '' check (length(description_en) <= 5000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade,
	check (name_fr <> '' or name_en <> '')
);

create table service (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	organization_id uuid not null,
	program_id uuid,
	name_fr text not null default '' check (length(name_fr) <= 300),
	name_en text not null default '' check (length(name_en) <= 300),
	alternate_name_fr text not null default '' check (length(alternate_name_fr) <= 300),
	alternate_name_en text not null default '' check (length(alternate_name_en) <= 300),
	description_fr text not null default '' check (length(description_fr) <= 10000),
	description_en text not null default '' check (length(description_en) <= 10000),
	url text not null default '' check (length(url) <= 500),
	email text not null default '' check (length(email) <= 254),
	status text not null default 'active' check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
	interpretation_services_fr text not null default '' check (length(interpretation_services_fr) <= 2000),
	interpretation_services_en text not null default '' check (length(interpretation_services_en) <= 2000),
	application_process_fr text not null default '' check (length(application_process_fr) <= 5000),
	application_process_en text not null default '' check (length(application_process_en) <= 5000),
	fees_description_fr text not null default '' check (length(fees_description_fr) <= 2000),
	fees_description_en text not null default '' check (length(fees_description_en) <= 2000),
	wait_time_fr text not null default '' check (length(wait_time_fr) <= 500),
	wait_time_en text not null default '' check (length(wait_time_en) <= 500),
	accreditations_fr text not null default '' check (length(accreditations_fr) <= 2000),
	accreditations_en text not null default '' check (length(accreditations_en) <= 2000),
	licenses_fr text not null default '' check (length(licenses_fr) <= 2000),
	licenses_en text not null default '' check (length(licenses_en) <= 2000),
	eligibility_description_fr text not null default '' check (length(eligibility_description_fr) <= 5000),
	eligibility_description_en text not null default '' check (length(eligibility_description_en) <= 5000),
	alert_fr text not null default '' check (length(alert_fr) <= 2000),
	alert_en text not null default '' check (length(alert_en) <= 2000),
	minimum_age integer check (minimum_age between 0 and 130),
	maximum_age integer check (maximum_age between 0 and 130),
	-- Newcomer filters, kept as columns for search (exported as HSDS attributes).
	-- Empty eligible_statuses means "everyone".
	eligible_statuses text[] not null default '{}',
	delivery_modes text[] not null default '{in_person}',
	free_of_charge boolean not null default false,
	-- Last verified (HSDS assured_date) is distinct from last edited (updated_at / last_modified).
	assured_date date,
	assurer_email text not null default '' check (length(assurer_email) <= 254),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade,
	foreign key (partnership_id, program_id) references program (partnership_id, id) on delete set null (program_id),
	check (name_fr <> '' or name_en <> ''),
	check (minimum_age is null or maximum_age is null or maximum_age >= minimum_age),
	check (eligible_statuses <@ array['permanent_resident', 'protected_person', 'refugee_claimant', 'temporary_worker',
		'international_student', 'citizen']::text[]),
	check (delivery_modes <@ array['in_person', 'virtual', 'phone']::text[])
);
create index service_organization on service (partnership_id, organization_id);
create index service_assured on service (partnership_id, assured_date);

create table location (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	organization_id uuid,
	location_type text not null default 'physical' check (location_type in ('physical', 'postal', 'virtual')),
	url text not null default '' check (length(url) <= 500),
	name_fr text not null default '' check (length(name_fr) <= 300),
	name_en text not null default '' check (length(name_en) <= 300),
	alternate_name_fr text not null default '' check (length(alternate_name_fr) <= 300),
	alternate_name_en text not null default '' check (length(alternate_name_en) <= 300),
	description_fr text not null default '' check (length(description_fr) <= 5000),
	description_en text not null default '' check (length(description_en) <= 5000),
	transportation_fr text not null default '' check (length(transportation_fr) <= 2000),
	transportation_en text not null default '' check (length(transportation_en) <= 2000),
	latitude double precision check (latitude between -90 and 90),
	longitude double precision check (longitude between -180 and 180),
	-- IANA zone for "open now"; Ontario by default.
	time_zone text not null default 'America/Toronto' check (length(time_zone) <= 60),
	external_identifier text not null default '' check (length(external_identifier) <= 200),
	external_identifier_type text not null default '' check (length(external_identifier_type) <= 100),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade,
	check ((latitude is null) = (longitude is null))
);
create index location_organization on location (partnership_id, organization_id);
create index location_earth on location using gist (ll_to_earth(latitude, longitude)) where latitude is not null;

create table service_at_location (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	service_id uuid not null,
	location_id uuid not null,
	description_fr text not null default '' check (length(description_fr) <= 5000),
	description_en text not null default '' check (length(description_en) <= 5000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	unique (partnership_id, service_id, location_id),
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade,
	foreign key (partnership_id, location_id) references location (partnership_id, id) on delete cascade
);
create index service_at_location_location on service_at_location (partnership_id, location_id);

-- Addresses are never translated (one text per field).
create table address (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	location_id uuid not null,
	attention text not null default '' check (length(attention) <= 200),
	address_1 text not null check (length(address_1) between 1 and 300),
	address_2 text not null default '' check (length(address_2) <= 300),
	city text not null check (length(city) between 1 and 200),
	region text not null default '' check (length(region) <= 200),
	state_province text not null default 'ON' check (length(state_province) between 1 and 100),
	postal_code text not null default '' check (length(postal_code) <= 20),
	country text not null default 'CA' check (length(country) between 2 and 2),
	address_type text not null default 'physical' check (address_type in ('physical', 'postal', 'virtual')),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, location_id) references location (partnership_id, id) on delete cascade
);
create index address_location on address (partnership_id, location_id);

create table contact (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	organization_id uuid,
	service_id uuid,
	service_at_location_id uuid,
	location_id uuid,
	name text not null default '' check (length(name) <= 200),
	title_fr text not null default '' check (length(title_fr) <= 200),
	title_en text not null default '' check (length(title_en) <= 200),
	department_fr text not null default '' check (length(department_fr) <= 200),
	department_en text not null default '' check (length(department_en) <= 200),
	email text not null default '' check (length(email) <= 254),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_at_location_id) references service_at_location (partnership_id, id) on delete cascade,
	foreign key (partnership_id, location_id) references location (partnership_id, id) on delete cascade
);

create table phone (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	location_id uuid,
	service_id uuid,
	organization_id uuid,
	contact_id uuid,
	service_at_location_id uuid,
	number text not null check (length(number) between 1 and 50),
	extension integer check (extension between 0 and 99999999),
	type text not null default 'voice' check (type in ('text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone')),
	description_fr text not null default '' check (length(description_fr) <= 500),
	description_en text not null default '' check (length(description_en) <= 500),
	languages text[] not null default '{}',
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, location_id) references location (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade,
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade,
	foreign key (partnership_id, contact_id) references contact (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_at_location_id) references service_at_location (partnership_id, id) on delete cascade
);
create index phone_service on phone (partnership_id, service_id);
create index phone_location on phone (partnership_id, location_id);

-- Opening hours as HSDS schedules (RRULE-like: freq, byday, opens_at/closes_at).
create table schedule (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	service_id uuid,
	location_id uuid,
	service_at_location_id uuid,
	valid_from date,
	valid_to date,
	dtstart date,
	until date,
	count integer check (count > 0),
	wkst text check (wkst in ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
	freq text check (freq in ('WEEKLY', 'MONTHLY')),
	interval integer check (interval > 0),
	byday text not null default '' check (length(byday) <= 100),
	byweekno text not null default '' check (length(byweekno) <= 100),
	bymonthday text not null default '' check (length(bymonthday) <= 100),
	byyearday text not null default '' check (length(byyearday) <= 100),
	opens_at time,
	closes_at time,
	schedule_link text not null default '' check (length(schedule_link) <= 500),
	attending_type text not null default '' check (length(attending_type) <= 100),
	description_fr text not null default '' check (length(description_fr) <= 1000),
	description_en text not null default '' check (length(description_en) <= 1000),
	notes_fr text not null default '' check (length(notes_fr) <= 1000),
	notes_en text not null default '' check (length(notes_en) <= 1000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade,
	foreign key (partnership_id, location_id) references location (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_at_location_id) references service_at_location (partnership_id, id) on delete cascade,
	check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index schedule_service on schedule (partnership_id, service_id);
create index schedule_location on schedule (partnership_id, location_id);
create index schedule_sal on schedule (partnership_id, service_at_location_id);

create table service_area (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	service_id uuid,
	service_at_location_id uuid,
	name_fr text not null default '' check (length(name_fr) <= 300),
	name_en text not null default '' check (length(name_en) <= 300),
	description_fr text not null default '' check (length(description_fr) <= 2000),
	description_en text not null default '' check (length(description_en) <= 2000),
	extent text not null default '' check (length(extent) <= 200000),
	extent_type text not null default '' check (length(extent_type) <= 50),
	-- A census division or subdivision code (shared/geo) when the area is one.
	uri text not null default '' check (length(uri) <= 500),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_at_location_id) references service_at_location (partnership_id, id) on delete cascade
);
create index service_area_service on service_area (partnership_id, service_id);

-- Languages a service is given in (ISO 639 codes; name is the code's name, never translated).
create table language (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	service_id uuid,
	location_id uuid,
	phone_id uuid,
	code text not null check (code ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
	name text not null default '' check (length(name) <= 100),
	note_fr text not null default '' check (length(note_fr) <= 500),
	note_en text not null default '' check (length(note_en) <= 500),
	-- Offered through an interpreter rather than by staff who speak it.
	via_interpreter boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade,
	foreign key (partnership_id, location_id) references location (partnership_id, id) on delete cascade,
	foreign key (partnership_id, phone_id) references phone (partnership_id, id) on delete cascade
);
create index language_service on language (partnership_id, service_id);

create table cost_option (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	service_id uuid not null,
	valid_from date,
	valid_to date,
	option_fr text not null default '' check (length(option_fr) <= 500),
	option_en text not null default '' check (length(option_en) <= 500),
	currency text not null default 'CAD' check (length(currency) between 3 and 3),
	amount numeric(12, 2) check (amount >= 0),
	amount_description_fr text not null default '' check (length(amount_description_fr) <= 500),
	amount_description_en text not null default '' check (length(amount_description_en) <= 500),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade
);
create index cost_option_service on cost_option (partnership_id, service_id);

create table required_document (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	service_id uuid not null,
	document_fr text not null default '' check (length(document_fr) <= 500),
	document_en text not null default '' check (length(document_en) <= 500),
	uri text not null default '' check (length(uri) <= 500),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade
);
create index required_document_service on required_document (partnership_id, service_id);

create table accessibility (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	location_id uuid not null,
	-- A controlled code for filtering (wheelchair, accessible_washroom, hearing_loop, braille, parking,
	-- elevator, quiet_space, other), with free text beside it.
	feature text not null default 'other' check (feature in ('wheelchair', 'accessible_washroom', 'hearing_loop',
		'braille', 'accessible_parking', 'elevator', 'quiet_space', 'other')),
	description_fr text not null default '' check (length(description_fr) <= 1000),
	description_en text not null default '' check (length(description_en) <= 1000),
	details_fr text not null default '' check (length(details_fr) <= 2000),
	details_en text not null default '' check (length(details_en) <= 2000),
	url text not null default '' check (length(url) <= 500),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, location_id) references location (partnership_id, id) on delete cascade
);
create index accessibility_location on accessibility (partnership_id, location_id);

create table funding (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	organization_id uuid,
	service_id uuid,
	source_fr text not null default '' check (length(source_fr) <= 1000),
	source_en text not null default '' check (length(source_en) <= 1000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade
);

-- Taxonomies: the IRCC settlement-service categories ship as one; others import beside it.
create table taxonomy (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	code text not null check (code ~ '^[a-z0-9][a-z0-9_-]{0,59}$'),
	name_fr text not null default '' check (length(name_fr) <= 300),
	name_en text not null default '' check (length(name_en) <= 300),
	description_fr text not null default '' check (length(description_fr) <= 2000),
	description_en text not null default '' check (length(description_en) <= 2000),
	uri text not null default '' check (length(uri) <= 500),
	version text not null default '' check (length(version) <= 50),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	unique (partnership_id, code)
);

create table taxonomy_term (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	taxonomy_id uuid not null,
	parent_id uuid,
	code text not null default '' check (length(code) <= 100),
	name_fr text not null default '' check (length(name_fr) <= 300),
	name_en text not null default '' check (length(name_en) <= 300),
	description_fr text not null default '' check (length(description_fr) <= 2000),
	description_en text not null default '' check (length(description_en) <= 2000),
	-- The name in newcomers' languages ({"ar": "…", "es": "…"}), searchable.
	names jsonb not null default '{}'::jsonb check (jsonb_typeof(names) = 'object'),
	-- Other words people search with ("CLIC", "LINC", "anglais langue seconde").
	synonyms text[] not null default '{}',
	-- A council theme (governance_table.theme) the term sits under, for mainstream services.
	theme text not null default '' check (length(theme) <= 60),
	term_uri text not null default '' check (length(term_uri) <= 500),
	position integer not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, taxonomy_id) references taxonomy (partnership_id, id) on delete cascade,
	foreign key (partnership_id, parent_id) references taxonomy_term (partnership_id, id) on delete cascade,
	check (name_fr <> '' or name_en <> ''),
	check (parent_id is null or parent_id <> id)
);
create index taxonomy_term_taxonomy on taxonomy_term (partnership_id, taxonomy_id, parent_id, position);
create unique index taxonomy_term_code on taxonomy_term (partnership_id, taxonomy_id, code) where code <> '';

-- HSDS attributes: a taxonomy term (and optional value) attached to any record. Services'
-- categories are attributes with link_entity = 'service'.
create table attribute (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	link_id uuid not null,
	link_entity text not null check (link_entity in ('organization', 'service', 'location', 'service_at_location',
		'program', 'contact', 'phone', 'address', 'schedule', 'service_area', 'language', 'cost_option',
		'required_document', 'accessibility', 'funding')),
	link_type text not null default '' check (length(link_type) <= 100),
	taxonomy_term_id uuid not null,
	value text not null default '' check (length(value) <= 2000),
	label text not null default '' check (length(label) <= 300),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, taxonomy_term_id) references taxonomy_term (partnership_id, id) on delete cascade
);
create index attribute_link on attribute (partnership_id, link_entity, link_id);
create index attribute_term on attribute (partnership_id, taxonomy_term_id);
