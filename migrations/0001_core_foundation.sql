-- Foundation: extensions, tenants (partnerships), accounts, sessions, tokens, audit, jobs, mail.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists cube;
create extension if not exists earthdistance;

-- unaccent() is only STABLE; this wrapper is IMMUTABLE so expression indexes can use it.
create or replace function immutable_unaccent(text) returns text
	language sql immutable parallel safe strict
	as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table partnership (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 60),
	name_fr text not null check (length(name_fr) between 1 and 200),
	name_en text not null check (length(name_en) between 1 and 200),
	region_fr text not null default '',
	region_en text not null default '',
	default_locale text not null default 'fr' check (default_locale in ('fr', 'en')),
	status text not null default 'active' check (status in ('active', 'archived')),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create table app_user (
	id uuid primary key default gen_random_uuid(),
	email text not null check (length(email) between 3 and 254),
	display_name text not null check (length(display_name) between 1 and 200),
	password_hash text,
	locale text not null default 'fr' check (locale in ('fr', 'en')),
	is_instance_admin boolean not null default false,
	status text not null default 'active' check (status in ('active', 'disabled')),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	last_sign_in_at timestamptz
);
create unique index app_user_email_key on app_user (lower(email));

-- An account's role in one partnership (tenant).
create table partnership_role (
	partnership_id uuid not null references partnership (id) on delete cascade,
	user_id uuid not null references app_user (id) on delete cascade,
	role text not null check (role in ('coordinator', 'member', 'viewer')),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	primary key (partnership_id, user_id)
);
create index partnership_role_user on partnership_role (user_id);

-- Only a hash of the cookie's token is stored: a leaked table opens no session.
create table user_session (
	id text primary key,
	user_id uuid not null references app_user (id) on delete cascade,
	created_at timestamptz not null default now(),
	last_seen_at timestamptz not null default now(),
	expires_at timestamptz not null,
	user_agent text not null default ''
);
create index user_session_user on user_session (user_id);
create index user_session_expires on user_session (expires_at);

-- Single-use, expiring tokens sent by e-mail (invitations, password resets); stored hashed.
create table auth_token (
	id text primary key,
	kind text not null check (kind in ('invitation', 'password_reset')),
	email text not null,
	user_id uuid references app_user (id) on delete cascade,
	partnership_id uuid references partnership (id) on delete cascade,
	role text check (role in ('coordinator', 'member', 'viewer')),
	created_by uuid references app_user (id) on delete set null,
	data jsonb not null default '{}',
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	used_at timestamptz
);
create index auth_token_partnership on auth_token (partnership_id, kind);

-- Sign-in attempts, for rate limiting across instances. The address is kept only as a keyed hash.
create table sign_in_attempt (
	id bigint generated always as identity primary key,
	email text not null,
	client_hash text not null,
	succeeded boolean not null,
	at timestamptz not null default now()
);
create index sign_in_attempt_email on sign_in_attempt (email, at);
create index sign_in_attempt_client on sign_in_attempt (client_hash, at);

-- Who changed what, when, with the row before and after. partnership_id is null for instance-level events.
create table audit_event (
	id bigint generated always as identity primary key,
	partnership_id uuid references partnership (id) on delete cascade,
	actor_user_id uuid references app_user (id) on delete set null,
	actor_label text not null default '',
	action text not null,
	entity_type text not null,
	entity_id text not null,
	before jsonb,
	after jsonb,
	request_id text,
	at timestamptz not null default now()
);
create index audit_event_partnership on audit_event (partnership_id, at desc);

-- Database-backed job queue: survives restarts, shared by all instances (FOR UPDATE SKIP LOCKED).
create table job (
	id bigint generated always as identity primary key,
	kind text not null,
	payload jsonb not null default '{}',
	status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
	run_at timestamptz not null default now(),
	attempts integer not null default 0,
	max_attempts integer not null default 5,
	locked_at timestamptz,
	locked_by text,
	last_error text,
	created_at timestamptz not null default now(),
	finished_at timestamptz
);
create index job_ready on job (run_at) where status = 'pending';
create index job_running on job (locked_at) where status = 'running';

-- Every e-mail the product writes. Without SMTP it stays here, readable by coordinators (the outbox).
create table mail_message (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid references partnership (id) on delete cascade,
	to_address text not null,
	subject text not null,
	text_body text not null,
	html_body text not null,
	locale text not null check (locale in ('fr', 'en')),
	template text not null,
	status text not null default 'queued' check (status in ('queued', 'sent', 'outbox', 'failed')),
	error text,
	created_at timestamptz not null default now(),
	sent_at timestamptz
);
create index mail_message_partnership on mail_message (partnership_id, created_at desc);
