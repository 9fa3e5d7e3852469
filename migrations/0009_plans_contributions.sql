-- Plans module: partners' contributions (cash and in kind) to the partnership's work, per
-- period and optionally per action, reported to the funder next to its own funding.
-- Amounts are whole cents (bigint), so totals never drift; staff time is hours × hourly rate,
-- and the database checks that the stored amount is that product.

create table plan_contribution (
	id uuid primary key default gen_random_uuid(),
	partnership_id uuid not null references partnership (id) on delete cascade,
	organization_id uuid not null,
	action_id uuid,
	kind text not null check (kind in ('cash', 'in_kind_staff', 'in_kind_materials', 'in_kind_space', 'other')),
	-- Staff time only: hours (two decimals) and the hourly rate in cents.
	hours numeric(9, 2) check (hours > 0),
	hourly_rate_cents bigint check (hourly_rate_cents > 0),
	amount_cents bigint not null check (amount_cents >= 0 and amount_cents <= 100000000000),
	description_fr text not null default '' check (length(description_fr) <= 2000),
	description_en text not null default '' check (length(description_en) <= 2000),
	period_start date not null,
	period_end date not null,
	funder_reportable boolean not null default true,
	-- submitted by a partner, confirmed (or rejected) by the secretariat; reports count confirmed ones.
	status text not null default 'submitted' check (status in ('submitted', 'confirmed', 'rejected')),
	recorded_by uuid references app_user (id) on delete set null,
	reviewed_by uuid references app_user (id) on delete set null,
	reviewed_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (partnership_id, id),
	foreign key (partnership_id, organization_id) references organization (partnership_id, id) on delete cascade,
	foreign key (partnership_id, action_id) references plan_action (partnership_id, id) on delete set null (action_id),
	check (period_end >= period_start),
	check (
		(kind = 'in_kind_staff' and hours is not null and hourly_rate_cents is not null
			and amount_cents = round(hours * hourly_rate_cents))
		or (kind <> 'in_kind_staff' and hours is null and hourly_rate_cents is null)
	),
	check (description_fr <> '' or description_en <> '')
);
create index plan_contribution_period on plan_contribution (partnership_id, period_start);
create index plan_contribution_organization on plan_contribution (organization_id);
create index plan_contribution_action on plan_contribution (action_id) where action_id is not null;
