import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { imageType } from '../partnership/logos.ts';
import type { Actor } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { deleteAudited, insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import {
	indicatorInput,
	measurementInput,
	reviewInput,
	targetInput,
	type IndicatorInput,
	type MeasurementInput,
	type TargetInput
} from './schemas.ts';

type Db = Kysely<DB> | Transaction<DB>;
const isUuid = (v: string | null | undefined): v is string => !!v && /^[0-9a-f-]{36}$/i.test(v);

/** Defines or edits an indicator; when result or action ids are given, its links are replaced. */
export async function saveIndicator(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: IndicatorInput
): Promise<Result<{ id: string }>> {
	const parsed = indicatorInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	return ctx.db.transaction().execute((trx) => saveIndicatorIn(trx, actor, partnershipId, id, parsed.data));
}

export async function saveIndicatorIn(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	v: ReturnType<typeof indicatorInput.parse>
): Promise<Result<{ id: string }>> {
	const s = scoped(trx, partnershipId);
	const row = {
		plan_id: v.planId,
		name_fr: v.nameFr,
		name_en: v.nameEn,
		unit: v.unit,
		kind: v.kind,
		direction: v.direction,
		data_source: v.dataSource,
		frequency: v.frequency,
		baseline_value: v.baselineValue,
		baseline_text: v.baselineText,
		baseline_date: v.baselineDate
	};
	if (v.planId && !(await s.selectFrom('action_plan').select('id').where('id', '=', v.planId).executeTakeFirst())) {
		return failure('common.error_form', { planId: ['validation.invalid_choice'] });
	}
	const check = async (table: 'plan_result' | 'plan_action', ids: string[] | undefined) => {
		if (!ids?.length) return true;
		const found = await s
			.selectFrom(table)
			.select('id')
			.where('id', 'in', [...new Set(ids)])
			.execute();
		return found.length === new Set(ids).size;
	};
	if (!(await check('plan_result', v.resultIds)) || !(await check('plan_action', v.actionIds))) {
		return failure('common.error_form', { links: ['validation.invalid_choice'] });
	}
	let indicatorId = id;
	if (!indicatorId) {
		const last = await s
			.selectFrom('indicator')
			.select((eb) => eb.fn.max<number>('position').as('max'))
			.where('plan_id', v.planId ? '=' : 'is', v.planId)
			.executeTakeFirst();
		indicatorId = (
			await insertAudited(trx, actor, partnershipId, 'indicator', { ...row, position: (last?.max ?? -1) + 1 })
		).id;
	} else {
		if (!isUuid(indicatorId) || !(await updateAudited(trx, actor, partnershipId, 'indicator', indicatorId, row))) {
			return failure('common.error_not_found');
		}
	}
	if (v.resultIds || v.actionIds) {
		const old = await s.selectFrom('indicator_link').select('id').where('indicator_id', '=', indicatorId).execute();
		for (const l of old) await deleteAudited(trx, actor, partnershipId, 'indicator_link', l.id);
		for (const resultId of new Set(v.resultIds ?? []))
			await insertAudited(trx, actor, partnershipId, 'indicator_link', {
				indicator_id: indicatorId,
				result_id: resultId
			});
		for (const actionId of new Set(v.actionIds ?? []))
			await insertAudited(trx, actor, partnershipId, 'indicator_link', {
				indicator_id: indicatorId,
				action_id: actionId
			});
	}
	return ok({ id: indicatorId });
}

export async function deleteIndicator(ctx: Pick<AppContext, 'db'>, actor: Actor, partnershipId: string, id: string) {
	if (!isUuid(id)) return failure('common.error_not_found');
	return ctx.db
		.transaction()
		.execute(async (trx) =>
			(await deleteAudited(trx, actor, partnershipId, 'indicator', id)) ? ok({ id }) : failure('common.error_not_found')
		);
}

/** Sets the target of a period (a second target for the same period replaces the first). */
export async function saveTarget(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	indicatorId: string,
	raw: TargetInput
): Promise<Result<{ id: string }>> {
	const parsed = targetInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	if (!isUuid(indicatorId)) return failure('common.error_not_found');
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		if (!(await s.selectFrom('indicator').select('id').where('id', '=', indicatorId).executeTakeFirst())) {
			return failure('common.error_not_found');
		}
		const row = { period_label: v.periodLabel, target_value: v.targetValue, target_text: v.targetText };
		const existing = await s
			.selectFrom('indicator_target')
			.select('id')
			.where('indicator_id', '=', indicatorId)
			.where('period_start', '=', v.periodStart)
			.where('period_end', '=', v.periodEnd)
			.executeTakeFirst();
		if (existing) {
			await updateAudited(trx, actor, partnershipId, 'indicator_target', existing.id, row);
			return ok({ id: existing.id });
		}
		const created = await insertAudited(trx, actor, partnershipId, 'indicator_target', {
			...row,
			indicator_id: indicatorId,
			period_start: v.periodStart,
			period_end: v.periodEnd
		});
		return ok({ id: created.id });
	});
}

