import { z } from 'zod';
import type { Input } from '../result.ts';
import {
	actionStatuses,
	indicatorDirections,
	indicatorFrequencies,
	indicatorKinds,
	planStatuses,
	responsibleRoles
} from './db-schema.ts';

const text = (max: number) => z.string().trim().max(max, { error: 'validation.too_long' }).default('');
const requiredText = (max: number) =>
	z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, { error: 'validation.required' })
		.max(max, { error: 'validation.too_long' });
export const dateOnly = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid_date' })
	.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: 'validation.invalid_date' });
export const optionalDate = z.union([z.literal('').transform(() => null), dateOnly, z.null()]).default(null);
const uuid = z.uuid({ error: 'validation.invalid_choice' });
export const optionalUuid = z.union([z.literal('').transform(() => null), uuid, z.null()]).default(null);
const optionalNumber = z
	.union([
		z.literal('').transform(() => null),
		z.null(),
		z.coerce
			.number({ error: 'validation.invalid_number' })
			.refine(Number.isFinite, { error: 'validation.invalid_number' })
	])
	.default(null);
const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { error: 'validation.invalid_choice' });

/** A bilingual pair where one language is enough (the other shows with a fallback marker). */
function oneOf<T extends z.ZodType>(schema: T, fr: string, en: string, path: string) {
	return schema.refine(
		(v) => {
			const o = v as Record<string, string>;
			return Boolean(o[fr]?.trim() || o[en]?.trim());
		},
		{ path: [path], error: 'plans.error_one_language' }
	);
}

export const strategyInput = z
	.object({
		titleFr: requiredText(300),
		titleEn: text(300),
		periodStart: dateOnly,
		periodEnd: dateOnly,
		visionFr: text(10000),
		visionEn: text(10000),
		status: enumOf(planStatuses).default('active'),
		/** Themes, one per line "Nom français | English name" (the form), or a list (code). */
		themes: z
			.union([
				z.string().transform((s) =>
					s
						.split('\n')
						.map((line) => line.trim())
						.filter(Boolean)
						.map((line) => {
							const [fr, en] = line.split('|').map((p) => p.trim());
							return { nameFr: fr, nameEn: en || fr, themeKey: '' };
						})
				),
				z.array(z.object({ nameFr: requiredText(300), nameEn: text(300), themeKey: text(60) }))
			])
			.default([])
	})
	.transform((v) => ({ ...v, titleEn: v.titleEn || v.titleFr }))
	.refine((v) => v.periodEnd >= v.periodStart, { path: ['periodEnd'], error: 'plans.error_end_before_start' });
export type StrategyInput = Input<typeof strategyInput>;

export const planInput = z
	.object({
		strategyId: optionalUuid,
		tableId: optionalUuid,
		titleFr: text(300),
		titleEn: text(300),
		descriptionFr: text(10000),
		descriptionEn: text(10000),
		year: z
			.union([
				z.literal('').transform(() => null),
				z.null(),
				z.coerce.number({ error: 'validation.invalid_number' }).int().min(1990).max(2100)
			])
			.default(null),
		periodStart: optionalDate,
		periodEnd: optionalDate,
		status: enumOf(planStatuses).default('draft')
	})
	.refine((v) => Boolean(v.titleFr || v.titleEn), { path: ['titleFr'], error: 'plans.error_one_language' })
	.transform((v) => ({ ...v, titleFr: v.titleFr || v.titleEn, titleEn: v.titleEn || v.titleFr }))
	.refine((v) => !v.periodStart || !v.periodEnd || v.periodEnd >= v.periodStart, {
		path: ['periodEnd'],
		error: 'plans.error_end_before_start'
	});
export type PlanInput = Input<typeof planInput>;

export const nodeKinds = ['axis', 'result', 'priority'] as const;
export type NodeKind = (typeof nodeKinds)[number];

export const nodeInput = oneOf(
	z.object({
		titleFr: text(2000),
		titleEn: text(2000),
		descriptionFr: text(5000),
		descriptionEn: text(5000),
		themeId: optionalUuid,
		position: z.coerce.number({ error: 'validation.invalid_number' }).int().min(0).max(100_000).optional()
	}),
	'titleFr',
	'titleEn',
	'titleFr'
);
export type NodeInput = Input<typeof nodeInput>;

const responsibleInput = z
	.object({
		personId: optionalUuid,
		organizationId: optionalUuid,
		nameText: text(300),
		note: text(300),
		role: enumOf(responsibleRoles).default('lead')
	})
	.refine((v) => Boolean(v.personId || v.organizationId || v.nameText), {
		path: ['nameText'],
		error: 'validation.required'
	});

