import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import { systemActor, type Actor } from '../accounts/types.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import {
	addMembership,
	changeMembershipRole,
	endMembership,
	flattenTree,
	getOrganization,
	getPerson,
	getTable,
	listOrganizations,
	listPeople,
	listSeatsOf,
	listTableMembers,
	saveOrganization,
	savePerson,
	saveTable,
	tableTree,
	today
} from './index.ts';
import type { OrganizationInput, PersonInput, TableInput } from './schemas.ts';

/** The partnership module's use cases against a real database, on every engine. */
describe.each(engines)('partnership module on %s', (engine) => {
	let t: TestDatabase;
	let a: string; // partnership A
	let b: string; // partnership B
	const actor: Actor = { userId: null, label: 'Test coordinator', requestId: 'req-test' };

	async function must<T>(promise: Promise<{ ok: true; value: T } | { ok: false; code: string }>): Promise<T> {
		const result = await promise;
		if (!result.ok) throw new Error(`expected success, got ${result.code}`);
		return result.value;
	}
	const org = (partnershipId: string, input: Partial<OrganizationInput>) =>
		must(saveOrganization(t.ctx, actor, partnershipId, null, { nameFr: 'Organisme', sector: 'settlement', ...input }));
	const table = (partnershipId: string, input: Partial<TableInput>) =>
		must(
			saveTable(t.ctx, actor, partnershipId, null, {
				kind: 'working_group',
				nameFr: 'Table',
				nameEn: 'Table',
				...input
			})
		);
	const person = (partnershipId: string, input: Partial<PersonInput>) =>
		must(savePerson(t.ctx, actor, partnershipId, null, { givenName: 'Alex', ...input }));
	const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
	const auditOf = (entityId: string) =>
		t.ctx.db.selectFrom('audit_event').selectAll().where('entity_id', '=', entityId).orderBy('id').execute();
	const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		a = (await must(createPartnership(t.ctx, actor, { slug: 'lip-a', nameFr: 'PLI A', nameEn: 'LIP A' }))).id;
		b = (await must(createPartnership(t.ctx, actor, { slug: 'lip-b', nameFr: 'PLI B', nameEn: 'LIP B' }))).id;
	});
	afterAll(() => t?.close());

	describe('organizations', () => {
		it('rejects a bad sector, a bad web address and a missing name with field message keys', async () => {
			const result = await saveOrganization(t.ctx, actor, a, null, {
				nameFr: '  ',
				sector: 'astrology',
				website: 'not a web address',
				email: 'nope'
			});
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.code).toBe('common.error_form');
			expect(result.fieldErrors?.sector).toEqual(['validation.invalid_choice']);
			expect(result.fieldErrors?.website).toEqual(['validation.invalid_url']);
			expect(result.fieldErrors?.nameFr).toEqual(['validation.required']);
			expect(result.fieldErrors?.email).toEqual(['validation.email']);
			const ftp = await saveOrganization(t.ctx, actor, a, null, {
				nameFr: 'X',
				sector: 'health',
				website: 'ftp://example.org'
			});
			expect(ftp).toMatchObject({ ok: false, fieldErrors: { website: ['validation.invalid_url'] } });
			const language = await saveOrganization(t.ctx, actor, a, null, {
				nameFr: 'X',
				sector: 'health',
				languages: ['fr', 'klingon'] as never
			});
			expect(language.ok).toBe(false);
			expect(await listOrganizations(t.ctx, a, { status: 'all' })).toEqual([]);
		});

		it('uses the French name when there is no English one', async () => {
			const id = (
				await org(a, { nameFr: 'Centre d’accueil', sector: 'settlement', website: 'https://accueil.example' })
			).id;
			const row = await getOrganization(t.ctx, a, id);
			expect(row).toMatchObject({
				name_fr: 'Centre d’accueil',
				name_en: 'Centre d’accueil',
				website: 'https://accueil.example'
			});
		});

		it('moves the lead flag: one lead per partnership', async () => {
			const first = (await org(a, { nameFr: 'Ville', sector: 'municipality', isLead: true })).id;
			const second = (await org(a, { nameFr: 'Centre communautaire', sector: 'social_services', isLead: 'on' })).id;
			const leads = (await listOrganizations(t.ctx, a, { status: 'all' })).filter((o) => o.is_lead);
			expect(leads.map((o) => o.id)).toEqual([second]);
			expect((await getOrganization(t.ctx, a, first))?.is_lead).toBe(false);
			// Saving the current lead again keeps it the lead.
			await must(
				saveOrganization(t.ctx, actor, a, second, {
					nameFr: 'Centre communautaire',
					sector: 'social_services',
					isLead: true
				})
			);
			expect((await listOrganizations(t.ctx, a, { status: 'all' })).filter((o) => o.is_lead).map((o) => o.id)).toEqual([
				second
			]);
			// The demotion is an audited update of the former lead.
			const demoted = (await auditOf(first)).find((e) => e.action === 'organization.update');
			expect(json(demoted?.before)).toMatchObject({ is_lead: true });
			expect(json(demoted?.after)).toMatchObject({ is_lead: false });
		});

		it('searches names without regard to accents or case, and filters by sector and status', async () => {
			const uni = (
				await org(a, {
					nameFr: 'Université de l’Ouest',
					nameEn: 'Western University',
					sector: 'post_secondary',
					acronym: 'UO'
				})
			).id;
			await org(a, { nameFr: 'École ancienne', sector: 'school_board', status: 'former', leftOn: '2020-06-30' });
			const ids = async (filter: Parameters<typeof listOrganizations>[2]) =>
				(await listOrganizations(t.ctx, a, filter)).map((o) => o.id);
			expect(await ids({ q: 'universite' })).toEqual([uni]);
			expect(await ids({ q: 'UNIVERSITÉ' })).toEqual([uni]);
			expect(await ids({ q: 'western' })).toEqual([uni]);
			expect(await ids({ q: 'uo' })).toContain(uni);
			expect(await ids({ q: '%' })).toEqual([]);
			expect(await ids({ sector: 'post_secondary' })).toEqual([uni]);
			expect((await listOrganizations(t.ctx, a, { q: 'ecole' })).length).toBe(0);
			expect((await listOrganizations(t.ctx, a, { q: 'ecole', status: 'former' })).map((o) => o.name_fr)).toEqual([
				'École ancienne'
			]);
			expect((await listOrganizations(t.ctx, a, { q: 'ecole', status: 'all' })).length).toBe(1);
		});
	});

	describe('people', () => {
		it('refuses an organization of another partnership', async () => {
			const foreign = (await org(b, { nameFr: 'Organisme de B', sector: 'health' })).id;
			const result = await savePerson(t.ctx, actor, a, null, { givenName: 'Sam', organizationId: foreign });
			expect(result).toMatchObject({
				ok: false,
				code: 'common.error_form',
				fieldErrors: { organizationId: ['validation.invalid_choice'] }
			});
			expect((await listPeople(t.ctx, a, { q: 'sam' })).length).toBe(0);
		});

		it('validates and stores a person with their organization; e-mail in lower case', async () => {
			const bad = await savePerson(t.ctx, actor, a, null, {
				givenName: '',
				email: 'x@',
				preferredLanguage: 'de' as never
			});
			expect(bad).toMatchObject({
				ok: false,
				fieldErrors: {
					givenName: ['validation.required'],
					email: ['validation.email'],
					preferredLanguage: ['validation.invalid_choice']
				}
			});
			const home = (await org(a, { nameFr: 'Bibliothèque', sector: 'library' })).id;
			const id = (
				await person(a, {
					givenName: 'Zoé',
					familyName: 'Côté',
					email: 'Zoe.Cote@Example.org',
					organizationId: home,
					publicProfile: 'on'
				})
			).id;
			expect(await getPerson(t.ctx, a, id)).toMatchObject({
				email: 'zoe.cote@example.org',
				organization_id: home,
				public_profile: true
			});
			expect((await listPeople(t.ctx, a, { q: 'zoe cote' })).map((p) => p.id)).toEqual([id]);
			expect((await listPeople(t.ctx, a, { organizationId: home })).map((p) => p.organization_name_fr)).toEqual([
				'Bibliothèque'
			]);
			await must(
				savePerson(t.ctx, actor, a, id, {
					givenName: 'Zoé',
					familyName: 'Côté',
					titleFr: 'Bibliothécaire',
					titleEn: 'Librarian',
					organizationId: home
				})
			);
			expect(await getPerson(t.ctx, a, id)).toMatchObject({ title_en: 'Librarian', public_profile: false });
		});
	});

	describe('tables and seats', () => {
		let council: string;
		let sub: string;
		let group: string;
		let member: string;
		let agency: string;

		beforeAll(async () => {
			council = (await table(a, { kind: 'council', nameFr: 'Conseil', nameEn: 'Council' })).id;
			sub = (
				await table(a, {
					kind: 'sub_council',
					nameFr: 'Sous-conseil emploi',
					nameEn: 'Employment sub-council',
					parentId: council
				})
			).id;
			group = (await table(a, { kind: 'working_group', nameFr: 'Groupe', nameEn: 'Group', parentId: sub })).id;
			member = (await person(a, { givenName: 'Amina', familyName: 'Diallo' })).id;
			agency = (await org(a, { nameFr: 'Agence d’emploi', sector: 'employment' })).id;
		});

		it('builds the tree with the council first, and refuses a cycle', async () => {
			const flat = flattenTree(await tableTree(t.ctx, a));
			expect(flat.map((n) => [n.id, n.depth])).toEqual([
				[council, 0],
				[sub, 1],
				[group, 2]
			]);
			const cycle = await saveTable(t.ctx, actor, a, council, {
				kind: 'council',
				nameFr: 'Conseil',
				nameEn: 'Council',
				parentId: group
			});
			expect(cycle).toMatchObject({ ok: false, fieldErrors: { parentId: ['partnership.error_table_cycle'] } });
			const self = await saveTable(t.ctx, actor, a, sub, {
				kind: 'sub_council',
				nameFr: 'S',
				nameEn: 'S',
				parentId: sub
			});
			expect(self).toMatchObject({ ok: false, fieldErrors: { parentId: ['partnership.error_table_cycle'] } });
			expect((await getTable(t.ctx, a, council))?.parent_id).toBeNull();
			await must(
				saveTable(t.ctx, actor, a, group, {
					kind: 'working_group',
					nameFr: 'Groupe emploi',
					nameEn: 'Employment group',
					parentId: sub,
					position: '3'
				})
			);
			expect(await getTable(t.ctx, a, group)).toMatchObject({ name_fr: 'Groupe emploi', parent_id: sub, position: 3 });
			const dates = await saveTable(t.ctx, actor, a, null, {
				kind: 'team',
				nameFr: 'É',
				nameEn: 'T',
				startDate: '2024-05-01',
				endDate: '2024-04-01'
			});
			expect(dates).toMatchObject({ ok: false, fieldErrors: { endDate: ['partnership.error_end_before_start'] } });
		});

		it('seats a person or an organization, never both, and refuses a second current seat', async () => {
			const both = await addMembership(t.ctx, actor, a, {
				tableId: sub,
				personId: member,
				organizationId: agency,
				role: 'member'
			});
			expect(both).toMatchObject({ ok: false, fieldErrors: { member: ['partnership.error_member_one_of'] } });
			const neither = await addMembership(t.ctx, actor, a, { tableId: sub, role: 'member' });
			expect(neither).toMatchObject({ ok: false, fieldErrors: { member: ['partnership.error_member_one_of'] } });
			const badRole = await addMembership(t.ctx, actor, a, { tableId: sub, personId: member, role: 'king' });
			expect(badRole).toMatchObject({ ok: false, fieldErrors: { role: ['validation.invalid_choice'] } });

			await must(
				addMembership(t.ctx, actor, a, { tableId: sub, personId: member, role: 'member', startDate: daysAgo(30) })
			);
			const again = await addMembership(t.ctx, actor, a, { tableId: sub, personId: member, role: 'chair' });
			expect(again).toMatchObject({ ok: false, code: 'partnership.error_already_seated' });
			await must(addMembership(t.ctx, actor, a, { tableId: sub, organizationId: agency, role: 'member' }));
			const orgAgain = await addMembership(t.ctx, actor, a, { tableId: sub, organizationId: agency, role: 'observer' });
			expect(orgAgain).toMatchObject({ ok: false, code: 'partnership.error_already_seated' });
			// The same member may sit at another table.
			await must(addMembership(t.ctx, actor, a, { tableId: group, personId: member, role: 'co_chair' }));

			const current = await listTableMembers(t.ctx, a, sub);
			expect(current.map((m) => [m.person_id ?? m.organization_id, m.role])).toEqual(
				expect.arrayContaining([
					[member, 'member'],
					[agency, 'member']
				])
			);
			expect((await tableTree(t.ctx, a))[0].children[0].member_count).toBe(2);
			const seatsOf = await listSeatsOf(t.ctx, a, { personId: member });
			expect(seatsOf.map((s) => s.table_id).sort()).toEqual([sub, group].sort());
		});

		it('changes a role by ending the seat and opening a new one, keeping the history', async () => {
			const seat = (await listTableMembers(t.ctx, a, sub)).find((m) => m.person_id === member)!;
			const changed = await must(changeMembershipRole(t.ctx, actor, a, seat.id, 'chair'));
			expect(changed.id).not.toBe(seat.id);
			const all = await listTableMembers(t.ctx, a, sub, { history: true });
			const mine = all.filter((m) => m.person_id === member);
			expect(mine).toHaveLength(2);
			expect(mine.find((m) => m.id === seat.id)).toMatchObject({
				role: 'member',
				start_date: daysAgo(30),
				end_date: today()
			});
			expect(mine.find((m) => m.id === changed.id)).toMatchObject({
				role: 'chair',
				start_date: today(),
				end_date: null
			});
			// The chair comes first among current seats.
			expect((await listTableMembers(t.ctx, a, sub))[0]).toMatchObject({ id: changed.id, role: 'chair' });
			// Same role again: nothing changes.
			expect(await changeMembershipRole(t.ctx, actor, a, changed.id, 'chair')).toEqual({
				ok: true,
				value: { id: changed.id }
			});
			const bad = await changeMembershipRole(t.ctx, actor, a, changed.id, 'emperor');
			expect(bad).toMatchObject({ ok: false, fieldErrors: { role: ['validation.invalid_choice'] } });
			// An ended seat cannot change.
			expect(await changeMembershipRole(t.ctx, actor, a, seat.id, 'observer')).toMatchObject({
				ok: false,
				code: 'common.error_not_found'
			});
		});

		it('corrects a seat opened today in place instead of leaving a zero-day seat', async () => {
			const seat = (await listTableMembers(t.ctx, a, sub)).find((m) => m.organization_id === agency)!;
			expect(seat.start_date).toBe(today());
			const changed = await must(changeMembershipRole(t.ctx, actor, a, seat.id, 'secretary'));
			expect(changed.id).toBe(seat.id);
			const rows = (await listTableMembers(t.ctx, a, sub, { history: true })).filter(
				(m) => m.organization_id === agency
			);
			expect(rows).toEqual([expect.objectContaining({ id: seat.id, role: 'secretary', end_date: null })]);
			const events = await auditOf(seat.id);
			const correction = events.find((e) => e.action === 'table_membership.change_role');
			expect(json(correction?.before)).toMatchObject({ role: 'member' });
			expect(json(correction?.after)).toMatchObject({ role: 'secretary' });
		});

		it('ends a seat on a valid date only, and keeps the row', async () => {
			const seat = await must(
				addMembership(t.ctx, actor, a, {
					tableId: council,
					organizationId: agency,
					role: 'member',
					startDate: '2024-01-15'
				})
			);
			expect(await endMembership(t.ctx, actor, a, seat.id, '2024-01-01')).toMatchObject({
				ok: false,
				fieldErrors: { endDate: ['partnership.error_end_before_start'] }
			});
			expect(await endMembership(t.ctx, actor, a, seat.id, '15/01/2024')).toMatchObject({
				ok: false,
				fieldErrors: { endDate: ['validation.invalid_date'] }
			});
			expect(await endMembership(t.ctx, actor, a, seat.id, '2024-06-30')).toEqual({ ok: true, value: null });
			expect(await endMembership(t.ctx, actor, a, seat.id, '2024-07-01')).toMatchObject({
				ok: false,
				code: 'common.error_not_found'
			});
			expect((await listTableMembers(t.ctx, a, council)).map((m) => m.id)).not.toContain(seat.id);
			expect(
				(await listTableMembers(t.ctx, a, council, { history: true })).find((m) => m.id === seat.id)
			).toMatchObject({
				start_date: '2024-01-15',
				end_date: '2024-06-30'
			});
			const ended = (await auditOf(seat.id)).find((e) => e.action === 'table_membership.end');
			expect(json(ended?.before)).toMatchObject({ end_date: null });
			expect(json(ended?.after)).toMatchObject({ end_date: '2024-06-30' });
		});
	});

	it('leaves an audit row with before and after for every write', async () => {
		const events = await t.ctx.db
			.selectFrom('audit_event')
			.selectAll()
			.where('partnership_id', '=', a)
			.orderBy('id')
			.execute();
		const writes = events.filter((e) => /^(organization|person|governance_table|table_membership)\./.test(e.action));
		expect(new Set(writes.map((e) => e.action))).toEqual(
			new Set([
				'organization.create',
				'organization.update',
				'person.create',
				'person.update',
				'governance_table.create',
				'governance_table.update',
				'table_membership.create',
				'table_membership.end',
				'table_membership.change_role'
			])
		);
		for (const event of writes) {
			expect(event.actor_label).toBe('Test coordinator');
			expect(event.request_id).toBe('req-test');
			expect(json(event.after)).toMatchObject({ id: event.entity_id, partnership_id: a });
			if (event.action.endsWith('.create')) expect(event.before).toBeNull();
			else expect(json(event.before)).toMatchObject({ id: event.entity_id, partnership_id: a });
		}
		// Every organization, person, table and seat of A has its creation on record.
		const rows = [
			...(await t.ctx.db.selectFrom('organization').select('id').where('partnership_id', '=', a).execute()),
			...(await t.ctx.db.selectFrom('person').select('id').where('partnership_id', '=', a).execute()),
			...(await t.ctx.db.selectFrom('governance_table').select('id').where('partnership_id', '=', a).execute()),
			...(await t.ctx.db.selectFrom('table_membership').select('id').where('partnership_id', '=', a).execute())
		];
		const created = new Set(writes.filter((e) => e.action.endsWith('.create')).map((e) => e.entity_id));
		for (const row of rows) expect(created.has(row.id)).toBe(true);
		// Failed writes left nothing behind.
		expect(writes.every((e) => e.partnership_id === a)).toBe(true);
	});

	it('never lets partnership B see or change partnership A’s rows', async () => {
		const orgA = (await listOrganizations(t.ctx, a, { status: 'all' })).find((o) => o.is_lead)!;
		const personA = (await listPeople(t.ctx, a))[0];
		const tableA = flattenTree(await tableTree(t.ctx, a))[1];
		const seatA = (await listTableMembers(t.ctx, a, tableA.id))[0];
		expect(orgA && personA && tableA && seatA).toBeTruthy();
		const auditBefore = await t.ctx.db.selectFrom('audit_event').select('id').execute();

		// Reads
		expect(await getOrganization(t.ctx, b, orgA.id)).toBeUndefined();
		expect(await getPerson(t.ctx, b, personA.id)).toBeUndefined();
		expect(await getTable(t.ctx, b, tableA.id)).toBeUndefined();
		expect((await listOrganizations(t.ctx, b, { status: 'all' })).map((o) => o.name_fr)).toEqual(['Organisme de B']);
		expect(await listOrganizations(t.ctx, b, { q: 'universite', status: 'all' })).toEqual([]);
		expect(await listPeople(t.ctx, b, { includeFormer: true })).toEqual([]);
		expect(await listPeople(t.ctx, b, { organizationId: orgA.id })).toEqual([]);
		expect(await tableTree(t.ctx, b, { includeClosed: true })).toEqual([]);
		expect(await listTableMembers(t.ctx, b, tableA.id, { history: true })).toEqual([]);
		expect(await listSeatsOf(t.ctx, b, { personId: personA.id })).toEqual([]);
		expect(await listSeatsOf(t.ctx, b, { organizationId: orgA.id })).toEqual([]);

		// Writes
		expect(await saveOrganization(t.ctx, actor, b, orgA.id, { nameFr: 'Piraté', sector: 'other' })).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		expect(await savePerson(t.ctx, actor, b, personA.id, { givenName: 'Piraté' })).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		expect(
			await saveTable(t.ctx, actor, b, tableA.id, { kind: 'team', nameFr: 'Piraté', nameEn: 'Hijacked' })
		).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		expect(
			await saveTable(t.ctx, actor, b, null, { kind: 'team', nameFr: 'T', nameEn: 'T', parentId: tableA.id })
		).toMatchObject({
			ok: false,
			fieldErrors: { parentId: ['validation.invalid_choice'] }
		});
		expect(
			await addMembership(t.ctx, actor, b, { tableId: tableA.id, personId: personA.id, role: 'member' })
		).toMatchObject({
			ok: false,
			fieldErrors: { tableId: ['validation.invalid_choice'] }
		});
		const tableB = (await table(b, { kind: 'council', nameFr: 'Conseil B', nameEn: 'Council B' })).id;
		expect(
			await addMembership(t.ctx, actor, b, { tableId: tableB, personId: personA.id, role: 'member' })
		).toMatchObject({
			ok: false,
			fieldErrors: { personId: ['validation.invalid_choice'] }
		});
		expect(
			await addMembership(t.ctx, actor, b, { tableId: tableB, organizationId: orgA.id, role: 'member' })
		).toMatchObject({
			ok: false,
			fieldErrors: { organizationId: ['validation.invalid_choice'] }
		});
		expect(await changeMembershipRole(t.ctx, actor, b, seatA.id, 'observer')).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		expect(await endMembership(t.ctx, actor, b, seatA.id, today())).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		// A lead in B does not take the lead away from A.
		await org(b, { nameFr: 'Chef de file B', sector: 'municipality', isLead: true });

		expect(await getOrganization(t.ctx, a, orgA.id)).toMatchObject({ name_fr: orgA.name_fr, is_lead: true });
		expect(await getPerson(t.ctx, a, personA.id)).toMatchObject({ given_name: personA.given_name });
		expect(await getTable(t.ctx, a, tableA.id)).toMatchObject({ name_fr: tableA.name_fr, kind: tableA.kind });
		expect((await listTableMembers(t.ctx, a, tableA.id)).find((m) => m.id === seatA.id)).toMatchObject({
			role: seatA.role,
			end_date: null
		});
		// B's only audit rows are its own two creations.
		const newEvents = await t.ctx.db
			.selectFrom('audit_event')
			.selectAll()
			.where(
				'id',
				'not in',
				auditBefore.map((e) => e.id)
			)
			.execute();
		expect(newEvents.map((e) => [e.partnership_id, e.action]).sort()).toEqual(
			[
				[b, 'governance_table.create'],
				[b, 'organization.create']
			].sort()
		);
	});
});