export async function deleteTarget(ctx: Pick<AppContext, 'db'>, actor: Actor, partnershipId: string, id: string) {
	if (!isUuid(id)) return failure('common.error_not_found');
	return ctx.db
		.transaction()
		.execute(async (trx) =>
			(await deleteAudited(trx, actor, partnershipId, 'indicator_target', id))
				? ok({ id })
				: failure('common.error_not_found')
		);
}

export interface MeasurementSource {
	/** a person answering through a check-in link (no account) */
	personId?: string | null;
	checkinRequestId?: string | null;
}

export const evidenceMaxBytes = 5 * 1024 * 1024;

/** An evidence file's type from its first bytes: a PDF, or a PNG, JPEG or WebP image. */
export function evidenceType(bytes: Uint8Array): 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/webp' | null {
	if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) {
		return 'application/pdf';
	}
	return imageType(bytes);
}

class MeasurementRefused extends Error {
	result: Result<{ id: string }>;
	constructor(result: Result<{ id: string }>) {
		super('measurement refused');
		this.result = result;
	}
}

/** A measurement, submitted for approval, with an optional evidence file (PDF or image, 5 MB at most). */
export async function submitMeasurement(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	indicatorId: string,
	raw: MeasurementInput,
	source: MeasurementSource = {},
	evidence: Uint8Array | null = null
): Promise<Result<{ id: string }>> {
	const parsed = measurementInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	if (evidence && evidence.length > evidenceMaxBytes) {
		return failure('common.error_form', { evidence: ['plans.error_evidence_size'] });
	}
	const type = evidence ? evidenceType(evidence) : null;
	if (evidence && !type) return failure('common.error_form', { evidence: ['plans.error_evidence_type'] });
	return ctx.db
		.transaction()
		.execute(async (trx) => {
			let evidenceFileId = parsed.data.evidenceFileId;
			if (evidence && type) {
				const file = await insertAudited(trx, actor, partnershipId, 'stored_file', {
					content_type: type,
					size_bytes: evidence.length,
					sha256: createHash('sha256').update(evidence).digest('hex'),
					data: Buffer.from(evidence),
					created_by: actor.userId
				});
				evidenceFileId = file.id;
			}
			const v = { ...parsed.data, evidenceFileId };
			const result = await submitMeasurementIn(trx, actor, partnershipId, indicatorId, v, source);
			// Nothing half-written: a refused measurement takes its file with it (rollback).
			if (!result.ok) throw new MeasurementRefused(result);
			return result;
		})
		.catch((error: unknown) => {
			if (error instanceof MeasurementRefused) return error.result;
			throw error;
		});
}

/** A measurement's evidence file, for download by the partnership. */
export async function measurementEvidence(db: Db, partnershipId: string, measurementId: string) {
	if (!isUuid(measurementId)) return undefined;
	return scoped(db, partnershipId)
		.selectFrom('indicator_measurement')
		.innerJoin('stored_file', 'stored_file.id', 'indicator_measurement.evidence_file_id')
		.select(['stored_file.content_type', 'stored_file.data', 'stored_file.sha256'])
		.where('indicator_measurement.id', '=', measurementId)
		.executeTakeFirst();
}

export async function submitMeasurementIn(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	indicatorId: string,
	v: ReturnType<typeof measurementInput.parse>,
	source: MeasurementSource = {}
): Promise<Result<{ id: string }>> {
	if (!isUuid(indicatorId)) return failure('common.error_not_found');
	const s = scoped(trx, partnershipId);
	const indicator = await s
		.selectFrom('indicator')
		.select(['id', 'kind'])
		.where('id', '=', indicatorId)
		.executeTakeFirst();
	if (!indicator) return failure('common.error_not_found');
	if (indicator.kind !== 'qualitative' && v.value === null)
		return failure('common.error_form', { value: ['validation.required'] });
	if (indicator.kind === 'percentage' && v.value !== null && (v.value < 0 || v.value > 100)) {
		return failure('common.error_form', { value: ['plans.error_percentage'] });
	}
	if (
		v.evidenceFileId &&
		!(await s.selectFrom('stored_file').select('id').where('id', '=', v.evidenceFileId).executeTakeFirst())
	) {
		return failure('common.error_form', { evidenceFileId: ['validation.invalid_choice'] });
	}
	const created = await insertAudited(trx, actor, partnershipId, 'indicator_measurement', {
		indicator_id: indicatorId,
		value: v.value,
		value_text: v.valueText,
		measured_on: v.measuredOn,
		narrative_fr: v.narrativeFr,
		narrative_en: v.narrativeEn,
		evidence_file_id: v.evidenceFileId,
		submitted_by: actor.userId,
		submitted_by_person_id: source.personId ?? null,
		checkin_request_id: source.checkinRequestId ?? null
	});
	return ok({ id: created.id });
}

