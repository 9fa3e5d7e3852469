import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import type { Actor } from '../accounts/types.ts';
import { savePerson } from '../partnership/index.ts';
import { seedPartnershipDemo } from '../partnership/demo.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { scoped } from '../tenancy/scoped.ts';
import { seedPlansDemo } from './demo.ts';
import {
	actionHistory,
	findCheckin,
	getPlanTree,
	indicatorSeries,
	listPlans,
	measurementEvidence,
	openCheckinRound,
	planDashboard,
	remindCheckinRound,
	reviewMeasurement,
	saveAction,
	saveIndicator,
	saveNode,
	savePlan,
	saveTarget,
	submitCheckin,
	submitMeasurement,
	updateActionProgress
} from './index.ts';

describe.each(engines)('plans module on %s', (engine) => {
	let t: TestDatabase;
	let a: string;
	let b: string;
	const actor: Actor = { userId: null, label: 'Test coordinator', requestId: 'req-test' };
	async function must<T>(promise: Promise<{ ok: true; value: T } | { ok: false; code: string }>): Promise<T> {
		const result = await promise;
		if (!result.ok) throw new Error(`expected success, got ${result.code}`);
		return result.value;
	}
	const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		a = (
			await must(
				createPartnership(t.ctx, actor, { slug: 'london-middlesex', nameFr: 'PLI de London', nameEn: 'London LIP' })
			)
		).id;
		b = (await must(createPartnership(t.ctx, actor, { slug: 'other-lip', nameFr: 'Autre PLI', nameEn: 'Other LIP' })))
			.id;
		await seedPartnershipDemo(t.ctx, actor, a, 'london-middlesex');
		await seedPlansDemo(t.ctx, actor, a, 'london-middlesex');
	}, 180_000);
	afterAll(() => t?.close());

	it('seeds the CLIF plan from the fixture and the 2026 plan with history, targets and a check-in', async () => {
		const plans = await listPlans(t.ctx.db, a);
		expect(plans).toHaveLength(2);
		const clif = plans.find((p) => p.year === 2019)!;
		expect(clif.actions).toBe(17);
		expect(clif.table_name_en).toMatch(/Francophone Immigration Committee/);
		const current = plans.find((p) => p.year === 2026)!;
		expect(current.rollup.progress).not.toBeNull();
		expect(current.rollup.cancelled).toBe(1);
		const dash = await planDashboard(t.ctx.db, a, { planId: current.id });
		expect(dash.atRisk.length).toBeGreaterThan(0);
		expect(dash.upcoming.some((u) => u.kind === 'milestone')).toBe(true);
		expect(dash.indicators.length).toBeGreaterThan(0);
		const updates = await scoped(t.ctx.db, a).selectFrom('action_update').select(['via']).execute();
		expect(new Set(updates.map((u) => u.via))).toEqual(new Set(['import', 'app', 'checkin']));
		// idempotent
		await seedPlansDemo(t.ctx, actor, a, 'london-middlesex');
		expect(await listPlans(t.ctx.db, a)).toHaveLength(2);
	});

	it('rolls progress up by weight, audits writes, and keeps partnerships apart', async () => {
		const planId = (await must(savePlan(t.ctx, actor, a, null, { titleFr: 'Plan test', status: 'active' }))).id;
		const axis = (await must(saveNode(t.ctx, actor, a, 'axis', planId, null, { titleFr: 'Axe' }))).id;
		const result = (await must(saveNode(t.ctx, actor, a, 'result', axis, null, { titleFr: 'Résultat' }))).id;
		const p1 = (await must(saveNode(t.ctx, actor, a, 'priority', result, null, { titleFr: 'P1' }))).id;
		const p2 = (await must(saveNode(t.ctx, actor, a, 'priority', result, null, { titleFr: 'P2' }))).id;
		await must(
			saveAction(t.ctx, actor, a, p1, null, { descriptionFr: 'A', progress: 30, weight: 2, status: 'on_track' })
		);
		await must(saveAction(t.ctx, actor, a, p1, null, { descriptionFr: 'B', progress: 10, status: 'at_risk' }));
		await must(saveAction(t.ctx, actor, a, p2, null, { descriptionFr: 'C', status: 'done' }));
		await must(
			saveAction(t.ctx, actor, a, p2, null, { descriptionFr: 'D', progress: 90, weight: 5, status: 'cancelled' })
		);
		const tree = (await getPlanTree(t.ctx.db, a, planId))!;
		expect(tree.axes[0].results[0].priorities.map((p) => p.rollup.progress)).toEqual([23.3, 100]);
		expect(tree.rollup.progress).toBe(42.5);
		const audit = await t.ctx.db.selectFrom('audit_event').select('action').where('entity_id', '=', planId).execute();
		expect(audit.map((x) => x.action)).toContain('action_plan.create');
		// another partnership sees nothing and cannot write into this plan
		expect(await getPlanTree(t.ctx.db, b, planId)).toBeUndefined();
		expect((await saveAction(t.ctx, actor, b, p1, null, { descriptionFr: 'X' })).ok).toBe(false);
		expect((await saveNode(t.ctx, actor, b, 'result', axis, null, { titleFr: 'X' })).ok).toBe(false);
		expect(
			(
				await updateActionProgress(t.ctx, actor, b, tree.axes[0].results[0].priorities[0].actions[0].id, {
					status: 'done',
					progress: 100
				})
			).ok
		).toBe(false);
		// bad input: one language at least, progress 0–100
		const bad = await saveAction(t.ctx, actor, a, p1, null, { descriptionFr: '', descriptionEn: '', progress: 140 });
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['descriptionFr', 'progress']);
	});

	it('measurements count once approved; series shows actual against target', async () => {
		const planId = (await must(savePlan(t.ctx, actor, a, null, { titleEn: 'Indicators plan' }))).id;
		const ind = (await must(saveIndicator(t.ctx, actor, a, null, { planId, nameEn: 'Families', kind: 'count' }))).id;
		await must(
			saveTarget(t.ctx, actor, a, ind, {
				periodLabel: '2026',
				periodStart: '2026-01-01',
				periodEnd: '2026-12-31',
				targetValue: 40
			})
		);
		const m = await must(submitMeasurement(t.ctx, actor, a, ind, { value: 12, measuredOn: '2026-03-01' }));
		expect((await indicatorSeries(t.ctx.db, a, ind))!.points[0]).toMatchObject({ target: 40, actual: null });
		await must(reviewMeasurement(t.ctx, actor, a, m.id, { decision: 'approved' }));
		expect((await indicatorSeries(t.ctx.db, a, ind))!.points[0]).toMatchObject({
			period_label: '2026',
			target: 40,
			actual: 12
		});
		expect((await reviewMeasurement(t.ctx, actor, a, m.id, { decision: 'rejected' })).ok).toBe(false);
		expect((await submitMeasurement(t.ctx, actor, b, ind, { value: 1, measuredOn: '2026-03-01' })).ok).toBe(false);
		// evidence: a PDF is kept with the measurement; anything else is refused and nothing is written
		const pdf = new TextEncoder().encode('%PDF-1.4\n% evidence\n');
		const withFile = await must(
			submitMeasurement(t.ctx, actor, a, ind, { value: 14, measuredOn: '2026-04-01' }, {}, pdf)
		);
		const file = await measurementEvidence(t.ctx.db, a, withFile.id);
		expect(file?.content_type).toBe('application/pdf');
		expect(await measurementEvidence(t.ctx.db, b, withFile.id)).toBeUndefined();
		const files = async () =>
			Number(
				(
					await t.ctx.db
						.selectFrom('stored_file')
						.select((eb) => eb.fn.countAll<number>().as('n'))
						.executeTakeFirstOrThrow()
				).n
			);
		const before = await files();
		const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
		const refused = await submitMeasurement(t.ctx, actor, a, ind, { value: 1, measuredOn: '2026-04-01' }, {}, svg);
		expect(refused).toMatchObject({ ok: false, fieldErrors: { evidence: ['plans.error_evidence_type'] } });
		const unknown = await submitMeasurement(
			t.ctx,
			actor,
			a,
			'00000000-0000-4000-8000-000000000000',
			{ value: 1, measuredOn: '2026-04-01' },
			{},
			pdf
		);
		expect(unknown.ok).toBe(false);
		expect(await files()).toBe(before);
	});

	it('a check-in round mails each responsible person in both languages, with a link that updates only what they own', async () => {
		const fr = (
			await must(
				savePerson(t.ctx, actor, a, null, {
					givenName: 'Aurélie',
					familyName: 'Test',
					email: 'aurelie@test.example',
					preferredLanguage: 'fr'
				})
			)
		).id;
		const en = (
			await must(
				savePerson(t.ctx, actor, a, null, {
					givenName: 'Bob',
					familyName: 'Test',
					email: 'bob@test.example',
					preferredLanguage: 'en'
				})
			)
		).id;
		const planId = (
			await must(
				savePlan(t.ctx, actor, a, null, { titleFr: 'Plan de suivi', titleEn: 'Check-in plan', status: 'active' })
			)
		).id;
		const axis = (await must(saveNode(t.ctx, actor, a, 'axis', planId, null, { titleFr: 'Axe' }))).id;
		const result = (await must(saveNode(t.ctx, actor, a, 'result', axis, null, { titleFr: 'Résultat' }))).id;
		const prio = (await must(saveNode(t.ctx, actor, a, 'priority', result, null, { titleFr: 'Priorité' }))).id;
		const mine = (
			await must(
				saveAction(t.ctx, actor, a, prio, null, {
					descriptionFr: 'Action d’Aurélie',
					responsibles: [{ personId: fr, role: 'lead' }]
				})
			)
		).id;
		const his = (
			await must(
				saveAction(t.ctx, actor, a, prio, null, {
					descriptionEn: 'Bob’s action',
					responsibles: [{ personId: en, role: 'lead' }, { nameText: 'Someone without e-mail' }]
				})
			)
		).id;
		const ind = (
			await must(
				saveIndicator(t.ctx, actor, a, null, { planId, nameFr: 'Participants', kind: 'count', actionIds: [mine] })
			)
		).id;

		expect((await openCheckinRound(t.ctx, actor, a, planId, { due: '2000-01-01' })).ok).toBe(false);
		const round = await must(openCheckinRound(t.ctx, actor, a, planId, { due: inDays(10) }));
		expect(round.requests).toBe(2);
		const mails = await t.ctx.db
			.selectFrom('mail_message')
			.selectAll()
			.where('to_address', 'in', ['aurelie@test.example', 'bob@test.example'])
			.execute();
		expect(mails).toHaveLength(2);
		const mailFr = mails.find((m) => m.to_address === 'aurelie@test.example')!;
		const mailEn = mails.find((m) => m.to_address === 'bob@test.example')!;
		expect(mailFr.subject).toMatch(/^Suivi du plan d’action : Plan de suivi \| Action plan check-in: Check-in plan$/);
		expect(mailEn.subject.startsWith('Action plan check-in')).toBe(true);
		expect(mailFr.text_body.indexOf('Bonjour')).toBeLessThan(mailFr.text_body.indexOf('Hello'));
		const link = (body: string) => /https?:\/\/\S+\/(fr|en)\/london-middlesex\/checkin\/([A-Za-z0-9_-]+)/.exec(body)!;
		expect(link(mailFr.text_body)[1]).toBe('fr');
		expect(link(mailEn.text_body)[1]).toBe('en');
		const tokenFr = link(mailFr.text_body)[2];
		const tokenEn = link(mailEn.text_body)[2];
		expect(await findCheckin(t.ctx.db, 'other-lip', tokenFr)).toBeUndefined();
		const requests = await t.ctx.db
			.selectFrom('checkin_request')
			.select('token_hash')
			.where('round_id', '=', round.id)
			.execute();
		expect(requests.map((r) => r.token_hash)).not.toContain(tokenFr);

		// Aurélie cannot touch Bob's action
		const stolen = await submitCheckin(t.ctx, 'london-middlesex', tokenFr, {
			[`status.${his}`]: 'done',
			[`progress.${his}`]: '100'
		});
		expect(stolen.ok).toBe(false);
		if (!stolen.ok) expect(stolen.code).toBe('plans.error_not_yours');
		const bad = await submitCheckin(t.ctx, 'london-middlesex', tokenFr, {
			[`status.${mine}`]: 'on_track',
			[`progress.${mine}`]: '140'
		});
		expect(bad.ok).toBe(false);
		const done = await must(
			submitCheckin(t.ctx, 'london-middlesex', tokenFr, {
				[`status.${mine}`]: 'on_track',
				[`progress.${mine}`]: '60',
				[`comment.${mine}`]: 'Salle réservée',
				[`value.${mine}.${ind}`]: '18'
			})
		);
		expect(done).toEqual({ updated: 1, measurements: 1 });
		const tree = (await getPlanTree(t.ctx.db, a, planId))!;
		const actions = tree.axes[0].results[0].priorities[0].actions;
		expect(actions.find((x) => x.id === mine)).toMatchObject({ status: 'on_track', progress: 60 });
		expect(actions.find((x) => x.id === his)).toMatchObject({ status: 'not_started', progress: 0 });
		const history = await actionHistory(t.ctx.db, a, mine);
		expect(history[0]).toMatchObject({
			via: 'checkin',
			status_after: 'on_track',
			progress_after: 60,
			comment: 'Salle réservée',
			person_name: 'Aurélie Test'
		});
		const measurement = await scoped(t.ctx.db, a)
			.selectFrom('indicator_measurement')
			.selectAll()
			.where('indicator_id', '=', ind)
			.executeTakeFirstOrThrow();
		expect(measurement).toMatchObject({ status: 'submitted', value: 18, submitted_by_person_id: fr });

		// Reminders go only to Bob, with a fresh link; his old one stops working.
		const reminded = await must(remindCheckinRound(t.ctx, actor, a, round.id));
		expect(reminded.reminded).toBe(1);
		const after = await t.ctx.db
			.selectFrom('mail_message')
			.select(['to_address', 'template', 'text_body'])
			.where('template', '=', 'plans.checkin_reminder')
			.execute();
		expect(after.map((m) => m.to_address)).toEqual(['bob@test.example']);
		expect(await findCheckin(t.ctx.db, 'london-middlesex', tokenEn)).toBeUndefined();
		expect(await findCheckin(t.ctx.db, 'london-middlesex', link(after[0].text_body)[2])).toBeDefined();
		// the reminder job is queued
		const jobs = await t.ctx.db
			.selectFrom('job')
			.select('kind')
			.where('kind', '=', 'plans.checkin_reminders')
			.execute();
		expect(jobs.length).toBeGreaterThan(0);
	});
});
