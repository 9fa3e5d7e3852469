import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { scoped } from '../tenancy/scoped.ts';
import type { ActionStatus } from './db-schema.ts';
import { indicatorSeries, type SeriesPoint } from './indicators.ts';
import { isLate } from './plans.ts';
import { rollup, type Rollup } from './progress.ts';

export interface DashboardAction {
	id: string;
	plan_id: string;
	plan_title_fr: string;
	plan_title_en: string;
	description_fr: string;
	description_en: string;
	status: ActionStatus;
	progress: number;
	end_date: string | null;
	timeline_text: string;
	table_name_fr: string | null;
	table_name_en: string | null;
}

export interface PlanDashboard {
	rollup: Rollup;
	byStatus: Record<ActionStatus, number>;
	late: DashboardAction[];
	atRisk: DashboardAction[];
	/** actions ending and milestones due in the next 30 days */
	upcoming: {
		kind: 'action' | 'milestone';
		id: string;
		action_id: string;
		title_fr: string;
		title_en: string;
		due: string;
	}[];
	indicators: { id: string; name_fr: string; name_en: string; unit: string; kind: string; points: SeriesPoint[] }[];
	pendingMeasurements: number;
}

/**
 * The coordinator's dashboard, for one plan or for everything one table owns (actions of its
 * plans, and actions it owns in other plans).
 */
export async function planDashboard(
	db: Kysely<DB>,
	partnershipId: string,
	scope: { planId?: string; tableId?: string },
	today = new Date().toISOString().slice(0, 10)
): Promise<PlanDashboard> {
	const s = scoped(db, partnershipId);
	let q = s
		.selectFrom('plan_action')
		.innerJoin('action_plan', 'action_plan.id', 'plan_action.plan_id')
		.leftJoin('governance_table', 'governance_table.id', 'plan_action.table_id')
		.select([
			'plan_action.id',
			'plan_action.plan_id',
			'action_plan.title_fr as plan_title_fr',
			'action_plan.title_en as plan_title_en',
			'plan_action.description_fr',
			'plan_action.description_en',
			'plan_action.status',
			'plan_action.progress',
			'plan_action.weight',
			'plan_action.end_date',
			'plan_action.timeline_text',
			'governance_table.name_fr as table_name_fr',
			'governance_table.name_en as table_name_en'
		])
		.where('action_plan.status', '!=', 'closed');
	if (scope.planId) q = q.where('plan_action.plan_id', '=', scope.planId);
	if (scope.tableId) {
		const tableId = scope.tableId;
		q = q.where((eb) => eb.or([eb('plan_action.table_id', '=', tableId), eb('action_plan.table_id', '=', tableId)]));
	}
	const actions = await q.orderBy('plan_action.end_date').execute();
	const byStatus = { not_started: 0, on_track: 0, at_risk: 0, late: 0, done: 0, cancelled: 0 } as Record<
		ActionStatus,
		number
	>;
	for (const a of actions) byStatus[a.status] += 1;
	const view = (a: (typeof actions)[number]): DashboardAction => ({ ...a });
	const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
	const open = actions.filter((a) => a.status !== 'done' && a.status !== 'cancelled');
	const upcoming: PlanDashboard['upcoming'] = open
		.filter((a) => a.end_date && a.end_date >= today && a.end_date <= horizon)
		.map((a) => ({
			kind: 'action' as const,
			id: a.id,
			action_id: a.id,
			title_fr: a.description_fr,
			title_en: a.description_en,
			due: a.end_date!
		}));
	const ids = actions.map((a) => a.id);
	if (ids.length) {
		const milestones = await s
			.selectFrom('action_milestone')
			.select(['id', 'action_id', 'title_fr', 'title_en', 'due_date'])
			.where('action_id', 'in', ids)
			.where('done_at', 'is', null)
			.where('due_date', '>=', today)
			.where('due_date', '<=', horizon)
			.execute();
		for (const m of milestones)
			upcoming.push({
				kind: 'milestone',
				id: m.id,
				action_id: m.action_id,
				title_fr: m.title_fr,
				title_en: m.title_en,
				due: m.due_date!
			});
	}
	upcoming.sort((a, b) => a.due.localeCompare(b.due));
	const planIds = [...new Set(actions.map((a) => a.plan_id))];
	if (scope.planId && !planIds.includes(scope.planId)) planIds.push(scope.planId);
	const indicatorRows = planIds.length
		? await s
				.selectFrom('indicator')
				.select(['id', 'name_fr', 'name_en', 'unit', 'kind'])
				.where('plan_id', 'in', planIds)
				.orderBy('position')
				.execute()
		: [];
	const indicators: PlanDashboard['indicators'] = [];
	for (const ind of indicatorRows) {
		const series = await indicatorSeries(db, partnershipId, ind.id);
		// Only indicators with a target or a value are worth a chart.
		if (series && series.points.length) indicators.push({ ...ind, points: series.points });
	}
	const pending = indicatorRows.length
		? await s
				.selectFrom('indicator_measurement')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.where('status', '=', 'submitted')
				.where(
					'indicator_id',
					'in',
					indicatorRows.map((i) => i.id)
				)
				.executeTakeFirst()
		: { n: 0 };
	return {
		rollup: rollup(actions.map((a) => ({ status: a.status, progress: a.progress, weight: Number(a.weight) }))),
		byStatus,
		late: open.filter((a) => isLate(a, today)).map(view),
		atRisk: open.filter((a) => a.status === 'at_risk').map(view),
		upcoming,
		indicators,
		pendingMeasurements: Number(pending?.n ?? 0)
	};
}
