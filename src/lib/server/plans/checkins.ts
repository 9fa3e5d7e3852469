import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { pick, type Locale } from '../../i18n/locales.ts';
import { hashToken, newToken } from '../accounts/tokens.ts';
import { systemActor, type Actor } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { enqueueJob, type JobRunner } from '../jobs/index.ts';
import { queueMail } from '../mail/index.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { actionStatuses, type ActionStatus } from './db-schema.ts';
import { submitMeasurementIn } from './indicators.ts';
import { recordProgress } from './plans.ts';
import { formatDay } from './reports.ts';
import { checkinRoundInput, type CheckinRoundInput } from './schemas.ts';

/**
 * Continuous evaluation. A check-in round on a plan sends each person responsible for an open
 * action (a person with an e-mail address among the action responsibles) a bilingual e-mail with
 * a signed link: /{lang}/{slug}/checkin/{token}. Only the token's hash is stored. Through the link
 * the person updates status, progress, a comment and indicator values for exactly the actions
 * they are responsible for, without an account. Reminders go, through the job queue, to those
 * who have not answered; a reminder carries a fresh link (the old one stops working).
 */

export const reminderJobKind = 'plans.checkin_reminders';
type Db = Kysely<DB> | Transaction<DB>;
const isUuid = (v: string | null | undefined): v is string => !!v && /^[0-9a-f-]{36}$/i.test(v);
const DAY = 86_400_000;
/** A link stays valid this long after the round's due date. */
const GRACE_DAYS = 14;

async function recipientsOf(s: ReturnType<typeof scoped>, planId: string) {
	return s
		.selectFrom('action_responsible')
		.innerJoin('plan_action', 'plan_action.id', 'action_responsible.action_id')
		.innerJoin('person', 'person.id', 'action_responsible.person_id')
		.select(['person.id', 'person.email', 'person.preferred_language', 'person.given_name', 'person.family_name'])
		.where('plan_action.plan_id', '=', planId)
		.where('plan_action.status', 'not in', ['done', 'cancelled'])
		.where('person.email', '!=', '')
		.where('person.status', '=', 'active')
		.distinct()
		.execute();
}

async function sendLink(
	trx: Transaction<DB>,
	ctx: Pick<AppContext, 'config'>,
	partnershipId: string,
	args: {
		template: 'plans.checkin' | 'plans.checkin_reminder';
		to: string;
		lang: Locale;
		slug: string;
		token: string;
		partnership: { fr: string; en: string };
		plan: { fr: string; en: string };
		due: string;
		count: number;
	}
) {
	await queueMail(trx, {
		to: args.to,
		locale: args.lang,
		partnershipId,
		template: {
			name: args.template,
			params: {
				partnership: args.partnership,
				plan: args.plan,
				// The date as each language writes it ("15 décembre 2026", "December 15, 2026").
				due: { fr: formatDay(args.due, 'fr'), en: formatDay(args.due, 'en') },
				count: args.count
			},
			action: {
				url: `${ctx.config.publicOrigin}/${args.lang}/${args.slug}/checkin/${args.token}`,
				labelKey: `${args.template}.action`
			}
		}
	});
}

async function planContext(trx: Db, partnershipId: string, planId: string) {
	const s = scoped(trx, partnershipId);
	const plan = await s
		.selectFrom('action_plan')
		.select(['id', 'title_fr', 'title_en', 'status'])
		.where('id', '=', planId)
		.executeTakeFirst();
	const partnership = await trx
		.selectFrom('partnership')
		.select(['slug', 'name_fr', 'name_en'])
		.where('id', '=', partnershipId)
		.executeTakeFirstOrThrow();
	return { plan, partnership };
}

async function ownedCount(s: ReturnType<typeof scoped>, planId: string, personId: string) {
	const rows = await s
		.selectFrom('action_responsible')
		.innerJoin('plan_action', 'plan_action.id', 'action_responsible.action_id')
		.select('plan_action.id')
		.where('plan_action.plan_id', '=', planId)
		.where('action_responsible.person_id', '=', personId)
		.where('plan_action.status', 'not in', ['done', 'cancelled'])
		.distinct()
		.execute();
	return rows.length;
}

