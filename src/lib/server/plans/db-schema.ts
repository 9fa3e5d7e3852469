import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the plans tables (migrations/0008_plans.sql). Merged into the app's DB
 * interface, so scoped() and the audited writes know them. Keep in step with the .sql file.
 * Dates are 'YYYY-MM-DD' strings; numeric columns come back as numbers (see db/engine.ts).
 */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;
type Stamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = string;
type Text = Generated<string>;
type Num = ColumnType<number, number | string | undefined, number | string>;
type NullableNum = ColumnType<number | null, number | string | null | undefined, number | string | null>;

export const planStatuses = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const actionStatuses = ['not_started', 'on_track', 'at_risk', 'late', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const responsibleRoles = ['lead', 'support'] as const;
export type ResponsibleRole = (typeof responsibleRoles)[number];
export const indicatorKinds = ['count', 'percentage', 'qualitative'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];
export const indicatorDirections = ['up', 'down', 'maintain'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];
export const indicatorFrequencies = ['monthly', 'quarterly', 'semiannual', 'annual', 'once', 'continuous'] as const;
export type IndicatorFrequency = (typeof indicatorFrequencies)[number];
export const measurementStatuses = ['submitted', 'approved', 'rejected'] as const;
export type MeasurementStatus = (typeof measurementStatuses)[number];
export type UpdateVia = 'app' | 'checkin' | 'import';

interface Tenant {
	id: Generated<string>;
	partnership_id: string;
}

export interface StrategyTable extends Tenant {
	title_fr: string;
	title_en: string;
	period_start: DateOnly;
	period_end: DateOnly;
	vision_fr: Text;
	vision_en: Text;
	status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface StrategyThemeTable extends Tenant {
	strategy_id: string;
	theme_key: Text;
	name_fr: string;
	name_en: string;
	description_fr: Text;
	description_en: Text;
	position: Generated<number>;
}

export interface ActionPlanTable extends Tenant {
	strategy_id: string | null;
	table_id: string | null;
	title_fr: string;
	title_en: string;
	description_fr: Text;
	description_en: Text;
	year: number | null;
	period_start: DateOnly | null;
	period_end: DateOnly | null;
	status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
	created_by: string | null;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface PlanAxisTable extends Tenant {
	plan_id: string;
	theme_id: string | null;
	title_fr: Text;
	title_en: Text;
	description_fr: Text;
	description_en: Text;
	position: Generated<number>;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface PlanResultTable extends Tenant {
	axis_id: string;
	title_fr: Text;
	title_en: Text;
	position: Generated<number>;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface PlanPriorityTable extends Tenant {
	result_id: string;
	title_fr: Text;
	title_en: Text;
	position: Generated<number>;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface PlanActionTable extends Tenant {
	plan_id: string;
	priority_id: string;
	table_id: string | null;
	description_fr: Text;
	description_en: Text;
	timeline_text: Text;
	start_date: DateOnly | null;
	end_date: DateOnly | null;
	status: ColumnType<ActionStatus, ActionStatus | undefined, ActionStatus>;
	progress: Generated<number>;
	weight: Num;
	position: Generated<number>;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface ActionResponsibleTable extends Tenant {
	action_id: string;
	person_id: string | null;
	organization_id: string | null;
	name_text: Text;
	note: Text;
	role: ColumnType<ResponsibleRole, ResponsibleRole | undefined, ResponsibleRole>;
	position: Generated<number>;
}

export interface ActionMilestoneTable extends Tenant {
	action_id: string;
	title_fr: Text;
	title_en: Text;
	due_date: DateOnly | null;
	done_at: Stamp;
	position: Generated<number>;
}

export interface ActionServiceTable {
	partnership_id: string;
	action_id: string;
	service_id: string;
}

export interface ActionFollowUpTable {
	partnership_id: string;
	action_id: string;
	follow_up_item_id: string;
}

export interface IndicatorTable extends Tenant {
	plan_id: string | null;
	name_fr: Text;
	name_en: Text;
	unit: Text;
	kind: ColumnType<IndicatorKind, IndicatorKind | undefined, IndicatorKind>;
	direction: ColumnType<IndicatorDirection, IndicatorDirection | undefined, IndicatorDirection>;
	data_source: Text;
	frequency: ColumnType<IndicatorFrequency, IndicatorFrequency | undefined, IndicatorFrequency>;
	baseline_value: NullableNum;
	baseline_text: Text;
	baseline_date: DateOnly | null;
	position: Generated<number>;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface IndicatorLinkTable extends Tenant {
	indicator_id: string;
	result_id: string | null;
	action_id: string | null;
}

export interface IndicatorTargetTable extends Tenant {
	indicator_id: string;
	period_label: string;
	period_start: DateOnly;
	period_end: DateOnly;
	target_value: NullableNum;
	target_text: Text;
}

export interface IndicatorMeasurementTable extends Tenant {
	indicator_id: string;
	value: NullableNum;
	value_text: Text;
	measured_on: DateOnly;
	narrative_fr: Text;
	narrative_en: Text;
	evidence_file_id: string | null;
	status: ColumnType<MeasurementStatus, MeasurementStatus | undefined, MeasurementStatus>;
	submitted_by: string | null;
	submitted_by_person_id: string | null;
	checkin_request_id: string | null;
	approved_by: string | null;
	reviewed_at: Stamp;
	review_note: Text;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface CheckinRoundTable extends Tenant {
	plan_id: string;
	opened_at: CreatedAt;
	due_date: DateOnly;
	status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
	message_fr: Text;
	message_en: Text;
	opened_by: string | null;
	closed_at: Stamp;
}

export interface CheckinRequestTable extends Tenant {
	round_id: string;
	person_id: string;
	token_hash: string;
	expires_at: Date | string;
	sent_at: Stamp;
	reminded_at: Stamp;
	reminder_count: Generated<number>;
	opened_at: Stamp;
	completed_at: Stamp;
}

export interface ActionUpdateTable extends Tenant {
	action_id: string;
	via: UpdateVia;
	user_id: string | null;
	person_id: string | null;
	checkin_request_id: string | null;
	status_before: ActionStatus | null;
	status_after: ActionStatus | null;
	progress_before: number | null;
	progress_after: number | null;
	comment: Text;
	created_at: CreatedAt;
}

export interface PlansTables {
	strategy: StrategyTable;
	strategy_theme: StrategyThemeTable;
	action_plan: ActionPlanTable;
	plan_axis: PlanAxisTable;
	plan_result: PlanResultTable;
	plan_priority: PlanPriorityTable;
	plan_action: PlanActionTable;
	action_responsible: ActionResponsibleTable;
	action_milestone: ActionMilestoneTable;
	action_service: ActionServiceTable;
	action_follow_up: ActionFollowUpTable;
	indicator: IndicatorTable;
	indicator_link: IndicatorLinkTable;
	indicator_target: IndicatorTargetTable;
	indicator_measurement: IndicatorMeasurementTable;
	checkin_round: CheckinRoundTable;
	checkin_request: CheckinRequestTable;
	action_update: ActionUpdateTable;
}
