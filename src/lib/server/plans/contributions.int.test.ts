import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import type { Actor, Role } from '../accounts/types.ts';
import { createUser } from '../accounts/users.ts';
import { saveOrganization } from '../partnership/organizations.ts';
import { savePerson } from '../partnership/people.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { scoped } from '../tenancy/scoped.ts';
import {
	contributionsCsv,
	contributionTotals,
	deleteContribution,
	getContribution,
	listContributions,
	recordContribution,
	reviewContribution,
	updateContribution
} from './contributions.ts';

/** Contributions: validation, the money math stored, who may record what, scoping, totals, CSV. */
describe.each(engines)('contributions on %s', (engine) => {
	let t: TestDatabase;
	let a: string;
	let b: string;
	let orgA1: string; // the member's organization
	let orgA2: string;
	let orgB: string;
	let actionA: string;
	let actionB: string;
	let memberUserId: string;
	const coordinator: Actor & { role: Role } = { userId: null, label: 'Coordination', role: 'coordinator' };
	let member: Actor & { role: Role };
	const viewer: Actor & { role: Role } = { userId: null, label: 'Funder', role: 'viewer' };

	async function must<T>(promise: Promise<{ ok: true; value: T } | { ok: false; code: string }>): Promise<T> {
		const result = await promise;
		if (!result.ok) throw new Error(`expected success, got ${result.code} ${JSON.stringify(result)}`);
		return result.value;
	}

	/** A minimal active plan with one action, inserted directly (the plans module's own use cases are tested there). */
	async function action(pid: string, text: string): Promise<string> {
		const s = scoped(t.ctx.db, pid);
		const plan = await s
			.insertInto('action_plan', { title_fr: 'Plan', title_en: 'Plan', status: 'active' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const axis = await s
			.insertInto('plan_axis', { plan_id: plan.id, title_fr: 'Axe', title_en: 'Axis' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const result = await s
			.insertInto('plan_result', { axis_id: axis.id, title_fr: 'Résultat', title_en: 'Result' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const priority = await s
			.insertInto('plan_priority', { result_id: result.id, title_fr: 'Priorité', title_en: 'Priority' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const row = await s
			.insertInto('plan_action', {
				plan_id: plan.id,
				priority_id: priority.id,
				description_fr: text,
				description_en: text
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		return row.id;
	}

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		const sys: Actor = { userId: null, label: 'setup' };
		a = (await must(createPartnership(t.ctx, sys, { slug: 'lip-a', nameFr: 'PLI A', nameEn: 'LIP A' }))).id;
		b = (await must(createPartnership(t.ctx, sys, { slug: 'lip-b', nameFr: 'PLI B', nameEn: 'LIP B' }))).id;
		orgA1 = (await must(saveOrganization(t.ctx, sys, a, null, { nameFr: 'Centre d’accueil', sector: 'settlement' })))
			.id;
		orgA2 = (await must(saveOrganization(t.ctx, sys, a, null, { nameFr: 'Bibliothèque', sector: 'library' }))).id;
		orgB = (await must(saveOrganization(t.ctx, sys, b, null, { nameFr: 'Organisme B', sector: 'health' }))).id;
		memberUserId = (
			await must(
				createUser(t.ctx, sys, { email: 'partner@example.org', displayName: 'Partner', password: 'a-long-password-1' })
			)
		).id;
		const person = await must(savePerson(t.ctx, sys, a, null, { givenName: 'Pat', organizationId: orgA1 }));
		await scoped(t.ctx.db, a)
			.updateTable('person')
			.set({ user_id: memberUserId })
			.where('id', '=', person.id)
			.execute();
		member = { userId: memberUserId, label: 'Partner', role: 'member' };
		actionA = await action(a, 'Forum des employeurs');
		actionB = await action(b, 'Action B');
	});
	afterAll(() => t?.close());

	const base = {
		kind: 'cash',
		amount: '1 000,00',
		descriptionFr: 'Contribution',
		periodStart: '2025-04-01',
		periodEnd: '2025-06-30'
	};

	it('refuses bad amounts, hours, periods and a missing description with field message keys', async () => {
		const result = await recordContribution(t.ctx, coordinator, a, {
			organizationId: orgA1,
			kind: 'cash',
			amount: 'beaucoup',
			periodStart: '2025-05-01',
			periodEnd: '2025-04-01'
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.code).toBe('common.error_form');
		expect(result.fieldErrors).toMatchObject({
			amount: ['reports.error_amount'],
			descriptionFr: ['reports.error_description'],
			periodEnd: ['reports.error_period_order']
		});
		const staff = await recordContribution(t.ctx, coordinator, a, {
			...base,
			organizationId: orgA1,
			kind: 'in_kind_staff',
			hours: '0',
			hourlyRate: 'x'
		});
		expect(!staff.ok && staff.fieldErrors).toMatchObject({
			hours: ['reports.error_hours'],
			hourlyRate: ['reports.error_amount']
		});
		const spans = await recordContribution(t.ctx, coordinator, a, {
			...base,
			organizationId: orgA1,
			periodStart: '2026-03-01',
			periodEnd: '2026-04-30'
		});
		expect(!spans.ok && spans.fieldErrors?.periodEnd).toEqual(['reports.error_period_fiscal_year']);
		const kind = await recordContribution(t.ctx, coordinator, a, { ...base, organizationId: orgA1, kind: 'gold' });
		expect(!kind.ok && kind.fieldErrors?.kind).toEqual(['validation.invalid_choice']);
		expect(await listContributions(t.ctx, a)).toHaveLength(0);
	});

	it('stores staff time as hours × rate in exact cents, and the database holds to it', async () => {
		const { id, amountCents, status } = await must(
			recordContribution(t.ctx, coordinator, a, {
				...base,
				organizationId: orgA2,
				kind: 'in_kind_staff',
				hours: '80,5',
				hourlyRate: '55,25',
				amount: '999999'
			})
		);
		expect(amountCents).toBe(444_763);
		expect(status).toBe('confirmed');
		const row = await getContribution(t.ctx, a, id);
		expect(row).toMatchObject({ hours: 80.5, hourly_rate_cents: 5525, amount_cents: 444_763, kind: 'in_kind_staff' });
		// A row that says otherwise is refused by the database itself.
		await expect(
			scoped(t.ctx.db, a).updateTable('plan_contribution').set({ amount_cents: 1 }).where('id', '=', id).execute()
		).rejects.toThrow();
		// The audit trail has the creation.
		const audit = await t.ctx.db.selectFrom('audit_event').select('action').where('entity_id', '=', id).execute();
		expect(audit.map((x) => x.action)).toEqual(['plan_contribution.create']);
	});

	it("lets a partner record their own organization's contribution only, as submitted", async () => {
		const own = await must(recordContribution(t.ctx, member, a, { ...base, actionId: actionA }));
		expect(own.status).toBe('submitted');
		expect((await getContribution(t.ctx, a, own.id))?.organization_id).toBe(orgA1);
		const other = await recordContribution(t.ctx, member, a, { ...base, organizationId: orgA2 });
		expect(!other.ok && other.fieldErrors?.organizationId).toEqual(['reports.error_not_your_organization']);
		const noLink = await recordContribution(t.ctx, { userId: null, label: 'x', role: 'member' }, a, base);
		expect(!noLink.ok && noLink.code).toBe('reports.error_no_organization');
		const asViewer = await recordContribution(t.ctx, viewer, a, { ...base, organizationId: orgA1 });
		expect(!asViewer.ok && asViewer.code).toBe('errors.forbidden');
		// Edits stay possible until the coordinator confirms; then only the coordinator may change it.
		await must(updateContribution(t.ctx, member, a, own.id, { ...base, amount: '1200' }));
		expect((await getContribution(t.ctx, a, own.id))?.amount_cents).toBe(120_000);
		await must(reviewContribution(t.ctx, coordinator, a, own.id, 'confirmed'));
		const late = await updateContribution(t.ctx, member, a, own.id, { ...base, amount: '5' });
		expect(!late.ok && late.code).toBe('reports.error_cannot_change');
		const gone = await deleteContribution(t.ctx, member, a, own.id);
		expect(!gone.ok && gone.code).toBe('reports.error_cannot_change');
		const byMember = await reviewContribution(t.ctx, member, a, own.id, 'rejected');
		expect(!byMember.ok && byMember.code).toBe('errors.forbidden');
		const audit = await t.ctx.db
			.selectFrom('audit_event')
			.select('action')
			.where('entity_id', '=', own.id)
			.orderBy('id')
			.execute();
		expect(audit.map((x) => x.action)).toEqual([
			'plan_contribution.create',
			'plan_contribution.update',
			'plan_contribution.confirm'
		]);
	});

	it("never reads or writes another partnership's rows, nor ties a contribution to its organizations or actions", async () => {
		const mine = await must(recordContribution(t.ctx, coordinator, a, { ...base, organizationId: orgA2 }));
		const foreignOrg = await recordContribution(t.ctx, coordinator, a, { ...base, organizationId: orgB });
		expect(!foreignOrg.ok && foreignOrg.fieldErrors?.organizationId).toEqual(['validation.invalid_choice']);
		const foreignAction = await recordContribution(t.ctx, coordinator, a, {
			...base,
			organizationId: orgA2,
			actionId: actionB
		});
		expect(!foreignAction.ok && foreignAction.fieldErrors?.actionId).toEqual(['validation.invalid_choice']);
		expect(await getContribution(t.ctx, b, mine.id)).toBeUndefined();
		const update = await updateContribution(t.ctx, coordinator, b, mine.id, { ...base, amount: '1' });
		expect(!update.ok && update.code).toBe('common.error_not_found');
		const del = await deleteContribution(t.ctx, coordinator, b, mine.id);
		expect(!del.ok && del.code).toBe('common.error_not_found');
		const review = await reviewContribution(t.ctx, coordinator, b, mine.id, 'rejected');
		expect(!review.ok && review.code).toBe('common.error_not_found');
		expect((await getContribution(t.ctx, a, mine.id))?.amount_cents).toBe(100_000);
		expect(await listContributions(t.ctx, b)).toHaveLength(0);
		// Deleting is audited too.
		await must(deleteContribution(t.ctx, coordinator, a, mine.id));
		expect(await getContribution(t.ctx, a, mine.id)).toBeUndefined();
	});

	it('totals cash and in kind by kind, organization, action and fiscal year, counting only what is asked', async () => {
		await must(recordContribution(t.ctx, coordinator, b, { ...base, organizationId: orgB, amount: '9 999' }));
		const space = await must(
			recordContribution(t.ctx, coordinator, a, {
				...base,
				organizationId: orgA2,
				kind: 'in_kind_space',
				amount: '2400',
				periodStart: '2026-04-01',
				periodEnd: '2026-05-31',
				actionId: actionA
			})
		);
		await must(
			recordContribution(t.ctx, coordinator, a, {
				...base,
				organizationId: orgA1,
				amount: '700',
				funderReportable: false
			})
		);
		const pending = await must(recordContribution(t.ctx, member, a, { ...base, amount: '50' }));
		const confirmed = await contributionTotals(t.ctx, a, { statuses: ['confirmed'] });
		// cash: 1 200 (member's, confirmed) + 700 (not reportable); in kind: 4 447,63 (staff) + 2 400 (space)
		expect(confirmed).toMatchObject({ cash: 190_000, inKind: 684_763, total: 874_763, count: 4, hours: 80.5 });
		expect(confirmed.byKind).toMatchObject({ cash: 190_000, in_kind_staff: 444_763, in_kind_space: 240_000 });
		expect(confirmed.byPeriod.map((p) => [p.label, p.total])).toEqual([
			['2026–2027', 240_000],
			['2025–2026', 634_763]
		]);
		expect(confirmed.byOrganization.find((o) => o.id === orgA2)).toMatchObject({ cash: 0, inKind: 684_763 });
		expect(confirmed.byAction.find((x) => x.id === actionA)).toMatchObject({
			total: 240_000,
			label_fr: 'Forum des employeurs'
		});
		expect(confirmed.byAction.at(-1)?.id).toBeNull();
		const reportable = await contributionTotals(t.ctx, a, { statuses: ['confirmed'], reportableOnly: true });
		expect(reportable.cash).toBe(120_000);
		const fy2025 = await contributionTotals(t.ctx, a, {
			from: '2025-04-01',
			to: '2026-03-31',
			statuses: ['confirmed']
		});
		expect(fy2025.total).toBe(634_763);
		const all = await contributionTotals(t.ctx, a);
		expect(all.total).toBe(874_763 + 5000);
		const byOrg = await listContributions(t.ctx, a, { organizationId: orgA2, kind: 'in_kind_space' });
		expect(byOrg.map((r) => r.id)).toEqual([space.id]);
		// Rejected ones count nowhere.
		await must(reviewContribution(t.ctx, coordinator, a, pending.id, 'rejected'));
		expect((await contributionTotals(t.ctx, a)).total).toBe(874_763);
		expect((await contributionTotals(t.ctx, b)).total).toBe(999_900);
	});

	it('exports CSV in either language, amounts as plain decimals', async () => {
		const rows = await listContributions(t.ctx, a, { statuses: ['confirmed'] });
		const fr = contributionsCsv(rows, 'fr');
		const en = contributionsCsv(rows, 'en');
		expect(fr.startsWith('\ufeff')).toBe(true);
		const [frHeader] = fr.slice(1).split('\r\n');
		expect(frHeader).toContain('Organisme');
		expect(frHeader).toContain('Espèces ou en nature');
		expect(en.split('\r\n')[0]).toContain('Cash or in kind');
		expect(fr).toContain('4447.63');
		expect(fr).toContain('Heures de travail du personnel (en nature)');
		expect(en).toContain('Staff time (in kind)');
		expect(en).toContain('2025–2026');
		expect(en).toContain('Forum des employeurs');
		expect(fr.split('\r\n').filter(Boolean)).toHaveLength(rows.length + 1);
	});
});
