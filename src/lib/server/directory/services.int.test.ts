import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import type { Actor } from '../accounts/types.ts';
import { createUser } from '../accounts/users.ts';
import { saveOrganization, savePerson, linkPersonToAccount } from '../partnership/index.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { scoped } from '../tenancy/scoped.ts';
import {
	deleteLocation,
	deleteService,
	deleteTaxonomyTerm,
	ensureDirectoryTaxonomy,
	flattenTaxonomy,
	getServiceDetail,
	listTaxonomyTree,
	locationEditValues,
	markServiceVerified,
	organizationOfUser,
	saveLocation,
	saveService,
	saveTaxonomyTerm,
	serviceEditValues,
	serviceFormInput,
	setServiceStatus,
	type LocationInput,
	type ServiceInput
} from './index.ts';

/** The directory's write use cases (what the editing pages call), on every engine. */
describe.each(engines)('directory writes on %s', (engine) => {
	let t: TestDatabase;
	let a: string;
	let b: string;
	let orgA1: string;
	let orgA2: string;
	let orgB: string;
	let terms: Map<string, string>;
	let termsB: Map<string, string>;
	let locA1: string;
	let locA2: string;
	let locB: string;
	const actor: Actor = { userId: null, label: 'Test coordinator', requestId: 'req-write' };

	async function must<T>(promise: Promise<{ ok: true; value: T } | { ok: false; code: string }>): Promise<T> {
		const result = await promise;
		if (!result.ok) throw new Error(`expected success, got ${result.code} ${JSON.stringify(result)}`);
		return result.value;
	}
	const auditOf = (entityId: string) =>
		t.ctx.db.selectFrom('audit_event').selectAll().where('entity_id', '=', entityId).orderBy('id').execute();
	const searchRows = async (serviceId: string) =>
		(
			await sql<{
				name_en: string;
				location_id: string | null;
			}>`select name_en, location_id from service_search where service_id = ${serviceId} order by location_id`.execute(
				t.ctx.db
			)
		).rows;
	const location = (partnershipId: string, input: Partial<LocationInput>) =>
		must(
			saveLocation(t.ctx, actor, partnershipId, null, {
				nameFr: 'Bureau',
				nameEn: 'Office',
				address1: '100 Dundas St',
				city: 'London',
				postalCode: 'n6a1a1',
				latitude: '42.98',
				longitude: '-81.25',
				...input
			})
		);
	const base = (input: Partial<ServiceInput> = {}): ServiceInput => ({
		organizationId: orgA1,
		nameFr: 'Cours d’anglais',
		nameEn: 'English classes',
		deliveryModes: ['in_person'],
		...input
	});

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		a = (await must(createPartnership(t.ctx, actor, { slug: 'lip-a', nameFr: 'PLI A', nameEn: 'LIP A' }))).id;
		b = (await must(createPartnership(t.ctx, actor, { slug: 'lip-b', nameFr: 'PLI B', nameEn: 'LIP B' }))).id;
		terms = (await ensureDirectoryTaxonomy(t.ctx.db, a)).termIds;
		termsB = (await ensureDirectoryTaxonomy(t.ctx.db, b)).termIds;
		orgA1 = (await must(saveOrganization(t.ctx, actor, a, null, { nameFr: 'Centre A1', sector: 'settlement' }))).id;
		orgA2 = (await must(saveOrganization(t.ctx, actor, a, null, { nameFr: 'Centre A2', sector: 'health' }))).id;
		orgB = (await must(saveOrganization(t.ctx, actor, b, null, { nameFr: 'Centre B', sector: 'settlement' }))).id;
		locA1 = (await location(a, { organizationId: orgA1, nameEn: 'A1 office' })).id;
		locA2 = (await location(a, { organizationId: orgA2, nameEn: 'A2 clinic', address1: '200 King St' })).id;
		locB = (await location(b, { organizationId: orgB })).id;
	}, 60_000);
	afterAll(() => t?.close());

	describe('saveService', () => {
		it('refuses bad input with field message keys and writes nothing', async () => {
			const before = await scoped(t.ctx.db, a).selectFrom('service').select('id').execute();
			const result = await saveService(t.ctx, actor, a, null, {
				organizationId: orgA1,
				nameFr: ' ',
				status: 'open',
				minimumAge: '30',
				maximumAge: '12',
				deliveryModes: [],
				languages: ['english!'],
				url: 'javascript:alert(1)',
				freeOfCharge: 'on',
				costOptions: [{ optionEn: 'Fee', amount: '20' }],
				requiredDocuments: [{ documentFr: '', documentEn: '', uri: 'https://example.org/form' }]
			});
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.code).toBe('common.error_form');
			expect(result.fieldErrors).toMatchObject({
				status: ['validation.invalid_choice'],
				'languages.0': ['directory.error_invalid_language'],
				url: ['validation.invalid_url']
			});
			// Cross-field rules run once the fields themselves are valid.
			const second = await saveService(t.ctx, actor, a, null, {
				organizationId: orgA1,
				minimumAge: '30',
				maximumAge: '12',
				deliveryModes: [],
				freeOfCharge: 'on',
				costOptions: [{ optionEn: 'Fee', amount: '20' }],
				requiredDocuments: [{ documentFr: '', documentEn: '', uri: 'https://example.org/form' }]
			});
			expect(second.ok).toBe(false);
			if (second.ok) return;
			expect(second.fieldErrors).toMatchObject({
				nameFr: ['directory.error_name_required'],
				maximumAge: ['directory.error_age_range'],
				deliveryModes: ['directory.error_mode_required'],
				freeOfCharge: ['directory.error_free_with_fee'],
				'requiredDocuments.0.documentFr': ['validation.required']
			});
			expect(await scoped(t.ctx.db, a).selectFrom('service').select('id').execute()).toEqual(before);
		});

		it('refuses references from another partnership', async () => {
			const cross = await saveService(
				t.ctx,
				actor,
				a,
				null,
				base({ categories: [termsB.get('housing')!], locationIds: [locB] })
			);
			expect(cross).toMatchObject({
				ok: false,
				fieldErrors: {
					categories: ['directory.error_unknown_category'],
					locationIds: ['directory.error_unknown_location']
				}
			});
			const otherOrg = await saveService(t.ctx, actor, a, null, base({ organizationId: orgB }));
			expect(otherOrg).toMatchObject({
				ok: false,
				fieldErrors: { organizationId: ['directory.error_unknown_organization'] }
			});
		});

		it('creates a full listing, audits it and builds its search rows', async () => {
			const { id } = await must(
				saveService(
					t.ctx,
					actor,
					a,
					null,
					base({
						descriptionEn: 'LINC levels 1 to 6.',
						categories: [terms.get('english_classes')!, terms.get('child_care')!],
						languages: ['en', 'fr'],
						interpreterLanguages: ['ar', 'so', 'en'],
						eligibleStatuses: ['permanent_resident', 'protected_person'],
						minimumAge: '18',
						deliveryModes: ['in_person', 'virtual'],
						freeOfCharge: false,
						costOptions: [{ optionFr: 'Manuel', optionEn: 'Textbook', amount: '25,50' }],
						requiredDocuments: [
							{ documentFr: 'Carte de RP', documentEn: 'PR card' },
							{ documentFr: 'Résultat NCLC', documentEn: 'CLB result' }
						],
						phones: [{ number: '519-555-0100', extension: '12' }],
						locationIds: [locA1, locA2]
					})
				)
			);
			const d = (await getServiceDetail(t.ctx.db, a, id))!;
			expect(d.name).toEqual({ fr: 'Cours d’anglais', en: 'English classes' });
			expect(d.categories.map((c) => c.code).sort()).toEqual(['child_care', 'english_classes']);
			expect(d.languages.map((l) => [l.code, l.viaInterpreter])).toEqual([
				['en', false],
				['fr', false],
				['ar', true],
				['so', true]
			]);
			expect(d.languages.find((l) => l.code === 'ar')!.name).toBe('العربية');
			expect(d.eligibleStatuses).toEqual(['permanent_resident', 'protected_person']);
			expect(d.minimumAge).toBe(18);
			expect(d.costOptions[0]).toMatchObject({ amount: 25.5, currency: 'CAD', option: { en: 'Textbook' } });
			expect(d.requiredDocuments.map((r) => r.document.en)).toEqual(['PR card', 'CLB result']);
			expect(d.phones[0]).toMatchObject({ number: '519-555-0100', extension: 12 });
			expect(d.locations.map((l) => l.name.en).sort()).toEqual(['A1 office', 'A2 clinic']);
			expect(d.assuredDate).toBeNull();
			expect(d.stale).toBe(true);
			const audit = await auditOf(id);
			expect(audit.map((e) => e.action)).toEqual(['service.create', 'service.links']);
			expect(audit[0].actor_label).toBe('Test coordinator');
			expect((await searchRows(id)).map((r) => r.name_en)).toEqual(['English classes', 'English classes']);
		});

		it('updates in place: keeps the service-at-location ids it still has, audits before and after', async () => {
			const { id } = await must(saveService(t.ctx, actor, a, null, base({ locationIds: [locA1, locA2] })));
			const first = (await getServiceDetail(t.ctx.db, a, id))!;
			const salA1 = first.locations.find((l) => l.id === locA1)!.serviceAtLocationId;
			const values = (await serviceEditValues(t.ctx.db, a, id))!;
			await must(
				saveService(t.ctx, actor, a, id, {
					...values,
					nameEn: 'English for work',
					locationIds: [locA1],
					categories: [terms.get('language_for_work')!],
					hoursMode: 'own',
					hours: {
						TU: { opens: '18:00', closes: '21:00' },
						TH: { opens: '18:00', closes: '21:00' },
						notesEn: 'Evenings'
					}
				})
			);
			const d = (await getServiceDetail(t.ctx.db, a, id, { now: new Date('2026-12-08T23:30:00Z') }))!;
			expect(d.name.en).toBe('English for work');
			expect(d.locations.map((l) => l.serviceAtLocationId)).toEqual([salA1]);
			expect(d.categories.map((c) => c.code)).toEqual(['language_for_work']);
			expect(d.locations[0].hours.find((h) => h.day === 'TU')!.ranges).toEqual([{ opens: '18:00', closes: '21:00' }]);
			expect(d.locations[0].openNow).toBe(true); // Tuesday 18:30 in Toronto
			expect(d.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
			const audit = await auditOf(id);
			expect(audit.map((e) => e.action)).toEqual([
				'service.create',
				'service.links',
				'service.update',
				'service.links'
			]);
			const links = audit[3];
			const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as { locations: string[] };
			expect(parse(links.before).locations.sort()).toEqual([locA1, locA2].sort());
			expect(parse(links.after).locations).toEqual([locA1]);
			expect(await searchRows(id)).toEqual([{ name_en: 'English for work', location_id: locA1 }]);
			// Back to the location's hours.
			await must(
				saveService(t.ctx, actor, a, id, { ...(await serviceEditValues(t.ctx.db, a, id))!, hoursMode: 'location' })
			);
			const again = (await getServiceDetail(t.ctx.db, a, id))!;
			expect(again.locations[0].schedules.every((r) => r.location_id === locA1)).toBe(true);
		});

		it('keeps members to their own organization’s listings', async () => {
			const { id } = await must(
				saveService(t.ctx, actor, a, null, base({ organizationId: orgA1, locationIds: [locA2] }))
			);
			const scope = { organizationScope: orgA2 };
			expect(await saveService(t.ctx, actor, a, id, base({ organizationId: orgA2 }), scope)).toEqual({
				ok: false,
				code: 'directory.error_not_your_organization',
				fieldErrors: undefined
			});
			expect(await saveService(t.ctx, actor, a, null, base({ organizationId: orgA1 }), scope)).toMatchObject({
				ok: false,
				code: 'directory.error_not_your_organization'
			});
			expect(await setServiceStatus(t.ctx, actor, a, id, 'inactive', scope)).toMatchObject({
				code: 'directory.error_not_your_organization'
			});
			expect(await deleteService(t.ctx, actor, a, id, scope)).toMatchObject({
				code: 'directory.error_not_your_organization'
			});
			// Their own: fine, but not another organization's location.
			const own = await must(
				saveService(t.ctx, actor, a, null, base({ organizationId: orgA2, locationIds: [locA2] }), scope)
			);
			expect(
				await saveService(t.ctx, actor, a, own.id, base({ organizationId: orgA2, locationIds: [locA2, locA1] }), scope)
			).toMatchObject({ ok: false, fieldErrors: { locationIds: ['directory.error_not_your_location'] } });
			// A location another organization added earlier stays when the member saves.
			await must(saveService(t.ctx, actor, a, own.id, base({ organizationId: orgA2, locationIds: [locA2, locA1] })));
			await must(
				saveService(
					t.ctx,
					actor,
					a,
					own.id,
					base({ organizationId: orgA2, locationIds: [locA2, locA1], nameEn: 'Ours' }),
					scope
				)
			);
			expect((await getServiceDetail(t.ctx.db, a, own.id))!.name.en).toBe('Ours');
			expect((await getServiceDetail(t.ctx.db, a, id))!.status).toBe('active');
		});

		it('takes a form post as it comes (repeated and indexed keys)', async () => {
			const form = new FormData();
			form.set('organizationId', orgA1);
			form.set('nameFr', 'Aide au logement');
			form.set('nameEn', 'Housing help');
			for (const m of ['in_person', 'phone']) form.append('deliveryModes', m);
			form.append('categories', terms.get('housing')!);
			for (const l of ['en', 'ar']) form.append('languages', l);
			form.append('eligibleStatuses', 'refugee_claimant');
			form.set('freeOfCharge', 'on');
			form.set('requiredDocuments.0.documentFr', 'Bail');
			form.set('requiredDocuments.0.documentEn', 'Lease');
			form.set('requiredDocuments.1.documentFr', '');
			form.set('requiredDocuments.1.documentEn', '');
			form.append('locationIds', locA1);
			form.set('hoursMode', 'own');
			form.set('hours.MO.opens', '09:00');
			form.set('hours.MO.closes', '12:00');
			form.set('hours.SA.opens', '10:00');
			form.set('hours.SA.closes', '');
			const bad = await saveService(t.ctx, actor, a, null, serviceFormInput(form));
			expect(bad).toMatchObject({
				ok: false,
				fieldErrors: { 'hours.SA.closes': ['directory.error_hours_incomplete'] }
			});
			form.set('hours.SA.opens', '');
			const { id } = await must(saveService(t.ctx, actor, a, null, serviceFormInput(form)));
			const d = (await getServiceDetail(t.ctx.db, a, id))!;
			expect(d.freeOfCharge).toBe(true);
			expect(d.deliveryModes).toEqual(['in_person', 'phone']);
			expect(d.requiredDocuments.map((r) => r.document.en)).toEqual(['Lease']);
			expect(d.locations[0].hours[0].ranges).toEqual([{ opens: '09:00', closes: '12:00' }]);
		});
	});

	describe('status, verification, deletion', () => {
		it('changes the status (audited), verifies without touching “last edited”, deletes', async () => {
			const { id } = await must(saveService(t.ctx, actor, a, null, base({ categories: [terms.get('housing')!] })));
			expect(await setServiceStatus(t.ctx, actor, a, id, 'closed-ish')).toMatchObject({
				ok: false,
				fieldErrors: { status: ['validation.invalid_choice'] }
			});
			await must(setServiceStatus(t.ctx, actor, a, id, 'temporarily closed'));
			expect((await getServiceDetail(t.ctx.db, a, id))!.status).toBe('temporarily closed');
			expect(await searchRows(id)).toEqual([]); // only active services are searchable
			await must(setServiceStatus(t.ctx, actor, a, id, 'active'));
			expect(await searchRows(id)).toHaveLength(1);

			const edited = (await getServiceDetail(t.ctx.db, a, id))!.updatedAt;
			expect(await markServiceVerified(t.ctx, actor, a, id, 'not an address')).toMatchObject({
				fieldErrors: { assurerEmail: ['validation.email'] }
			});
			const verified = await must(markServiceVerified(t.ctx, actor, a, id, 'Staff@Centre.example'));
			const d = (await getServiceDetail(t.ctx.db, a, id))!;
			expect(d.assuredDate).toBe(verified.assuredDate);
			expect(d.assurerEmail).toBe('staff@centre.example');
			expect(d.stale).toBe(false);
			expect(d.updatedAt.getTime()).toBe(edited.getTime());
			expect(await markServiceVerified(t.ctx, actor, b, id, '')).toMatchObject({ code: 'common.error_not_found' });

			expect(await deleteService(t.ctx, actor, b, id)).toMatchObject({ code: 'common.error_not_found' });
			await must(deleteService(t.ctx, actor, a, id));
			expect(await getServiceDetail(t.ctx.db, a, id)).toBeUndefined();
			expect(await searchRows(id)).toEqual([]);
			const left = await scoped(t.ctx.db, a).selectFrom('attribute').select('id').where('link_id', '=', id).execute();
			expect(left).toEqual([]);
			expect((await auditOf(id)).map((e) => e.action)).toEqual([
				'service.create',
				'service.links',
				'service.status',
				'service.status',
				'service.verify',
				'service.delete',
				'service.links'
			]);
		});
	});

	describe('saveLocation', () => {
		it('refuses bad input with field keys', async () => {
			const result = await saveLocation(t.ctx, actor, a, null, {
				nameFr: '',
				nameEn: '',
				latitude: '42.9',
				longitude: '',
				timeZone: 'Mars/Olympus',
				address1: '',
				city: '',
				postalCode: '12345',
				hours: { MO: { opens: '9h', closes: '17:00' }, TU: { opens: '09:00', closes: '09:00' } }
			});
			expect(result).toMatchObject({
				ok: false,
				fieldErrors: {
					timeZone: ['directory.error_invalid_time_zone'],
					'hours.MO.opens': ['directory.error_invalid_time'],
					'hours.TU.closes': ['directory.error_hours_same']
				}
			});
			const second = await saveLocation(t.ctx, actor, a, null, { latitude: '42.9', postalCode: '12345' });
			expect(second).toMatchObject({
				ok: false,
				fieldErrors: {
					nameFr: ['directory.error_name_required'],
					longitude: ['directory.error_coordinates_pair'],
					address1: ['directory.error_address_required'],
					city: ['directory.error_address_required'],
					postalCode: ['directory.error_postal_code']
				}
			});
		});

		it('saves address, phones, hours and accessibility, and rebuilds the search rows of its services', async () => {
			const { id } = await must(
				saveLocation(t.ctx, actor, a, null, {
					organizationId: orgA1,
					nameFr: 'Succursale Winnipeg',
					nameEn: 'Winnipeg branch',
					address1: '1 Portage Ave',
					city: 'Winnipeg',
					stateProvince: 'MB',
					postalCode: 'r3b 2b9',
					latitude: '49.8951',
					longitude: '-97.1384',
					timeZone: 'America/Winnipeg',
					phones: [{ number: '204-555-0100' }, { number: '' }],
					hours: {
						MO: { opens: '09:00', closes: '17:00' },
						TU: { opens: '09:00', closes: '17:00' },
						SA: { opens: '10:00', closes: '14:00' },
						notesFr: 'Fermé les jours fériés',
						notesEn: 'Closed on holidays'
					},
					accessibility: ['wheelchair', 'elevator'],
					accessibilityDetailsEn: 'Ramp at the side door'
				})
			);
			const svc = await must(saveService(t.ctx, actor, a, null, base({ nameEn: 'At Winnipeg', locationIds: [id] })));
			// Monday 7 December 2026, 08:30 in Winnipeg = 14:30 UTC (09:30 in Toronto).
			const d = (await getServiceDetail(t.ctx.db, a, svc.id, { now: new Date('2026-12-07T14:30:00Z') }))!;
			const loc = d.locations[0];
			expect(loc.addresses[0]).toMatchObject({ city: 'Winnipeg', postalCode: 'R3B 2B9', stateProvince: 'MB' });
			expect(loc.timeZone).toBe('America/Winnipeg');
			expect(loc.openNow).toBe(false);
			expect(loc.nextOpening?.at.toISOString()).toBe('2026-12-07T15:00:00.000Z');
			expect(loc.phones.map((p) => p.number)).toEqual(['204-555-0100']);
			expect(loc.accessibility.map((x) => x.feature).sort()).toEqual(['elevator', 'other', 'wheelchair']);
			expect(loc.hours.find((h) => h.day === 'SA')!.ranges).toEqual([{ opens: '10:00', closes: '14:00' }]);
			expect(loc.schedules.map((s) => s.byday).sort()).toEqual(['MO,TU', 'SA']);

			// The editor shape round-trips, and an edit shows in the service's search row.
			const values = (await locationEditValues(t.ctx.db, a, id))!;
			expect(values).toMatchObject({
				city: 'Winnipeg',
				latitude: '49.8951',
				accessibilityDetailsEn: 'Ramp at the side door'
			});
			expect(values.serviceIds).toEqual([svc.id]);
			await must(saveLocation(t.ctx, actor, a, id, { ...values, city: 'Brandon', postalCode: 'R7A 0A1' }));
			const again = (await locationEditValues(t.ctx.db, a, id))!;
			expect({ ...again, city: 'Winnipeg', postalCode: 'R3B 2B9' }).toEqual(values);
			const rows = await sql<{ city: string }>`select city from service_search where service_id = ${svc.id}`.execute(
				t.ctx.db
			);
			expect(rows.rows.map((r) => r.city)).toEqual(['Brandon']);
			expect((await auditOf(id)).map((e) => e.action)).toEqual([
				'location.create',
				'location.parts',
				'location.update',
				'location.parts'
			]);
			expect(await deleteLocation(t.ctx, actor, a, id)).toMatchObject({ code: 'directory.error_location_in_use' });
		});

		it('keeps members to their own organization’s locations', async () => {
			const values = (await locationEditValues(t.ctx.db, a, locA1))!;
			expect(await saveLocation(t.ctx, actor, a, locA1, values, { organizationScope: orgA2 })).toMatchObject({
				code: 'directory.error_not_your_organization'
			});
			expect(
				await saveLocation(t.ctx, actor, a, locA1, { ...values, organizationId: orgA2 }, { organizationScope: orgA2 })
			).toMatchObject({ code: 'directory.error_not_your_organization' });
			expect(await saveLocation(t.ctx, actor, b, locA1, values)).toMatchObject({ code: 'common.error_not_found' });
			const mine = await must(
				saveLocation(t.ctx, actor, a, null, { ...values, organizationId: orgA2 }, { organizationScope: orgA2 })
			);
			await must(deleteLocation(t.ctx, actor, a, mine.id, { organizationScope: orgA2 }));
		});
	});

	describe('taxonomy terms', () => {
		it('adds, renames and translates a term; refuses cycles, clashes and deleting what is used', async () => {
			const parent = terms.get('language_training')!;
			const bad = await saveTaxonomyTerm(t.ctx, actor, a, null, { nameFr: '', code: 'Not OK!', theme: 'astrology' });
			expect(bad).toMatchObject({
				ok: false,
				fieldErrors: { code: ['directory.error_invalid_code'], theme: ['validation.invalid_choice'] }
			});
			const { id } = await must(
				saveTaxonomyTerm(t.ctx, actor, a, null, {
					parentId: parent,
					code: 'conversation_english',
					nameFr: 'Conversation anglaise',
					nameEn: 'English conversation',
					names: { ar: 'محادثة باللغة الإنجليزية', es: 'Conversación en inglés', uk: '' },
					synonyms: 'conversation circle, cercle de conversation\nchat',
					theme: 'education'
				})
			);
			let node = flattenTaxonomy(await listTaxonomyTree(t.ctx.db, a)).find((n) => n.id === id)!;
			expect(node).toMatchObject({ parentId: parent, depth: 1, theme: 'education' });
			expect(node.names).toEqual({ ar: 'محادثة باللغة الإنجليزية', es: 'Conversación en inglés' });
			expect(node.synonyms).toEqual(['conversation circle', 'cercle de conversation', 'chat']);
			expect(
				await saveTaxonomyTerm(t.ctx, actor, a, null, { nameEn: 'Dup', code: 'conversation_english' })
			).toMatchObject({
				fieldErrors: { code: ['directory.error_term_code_taken'] }
			});
			expect(
				await saveTaxonomyTerm(t.ctx, actor, a, parent, {
					nameFr: 'Formation linguistique',
					parentId: id,
					code: 'language_training'
				})
			).toMatchObject({ fieldErrors: { parentId: ['directory.error_term_parent_cycle'] } });
			expect(await saveTaxonomyTerm(t.ctx, actor, b, null, { nameEn: 'X', parentId: parent })).toMatchObject({
				fieldErrors: { parentId: ['directory.error_unknown_term'] }
			});

			// In use: renaming reaches the search rows; deleting is refused.
			const svc = await must(saveService(t.ctx, actor, a, null, base({ nameEn: 'Chat club', categories: [id] })));
			await must(
				saveTaxonomyTerm(t.ctx, actor, a, id, {
					parentId: parent,
					code: 'conversation_english',
					nameFr: 'Conversation',
					nameEn: 'Conversation practice'
				})
			);
			node = flattenTaxonomy(await listTaxonomyTree(t.ctx.db, a)).find((n) => n.id === id)!;
			expect(node.name.en).toBe('Conversation practice');
			expect(node.serviceCount).toBe(1);
			expect((await getServiceDetail(t.ctx.db, a, svc.id))!.categories[0].name.en).toBe('Conversation practice');
			expect(await deleteTaxonomyTerm(t.ctx, actor, a, id)).toMatchObject({ code: 'directory.error_term_in_use' });
			expect(await deleteTaxonomyTerm(t.ctx, actor, a, parent)).toMatchObject({
				code: 'directory.error_term_has_children'
			});
			expect(await deleteTaxonomyTerm(t.ctx, actor, b, id)).toMatchObject({ code: 'common.error_not_found' });
			await must(deleteService(t.ctx, actor, a, svc.id));
			await must(deleteTaxonomyTerm(t.ctx, actor, a, id));
			expect(flattenTaxonomy(await listTaxonomyTree(t.ctx.db, a)).some((n) => n.id === id)).toBe(false);
			expect((await auditOf(id)).map((e) => e.action)).toEqual([
				'taxonomy_term.create',
				'taxonomy_term.update',
				'taxonomy_term.delete'
			]);
		});
	});

	describe('organizationOfUser', () => {
		it('finds the organization of the person linked to the account, in this partnership only', async () => {
			const user = await createUser(t.ctx, actor, { email: 'staff@a2.example', displayName: 'Staff', locale: 'en' });
			if (!user.ok) throw new Error(user.code);
			const userId = user.value.id;
			expect(await organizationOfUser(t.ctx.db, a, userId)).toBeNull();
			await must(
				savePerson(t.ctx, actor, a, null, { givenName: 'Sam', organizationId: orgA2, email: 'staff@a2.example' })
			);
			expect(await linkPersonToAccount(t.ctx, actor, a, userId, 'staff@a2.example')).toBeTruthy();
			expect(await organizationOfUser(t.ctx.db, a, userId)).toBe(orgA2);
			expect(await organizationOfUser(t.ctx.db, b, userId)).toBeNull();
			expect(await organizationOfUser(t.ctx.db, a, null)).toBeNull();
			expect(await organizationOfUser(t.ctx.db, a, 'nope')).toBeNull();
		});
	});
});
