import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { pick, type Locale } from '../../../i18n/locales.ts';
import type { Actor } from '../../accounts/types.ts';
import type { AppContext } from '../../context.ts';
import { queueMail } from '../../mail/index.ts';
import { failure, ok, zodFailure, type Input, type Result } from '../../result.ts';
import { insertAudited, updateAudited } from '../../tenancy/audited.ts';
import { scoped } from '../../tenancy/scoped.ts';
import { applyServiceChanges, markAssured } from './apply.ts';
import { torontoToday } from './verification.ts';
import { suggestionKinds, type SuggestionKind, type SuggestionStatus } from './db-schema.ts';
import { proposedChanges, type ProposableField } from './fields.ts';

/**
 * "Report a problem / suggest an edit" on a public service page, and the coordinators' moderation
 * queue. The public form has a honeypot field and a rate limit: attempts are counted per client
 * under a salted hash (partnership + day + address, so the hash cannot be linked from one day to
 * the next and the address itself is never stored), kept 24 hours. Accepting applies the
 * proposed field changes to the service through the audited write; the reporter, if they left an
 * address, gets the answer by e-mail in their language first.
 */

type Ctx = Pick<AppContext, 'db' | 'config'>;

export const suggestionLimitPerHour = 5;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidPattern.test(value);

const optionalEmail = z
	.string()
	.trim()
	.toLowerCase()
	.max(254, { error: 'validation.too_long' })
	.refine((v) => !v || z.email().safeParse(v).success, { error: 'validation.email' })
	.default('');

export const suggestionInput = z
	.object({
		kind: z.enum(suggestionKinds, { error: 'validation.invalid_choice' }),
		message: z.string().trim().max(4000, { error: 'validation.too_long' }).default(''),
		changes: proposedChanges,
		email: optionalEmail,
		language: z.enum(['fr', 'en'], { error: 'validation.invalid_choice' }).default('fr'),
		/** The honeypot: people leave it empty, form-filling robots do not. */
		website: z.string().default('')
	})
	.refine((v) => Boolean(v.message) || Object.keys(v.changes).length > 0, {
		path: ['message'],
		error: 'directory.suggestion_error_message_required'
	});
export type SuggestionInput = z.input<typeof suggestionInput>;

function clientHash(partnershipId: string, clientAddress: string): string {
	const day = new Date().toISOString().slice(0, 10);
	return createHash('sha256')
		.update(`passerelle-suggestion:${partnershipId}:${day}:${clientAddress}`)
		.digest('base64url');
}

/** Public: a visitor reports a problem with a listing or suggests an edit. */
export async function submitSuggestion(
	ctx: Ctx,
	partnershipId: string,
	serviceId: string,
	raw: Input<typeof suggestionInput>,
	clientAddress: string
): Promise<Result<{ id: string | null }>> {
	if (!isUuid(serviceId)) return failure('common.error_not_found');
	const parsed = suggestionInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	const client = clientHash(partnershipId, clientAddress);
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const service = await s.selectFrom('service').select('id').where('id', '=', serviceId).executeTakeFirst();
		if (!service) return failure('common.error_not_found');
		const recent = await s
			.selectFrom('suggestion_attempt')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('client_hash', '=', client)
			.where('at', '>', new Date(Date.now() - 3_600_000))
			.executeTakeFirstOrThrow();
		if (Number(recent.n) >= suggestionLimitPerHour) return failure('directory.suggestion_error_rate_limited');
		await s.insertInto('suggestion_attempt', { client_hash: client }).execute();
		// A robot filled the hidden field: answer as if it worked, keep nothing.
		if (v.website.trim()) return ok({ id: null });
		const actor: Actor = { userId: null, label: v.email ? `public (${v.email})` : 'public' };
		const row = await insertAudited(trx, actor, partnershipId, 'service_suggestion', {
			service_id: serviceId,
			kind: v.kind,
			message: v.message,
			proposed_changes: JSON.stringify(v.changes),
			reporter_email: v.email,
			reporter_language: v.language
		});
		return ok({ id: row.id });
	});
}