/** Opens a round: one request and one e-mail per responsible person; schedules the reminders. */
export async function openCheckinRound(
	ctx: Pick<AppContext, 'db' | 'config'>,
	actor: Actor,
	partnershipId: string,
	planId: string,
	raw: CheckinRoundInput
): Promise<Result<{ id: string; requests: number }>> {
	const parsed = checkinRoundInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	if (!isUuid(planId)) return failure('common.error_not_found');
	const v = parsed.data;
	const today = new Date().toISOString().slice(0, 10);
	if (v.due < today) return failure('common.error_form', { due: ['plans.error_due_past'] });
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const { plan, partnership } = await planContext(trx, partnershipId, planId);
		if (!plan) return failure('common.error_not_found');
		if (plan.status === 'closed') return failure('plans.error_plan_closed');
		const people = await recipientsOf(s, planId);
		if (!people.length) return failure('plans.error_no_responsibles');
		const round = await insertAudited(trx, actor, partnershipId, 'checkin_round', {
			plan_id: planId,
			due_date: v.due,
			message_fr: v.messageFr,
			message_en: v.messageEn,
			opened_by: actor.userId
		});
		const expires = new Date(Date.parse(`${v.due}T23:59:59Z`) + GRACE_DAYS * DAY);
		for (const person of people) {
			const token = newToken();
			await insertAudited(trx, actor, partnershipId, 'checkin_request', {
				round_id: round.id,
				person_id: person.id,
				token_hash: hashToken(token),
				expires_at: expires,
				sent_at: new Date()
			});
			await sendLink(trx, ctx, partnershipId, {
				template: 'plans.checkin',
				to: person.email,
				lang: person.preferred_language,
				slug: partnership.slug,
				token,
				partnership: { fr: partnership.name_fr, en: partnership.name_en },
				plan: {
					fr: pick({ fr: plan.title_fr, en: plan.title_en }, 'fr').text,
					en: pick({ fr: plan.title_fr, en: plan.title_en }, 'en').text
				},
				due: v.due,
				count: await ownedCount(s, planId, person.id)
			});
		}
		// One reminder two days before the due date (or tomorrow, for a short round).
		const remindAt = Math.max(Date.now() + DAY, Date.parse(`${v.due}T13:00:00Z`) - 2 * DAY);
		await enqueueJob(
			trx,
			reminderJobKind,
			{ partnershipId, roundId: round.id },
			{ runAt: new Date(remindAt), maxAttempts: 3 }
		);
		return ok({ id: round.id, requests: people.length });
	});
}

/** Sends a reminder (with a fresh link) to every person of an open round who has not answered. */
export async function remindCheckinRound(
	ctx: Pick<AppContext, 'db' | 'config'>,
	actor: Actor,
	partnershipId: string,
	roundId: string
): Promise<Result<{ reminded: number }>> {
	if (!isUuid(roundId)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const round = await s.selectFrom('checkin_round').selectAll().where('id', '=', roundId).executeTakeFirst();
		if (!round) return failure('common.error_not_found');
		if (round.status !== 'open') return failure('plans.error_round_closed');
		const { plan, partnership } = await planContext(trx, partnershipId, round.plan_id);
		if (!plan) return failure('common.error_not_found');
		const pending = await s
			.selectFrom('checkin_request')
			.innerJoin('person', 'person.id', 'checkin_request.person_id')
			.select([
				'checkin_request.id',
				'checkin_request.reminder_count',
				'person.id as person_id',
				'person.email',
				'person.preferred_language'
			])
			.where('checkin_request.round_id', '=', roundId)
			.where('checkin_request.completed_at', 'is', null)
			.where('person.email', '!=', '')
			.execute();
		const expires = new Date(Math.max(Date.now(), Date.parse(`${round.due_date}T23:59:59Z`)) + GRACE_DAYS * DAY);
		for (const request of pending) {
			const token = newToken();
			await updateAudited(
				trx,
				actor,
				partnershipId,
				'checkin_request',
				request.id,
				{
					token_hash: hashToken(token),
					reminded_at: new Date(),
					reminder_count: request.reminder_count + 1,
					expires_at: expires
				},
				'checkin_request.remind'
			);
			await sendLink(trx, ctx, partnershipId, {
				template: 'plans.checkin_reminder',
				to: request.email,
				lang: request.preferred_language,
				slug: partnership.slug,
				token,
				partnership: { fr: partnership.name_fr, en: partnership.name_en },
				plan: {
					fr: pick({ fr: plan.title_fr, en: plan.title_en }, 'fr').text,
					en: pick({ fr: plan.title_fr, en: plan.title_en }, 'en').text
				},
				due: round.due_date,
				count: await ownedCount(s, round.plan_id, request.person_id)
			});
		}
		return ok({ reminded: pending.length });
	});
}

