import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import { hashToken } from '../accounts/tokens.ts';
import { systemActor } from '../accounts/types.ts';
import { createUser, setPartnershipRole } from '../accounts/users.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { loadGovernance } from './governance-chart.ts';
import { getJoinRequest, listJoinRequests, reviewJoinRequest, submitJoinRequest } from './join-requests.ts';
import { addMembership, endMembership } from './memberships.ts';
import { partnerNetwork } from './network.ts';
import { saveOrganization } from './organizations.ts';
import { savePerson } from './people.ts';
import { representation, setTargetSectors } from './representation.ts';
import { saveTable } from './tables.ts';

/**
 * The public join form and its review, representation by sector (now and on a past date), gaps
 * against the target sectors, and the partner network — each scoped to one partnership.
 */
describe.each(engines)('joins, representation and network on %s', (engine) => {
	let t: TestDatabase;
	let a: string; // partnership A
	let b: string; // partnership B
	let coordinator: { userId: string; label: string; role: 'coordinator' };
	const tables = {} as Record<'council' | 'health' | 'closed', string>;
	const orgs = {} as Record<'city' | 'clinic' | 'library' | 'police' | 'lonely', string>;
	let publicPerson = '';
	let privatePerson = '';

	const ok = <T>(result: { ok: true; value: T } | { ok: false; code: string; fieldErrors?: unknown }): T => {
		if (!result.ok) throw new Error(`${result.code} ${JSON.stringify(result.fieldErrors ?? {})}`);
		return result.value;
	};
	const mails = (to: string) =>
		t.ctx.db.selectFrom('mail_message').selectAll().where('to_address', '=', to).orderBy('created_at').execute();
	const request = (overrides: Record<string, unknown> = {}) => ({
		organizationName: 'Centre d’accueil Nouveau Départ',
		sector: 'settlement',
		contactName: 'Amina Diallo',
		contactEmail: 'Amina@Example.org',
		contactPhone: '519-555-0142',
		preferredLanguage: 'en' as const,
		tableIds: [tables.council, tables.health],
		message: 'We run conversation circles.',
		consent: true,
		...overrides
	});

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		a = ok(await createPartnership(t.ctx, systemActor, { slug: 'lip-a', nameFr: 'PLI A', nameEn: 'LIP A' })).id;
		b = ok(await createPartnership(t.ctx, systemActor, { slug: 'lip-b', nameFr: 'PLI B', nameEn: 'LIP B' })).id;
		const user = ok(
			await createUser(t.ctx, systemActor, {
				email: 'coord@lip-a.example',
				displayName: 'Coordination A',
				password: 'a long enough passphrase',
				locale: 'fr'
			})
		);
		ok(await setPartnershipRole(t.ctx, systemActor, { partnershipId: a, userId: user.id, role: 'coordinator' }));
		coordinator = { userId: user.id, label: 'Coordination A', role: 'coordinator' };

		tables.council = ok(
			await saveTable(t.ctx, coordinator, a, null, {
				kind: 'council',
				nameFr: 'Conseil central',
				nameEn: 'Central Council',
				theme: 'governance'
			})
		).id;
		tables.health = ok(
			await saveTable(t.ctx, coordinator, a, null, {
				kind: 'sub_council',
				parentId: tables.council,
				nameFr: 'Sous-conseil santé',
				nameEn: 'Health Sub-Council',
				theme: 'health_wellbeing'
			})
		).id;
		tables.closed = ok(
			await saveTable(t.ctx, coordinator, a, null, {
				kind: 'working_group',
				parentId: tables.council,
				nameFr: 'Ancien groupe',
				nameEn: 'Old group',
				status: 'closed'
			})
		).id;
		const org = async (nameFr: string, sector: string) =>
			ok(await saveOrganization(t.ctx, coordinator, a, null, { nameFr, sector })).id;
		orgs.city = await org('Ville de London', 'municipality');
		orgs.clinic = await org('Clinique communautaire', 'health');
		orgs.library = await org('Bibliothèque publique', 'library');
		orgs.police = await org('Service de police', 'police_justice');
		orgs.lonely = await org('Organisme sans table', 'housing');
		publicPerson = ok(
			await savePerson(t.ctx, coordinator, a, null, {
				givenName: 'Léa',
				familyName: 'Tremblay',
				organizationId: orgs.library,
				publicProfile: true,
				email: 'lea@example.org'
			})
		).id;
		privatePerson = ok(
			await savePerson(t.ctx, coordinator, a, null, {
				givenName: 'Omar',
				familyName: 'Secret',
				organizationId: orgs.clinic,
				publicProfile: false,
				email: 'omar@example.org'
			})
		).id;

		// Council: the city (its own seat), the library (through Léa, who chairs) and the clinic
		// (through Omar). Health sub-council: the clinic and the city. The police sat at the council
		// in 2020 only.
		ok(
			await addMembership(t.ctx, coordinator, a, {
				tableId: tables.council,
				organizationId: orgs.city,
				role: 'member',
				startDate: '2019-01-01'
			})
		);
		ok(
			await addMembership(t.ctx, coordinator, a, {
				tableId: tables.council,
				personId: publicPerson,
				role: 'chair',
				startDate: '2019-01-01'
			})
		);
		ok(
			await addMembership(t.ctx, coordinator, a, {
				tableId: tables.council,
				personId: privatePerson,
				role: 'member',
				startDate: '2019-01-01'
			})
		);
		ok(
			await addMembership(t.ctx, coordinator, a, {
				tableId: tables.health,
				organizationId: orgs.clinic,
				role: 'co_chair',
				startDate: '2019-01-01'
			})
		);
		ok(
			await addMembership(t.ctx, coordinator, a, {
				tableId: tables.health,
				organizationId: orgs.city,
				role: 'member',
				startDate: '2019-01-01'
			})
		);
		const police = ok(
			await addMembership(t.ctx, coordinator, a, {
				tableId: tables.council,
				organizationId: orgs.police,
				role: 'member',
				startDate: '2020-01-01'
			})
		);
		ok(await endMembership(t.ctx, coordinator, a, police.id, '2021-01-01'));
		ok(await setTargetSectors(t.ctx, coordinator, a, ['municipality', 'health', 'library', 'housing']));
	});
	afterAll(() => t?.close());

	describe('the public join form', () => {
		it('requires consent', async () => {
			const result = await submitJoinRequest(t.ctx, a, request({ consent: false }));
			expect(result).toMatchObject({
				ok: false,
				code: 'common.error_form',
				fieldErrors: { consent: ['partnership.error_consent_required'] }
			});
		});

		it('rejects a bad e-mail address and missing fields', async () => {
			const result = await submitJoinRequest(
				t.ctx,
				a,
				request({ contactEmail: 'not-an-address', organizationName: ' ', sector: 'nope' })
			);
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.fieldErrors?.contactEmail).toEqual(['validation.email']);
			expect(result.fieldErrors?.organizationName).toEqual(['validation.required']);
			expect(result.fieldErrors?.sector).toEqual(['validation.invalid_choice']);
		});

		it('rejects an unknown table, a closed one, and another partnership’s', async () => {
			const unknown = await submitJoinRequest(
				t.ctx,
				a,
				request({ tableIds: ['00000000-0000-4000-8000-000000000000'] })
			);
			expect(unknown).toMatchObject({ ok: false, fieldErrors: { tableIds: ['validation.invalid_choice'] } });
			const closed = await submitJoinRequest(t.ctx, a, request({ tableIds: [tables.closed] }));
			expect(closed).toMatchObject({ ok: false, fieldErrors: { tableIds: ['validation.invalid_choice'] } });
			const elsewhere = await submitJoinRequest(t.ctx, b, request({ tableIds: [tables.council] }));
			expect(elsewhere).toMatchObject({ ok: false, fieldErrors: { tableIds: ['validation.invalid_choice'] } });
			expect(await t.ctx.db.selectFrom('join_request').select('id').execute()).toEqual([]);
		});

		it('records the request and mails an acknowledgement and a notice to coordinators', async () => {
			const { id } = ok(await submitJoinRequest(t.ctx, a, request()));
			const row = await getJoinRequest(t.ctx, a, id);
			expect(row).toMatchObject({
				status: 'pending',
				contact_email: 'amina@example.org',
				preferred_language: 'en',
				organization_name: 'Centre d’accueil Nouveau Départ'
			});
			expect([...row!.table_ids].sort()).toEqual([tables.council, tables.health].sort());

			const ack = await mails('amina@example.org');
			expect(ack).toHaveLength(1);
			expect(ack[0]).toMatchObject({ template: 'join_received', locale: 'en', partnership_id: a });
			expect(ack[0].subject.startsWith('Request received: LIP A')).toBe(true);
			const notice = await mails('coord@lip-a.example');
			expect(notice).toHaveLength(1);
			expect(notice[0]).toMatchObject({ template: 'join_new', locale: 'fr' });
			expect(notice[0].text_body).toContain(`/fr/lip-a/app/join-requests/${id}`);
		});
	});

	describe('the review', () => {
		let accepted = '';

		it('asks for more information (a question is required) and keeps the request open', async () => {
			const { id } = ok(
				await submitJoinRequest(
					t.ctx,
					a,
					request({
						organizationName: 'Groupe d’entraide',
						contactEmail: 'info@entraide.example',
						preferredLanguage: 'fr',
						tableIds: []
					})
				)
			);
			const empty = await reviewJoinRequest(t.ctx, coordinator, a, id, { decision: 'more_info', message: '  ' });
			expect(empty).toMatchObject({ ok: false, fieldErrors: { message: ['partnership.error_question_required'] } });
			expect(
				ok(
					await reviewJoinRequest(t.ctx, coordinator, a, id, {
						decision: 'more_info',
						message: 'Combien de bénévoles?'
					})
				)
			).toMatchObject({ status: 'more_info' });
			const open = await listJoinRequests(t.ctx, a, 'open');
			expect(open.map((r) => r.id)).toContain(id);
			const mail = (await mails('info@entraide.example')).find((m) => m.template === 'join_more_info');
			expect(mail?.locale).toBe('fr');
			expect(mail?.text_body).toContain('Combien de bénévoles?');
		});

		it('requires a reason to decline, then tells the person', async () => {
			const { id } = ok(
				await submitJoinRequest(
					t.ctx,
					a,
					request({ organizationName: 'Entreprise X', contactEmail: 'x@example.org', tableIds: [] })
				)
			);
			const noReason = await reviewJoinRequest(t.ctx, coordinator, a, id, { decision: 'decline', message: '' });
			expect(noReason).toMatchObject({ ok: false, fieldErrors: { message: ['partnership.error_reason_required'] } });
			expect((await getJoinRequest(t.ctx, a, id))?.status).toBe('pending');
			ok(await reviewJoinRequest(t.ctx, coordinator, a, id, { decision: 'decline', message: 'Outside our region.' }));
			expect(await getJoinRequest(t.ctx, a, id)).toMatchObject({
				status: 'declined',
				reviewer_message: 'Outside our region.',
				reviewed_by: coordinator.userId
			});
			const mail = (await mails('x@example.org')).find((m) => m.template === 'join_declined');
			expect(mail?.locale).toBe('en');
			expect(mail?.text_body).toContain('Outside our region.');
			const again = await reviewJoinRequest(t.ctx, coordinator, a, id, { decision: 'accept' });
			expect(again).toMatchObject({ ok: false, code: 'partnership.error_join_already_decided' });
		});

		it('accepts: organization, person, seats, an invitation and a welcome in the requester’s language', async () => {
			const [row] = (await listJoinRequests(t.ctx, a, 'pending')).filter(
				(r) => r.contact_email === 'amina@example.org'
			);
			accepted = row.id;
			const result = ok(
				await reviewJoinRequest(t.ctx, coordinator, a, accepted, { decision: 'accept', message: 'Welcome!' })
			);
			expect(result.status).toBe('accepted');
			const org = await t.ctx.db
				.selectFrom('organization')
				.selectAll()
				.where('id', '=', result.organizationId!)
				.executeTakeFirstOrThrow();
			expect(org).toMatchObject({
				partnership_id: a,
				name_fr: 'Centre d’accueil Nouveau Départ',
				sector: 'settlement',
				status: 'active'
			});
			const person = await t.ctx.db
				.selectFrom('person')
				.selectAll()
				.where('email', '=', 'amina@example.org')
				.executeTakeFirstOrThrow();
			expect(person).toMatchObject({
				partnership_id: a,
				organization_id: org.id,
				given_name: 'Amina',
				family_name: 'Diallo',
				preferred_language: 'en',
				public_profile: false
			});
			const seats = await t.ctx.db
				.selectFrom('table_membership')
				.selectAll()
				.where((eb) => eb.or([eb('organization_id', '=', org.id), eb('person_id', '=', person.id)]))
				.execute();
			expect(seats).toHaveLength(4);
			expect(new Set(seats.map((s) => s.table_id))).toEqual(new Set([tables.council, tables.health]));
			expect(seats.every((s) => s.end_date === null && s.role === 'member')).toBe(true);

			const invitation = await t.ctx.db
				.selectFrom('auth_token')
				.selectAll()
				.where('kind', '=', 'invitation')
				.where('email', '=', 'amina@example.org')
				.executeTakeFirstOrThrow();
			expect(invitation).toMatchObject({ partnership_id: a, role: 'member', used_at: null });
			const sent = await mails('amina@example.org');
			const welcome = sent.find((m) => m.template === 'join_accepted');
			expect(welcome?.locale).toBe('en');
			expect(welcome?.subject.startsWith('Welcome to LIP A')).toBe(true);
			expect(welcome?.text_body).toContain('Welcome!');
			const invite = sent.find((m) => m.template === 'invitation');
			expect(invite?.locale).toBe('en');
			// The link in the e-mail is the token whose hash is stored.
			const token = invite?.text_body.match(/\/en\/invitation\/([\w-]+)/)?.[1] ?? '';
			expect(hashToken(token)).toBe(invitation.id);
		});

		it('cannot decide a request twice', async () => {
			const twice = await reviewJoinRequest(t.ctx, coordinator, a, accepted, {
				decision: 'decline',
				message: 'Changed our mind'
			});
			expect(twice).toMatchObject({ ok: false, code: 'partnership.error_join_already_decided' });
			const more = await reviewJoinRequest(t.ctx, coordinator, a, accepted, { decision: 'more_info', message: '?' });
			expect(more).toMatchObject({ ok: false, code: 'partnership.error_join_already_decided' });
		});

		it('matches an accepted request to an existing organization instead of creating one', async () => {
			const { id } = ok(
				await submitJoinRequest(
					t.ctx,
					a,
					request({
						organizationName: 'City of London',
						sector: 'municipality',
						contactEmail: 'clerk@london.example',
						tableIds: []
					})
				)
			);
			const before = await t.ctx.db.selectFrom('organization').select('id').where('partnership_id', '=', a).execute();
			const wrong = await reviewJoinRequest(t.ctx, coordinator, a, id, {
				decision: 'accept',
				organizationId: '00000000-0000-4000-8000-000000000000'
			});
			expect(wrong).toMatchObject({ ok: false, fieldErrors: { organizationId: ['validation.invalid_choice'] } });
			expect(
				ok(await reviewJoinRequest(t.ctx, coordinator, a, id, { decision: 'accept', organizationId: orgs.city }))
			).toMatchObject({ organizationId: orgs.city });
			const after = await t.ctx.db.selectFrom('organization').select('id').where('partnership_id', '=', a).execute();
			expect(after).toHaveLength(before.length);
			const person = await t.ctx.db
				.selectFrom('person')
				.selectAll()
				.where('email', '=', 'clerk@london.example')
				.executeTakeFirstOrThrow();
			expect(person.organization_id).toBe(orgs.city);
		});

		it('lists by status, open by default on the page', async () => {
			const all = await listJoinRequests(t.ctx, a);
			expect(all.length).toBe(4);
			expect((await listJoinRequests(t.ctx, a, 'accepted')).map((r) => r.contact_email).sort()).toEqual([
				'amina@example.org',
				'clerk@london.example'
			]);
			expect((await listJoinRequests(t.ctx, a, 'declined')).map((r) => r.contact_email)).toEqual(['x@example.org']);
			expect((await listJoinRequests(t.ctx, a, 'open')).map((r) => r.status)).toEqual(['more_info']);
		});
	});

	describe('representation, gaps and network', () => {
		it('counts sectors by organization, through people’s organizations too', async () => {
			const report = await representation(t.ctx, a);
			const council = report.tables.find((x) => x.id === tables.council)!;
			// City (own seat), library (Léa), clinic (Omar), and the accepted settlement organization.
			expect(council.sectors).toEqual({ municipality: 1, library: 1, health: 1, settlement: 1 });
			const health = report.tables.find((x) => x.id === tables.health)!;
			expect(health.sectors).toMatchObject({ health: 1, municipality: 1, settlement: 1 });
			expect(health.depth).toBe(1);
			expect(report.overall).toMatchObject({ municipality: 1, library: 1, health: 1, settlement: 1 });
			expect(report.overall.police_justice).toBeUndefined();
		});

		it('reads the history on a past date', async () => {
			const in2020 = await representation(t.ctx, a, '2020-06-30');
			const council = in2020.tables.find((x) => x.id === tables.council)!;
			expect(council.sectors).toEqual({ municipality: 1, library: 1, health: 1, police_justice: 1 });
			const in2018 = await representation(t.ctx, a, '2018-12-31');
			expect(in2018.overall).toEqual({});
			expect(in2018.missing).toEqual(['health', 'library', 'municipality', 'housing']);
		});

		it('reports gaps as target sectors with no seat', async () => {
			const report = await representation(t.ctx, a);
			expect(report.targets).toEqual(['health', 'library', 'municipality', 'housing']);
			expect(report.missing).toEqual(['housing']); // the housing organization exists but has no seat
			expect(report.tables.find((x) => x.id === tables.health)!.missing).toEqual(['library', 'housing']);
			expect(report.tables.find((x) => x.id === tables.council)!.missing).toEqual(['housing']);
		});

		it('links organizations that share a table, weighted, and finds the isolated ones', async () => {
			const { nodes, edges } = await partnerNetwork(t.ctx, a);
			const degree = Object.fromEntries(nodes.map((n) => [n.id, n.degree]));
			expect(degree[orgs.lonely]).toBe(0);
			expect(degree[orgs.police]).toBe(0); // left the council in 2021
			expect(degree[orgs.city]).toBe(3); // library, clinic, settlement org
			expect(nodes.find((n) => n.id === orgs.city)?.tables).toBe(2);
			const pair = edges.find((e) => [e.source, e.target].sort().join() === [orgs.city, orgs.clinic].sort().join());
			expect(pair?.shared).toBe(2); // council and health sub-council
			const single = edges.find((e) => [e.source, e.target].sort().join() === [orgs.city, orgs.library].sort().join());
			expect(single?.shared).toBe(1);
			expect(nodes[0].degree).toBeGreaterThanOrEqual(nodes.at(-1)!.degree);
		});

		it('shows only people who agreed, on the public governance data', async () => {
			const { people, organizations, tree } = await loadGovernance(t.ctx, a);
			expect(tree.map((x) => x.id)).toEqual([tables.council]);
			expect(tree[0].children.map((x) => x.id)).toEqual([tables.health]); // the closed group is left out
			expect(people[tables.council]).toEqual([
				{
					id: publicPerson,
					name: 'Léa Tremblay',
					role: 'chair',
					organization: { fr: 'Bibliothèque publique', en: 'Bibliothèque publique' }
				}
			]);
			expect(JSON.stringify(people)).not.toContain('Omar');
			expect(JSON.stringify(people)).not.toContain('Amina');
			// Omar's clinic still sits at the council through him.
			expect(organizations[tables.council].map((o) => o.id)).toEqual(
				expect.arrayContaining([orgs.city, orgs.library, orgs.clinic])
			);
			expect(organizations[tables.council].map((o) => o.id)).not.toContain(orgs.police);
		});
	});

	describe('partnership B sees none of A', () => {
		it('has no requests, tables, representation or network of A', async () => {
			expect(await listJoinRequests(t.ctx, b)).toEqual([]);
			const [someRequest] = await listJoinRequests(t.ctx, a);
			expect(await getJoinRequest(t.ctx, b, someRequest.id)).toBeUndefined();
			const review = await reviewJoinRequest(t.ctx, { ...coordinator }, b, someRequest.id, {
				decision: 'decline',
				message: 'no'
			});
			expect(review).toMatchObject({ ok: false, code: 'common.error_not_found' });
			const report = await representation(t.ctx, b);
			expect(report).toMatchObject({ targets: [], tables: [], overall: {}, missing: [] });
			expect(await partnerNetwork(t.ctx, b)).toEqual({ nodes: [], edges: [] });
			expect((await loadGovernance(t.ctx, b)).tree).toEqual([]);
			const matchElsewhere = await submitJoinRequest(
				t.ctx,
				b,
				request({ contactEmail: 'b@example.org', tableIds: [] })
			);
			const { id } = ok(matchElsewhere);
			const cross = await reviewJoinRequest(t.ctx, coordinator, b, id, {
				decision: 'accept',
				organizationId: orgs.city
			});
			expect(cross).toMatchObject({ ok: false, fieldErrors: { organizationId: ['validation.invalid_choice'] } });
			// B has no coordinator: only the acknowledgement was written, in B's name.
			const bMails = await t.ctx.db
				.selectFrom('mail_message')
				.select(['to_address', 'subject'])
				.where('partnership_id', '=', b)
				.execute();
			expect(bMails).toEqual([{ to_address: 'b@example.org', subject: expect.stringContaining('LIP B') }]);
		});
	});
});
