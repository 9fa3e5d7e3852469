import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import { recordAudit } from '../audit/index.ts';
import { failure, ok, zodFailure, type Input, type Result } from '../result.ts';

/** First URL segments the app uses itself; a partnership cannot take them as its slug. */
export const reservedSlugs = new Set([
	'admin',
	'api',
	'account',
	'signin',
	'signout',
	'sign-in',
	'sign-out',
	'forgot-password',
	'reset-password',
	'invitation',
	'healthz',
	'directory',
	'repertoire',
	'partnerships',
	'about',
	'help',
	'static',
	'assets',
	'_app'
]);

export const partnershipInput = z.object({
	slug: z
		.string({ error: 'validation.required' })
		.trim()
		.toLowerCase()
		.min(2, { error: 'validation.too_short' })
		.max(60, { error: 'validation.too_long' })
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'tenancy.error_slug_format' })
		.refine((slug) => !reservedSlugs.has(slug), { error: 'tenancy.error_slug_reserved' }),
	nameFr: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.too_long' }),
	nameEn: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.too_long' }),
	regionFr: z.string().trim().max(200, { error: 'validation.too_long' }).default(''),
	regionEn: z.string().trim().max(200, { error: 'validation.too_long' }).default(''),
	defaultLocale: z.enum(['fr', 'en'], { error: 'validation.invalid_choice' }).default('fr')
});

export interface PartnershipSummary {
	id: string;
	slug: string;
	name_fr: string;
	name_en: string;
	region_fr: string;
	region_en: string;
	default_locale: 'fr' | 'en';
	status: 'active' | 'archived';
}

/** Instance admins create tenants; the CLI and demo data call the same function. */
export async function createPartnership(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	raw: Input<typeof partnershipInput>
): Promise<Result<PartnershipSummary>> {
	const parsed = partnershipInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const value = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const taken = await trx.selectFrom('partnership').select('id').where('slug', '=', value.slug).executeTakeFirst();
		if (taken) return failure('tenancy.error_slug_taken', { slug: ['tenancy.error_slug_taken'] });
		const row = await trx
			.insertInto('partnership')
			.values({
				slug: value.slug,
				name_fr: value.nameFr,
				name_en: value.nameEn,
				region_fr: value.regionFr,
				region_en: value.regionEn,
				default_locale: value.defaultLocale
			})
			.returning(['id', 'slug', 'name_fr', 'name_en', 'region_fr', 'region_en', 'default_locale', 'status'])
			.executeTakeFirstOrThrow();
		await recordAudit(trx, actor, {
			partnershipId: row.id,
			action: 'partnership.create',
			entityType: 'partnership',
			entityId: row.id,
			after: row
		});
		return ok(row);
	});
}

export async function findPartnershipBySlug(
	ctx: Pick<AppContext, 'db'>,
	slug: string
): Promise<PartnershipSummary | undefined> {
	if (!/^[a-z0-9-]{1,60}$/.test(slug)) return undefined;
	return ctx.db
		.selectFrom('partnership')
		.select(['id', 'slug', 'name_fr', 'name_en', 'region_fr', 'region_en', 'default_locale', 'status'])
		.where('slug', '=', slug)
		.executeTakeFirst();
}

export async function listPartnerships(ctx: Pick<AppContext, 'db'>, options: { includeArchived?: boolean } = {}) {
	let q = ctx.db
		.selectFrom('partnership')
		.select(['id', 'slug', 'name_fr', 'name_en', 'region_fr', 'region_en', 'default_locale', 'status', 'created_at'])
		.orderBy('name_fr');
	if (!options.includeArchived) q = q.where('status', '=', 'active');
	return q.execute();
}