export async function closeCheckinRound(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	roundId: string
) {
	if (!isUuid(roundId)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const row = await updateAudited(
			trx,
			actor,
			partnershipId,
			'checkin_round',
			roundId,
			{ status: 'closed', closed_at: new Date() },
			'checkin_round.close'
		);
		return row ? ok({ id: roundId }) : failure('common.error_not_found');
	});
}

/** The job: reminders for one round (skipped quietly when the round was closed meanwhile). */
export function registerPlansJobs(jobs: JobRunner, ctx: Pick<AppContext, 'db' | 'config'>): void {
	jobs.register(reminderJobKind, async (payload) => {
		const partnershipId = String(payload.partnershipId ?? '');
		const roundId = String(payload.roundId ?? '');
		if (!isUuid(partnershipId) || !isUuid(roundId)) return;
		await remindCheckinRound(ctx, { ...systemActor, label: 'system: check-in reminders' }, partnershipId, roundId);
	});
}

export async function listRounds(db: Db, partnershipId: string, planId: string) {
	const s = scoped(db, partnershipId);
	const rounds = await s
		.selectFrom('checkin_round')
		.selectAll()
		.where('plan_id', '=', planId)
		.orderBy('opened_at', 'desc')
		.execute();
	const requests = rounds.length
		? await s
				.selectFrom('checkin_request')
				.innerJoin('person', 'person.id', 'checkin_request.person_id')
				.select([
					'checkin_request.id',
					'checkin_request.round_id',
					'checkin_request.sent_at',
					'checkin_request.reminded_at',
					'checkin_request.reminder_count',
					'checkin_request.opened_at',
					'checkin_request.completed_at',
					'person.given_name',
					'person.family_name',
					'person.email'
				])
				.where(
					'checkin_request.round_id',
					'in',
					rounds.map((r) => r.id)
				)
				.orderBy('person.family_name')
				.execute()
		: [];
	return rounds.map((r) => ({ ...r, requests: requests.filter((q) => q.round_id === r.id) }));
}

// --- the public check-in page ----------------------------------------------------------------

export async function findCheckin(db: Db, slug: string, token: string) {
	if (!token || token.length > 100) return undefined;
	const request = await db
		.selectFrom('checkin_request')
		.innerJoin('partnership', 'partnership.id', 'checkin_request.partnership_id')
		.innerJoin('checkin_round', 'checkin_round.id', 'checkin_request.round_id')
		.select([
			'checkin_request.id',
			'checkin_request.partnership_id',
			'checkin_request.person_id',
			'checkin_request.expires_at',
			'checkin_request.opened_at',
			'checkin_request.completed_at',
			'checkin_round.id as round_id',
			'checkin_round.plan_id',
			'checkin_round.due_date',
			'checkin_round.status as round_status',
			'checkin_round.message_fr',
			'checkin_round.message_en',
			'partnership.slug',
			'partnership.name_fr as partnership_name_fr',
			'partnership.name_en as partnership_name_en'
		])
		.where('checkin_request.token_hash', '=', hashToken(token))
		.executeTakeFirst();
	if (!request || request.slug !== slug) return undefined;
	return request;
}

