import { z } from 'zod';
import type { Input } from '../result.ts';
import { membershipRoles, networkTypes, organizationLanguages, sectors, tableKinds, themes } from './vocabulary.ts';

const text = (max: number) => z.string().trim().max(max, { error: 'validation.too_long' }).default('');
const requiredText = (max: number) =>
	z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, { error: 'validation.required' })
		.max(max, { error: 'validation.too_long' });
const dateOnly = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid_date' })
	.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: 'validation.invalid_date' });
const optionalDate = z.union([z.literal('').transform(() => null), dateOnly, z.null()]).default(null);
const checkbox = z
	.union([z.boolean(), z.literal('on').transform(() => true), z.literal('').transform(() => false)])
	.default(false);
const website = z
	.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'validation.invalid_url' }).max(500)])
	.default('');
const email = z.union([z.literal(''), z.email({ error: 'validation.email' }).max(254)]).default('');
const uuid = z.uuid({ error: 'validation.invalid_choice' });
const optionalUuid = z.union([z.literal('').transform(() => null), uuid, z.null()]).default(null);

export const organizationInput = z
	.object({
		nameFr: requiredText(300),
		nameEn: text(300),
		acronym: text(30),
		descriptionFr: text(5000),
		descriptionEn: text(5000),
		sector: z.enum(sectors as [string, ...string[]], { error: 'validation.invalid_choice' }),
		networkType: z
			.enum(networkTypes as [string, ...string[]], { error: 'validation.invalid_choice' })
			.default('community'),
		languages: z
			.array(z.enum(organizationLanguages, { error: 'validation.invalid_choice' }))
			.max(30)
			.default([]),
		areaServedFr: text(500),
		areaServedEn: text(500),
		isLead: checkbox,
		status: z.enum(['active', 'former'], { error: 'validation.invalid_choice' }).default('active'),
		website,
		email,
		phone: text(50),
		joinedOn: optionalDate,
		leftOn: optionalDate
	})
	// A proper name is the same in both languages unless the organization has an official translation.
	.transform((v) => ({ ...v, nameEn: v.nameEn || v.nameFr }));
export type OrganizationInput = Input<typeof organizationInput>;

export const personInput = z.object({
	givenName: requiredText(100),
	familyName: text(100),
	organizationId: optionalUuid,
	email,
	phone: text(50),
	titleFr: text(200),
	titleEn: text(200),
	preferredLanguage: z.enum(['fr', 'en'], { error: 'validation.invalid_choice' }).default('fr'),
	contactBy: z.enum(['email', 'phone', 'either'], { error: 'validation.invalid_choice' }).default('email'),
	publicProfile: checkbox,
	status: z.enum(['active', 'former'], { error: 'validation.invalid_choice' }).default('active')
});
export type PersonInput = Input<typeof personInput>;

export const tableInput = z
	.object({
		parentId: optionalUuid,
		kind: z.enum(tableKinds as [string, ...string[]], { error: 'validation.invalid_choice' }),
		theme: z.union([z.literal(''), z.enum(themes, { error: 'validation.invalid_choice' })]).default(''),
		nameFr: requiredText(300),
		nameEn: requiredText(300),
		mandateFr: text(5000),
		mandateEn: text(5000),
		startDate: optionalDate,
		endDate: optionalDate,
		status: z.enum(['active', 'inactive', 'closed'], { error: 'validation.invalid_choice' }).default('active'),
		position: z.coerce.number({ error: 'validation.invalid_number' }).int().min(0).max(10_000).default(0)
	})
	.refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, {
		path: ['endDate'],
		error: 'partnership.error_end_before_start'
	});
export type TableInput = Input<typeof tableInput>;

export const membershipInput = z
	.object({
		tableId: uuid,
		personId: optionalUuid,
		organizationId: optionalUuid,
		role: z.enum(membershipRoles as [string, ...string[]], { error: 'validation.invalid_choice' }),
		startDate: dateOnly.optional(),
		note: text(1000)
	})
	.refine((v) => Boolean(v.personId) !== Boolean(v.organizationId), {
		path: ['member'],
		error: 'partnership.error_member_one_of'
	});
export type MembershipInput = Input<typeof membershipInput>;

export const joinRequestInput = z.object({
	organizationName: requiredText(300),
	sector: z.enum(sectors as [string, ...string[]], { error: 'validation.invalid_choice' }),
	contactName: requiredText(200),
	contactEmail: z
		.string({ error: 'validation.required' })
		.trim()
		.toLowerCase()
		.min(1, { error: 'validation.required' })
		.pipe(z.email({ error: 'validation.email' })),
	contactPhone: text(50),
	preferredLanguage: z.enum(['fr', 'en'], { error: 'validation.invalid_choice' }),
	tableIds: z.array(uuid).max(50).default([]),
	message: text(5000),
	consent: z.literal(true, { error: 'partnership.error_consent_required' })
});
export type JoinRequestInput = Input<typeof joinRequestInput>;

export { dateOnly, optionalDate, checkbox };
