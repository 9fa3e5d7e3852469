import { z } from 'zod';
import type { Input } from '../result.ts';
import { themes } from '../partnership/vocabulary.ts';
import { accessibilityFeatures, deliveryModes, immigrationStatuses, serviceStatuses } from './db-schema.ts';
import { isValidTimeZone, weekdays } from './hours.ts';
import { newcomerLanguages } from './taxonomy-data.ts';

/**
 * The directory's form shapes. Every schema accepts what a use case gets from code (typed
 * values) and from a form post (strings, repeated keys already gathered into arrays by
 * `serviceFormInput` / `locationFormInput` / `termFormInput` below). Errors are message keys.
 */
const text = (max: number) => z.string().trim().max(max, { error: 'validation.too_long' }).default('');
const website = z
	.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'validation.invalid_url' }).max(500)])
	.default('');
const email = z.union([z.literal(''), z.email({ error: 'validation.email' }).max(254)]).default('');
const uuid = z.uuid({ error: 'validation.invalid_choice' });
const optionalUuid = z.union([z.literal('').transform(() => null), uuid, z.null()]).default(null);
const checkbox = z
	.union([
		z.boolean(),
		z.literal('on').transform(() => true),
		z.literal('true').transform(() => true),
		z.literal('').transform(() => false),
		z.literal('false').transform(() => false)
	])
	.default(false);
/** A form's repeated value: one string, several, or none. */
const list = <T extends z.ZodType>(item: T, max = 100) =>
	z.preprocess(
		(v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(item).max(max, { error: 'validation.too_long' })
	);
const optionalInt = (min: number, max: number) =>
	z.preprocess(
		(v) => (v === '' || v === undefined || v === null ? null : typeof v === 'string' ? Number(v.trim()) : v),
		z.union([
			z.null(),
			z
				.number({ error: 'validation.invalid_number' })
				.int({ error: 'validation.invalid_number' })
				.min(min, { error: 'validation.invalid_number' })
				.max(max, { error: 'validation.invalid_number' })
		])
	);
const optionalNumber = (min: number, max: number) =>
	z.preprocess(
		(v) =>
			v === '' || v === undefined || v === null ? null : typeof v === 'string' ? Number(v.trim().replace(',', '.')) : v,
		z.union([
			z.null(),
			z
				.number({ error: 'validation.invalid_number' })
				.min(min, { error: 'validation.invalid_number' })
				.max(max, { error: 'validation.invalid_number' })
		])
	);
export const languageCode = z
	.string()
	.trim()
	.toLowerCase()
	.regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, { error: 'directory.error_invalid_language' });
const time = z
	.string()
	.trim()
	.regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, { error: 'directory.error_invalid_time' });
const optionalTime = z.union([z.literal(''), time]).default('');

const costOption = z.object({
	optionFr: text(500),
	optionEn: text(500),
	amount: optionalNumber(0, 1_000_000),
	currency: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{3}$/, { error: 'validation.invalid_choice' })
		.default('CAD'),
	amountDescriptionFr: text(500),
	amountDescriptionEn: text(500)
});
const requiredDocument = z.object({ documentFr: text(500), documentEn: text(500), uri: website });
const phoneTypes = ['voice', 'text', 'fax', 'cell', 'video', 'pager', 'textphone'] as const;
const phone = z.object({
	number: z.string().trim().max(50, { error: 'validation.too_long' }).default(''),
	extension: optionalInt(0, 99_999_999),
	type: z.enum(phoneTypes, { error: 'validation.invalid_choice' }).default('voice'),
	descriptionFr: text(500),
	descriptionEn: text(500)
});
const dayHours = z.object({ opens: optionalTime, closes: optionalTime }).superRefine((v, ctx) => {
	if (Boolean(v.opens) !== Boolean(v.closes)) {
		ctx.addIssue({ code: 'custom', path: [v.opens ? 'closes' : 'opens'], message: 'directory.error_hours_incomplete' });
	} else if (v.opens && v.opens.slice(0, 5) === v.closes.slice(0, 5) && v.opens.slice(0, 5) !== '00:00') {
		ctx.addIssue({ code: 'custom', path: ['closes'], message: 'directory.error_hours_same' });
	}
});
/** The per-day hours editor: for each weekday opens/closes (both empty = closed), plus notes. */
export const weekInput = z.object({
	MO: dayHours.optional(),
	TU: dayHours.optional(),
	WE: dayHours.optional(),
	TH: dayHours.optional(),
	FR: dayHours.optional(),
	SA: dayHours.optional(),
	SU: dayHours.optional(),
	notesFr: text(1000),
	notesEn: text(1000)
});

