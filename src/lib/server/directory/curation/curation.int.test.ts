import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../../tests/support/engines.ts';
import type { Actor } from '../../accounts/types.ts';
import { createPartnership } from '../../tenancy/partnerships.ts';
import { scoped } from '../../tenancy/scoped.ts';
import {
	answerVerification,
	buildBooklet,
	dismissDuplicate,
	findLikelyDuplicates,
	listCampaigns,
	listDuplicateFlags,
	listSuggestions,
	mergeOrganizations,
	mergeServices,
	openVerification,
	reviewSuggestion,
	runCurationDuties,
	scanDuplicates,
	sendCampaignReminders,
	startVerificationCampaign,
	submitSuggestion,
	suggestionLimitPerHour,
	torontoToday
} from './index.ts';
import { addDays } from './verification.ts';

/** Curation use cases against a real database, on every engine. */
describe.each(engines)('directory curation on %s', (engine) => {
	let t: TestDatabase;
	let a: string;
	let b: string;
	const actor: Actor = { userId: null, label: 'Test coordinator' };

	async function must<T>(
		promise: Promise<{ ok: true; value: T } | { ok: false; code: string; fieldErrors?: unknown }>
	) {
		const result = await promise;
		if (!result.ok) throw new Error(`expected success, got ${result.code} ${JSON.stringify(result.fieldErrors)}`);
		return result.value;
	}
	const org = async (pid: string, values: { name_fr: string; name_en?: string; email?: string; phone?: string }) =>
		(
			await scoped(t.ctx.db, pid)
				.insertInto('organization', { name_en: values.name_fr, sector: 'settlement', ...values })
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const service = async (
		pid: string,
		orgId: string,
		values: { name_fr: string; name_en?: string; status?: 'active' | 'inactive' }
	) =>
		(
			await scoped(t.ctx.db, pid)
				.insertInto('service', { organization_id: orgId, name_en: values.name_fr, ...values })
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const place = async (
		pid: string,
		orgId: string,
		serviceId: string,
		address: { address_1: string; city: string; postal_code?: string }
	) => {
		const s = scoped(t.ctx.db, pid);
		const loc = await s
			.insertInto('location', { organization_id: orgId, name_fr: address.address_1 })
			.returning('id')
			.executeTakeFirstOrThrow();
		await s.insertInto('address', { location_id: loc.id, ...address }).execute();
		const sal = await s
			.insertInto('service_at_location', { service_id: serviceId, location_id: loc.id })
			.returning('id')
			.executeTakeFirstOrThrow();
		return { locationId: loc.id, salId: sal.id };
	};
	const mails = (pid: string) =>
		t.ctx.db.selectFrom('mail_message').selectAll().where('partnership_id', '=', pid).orderBy('created_at').execute();
	const tokenOf = (text: string) => /\/directory\/verify\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		a = (await must(createPartnership(t.ctx, actor, { slug: 'lip-a', nameFr: 'PLI A', nameEn: 'LIP A' }))).id;
		b = (await must(createPartnership(t.ctx, actor, { slug: 'lip-b', nameFr: 'PLI B', nameEn: 'LIP B' }))).id;
	});
	afterAll(() => t?.close());

	describe('verification campaigns', () => {
		let frOrg: string;
		let enOrg: string;
		let s1: string;
		let s2: string;
		let s3: string;
		let campaignId: string;

		beforeAll(async () => {
			frOrg = await org(a, { name_fr: 'Centre francophone', email: 'info@centre.example' });
			enOrg = await org(a, { name_fr: 'Société d’accueil', name_en: 'Welcome Society' });
			await scoped(t.ctx.db, a)
				.insertInto('person', {
					organization_id: enOrg,
					given_name: 'Pat',
					email: 'pat@welcome.example',
					preferred_language: 'en'
				})
				.execute();
			await org(a, { name_fr: 'Sans service', email: 'none@x.example' });
			s1 = await service(a, frOrg, { name_fr: 'Cours de français' });
			s2 = await service(a, frOrg, { name_fr: 'Aide à l’emploi' });
			s3 = await service(a, enOrg, { name_fr: 'Accueil', name_en: 'Welcome' });
			await service(a, enOrg, { name_fr: 'Fermé', status: 'inactive' });
		});

		it('refuses a due date in the past, with field errors', async () => {
			const result = await startVerificationCampaign(t.ctx, actor, a, { name: 'x', dueDate: '2020-01-01' });
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.fieldErrors?.dueDate).toEqual(['directory.campaign_error_due_past']);
		});

		it('sends one request per organization with active services, in the contact’s language first', async () => {
			const started = await must(
				startVerificationCampaign(t.ctx, actor, a, {
					name: 'Printemps',
					dueDate: addDays(torontoToday(), 30),
					reminderDays: '7, 14',
					maxReminders: 2
				})
			);
			campaignId = started.id;
			expect(started.requests).toBe(2);
			const sent = await mails(a);
			expect(sent.map((m) => m.to_address).sort()).toEqual(['info@centre.example', 'pat@welcome.example']);
			const fr = sent.find((m) => m.to_address === 'info@centre.example')!;
			const en = sent.find((m) => m.to_address === 'pat@welcome.example')!;
			expect(fr.locale).toBe('fr');
			expect(en.locale).toBe('en');
			// Both languages in each, the recipient's first.
			expect(fr.text_body.indexOf('Bonjour')).toBeLessThan(fr.text_body.indexOf('Hello'));
			expect(en.text_body.indexOf('Hello')).toBeLessThan(en.text_body.indexOf('Bonjour'));
			expect(fr.text_body).toContain('/fr/lip-a/directory/verify/');
			expect(en.text_body).toContain('/en/lip-a/directory/verify/');
			// Only the hash is stored.
			const requests = await scoped(t.ctx.db, a).selectFrom('verification_request').selectAll().execute();
			for (const r of requests) expect(fr.text_body + en.text_body).not.toContain(r.token_hash);
			expect(
				(await startVerificationCampaign(t.ctx, actor, a, { name: 'Again', dueDate: addDays(torontoToday(), 9) })).ok
			).toBe(false);
		});

		it('lets the contact confirm each listing once, and records progress', async () => {
			const fr = (await mails(a)).find((m) => m.to_address === 'info@centre.example')!;
			const token = tokenOf(fr.text_body);
			const view = await openVerification(t.ctx, a, token);
			expect(view?.listings.map((l) => l.id).sort()).toEqual([s1, s2].sort());
			expect(await openVerification(t.ctx, b, token)).toBeUndefined();
			expect(await openVerification(t.ctx, a, 'not-a-real-token-at-all')).toBeUndefined();
			expect((await must(answerVerification(t.ctx, a, token, s1, { kind: 'confirm' }))).answered).toBe(1);
			const again = await answerVerification(t.ctx, a, token, s1, { kind: 'confirm' });
			expect(again.ok ? 'ok' : again.code).toBe('directory.campaign_error_answered');
			// Another organization's listing is not reachable through this link.
			expect((await answerVerification(t.ctx, a, token, s3, { kind: 'confirm' })).ok).toBe(false);
			const assured = await scoped(t.ctx.db, a)
				.selectFrom('service')
				.select(['id', 'assured_date', 'assurer_email'])
				.execute();
			expect(assured.find((r) => r.id === s1)?.assured_date).toBe(torontoToday());
			expect(assured.find((r) => r.id === s1)?.assurer_email).toBe('info@centre.example');
			expect(assured.find((r) => r.id === s2)?.assured_date).toBeNull();
			const audit = await t.ctx.db
				.selectFrom('audit_event')
				.selectAll()
				.where('entity_id', '=', s1)
				.where('action', '=', 'service.verify')
				.execute();
			expect(audit[0]?.actor_label).toContain('info@centre.example');
			// A correction goes to the moderation queue.
			await must(
				answerVerification(t.ctx, a, token, s2, {
					kind: 'correct',
					input: { message: 'Nouvel horaire', changes: { url: 'https://emploi.example' } }
				})
			);
			const queued = await listSuggestions(t.ctx, a);
			expect(queued.find((q) => q.serviceId === s2)?.source).toBe('verification');
			const [progress] = await listCampaigns(t.ctx, a);
			expect(progress).toMatchObject({ requests: 2, sent: 2, opened: 1, confirmed: 1, corrected: 1, noAnswer: 1 });
			expect(progress.listings).toEqual({ total: 3, confirmed: 1, corrected: 1 });
		});

		it('reminds only those who have not answered, on schedule, at most N times', async () => {
			const before = (await mails(a)).length;
			// Not due yet.
			expect((await runCurationDuties(t.ctx)).reminders).toBe(0);
			const inEightDays = new Date(Date.now() + 8 * 86_400_000);
			expect((await runCurationDuties(t.ctx, inEightDays)).reminders).toBe(1);
			const after = await mails(a);
			expect(after.length).toBe(before + 1);
			const reminder = after[after.length - 1];
			expect(reminder.to_address).toBe('pat@welcome.example');
			expect(reminder.template).toBe('directory.campaign_reminder_mail');
			// The second step is not due yet at day 8; "send now" sends it; then the maximum is reached.
			expect((await runCurationDuties(t.ctx, inEightDays)).reminders).toBe(0);
			expect((await must(sendCampaignReminders(t.ctx, actor, a, campaignId))).count).toBe(1);
			expect((await must(sendCampaignReminders(t.ctx, actor, a, campaignId))).count).toBe(0);
			// Old and new links both work.
			const links = (await mails(a))
				.filter((m) => m.to_address === 'pat@welcome.example')
				.map((m) => tokenOf(m.text_body));
			expect(new Set(links).size).toBe(3);
			expect(await openVerification(t.ctx, a, links[0])).toBeDefined();
			expect(await openVerification(t.ctx, a, links[2])).toBeDefined();
		});

		it('refuses links once the campaign is past its due date', async () => {
			const links = (await mails(a))
				.filter((m) => m.to_address === 'pat@welcome.example')
				.map((m) => tokenOf(m.text_body));
			const closed = await runCurationDuties(t.ctx, new Date(Date.now() + 40 * 86_400_000));
			expect(closed.closed).toBe(1);
			expect(await openVerification(t.ctx, a, links[2])).toBeUndefined();
			const late = await answerVerification(t.ctx, a, links[2], s3, { kind: 'confirm' });
			expect(late.ok ? 'ok' : late.code).toBe('directory.campaign_error_link');
		});
	});

	describe('suggestions', () => {
		let orgId: string;
		let serviceId: string;
		beforeAll(async () => {
			orgId = await org(a, { name_fr: 'Bibliothèque' });
			serviceId = await service(a, orgId, { name_fr: 'Club de conversation' });
		});

		it('validates with field errors and refuses an unknown service', async () => {
			const empty = await submitSuggestion(t.ctx, a, serviceId, { kind: 'wrong_info', message: '' }, '10.0.0.1');
			expect(empty.ok).toBe(false);
			if (!empty.ok) expect(empty.fieldErrors?.message).toEqual(['directory.suggestion_error_message_required']);
			const badMail = await submitSuggestion(
				t.ctx,
				a,
				serviceId,
				{ kind: 'other', message: 'x', email: 'nope' },
				'10.0.0.1'
			);
			if (!badMail.ok) expect(badMail.fieldErrors?.email).toEqual(['validation.email']);
			const badKind = await submitSuggestion(t.ctx, a, serviceId, { kind: 'spam', message: 'x' }, '10.0.0.1');
			if (!badKind.ok) expect(badKind.fieldErrors?.kind).toEqual(['validation.invalid_choice']);
			const otherTenant = await submitSuggestion(t.ctx, b, serviceId, { kind: 'other', message: 'x' }, '10.0.0.1');
			expect(otherTenant.ok ? 'ok' : otherTenant.code).toBe('common.error_not_found');
		});

		it('keeps nothing from the honeypot, and limits each client', async () => {
			const robot = await must(
				submitSuggestion(t.ctx, a, serviceId, { kind: 'other', message: 'buy now', website: 'http://spam' }, '10.0.0.2')
			);
			expect(robot.id).toBeNull();
			for (let i = 1; i < suggestionLimitPerHour; i++) {
				await must(submitSuggestion(t.ctx, a, serviceId, { kind: 'other', message: `note ${i}` }, '10.0.0.2'));
			}
			const limited = await submitSuggestion(t.ctx, a, serviceId, { kind: 'other', message: 'one more' }, '10.0.0.2');
			expect(limited.ok ? 'ok' : limited.code).toBe('directory.suggestion_error_rate_limited');
			expect((await submitSuggestion(t.ctx, a, serviceId, { kind: 'other', message: 'me' }, '10.0.0.3')).ok).toBe(true);
			const attempts = await t.ctx.db.selectFrom('suggestion_attempt').select('client_hash').execute();
			for (const row of attempts) expect(row.client_hash).not.toContain('10.0.0');
		});

		it('applies accepted changes through the audited write and tells the reporter in their language', async () => {
			const created = await must(
				submitSuggestion(
					t.ctx,
					a,
					serviceId,
					{
						kind: 'suggest_edit',
						message: 'The English name is wrong',
						changes: { name_en: 'Conversation circle', url: 'https://library.example/club', bogus: 'x' },
						email: 'Visitor@Example.ca',
						language: 'en'
					},
					'10.0.0.4'
				)
			);
			const pending = (await listSuggestions(t.ctx, a)).find((s) => s.id === created.id)!;
			expect(pending.changes).toEqual({ name_en: 'Conversation circle', url: 'https://library.example/club' });
			expect(pending.current.name_en).toBe('Club de conversation');
			await must(reviewSuggestion(t.ctx, actor, a, created.id!, { decision: 'accept', note: 'Thanks!' }));
			const row = await scoped(t.ctx.db, a)
				.selectFrom('service')
				.selectAll()
				.where('id', '=', serviceId)
				.executeTakeFirstOrThrow();
			expect(row.name_en).toBe('Conversation circle');
			expect(row.url).toBe('https://library.example/club');
			const audit = await t.ctx.db
				.selectFrom('audit_event')
				.selectAll()
				.where('entity_id', '=', serviceId)
				.where('action', '=', 'service.update')
				.execute();
			expect(audit).toHaveLength(1);
			const mail = (await mails(a)).find((m) => m.to_address === 'visitor@example.ca')!;
			expect(mail.locale).toBe('en');
			expect(mail.text_body).toContain('Thanks!');
			const twice = await reviewSuggestion(t.ctx, actor, a, created.id!, { decision: 'reject' });
			expect(twice.ok ? 'ok' : twice.code).toBe('directory.suggestion_error_already_reviewed');
		});

		it('closes the listing when a "closed" report is accepted, and rejects with a note', async () => {
			const closed = await must(
				submitSuggestion(t.ctx, a, serviceId, { kind: 'closed', message: 'Fermé depuis mai' }, '10.0.0.5')
			);
			await must(reviewSuggestion(t.ctx, actor, a, closed.id!, { decision: 'accept' }));
			const row = await scoped(t.ctx.db, a)
				.selectFrom('service')
				.select('status')
				.where('id', '=', serviceId)
				.executeTakeFirstOrThrow();
			expect(row.status).toBe('inactive');
			const other = await must(submitSuggestion(t.ctx, a, serviceId, { kind: 'other', message: 'bof' }, '10.0.0.5'));
			await must(reviewSuggestion(t.ctx, actor, a, other.id!, { decision: 'reject', note: 'Pas assez précis' }));
			const rejected = (await listSuggestions(t.ctx, a, { status: 'rejected' })).find((s) => s.id === other.id)!;
			expect(rejected.reviewerNote).toBe('Pas assez précis');
		});
	});

	describe('duplicates', () => {
		let o1: string;
		let o2: string;
		let keep: string;
		let drop: string;
		beforeAll(async () => {
			o1 = await org(b, { name_fr: 'Centre communautaire Nord', phone: '519-555-0100' });
			o2 = await org(b, { name_fr: 'Centre Communautaire du Nord', phone: '+1 (519) 555-0100' });
			keep = await service(b, o1, { name_fr: 'Centre communautaire' });
			drop = await service(b, o2, { name_fr: 'Centre Communautaire', name_en: 'Community Centre' });
			await service(b, o1, { name_fr: 'Banque alimentaire' });
			const s = scoped(t.ctx.db, b);
			await s.insertInto('phone', { service_id: keep, number: '519 555-0199' }).execute();
			await s.insertInto('phone', { service_id: drop, number: '(519) 555-0199' }).execute();
			await s
				.insertInto('language', [
					{ service_id: keep, code: 'fr' },
					{ service_id: drop, code: 'fr' },
					{ service_id: drop, code: 'ar' }
				])
				.execute();
			await s.insertInto('cost_option', { service_id: drop, option_fr: 'Gratuit' }).execute();
			await place(b, o1, keep, { address_1: '12 rue Principale', city: 'Belleville', postal_code: 'K8N 1A1' });
			await place(b, o2, drop, { address_1: '12, rue Principale', city: 'Belleville', postal_code: 'K8N1A1' });
		});

		it('finds "Centre communautaire" vs "Centre Communautaire" and the same phone digits', async () => {
			const matches = await findLikelyDuplicates(t.ctx.db, b, {
				name: 'centre communautaire',
				phone: '+1 519-555-0199'
			});
			expect(matches.map((m) => m.id).sort()).toEqual([keep, drop].sort());
			expect(matches[0].reasons).toEqual(expect.arrayContaining(['same_name', 'same_phone']));
			const edited = await findLikelyDuplicates(t.ctx.db, b, { name: 'Centre communautaire', excludeId: keep });
			expect(edited.map((m) => m.id)).toEqual([drop]);
			expect(await findLikelyDuplicates(t.ctx.db, a, { name: 'Centre communautaire' })).toEqual([]);
			expect(await findLikelyDuplicates(t.ctx.db, b, { name: 'Cours de natation' })).toEqual([]);
		});

		it('scans the directory into flags, and a dismissed pair stays dismissed', async () => {
			const counts = await must(scanDuplicates(t.ctx, b));
			expect(counts.services).toBe(1);
			expect(counts.organizations).toBe(1);
			const flags = await listDuplicateFlags(t.ctx, b);
			const orgFlag = flags.find((f) => f.entity === 'organization')!;
			expect(orgFlag.reasons).toContain('same_phone');
			await must(dismissDuplicate(t.ctx, actor, b, orgFlag.id));
			await must(scanDuplicates(t.ctx, b));
			expect((await listDuplicateFlags(t.ctx, b)).filter((f) => f.entity === 'organization')).toEqual([]);
			expect(await listDuplicateFlags(t.ctx, a)).toEqual([]);
		});

		it('merges: children move to the kept service, chosen fields are taken, nothing is lost', async () => {
			const s = scoped(t.ctx.db, b);
			const childCount = async (id: string) => ({
				phones: (await s.selectFrom('phone').select('id').where('service_id', '=', id).execute()).length,
				languages: (
					await s.selectFrom('language').select('code').where('service_id', '=', id).orderBy('code').execute()
				).map((l) => l.code),
				costs: (await s.selectFrom('cost_option').select('id').where('service_id', '=', id).execute()).length,
				places: (await s.selectFrom('service_at_location').select('id').where('service_id', '=', id).execute()).length
			});
			const merged = await must(mergeServices(t.ctx, actor, b, keep, drop, { name_en: 'drop' }));
			expect(merged.id).toBe(keep);
			expect(await childCount(keep)).toEqual({ phones: 2, languages: ['ar', 'fr'], costs: 1, places: 2 });
			const row = await s.selectFrom('service').selectAll().where('id', '=', keep).executeTakeFirstOrThrow();
			expect(row.name_en).toBe('Community Centre');
			expect(row.name_fr).toBe('Centre communautaire');
			expect(await s.selectFrom('service').select('id').where('id', '=', drop).executeTakeFirst()).toBeUndefined();
			const audit = await t.ctx.db
				.selectFrom('audit_event')
				.select('action')
				.where('entity_id', 'in', [keep, drop])
				.execute();
			expect(audit.map((x) => x.action)).toEqual(
				expect.arrayContaining(['service.merge', 'service.delete', 'service.merged_into'])
			);
			expect((await listDuplicateFlags(t.ctx, b, { status: 'merged' })).length).toBe(0); // the dropped row is gone from the list
			const flags = await s.selectFrom('duplicate_flag').select(['status']).where('entity', '=', 'service').execute();
			expect(flags.map((f) => f.status)).toEqual(['merged']);
			expect((await mergeServices(t.ctx, actor, a, keep, drop)).ok).toBe(false);
		});

		it('merges organizations: services, locations, people and seats move, the chosen name stays', async () => {
			const s = scoped(t.ctx.db, b);
			const person = await s
				.insertInto('person', { organization_id: o2, given_name: 'Lee', email: 'lee@nord.example' })
				.returning('id')
				.executeTakeFirstOrThrow();
			const table = await s
				.insertInto('governance_table', { kind: 'working_group', name_fr: 'Table', name_en: 'Table' })
				.returning('id')
				.executeTakeFirstOrThrow();
			await s.insertInto('table_membership', { table_id: table.id, organization_id: o2, role: 'member' }).execute();
			const countOf = async (orgId: string) => ({
				services: (await s.selectFrom('service').select('id').where('organization_id', '=', orgId).execute()).length,
				locations: (await s.selectFrom('location').select('id').where('organization_id', '=', orgId).execute()).length,
				people: (await s.selectFrom('person').select('id').where('organization_id', '=', orgId).execute()).length,
				seats: (await s.selectFrom('table_membership').select('id').where('organization_id', '=', orgId).execute())
					.length
			});
			const before1 = await countOf(o1);
			const before2 = await countOf(o2);
			await must(mergeOrganizations(t.ctx, actor, b, o1, o2, { name_fr: 'drop' }));
			const after = await countOf(o1);
			expect(after).toEqual({
				services: before1.services + before2.services,
				locations: before1.locations + before2.locations,
				people: before1.people + before2.people,
				seats: before1.seats + before2.seats
			});
			expect(await s.selectFrom('organization').select('id').where('id', '=', o2).executeTakeFirst()).toBeUndefined();
			const kept = await s.selectFrom('organization').select('name_fr').where('id', '=', o1).executeTakeFirstOrThrow();
			expect(kept.name_fr).toBe('Centre Communautaire du Nord');
			const moved = await s
				.selectFrom('person')
				.select('organization_id')
				.where('id', '=', person.id)
				.executeTakeFirstOrThrow();
			expect(moved.organization_id).toBe(o1);
		});
	});

	describe('printed directory', () => {
		it('builds sections by category then area, in each language (the PDF itself: curation.e2e.test.ts)', async () => {
			const s = scoped(t.ctx.db, a);
			const tax = await s
				.insertInto('taxonomy', { code: 'test', name_fr: 'Test', name_en: 'Test' })
				.returning('id')
				.executeTakeFirstOrThrow();
			const lang = await s
				.insertInto('taxonomy_term', {
					taxonomy_id: tax.id,
					code: 'lang',
					name_fr: 'Formation linguistique',
					name_en: 'Language training'
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			const orgId = await org(a, { name_fr: 'Collège', phone: '613-555-0142' });
			const sv = await service(a, orgId, { name_fr: 'Cours CLIC', name_en: 'LINC classes' });
			await s.insertInto('attribute', { link_entity: 'service', link_id: sv, taxonomy_term_id: lang.id }).execute();
			const { locationId } = await place(a, orgId, sv, {
				address_1: '1 Front St',
				city: 'Belleville',
				postal_code: 'K8N 2Z9'
			});
			await s.insertInto('phone', { location_id: locationId, number: '613-555-0142' }).execute();
			await s
				.insertInto('schedule', {
					service_id: sv,
					freq: 'WEEKLY',
					byday: 'MO,WE',
					opens_at: '09:00',
					closes_at: '12:00'
				})
				.execute();
			await s.insertInto('language', { service_id: sv, code: 'ar' }).execute();
			const fr = await buildBooklet(t.ctx, a, { categories: [], areas: [], languages: [], lang: 'fr' });
			expect(fr.sections.map((x) => x.category)).toEqual(['Formation linguistique']);
			expect(fr.sections[0].areas[0].area).toBe('Belleville');
			const listing = fr.sections[0].areas[0].listings[0];
			expect(listing).toMatchObject({ name: 'Cours CLIC', organization: 'Collège', phones: ['613-555-0142'] });
			expect(listing.hours[0]).toContain('lundi');
			expect(listing.languages).toEqual(['arabe']);
			const en = await buildBooklet(t.ctx, a, {
				categories: [lang.id],
				areas: ['Kingston'],
				languages: [],
				lang: 'en'
			});
			expect(en.sections).toEqual([]);
			const en2 = await buildBooklet(t.ctx, a, {
				categories: [lang.id],
				areas: ['belleville'],
				languages: ['ar'],
				lang: 'en'
			});
			expect(en2.sections[0].areas[0].listings[0].name).toBe('LINC classes');
		});
	});
});
