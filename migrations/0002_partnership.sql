-- Partnership module: partner organizations, people, the council and its tables, memberships
-- (with history), join requests, target sectors, meetings. Every row carries partnership_id, and
-- references between tenant rows are composite (partnership_id, id) foreign keys, so a row can
-- never point at another partnership's row.

-- The one organization record: the directory lists its services under the same row.
create table organization (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	name_fr text not null check (length(name_fr) between 1 and 300),
	name_en text not null check (length(name_en) between 1 and 300),
	acronym text not null default '' check (length(acronym) <= 30),
	description_fr text not null default '' check (length(description_fr) <= 5000),
	description_en text not null default '' check (length(description_en) <= 5000),
	sector text not null check (sector in ('settlement', 'school_board', 'health', 'police_justice', 'library',
		'employment', 'employer_business', 'municipality', 'post_secondary', 'ethnocultural_faith',
		'francophone_community', 'funder', 'social_services', 'housing', 'newcomer', 'other')),
	network_type text not null default 'community' check (network_type in ('community', 'institutional', 'local_concertation')),
	languages text[] not null default '{}',
	area_served_fr text not null default '' check (length(area_served_fr) <= 500),
	area_served_en text not null default '' check (length(area_served_en) <= 500),
	is_lead boolean not null default false,
	status text not null default 'active' check (status in ('active', 'former')),
	website text not null default '' check (length(website) <= 500),
	email text not null default '' check (length(email) <= 254),
	phone text not null default '' check (length(phone) <= 50),
	logo_svg text check (length(logo_svg) <= 200000),
	joined_on date,
	left_on date,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id)
);
create index organization_partnership on organization (partnership_id, status);
create unique index organization_one_lead on organization (partnership_id) where is_lead;
create index organization_name_trgm on organization using gin (immutable_unaccent(lower(name_fr || ' ' || name_en)) gin_trgm_ops);

create table person (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	organization_id uuid,
	given_name text not null check (length(given_name) between 1 and 100),
	family_name text not null default '' check (length(family_name) <= 100),
	email text not null default '' check (length(email) <= 254),
	phone text not null default '' check (length(phone) <= 50),
	title_fr text not null default '' check (length(title_fr) <= 200),
	title_en text not null default '' check (length(title_en) <= 200),
	preferred_language text not null default 'fr' check (preferred_language in ('fr', 'en')),
	contact_by text not null default 'email' check (contact_by in ('email', 'phone', 'either')),
	public_profile boolean not null default false,
	user_id uuid references app_user (id) on delete set null,
	calendar_token text unique,
	status text not null default 'active' check (status in ('active', 'former')),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, organization_id) references organization (partnership_id, id)
);
create index person_partnership on person (partnership_id, status);
create index person_organization on person (organization_id);
create unique index person_user on person (partnership_id, user_id) where user_id is not null;

-- The council and its tables: sub-councils, working groups, work cells, teams, committees.
create table governance_table (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	parent_id uuid,
	kind text not null check (kind in ('council', 'sub_council', 'working_group', 'work_cell', 'team', 'committee')),
	theme text not null default '' check (length(theme) <= 60),
	name_fr text not null check (length(name_fr) between 1 and 300),
	name_en text not null check (length(name_en) between 1 and 300),
	mandate_fr text not null default '' check (length(mandate_fr) <= 5000),
	mandate_en text not null default '' check (length(mandate_en) <= 5000),
	start_date date,
	end_date date,
	status text not null default 'active' check (status in ('active', 'inactive', 'closed')),
	position integer not null default 0,
	calendar_token text unique,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, parent_id) references governance_table (partnership_id, id),
	check (parent_id is null or parent_id <> id),
	check (end_date is null or start_date is null or end_date >= start_date)
);
create index governance_table_partnership on governance_table (partnership_id, parent_id, position);