/** Rows that a form left entirely empty are dropped (an editor shows a few blank lines). */
const blank = (o: Record<string, unknown>) =>
	Object.entries(o).every(([k, v]) => k === 'currency' || k === 'type' || v === '' || v === null || v === undefined);

export const serviceInput = z
	.object({
		organizationId: uuid,
		programId: optionalUuid,
		nameFr: text(300),
		nameEn: text(300),
		alternateNameFr: text(300),
		alternateNameEn: text(300),
		descriptionFr: text(10_000),
		descriptionEn: text(10_000),
		url: website,
		email,
		status: z.enum(serviceStatuses, { error: 'validation.invalid_choice' }).default('active'),
		interpretationServicesFr: text(2000),
		interpretationServicesEn: text(2000),
		applicationProcessFr: text(5000),
		applicationProcessEn: text(5000),
		feesDescriptionFr: text(2000),
		feesDescriptionEn: text(2000),
		waitTimeFr: text(500),
		waitTimeEn: text(500),
		accreditationsFr: text(2000),
		accreditationsEn: text(2000),
		licensesFr: text(2000),
		licensesEn: text(2000),
		eligibilityDescriptionFr: text(5000),
		eligibilityDescriptionEn: text(5000),
		alertFr: text(2000),
		alertEn: text(2000),
		minimumAge: optionalInt(0, 130),
		maximumAge: optionalInt(0, 130),
		/** Empty = open to everyone. */
		eligibleStatuses: list(z.enum(immigrationStatuses, { error: 'validation.invalid_choice' }), 10),
		deliveryModes: list(z.enum(deliveryModes, { error: 'validation.invalid_choice' }), 3),
		freeOfCharge: checkbox,
		/** Taxonomy term ids. */
		categories: list(uuid, 50),
		/** Languages staff speak (ISO 639 codes). */
		languages: list(languageCode, 60),
		/** Languages offered through an interpreter. */
		interpreterLanguages: list(languageCode, 200),
		costOptions: list(costOption, 20),
		requiredDocuments: list(requiredDocument, 30),
		phones: list(phone, 10),
		/** The locations the service is offered at (service_at_location rows). */
		locationIds: list(uuid, 200),
		/**
		 * 'location': the service keeps its locations' hours (its own rows are removed);
		 * 'own': `hours` are the service's hours (at each of its locations, or alone if it has none);
		 * absent: hours are left as they are.
		 */
		hoursMode: z.enum(['location', 'own'], { error: 'validation.invalid_choice' }).optional(),
		hours: weekInput.optional()
	})
	.transform((v) => ({
		...v,
		costOptions: v.costOptions.filter((c) => !blank(c)),
		requiredDocuments: v.requiredDocuments.filter((d) => !blank(d)),
		phones: v.phones.filter((p) => !blank(p)),
		eligibleStatuses: [...new Set(v.eligibleStatuses)],
		deliveryModes: [...new Set(v.deliveryModes)],
		categories: [...new Set(v.categories)],
		languages: [...new Set(v.languages)],
		interpreterLanguages: [...new Set(v.interpreterLanguages)].filter((c) => !v.languages.includes(c)),
		locationIds: [...new Set(v.locationIds)]
	}))
	.superRefine((v, ctx) => {
		if (!v.nameFr && !v.nameEn)
			ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'directory.error_name_required' });
		if (v.minimumAge !== null && v.maximumAge !== null && v.maximumAge < v.minimumAge) {
			ctx.addIssue({ code: 'custom', path: ['maximumAge'], message: 'directory.error_age_range' });
		}
		if (!v.deliveryModes.length) {
			ctx.addIssue({ code: 'custom', path: ['deliveryModes'], message: 'directory.error_mode_required' });
		}
		if (v.freeOfCharge && v.costOptions.some((c) => (c.amount ?? 0) > 0)) {
			ctx.addIssue({ code: 'custom', path: ['freeOfCharge'], message: 'directory.error_free_with_fee' });
		}
		v.costOptions.forEach((c, i) => {
			if (!c.optionFr && !c.optionEn && c.amount === null) {
				ctx.addIssue({ code: 'custom', path: ['costOptions', i, 'optionFr'], message: 'validation.required' });
			}
		});
		v.requiredDocuments.forEach((d, i) => {
			if (!d.documentFr && !d.documentEn) {
				ctx.addIssue({ code: 'custom', path: ['requiredDocuments', i, 'documentFr'], message: 'validation.required' });
			}
		});
		v.phones.forEach((p, i) => {
			if (!p.number) ctx.addIssue({ code: 'custom', path: ['phones', i, 'number'], message: 'validation.required' });
		});
		if (v.hoursMode === 'own' && !v.hours) {
			ctx.addIssue({ code: 'custom', path: ['hours'], message: 'validation.required' });
		}
	});
