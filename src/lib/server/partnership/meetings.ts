import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import { pick, type Locale } from '../../i18n/locales.ts';
import type { Actor } from '../accounts/types.ts';
import { recordAudit } from '../audit/index.ts';
import type { AppContext } from '../context.ts';
import type { DB, MeetingStatus } from '../db/schema.ts';
import { t as translatorFor } from '../i18n.ts';
import { queueMail } from '../mail/index.ts';
import { failure, ok, zodFailure, type Input, type Result } from '../result.ts';
import { deleteAudited, insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped, type Scoped } from '../tenancy/scoped.ts';

/**
 * Meetings of the council and its tables: notices, agendas, minutes, decisions, attendance and
 * follow-up items, with calendar feeds (iCalendar) and a Word copy of the minutes. Times are
 * entered and shown in the partnership's time zone (America/Toronto) and stored as timestamptz.
 */

export const meetingTimeZone = 'America/Toronto';
export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export const followUpStatuses = ['open', 'done', 'cancelled'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export type FollowUpStatus = (typeof followUpStatuses)[number];

type Db = Kysely<DB> | Transaction<DB>;
type Ctx = Pick<AppContext, 'db'>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidPattern.test(value);
const tokenPattern = /^[A-Za-z0-9_-]{16,128}$/;

// --- Time zone -------------------------------------------------------------------------------

const zoneParts = new Intl.DateTimeFormat('en-CA', {
	timeZone: meetingTimeZone,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

function partsOf(date: Date) {
	const p = Object.fromEntries(zoneParts.formatToParts(date).map((part) => [part.type, part.value]));
	return {
		year: p.year,
		month: p.month,
		day: p.day,
		hour: String(Number(p.hour) % 24).padStart(2, '0'),
		minute: p.minute,
		second: p.second
	};
}

/** How far Toronto's wall clock is ahead of UTC at that instant (negative: behind), in ms. */
function zoneOffset(instant: number): number {
	const p = partsOf(new Date(instant));
	const wall = Date.UTC(
		Number(p.year),
		Number(p.month) - 1,
		Number(p.day),
		Number(p.hour),
		Number(p.minute),
		Number(p.second)
	);
	return wall - Math.floor(instant / 1000) * 1000;
}

/** A `datetime-local` value ('2026-05-14T13:00') read as Toronto time. Null when malformed. */
export function torontoLocalToDate(value: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
	if (!m) return null;
	const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
	const wall = Date.UTC(year, month - 1, day, hour, minute, second);
	const check = new Date(wall);
	if (
		check.getUTCFullYear() !== year ||
		check.getUTCMonth() !== month - 1 ||
		check.getUTCDate() !== day ||
		hour > 23 ||
		minute > 59 ||
		second > 59
	) {
		return null;
	}
	// Two passes settle the offset on either side of a daylight-saving change.
	let instant = wall - zoneOffset(wall);
	instant = wall - zoneOffset(instant);
	return new Date(instant);
}

/** The `datetime-local` value of an instant, in Toronto time (for edit forms). */
export function dateToTorontoLocal(value: Date | string): string {
	const p = partsOf(new Date(value));
	return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The calendar day of an instant in Toronto, 'YYYY-MM-DD'. */
export function torontoDay(value: Date | string = new Date()): string {
	const p = partsOf(new Date(value));
	return `${p.year}-${p.month}-${p.day}`;
}

/** "jeudi 14 mai 2026, de 13 h 00 à 15 h 00" / "Thursday, May 14, 2026, 1:00 p.m. to 3:00 p.m." */
export function formatWhen(starts: Date | string, ends: Date | string, lang: Locale): string {
	const tr = translatorFor(lang);
	const day = new Intl.DateTimeFormat(`${lang}-CA`, { dateStyle: 'full', timeZone: meetingTimeZone });
	const time = new Intl.DateTimeFormat(`${lang}-CA`, { timeStyle: 'short', timeZone: meetingTimeZone });
	const s = new Date(starts);
	const e = new Date(ends);
	if (torontoDay(s) !== torontoDay(e)) {
		return tr('meetings.when_span', {
			start: `${day.format(s)} ${time.format(s)}`,
			end: `${day.format(e)} ${time.format(e)}`
		});
	}
	return tr('meetings.when', { date: day.format(s), start: time.format(s), end: time.format(e) });
}

/** French puts a space before the colon. */
const colon = (lang: Locale) => (lang === 'fr' ? '\u00a0: ' : ': ');

function formatDay(value: string, lang: Locale): string {
	return new Intl.DateTimeFormat(`${lang}-CA`, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${value}T00:00:00Z`)
	);
}

// --- Schemas -----------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().max(max, { error: 'validation.too_long' }).default('');
const uuid = z
	.string({ error: 'validation.invalid_choice' })
	.regex(uuidPattern, { error: 'validation.invalid_choice' });
const optionalUuid = z.union([z.literal('').transform(() => null), uuid, z.null()]).default(null);
const dateOnly = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid_date' })
	.refine(
		(v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
		{
			error: 'validation.invalid_date'
		}
	);
const optionalDate = z.union([z.literal('').transform(() => null), dateOnly, z.null()]).default(null);
const localDateTime = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.refine((v) => torontoLocalToDate(v) !== null, { error: 'meetings.error_datetime' })
	.transform((v) => torontoLocalToDate(v)!);
const httpsUrl = z
	.string()
	.trim()
	.max(1000, { error: 'validation.too_long' })
	.refine(
		(v) => {
			if (!v) return true;
			try {
				const url = new URL(v);
				return url.protocol === 'https:' && Boolean(url.hostname) && !url.username && !url.password;
			} catch {
				return false;
			}
		},
		{ error: 'meetings.error_https_only' }
	)
	.default('');

export const meetingInput = z
	.object({
		tableId: uuid,
		titleFr: text(300),
		titleEn: text(300),
		startsAt: localDateTime,
		endsAt: localDateTime,
		location: text(500),
		onlineUrl: httpsUrl,
		agendaFr: text(20000),
		agendaEn: text(20000),
		status: z.enum(meetingStatuses, { error: 'validation.invalid_choice' }).default('scheduled')
	})
	.refine((v) => Boolean(v.titleFr || v.titleEn), { path: ['titleFr'], error: 'meetings.error_title_required' })
	.refine(
		(v) => !(v.startsAt instanceof Date && v.endsAt instanceof Date) || v.endsAt.getTime() >= v.startsAt.getTime(),
		{
			path: ['endsAt'],
			error: 'meetings.error_end_before_start'
		}
	)
	.refine(
		(v) =>
			!(v.startsAt instanceof Date && v.endsAt instanceof Date) ||
			v.endsAt.getTime() - v.startsAt.getTime() <= 7 * 24 * 3600_000,
		{
			path: ['endsAt'],
			error: 'meetings.error_too_long'
		}
	)
	// The title column needs both languages: one given stands in for the other.
	.transform((v) => ({ ...v, titleFr: v.titleFr || v.titleEn, titleEn: v.titleEn || v.titleFr }));
export type MeetingInput = z.input<typeof meetingInput>;

const decision = z.object({ fr: text(5000), en: text(5000) });
export const minutesInput = z.object({
	minutesFr: text(100000),
	minutesEn: text(100000),
	decisions: z.array(decision).max(200, { error: 'validation.too_long' }).default([]),
	attendance: z.record(z.string(), z.enum(attendanceStatuses, { error: 'validation.invalid_choice' })).default({})
});
export type MinutesInput = z.input<typeof minutesInput>;

export const followUpInput = z
	.object({
		meetingId: optionalUuid,
		tableId: optionalUuid,
		descriptionFr: text(2000),
		descriptionEn: text(2000),
		assigneePersonId: optionalUuid,
		dueDate: optionalDate,
		status: z.enum(followUpStatuses, { error: 'validation.invalid_choice' }).default('open')
	})
	.refine((v) => Boolean(v.descriptionFr || v.descriptionEn), {
		path: ['descriptionFr'],
		error: 'meetings.error_description_required'
	})
	.refine((v) => Boolean(v.meetingId || v.tableId), { path: ['tableId'], error: 'validation.required' });
export type FollowUpInput = z.input<typeof followUpInput>;

/** A change to a follow-up item: only the fields given are touched. */
export const followUpPatch = z.object({
	descriptionFr: z.string().trim().max(2000, { error: 'validation.too_long' }).optional(),
	descriptionEn: z.string().trim().max(2000, { error: 'validation.too_long' }).optional(),
	assigneePersonId: z.union([z.literal('').transform(() => null), uuid, z.null()]).optional(),
	dueDate: z.union([z.literal('').transform(() => null), dateOnly, z.null()]).optional(),
	status: z.enum(followUpStatuses, { error: 'validation.invalid_choice' }).optional()
});
export type FollowUpPatch = z.input<typeof followUpPatch>;

/**
 * Decisions typed one per line in each language, paired by line: line 3 in French goes with
 * line 3 in English. Blank lines are skipped.
 */
export function decisionsFromLines(fr: string | undefined, en: string | undefined): { fr: string; en: string }[] {
	const lines = (value: string | undefined) =>
		(value ?? '')
			.split(/\r?\n/)
			.map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
			.filter(Boolean);
	const a = lines(fr);
	const b = lines(en);
	return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({ fr: a[i] ?? '', en: b[i] ?? '' }));
}

// --- Meetings ------------------------------------------------------------------------------------

/** Creates (id null) or updates a meeting of one of the partnership's tables. */
export async function saveMeeting(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: Input<typeof meetingInput>
): Promise<Result<{ id: string }>> {
	const parsed = meetingInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	if (id !== null && !isUuid(id)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const table = await s.selectFrom('governance_table').select('id').where('id', '=', v.tableId).executeTakeFirst();
		if (!table) return failure('common.error_form', { tableId: ['validation.invalid_choice'] });
		const row = {
			table_id: v.tableId,
			title_fr: v.titleFr,
			title_en: v.titleEn,
			starts_at: v.startsAt,
			ends_at: v.endsAt,
			location: v.location,
			online_url: v.onlineUrl,
			agenda_fr: v.agendaFr,
			agenda_en: v.agendaEn,
			status: v.status as MeetingStatus
		};
		if (!id) {
			const created = await insertAudited(trx, actor, partnershipId, 'meeting', row);
			return ok({ id: created.id });
		}
		const updated = await updateAudited(trx, actor, partnershipId, 'meeting', id, row);
		if (!updated) return failure('common.error_not_found');
		// Open follow-ups move with the meeting if it moves to another table.
		await s.updateTable('follow_up_item').set({ table_id: v.tableId }).where('meeting_id', '=', id).execute();
		return ok({ id });
	});
}

/** The people whose attendance is taken: the table's current person seats, and anyone already recorded. */
async function attendanceRoster(s: Scoped, meeting: { id: string; table_id: string }) {
	const seated = await s
		.selectFrom('table_membership')
		.innerJoin('person', 'person.id', 'table_membership.person_id')
		.leftJoin('organization', 'organization.id', 'person.organization_id')
		.select([
			'person.id as person_id',
			'person.given_name',
			'person.family_name',
			'table_membership.role',
			'organization.name_fr as organization_name_fr',
			'organization.name_en as organization_name_en'
		])
		.where('table_membership.table_id', '=', meeting.table_id)
		.where('table_membership.end_date', 'is', null)
		.execute();
	const recorded = await s
		.selectFrom('meeting_attendance')
		.innerJoin('person', 'person.id', 'meeting_attendance.person_id')
		.leftJoin('organization', 'organization.id', 'person.organization_id')
		.select([
			'person.id as person_id',
			'person.given_name',
			'person.family_name',
			'meeting_attendance.status',
			'organization.name_fr as organization_name_fr',
			'organization.name_en as organization_name_en'
		])
		.where('meeting_attendance.meeting_id', '=', meeting.id)
		.execute();
	const byPerson = new Map<
		string,
		{
			person_id: string;
			given_name: string;
			family_name: string;
			organization_name_fr: string | null;
			organization_name_en: string | null;
			role: string | null;
			status: AttendanceStatus | null;
		}
	>();
	for (const p of seated) byPerson.set(p.person_id, { ...p, status: null });
	for (const p of recorded) {
		const seat = byPerson.get(p.person_id);
		byPerson.set(p.person_id, { ...p, role: seat?.role ?? null, status: p.status });
	}
	return [...byPerson.values()].sort((a, b) =>
		`${a.family_name} ${a.given_name}`.localeCompare(`${b.family_name} ${b.given_name}`, 'fr-CA', {
			sensitivity: 'base'
		})
	);
}

/**
 * Records what happened: the minutes in both languages, the decisions (replacing the list), the
 * attendance of each person on the roster, and the meeting becomes "held".
 */
export async function recordMinutes(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	meetingId: string,
	raw: Input<typeof minutesInput>
): Promise<Result<{ id: string }>> {
	const parsed = minutesInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	if (!isUuid(meetingId)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const meeting = await s
			.selectFrom('meeting')
			.select(['id', 'table_id', 'status'])
			.where('id', '=', meetingId)
			.executeTakeFirst();
		if (!meeting) return failure('common.error_not_found');
		if (meeting.status === 'cancelled') return failure('meetings.error_cancelled');
		const roster = new Set((await attendanceRoster(s, meeting)).map((p) => p.person_id));
		const unknown = Object.keys(v.attendance).filter((personId) => !roster.has(personId));
		if (unknown.length) return failure('common.error_form', { attendance: ['validation.invalid_choice'] });

		await updateAudited(
			trx,
			actor,
			partnershipId,
			'meeting',
			meetingId,
			{ minutes_fr: v.minutesFr, minutes_en: v.minutesEn, status: 'held' },
			'meeting.record_minutes'
		);

		const oldDecisions = await s
			.selectFrom('meeting_decision')
			.select('id')
			.where('meeting_id', '=', meetingId)
			.execute();
		for (const d of oldDecisions) await deleteAudited(trx, actor, partnershipId, 'meeting_decision', d.id);
		let position = 0;
		for (const d of v.decisions) {
			if (!d.fr && !d.en) continue;
			await insertAudited(trx, actor, partnershipId, 'meeting_decision', {
				meeting_id: meetingId,
				text_fr: d.fr,
				text_en: d.en,
				position: position++
			});
		}

		// Attendance rows have no id of their own: one audit event for the whole list.
		const before = await s
			.selectFrom('meeting_attendance')
			.select(['person_id', 'status'])
			.where('meeting_id', '=', meetingId)
			.execute();
		await s.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute();
		const after = Object.entries(v.attendance).map(([person_id, status]) => ({ person_id, status }));
		if (after.length) {
			await s
				.insertInto(
					'meeting_attendance',
					after.map((a) => ({ meeting_id: meetingId, person_id: a.person_id, status: a.status }))
				)
				.execute();
		}
		await recordAudit(trx, actor, {
			partnershipId,
			action: 'meeting.attendance',
			entityType: 'meeting',
			entityId: meetingId,
			before,
			after
		});
		return ok({ id: meetingId });
	});
}

const meetingColumns = [
	'meeting.id',
	'meeting.table_id',
	'meeting.title_fr',
	'meeting.title_en',
	'meeting.starts_at',
	'meeting.ends_at',
	'meeting.location',
	'meeting.online_url',
	'meeting.status',
	'meeting.notice_sent_at',
	'meeting.updated_at',
	'governance_table.name_fr as table_name_fr',
	'governance_table.name_en as table_name_en'
] as const;

/** Meetings of one table or of all, upcoming (soonest first) or past (latest first). */
export async function listMeetings(
	ctx: Ctx,
	partnershipId: string,
	filter: { tableId?: string | null; when?: 'upcoming' | 'past' | 'all'; limit?: number } = {}
) {
	const now = new Date();
	let q = scoped(ctx.db, partnershipId)
		.selectFrom('meeting')
		.innerJoin('governance_table', 'governance_table.id', 'meeting.table_id')
		.select([...meetingColumns]);
	if (filter.tableId) {
		if (!isUuid(filter.tableId)) return [];
		q = q.where('meeting.table_id', '=', filter.tableId);
	}
	if (filter.when === 'upcoming') q = q.where('meeting.ends_at', '>=', now).orderBy('meeting.starts_at', 'asc');
	else if (filter.when === 'past') q = q.where('meeting.ends_at', '<', now).orderBy('meeting.starts_at', 'desc');
	else q = q.orderBy('meeting.starts_at', 'desc');
	return q.limit(filter.limit ?? 200).execute();
}

export type MeetingDetails = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** One meeting with its table, decisions, attendance roster and follow-up items. */
export async function getMeeting(ctx: Ctx, partnershipId: string, id: string) {
	if (!isUuid(id)) return undefined;
	const s = scoped(ctx.db, partnershipId);
	const meeting = await s
		.selectFrom('meeting')
		.innerJoin('governance_table', 'governance_table.id', 'meeting.table_id')
		.select([
			...meetingColumns,
			'meeting.agenda_fr',
			'meeting.agenda_en',
			'meeting.minutes_fr',
			'meeting.minutes_en',
			'meeting.created_at',
			'governance_table.calendar_token as table_calendar_token'
		])
		.where('meeting.id', '=', id)
		.executeTakeFirst();
	if (!meeting) return undefined;
	const [decisions, attendance, followUps] = await Promise.all([
		s
			.selectFrom('meeting_decision')
			.select(['id', 'text_fr', 'text_en', 'position'])
			.where('meeting_id', '=', id)
			.orderBy('position')
			.execute(),
		attendanceRoster(s, meeting),
		listFollowUps(ctx, partnershipId, { meetingId: id, status: 'all' })
	]);
	return { ...meeting, decisions, attendance, followUps };
}

// --- Follow-up items -------------------------------------------------------------------------

async function checkAssignee(s: Scoped, personId: string | null | undefined): Promise<boolean> {
	if (!personId) return true;
	return Boolean(await s.selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst());
}

/** A follow-up item from a meeting (or for a table), optionally assigned to a person with a due date. */
export async function addFollowUpItem(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	raw: Input<typeof followUpInput>
): Promise<Result<{ id: string }>> {
	const parsed = followUpInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		let tableId = v.tableId;
		if (v.meetingId) {
			const meeting = await s.selectFrom('meeting').select('table_id').where('id', '=', v.meetingId).executeTakeFirst();
			if (!meeting) return failure('common.error_not_found');
			tableId = meeting.table_id;
		} else if (!(await s.selectFrom('governance_table').select('id').where('id', '=', tableId!).executeTakeFirst())) {
			return failure('common.error_form', { tableId: ['validation.invalid_choice'] });
		}
		if (!(await checkAssignee(s, v.assigneePersonId)))
			return failure('common.error_form', { assigneePersonId: ['validation.invalid_choice'] });
		const created = await insertAudited(trx, actor, partnershipId, 'follow_up_item', {
			meeting_id: v.meetingId,
			table_id: tableId!,
			description_fr: v.descriptionFr,
			description_en: v.descriptionEn,
			assignee_person_id: v.assigneePersonId,
			due_date: v.dueDate,
			status: v.status,
			completed_at: v.status === 'done' ? new Date() : null
		});
		return ok({ id: created.id });
	});
}

/** Changes a follow-up item; marking it done stamps completed_at, reopening clears it. */
export async function updateFollowUpItem(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	id: string,
	raw: Input<typeof followUpPatch>
): Promise<Result<{ id: string; meetingId: string | null }>> {
	const parsed = followUpPatch.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	if (!isUuid(id)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const item = await s.selectFrom('follow_up_item').selectAll().where('id', '=', id).executeTakeFirst();
		if (!item) return failure('common.error_not_found');
		const fr = v.descriptionFr ?? item.description_fr;
		const en = v.descriptionEn ?? item.description_en;
		if (!fr && !en) return failure('common.error_form', { descriptionFr: ['meetings.error_description_required'] });
		if (!(await checkAssignee(s, v.assigneePersonId)))
			return failure('common.error_form', { assigneePersonId: ['validation.invalid_choice'] });
		const status = v.status ?? item.status;
		const completedAt =
			status === 'done' ? (item.status === 'done' && item.completed_at ? item.completed_at : new Date()) : null;
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'follow_up_item',
			id,
			{
				description_fr: fr,
				description_en: en,
				...(v.assigneePersonId !== undefined ? { assignee_person_id: v.assigneePersonId } : {}),
				...(v.dueDate !== undefined ? { due_date: v.dueDate } : {}),
				status,
				completed_at: completedAt
			},
			v.status && v.status !== item.status
				? `follow_up_item.${v.status === 'done' ? 'complete' : v.status === 'open' ? 'reopen' : 'cancel'}`
				: 'follow_up_item.update'
		);
		return ok({ id, meetingId: item.meeting_id });
	});
}

/**
 * Follow-up items, open ones by default: overdue first, then by due date (undated last). Filter by
 * table, by assignee, or by meeting.
 */
export async function listFollowUps(
	ctx: Ctx,
	partnershipId: string,
	filter: {
		tableId?: string | null;
		assigneePersonId?: string | null;
		meetingId?: string | null;
		status?: FollowUpStatus | 'all';
	} = {}
) {
	const today = torontoDay();
	let q = scoped(ctx.db, partnershipId)
		.selectFrom('follow_up_item')
		.innerJoin('governance_table', 'governance_table.id', 'follow_up_item.table_id')
		.leftJoin('person', 'person.id', 'follow_up_item.assignee_person_id')
		.leftJoin('meeting', 'meeting.id', 'follow_up_item.meeting_id')
		.select([
			'follow_up_item.id',
			'follow_up_item.meeting_id',
			'follow_up_item.table_id',
			'follow_up_item.description_fr',
			'follow_up_item.description_en',
			'follow_up_item.assignee_person_id',
			'follow_up_item.due_date',
			'follow_up_item.status',
			'follow_up_item.completed_at',
			'follow_up_item.created_at',
			'governance_table.name_fr as table_name_fr',
			'governance_table.name_en as table_name_en',
			'person.given_name as assignee_given_name',
			'person.family_name as assignee_family_name',
			'meeting.title_fr as meeting_title_fr',
			'meeting.title_en as meeting_title_en',
			'meeting.starts_at as meeting_starts_at'
		])
		.orderBy(sql`case when follow_up_item.status = 'open' and follow_up_item.due_date < ${today} then 0 else 1 end`)
		.orderBy('follow_up_item.due_date', (ob) => ob.asc().nullsLast())
		.orderBy('follow_up_item.created_at');
	for (const [column, value] of [
		['follow_up_item.table_id', filter.tableId],
		['follow_up_item.assignee_person_id', filter.assigneePersonId],
		['follow_up_item.meeting_id', filter.meetingId]
	] as const) {
		if (value === undefined || value === null || value === '') continue;
		if (!isUuid(value)) return [];
		q = q.where(column, '=', value);
	}
	const status = filter.status ?? 'open';
	if (status !== 'all') q = q.where('follow_up_item.status', '=', status);
	const rows = await q.execute();
	return rows.map((r) => ({ ...r, overdue: r.status === 'open' && r.due_date !== null && r.due_date < today }));
}

/** The person record of a signed-in user in this partnership, if any. */
export async function personOfUser(ctx: Ctx, partnershipId: string, userId: string) {
	if (!isUuid(userId)) return undefined;
	return scoped(ctx.db, partnershipId)
		.selectFrom('person')
		.select(['id', 'given_name', 'family_name', 'calendar_token'])
		.where('user_id', '=', userId)
		.executeTakeFirst();
}

/** People a follow-up may be assigned to: the partnership's active people. */
export async function assignablePeople(ctx: Ctx, partnershipId: string) {
	return scoped(ctx.db, partnershipId)
		.selectFrom('person')
		.select(['id', 'given_name', 'family_name'])
		.where('status', '=', 'active')
		.orderBy(sql`lower(family_name)`)
		.orderBy(sql`lower(given_name)`)
		.execute();
}

// --- Notices ------------------------------------------------------------------------------------

function noticeRecipientsQuery(s: Scoped, tableId: string) {
	return s
		.selectFrom('table_membership')
		.innerJoin('person', 'person.id', 'table_membership.person_id')
		.select(['person.id', 'person.email', 'person.preferred_language', 'person.calendar_token'])
		.distinct()
		.where('table_membership.table_id', '=', tableId)
		.where('table_membership.end_date', 'is', null)
		.where('person.status', '=', 'active')
		.where('person.email', '!=', '');
}

/** How many people a notice would reach: current person seats at the table with an e-mail address. */
export async function noticeRecipientCount(ctx: Ctx, partnershipId: string, meetingId: string): Promise<number> {
	if (!isUuid(meetingId)) return 0;
	const s = scoped(ctx.db, partnershipId);
	const meeting = await s.selectFrom('meeting').select('table_id').where('id', '=', meetingId).executeTakeFirst();
	if (!meeting) return 0;
	return (await noticeRecipientsQuery(s, meeting.table_id).execute()).length;
}

function excerpt(value: string, max = 600): string {
	const clean = value
		.replace(/\r\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return clean.length <= max ? clean : `${clean.slice(0, max).replace(/\s+\S*$/, '')} […]`;
}

/**
 * Queues the notice of a meeting: one e-mail per person currently seated at its table who has an
 * e-mail address, in their language first and the other after. A cancelled meeting is refused.
 */
export async function sendMeetingNotice(
	ctx: Pick<AppContext, 'db' | 'config'>,
	actor: Actor,
	partnershipId: string,
	meetingId: string
): Promise<Result<{ count: number }>> {
	if (!isUuid(meetingId)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const meeting = await s
			.selectFrom('meeting')
			.innerJoin('governance_table', 'governance_table.id', 'meeting.table_id')
			.select([
				...meetingColumns,
				'meeting.agenda_fr',
				'meeting.agenda_en',
				'governance_table.calendar_token as table_calendar_token'
			])
			.where('meeting.id', '=', meetingId)
			.executeTakeFirst();
		if (!meeting) return failure('common.error_not_found');
		if (meeting.status === 'cancelled') return failure('meetings.error_notice_cancelled');
		const recipients = await noticeRecipientsQuery(s, meeting.table_id).execute();
		if (!recipients.length) return failure('meetings.error_no_recipients');
		const partnership = await trx
			.selectFrom('partnership')
			.select(['slug', 'name_fr', 'name_en'])
			.where('id', '=', partnershipId)
			.executeTakeFirstOrThrow();
		const origin = ctx.config.publicOrigin;
		// Dates in a form both languages read the same way: the two parts share the parameters.
		const starts = new Date(meeting.starts_at);
		const ends = new Date(meeting.ends_at);
		const day = torontoDay(starts);
		const seen = new Set<string>();
		for (const person of recipients) {
			const to = person.email.toLowerCase();
			if (seen.has(to)) continue;
			seen.add(to);
			const lang = person.preferred_language;
			const calendar = person.calendar_token
				? `${origin}/cal/person/${person.calendar_token}?lang=${lang}`
				: `${origin}/cal/table/${meeting.table_calendar_token}?lang=${lang}`;
			// Each language part gets its own names and agenda (the e-mail carries both).
			const both = (get: (l: 'fr' | 'en') => string) => ({ fr: get('fr'), en: get('en') });
			await queueMail(trx, {
				to,
				locale: lang,
				partnershipId,
				template: {
					name: 'meetings.notice',
					params: {
						date: torontoDay(ends) === day ? day : `${day} – ${torontoDay(ends)}`,
						start: dateToTorontoLocal(starts).slice(11),
						end: dateToTorontoLocal(ends).slice(11),
						place: meeting.location || '—',
						link: meeting.online_url || '—',
						calendar,
						partnership: { fr: partnership.name_fr, en: partnership.name_en },
						table: both((l) => pick({ fr: meeting.table_name_fr, en: meeting.table_name_en }, l).text),
						title: both((l) => pick({ fr: meeting.title_fr, en: meeting.title_en }, l).text),
						agenda: both(
							(l) =>
								excerpt(pick({ fr: meeting.agenda_fr, en: meeting.agenda_en }, l).text) ||
								translatorFor(l)('meetings.notice_no_agenda')
						)
					},
					action: {
						url: `${origin}/${lang}/${partnership.slug}/app/meetings/${meeting.id}`,
						labelKey: 'meetings.notice.action'
					}
				}
			});
		}
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'meeting',
			meetingId,
			{ notice_sent_at: new Date() },
			'meeting.send_notice'
		);
		return ok({ count: seen.size });
	});
}

// --- Calendars (iCalendar) ----------------------------------------------------------------------

type CalendarMeeting = {
	id: string;
	title_fr: string;
	title_en: string;
	starts_at: Date | string;
	ends_at: Date | string;
	location: string;
	online_url: string;
	agenda_fr: string;
	agenda_en: string;
	status: MeetingStatus;
	updated_at: Date;
	table_name_fr: string;
	table_name_en: string;
};

function calendarMeetings(db: Db, partnershipId: string, tableIds: string[]) {
	if (!tableIds.length) return Promise.resolve([] as CalendarMeeting[]);
	return scoped(db, partnershipId)
		.selectFrom('meeting')
		.innerJoin('governance_table', 'governance_table.id', 'meeting.table_id')
		.select([
			'meeting.id',
			'meeting.title_fr',
			'meeting.title_en',
			'meeting.starts_at',
			'meeting.ends_at',
			'meeting.location',
			'meeting.online_url',
			'meeting.agenda_fr',
			'meeting.agenda_en',
			'meeting.status',
			'meeting.updated_at',
			'governance_table.name_fr as table_name_fr',
			'governance_table.name_en as table_name_en'
		])
		.where('meeting.table_id', 'in', tableIds)
		.orderBy('meeting.starts_at')
		.execute();
}

function newCalendar(name: string, lang: Locale): ICalCalendar {
	return ical({
		name,
		prodId: { company: 'Passerelle', product: 'meetings', language: lang.toUpperCase() },
		ttl: 60 * 60
	});
}

function addMeetingEvent(cal: ICalCalendar, m: CalendarMeeting, lang: Locale, appUrl: string) {
	const tr = translatorFor(lang);
	const title = pick({ fr: m.title_fr, en: m.title_en }, lang).text;
	const agenda = pick({ fr: m.agenda_fr, en: m.agenda_en }, lang).text;
	const description = [
		pick({ fr: m.table_name_fr, en: m.table_name_en }, lang).text,
		m.online_url ? `${tr('meetings.online_link')}${colon(lang)}${m.online_url}` : '',
		agenda ? `${tr('meetings.agenda')}\n${agenda}` : '',
		appUrl
	]
		.filter(Boolean)
		.join('\n\n');
	cal.createEvent({
		id: `meeting-${m.id}@passerelle`,
		start: new Date(m.starts_at),
		end: new Date(m.ends_at),
		summary: m.status === 'cancelled' ? `${tr('meetings.ics_cancelled_prefix')} ${title}` : title,
		description,
		location: m.location || m.online_url || null,
		url: m.online_url || appUrl,
		status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
		lastModified: new Date(m.updated_at)
	});
}

async function slugOf(db: Db, partnershipId: string) {
	return db
		.selectFrom('partnership')
		.select(['slug', 'name_fr', 'name_en', 'status'])
		.where('id', '=', partnershipId)
		.executeTakeFirst();
}

/** The calendar feed of a table, by its secret token: all its meetings, cancelled ones marked so. */
export async function icsForTable(
	ctx: Pick<AppContext, 'db' | 'config'>,
	token: string,
	lang: Locale
): Promise<string | null> {
	if (!tokenPattern.test(token)) return null;
	// The token is the only key here: this lookup is the one place that starts without a partnership.
	const table = await ctx.db
		.selectFrom('governance_table')
		.select(['id', 'partnership_id', 'name_fr', 'name_en'])
		.where('calendar_token', '=', token)
		.executeTakeFirst();
	if (!table) return null;
	const partnership = await slugOf(ctx.db, table.partnership_id);
	if (!partnership || partnership.status !== 'active') return null;
	const cal = newCalendar(
		`${pick({ fr: table.name_fr, en: table.name_en }, lang).text} — ${lang === 'fr' ? partnership.name_fr : partnership.name_en}`,
		lang
	);
	for (const m of await calendarMeetings(ctx.db, table.partnership_id, [table.id])) {
		addMeetingEvent(cal, m, lang, `${ctx.config.publicOrigin}/${lang}/${partnership.slug}/app/meetings/${m.id}`);
	}
	return cal.toString();
}

/**
 * A person's calendar feed, by their secret token: the meetings of the tables where they sit now,
 * and the due dates of their open follow-up items as all-day events.
 */
export async function icsForPerson(
	ctx: Pick<AppContext, 'db' | 'config'>,
	token: string,
	lang: Locale
): Promise<string | null> {
	if (!tokenPattern.test(token)) return null;
	const person = await ctx.db
		.selectFrom('person')
		.select(['id', 'partnership_id', 'given_name', 'family_name'])
		.where('calendar_token', '=', token)
		.executeTakeFirst();
	if (!person) return null;
	const partnership = await slugOf(ctx.db, person.partnership_id);
	if (!partnership || partnership.status !== 'active') return null;
	const s = scoped(ctx.db, person.partnership_id);
	const tr = translatorFor(lang);
	const seats = await s
		.selectFrom('table_membership')
		.select('table_id')
		.distinct()
		.where('person_id', '=', person.id)
		.where('end_date', 'is', null)
		.execute();
	const base = `${ctx.config.publicOrigin}/${lang}/${partnership.slug}/app`;
	const cal = newCalendar(
		tr('meetings.ics_person_calendar', {
			name: `${person.given_name} ${person.family_name}`.trim(),
			partnership: lang === 'fr' ? partnership.name_fr : partnership.name_en
		}),
		lang
	);
	for (const m of await calendarMeetings(
		ctx.db,
		person.partnership_id,
		seats.map((seat) => seat.table_id)
	)) {
		addMeetingEvent(cal, m, lang, `${base}/meetings/${m.id}`);
	}
	const items = await listFollowUps(ctx, person.partnership_id, { assigneePersonId: person.id, status: 'open' });
	for (const item of items) {
		if (!item.due_date) continue;
		const description = pick({ fr: item.description_fr, en: item.description_en }, lang).text;
		cal.createEvent({
			id: `follow-up-${item.id}@passerelle`,
			start: item.due_date,
			allDay: true,
			summary: tr('meetings.ics_follow_up', {
				description: description.length > 120 ? `${description.slice(0, 117)}…` : description
			}),
			description: [
				description,
				pick({ fr: item.table_name_fr, en: item.table_name_en }, lang).text,
				item.meeting_title_fr ? pick({ fr: item.meeting_title_fr, en: item.meeting_title_en ?? '' }, lang).text : '',
				`${base}/follow-ups`
			]
				.filter(Boolean)
				.join('\n\n'),
			url: item.meeting_id ? `${base}/meetings/${item.meeting_id}` : `${base}/follow-ups`
		});
	}
	return cal.toString();
}

/** One meeting as an .ics file, to add it to a calendar by hand. */
export async function icsForMeeting(
	ctx: Pick<AppContext, 'db' | 'config'>,
	partnershipId: string,
	meetingId: string,
	lang: Locale
): Promise<string | null> {
	if (!isUuid(meetingId)) return null;
	const meeting = await getMeeting(ctx, partnershipId, meetingId);
	if (!meeting) return null;
	const partnership = await slugOf(ctx.db, partnershipId);
	const cal = newCalendar(pick({ fr: meeting.title_fr, en: meeting.title_en }, lang).text, lang);
	addMeetingEvent(
		cal,
		meeting,
		lang,
		`${ctx.config.publicOrigin}/${lang}/${partnership?.slug}/app/meetings/${meeting.id}`
	);
	return cal.toString();
}

// --- Minutes as a Word document ------------------------------------------------------------------

function paragraphsOf(value: string): Paragraph[] {
	return value
		.replace(/\r\n/g, '\n')
		.split('\n')
		.map((line) => new Paragraph({ text: line }));
}

function cell(value: string, header = false): TableCell {
	return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: value, bold: header })] })] });
}

/** The minutes of a meeting as a .docx: heading, table, date, place, attendance, agenda, minutes, decisions, follow-ups. */
export async function minutesDocx(meeting: MeetingDetails, lang: Locale, partnershipName = ''): Promise<Buffer> {
	const tr = translatorFor(lang);
	const p = (fr: string | null | undefined, en: string | null | undefined) =>
		pick({ fr: fr ?? '', en: en ?? '' }, lang).text;
	const title = p(meeting.title_fr, meeting.title_en);
	const name = (x: { given_name: string | null; family_name: string | null }) =>
		`${x.given_name ?? ''} ${x.family_name ?? ''}`.trim();
	const children: (Paragraph | Table)[] = [
		new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
		new Paragraph({
			text: tr('meetings.minutes_of', { table: p(meeting.table_name_fr, meeting.table_name_en) }),
			heading: HeadingLevel.HEADING_2
		})
	];
	if (partnershipName) children.push(new Paragraph({ text: partnershipName }));
	const facts: [string, string][] = [
		[tr('meetings.field_when'), formatWhen(meeting.starts_at, meeting.ends_at, lang)],
		[tr('meetings.field_location'), meeting.location || '—'],
		[tr('meetings.online_link'), meeting.online_url || '—'],
		[tr('meetings.field_status'), tr(`meetings.status_${meeting.status}`)]
	];
	for (const [label, value] of facts) {
		children.push(
			new Paragraph({ children: [new TextRun({ text: `${label}${colon(lang)}`, bold: true }), new TextRun(value)] })
		);
	}

	children.push(new Paragraph({ text: tr('meetings.attendance'), heading: HeadingLevel.HEADING_1 }));
	for (const status of attendanceStatuses) {
		const people = meeting.attendance.filter((a) => a.status === status).map(name);
		children.push(
			new Paragraph({
				children: [
					new TextRun({ text: `${tr(`meetings.attendance_${status}`)}${colon(lang)}`, bold: true }),
					new TextRun(people.length ? people.join(', ') : '—')
				]
			})
		);
	}

	children.push(new Paragraph({ text: tr('meetings.agenda'), heading: HeadingLevel.HEADING_1 }));
	const agenda = p(meeting.agenda_fr, meeting.agenda_en);
	children.push(...(agenda ? paragraphsOf(agenda) : [new Paragraph({ text: tr('meetings.agenda_empty') })]));

	children.push(new Paragraph({ text: tr('meetings.minutes'), heading: HeadingLevel.HEADING_1 }));
	const minutes = p(meeting.minutes_fr, meeting.minutes_en);
	children.push(...(minutes ? paragraphsOf(minutes) : [new Paragraph({ text: tr('meetings.minutes_empty') })]));

	children.push(new Paragraph({ text: tr('meetings.decisions'), heading: HeadingLevel.HEADING_1 }));
	if (meeting.decisions.length) {
		meeting.decisions.forEach((d, i) => children.push(new Paragraph({ text: `${i + 1}. ${p(d.text_fr, d.text_en)}` })));
	} else {
		children.push(new Paragraph({ text: tr('meetings.decisions_empty') }));
	}

	children.push(new Paragraph({ text: tr('meetings.follow_ups'), heading: HeadingLevel.HEADING_1 }));
	if (meeting.followUps.length) {
		children.push(
			new Table({
				width: { size: 100, type: WidthType.PERCENTAGE },
				rows: [
					new TableRow({
						tableHeader: true,
						children: [
							cell(tr('meetings.col_description'), true),
							cell(tr('meetings.col_assignee'), true),
							cell(tr('meetings.col_due'), true),
							cell(tr('meetings.col_status'), true)
						]
					}),
					...meeting.followUps.map(
						(f) =>
							new TableRow({
								children: [
									cell(p(f.description_fr, f.description_en)),
									cell(
										f.assignee_person_id ? `${f.assignee_given_name ?? ''} ${f.assignee_family_name ?? ''}`.trim() : '—'
									),
									cell(f.due_date ? formatDay(f.due_date, lang) : '—'),
									cell(tr(`meetings.follow_up_status_${f.status}`))
								]
							})
					)
				]
			})
		);
	} else {
		children.push(new Paragraph({ text: tr('meetings.follow_ups_empty') }));
	}

	const doc = new Document({
		title: `${title} — ${tr('meetings.minutes')}`,
		creator: 'Passerelle',
		description: tr('meetings.minutes_of', { table: p(meeting.table_name_fr, meeting.table_name_en) }),
		styles: { default: { document: { run: { language: { value: `${lang}-CA` } } } } },
		sections: [{ children }]
	});
	return Packer.toBuffer(doc);
}