export interface SuggestionRow {
	id: string;
	serviceId: string;
	serviceName: { fr: string; en: string };
	organizationName: { fr: string; en: string };
	kind: SuggestionKind;
	source: 'public' | 'verification';
	message: string;
	changes: Record<string, string>;
	current: Record<string, string>;
	reporterEmail: string;
	status: SuggestionStatus;
	reviewerNote: string;
	createdAt: Date;
	reviewedAt: Date | null;
}

const changeColumns = [
	'name_fr',
	'name_en',
	'description_fr',
	'description_en',
	'url',
	'email',
	'application_process_fr',
	'application_process_en',
	'fees_description_fr',
	'fees_description_en',
	'eligibility_description_fr',
	'eligibility_description_en',
	'wait_time_fr',
	'wait_time_en'
] as const;

const asObject = (value: unknown): Record<string, string> =>
	(typeof value === 'string' ? JSON.parse(value) : (value ?? {})) as Record<string, string>;

/** The moderation queue: pending first (oldest first), or one status. */
export async function listSuggestions(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	options: { status?: SuggestionStatus | 'all'; serviceId?: string; limit?: number } = {}
): Promise<SuggestionRow[]> {
	let q = scoped(ctx.db, partnershipId)
		.selectFrom('service_suggestion')
		.innerJoin('service', (j) =>
			j
				.onRef('service.id', '=', 'service_suggestion.service_id')
				.onRef('service.partnership_id', '=', 'service_suggestion.partnership_id')
		)
		.innerJoin('organization', (j) =>
			j
				.onRef('organization.id', '=', 'service.organization_id')
				.onRef('organization.partnership_id', '=', 'service.partnership_id')
		)
		.select([
			'service_suggestion.id',
			'service_suggestion.service_id',
			'service_suggestion.kind',
			'service_suggestion.source',
			'service_suggestion.message',
			'service_suggestion.proposed_changes',
			'service_suggestion.reporter_email',
			'service_suggestion.status',
			'service_suggestion.reviewer_note',
			'service_suggestion.created_at',
			'service_suggestion.reviewed_at',
			'organization.name_fr as org_fr',
			'organization.name_en as org_en',
			...changeColumns.map((c) => `service.${c}` as const)
		])
		.orderBy('service_suggestion.created_at', options.status === 'pending' || !options.status ? 'asc' : 'desc')
		.limit(options.limit ?? 200);
	const status = options.status ?? 'pending';
	if (status !== 'all') q = q.where('service_suggestion.status', '=', status);
	if (options.serviceId && isUuid(options.serviceId))
		q = q.where('service_suggestion.service_id', '=', options.serviceId);
	const rows = await q.execute();
	return rows.map((r) => {
		const changes = asObject(r.proposed_changes);
		const current: Record<string, string> = {};
		for (const field of Object.keys(changes)) {
			current[field] = String((r as Record<string, unknown>)[field] ?? '');
		}
		return {
			id: r.id,
			serviceId: r.service_id,
			serviceName: { fr: r.name_fr, en: r.name_en },
			organizationName: { fr: r.org_fr, en: r.org_en },
			kind: r.kind,
			source: r.source,
			message: r.message,
			changes,
			current,
			reporterEmail: r.reporter_email,
			status: r.status,
			reviewerNote: r.reviewer_note,
			createdAt: new Date(r.created_at),
			reviewedAt: r.reviewed_at ? new Date(r.reviewed_at) : null
		};
	});
}