export type ServiceInput = Input<typeof serviceInput>;
export type ServiceValues = z.output<typeof serviceInput>;

const postalCode = z
	.string()
	.trim()
	.toUpperCase()
	.max(20, { error: 'validation.too_long' })
	.default('')
	.transform((v) => {
		const compact = v.replace(/\s+/g, '');
		return /^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(compact) ? `${compact.slice(0, 3)} ${compact.slice(3)}` : v;
	});

export const locationInput = z
	.object({
		organizationId: optionalUuid,
		locationType: z.enum(['physical', 'postal', 'virtual'], { error: 'validation.invalid_choice' }).default('physical'),
		nameFr: text(300),
		nameEn: text(300),
		alternateNameFr: text(300),
		alternateNameEn: text(300),
		descriptionFr: text(5000),
		descriptionEn: text(5000),
		transportationFr: text(2000),
		transportationEn: text(2000),
		url: website,
		latitude: optionalNumber(-90, 90),
		longitude: optionalNumber(-180, 180),
		timeZone: z
			.string()
			.trim()
			.default('America/Toronto')
			.transform((v) => v || 'America/Toronto')
			.refine((v) => v.length <= 60 && isValidTimeZone(v), { error: 'directory.error_invalid_time_zone' }),
		/** The address (never translated). */
		address1: text(300),
		address2: text(300),
		city: text(200),
		stateProvince: z.string().trim().max(100, { error: 'validation.too_long' }).default('ON'),
		postalCode,
		country: z
			.string()
			.trim()
			.toUpperCase()
			.regex(/^[A-Z]{2}$/, { error: 'validation.invalid_choice' })
			.default('CA'),
		phones: list(phone, 10),
		hours: weekInput.optional(),
		accessibility: list(
			z.enum(accessibilityFeatures, { error: 'validation.invalid_choice' }),
			accessibilityFeatures.length
		),
		accessibilityDetailsFr: text(2000),
		accessibilityDetailsEn: text(2000)
	})
	.transform((v) => ({
		...v,
		stateProvince: v.stateProvince || 'ON',
		phones: v.phones.filter((p) => !blank(p)),
		accessibility: [...new Set(v.accessibility)]
	}))
	.superRefine((v, ctx) => {
		if (!v.nameFr && !v.nameEn)
			ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'directory.error_name_required' });
		if ((v.latitude === null) !== (v.longitude === null)) {
			ctx.addIssue({
				code: 'custom',
				path: [v.latitude === null ? 'latitude' : 'longitude'],
				message: 'directory.error_coordinates_pair'
			});
		}
		if (v.locationType !== 'virtual') {
			if (!v.address1)
				ctx.addIssue({ code: 'custom', path: ['address1'], message: 'directory.error_address_required' });
			if (!v.city) ctx.addIssue({ code: 'custom', path: ['city'], message: 'directory.error_address_required' });
		}
		if (v.country === 'CA' && v.postalCode && !/^[A-Z]\d[A-Z] \d[A-Z]\d$/.test(v.postalCode)) {
			ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'directory.error_postal_code' });
		}
		v.phones.forEach((p, i) => {
			if (!p.number) ctx.addIssue({ code: 'custom', path: ['phones', i, 'number'], message: 'validation.required' });
		});
	});
