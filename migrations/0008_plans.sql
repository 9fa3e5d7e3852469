-- Plans module: a strategy and its action plans (axis -> intended result -> priority -> action),
-- indicators with targets and measurements, check-in rounds (continuous evaluation) and the
-- history of every update. Every row carries partnership_id; references between tenant rows are
-- composite (partnership_id, id) foreign keys. Contributions live in the next migration (0009).

-- A local settlement strategy: period, vision, themes.
create table strategy (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	title_fr text not null check (length(title_fr) between 1 and 300),
	title_en text not null check (length(title_en) between 1 and 300),
	period_start date not null,
	period_end date not null,
	vision_fr text not null default '' check (length(vision_fr) <= 10000),
	vision_en text not null default '' check (length(vision_en) <= 10000),
	status text not null default 'active' check (status in ('draft', 'active', 'closed')),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	check (period_end >= period_start)
);
create index strategy_partnership on strategy (partnership_id, period_start desc);

create table strategy_theme (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	strategy_id uuid not null,
	-- optional link to the partnership's theme vocabulary (governance_table.theme), e.g. 'employment'
	theme_key text not null default '' check (length(theme_key) <= 60),
	name_fr text not null check (length(name_fr) between 1 and 300),
	name_en text not null check (length(name_en) between 1 and 300),
	description_fr text not null default '' check (length(description_fr) <= 5000),
	description_en text not null default '' check (length(description_en) <= 5000),
	position integer not null default 0,
	unique (partnership_id, id),
	foreign key (partnership_id, strategy_id) references strategy (partnership_id, id) on delete cascade
);
create index strategy_theme_strategy on strategy_theme (strategy_id, position);

-- An action plan: for a year or a period, for the whole partnership (table_id null) or one table.
create table action_plan (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	strategy_id uuid,
	table_id uuid,
	title_fr text not null check (length(title_fr) between 1 and 300),
	title_en text not null check (length(title_en) between 1 and 300),
	description_fr text not null default '' check (length(description_fr) <= 10000),
	description_en text not null default '' check (length(description_en) <= 10000),
	year integer check (year between 1990 and 2100),
	period_start date,
	period_end date,
	status text not null default 'draft' check (status in ('draft', 'active', 'closed')),
	created_by uuid references app_user (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, strategy_id) references strategy (partnership_id, id) on delete set null (strategy_id),
	foreign key (partnership_id, table_id) references governance_table (partnership_id, id) on delete set null (table_id),
	check (period_end is null or period_start is null or period_end >= period_start)
);
create index action_plan_partnership on action_plan (partnership_id, status, period_start desc);
create index action_plan_table on action_plan (table_id);

create table plan_axis (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	plan_id uuid not null,
	theme_id uuid,
	title_fr text not null default '' check (length(title_fr) <= 1000),
	title_en text not null default '' check (length(title_en) <= 1000),
	description_fr text not null default '' check (length(description_fr) <= 5000),
	description_en text not null default '' check (length(description_en) <= 5000),
	position integer not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, plan_id) references action_plan (partnership_id, id) on delete cascade,
	foreign key (partnership_id, theme_id) references strategy_theme (partnership_id, id) on delete set null (theme_id),
	check (title_fr <> '' or title_en <> '')
);
create index plan_axis_plan on plan_axis (plan_id, position);

-- An intended result (résultat visé).
create table plan_result (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	axis_id uuid not null,
	title_fr text not null default '' check (length(title_fr) <= 2000),
	title_en text not null default '' check (length(title_en) <= 2000),
	position integer not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, axis_id) references plan_axis (partnership_id, id) on delete cascade,
	check (title_fr <> '' or title_en <> '')
);
create index plan_result_axis on plan_result (axis_id, position);

create table plan_priority (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	result_id uuid not null,
	title_fr text not null default '' check (length(title_fr) <= 2000),
	title_en text not null default '' check (length(title_en) <= 2000),
	position integer not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, result_id) references plan_result (partnership_id, id) on delete cascade,
	check (title_fr <> '' or title_en <> '')
);
create index plan_priority_result on plan_priority (result_id, position);