export async function pendingSuggestionCount(ctx: Pick<AppContext, 'db'>, partnershipId: string): Promise<number> {
	const row = await scoped(ctx.db, partnershipId)
		.selectFrom('service_suggestion')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('status', '=', 'pending')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export const reviewInput = z.object({
	decision: z.enum(['accept', 'reject'], { error: 'validation.invalid_choice' }),
	note: z.string().trim().max(2000, { error: 'validation.too_long' }).default(''),
	/** Which proposed fields to apply (default: all of them). */
	fields: z.array(z.string()).optional()
});
export type ReviewInput = z.input<typeof reviewInput>;

/**
 * Accepts (applying the proposed changes, or closing the listing for a "closed" report) or
 * rejects a pending suggestion, with a note; the reporter is told by e-mail if they left an address.
 */
export async function reviewSuggestion(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	suggestionId: string,
	raw: Input<typeof reviewInput>
): Promise<Result<{ id: string; applied: string[] }>> {
	if (!isUuid(suggestionId)) return failure('common.error_not_found');
	const parsed = reviewInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const suggestion = await s
			.selectFrom('service_suggestion')
			.selectAll()
			.where('id', '=', suggestionId)
			.forUpdate()
			.executeTakeFirst();
		if (!suggestion) return failure('common.error_not_found');
		if (suggestion.status !== 'pending') return failure('directory.suggestion_error_already_reviewed');
		let applied: string[] = [];
		if (v.decision === 'accept') {
			const changes = asObject(suggestion.proposed_changes) as Partial<Record<ProposableField, string>>;
			const chosen = Object.fromEntries(
				Object.entries(changes).filter(([field]) => !v.fields || v.fields.includes(field))
			) as Partial<Record<ProposableField, string>>;
			applied = Object.keys(chosen);
			const done = await applyServiceChanges(trx, actor, partnershipId, suggestion.service_id, chosen, {
				status: suggestion.kind === 'closed' ? 'inactive' : undefined
			});
			if (!done) return failure('common.error_not_found');
			// A correction from a verification link, once accepted, makes the listing verified.
			if (suggestion.source === 'verification') {
				await markAssured(
					trx,
					actor,
					partnershipId,
					[suggestion.service_id],
					suggestion.reporter_email,
					torontoToday()
				);
			}
		}
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'service_suggestion',
			suggestionId,
			{
				status: v.decision === 'accept' ? 'accepted' : 'rejected',
				reviewer_note: v.note,
				reviewed_by: actor.userId,
				reviewed_at: new Date()
			},
			`service_suggestion.${v.decision}`
		);
		if (suggestion.reporter_email) {
			const service = await s
				.selectFrom('service')
				.select(['name_fr', 'name_en'])
				.where('id', '=', suggestion.service_id)
				.executeTakeFirstOrThrow();
			const partnership = await trx
				.selectFrom('partnership')
				.select(['slug', 'name_fr', 'name_en'])
				.where('id', '=', partnershipId)
				.executeTakeFirstOrThrow();
			const lang: Locale = suggestion.reporter_language;
			const name = (l: Locale) => pick({ fr: service.name_fr, en: service.name_en }, l).text;
			await queueMail(trx, {
				to: suggestion.reporter_email,
				locale: lang,
				partnershipId,
				template: {
					name: v.decision === 'accept' ? 'directory.suggestion_accepted_mail' : 'directory.suggestion_rejected_mail',
					params: {
						service: { fr: name('fr'), en: name('en') },
						partnership: { fr: partnership.name_fr, en: partnership.name_en },
						note: v.note || '—'
					},
					action: {
						url: `${ctx.config.publicOrigin}/${lang}/${partnership.slug}/directory/services/${suggestion.service_id}`,
						labelKey: 'directory.suggestion_mail_action'
					}
				}
			});
		}
		return ok({ id: suggestionId, applied });
	});
}

/** Attempts are only needed for the rate-limit window. */
export async function pruneSuggestionAttempts(ctx: Pick<AppContext, 'db'>): Promise<void> {
	await sql`delete from suggestion_attempt where at < now() - interval '24 hours'`.execute(ctx.db);
}