export type LocationInput = Input<typeof locationInput>;
export type LocationValues = z.output<typeof locationInput>;

const synonymList = z.preprocess(
	(v) =>
		typeof v === 'string'
			? v
					.split(/[\n,;]/)
					.map((s) => s.trim())
					.filter(Boolean)
			: (v ?? []),
	z
		.array(z.string().trim().min(1).max(100, { error: 'validation.too_long' }))
		.max(100, { error: 'validation.too_long' })
);

export const termInput = z
	.object({
		/** Default: the shipped taxonomy. */
		taxonomyId: optionalUuid,
		parentId: optionalUuid,
		code: z
			.string()
			.trim()
			.toLowerCase()
			.max(100, { error: 'validation.too_long' })
			.regex(/^([a-z0-9][a-z0-9_.-]*)?$/, { error: 'directory.error_invalid_code' })
			.default(''),
		nameFr: text(300),
		nameEn: text(300),
		descriptionFr: text(2000),
		descriptionEn: text(2000),
		/** The name in newcomer languages; other ISO codes are accepted too. */
		names: z.record(languageCode, z.string().trim().max(300, { error: 'validation.too_long' })).default({}),
		synonyms: synonymList.default([]),
		theme: z.enum(['', ...themes], { error: 'validation.invalid_choice' }).default(''),
		position: z.coerce.number({ error: 'validation.invalid_number' }).int().min(0).max(100_000).optional()
	})
	.transform((v) => ({
		...v,
		names: Object.fromEntries(Object.entries(v.names).filter(([, name]) => name)),
		synonyms: [...new Set(v.synonyms)]
	}))
	.superRefine((v, ctx) => {
		if (!v.nameFr && !v.nameEn)
			ctx.addIssue({ code: 'custom', path: ['nameFr'], message: 'directory.error_name_required' });
	});
export type TermInput = Input<typeof termInput>;

// ---- Form posts → inputs ----------------------------------------------------------------------

/**
 * Gathers a form post: repeated keys become arrays (`categories`, `languages`…), indexed keys
 * become lists of objects (`costOptions.0.amount`, `phones.1.number`), dotted keys become
 * objects (`hours.MO.opens`, `names.ar`).
 */
export function formInput(data: FormData, arrays: readonly string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of new Set(data.keys())) {
		const values = data.getAll(key).filter((v): v is string => typeof v === 'string');
		const path = key.split('.');
		const value = arrays.includes(key) ? values : (values[0] ?? '');
		let node = out as Record<string, unknown>;
		for (let i = 0; i < path.length - 1; i++) {
			const part = path[i];
			const nextIsIndex = /^\d+$/.test(path[i + 1]);
			node[part] ??= nextIsIndex ? [] : {};
			node = node[part] as Record<string, unknown>;
		}
		node[path[path.length - 1]] = value;
	}
	// Sparse lists (a removed middle row) become dense.
	for (const [k, v] of Object.entries(out)) if (Array.isArray(v) && !arrays.includes(k)) out[k] = v.filter(Boolean);
	return out;
}

const serviceArrays = [
	'eligibleStatuses',
	'deliveryModes',
	'categories',
	'languages',
	'interpreterLanguages',
	'locationIds'
] as const;
export const serviceFormInput = (data: FormData) => formInput(data, serviceArrays);
export const locationFormInput = (data: FormData) => formInput(data, ['accessibility']);
export const termFormInput = (data: FormData) => formInput(data, []);

export { weekdays, newcomerLanguages, phoneTypes };
