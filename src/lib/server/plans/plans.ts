import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Actor } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { deleteAudited, insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import type {
	ActionPlanTable,
	ActionStatus,
	PlanActionTable,
	StrategyTable,
	StrategyThemeTable,
	UpdateVia
} from './db-schema.ts';
import { combine, rollup, type Rollup } from './progress.ts';
import {
	actionInput,
	nodeInput,
	planInput,
	progressInput,
	strategyInput,
	type ActionInput,
	type NodeInput,
	type NodeKind,
	type PlanInput,
	type ProgressInput,
	type StrategyInput
} from './schemas.ts';

type Db = Kysely<DB> | Transaction<DB>;
const isUuid = (v: string | null | undefined): v is string => !!v && /^[0-9a-f-]{36}$/i.test(v);

// --- strategy --------------------------------------------------------------------------------

export async function saveStrategy(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: StrategyInput
): Promise<Result<{ id: string }>> {
	const parsed = strategyInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	const row = {
		title_fr: v.titleFr,
		title_en: v.titleEn,
		period_start: v.periodStart,
		period_end: v.periodEnd,
		vision_fr: v.visionFr,
		vision_en: v.visionEn,
		status: v.status
	};
	return ctx.db.transaction().execute(async (trx) => {
		const saved = id
			? await updateAudited(trx, actor, partnershipId, 'strategy', id, row)
			: await insertAudited(trx, actor, partnershipId, 'strategy', row);
		if (!saved) return failure('common.error_not_found');
		// Themes keep their ids by position, so axes linked to a theme stay linked when it is renamed.
		const existing = await scoped(trx, partnershipId)
			.selectFrom('strategy_theme')
			.select('id')
			.where('strategy_id', '=', saved.id)
			.orderBy('position')
			.execute();
		for (const [i, theme] of v.themes.entries()) {
			const values = {
				name_fr: theme.nameFr,
				name_en: theme.nameEn || theme.nameFr,
				theme_key: theme.themeKey ?? '',
				position: i
			};
			if (existing[i]) await updateAudited(trx, actor, partnershipId, 'strategy_theme', existing[i].id, values);
			else await insertAudited(trx, actor, partnershipId, 'strategy_theme', { ...values, strategy_id: saved.id });
		}
		for (const extra of existing.slice(v.themes.length)) {
			await deleteAudited(trx, actor, partnershipId, 'strategy_theme', extra.id);
		}
		return ok({ id: saved.id });
	});
}

export type StrategyWithThemes = Selectable<StrategyTable> & { themes: Selectable<StrategyThemeTable>[] };

export async function listStrategies(db: Db, partnershipId: string): Promise<StrategyWithThemes[]> {
	const s = scoped(db, partnershipId);
	const strategies = await s.selectFrom('strategy').selectAll().orderBy('period_start', 'desc').execute();
	const themes = await s.selectFrom('strategy_theme').selectAll().orderBy('position').execute();
	return strategies.map((st) => ({ ...st, themes: themes.filter((t) => t.strategy_id === st.id) }));
}

export async function getStrategy(db: Db, partnershipId: string, id: string) {
	if (!isUuid(id)) return undefined;
	return (await listStrategies(db, partnershipId)).find((s) => s.id === id);
}

// --- plans -----------------------------------------------------------------------------------

function planRow(v: ReturnType<typeof planInput.parse>) {
	return {
		strategy_id: v.strategyId,
		table_id: v.tableId,
		title_fr: v.titleFr,
		title_en: v.titleEn,
		description_fr: v.descriptionFr,
		description_en: v.descriptionEn,
		year: v.year,
		period_start: v.periodStart,
		period_end: v.periodEnd,
		status: v.status
	};
}

export async function savePlan(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: PlanInput
): Promise<Result<{ id: string }>> {
	const parsed = planInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	return ctx.db.transaction().execute(async (trx) => savePlanIn(trx, actor, partnershipId, id, parsed.data));
}

export async function savePlanIn(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	v: ReturnType<typeof planInput.parse>
): Promise<Result<{ id: string }>> {
	const s = scoped(trx, partnershipId);
	if (
		v.strategyId &&
		!(await s.selectFrom('strategy').select('id').where('id', '=', v.strategyId).executeTakeFirst())
	) {
		return failure('common.error_form', { strategyId: ['validation.invalid_choice'] });
	}
	if (
		v.tableId &&
		!(await s.selectFrom('governance_table').select('id').where('id', '=', v.tableId).executeTakeFirst())
	) {
		return failure('common.error_form', { tableId: ['validation.invalid_choice'] });
	}
	const row = planRow(v);
	if (!id) {
		const created = await insertAudited(trx, actor, partnershipId, 'action_plan', { ...row, created_by: actor.userId });
		return ok({ id: created.id });
	}
	const updated = await updateAudited(trx, actor, partnershipId, 'action_plan', id, row);
	return updated ? ok({ id }) : failure('common.error_not_found');
}

export async function deletePlan(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	id: string
): Promise<Result<{ id: string }>> {
	if (!isUuid(id)) return failure('common.error_not_found');
	return ctx.db
		.transaction()
		.execute(async (trx) =>
			(await deleteAudited(trx, actor, partnershipId, 'action_plan', id))
				? ok({ id })
				: failure('common.error_not_found')
		);
}

export interface PlanSummary extends Selectable<ActionPlanTable> {
	table_name_fr: string | null;
	table_name_en: string | null;
	actions: number;
	rollup: Rollup;
	late: number;
	atRisk: number;
}

/** The plans of a partnership (or of one table), newest first, with their roll-up. */
export async function listPlans(
	db: Db,
	partnershipId: string,
	filter: { tableId?: string } = {}
): Promise<PlanSummary[]> {
	const s = scoped(db, partnershipId);
	let q = s
		.selectFrom('action_plan')
		.leftJoin('governance_table', 'governance_table.id', 'action_plan.table_id')
		.selectAll('action_plan')
		.select(['governance_table.name_fr as table_name_fr', 'governance_table.name_en as table_name_en'])
		.orderBy('action_plan.period_start', (o) => o.desc().nullsLast())
		.orderBy('action_plan.created_at', 'desc');
	if (filter.tableId) q = q.where('action_plan.table_id', '=', filter.tableId);
	const plans = await q.execute();
	const actions = await s
		.selectFrom('plan_action')
		.select(['plan_id', 'status', 'progress', 'weight', 'end_date'])
		.execute();
	const today = new Date().toISOString().slice(0, 10);
	return plans.map((p) => {
		const mine = actions.filter((a) => a.plan_id === p.id);
		return {
			...p,
			actions: mine.length,
			rollup: rollup(mine.map((a) => ({ ...a, weight: Number(a.weight) }))),
			// A closed plan is over: its unfinished actions are history, not late (as on the dashboards).
			late: p.status === 'closed' ? 0 : mine.filter((a) => isLate(a, today)).length,
			atRisk: mine.filter((a) => a.status === 'at_risk').length
		};
	});
}

/** Late: marked late, or past its end date and neither done nor cancelled. */
export function isLate(a: { status: ActionStatus; end_date: string | null }, today: string): boolean {
	if (a.status === 'late') return true;
	return !!a.end_date && a.end_date < today && a.status !== 'done' && a.status !== 'cancelled';
}

export async function getPlan(db: Db, partnershipId: string, id: string) {
	if (!isUuid(id)) return undefined;
	return scoped(db, partnershipId).selectFrom('action_plan').selectAll().where('id', '=', id).executeTakeFirst();
}

// --- the tree: axis → result → priority ------------------------------------------------------

const nodeTable = { axis: 'plan_axis', result: 'plan_result', priority: 'plan_priority' } as const;
const parentOf = {
	axis: ['action_plan', 'plan_id'],
	result: ['plan_axis', 'axis_id'],
	priority: ['plan_result', 'result_id']
} as const;

/** Creates (parentId given) or edits (id given) an axis, an intended result or a priority. */
export async function saveNode(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	kind: NodeKind,
	parentId: string | null,
	id: string | null,
	raw: NodeInput
): Promise<Result<{ id: string }>> {
	const parsed = nodeInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	return ctx.db.transaction().execute((trx) => saveNodeIn(trx, actor, partnershipId, kind, parentId, id, parsed.data));
}

export async function saveNodeIn(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	kind: NodeKind,
	parentId: string | null,
	id: string | null,
	v: ReturnType<typeof nodeInput.parse>
): Promise<Result<{ id: string }>> {
	const s = scoped(trx, partnershipId);
	const table = nodeTable[kind];
	const base = { title_fr: v.titleFr, title_en: v.titleEn };
	const extra =
		kind === 'axis' ? { description_fr: v.descriptionFr, description_en: v.descriptionEn, theme_id: v.themeId } : {};
	if (id) {
		if (!isUuid(id)) return failure('common.error_not_found');
		const values = { ...base, ...extra, ...(v.position !== undefined ? { position: v.position } : {}) };
		const updated = await updateAudited(trx, actor, partnershipId, table, id, values as never);
		return updated ? ok({ id }) : failure('common.error_not_found');
	}
	const [parentTable, parentColumn] = parentOf[kind];
	if (!isUuid(parentId)) return failure('common.error_not_found');
	const parent = await s.selectFrom(parentTable).select('id').where('id', '=', parentId).executeTakeFirst();
	if (!parent) return failure('common.error_not_found');
	let position = v.position;
	if (position === undefined) {
		const last = await s
			.selectFrom(table)
			.select((eb) => eb.fn.max<number>('position').as('max'))
			.where(parentColumn as never, '=', parentId as never)
			.executeTakeFirst();
		position = (last?.max ?? -1) + 1;
	}
	const created = await insertAudited(trx, actor, partnershipId, table, {
		...base,
		...extra,
		[parentColumn]: parentId,
		position
	} as never);
	return ok({ id: created.id });
}

export async function deleteNode(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	kind: NodeKind | 'action',
	id: string
): Promise<Result<{ id: string }>> {
	if (!isUuid(id)) return failure('common.error_not_found');
	const table = kind === 'action' ? 'plan_action' : nodeTable[kind];
	return ctx.db
		.transaction()
		.execute(async (trx) =>
			(await deleteAudited(trx, actor, partnershipId, table, id)) ? ok({ id }) : failure('common.error_not_found')
		);
}

// --- actions ---------------------------------------------------------------------------------

export interface ActionProgressChange {
	via: UpdateVia;
	personId?: string | null;
	checkinRequestId?: string | null;
}

/** Writes an action's status, progress and comment, and its history row (action_update). */
export async function recordProgress(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	action: Pick<Selectable<PlanActionTable>, 'id' | 'status' | 'progress'>,
	next: { status: ActionStatus; progress: number; comment: string },
	change: ActionProgressChange
): Promise<boolean> {
	const progress = next.status === 'done' ? 100 : next.progress;
	const changed = action.status !== next.status || action.progress !== progress;
	if (!changed && !next.comment) return false;
	if (changed) {
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'plan_action',
			action.id,
			{ status: next.status, progress },
			'plan_action.progress'
		);
	}
	await insertAudited(trx, actor, partnershipId, 'action_update', {
		action_id: action.id,
		via: change.via,
		user_id: actor.userId,
		person_id: change.personId ?? null,
		checkin_request_id: change.checkinRequestId ?? null,
		status_before: action.status,
		status_after: next.status,
		progress_before: action.progress,
		progress_after: progress,
		comment: next.comment
	});
	return true;
}

