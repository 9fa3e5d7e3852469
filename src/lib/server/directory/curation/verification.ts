import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import { pick, type Locale } from '../../../i18n/locales.ts';
import { hashToken, newToken } from '../../accounts/tokens.ts';
import type { Actor } from '../../accounts/types.ts';
import { recordAudit } from '../../audit/index.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { queueMail } from '../../mail/index.ts';
import { failure, ok, zodFailure, type Input, type Result } from '../../result.ts';
import { insertAudited, updateAudited } from '../../tenancy/audited.ts';
import { scoped } from '../../tenancy/scoped.ts';
import { markAssured } from './apply.ts';
import { proposedChanges } from './fields.ts';

/**
 * Verification campaigns: once or twice a year the coordinator asks every organization with
 * active listings to confirm or correct them.
 *
 * - Who is asked: the organization's own e-mail address when it has one, else the first active
 *   person of the organization with an e-mail (people who have an account first). The language
 *   is that person's preferred language (the person whose address is the organization's, if any),
 *   else the partnership's default.
 * - The e-mail (both languages, the recipient's first) carries a signed link: a random token of
 *   which only the hash is stored. A reminder carries a fresh link; earlier links keep working.
 *   Every link stops working when the campaign's due date has passed or the campaign is closed.
 * - Through the link the contact confirms each listing (its "last verified" date becomes today,
 *   audited as the campaign contact) or sends a correction. Corrections go to the moderation
 *   queue (the suggestions page) rather than straight into the directory: a coordinator reviews
 *   them, and accepting one applies it and marks the listing verified. Each listing is answered
 *   once per request.
 * - Reminders: the hourly curation job reminds those who have not answered at all, on the
 *   campaign's schedule (days after the start), at most `max_reminders` times; the coordinator
 *   may also send the next reminder now.
 */

type Db = Kysely<DB> | Transaction<DB>;
type Ctx = Pick<AppContext, 'db' | 'config'>;

/** Listings not verified for this long show as "not verified recently". */
export const staleAfterMonths = 12;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidPattern.test(value);
const tokenPattern = /^[A-Za-z0-9_-]{16,128}$/;

const torontoDate = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'America/Toronto',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});
/** The calendar day in Toronto, 'YYYY-MM-DD'. */
export function torontoToday(at: Date = new Date()): string {
	return torontoDate.format(at);
}

function addDays(day: string, days: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

const dateOnly = z
	.string({ error: 'validation.required' })
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid_date' })
	.refine(
		(v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
		{
			error: 'validation.invalid_date'
		}
	);

const reminderDays = z
	.union([z.string(), z.array(z.union([z.string(), z.number()]))])
	.default('7, 14')
	.transform((v, ctx) => {
		const parts = (Array.isArray(v) ? v.map(String) : v.split(/[,;\s]+/)).map((p) => p.trim()).filter(Boolean);
		const days = parts.map(Number);
		if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 365) || days.length > 10) {
			ctx.addIssue({ code: 'custom', message: 'directory.campaign_error_reminder_days' });
			return z.NEVER;
		}
		return [...new Set(days)].sort((a, b) => a - b);
	});

export const campaignInput = z
	.object({
		name: z
			.string({ error: 'validation.required' })
			.trim()
			.min(1, { error: 'validation.required' })
			.max(200, { error: 'validation.too_long' }),
		dueDate: dateOnly,
		reminderDays,
		maxReminders: z.coerce
			.number({ error: 'validation.invalid_number' })
			.int({ error: 'validation.invalid_number' })
			.min(0, { error: 'validation.invalid_number' })
			.max(10, { error: 'validation.invalid_number' })
			.default(2)
	})
	.refine((v) => typeof v.dueDate !== 'string' || v.dueDate > torontoToday(), {
		path: ['dueDate'],
		error: 'directory.campaign_error_due_past'
	});
export type CampaignInput = z.input<typeof campaignInput>;

interface Contact {
	email: string;
	language: Locale;
}

