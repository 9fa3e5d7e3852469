import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of migrations/0009_plans_contributions.sql, merged into the app's DB interface
 * (src/lib/server/db/schema.ts), so scoped() and the audited writes know it.
 */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = string; // 'YYYY-MM-DD'

export const contributionKinds = ['cash', 'in_kind_staff', 'in_kind_materials', 'in_kind_space', 'other'] as const;
export type ContributionKind = (typeof contributionKinds)[number];
export const contributionStatuses = ['submitted', 'confirmed', 'rejected'] as const;
export type ContributionStatus = (typeof contributionStatuses)[number];

export interface PlanContributionTable {
	id: Generated<string>;
	partnership_id: string;
	organization_id: string;
	action_id: string | null;
	kind: ContributionKind;
	/** Staff time only (numeric(9,2), read as a number). */
	hours: number | null;
	hourly_rate_cents: number | null;
	amount_cents: number;
	description_fr: Generated<string>;
	description_en: Generated<string>;
	period_start: DateOnly;
	period_end: DateOnly;
	funder_reportable: Generated<boolean>;
	status: ColumnType<ContributionStatus, ContributionStatus | undefined, ContributionStatus>;
	recorded_by: string | null;
	reviewed_by: string | null;
	reviewed_at: Date | string | null;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface ContributionTables {
	plan_contribution: PlanContributionTable;
}