/** Status, progress and a comment from the app (the action's page). */
export async function updateActionProgress(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	actionId: string,
	raw: ProgressInput
): Promise<Result<{ id: string }>> {
	const parsed = progressInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	if (!isUuid(actionId)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const action = await scoped(trx, partnershipId)
			.selectFrom('plan_action')
			.select(['id', 'status', 'progress'])
			.where('id', '=', actionId)
			.forUpdate()
			.executeTakeFirst();
		if (!action) return failure('common.error_not_found');
		await recordProgress(trx, actor, partnershipId, action, parsed.data, { via: 'app' });
		return ok({ id: actionId });
	});
}

/** May this person (through their account) update this action? Lead or support, or the org they work for. */
export async function actionsOwnedBy(db: Db, partnershipId: string, personId: string): Promise<string[]> {
	const s = scoped(db, partnershipId);
	const rows = await s.selectFrom('action_responsible').select('action_id').where('person_id', '=', personId).execute();
	return [...new Set(rows.map((r) => r.action_id))];
}

/**
 * Creates (priorityId given) or edits an action. Responsibles, milestones and links are replaced
 * when given. A status or progress change is written to the history, like every other change.
 */
export async function saveAction(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	priorityId: string | null,
	id: string | null,
	raw: ActionInput
): Promise<Result<{ id: string }>> {
	const parsed = actionInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	return ctx.db
		.transaction()
		.execute((trx) => saveActionIn(trx, actor, partnershipId, priorityId, id, parsed.data, 'app'));
}

