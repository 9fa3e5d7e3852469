import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import { systemActor, type Actor } from '../accounts/types.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import {
	addFollowUpItem,
	decisionsFromLines,
	getMeeting,
	icsForPerson,
	icsForTable,
	listFollowUps,
	listMeetings,
	minutesDocx,
	noticeRecipientCount,
	recordMinutes,
	saveMeeting,
	sendMeetingNotice,
	torontoDay,
	torontoLocalToDate,
	updateFollowUpItem
} from './meetings.ts';
import { addMembership, endMembership } from './memberships.ts';
import { savePerson } from './people.ts';
import { saveTable } from './tables.ts';

/** The files of a zip (a .docx is one), read through its central directory. */
function unzip(buffer: Buffer): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	let end = buffer.length - 22;
	while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
	if (end < 0) throw new Error('not a zip');
	const count = buffer.readUInt16LE(end + 10);
	let offset = buffer.readUInt32LE(end + 16);
	for (let i = 0; i < count; i++) {
		if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory');
		const method = buffer.readUInt16LE(offset + 10);
		const size = buffer.readUInt32LE(offset + 20);
		const nameLength = buffer.readUInt16LE(offset + 28);
		const extraLength = buffer.readUInt16LE(offset + 30);
		const commentLength = buffer.readUInt16LE(offset + 32);
		const local = buffer.readUInt32LE(offset + 42);
		const name = buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
		const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
		const data = buffer.subarray(start, start + size);
		files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return files;
}

const future = new Date().getUTCFullYear() + 3;

