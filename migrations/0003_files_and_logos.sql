-- Stored files (logos now; evidence files for plans later), kept in the database so every
-- instance sees them. Organization logos point at one; the unused SVG column goes.
create table stored_file (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	content_type text not null check (content_type in ('image/png', 'image/jpeg', 'image/webp', 'application/pdf')),
	size_bytes integer not null check (size_bytes between 1 and 5242880),
	sha256 text not null,
	data bytea not null,
	created_by uuid references app_user (id) on delete set null,
	created_at timestamptz not null default now(),
	unique (partnership_id, id)
);

alter table organization drop column logo_svg;
alter table organization add column logo_file_id uuid;
alter table organization add foreign key (partnership_id, logo_file_id)
	references stored_file (partnership_id, id) on delete set null (logo_file_id);