export async function saveActionIn(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	priorityId: string | null,
	id: string | null,
	v: ReturnType<typeof actionInput.parse>,
	via: UpdateVia
): Promise<Result<{ id: string }>> {
	const s = scoped(trx, partnershipId);
	const invalid = async (
		table: 'person' | 'organization' | 'governance_table' | 'service' | 'follow_up_item',
		ids: (string | null)[]
	) => {
		const wanted = [...new Set(ids.filter((x): x is string => !!x))];
		if (!wanted.length) return false;
		const found = await s.selectFrom(table).select('id').where('id', 'in', wanted).execute();
		return found.length !== wanted.length;
	};
	if (await invalid('governance_table', [v.tableId]))
		return failure('common.error_form', { tableId: ['validation.invalid_choice'] });
	if (v.responsibles) {
		if (
			await invalid(
				'person',
				v.responsibles.map((r) => r.personId)
			)
		)
			return failure('common.error_form', { responsibles: ['validation.invalid_choice'] });
		if (
			await invalid(
				'organization',
				v.responsibles.map((r) => r.organizationId)
			)
		)
			return failure('common.error_form', { responsibles: ['validation.invalid_choice'] });
	}
	if (v.serviceIds && (await invalid('service', v.serviceIds)))
		return failure('common.error_form', { serviceIds: ['validation.invalid_choice'] });
	if (v.followUpIds && (await invalid('follow_up_item', v.followUpIds)))
		return failure('common.error_form', { followUpIds: ['validation.invalid_choice'] });
	const progress = v.status === 'done' ? 100 : v.progress;
	const row = {
		description_fr: v.descriptionFr,
		description_en: v.descriptionEn,
		timeline_text: v.timelineText,
		start_date: v.startDate,
		end_date: v.endDate,
		weight: v.weight,
		table_id: v.tableId
	};
	let actionId: string;
	if (!id) {
		if (!isUuid(priorityId)) return failure('common.error_not_found');
		const priority = await s
			.selectFrom('plan_priority')
			.innerJoin('plan_result', 'plan_result.id', 'plan_priority.result_id')
			.innerJoin('plan_axis', 'plan_axis.id', 'plan_result.axis_id')
			.select(['plan_priority.id', 'plan_axis.plan_id'])
			.where('plan_priority.id', '=', priorityId)
			.executeTakeFirst();
		if (!priority) return failure('common.error_not_found');
		let position = v.position;
		if (position === undefined) {
			const last = await s
				.selectFrom('plan_action')
				.select((eb) => eb.fn.max<number>('position').as('max'))
				.where('priority_id', '=', priorityId)
				.executeTakeFirst();
			position = (last?.max ?? -1) + 1;
		}
		const created = await insertAudited(trx, actor, partnershipId, 'plan_action', {
			...row,
			plan_id: priority.plan_id,
			priority_id: priorityId,
			status: v.status,
			progress,
			position
		});
		actionId = created.id;
		if (v.status !== 'not_started' || progress > 0 || v.comment) {
			await insertAudited(trx, actor, partnershipId, 'action_update', {
				action_id: actionId,
				via,
				user_id: actor.userId,
				status_before: null,
				status_after: v.status,
				progress_before: null,
				progress_after: progress,
				comment: v.comment
			});
		}
	} else {
		if (!isUuid(id)) return failure('common.error_not_found');
		const before = await s
			.selectFrom('plan_action')
			.select(['id', 'status', 'progress'])
			.where('id', '=', id)
			.forUpdate()
			.executeTakeFirst();
		if (!before) return failure('common.error_not_found');
		await updateAudited(trx, actor, partnershipId, 'plan_action', id, {
			...row,
			...(v.position !== undefined ? { position: v.position } : {})
		});
		await recordProgress(
			trx,
			actor,
			partnershipId,
			before,
			{ status: v.status, progress, comment: v.comment },
			{ via }
		);
		actionId = id;
	}
	if (v.responsibles) {
		const old = await s.selectFrom('action_responsible').select('id').where('action_id', '=', actionId).execute();
		for (const r of old) await deleteAudited(trx, actor, partnershipId, 'action_responsible', r.id);
		for (const [i, r] of v.responsibles.entries()) {
			await insertAudited(trx, actor, partnershipId, 'action_responsible', {
				action_id: actionId,
				person_id: r.personId,
				organization_id: r.personId ? null : r.organizationId,
				name_text: r.nameText,
				note: r.note,
				role: r.role,
				position: i
			});
		}
	}
	if (v.milestones) {
		const old = await s
			.selectFrom('action_milestone')
			.select(['id', 'done_at'])
			.where('action_id', '=', actionId)
			.orderBy('position')
			.execute();
		for (const m of old) await deleteAudited(trx, actor, partnershipId, 'action_milestone', m.id);
		for (const [i, m] of v.milestones.entries()) {
			await insertAudited(trx, actor, partnershipId, 'action_milestone', {
				action_id: actionId,
				title_fr: m.titleFr,
				title_en: m.titleEn,
				due_date: m.dueDate,
				done_at: m.done ? (old[i]?.done_at ?? new Date()) : null,
				position: i
			});
		}
	}
	if (v.serviceIds) {
		await s.deleteFrom('action_service').where('action_id', '=', actionId).execute();
		if (v.serviceIds.length)
			await s
				.insertInto(
					'action_service',
					[...new Set(v.serviceIds)].map((service_id) => ({ action_id: actionId, service_id }))
				)
				.execute();
	}
	if (v.followUpIds) {
		await s.deleteFrom('action_follow_up').where('action_id', '=', actionId).execute();
		if (v.followUpIds.length)
			await s
				.insertInto(
					'action_follow_up',
					[...new Set(v.followUpIds)].map((follow_up_item_id) => ({ action_id: actionId, follow_up_item_id }))
				)
				.execute();
	}
	return ok({ id: actionId });
}