describe.each(engines)('organization logos on %s', (engine) => {
	let t: TestDatabase;
	let a: string;
	let b: string;
	let orgId: string;
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
	beforeAll(async () => {
		t = await openTestDatabase(engine);
		const pa = await createPartnership(t.ctx, systemActor, { slug: 'logo-a', nameFr: 'A', nameEn: 'A' });
		const pb = await createPartnership(t.ctx, systemActor, { slug: 'logo-b', nameFr: 'B', nameEn: 'B' });
		if (!pa.ok || !pb.ok) throw new Error('setup');
		a = pa.value.id;
		b = pb.value.id;
		const org = await saveOrganization(t.ctx, systemActor, a, null, { nameFr: 'Bibliothèque', sector: 'library' });
		if (!org.ok) throw new Error('setup');
		orgId = org.value.id;
	});
	afterAll(() => t?.close());

	it('stores a PNG, serves it back, and replaces it without leaving the old file behind', async () => {
		const { setOrganizationLogo, organizationLogo } = await import('./logos.ts');
		expect((await setOrganizationLogo(t.ctx, systemActor, a, orgId, png)).ok).toBe(true);
		expect((await setOrganizationLogo(t.ctx, systemActor, a, orgId, png)).ok).toBe(true);
		const logo = await organizationLogo(t.ctx, a, orgId);
		expect(logo?.content_type).toBe('image/png');
		expect(Buffer.from(logo!.data).equals(Buffer.from(png))).toBe(true);
		const files = await t.ctx.db.selectFrom('stored_file').select('id').where('partnership_id', '=', a).execute();
		expect(files).toHaveLength(1);
		const audit = await t.ctx.db
			.selectFrom('audit_event')
			.select('after')
			.where('action', '=', 'stored_file.create')
			.execute();
		expect(JSON.stringify(audit)).toContain('[16 bytes]');
	});

	it('refuses SVG, text and oversized files, and other partnerships', async () => {
		const { setOrganizationLogo, organizationLogo } = await import('./logos.ts');
		const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
		expect(await setOrganizationLogo(t.ctx, systemActor, a, orgId, svg)).toMatchObject({
			ok: false,
			fieldErrors: { logo: ['orgs.logo_bad_type'] }
		});
		const big = new Uint8Array(400 * 1024);
		big.set(png);
		expect(await setOrganizationLogo(t.ctx, systemActor, a, orgId, big)).toMatchObject({
			ok: false,
			fieldErrors: { logo: ['orgs.logo_too_big'] }
		});
		expect(await setOrganizationLogo(t.ctx, systemActor, b, orgId, png)).toMatchObject({
			ok: false,
			code: 'common.error_not_found'
		});
		expect(await organizationLogo(t.ctx, b, orgId)).toBeUndefined();
		expect((await setOrganizationLogo(t.ctx, systemActor, a, orgId, null)).ok).toBe(true);
		expect(await organizationLogo(t.ctx, a, orgId)).toBeUndefined();
	});
});