-- An action / activity. plan_id is kept on the row (the plan of its priority) for plan-wide queries.
create table plan_action (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	plan_id uuid not null,
	priority_id uuid not null,
	table_id uuid,
	description_fr text not null default '' check (length(description_fr) <= 5000),
	description_en text not null default '' check (length(description_en) <= 5000),
	-- the timeline as people wrote it ("Septembre 2019 – mars 2020", "En continu"), and as dates when parsed
	timeline_text text not null default '' check (length(timeline_text) <= 500),
	start_date date,
	end_date date,
	status text not null default 'not_started' check (status in ('not_started', 'on_track', 'at_risk', 'late', 'done', 'cancelled')),
	progress integer not null default 0 check (progress between 0 and 100),
	weight numeric(8, 2) not null default 1 check (weight > 0),
	position integer not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, plan_id) references action_plan (partnership_id, id) on delete cascade,
	foreign key (partnership_id, priority_id) references plan_priority (partnership_id, id) on delete cascade,
	foreign key (partnership_id, table_id) references governance_table (partnership_id, id) on delete set null (table_id),
	check (description_fr <> '' or description_en <> ''),
	check (end_date is null or start_date is null or end_date >= start_date)
);
create index plan_action_plan on plan_action (plan_id, status, end_date);
create index plan_action_priority on plan_action (priority_id, position);
create index plan_action_table on plan_action (table_id, status);

-- Who carries an action: a person or an organization of the partnership, lead or support.
-- A name that matched nobody is kept as written (name_text) so nothing is lost.
create table action_responsible (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	action_id uuid not null,
	person_id uuid,
	organization_id uuid,
	name_text text not null default '' check (length(name_text) <= 300),
	note text not null default '' check (length(note) <= 300),
	role text not null default 'lead' check (role in ('lead', 'support')),
	position integer not null default 0,
	unique (partnership_id, id),
	foreign key (partnership_id, action_id) references plan_action (partnership_id, id) on delete cascade,
	foreign key (partnership_id, person_id) references person (partnership_id, id) on delete cascade,
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade,
	check (num_nonnulls(person_id, organization_id) <= 1),
	check (person_id is not null or organization_id is not null or name_text <> '')
);
create index action_responsible_action on action_responsible (action_id, position);
create index action_responsible_person on action_responsible (person_id);
create index action_responsible_organization on action_responsible (organization_id);

create table action_milestone (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	action_id uuid not null,
	title_fr text not null default '' check (length(title_fr) <= 1000),
	title_en text not null default '' check (length(title_en) <= 1000),
	due_date date,
	done_at timestamptz,
	position integer not null default 0,
	unique (partnership_id, id),
	foreign key (partnership_id, action_id) references plan_action (partnership_id, id) on delete cascade,
	check (title_fr <> '' or title_en <> '')
);
create index action_milestone_action on action_milestone (action_id, position);

-- Links from an action to directory services and to meetings' follow-up items.
create table action_service (
	partnership_id uuid not null references partnership (id) on delete cascade,
	action_id uuid not null,
	service_id uuid not null,
	primary key (action_id, service_id),
	foreign key (partnership_id, action_id) references plan_action (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade
);
create index action_service_service on action_service (service_id);

create table action_follow_up (
	partnership_id uuid not null references partnership (id) on delete cascade,
	action_id uuid not null,
	follow_up_item_id uuid not null,
	primary key (action_id, follow_up_item_id),
	foreign key (partnership_id, action_id) references plan_action (partnership_id, id) on delete cascade,
	foreign key (partnership_id, follow_up_item_id) references follow_up_item (partnership_id, id) on delete cascade
);
create index action_follow_up_item on action_follow_up (follow_up_item_id);

-- An indicator, defined once (in a plan, or partnership-wide when plan_id is null) and attached to
-- results and/or actions through indicator_link.
create table indicator (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	plan_id uuid,
	name_fr text not null default '' check (length(name_fr) <= 1000),
	name_en text not null default '' check (length(name_en) <= 1000),
	unit text not null default '' check (length(unit) <= 60),
	kind text not null default 'count' check (kind in ('count', 'percentage', 'qualitative')),
	direction text not null default 'up' check (direction in ('up', 'down', 'maintain')),
	data_source text not null default '' check (length(data_source) <= 1000),
	frequency text not null default 'annual' check (frequency in ('monthly', 'quarterly', 'semiannual', 'annual', 'once', 'continuous')),
	baseline_value numeric(14, 2),
	baseline_text text not null default '' check (length(baseline_text) <= 1000),
	baseline_date date,
	position integer not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, plan_id) references action_plan (partnership_id, id) on delete cascade,
	check (name_fr <> '' or name_en <> ''),
	check (kind <> 'percentage' or baseline_value is null or baseline_value between 0 and 100)
);
create index indicator_plan on indicator (partnership_id, plan_id, position);

create table indicator_link (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	indicator_id uuid not null,
	result_id uuid,
	action_id uuid,
	foreign key (partnership_id, indicator_id) references indicator (partnership_id, id) on delete cascade,
	foreign key (partnership_id, result_id) references plan_result (partnership_id, id) on delete cascade,
	foreign key (partnership_id, action_id) references plan_action (partnership_id, id) on delete cascade,
	check ((result_id is null) <> (action_id is null))
);
create unique index indicator_link_result on indicator_link (indicator_id, result_id) where result_id is not null;
create unique index indicator_link_action on indicator_link (indicator_id, action_id) where action_id is not null;
create index indicator_link_action_id on indicator_link (action_id);
create index indicator_link_result_id on indicator_link (result_id);