// --- read model ------------------------------------------------------------------------------

export interface ResponsibleView {
	id: string;
	person_id: string | null;
	organization_id: string | null;
	name_text: string;
	note: string;
	role: 'lead' | 'support';
	/** what to show: the person's or organization's name, or the text as written */
	label: string;
	email: string;
	acronym: string;
}

export interface ActionView extends Selectable<PlanActionTable> {
	responsibles: ResponsibleView[];
	milestones: { id: string; title_fr: string; title_en: string; due_date: string | null; done_at: Date | null }[];
	indicatorIds: string[];
	late: boolean;
}
export interface PriorityView {
	id: string;
	title_fr: string;
	title_en: string;
	position: number;
	actions: ActionView[];
	rollup: Rollup;
}
export interface ResultView {
	id: string;
	title_fr: string;
	title_en: string;
	position: number;
	priorities: PriorityView[];
	indicatorIds: string[];
	rollup: Rollup;
}
export interface AxisView {
	id: string;
	title_fr: string;
	title_en: string;
	description_fr: string;
	description_en: string;
	theme_id: string | null;
	position: number;
	results: ResultView[];
	rollup: Rollup;
}
export interface IndicatorView {
	id: string;
	name_fr: string;
	name_en: string;
	unit: string;
	kind: 'count' | 'percentage' | 'qualitative';
	direction: 'up' | 'down' | 'maintain';
	data_source: string;
	frequency: string;
	baseline_value: number | null;
	baseline_text: string;
	baseline_date: string | null;
	position: number;
}
export interface PlanTree {
	plan: Selectable<ActionPlanTable> & { table_name_fr: string | null; table_name_en: string | null };
	axes: AxisView[];
	indicators: IndicatorView[];
	rollup: Rollup;
}

