/**
 * The plans module: strategy, action plans (axis → intended result → priority → action),
 * indicators with targets and measurements, check-in rounds, import/export of the action-plan
 * table. Other modules (P2's contributions, reports and funder roll-ups) read plans through here.
 */
export {
	saveStrategy,
	listStrategies,
	getStrategy,
	savePlan,
	deletePlan,
	listPlans,
	getPlan,
	saveNode,
	deleteNode,
	saveAction,
	updateActionProgress,
	getPlanTree,
	planProgress,
	getAction,
	actionHistory,
	actionsOwnedBy,
	isLate,
	type PlanTree,
	type PlanSummary,
	type AxisView,
	type ResultView,
	type PriorityView,
	type ActionView,
	type IndicatorView,
	type ResponsibleView,
	type StrategyWithThemes
} from './plans.ts';
export {
	saveIndicator,
	deleteIndicator,
	saveTarget,
	deleteTarget,
	submitMeasurement,
	reviewMeasurement,
	listMeasurements,
	indicatorSeries,
	measurementEvidence,
	evidenceType,
	type SeriesPoint
} from './indicators.ts';
export {
	openCheckinRound,
	remindCheckinRound,
	closeCheckinRound,
	listRounds,
	findCheckin,
	checkinItems,
	markCheckinOpened,
	submitCheckin,
	registerPlansJobs,
	reminderJobKind
} from './checkins.ts';
export {
	importPlanTable,
	saveImportMapping,
	listImportMappings,
	previewColumns,
	resolveResponsibles,
	nameIndex,
	columnMapping,
	importFields,
	type ImportReport,
	type ColumnMapping,
	type ImportField
} from './import.ts';
export { exportPlanCsv, exportPlanXlsx, exportPlanDocx, planRows } from './export.ts';
export { planDashboard, type PlanDashboard } from './dashboard.ts';
export { rollup, combine, type Rollup } from './progress.ts';
export {
	actionStatuses,
	planStatuses,
	indicatorKinds,
	indicatorDirections,
	indicatorFrequencies,
	measurementStatuses,
	type ActionStatus,
	type PlanStatus
} from './db-schema.ts';