const milestoneInput = z.object({
	titleFr: text(1000),
	titleEn: text(1000),
	dueDate: optionalDate,
	done: z
		.union([z.boolean(), z.literal('on').transform(() => true), z.literal('').transform(() => false)])
		.default(false)
});

export const actionInput = z
	.object({
		descriptionFr: text(5000),
		descriptionEn: text(5000),
		timelineText: text(500),
		startDate: optionalDate,
		endDate: optionalDate,
		status: enumOf(actionStatuses).default('not_started'),
		progress: z.coerce
			.number({ error: 'validation.invalid_number' })
			.int()
			.min(0, { error: 'plans.error_progress' })
			.max(100, { error: 'plans.error_progress' })
			.default(0),
		weight: z.coerce
			.number({ error: 'validation.invalid_number' })
			.positive({ error: 'plans.error_weight' })
			.max(1000, { error: 'plans.error_weight' })
			.default(1),
		tableId: optionalUuid,
		position: z.coerce.number({ error: 'validation.invalid_number' }).int().min(0).max(100_000).optional(),
		responsibles: z.array(responsibleInput).max(50).optional(),
		milestones: z
			.array(
				milestoneInput.refine((m) => Boolean(m.titleFr || m.titleEn), {
					path: ['titleFr'],
					error: 'validation.required'
				})
			)
			.max(50)
			.optional(),
		serviceIds: z.array(uuid).max(100).optional(),
		followUpIds: z.array(uuid).max(100).optional(),
		comment: text(5000)
	})
	.refine((v) => Boolean(v.descriptionFr || v.descriptionEn), {
		path: ['descriptionFr'],
		error: 'plans.error_one_language'
	})
	.refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, {
		path: ['endDate'],
		error: 'plans.error_end_before_start'
	});
export type ActionInput = Input<typeof actionInput>;

export const progressInput = z.object({
	status: enumOf(actionStatuses),
	progress: z.coerce
		.number({ error: 'validation.invalid_number' })
		.int()
		.min(0, { error: 'plans.error_progress' })
		.max(100, { error: 'plans.error_progress' }),
	comment: text(5000)
});
export type ProgressInput = Input<typeof progressInput>;

export const indicatorInput = z
	.object({
		planId: optionalUuid,
		nameFr: text(1000),
		nameEn: text(1000),
		unit: text(60),
		kind: enumOf(indicatorKinds).default('count'),
		direction: enumOf(indicatorDirections).default('up'),
		dataSource: text(1000),
		frequency: enumOf(indicatorFrequencies).default('annual'),
		baselineValue: optionalNumber,
		baselineText: text(1000),
		baselineDate: optionalDate,
		resultIds: z.array(uuid).max(100).optional(),
		actionIds: z.array(uuid).max(100).optional()
	})
	.refine((v) => Boolean(v.nameFr || v.nameEn), { path: ['nameFr'], error: 'plans.error_one_language' })
	.refine(
		(v) => v.kind !== 'percentage' || v.baselineValue === null || (v.baselineValue >= 0 && v.baselineValue <= 100),
		{
			path: ['baselineValue'],
			error: 'plans.error_percentage'
		}
	);
export type IndicatorInput = Input<typeof indicatorInput>;

export const targetInput = z
	.object({
		periodLabel: requiredText(60),
		periodStart: dateOnly,
		periodEnd: dateOnly,
		targetValue: optionalNumber,
		targetText: text(1000)
	})
	.refine((v) => v.periodEnd >= v.periodStart, { path: ['periodEnd'], error: 'plans.error_end_before_start' })
	.refine((v) => v.targetValue !== null || v.targetText !== '', {
		path: ['targetValue'],
		error: 'validation.required'
	});
export type TargetInput = Input<typeof targetInput>;

export const measurementInput = z
	.object({
		value: optionalNumber,
		valueText: text(2000),
		measuredOn: dateOnly,
		narrativeFr: text(5000),
		narrativeEn: text(5000),
		evidenceFileId: optionalUuid
	})
	.refine((v) => v.value !== null || v.valueText !== '', { path: ['value'], error: 'validation.required' });
export type MeasurementInput = Input<typeof measurementInput>;

export const reviewInput = z.object({
	decision: z.enum(['approved', 'rejected'], { error: 'validation.invalid_choice' }),
	note: text(2000)
});

export const checkinRoundInput = z.object({
	due: dateOnly,
	messageFr: text(5000),
	messageEn: text(5000)
});
export type CheckinRoundInput = Input<typeof checkinRoundInput>;

export { uuid };