/** The whole plan as a tree, with each level's progress rolled up by weight. */
export async function getPlanTree(db: Db, partnershipId: string, planId: string): Promise<PlanTree | undefined> {
	if (!isUuid(planId)) return undefined;
	const s = scoped(db, partnershipId);
	const plan = await s
		.selectFrom('action_plan')
		.leftJoin('governance_table', 'governance_table.id', 'action_plan.table_id')
		.selectAll('action_plan')
		.select(['governance_table.name_fr as table_name_fr', 'governance_table.name_en as table_name_en'])
		.where('action_plan.id', '=', planId)
		.executeTakeFirst();
	if (!plan) return undefined;
	const axes = await s.selectFrom('plan_axis').selectAll().where('plan_id', '=', planId).orderBy('position').execute();
	const axisIds = axes.map((a) => a.id);
	const results = axisIds.length
		? await s.selectFrom('plan_result').selectAll().where('axis_id', 'in', axisIds).orderBy('position').execute()
		: [];
	const resultIds = results.map((r) => r.id);
	const priorities = resultIds.length
		? await s.selectFrom('plan_priority').selectAll().where('result_id', 'in', resultIds).orderBy('position').execute()
		: [];
	const actions = await s
		.selectFrom('plan_action')
		.selectAll()
		.where('plan_id', '=', planId)
		.orderBy('position')
		.execute();
	const actionIds = actions.map((a) => a.id);
	const responsibles = actionIds.length
		? await s
				.selectFrom('action_responsible')
				.leftJoin('person', 'person.id', 'action_responsible.person_id')
				.leftJoin('organization', 'organization.id', 'action_responsible.organization_id')
				.select([
					'action_responsible.id',
					'action_responsible.action_id',
					'action_responsible.person_id',
					'action_responsible.organization_id',
					'action_responsible.name_text',
					'action_responsible.note',
					'action_responsible.role',
					'person.given_name',
					'person.family_name',
					'person.email',
					'organization.name_fr as org_name',
					'organization.acronym'
				])
				.where('action_responsible.action_id', 'in', actionIds)
				.orderBy('action_responsible.position')
				.execute()
		: [];
	const milestones = actionIds.length
		? await s
				.selectFrom('action_milestone')
				.selectAll()
				.where('action_id', 'in', actionIds)
				.orderBy('position')
				.execute()
		: [];
	const indicators = await s
		.selectFrom('indicator')
		.selectAll()
		.where('plan_id', '=', planId)
		.orderBy('position')
		.orderBy('created_at')
		.execute();
	const links = indicators.length
		? await s
				.selectFrom('indicator_link')
				.select(['indicator_id', 'result_id', 'action_id'])
				.where(
					'indicator_id',
					'in',
					indicators.map((i) => i.id)
				)
				.orderBy('id')
				.execute()
		: [];
	const order = new Map(indicators.map((ind, i) => [ind.id, i]));
	const linkIds = (key: 'result_id' | 'action_id', id: string) =>
		links
			.filter((l) => l[key] === id)
			.map((l) => l.indicator_id)
			.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
	const today = new Date().toISOString().slice(0, 10);
	const actionViews = new Map<string, ActionView[]>();
	for (const a of actions) {
		const view: ActionView = {
			...a,
			weight: Number(a.weight),
			responsibles: responsibles
				.filter((r) => r.action_id === a.id)
				.map((r) => ({
					id: r.id,
					person_id: r.person_id,
					organization_id: r.organization_id,
					name_text: r.name_text,
					note: r.note,
					role: r.role,
					label: r.person_id
						? `${r.given_name ?? ''} ${r.family_name ?? ''}`.trim()
						: r.organization_id
							? (r.org_name ?? '')
							: r.name_text,
					email: r.email ?? '',
					acronym: r.acronym ?? ''
				})),
			milestones: milestones.filter((m) => m.action_id === a.id),
			indicatorIds: linkIds('action_id', a.id),
			late: plan.status !== 'closed' && isLate(a, today)
		};
		const list = actionViews.get(a.priority_id) ?? [];
		list.push(view);
		actionViews.set(a.priority_id, list);
	}
	const axisViews: AxisView[] = axes.map((axis) => {
		const resultViews: ResultView[] = results
			.filter((r) => r.axis_id === axis.id)
			.map((r) => {
				const priorityViews: PriorityView[] = priorities
					.filter((p) => p.result_id === r.id)
					.map((p) => {
						const list = actionViews.get(p.id) ?? [];
						return {
							id: p.id,
							title_fr: p.title_fr,
							title_en: p.title_en,
							position: p.position,
							actions: list,
							rollup: rollup(list)
						};
					});
				return {
					id: r.id,
					title_fr: r.title_fr,
					title_en: r.title_en,
					position: r.position,
					priorities: priorityViews,
					indicatorIds: linkIds('result_id', r.id),
					rollup: combine(priorityViews.map((p) => p.rollup))
				};
			});
		return {
			id: axis.id,
			title_fr: axis.title_fr,
			title_en: axis.title_en,
			description_fr: axis.description_fr,
			description_en: axis.description_en,
			theme_id: axis.theme_id,
			position: axis.position,
			results: resultViews,
			rollup: combine(resultViews.map((r) => r.rollup))
		};
	});
	return {
		plan,
		axes: axisViews,
		indicators: indicators.map((i) => ({
			...i,
			baseline_value: i.baseline_value === null ? null : Number(i.baseline_value)
		})),
		rollup: combine(axisViews.map((a) => a.rollup))
	};
}