/** The organizations with at least one active service, and who to ask at each. */
async function organizationsToAsk(db: Db, partnershipId: string, defaultLocale: Locale) {
	const orgs = await sql<{ id: string; name_fr: string; name_en: string; email: string; services: number }>`
		select o.id, o.name_fr, o.name_en, o.email, count(s.id)::int as services
		from organization o
		join service s on s.partnership_id = o.partnership_id and s.organization_id = o.id and s.status = 'active'
		where o.partnership_id = ${partnershipId}
		group by o.id
		order by o.name_fr
	`.execute(db);
	const people = await scoped(db, partnershipId)
		.selectFrom('person')
		.select(['organization_id', 'email', 'preferred_language', 'user_id', 'created_at'])
		.where('status', '=', 'active')
		.where('email', '!=', '')
		.where('organization_id', 'is not', null)
		.orderBy('created_at')
		.execute();
	return orgs.rows.map((o) => {
		const mine = people
			.filter((p) => p.organization_id === o.id)
			.sort((a, b) => Number(Boolean(b.user_id)) - Number(Boolean(a.user_id)));
		let contact: Contact | null = null;
		if (o.email.trim()) {
			const same = mine.find((p) => p.email.toLowerCase() === o.email.trim().toLowerCase());
			contact = {
				email: o.email.trim().toLowerCase(),
				language: same?.preferred_language ?? mine[0]?.preferred_language ?? defaultLocale
			};
		} else if (mine[0]) {
			contact = { email: mine[0].email.toLowerCase(), language: mine[0].preferred_language };
		}
		return { ...o, contact };
	});
}

async function partnershipOf(db: Db, partnershipId: string) {
	return db
		.selectFrom('partnership')
		.select(['id', 'slug', 'name_fr', 'name_en', 'default_locale'])
		.where('id', '=', partnershipId)
		.executeTakeFirstOrThrow();
}