describe.each(engines)('meetings on %s', (engine) => {
	let t: TestDatabase;
	let pid: string;
	let otherPid: string;
	let tableId: string;
	let otherTableId: string;
	const people: Record<string, string> = {};
	const actor: Actor = { userId: null, label: 'test' };

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		const a = await createPartnership(t.ctx, systemActor, {
			slug: 'pli-reunions',
			nameFr: 'PLI des réunions',
			nameEn: 'Meetings LIP'
		});
		const b = await createPartnership(t.ctx, systemActor, {
			slug: 'other-lip',
			nameFr: 'Autre PLI',
			nameEn: 'Other LIP'
		});
		if (!a.ok || !b.ok) throw new Error('partnerships');
		pid = a.value.id;
		otherPid = b.value.id;
		const table = await saveTable(t.ctx, actor, pid, null, {
			kind: 'council',
			nameFr: 'Conseil central',
			nameEn: 'Central Council'
		});
		const otherTable = await saveTable(t.ctx, actor, otherPid, null, {
			kind: 'council',
			nameFr: 'Autre conseil',
			nameEn: 'Other council'
		});
		if (!table.ok || !otherTable.ok) throw new Error('tables');
		tableId = table.value.id;
		otherTableId = otherTable.value.id;
		const specs = [
			{
				key: 'alice',
				givenName: 'Alice',
				familyName: 'Tremblay',
				email: 'alice@example.ca',
				preferredLanguage: 'fr' as const
			},
			{ key: 'bob', givenName: 'Bob', familyName: 'Smith', email: 'Bob@Example.ca', preferredLanguage: 'en' as const },
			{ key: 'carol', givenName: 'Carol', familyName: 'Nguyen', email: '', preferredLanguage: 'en' as const },
			{
				key: 'dave',
				givenName: 'Dave',
				familyName: 'Leclerc',
				email: 'dave@example.ca',
				preferredLanguage: 'fr' as const
			}
		];
		for (const { key, ...spec } of specs) {
			const person = await savePerson(t.ctx, actor, pid, null, spec);
			if (!person.ok) throw new Error(`person ${key}: ${JSON.stringify(person)}`);
			people[key] = person.value.id;
			const seat = await addMembership(t.ctx, actor, pid, {
				tableId,
				personId: person.value.id,
				role: key === 'alice' ? 'chair' : 'member'
			});
			if (!seat.ok) throw new Error(`seat ${key}`);
			if (key === 'dave') {
				const ended = await endMembership(t.ctx, actor, pid, seat.value.id);
				if (!ended.ok) throw new Error('end seat');
			}
		}
	});
	afterAll(() => t?.close());

	const meeting = (overrides: Record<string, unknown> = {}) => ({
		tableId,
		titleFr: 'Réunion du conseil',
		titleEn: 'Council meeting',
		startsAt: `${future}-07-14T13:00`,
		endsAt: `${future}-07-14T15:00`,
		location: 'Bibliothèque centrale, salle 2',
		onlineUrl: 'https://meet.example.ca/conseil',
		agendaFr: '1. Accueil\n2. Plan d’action',
		agendaEn: '1. Welcome\n2. Action plan',
		...overrides
	});

	it('reads form times as Toronto time, across daylight saving', () => {
		expect(torontoLocalToDate('2026-07-14T13:00')?.toISOString()).toBe('2026-07-14T17:00:00.000Z');
		expect(torontoLocalToDate('2026-01-14T13:00')?.toISOString()).toBe('2026-01-14T18:00:00.000Z');
		expect(torontoLocalToDate('2026-02-30T13:00')).toBeNull();
		expect(torontoDay(new Date('2026-07-15T02:00:00Z'))).toBe('2026-07-14');
		expect(decisionsFromLines('- Adopté\n\n2. Reporté', 'Adopted\nPostponed\nExtra')).toEqual([
			{ fr: 'Adopté', en: 'Adopted' },
			{ fr: 'Reporté', en: 'Postponed' },
			{ fr: '', en: 'Extra' }
		]);
	});

	it('validates meetings with message keys', async () => {
		const bad = await saveMeeting(
			t.ctx,
			actor,
			pid,
			null,
			meeting({ onlineUrl: 'http://insecure.example', endsAt: `${future}-07-14T12:00`, titleFr: '', titleEn: '' })
		);
		expect(bad.ok).toBe(false);
		if (bad.ok) return;
		expect(bad.fieldErrors?.onlineUrl).toEqual(['meetings.error_https_only']);
		const order = await saveMeeting(t.ctx, actor, pid, null, meeting({ endsAt: `${future}-07-14T12:00` }));
		expect(order).toMatchObject({ ok: false, fieldErrors: { endsAt: ['meetings.error_end_before_start'] } });
		const noTitle = await saveMeeting(t.ctx, actor, pid, null, meeting({ titleFr: '', titleEn: '' }));
		expect(noTitle).toMatchObject({ ok: false, fieldErrors: { titleFr: ['meetings.error_title_required'] } });
		const foreignTable = await saveMeeting(t.ctx, actor, pid, null, meeting({ tableId: otherTableId }));
		expect(foreignTable).toMatchObject({ ok: false, fieldErrors: { tableId: ['validation.invalid_choice'] } });
	});

	it('creates a meeting stored in UTC, audited, and lists it as upcoming', async () => {
		const created = await saveMeeting(t.ctx, actor, pid, null, meeting({ titleEn: '' }));
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		const row = await t.ctx.db
			.selectFrom('meeting')
			.selectAll()
			.where('id', '=', created.value.id)
			.executeTakeFirstOrThrow();
		expect(new Date(row.starts_at).toISOString()).toBe(`${future}-07-14T17:00:00.000Z`);
		expect(row.title_en).toBe('Réunion du conseil');
		const audit = await t.ctx.db
			.selectFrom('audit_event')
			.select('action')
			.where('entity_id', '=', created.value.id)
			.execute();
		expect(audit.map((a) => a.action)).toContain('meeting.create');
		const upcoming = await listMeetings(t.ctx, pid, { when: 'upcoming' });
		expect(upcoming.map((m) => m.id)).toContain(created.value.id);
		expect((await listMeetings(t.ctx, pid, { when: 'past' })).map((m) => m.id)).not.toContain(created.value.id);
	});

	it('sends the notice to each seated person with an e-mail, in their language, not to a past member', async () => {
		const created = await saveMeeting(t.ctx, actor, pid, null, meeting());
		if (!created.ok) throw new Error('meeting');
		expect(await noticeRecipientCount(t.ctx, pid, created.value.id)).toBe(2);
		const sent = await sendMeetingNotice(t.ctx, actor, pid, created.value.id);
		expect(sent).toEqual({ ok: true, value: { count: 2 } });
		const mails = await t.ctx.db
			.selectFrom('mail_message')
			.selectAll()
			.where('partnership_id', '=', pid)
			.where('template', '=', 'meetings.notice')
			.orderBy('to_address')
			.execute();
		expect(mails.map((m) => [m.to_address, m.locale])).toEqual([
			['alice@example.ca', 'fr'],
			['bob@example.ca', 'en']
		]);
		const [alice, bob] = mails;
		expect(alice.subject.startsWith('Avis de convocation : Réunion du conseil')).toBe(true);
		expect(alice.subject).toContain('Meeting notice: ');
		expect(alice.text_body.indexOf('Bonjour')).toBeLessThan(alice.text_body.indexOf('Hello'));
		expect(alice.text_body).toContain(`Date : ${future}-07-14, de 13:00 à 15:00`);
		expect(alice.text_body).toContain('Bibliothèque centrale, salle 2');
		expect(alice.text_body).toContain('https://meet.example.ca/conseil');
		expect(alice.text_body).toContain('1. Accueil');
		expect(alice.text_body).toContain(`http://localhost:3999/fr/pli-reunions/app/meetings/${created.value.id}`);
		expect(alice.text_body).toMatch(/http:\/\/localhost:3999\/cal\/person\/[\w-]+\?lang=fr/);
		expect(bob.subject.startsWith('Meeting notice: Council meeting')).toBe(true);
		expect(bob.text_body.indexOf('Hello')).toBeLessThan(bob.text_body.indexOf('Bonjour'));
		expect(bob.text_body).toContain('1. Welcome');
		expect(mails.some((m) => m.to_address === 'dave@example.ca')).toBe(false);
		const jobs = await t.ctx.db.selectFrom('job').select('payload').where('kind', '=', 'send_mail').execute();
		expect(jobs.length).toBeGreaterThanOrEqual(2);
		const row = await t.ctx.db
			.selectFrom('meeting')
			.select('notice_sent_at')
			.where('id', '=', created.value.id)
			.executeTakeFirstOrThrow();
		expect(row.notice_sent_at).not.toBeNull();
	});

	it('refuses the notice of a cancelled meeting', async () => {
		const created = await saveMeeting(
			t.ctx,
			actor,
			pid,
			null,
			meeting({ status: 'cancelled', titleFr: 'Réunion annulée', titleEn: 'Cancelled meeting' })
		);
		if (!created.ok) throw new Error('meeting');
		expect(await sendMeetingNotice(t.ctx, actor, pid, created.value.id)).toEqual({
			ok: false,
			code: 'meetings.error_notice_cancelled'
		});
		const mails = await t.ctx.db
			.selectFrom('mail_message')
			.select('subject')
			.where('partnership_id', '=', pid)
			.execute();
		expect(mails.some((m) => m.subject.includes('Réunion annulée'))).toBe(false);
	});

	it('records minutes, decisions and attendance; the meeting is held', async () => {
		const created = await saveMeeting(
			t.ctx,
			actor,
			pid,
			null,
			meeting({
				startsAt: '2025-06-02T10:00',
				endsAt: '2025-06-02T12:00',
				titleFr: 'Réunion de juin',
				titleEn: 'June meeting'
			})
		);
		if (!created.ok) throw new Error('meeting');
		const id = created.value.id;
		const foreign = await recordMinutes(t.ctx, actor, pid, id, { attendance: { [people.dave]: 'present' } });
		expect(foreign).toMatchObject({ ok: false, fieldErrors: { attendance: ['validation.invalid_choice'] } });
		const result = await recordMinutes(t.ctx, actor, pid, id, {
			minutesFr: 'Le conseil a adopté le plan.',
			minutesEn: 'The council adopted the plan.',
			decisions: decisionsFromLines('Plan adopté\nRapport reporté', 'Plan adopted\nReport postponed'),
			attendance: { [people.alice]: 'present', [people.bob]: 'excused', [people.carol]: 'absent' }
		});
		expect(result.ok).toBe(true);
		const details = await getMeeting(t.ctx, pid, id);
		expect(details?.status).toBe('held');
		expect(details?.minutes_fr).toBe('Le conseil a adopté le plan.');
		expect(details?.decisions.map((d) => d.text_en)).toEqual(['Plan adopted', 'Report postponed']);
		const status = Object.fromEntries(details!.attendance.map((a) => [a.given_name, a.status]));
		expect(status).toEqual({ Alice: 'present', Bob: 'excused', Carol: 'absent' });
		expect((await listMeetings(t.ctx, pid, { when: 'past' })).map((m) => m.id)).toContain(id);
		const again = await recordMinutes(t.ctx, actor, pid, id, {
			minutesFr: 'Version corrigée.',
			decisions: [{ fr: 'Une seule', en: 'Just one' }],
			attendance: { [people.alice]: 'present' }
		});
		expect(again.ok).toBe(true);
		const corrected = await getMeeting(t.ctx, pid, id);
		expect(corrected?.decisions).toHaveLength(1);
		expect(corrected?.attendance.filter((a) => a.status).map((a) => a.given_name)).toEqual(['Alice']);
		const audit = await t.ctx.db.selectFrom('audit_event').select('action').where('entity_id', '=', id).execute();
		expect(audit.map((a) => a.action)).toEqual(
			expect.arrayContaining(['meeting.record_minutes', 'meeting.attendance'])
		);
	});

	it('tracks follow-ups: overdue first, done sets completed_at, reopening clears it', async () => {
		const created = await saveMeeting(t.ctx, actor, pid, null, meeting({ titleFr: 'Suivis', titleEn: 'Follow-ups' }));
		if (!created.ok) throw new Error('meeting');
		const late = await addFollowUpItem(t.ctx, actor, pid, {
			meetingId: created.value.id,
			descriptionFr: 'Envoyer le rapport',
			descriptionEn: 'Send the report',
			assigneePersonId: people.alice,
			dueDate: '2020-01-15'
		});
		const later = await addFollowUpItem(t.ctx, actor, pid, {
			meetingId: created.value.id,
			descriptionFr: 'Réserver la salle',
			assigneePersonId: people.bob,
			dueDate: `${future}-06-30`
		});
		const undated = await addFollowUpItem(t.ctx, actor, pid, {
			tableId,
			descriptionEn: 'Update the terms of reference'
		});
		expect([late.ok, later.ok, undated.ok]).toEqual([true, true, true]);
		if (!late.ok || !later.ok) return;
		const foreignAssignee = await addFollowUpItem(t.ctx, actor, otherPid, {
			tableId: otherTableId,
			descriptionFr: 'x',
			assigneePersonId: people.alice
		});
		expect(foreignAssignee).toMatchObject({
			ok: false,
			fieldErrors: { assigneePersonId: ['validation.invalid_choice'] }
		});
		const empty = await addFollowUpItem(t.ctx, actor, pid, { tableId, descriptionFr: ' ' });
		expect(empty).toMatchObject({ ok: false, fieldErrors: { descriptionFr: ['meetings.error_description_required'] } });

		const open = await listFollowUps(t.ctx, pid, { tableId });
		expect(open[0].id).toBe(late.value.id);
		expect(open[0].overdue).toBe(true);
		expect(open.at(-1)?.due_date).toBeNull();
		expect((await listFollowUps(t.ctx, pid, { assigneePersonId: people.bob })).map((f) => f.id)).toEqual([
			later.value.id
		]);

		const done = await updateFollowUpItem(t.ctx, actor, pid, later.value.id, { status: 'done' });
		expect(done.ok).toBe(true);
		const row = await t.ctx.db
			.selectFrom('follow_up_item')
			.selectAll()
			.where('id', '=', later.value.id)
			.executeTakeFirstOrThrow();
		expect(row.status).toBe('done');
		expect(row.completed_at).not.toBeNull();
		expect((await listFollowUps(t.ctx, pid, { assigneePersonId: people.bob })).length).toBe(0);
		await updateFollowUpItem(t.ctx, actor, pid, later.value.id, { status: 'open' });
		const reopened = await t.ctx.db
			.selectFrom('follow_up_item')
			.selectAll()
			.where('id', '=', later.value.id)
			.executeTakeFirstOrThrow();
		expect(reopened.completed_at).toBeNull();
		await updateFollowUpItem(t.ctx, actor, pid, later.value.id, { status: 'done' });
		const details = await getMeeting(t.ctx, pid, created.value.id);
		expect(details?.followUps.map((f) => f.status).sort()).toEqual(['done', 'open']);
	});

	it('publishes a table calendar with its meetings in UTC, cancelled ones marked', async () => {
		const table = await t.ctx.db
			.selectFrom('governance_table')
			.select('calendar_token')
			.where('id', '=', tableId)
			.executeTakeFirstOrThrow();
		const ics = await icsForTable(t.ctx, table.calendar_token!, 'fr');
		expect(ics).not.toBeNull();
		const text = ics!.replace(/\r\n[ \t]/g, '');
		expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
		expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
		const meetings = await t.ctx.db
			.selectFrom('meeting')
			.select(['id', 'status'])
			.where('table_id', '=', tableId)
			.execute();
		expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(meetings.length);
		expect(text).toContain('SUMMARY:Réunion du conseil');
		expect(text).toContain(`DTSTART:${future}0714T170000Z`);
		expect(text).toContain(`DTEND:${future}0714T190000Z`);
		expect(text).toContain('SUMMARY:Réunion de juin');
		expect(text).toContain('STATUS:CANCELLED');
		expect(text).toContain('LOCATION:Bibliothèque centrale\\, salle 2');
		const en = (await icsForTable(t.ctx, table.calendar_token!, 'en'))!.replace(/\r\n[ \t]/g, '');
		expect(en).toContain('SUMMARY:Council meeting');
		expect(await icsForTable(t.ctx, 'unknown-token-unknown-token', 'fr')).toBeNull();
		expect(await icsForTable(t.ctx, "x' or 1=1 --", 'fr')).toBeNull();
	});

	it('publishes a person calendar with their tables’ meetings and their follow-up due dates', async () => {
		const alice = await t.ctx.db
			.selectFrom('person')
			.select('calendar_token')
			.where('id', '=', people.alice)
			.executeTakeFirstOrThrow();
		const text = (await icsForPerson(t.ctx, alice.calendar_token!, 'en'))!.replace(/\r\n[ \t]/g, '');
		expect(text).toContain('BEGIN:VCALENDAR');
		expect(text).toContain('SUMMARY:Council meeting');
		expect(text).toContain('DTSTART;VALUE=DATE:20200115');
		expect(text).toContain('SUMMARY:Follow-up due: Send the report');
		// Dave's seat ended: no meetings for him, and nobody else's follow-ups.
		const dave = await t.ctx.db
			.selectFrom('person')
			.select('calendar_token')
			.where('id', '=', people.dave)
			.executeTakeFirstOrThrow();
		const daveText = (await icsForPerson(t.ctx, dave.calendar_token!, 'fr'))!;
		expect(daveText).toContain('BEGIN:VCALENDAR');
		expect(daveText).not.toContain('BEGIN:VEVENT');
		expect(await icsForPerson(t.ctx, 'no-such-person-token-0000', 'fr')).toBeNull();
	});

	it('writes the minutes as a Word document', async () => {
		const [june] = await listMeetings(t.ctx, pid, { when: 'past' });
		await addFollowUpItem(t.ctx, actor, pid, {
			meetingId: june.id,
			descriptionFr: 'Publier le procès-verbal',
			assigneePersonId: people.alice,
			dueDate: '2025-06-30'
		});
		const details = await getMeeting(t.ctx, pid, june.id);
		const buffer = await minutesDocx(details!, 'fr', 'PLI des réunions');
		expect(Buffer.isBuffer(buffer)).toBe(true);
		expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
		const xml = unzip(buffer).get('word/document.xml')!.toString('utf8');
		expect(xml).toContain('Réunion de juin');
		expect(xml).toContain('Version corrigée.');
		expect(xml).toContain('Une seule');
		expect(xml).toContain('Alice Tremblay');
		expect(xml).toContain('Publier le procès-verbal');
		expect(xml).toContain('Présences');
		const en = unzip(await minutesDocx(details!, 'en'))
			.get('word/document.xml')!
			.toString('utf8');
		expect(en).toContain('June meeting');
		expect(en).toContain('Attendance');
	});

	it('shows another partnership nothing', async () => {
		const mine = await listMeetings(t.ctx, pid);
		expect(mine.length).toBeGreaterThan(0);
		const id = mine[0].id;
		expect(await listMeetings(t.ctx, otherPid)).toEqual([]);
		expect(await getMeeting(t.ctx, otherPid, id)).toBeUndefined();
		expect(await listFollowUps(t.ctx, otherPid, { status: 'all' })).toEqual([]);
		expect(await noticeRecipientCount(t.ctx, otherPid, id)).toBe(0);
		expect(await sendMeetingNotice(t.ctx, actor, otherPid, id)).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		expect(await recordMinutes(t.ctx, actor, otherPid, id, { minutesFr: 'pirate' })).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		expect(await saveMeeting(t.ctx, actor, otherPid, id, meeting({ tableId: otherTableId }))).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		const item = (await listFollowUps(t.ctx, pid, { status: 'all' }))[0];
		expect(await updateFollowUpItem(t.ctx, actor, otherPid, item.id, { status: 'cancelled' })).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		expect(await addFollowUpItem(t.ctx, actor, otherPid, { meetingId: id, descriptionFr: 'x' })).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		expect(await getMeeting(t.ctx, pid, 'not-a-uuid')).toBeUndefined();
	});
});

describe.each(engines)('meeting form with nothing filled in, on %s', (engine) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(engine);
	});
	afterAll(() => t?.close());

	it('answers with field errors, not a crash', async () => {
		const result = await saveMeeting(
			t.ctx,
			{ userId: null, label: 'x' },
			'00000000-0000-0000-0000-000000000000',
			null,
			{
				tableId: '',
				titleFr: '',
				titleEn: '',
				startsAt: '',
				endsAt: ''
			}
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.fieldErrors ?? {})).toEqual(expect.arrayContaining(['tableId', 'startsAt', 'endsAt']));
	});
});