/** Approves or rejects a submitted measurement; only approved values count in charts and reports. */
export async function reviewMeasurement(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	id: string,
	raw: Record<string, unknown>
): Promise<Result<{ id: string }>> {
	const parsed = reviewInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	if (!isUuid(id)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const row = await scoped(trx, partnershipId)
			.selectFrom('indicator_measurement')
			.select(['id', 'status'])
			.where('id', '=', id)
			.executeTakeFirst();
		if (!row) return failure('common.error_not_found');
		if (row.status !== 'submitted') return failure('plans.error_already_reviewed');
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'indicator_measurement',
			id,
			{
				status: parsed.data.decision,
				approved_by: actor.userId,
				reviewed_at: new Date(),
				review_note: parsed.data.note
			},
			`indicator_measurement.${parsed.data.decision === 'approved' ? 'approve' : 'reject'}`
		);
		return ok({ id });
	});
}

export async function listMeasurements(
	db: Db,
	partnershipId: string,
	filter: { status?: 'submitted' | 'approved' | 'rejected'; planId?: string; indicatorId?: string } = {}
) {
	let q = scoped(db, partnershipId)
		.selectFrom('indicator_measurement')
		.innerJoin('indicator', 'indicator.id', 'indicator_measurement.indicator_id')
		.leftJoin('person', 'person.id', 'indicator_measurement.submitted_by_person_id')
		.leftJoin('app_user', 'app_user.id', 'indicator_measurement.submitted_by')
		.selectAll('indicator_measurement')
		.select([
			'indicator.name_fr as indicator_name_fr',
			'indicator.name_en as indicator_name_en',
			'indicator.unit',
			'indicator.kind',
			'indicator.plan_id',
			'person.given_name',
			'person.family_name',
			'app_user.display_name as user_name'
		])
		.orderBy('indicator_measurement.measured_on', 'desc');
	if (filter.status) q = q.where('indicator_measurement.status', '=', filter.status);
	if (filter.planId) q = q.where('indicator.plan_id', '=', filter.planId);
	if (filter.indicatorId) q = q.where('indicator_measurement.indicator_id', '=', filter.indicatorId);
	return q.execute();
}

export interface SeriesPoint {
	period_label: string;
	period_start: string;
	period_end: string;
	target: number | null;
	target_text: string;
	/** the latest approved value measured within the period (a count or a percentage), or null */
	actual: number | null;
	actual_text: string;
	measured_on: string | null;
}

/**
 * Actual against target, period by period: for each target period, the latest approved
 * measurement dated within it. Approved measurements outside every target period get a period
 * of their own (their year), so no value is hidden.
 */
export async function indicatorSeries(db: Db, partnershipId: string, indicatorId: string) {
	if (!isUuid(indicatorId)) return undefined;
	const s = scoped(db, partnershipId);
	const indicator = await s.selectFrom('indicator').selectAll().where('id', '=', indicatorId).executeTakeFirst();
	if (!indicator) return undefined;
	const targets = await s
		.selectFrom('indicator_target')
		.selectAll()
		.where('indicator_id', '=', indicatorId)
		.orderBy('period_start')
		.execute();
	const measurements = await s
		.selectFrom('indicator_measurement')
		.selectAll()
		.where('indicator_id', '=', indicatorId)
		.where('status', '=', 'approved')
		.orderBy('measured_on')
		.orderBy('created_at')
		.execute();
	const points: SeriesPoint[] = targets.map((t) => {
		const within = measurements.filter((m) => m.measured_on >= t.period_start && m.measured_on <= t.period_end).at(-1);
		return {
			period_label: t.period_label,
			period_start: t.period_start,
			period_end: t.period_end,
			target: t.target_value === null ? null : Number(t.target_value),
			target_text: t.target_text,
			actual: within?.value == null ? null : Number(within.value),
			actual_text: within?.value_text ?? '',
			measured_on: within?.measured_on ?? null
		};
	});
	for (const m of measurements) {
		if (targets.some((t) => m.measured_on >= t.period_start && m.measured_on <= t.period_end)) continue;
		const year = m.measured_on.slice(0, 4);
		const existing = points.find((p) => p.period_label === year && p.target === null && !p.target_text);
		const point = {
			period_label: year,
			period_start: `${year}-01-01`,
			period_end: `${year}-12-31`,
			target: null,
			target_text: '',
			actual: m.value == null ? null : Number(m.value),
			actual_text: m.value_text,
			measured_on: m.measured_on
		};
		if (existing) Object.assign(existing, point);
		else points.push(point);
	}
	points.sort((a, b) => a.period_start.localeCompare(b.period_start));
	return {
		indicator: {
			...indicator,
			baseline_value: indicator.baseline_value === null ? null : Number(indicator.baseline_value)
		},
		points
	};
}