/** Progress of a plan and of each level, for dashboards and reports. */
export async function planProgress(db: Db, partnershipId: string, planId: string) {
	const tree = await getPlanTree(db, partnershipId, planId);
	if (!tree) return undefined;
	return {
		plan: tree.rollup,
		axes: tree.axes.map((a) => ({
			id: a.id,
			title_fr: a.title_fr,
			title_en: a.title_en,
			rollup: a.rollup,
			results: a.results.map((r) => ({ id: r.id, title_fr: r.title_fr, title_en: r.title_en, rollup: r.rollup }))
		}))
	};
}

/** One action with its place in the tree, its links and its history. */
export async function getAction(db: Db, partnershipId: string, actionId: string) {
	if (!isUuid(actionId)) return undefined;
	const s = scoped(db, partnershipId);
	const action = await s
		.selectFrom('plan_action')
		.select(['id', 'plan_id'])
		.where('id', '=', actionId)
		.executeTakeFirst();
	if (!action) return undefined;
	const tree = await getPlanTree(db, partnershipId, action.plan_id);
	if (!tree) return undefined;
	for (const axis of tree.axes)
		for (const result of axis.results)
			for (const priority of result.priorities)
				for (const a of priority.actions)
					if (a.id === actionId) {
						const history = await actionHistory(db, partnershipId, actionId);
						const services = await s
							.selectFrom('action_service')
							.innerJoin('service', 'service.id', 'action_service.service_id')
							.select(['service.id', 'service.name_fr', 'service.name_en'])
							.where('action_service.action_id', '=', actionId)
							.execute();
						const followUps = await s
							.selectFrom('action_follow_up')
							.innerJoin('follow_up_item', 'follow_up_item.id', 'action_follow_up.follow_up_item_id')
							.select([
								'follow_up_item.id',
								'follow_up_item.description_fr',
								'follow_up_item.description_en',
								'follow_up_item.status',
								'follow_up_item.due_date'
							])
							.where('action_follow_up.action_id', '=', actionId)
							.execute();
						return { tree, axis, result, priority, action: a, history, services, followUps };
					}
	return undefined;
}

export async function actionHistory(db: Db, partnershipId: string, actionId: string) {
	return scoped(db, partnershipId)
		.selectFrom('action_update')
		.leftJoin('app_user', 'app_user.id', 'action_update.user_id')
		.leftJoin('person', 'person.id', 'action_update.person_id')
		.select([
			'action_update.id',
			'action_update.via',
			'action_update.status_before',
			'action_update.status_after',
			'action_update.progress_before',
			'action_update.progress_after',
			'action_update.comment',
			'action_update.created_at',
			'app_user.display_name as user_name',
			sql<
				string | null
			>`nullif(trim(coalesce(person.given_name, '') || ' ' || coalesce(person.family_name, '')), '')`.as('person_name')
		])
		.where('action_update.action_id', '=', actionId)
		.orderBy('action_update.created_at', 'desc')
		.orderBy('action_update.id')
		.execute();
}