function formatDay(day: string, lang: Locale): string {
	return new Intl.DateTimeFormat(`${lang}-CA`, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00Z`)
	);
}

async function sendRequestMail(
	trx: Transaction<DB>,
	ctx: Ctx,
	partnership: { id: string; slug: string; name_fr: string; name_en: string },
	request: { contact_email: string; contact_language: Locale },
	organization: { name_fr: string; name_en: string },
	campaign: { name: string; due_date: string },
	token: string,
	count: number,
	reminder: boolean
) {
	const lang = request.contact_language;
	await queueMail(trx, {
		to: request.contact_email,
		locale: lang,
		partnershipId: partnership.id,
		template: {
			name: reminder ? 'directory.campaign_reminder_mail' : 'directory.campaign_request_mail',
			params: {
				organization: {
					fr: pick({ fr: organization.name_fr, en: organization.name_en }, 'fr').text,
					en: pick({ fr: organization.name_fr, en: organization.name_en }, 'en').text
				},
				partnership: { fr: partnership.name_fr, en: partnership.name_en },
				campaign: campaign.name,
				due: { fr: formatDay(campaign.due_date, 'fr'), en: formatDay(campaign.due_date, 'en') },
				count
			},
			action: {
				url: `${ctx.config.publicOrigin}/${lang}/${partnership.slug}/directory/verify/${token}`,
				labelKey: 'directory.campaign_mail_action'
			}
		}
	});
}

/**
 * Starts a campaign: one request per organization that has active services and someone to ask,
 * each sent at once by e-mail with its own link. Only one campaign is open at a time.
 */
export async function startVerificationCampaign(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	raw: Input<typeof campaignInput>
): Promise<Result<{ id: string; requests: number; withoutContact: number }>> {
	const parsed = campaignInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const open = await s
			.selectFrom('verification_campaign')
			.select('id')
			.where('status', '=', 'open')
			.executeTakeFirst();
		if (open) return failure('directory.campaign_error_open_exists');
		const partnership = await partnershipOf(trx, partnershipId);
		const orgs = await organizationsToAsk(trx, partnershipId, partnership.default_locale);
		const reachable = orgs.filter((o) => o.contact);
		if (!reachable.length) return failure('directory.campaign_error_nobody');
		const campaign = await insertAudited(trx, actor, partnershipId, 'verification_campaign', {
			name: v.name,
			started_by: actor.userId,
			due_date: v.dueDate,
			reminder_days: v.reminderDays,
			max_reminders: v.maxReminders
		});
		for (const org of reachable) {
			const token = newToken();
			const contact = org.contact!;
			await s
				.insertInto('verification_request', {
					campaign_id: campaign.id,
					organization_id: org.id,
					contact_email: contact.email,
					contact_language: contact.language,
					token_hash: hashToken(token),
					sent_at: new Date()
				})
				.execute();
			await sendRequestMail(
				trx,
				ctx,
				partnership,
				{ contact_email: contact.email, contact_language: contact.language },
				org,
				{ name: v.name, due_date: v.dueDate },
				token,
				org.services,
				false
			);
		}
		return ok({ id: campaign.id, requests: reachable.length, withoutContact: orgs.length - reachable.length });
	});
}

export interface CampaignProgress {
	id: string;
	name: string;
	status: 'open' | 'closed';
	startedAt: Date;
	dueDate: string;
	reminderDays: number[];
	maxReminders: number;
	requests: number;
	sent: number;
	opened: number;
	confirmed: number;
	corrected: number;
	noAnswer: number;
	listings: { total: number; confirmed: number; corrected: number };
}

export async function listCampaigns(ctx: Pick<AppContext, 'db'>, partnershipId: string): Promise<CampaignProgress[]> {
	const rows = await sql<{
		id: string;
		name: string;
		status: 'open' | 'closed';
		started_at: Date;
		due_date: string;
		reminder_days: number[];
		max_reminders: number;
		requests: number;
		sent: number;
		opened: number;
		confirmed: number;
		corrected: number;
		no_answer: number;
		listings: number;
		listings_confirmed: number;
		listings_corrected: number;
	}>`
		select c.id, c.name, c.status, c.started_at, c.due_date::text as due_date, c.reminder_days, c.max_reminders,
			count(r.id)::int as requests,
			count(r.sent_at)::int as sent,
			count(r.opened_at)::int as opened,
			count(r.confirmed_at)::int as confirmed,
			count(r.corrected_at)::int as corrected,
			count(r.id) filter (where r.confirmed_at is null and r.corrected_at is null)::int as no_answer,
			coalesce(sum((select count(*) from service s where s.partnership_id = r.partnership_id
				and s.organization_id = r.organization_id and s.status = 'active')), 0)::int as listings,
			coalesce(sum((select count(*) from verification_answer a where a.partnership_id = r.partnership_id
				and a.request_id = r.id and a.answer = 'confirmed')), 0)::int as listings_confirmed,
			coalesce(sum((select count(*) from verification_answer a where a.partnership_id = r.partnership_id
				and a.request_id = r.id and a.answer = 'corrected')), 0)::int as listings_corrected
		from verification_campaign c
		left join verification_request r on r.partnership_id = c.partnership_id and r.campaign_id = c.id
		where c.partnership_id = ${partnershipId}
		group by c.id
		order by c.started_at desc
	`.execute(ctx.db);
	return rows.rows.map((r) => ({
		id: r.id,
		name: r.name,
		status: r.status,
		startedAt: new Date(r.started_at),
		dueDate: r.due_date,
		reminderDays: r.reminder_days,
		maxReminders: r.max_reminders,
		requests: r.requests,
		sent: r.sent,
		opened: r.opened,
		confirmed: r.confirmed,
		corrected: r.corrected,
		noAnswer: r.no_answer,
		listings: { total: r.listings, confirmed: r.listings_confirmed, corrected: r.listings_corrected }
	}));
}

/** Each organization's request in a campaign, for the progress table. */
export async function listCampaignRequests(ctx: Pick<AppContext, 'db'>, partnershipId: string, campaignId: string) {
	if (!isUuid(campaignId)) return [];
	return scoped(ctx.db, partnershipId)
		.selectFrom('verification_request')
		.innerJoin('organization', (j) =>
			j
				.onRef('organization.id', '=', 'verification_request.organization_id')
				.onRef('organization.partnership_id', '=', 'verification_request.partnership_id')
		)
		.select([
			'verification_request.id',
			'verification_request.contact_email',
			'verification_request.contact_language',
			'verification_request.sent_at',
			'verification_request.reminded_at',
			'verification_request.reminder_count',
			'verification_request.opened_at',
			'verification_request.confirmed_at',
			'verification_request.corrected_at',
			'organization.name_fr',
			'organization.name_en'
		])
		.where('verification_request.campaign_id', '=', campaignId)
		.orderBy('organization.name_fr')
		.execute();
}

async function remindRequests(
	trx: Transaction<DB>,
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	campaign: { id: string; name: string; due_date: string; max_reminders: number },
	onlyDue: { reminderDays: number[]; startedAt: Date } | null,
	now: Date
): Promise<number> {
	const s = scoped(trx, partnershipId);
	const partnership = await partnershipOf(trx, partnershipId);
	const pending = await s
		.selectFrom('verification_request')
		.innerJoin('organization', (j) =>
			j
				.onRef('organization.id', '=', 'verification_request.organization_id')
				.onRef('organization.partnership_id', '=', 'verification_request.partnership_id')
		)
		.select([
			'verification_request.id',
			'verification_request.organization_id',
			'verification_request.contact_email',
			'verification_request.contact_language',
			'verification_request.token_hash',
			'verification_request.previous_token_hashes',
			'verification_request.reminder_count',
			'organization.name_fr',
			'organization.name_en'
		])
		.where('verification_request.campaign_id', '=', campaign.id)
		.where('verification_request.confirmed_at', 'is', null)
		.where('verification_request.corrected_at', 'is', null)
		.where('verification_request.reminder_count', '<', campaign.max_reminders)
		.forUpdate()
		.execute();
	let count = 0;
	for (const r of pending) {
		if (onlyDue) {
			const day = onlyDue.reminderDays[r.reminder_count];
			if (day === undefined || onlyDue.startedAt.getTime() + day * 86_400_000 > now.getTime()) continue;
		}
		const services = await s
			.selectFrom('service')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('organization_id', '=', r.organization_id)
			.where('status', '=', 'active')
			.executeTakeFirstOrThrow();
		const token = newToken();
		await s
			.updateTable('verification_request')
			.set({
				token_hash: hashToken(token),
				previous_token_hashes: [...r.previous_token_hashes, r.token_hash].slice(-12),
				reminder_count: r.reminder_count + 1,
				reminded_at: now,
				updated_at: now
			})
			.where('id', '=', r.id)
			.execute();
		await sendRequestMail(
			trx,
			ctx,
			partnership,
			{ contact_email: r.contact_email, contact_language: r.contact_language },
			r,
			campaign,
			token,
			Number(services.n),
			true
		);
		count++;
	}
	if (count) {
		await recordAudit(trx, actor, {
			partnershipId,
			action: 'verification_campaign.remind',
			entityType: 'verification_campaign',
			entityId: campaign.id,
			after: { reminded: count }
		});
	}
	return count;
}

/** "Send reminders now": the next reminder to every request with no answer yet (within the maximum). */
export async function sendCampaignReminders(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	campaignId: string
): Promise<Result<{ count: number }>> {
	if (!isUuid(campaignId)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const campaign = await scoped(trx, partnershipId)
			.selectFrom('verification_campaign')
			.selectAll()
			.where('id', '=', campaignId)
			.executeTakeFirst();
		if (!campaign) return failure('common.error_not_found');
		if (campaign.status !== 'open' || campaign.due_date < torontoToday())
			return failure('directory.campaign_error_closed');
		const count = await remindRequests(trx, ctx, actor, partnershipId, campaign, null, new Date());
		return ok({ count });
	});
}

export async function closeCampaign(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	campaignId: string
): Promise<Result<{ id: string }>> {
	if (!isUuid(campaignId)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const updated = await updateAudited(
			trx,
			actor,
			partnershipId,
			'verification_campaign',
			campaignId,
			{ status: 'closed', closed_at: new Date() },
			'verification_campaign.close'
		);
		if (!updated) return failure('common.error_not_found');
		return ok({ id: campaignId });
	});
}

/**
 * The hourly curation job, for every partnership: reminders that are due, campaigns past their due
 * date closed. Returns how many reminders went out.
 */
export async function runCurationDuties(
	ctx: Ctx,
	now: Date = new Date()
): Promise<{ reminders: number; closed: number }> {
	const today = torontoToday(now);
	const closed = await ctx.db
		.updateTable('verification_campaign')
		.set({ status: 'closed', closed_at: now, updated_at: now })
		.where('status', '=', 'open')
		.where('due_date', '<', today)
		.executeTakeFirst();
	const open = await ctx.db.selectFrom('verification_campaign').selectAll().where('status', '=', 'open').execute();
	let reminders = 0;
	const system: Actor = { userId: null, label: 'system (verification reminders)' };
	for (const campaign of open) {
		reminders += await ctx.db
			.transaction()
			.execute((trx) =>
				remindRequests(
					trx,
					ctx,
					system,
					campaign.partnership_id,
					campaign,
					{ reminderDays: campaign.reminder_days, startedAt: new Date(campaign.started_at) },
					now
				)
			);
	}
	return { reminders, closed: Number(closed.numUpdatedRows ?? 0) };
}

// --- The contact's side: the signed link ---------------------------------------------------------

export interface VerificationView {
	requestId: string;
	partnershipId: string;
	campaign: { id: string; name: string; dueDate: string };
	organization: { id: string; name: { fr: string; en: string } };
	contactEmail: string;
	contactLanguage: Locale;
	listings: {
		id: string;
		name: { fr: string; en: string };
		description: { fr: string; en: string };
		url: string;
		email: string;
		assuredDate: string | null;
		fields: Record<string, string>;
		answer: 'confirmed' | 'corrected' | null;
	}[];
}

async function findRequest(db: Db, partnershipId: string, token: string) {
	if (!tokenPattern.test(token)) return undefined;
	const hash = hashToken(token);
	const row = await scoped(db, partnershipId)
		.selectFrom('verification_request')
		.innerJoin('verification_campaign', (j) =>
			j
				.onRef('verification_campaign.id', '=', 'verification_request.campaign_id')
				.onRef('verification_campaign.partnership_id', '=', 'verification_request.partnership_id')
		)
		.select([
			'verification_request.id',
			'verification_request.organization_id',
			'verification_request.contact_email',
			'verification_request.contact_language',
			'verification_request.opened_at',
			'verification_request.confirmed_at',
			'verification_request.corrected_at',
			'verification_campaign.id as campaign_id',
			'verification_campaign.name as campaign_name',
			'verification_campaign.status as campaign_status',
			sql<string>`verification_campaign.due_date::text`.as('due_date')
		])
		.where((eb) =>
			eb.or([
				eb('verification_request.token_hash', '=', hash),
				sql<boolean>`${hash} = any(verification_request.previous_token_hashes)`
			])
		)
		.executeTakeFirst();
	if (!row) return undefined;
	if (row.campaign_status !== 'open' || row.due_date < torontoToday()) return undefined;
	return row;
}

const listingColumns = [
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

/**
 * What the link shows: the organization's active listings and what was answered for each.
 * Undefined for an unknown, expired or closed link. The first visit is recorded as "opened".
 */
export async function openVerification(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	token: string
): Promise<VerificationView | undefined> {
	const request = await findRequest(ctx.db, partnershipId, token);
	if (!request) return undefined;
	const s = scoped(ctx.db, partnershipId);
	if (!request.opened_at) {
		await s
			.updateTable('verification_request')
			.set({ opened_at: new Date() })
			.where('id', '=', request.id)
			.where('opened_at', 'is', null)
			.execute();
	}
	const org = await s
		.selectFrom('organization')
		.select(['id', 'name_fr', 'name_en'])
		.where('id', '=', request.organization_id)
		.executeTakeFirstOrThrow();
	const services = await s
		.selectFrom('service')
		.select(['id', 'assured_date', ...listingColumns])
		.where('organization_id', '=', request.organization_id)
		.where('status', '=', 'active')
		.orderBy('name_fr')
		.execute();
	const answers = await s
		.selectFrom('verification_answer')
		.select(['service_id', 'answer'])
		.where('request_id', '=', request.id)
		.execute();
	return {
		requestId: request.id,
		partnershipId,
		campaign: { id: request.campaign_id, name: request.campaign_name, dueDate: request.due_date },
		organization: { id: org.id, name: { fr: org.name_fr, en: org.name_en } },
		contactEmail: request.contact_email,
		contactLanguage: request.contact_language,
		listings: services.map((sv) => ({
			id: sv.id,
			name: { fr: sv.name_fr, en: sv.name_en },
			description: { fr: sv.description_fr, en: sv.description_en },
			url: sv.url,
			email: sv.email,
			assuredDate: sv.assured_date,
			fields: Object.fromEntries(listingColumns.map((c) => [c, String(sv[c] ?? '')])),
			answer: answers.find((a) => a.service_id === sv.id)?.answer ?? null
		}))
	};
}

export const correctionInput = z
	.object({
		message: z.string().trim().max(4000, { error: 'validation.too_long' }).default(''),
		changes: proposedChanges
	})
	.refine((v) => Boolean(v.message) || Object.keys(v.changes).length > 0, {
		path: ['message'],
		error: 'directory.suggestion_error_message_required'
	});

/**
 * The contact's answer for one listing (or for every listing not yet answered, with serviceId
 * 'all'): "confirmed" sets its last-verified date to today; "corrected" sends the correction to
 * the moderation queue. A listing already answered through this request is refused.
 */
export async function answerVerification(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	token: string,
	serviceId: string | 'all',
	answer: { kind: 'confirm' } | { kind: 'correct'; input: Input<typeof correctionInput> }
): Promise<Result<{ answered: number }>> {
	let correction: z.output<typeof correctionInput> | null = null;
	if (answer.kind === 'correct') {
		const parsed = correctionInput.safeParse(answer.input);
		if (!parsed.success) return zodFailure(parsed.error);
		correction = parsed.data;
		if (serviceId === 'all') return failure('common.error_not_found');
	}
	if (serviceId !== 'all' && !isUuid(serviceId)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const request = await findRequest(trx, partnershipId, token);
		if (!request) return failure('directory.campaign_error_link');
		const s = scoped(trx, partnershipId);
		await s.selectFrom('verification_request').select('id').where('id', '=', request.id).forUpdate().execute();
		const answered = new Set(
			(
				await s.selectFrom('verification_answer').select('service_id').where('request_id', '=', request.id).execute()
			).map((a) => a.service_id)
		);
		let q = s
			.selectFrom('service')
			.select('id')
			.where('organization_id', '=', request.organization_id)
			.where('status', '=', 'active');
		if (serviceId !== 'all') q = q.where('id', '=', serviceId);
		const targets = (await q.execute()).map((r) => r.id);
		if (!targets.length) return failure('common.error_not_found');
		const open = targets.filter((id) => !answered.has(id));
		if (!open.length) return failure('directory.campaign_error_answered');
		const actor: Actor = { userId: null, label: `verification contact (${request.contact_email})` };
		const now = new Date();
		if (correction) {
			await insertAudited(trx, actor, partnershipId, 'service_suggestion', {
				service_id: open[0],
				kind: 'suggest_edit',
				source: 'verification',
				verification_request_id: request.id,
				message: correction.message,
				proposed_changes: JSON.stringify(correction.changes),
				reporter_email: request.contact_email,
				reporter_language: request.contact_language
			});
			await s
				.insertInto('verification_answer', { request_id: request.id, service_id: open[0], answer: 'corrected' })
				.execute();
			await updateAudited(
				trx,
				actor,
				partnershipId,
				'verification_request',
				request.id,
				{
					corrected_at: request.corrected_at ?? now
				},
				'verification_request.correct'
			);
			return ok({ answered: 1 });
		}
		await markAssured(trx, actor, partnershipId, open, request.contact_email, torontoToday(now));
		await s
			.insertInto(
				'verification_answer',
				open.map((id) => ({ request_id: request.id, service_id: id, answer: 'confirmed' as const }))
			)
			.execute();
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'verification_request',
			request.id,
			{
				confirmed_at: request.confirmed_at ?? now
			},
			'verification_request.confirm'
		);
		return ok({ answered: open.length });
	});
}

/** The date before which a listing counts as not verified recently (12 months ago, Toronto day). */
export function staleBefore(now: Date = new Date()): string {
	const today = torontoToday(now);
	const d = new Date(`${today}T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() - staleAfterMonths);
	return d.toISOString().slice(0, 10);
}

export { addDays };