-- Targets per period (a year, a quarter…): period_label as shown ("2026", "2026-T1"), dates for ordering.
create table indicator_target (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	indicator_id uuid not null,
	period_label text not null check (length(period_label) between 1 and 60),
	period_start date not null,
	period_end date not null,
	target_value numeric(14, 2),
	target_text text not null default '' check (length(target_text) <= 1000),
	unique (partnership_id, id),
	unique (indicator_id, period_start, period_end),
	foreign key (partnership_id, indicator_id) references indicator (partnership_id, id) on delete cascade,
	check (period_end >= period_start),
	check (target_value is not null or target_text <> '')
);

-- A measurement: a value (or qualitative text), its date, a narrative, an evidence file;
-- submitted (by a user, or by a person through a check-in link), then approved or rejected.
create table indicator_measurement (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	indicator_id uuid not null,
	value numeric(14, 2),
	value_text text not null default '' check (length(value_text) <= 2000),
	measured_on date not null,
	narrative_fr text not null default '' check (length(narrative_fr) <= 5000),
	narrative_en text not null default '' check (length(narrative_en) <= 5000),
	evidence_file_id uuid,
	status text not null default 'submitted' check (status in ('submitted', 'approved', 'rejected')),
	submitted_by uuid references app_user (id) on delete set null,
	submitted_by_person_id uuid,
	checkin_request_id uuid,
	approved_by uuid references app_user (id) on delete set null,
	reviewed_at timestamptz,
	review_note text not null default '' check (length(review_note) <= 2000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, indicator_id) references indicator (partnership_id, id) on delete cascade,
	foreign key (partnership_id, evidence_file_id) references stored_file (partnership_id, id) on delete set null (evidence_file_id),
	foreign key (partnership_id, submitted_by_person_id) references person (partnership_id, id) on delete set null (submitted_by_person_id),
	check (value is not null or value_text <> '')
);
create index indicator_measurement_indicator on indicator_measurement (indicator_id, measured_on);
create index indicator_measurement_status on indicator_measurement (partnership_id, status);

-- Continuous evaluation: a check-in round on a plan sends each responsible person a signed link.
create table checkin_round (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	plan_id uuid not null,
	opened_at timestamptz not null default now(),
	due_date date not null,
	status text not null default 'open' check (status in ('open', 'closed')),
	message_fr text not null default '' check (length(message_fr) <= 5000),
	message_en text not null default '' check (length(message_en) <= 5000),
	opened_by uuid references app_user (id) on delete set null,
	closed_at timestamptz,
	unique (partnership_id, id),
	foreign key (partnership_id, plan_id) references action_plan (partnership_id, id) on delete cascade
);
create index checkin_round_plan on checkin_round (plan_id, opened_at desc);

create table checkin_request (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	round_id uuid not null,
	person_id uuid not null,
	token_hash text not null unique,
	expires_at timestamptz not null,
	sent_at timestamptz,
	reminded_at timestamptz,
	reminder_count integer not null default 0,
	opened_at timestamptz,
	completed_at timestamptz,
	unique (partnership_id, id),
	unique (round_id, person_id),
	foreign key (partnership_id, round_id) references checkin_round (partnership_id, id) on delete cascade,
	foreign key (partnership_id, person_id) references person (partnership_id, id) on delete cascade
);
create index checkin_request_round on checkin_request (round_id, completed_at);

alter table indicator_measurement add foreign key (partnership_id, checkin_request_id)
	references checkin_request (partnership_id, id) on delete set null (checkin_request_id);

-- The history of every change to an action's status, progress or comment: who, when, how.
create table action_update (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	action_id uuid not null,
	via text not null check (via in ('app', 'checkin', 'import')),
	user_id uuid references app_user (id) on delete set null,
	person_id uuid,
	checkin_request_id uuid,
	status_before text,
	status_after text,
	progress_before integer,
	progress_after integer,
	comment text not null default '' check (length(comment) <= 5000),
	created_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, action_id) references plan_action (partnership_id, id) on delete cascade,
	foreign key (partnership_id, person_id) references person (partnership_id, id) on delete set null (person_id),
	foreign key (partnership_id, checkin_request_id) references checkin_request (partnership_id, id) on delete set null (checkin_request_id)
);
create index action_update_action on action_update (action_id, created_at desc);
create index action_update_partnership on action_update (partnership_id, created_at desc);
