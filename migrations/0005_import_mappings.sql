-- Saved column mappings for spreadsheet imports (a partner's CSV or XLSX whose columns are not
-- the standard ones). Shared by the modules that import tables: directory, plans.
create table import_mapping (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	module text not null check (module in ('directory', 'plans')),
	name text not null check (length(name) between 1 and 200),
	-- { "columns": { "<source column>": "<target field>" }, ...module-specific options }
	mapping jsonb not null check (jsonb_typeof(mapping) = 'object'),
	created_by uuid references app_user (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	unique (partnership_id, module, name)
);