export type CheckinLookup = NonNullable<Awaited<ReturnType<typeof findCheckin>>>;

/** What the person behind a link may update: their open actions and the indicators linked to them. */
export async function checkinItems(db: Db, request: CheckinLookup) {
	const s = scoped(db, request.partnership_id);
	const person = await s
		.selectFrom('person')
		.select(['given_name', 'family_name', 'preferred_language'])
		.where('id', '=', request.person_id)
		.executeTakeFirstOrThrow();
	const plan = await s
		.selectFrom('action_plan')
		.select(['id', 'title_fr', 'title_en'])
		.where('id', '=', request.plan_id)
		.executeTakeFirstOrThrow();
	const actions = await s
		.selectFrom('plan_action')
		.innerJoin('action_responsible', 'action_responsible.action_id', 'plan_action.id')
		.select([
			'plan_action.id',
			'plan_action.description_fr',
			'plan_action.description_en',
			'plan_action.timeline_text',
			'plan_action.end_date',
			'plan_action.status',
			'plan_action.progress'
		])
		.where('plan_action.plan_id', '=', request.plan_id)
		.where('action_responsible.person_id', '=', request.person_id)
		.where('plan_action.status', '!=', 'cancelled')
		.distinct()
		.orderBy('plan_action.end_date')
		.execute();
	const ids = actions.map((a) => a.id);
	const indicators = ids.length
		? await s
				.selectFrom('indicator')
				.innerJoin('indicator_link', 'indicator_link.indicator_id', 'indicator.id')
				.select([
					'indicator.id',
					'indicator.name_fr',
					'indicator.name_en',
					'indicator.unit',
					'indicator.kind',
					'indicator_link.action_id'
				])
				.where('indicator_link.action_id', 'in', ids)
				.execute()
		: [];
	return {
		person,
		plan,
		actions: actions.map((a) => ({ ...a, indicators: indicators.filter((i) => i.action_id === a.id) })),
		expired: new Date(request.expires_at).getTime() < Date.now() || request.round_status !== 'open'
	};
}

/** Records that the link was opened (the first time). */
export async function markCheckinOpened(db: Kysely<DB>, request: CheckinLookup) {
	if (request.opened_at) return;
	await scoped(db, request.partnership_id)
		.updateTable('checkin_request')
		.set({ opened_at: new Date() })
		.where('id', '=', request.id)
		.execute();
}

const statusField = z.enum(actionStatuses as unknown as [ActionStatus, ...ActionStatus[]], {
	error: 'validation.invalid_choice'
});
const progressField = z.coerce
	.number({ error: 'validation.invalid_number' })
	.int({ error: 'validation.invalid_number' })
	.min(0, { error: 'plans.error_progress' })
	.max(100, { error: 'plans.error_progress' });
const numberOrEmpty = z.union([
	z.literal('').transform(() => null),
	z.coerce.number({ error: 'validation.invalid_number' })
]);

/**
 * The answers from a check-in page: `status.<actionId>`, `progress.<actionId>`, `comment.<actionId>`,
 * `value.<actionId>.<indicatorId>` and `text.<actionId>.<indicatorId>`. Fields naming an action or
 * an indicator the person does not own are refused. Everything or nothing is saved.
 */
