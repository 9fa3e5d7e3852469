import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import type { Actor } from '../accounts/types.ts';
import { seedPartnershipDemo } from '../partnership/demo.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { scoped } from '../tenancy/scoped.ts';
import { londonServices } from './demo-data.ts';
import {
	directoryToday,
	ensureDirectoryTaxonomy,
	flattenTaxonomy,
	getServiceDetail,
	isStale,
	listDirectoryServices,
	listServicesOfOrganization,
	listTaxonomyTree,
	seedDirectoryDemo,
	staleCutoff,
	taxonomyTerms
} from './index.ts';

/** The directory core (taxonomy, reads, demo) against a real database, on every engine. */
describe.each(engines)('directory core on %s', (engine) => {
	let t: TestDatabase;
	let london: string;
	let quinte: string;
	let seedMs = 0;
	const actor: Actor = { userId: null, label: 'Test', requestId: 'req-dir' };

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		const a = await createPartnership(t.ctx, actor, { slug: 'london-middlesex', nameFr: 'PLI LM', nameEn: 'LM LIP' });
		const b = await createPartnership(t.ctx, actor, { slug: 'quinte', nameFr: 'PLI Q', nameEn: 'Q LIP' });
		if (!a.ok || !b.ok) throw new Error('partnerships');
		london = a.value.id;
		quinte = b.value.id;
		await seedPartnershipDemo(t.ctx, actor, london, 'london-middlesex');
		await seedPartnershipDemo(t.ctx, actor, quinte, 'quinte');
		const started = performance.now();
		await seedDirectoryDemo(t.ctx, actor, london, 'london-middlesex');
		seedMs = performance.now() - started;
		await seedDirectoryDemo(t.ctx, actor, quinte, 'quinte');
	}, 120_000);
	afterAll(() => t?.close());

	describe('taxonomy', () => {
		it('is created once: seeding again adds nothing and keeps the coordinator’s edits', async () => {
			const s = scoped(t.ctx.db, london);
			const count = async () =>
				Number(
					(
						await s
							.selectFrom('taxonomy_term')
							.select((e) => e.fn.countAll<number>().as('n'))
							.executeTakeFirstOrThrow()
					).n
				);
			expect(await count()).toBe(taxonomyTerms.length);
			await s.updateTable('taxonomy_term').set({ name_en: 'Homes' }).where('code', '=', 'housing').execute();
			const again = await ensureDirectoryTaxonomy(t.ctx.db, london);
			expect(again.created).toBe(0);
			expect(again.termIds.size).toBe(taxonomyTerms.length);
			expect(await count()).toBe(taxonomyTerms.length);
			const housing = await s
				.selectFrom('taxonomy_term')
				.select('name_en')
				.where('code', '=', 'housing')
				.executeTakeFirstOrThrow();
			expect(housing.name_en).toBe('Homes');
			await s.updateTable('taxonomy_term').set({ name_en: 'Housing' }).where('code', '=', 'housing').execute();
			// A deleted shipped term comes back; nothing else is touched.
			await s.deleteFrom('taxonomy_term').where('code', '=', 'lgbtq').execute();
			expect((await ensureDirectoryTaxonomy(t.ctx.db, london)).created).toBe(1);
			expect(await count()).toBe(taxonomyTerms.length);
		});

		it('lists the IRCC categories at the top, with children and names in newcomer languages', async () => {
			const tree = await listTaxonomyTree(t.ctx.db, london);
			const codes = tree.map((n) => n.code);
			expect(codes.slice(0, 7)).toEqual([
				'needs_assessment_referral',
				'information_orientation',
				'language_assessment',
				'language_training',
				'employment',
				'community_connections',
				'support_services'
			]);
			const support = tree.find((n) => n.code === 'support_services')!;
			expect(support.children.map((c) => c.code)).toEqual([
				'child_care',
				'transportation',
				'translation',
				'interpretation',
				'crisis_counselling',
				'disability_supports'
			]);
			const housing = tree.find((n) => n.code === 'housing')!;
			expect(housing.names.ar).toBe('سكن');
			expect(Object.keys(housing.names).sort()).toEqual(['ar', 'es', 'fa', 'pa', 'tl', 'uk', 'zh']);
			expect(housing.name).toEqual({ fr: 'Logement', en: 'Housing' });
			expect(housing.theme).toBe('settlement');
			const flat = flattenTaxonomy(tree);
			const english = flat.find((n) => n.code === 'english_classes')!;
			expect(english.depth).toBe(1);
			expect(english.synonyms).toEqual(expect.arrayContaining(['LINC', 'CLIC', 'ESL', 'anglais langue seconde']));
			expect(english.serviceCount).toBeGreaterThan(3);
			// Every term has both names and the seven newcomer languages.
			for (const n of flat) {
				expect(n.name.fr && n.name.en, n.code).toBeTruthy();
				expect(Object.values(n.names).filter(Boolean)).toHaveLength(7);
			}
		});
	});

	describe('demo directory', () => {
		it('seeds London–Middlesex and Quinte quickly, once', async () => {
			const lm = await listDirectoryServices(t.ctx.db, london, { pageSize: 500 });
			const q = await listDirectoryServices(t.ctx.db, quinte, { pageSize: 500 });
			expect(lm.total).toBe(londonServices.length);
			expect(lm.total).toBeGreaterThanOrEqual(65);
			expect(q.total).toBe(6);
			expect(seedMs).toBeLessThan(15_000);
			expect(await seedDirectoryDemo(t.ctx, actor, london, 'london-middlesex')).toBeNull();
			const locations = await scoped(t.ctx.db, london)
				.selectFrom('location')
				.select((e) => e.fn.countAll<number>().as('n'))
				.executeTakeFirstOrThrow();
			expect(Number(locations.n)).toBeGreaterThanOrEqual(35);
			// Directory-only organizations are listed but do not sit at the tables.
			const extra = await scoped(t.ctx.db, london)
				.selectFrom('organization')
				.select('name_en')
				.where('is_member', '=', false)
				.execute();
			expect(extra.map((o) => o.name_en)).toContain('London Food Bank');
		});

		it('reads one service with its organization, categories, languages, eligibility and locations', async () => {
			const list = await listDirectoryServices(t.ctx.db, london, { q: 'LINC', pageSize: 50 });
			const item = list.items.find((i) => i.name.en === 'Language Instruction for Newcomers to Canada (LINC)')!;
			expect(item).toBeTruthy();
			expect(item.organizationName.en).toBe('London Cross Cultural Learner Centre (CCLC)');
			// Monday 7 December 2026, 10:00 in London (15:00 UTC): class is on.
			const detail = (await getServiceDetail(t.ctx.db, london, item.id, { now: new Date('2026-12-07T15:00:00Z') }))!;
			expect(detail.name.fr).toBe('Cours de langue pour les immigrants au Canada (CLIC/LINC)');
			expect(detail.organization.name.en).toBe('London Cross Cultural Learner Centre (CCLC)');
			expect(detail.organization.isMember).toBe(true);
			expect(detail.program?.name.en).toBe('Settlement Program');
			const english = detail.categories.find((c) => c.code === 'english_classes')!;
			expect(english.parents.map((p) => p.code)).toEqual(['language_training']);
			expect(english.taxonomyCode).toBe('ircc-settlement');
			expect(english.names.ar).toBe('دروس اللغة الإنجليزية');
			expect(detail.categories.map((c) => c.code)).toContain('child_care');
			expect(detail.eligibleStatuses).toEqual(['permanent_resident', 'protected_person']);
			expect(detail.minimumAge).toBe(18);
			expect(detail.maximumAge).toBeNull();
			expect(detail.deliveryModes).toEqual(['in_person', 'virtual']);
			expect(detail.freeOfCharge).toBe(true);
			expect(detail.requiredDocuments).toHaveLength(2);
			expect(detail.requiredDocuments[0].document.en).toMatch(/permanent resident card/);
			expect(detail.languages.map((l) => l.code)).toEqual(['en']);
			expect(detail.funding[0].source.en).toBe('Immigration, Refugees and Citizenship Canada');
			expect(detail.stale).toBe(false);
			expect(detail.assuredDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(detail.updatedAt).toBeInstanceOf(Date);
			expect(detail.locations).toHaveLength(1);
			const loc = detail.locations[0];
			expect(loc.addresses[0]).toMatchObject({ address1: '505 Dundas St', city: 'London', postalCode: 'N6B 1W4' });
			expect(loc.latitude).toBeCloseTo(42.9866, 3);
			expect(loc.longitude).toBeCloseTo(-81.2394, 3);
			expect(loc.timeZone).toBe('America/Toronto');
			expect(loc.serviceAtLocationId).toMatch(/^[0-9a-f-]{36}$/);
			expect(loc.accessibility.map((a) => a.feature)).toContain('wheelchair');
			expect(loc.phones[0].number).toBe('519-555-0201');
			expect(loc.transportation.en).toMatch(/LTC/);
			// The class hours (service at location), not the office hours, are the ones shown.
			expect(loc.hours.find((d) => d.day === 'TU')!.ranges).toEqual([
				{ opens: '09:00', closes: '12:00' },
				{ opens: '13:00', closes: '15:30' },
				{ opens: '18:00', closes: '20:30' }
			]);
			expect(loc.hours.find((d) => d.day === 'FR')!.ranges).toEqual([]);
			expect(loc.openNow).toBe(true);
			// The service's own hours (what its editor shows) are those class hours.
			expect(detail.schedules.map((r) => r.byday).sort()).toEqual(['MO,TU,WE,TH', 'MO,TU,WE,TH', 'TU,TH']);
			expect(loc.nextOpening?.time).toBe('13:00');
		});

		it('reads services with interpreters, fees, contacts and no location', async () => {
			const all = (await listDirectoryServices(t.ctx.db, london, { pageSize: 500 })).items;
			const id = (en: string) => all.find((i) => i.name.en === en)!.id;
			const interp = (await getServiceDetail(t.ctx.db, london, id('Interpretation and translation')))!;
			expect(interp.freeOfCharge).toBe(false);
			expect(interp.costOptions[0]).toMatchObject({ amount: 45, currency: 'CAD' });
			const settlement = (await getServiceDetail(t.ctx.db, london, id('Settlement services')))!;
			expect(settlement.languages.filter((l) => l.viaInterpreter).map((l) => l.code)).toEqual([
				'ku',
				'pa',
				'sw',
				'tl',
				'zh'
			]);
			expect(settlement.contacts[0].name).toBe('Halima Warsame');
			expect(settlement.phones[0].number).toBe('519-555-0231');
			expect(settlement.serviceAreas[0]).toMatchObject({ uri: '3539', name: { en: 'London and Middlesex County' } });
			expect(settlement.locations.map((l) => l.addresses[0].city).sort()).toEqual(['London', 'Strathroy']);
			const line = (await getServiceDetail(t.ctx.db, london, id('211 – Community services information'), {
				now: new Date('2026-12-06T08:00:00Z')
			}))!;
			expect(line.locations).toEqual([]);
			expect(line.deliveryModes).toEqual(['phone', 'virtual']);
			expect(line.schedules).toHaveLength(1);
			expect(line.phones[0].number).toBe('211');
			// A French-only listing keeps its English side empty (the page shows the fallback).
			const fr = all.find((i) => i.name.fr === 'Services d’emploi en français')!;
			expect(fr.name.en).toBe('');
			const noShip = all.find((i) => i.name.en === 'Emergency food hampers')!;
			const food = (await getServiceDetail(t.ctx.db, london, noShip.id))!;
			expect(food.organization.isMember).toBe(false);
		});

		it('gives undefined for another partnership’s id or a malformed id', async () => {
			const lm = (await listDirectoryServices(t.ctx.db, london, { pageSize: 1 })).items[0];
			expect(await getServiceDetail(t.ctx.db, london, lm.id)).toBeDefined();
			expect(await getServiceDetail(t.ctx.db, quinte, lm.id)).toBeUndefined();
			expect(await getServiceDetail(t.ctx.db, london, 'not-a-uuid')).toBeUndefined();
			expect(await getServiceDetail(t.ctx.db, london, "1' or '1'='1")).toBeUndefined();
			expect(await listServicesOfOrganization(t.ctx.db, quinte, lm.organizationId)).toEqual([]);
			const own = await listServicesOfOrganization(t.ctx.db, london, lm.organizationId);
			expect(own.map((s) => s.id)).toContain(lm.id);
			expect(own.every((s) => s.organizationId === lm.organizationId)).toBe(true);
		});
	});

	describe('stale rule', () => {
		it('is stale when never verified or verified more than 12 months ago', () => {
			expect(isStale(null, '2026-12-01')).toBe(true);
			expect(isStale('2025-12-01', '2026-12-01')).toBe(false);
			expect(isStale('2025-11-30', '2026-12-01')).toBe(true);
			expect(isStale('2026-06-15', '2026-12-01')).toBe(false);
			expect(staleCutoff('2028-02-29')).toBe('2027-03-01');
			expect(directoryToday(new Date('2026-12-01T03:00:00Z'))).toBe('2026-11-30');
		});

		it('marks about one listing in ten as stale in the demo, and filters by it', async () => {
			const stale = await listDirectoryServices(t.ctx.db, london, { stale: true, pageSize: 500 });
			const fresh = await listDirectoryServices(t.ctx.db, london, { stale: false, pageSize: 500 });
			expect(stale.total + fresh.total).toBe(londonServices.length);
			expect(stale.total / londonServices.length).toBeGreaterThan(0.05);
			expect(stale.total / londonServices.length).toBeLessThan(0.2);
			expect(stale.items.every((i) => i.stale)).toBe(true);
			expect(fresh.items.every((i) => !i.stale)).toBe(true);
			const never = stale.items.find((i) => i.assuredDate === null)!;
			expect((await getServiceDetail(t.ctx.db, london, never.id))!.stale).toBe(true);
			// Verifying makes it fresh; a date 13 months back makes it stale again.
			await scoped(t.ctx.db, london)
				.updateTable('service')
				.set({ assured_date: directoryToday() })
				.where('id', '=', never.id)
				.execute();
			expect((await getServiceDetail(t.ctx.db, london, never.id))!.stale).toBe(false);
			const old = new Date(Date.now() - 396 * 86_400_000).toISOString().slice(0, 10);
			await scoped(t.ctx.db, london)
				.updateTable('service')
				.set({ assured_date: old })
				.where('id', '=', never.id)
				.execute();
			expect((await getServiceDetail(t.ctx.db, london, never.id))!.stale).toBe(true);
		});
	});
});