-- A seat at a table, for a person or an organization. History is kept: a change ends one row
-- (end_date) and starts another.
create table table_membership (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	table_id uuid not null,
	person_id uuid,
	organization_id uuid,
	role text not null check (role in ('chair', 'co_chair', 'member', 'secretary', 'observer', 'newcomer_representative')),
	start_date date not null default current_date,
	end_date date,
	note text not null default '' check (length(note) <= 1000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, table_id) references governance_table (partnership_id, id) on delete cascade,
	foreign key (partnership_id, person_id) references person (partnership_id, id) on delete cascade,
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade,
	check ((person_id is null) <> (organization_id is null)),
	check (end_date is null or end_date >= start_date)
);
create index table_membership_table on table_membership (table_id, end_date);
create index table_membership_person on table_membership (person_id);
create index table_membership_organization on table_membership (organization_id);

-- The sectors the coordinator wants at the table; representation is measured against them.
create table target_sector (
	partnership_id uuid not null references partnership (id) on delete cascade,
	sector text not null,
	note text not null default '',
	primary key (partnership_id, sector)
);

-- Public "join the partnership" requests, reviewed by the membership committee.
create table join_request (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	status text not null default 'pending' check (status in ('pending', 'more_info', 'accepted', 'declined')),
	organization_name text not null check (length(organization_name) between 1 and 300),
	organization_id uuid,
	sector text not null,
	contact_name text not null check (length(contact_name) between 1 and 200),
	contact_email text not null check (length(contact_email) between 3 and 254),
	contact_phone text not null default '' check (length(contact_phone) <= 50),
	preferred_language text not null default 'fr' check (preferred_language in ('fr', 'en')),
	table_ids uuid[] not null default '{}',
	message text not null default '' check (length(message) <= 5000),
	reviewer_message text not null default '' check (length(reviewer_message) <= 5000),
	reviewed_by uuid references app_user (id) on delete set null,
	reviewed_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, organization_id) references organization (partnership_id, id)
);
create index join_request_status on join_request (partnership_id, status, created_at desc);

create table meeting (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	table_id uuid not null,
	title_fr text not null check (length(title_fr) between 1 and 300),
	title_en text not null check (length(title_en) between 1 and 300),
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	location text not null default '' check (length(location) <= 500),
	online_url text not null default '' check (length(online_url) <= 1000),
	agenda_fr text not null default '' check (length(agenda_fr) <= 20000),
	agenda_en text not null default '' check (length(agenda_en) <= 20000),
	minutes_fr text not null default '' check (length(minutes_fr) <= 100000),
	minutes_en text not null default '' check (length(minutes_en) <= 100000),
	status text not null default 'scheduled' check (status in ('scheduled', 'held', 'cancelled')),
	notice_sent_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, table_id) references governance_table (partnership_id, id) on delete cascade,
	check (ends_at >= starts_at)
);
create index meeting_table on meeting (table_id, starts_at desc);
create index meeting_partnership on meeting (partnership_id, starts_at desc);

create table meeting_attendance (
	partnership_id uuid not null references partnership (id) on delete cascade,
	meeting_id uuid not null,
	person_id uuid not null,
	status text not null check (status in ('present', 'absent', 'excused')),
	primary key (meeting_id, person_id),
	foreign key (partnership_id, meeting_id) references meeting (partnership_id, id) on delete cascade,
	foreign key (partnership_id, person_id) references person (partnership_id, id) on delete cascade
);

create table meeting_decision (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	meeting_id uuid not null,
	text_fr text not null default '' check (length(text_fr) <= 5000),
	text_en text not null default '' check (length(text_en) <= 5000),
	position integer not null default 0,
	foreign key (partnership_id, meeting_id) references meeting (partnership_id, id) on delete cascade,
	check (text_fr <> '' or text_en <> '')
);

-- Follow-up items from meetings, assigned to people with due dates (plans link actions to them).
create table follow_up_item (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	meeting_id uuid,
	table_id uuid not null,
	description_fr text not null default '' check (length(description_fr) <= 2000),
	description_en text not null default '' check (length(description_en) <= 2000),
	assignee_person_id uuid,
	due_date date,
	status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
	completed_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, meeting_id) references meeting (partnership_id, id) on delete cascade,
	foreign key (partnership_id, table_id) references governance_table (partnership_id, id) on delete cascade,
	foreign key (partnership_id, assignee_person_id) references person (partnership_id, id) on delete set null (assignee_person_id),
	check (description_fr <> '' or description_en <> '')
);
create index follow_up_item_table on follow_up_item (table_id, status, due_date);
create index follow_up_item_assignee on follow_up_item (assignee_person_id, status);