export async function submitCheckin(
	ctx: Pick<AppContext, 'db'>,
	slug: string,
	token: string,
	form: Record<string, string>
): Promise<Result<{ updated: number; measurements: number }>> {
	const request = await findCheckin(ctx.db, slug, token);
	if (!request) return failure('plans.error_checkin_link');
	const items = await checkinItems(ctx.db, request);
	if (items.expired) return failure('plans.error_checkin_expired');
	const owned = new Map(items.actions.map((a) => [a.id, a]));
	const fieldErrors: Record<string, string[]> = {};
	for (const key of Object.keys(form)) {
		const m = /^(status|progress|comment|value|text)\.([0-9a-f-]{36})(?:\.([0-9a-f-]{36}))?$/.exec(key);
		if (!m) continue;
		const action = owned.get(m[2]);
		if (!action || (m[3] && !action.indicators.some((i) => i.id === m[3]))) return failure('plans.error_not_yours');
	}
	const today = new Date().toISOString().slice(0, 10);
	const changes: { action: (typeof items.actions)[number]; status: ActionStatus; progress: number; comment: string }[] =
		[];
	const values: { indicatorId: string; actionId: string; value: number | null; text: string }[] = [];
	for (const action of items.actions) {
		const status = statusField.safeParse(form[`status.${action.id}`] ?? action.status);
		const progress = progressField.safeParse(form[`progress.${action.id}`] ?? action.progress);
		if (!status.success) fieldErrors[`status.${action.id}`] = ['validation.invalid_choice'];
		if (!progress.success)
			fieldErrors[`progress.${action.id}`] = [progress.error.issues[0]?.message ?? 'validation.invalid_number'];
		const comment = (form[`comment.${action.id}`] ?? '').trim();
		if (comment.length > 5000) fieldErrors[`comment.${action.id}`] = ['validation.too_long'];
		if (status.success && progress.success)
			changes.push({ action, status: status.data, progress: progress.data, comment: comment.slice(0, 5000) });
		for (const indicator of action.indicators) {
			const rawValue = (form[`value.${action.id}.${indicator.id}`] ?? '').trim();
			const text = (form[`text.${action.id}.${indicator.id}`] ?? '').trim();
			const value = numberOrEmpty.safeParse(rawValue);
			if (!value.success) {
				fieldErrors[`value.${action.id}.${indicator.id}`] = ['validation.invalid_number'];
				continue;
			}
			if (indicator.kind === 'percentage' && value.data !== null && (value.data < 0 || value.data > 100)) {
				fieldErrors[`value.${action.id}.${indicator.id}`] = ['plans.error_percentage'];
				continue;
			}
			if (value.data !== null || text)
				values.push({ indicatorId: indicator.id, actionId: action.id, value: value.data, text: text.slice(0, 2000) });
		}
	}
	if (Object.keys(fieldErrors).length) return failure('common.error_form', fieldErrors);
	const personName = `${items.person.given_name} ${items.person.family_name}`.trim();
	const actor: Actor = { userId: null, label: `check-in: ${personName}` };
	return ctx.db.transaction().execute(async (trx) => {
		let updated = 0;
		for (const c of changes) {
			const current = await scoped(trx, request.partnership_id)
				.selectFrom('plan_action')
				.select(['id', 'status', 'progress'])
				.where('id', '=', c.action.id)
				.forUpdate()
				.executeTakeFirstOrThrow();
			if (
				await recordProgress(trx, actor, request.partnership_id, current, c, {
					via: 'checkin',
					personId: request.person_id,
					checkinRequestId: request.id
				})
			)
				updated += 1;
		}
		for (const v of values) {
			const kind = items.actions.find((a) => a.id === v.actionId)?.indicators.find((i) => i.id === v.indicatorId)?.kind;
			if (kind !== 'qualitative' && v.value === null) continue;
			const saved = await submitMeasurementIn(
				trx,
				actor,
				request.partnership_id,
				v.indicatorId,
				{
					value: v.value,
					valueText: v.text,
					measuredOn: today,
					narrativeFr: '',
					narrativeEn: '',
					evidenceFileId: null
				},
				{ personId: request.person_id, checkinRequestId: request.id }
			);
			if (!saved.ok) throw new Error(saved.code);
		}
		await updateAudited(
			trx,
			actor,
			request.partnership_id,
			'checkin_request',
			request.id,
			{ completed_at: new Date() },
			'checkin_request.complete'
		);
		return ok({ updated, measurements: values.length });
	});
}
