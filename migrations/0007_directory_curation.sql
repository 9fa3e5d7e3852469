-- Directory curation: keeping the directory true. Verification campaigns (each organization with
-- active services confirms or corrects its listings through a signed link), public suggestions and
-- problem reports with a moderation queue, and likely duplicates flagged for review.

create table verification_campaign (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	name text not null check (length(name) between 1 and 200),
	started_by uuid references app_user (id) on delete set null,
	started_at timestamptz not null default now(),
	-- Links expire at the end of this day (Toronto time).
	due_date date not null,
	-- Days after the start at which non-responders are reminded, e.g. {7,14}; at most max_reminders of them.
	reminder_days integer[] not null default '{7,14}',
	max_reminders integer not null default 2 check (max_reminders between 0 and 10),
	status text not null default 'open' check (status in ('open', 'closed')),
	closed_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id)
);
create index verification_campaign_status on verification_campaign (partnership_id, status, started_at);

-- One request per organization: sent to its contact, answered through its link.
create table verification_request (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	campaign_id uuid not null,
	organization_id uuid not null,
	contact_email text not null check (length(contact_email) between 3 and 254),
	contact_language text not null default 'fr' check (contact_language in ('fr', 'en')),
	-- SHA-256 of the link's token; the token itself is only in the e-mail.
	token_hash text not null unique,
	-- A reminder carries a fresh link; the earlier ones keep working until the campaign ends.
	previous_token_hashes text[] not null default '{}',
	sent_at timestamptz,
	reminded_at timestamptz,
	reminder_count integer not null default 0,
	opened_at timestamptz,
	confirmed_at timestamptz,
	corrected_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	unique (partnership_id, campaign_id, organization_id),
	foreign key (partnership_id, campaign_id) references verification_campaign (partnership_id, id) on delete cascade,
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade
);

-- What the contact answered for each listing: confirmed as is, or a correction sent for review.
create table verification_answer (
	partnership_id uuid not null references partnership (id) on delete cascade,
	request_id uuid not null,
	service_id uuid not null,
	answer text not null check (answer in ('confirmed', 'corrected')),
	answered_at timestamptz not null default now(),
	primary key (partnership_id, request_id, service_id),
	foreign key (partnership_id, request_id) references verification_request (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade
);

-- Public suggestions and problem reports (and corrections from verification links).
create table service_suggestion (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	service_id uuid not null,
	kind text not null check (kind in ('wrong_info', 'closed', 'moved', 'other', 'suggest_edit')),
	source text not null default 'public' check (source in ('public', 'verification')),
	verification_request_id uuid,
	message text not null default '' check (length(message) <= 4000),
	-- {"name_fr": "…", "url": "…"}: service fields the reporter proposes (see curation/fields.ts).
	proposed_changes jsonb not null default '{}'::jsonb check (jsonb_typeof(proposed_changes) = 'object'),
	reporter_email text not null default '' check (length(reporter_email) <= 254),
	reporter_language text not null default 'fr' check (reporter_language in ('fr', 'en')),
	status text not null default 'pending' check (status in ('pending', 'accepted', 'rejected')),
	reviewer_note text not null default '' check (length(reviewer_note) <= 2000),
	reviewed_by uuid references app_user (id) on delete set null,
	reviewed_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade,
	foreign key (partnership_id, verification_request_id) references verification_request (partnership_id, id) on delete set null (verification_request_id)
);
create index service_suggestion_status on service_suggestion (partnership_id, status, created_at);

-- Rate limit of the public form: a keyed hash of the client (never its address), kept 24 hours.
create table suggestion_attempt (
	id bigint generated always as identity primary key,
	partnership_id uuid not null references partnership (id) on delete cascade,
	client_hash text not null,
	at timestamptz not null default now()
);
create index suggestion_attempt_client on suggestion_attempt (client_hash, at);

-- Pairs that look like the same service or organization. a_id < b_id, so a pair is flagged once.
create table duplicate_flag (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	entity text not null check (entity in ('service', 'organization')),
	a_id uuid not null,
	b_id uuid not null,
	score double precision not null check (score between 0 and 1),
	reasons text[] not null default '{}',
	status text not null default 'open' check (status in ('open', 'merged', 'dismissed')),
	resolved_by uuid references app_user (id) on delete set null,
	resolved_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	unique (partnership_id, entity, a_id, b_id),
	check (a_id < b_id)
);
create index duplicate_flag_status on duplicate_flag (partnership_id, status, score desc);
