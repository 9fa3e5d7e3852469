import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import type { Actor } from '../accounts/types.ts';
import { t as translatorFor } from '../i18n.ts';
import { projectRoot } from '../paths.ts';
import { runPlansExport, runPlansImport } from './cli.ts';
import { seedPartnershipDemo } from '../partnership/demo.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { scoped } from '../tenancy/scoped.ts';
import {
	exportPlanCsv,
	exportPlanXlsx,
	exportPlanDocx,
	getPlanTree,
	importPlanTable,
	saveImportMapping,
	type PlanTree
} from './index.ts';

// The seed's table as CSV ships with the demo data (the app imports it at start-up); the XLSX is a test fixture.
const fixture = (name: string) =>
	new Uint8Array(
		readFileSync(
			join(projectRoot, name.endsWith('.csv') ? 'src/lib/server/plans/demo-data' : 'tests/fixtures/plans', name)
		)
	);

/** What must survive import → export → import: the whole tree, as text and links, without ids. */
function shape(tree: PlanTree) {
	const names = new Map(tree.indicators.map((i) => [i.id, `${i.name_fr}|${i.name_en}`]));
	return tree.axes.map((a) => ({
		axis: [a.title_fr, a.title_en, a.description_fr, a.description_en],
		results: a.results.map((r) => ({
			result: [r.title_fr, r.title_en],
			priorities: r.priorities.map((p) => ({
				priority: [p.title_fr, p.title_en],
				actions: p.actions.map((x) => ({
					text: [
						x.description_fr,
						x.description_en,
						x.timeline_text,
						x.start_date,
						x.end_date,
						x.status,
						x.progress,
						x.weight,
						x.table_id
					],
					responsibles: x.responsibles.map((r) => [r.person_id, r.organization_id, r.name_text, r.note, r.role]),
					indicators: x.indicatorIds.map((id) => names.get(id))
				}))
			}))
		}))
	}));
}

describe.each(engines)('plans import and export on %s', (engine) => {
	let t: TestDatabase;
	let pid: string;
	let other: string;
	let clifTable: string;
	const actor: Actor = { userId: null, label: 'Test coordinator', requestId: 'req-test' };

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		const created = await createPartnership(t.ctx, actor, {
			slug: 'london-middlesex',
			nameFr: 'PLI London',
			nameEn: 'London LIP'
		});
		if (!created.ok) throw new Error(created.code);
		pid = created.value.id;
		await seedPartnershipDemo(t.ctx, actor, pid, 'london-middlesex');
		const o = await createPartnership(t.ctx, actor, { slug: 'other', nameFr: 'Autre', nameEn: 'Other' });
		if (!o.ok) throw new Error(o.code);
		other = o.value.id;
		clifTable = (
			await scoped(t.ctx.db, pid)
				.selectFrom('governance_table')
				.select('id')
				.where('name_en', 'like', '%Francophone Immigration Committee%')
				.executeTakeFirstOrThrow()
		).id;
	}, 120_000);
	afterAll(() => t?.close());

	const plan = () => ({
		titleFr: "Plan d'action du CLIF 2019-2020",
		titleEn: 'CLIF action plan 2019-2020',
		tableId: clifTable,
		year: 2019,
		status: 'closed'
	});

	it('dry run on the seed table reports rows, matches and the unmatched, and writes nothing', async () => {
		const before = await t.ctx.db
			.selectFrom('plan_action')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		const result = await importPlanTable(t.ctx, actor, pid, {
			fileName: 'clif-2019-2020.csv',
			data: fixture('clif-2019-2020.csv'),
			dryRun: true,
			plan: plan()
		});
		if (!result.ok) throw new Error(result.code);
		const r = result.value;
		expect(r.dryRun).toBe(true);
		expect(r.errors).toBe(0);
		expect(r.headerRow).toBe(2);
		expect(r.counts).toMatchObject({ axes: 5, results: 9, priorities: 12, actions: 17 });
		expect(r.unmatched).toEqual(
			expect.arrayContaining([
				'Tous les membres',
				'Nabila',
				'Gabrielle',
				'Rita',
				'Emily',
				'Jean Pierre',
				'Fanny',
				'Fairouze',
				'Jérôme',
				'Alain'
			])
		);
		expect(r.planId).toBeNull();
		const after = await t.ctx.db
			.selectFrom('plan_action')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(after.n)).toBe(Number(before.n));
		// the timeline of the first action, read into dates
		expect(r.rows[0].timelines[0]).toEqual({ text: 'Mai 2019', start: '2019-05-01', end: '2019-05-31' });
		console.info(
			JSON.stringify(
				{
					matched: r.matched,
					unmatched: r.unmatched,
					warnings: r.rows.flatMap((x) => x.messages.map((m) => `${x.row}: ${m.key} ${JSON.stringify(m.params ?? {})}`))
				},
				null,
				1
			)
		);
	});

	it('XLSX with merged cells reads the same as the CSV; commit writes the tree; round trip keeps everything', async () => {
		const csv = await importPlanTable(t.ctx, actor, pid, {
			fileName: 'clif.csv',
			data: fixture('clif-2019-2020.csv'),
			dryRun: false,
			plan: plan()
		});
		const xlsx = await importPlanTable(t.ctx, actor, pid, {
			fileName: 'clif.xlsx',
			data: fixture('clif-2019-2020.xlsx'),
			dryRun: false,
			plan: plan()
		});
		if (!csv.ok || !xlsx.ok) throw new Error('import failed');
		const a = (await getPlanTree(t.ctx.db, pid, csv.value.planId!))!;
		const b = (await getPlanTree(t.ctx.db, pid, xlsx.value.planId!))!;
		expect(shape(b)).toEqual(shape(a));
		expect(a.axes[0].title_fr).toBe('Concertation, coordination, mobilisation');
		expect(a.axes[0].description_fr).toMatch(/^Renforcer le leadership/);
		const nested = a.axes[0].results[0].priorities[2].actions[0];
		expect(nested.description_fr).toMatch(/tout au long de l'année :\n- Activité de célébration de la semaine/);
		expect(nested.timeline_text).toBe('Mai - Novembre 2019\nSeptembre 2019- Janvier 2020');
		expect([nested.start_date, nested.end_date]).toEqual(['2019-05-01', '2020-01-31']);
		expect(nested.responsibles.map((r) => r.label)).toEqual(['Gabrielle', 'Rita', 'Emily', 'Jean Pierre', 'Fanny']);
		expect(nested.responsibles[4].note).toBe('Repas');
		for (const lang of ['fr', 'en'] as const) {
			for (const [name, file] of [
				['x.xlsx', await exportPlanXlsx(t.ctx.db, pid, csv.value.planId!, { lang })],
				['x.csv', await exportPlanCsv(t.ctx.db, pid, csv.value.planId!, { lang })]
			] as const) {
				const again = await importPlanTable(t.ctx, actor, pid, {
					fileName: name,
					data: new Uint8Array(file!),
					dryRun: false,
					plan: plan()
				});
				if (!again.ok) throw new Error(again.code);
				expect(
					again.value.rows.flatMap((r) =>
						r.messages.filter((m) => m.level === 'error').map((m) => `${r.row} ${m.key} ${JSON.stringify(m.params)}`)
					)
				).toEqual([]);
				const c = (await getPlanTree(t.ctx.db, pid, again.value.planId!))!;
				expect(shape(c), `${lang} ${name}`).toEqual(shape(a));
			}
		}
		// DOCX: a landscape table with the seed's seven columns, in each language
		for (const [lang, header, sample] of [
			['fr', 'AXES STRATÉGIQUES', 'Organiser une rencontre de travail'],
			['en', 'STRATEGIC AXES', 'Organiser une rencontre de travail']
		] as const) {
			const docx = await exportPlanDocx(t.ctx.db, pid, csv.value.planId!, { lang });
			const xml = await (await JSZip.loadAsync(docx!)).file('word/document.xml')!.async('string');
			const text = xml.replace(/<[^>]+>/g, '');
			expect(text).toContain(header);
			expect(text).toContain(sample);
			expect(xml).toContain('w:orient="landscape"');
		}
	}, 120_000);

	it('the CLI imports (dry run, then for real) and exports, with the same functions', async () => {
		const t1 = translatorFor('en');
		const out: string[] = [];
		const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
			out.push(String(chunk));
			return true;
		});
		const dir = mkdtempSync(join(tmpdir(), 'plans-cli-'));
		try {
			const fixturePath = join(projectRoot, 'tests/fixtures/plans/clif-2019-2020.xlsx');
			expect(
				await runPlansImport(
					t.ctx,
					actor,
					fixturePath,
					{ partnership: 'london-middlesex', 'dry-run': true, json: true },
					t1
				)
			).toBe(0);
			const dry = JSON.parse(out.join(''));
			expect(dry).toMatchObject({ dryRun: true, planId: null, counts: { actions: 17 } });
			expect(dry.unmatched).toContain('Nabila');
			out.length = 0;
			expect(
				await runPlansImport(t.ctx, actor, fixturePath, { partnership: 'london-middlesex', title: 'Par la CLI' }, t1)
			).toBe(0);
			expect(out.join('')).toContain('Names not matched (11)');
			const plan = await scoped(t.ctx.db, pid)
				.selectFrom('action_plan')
				.select('id')
				.where('title_fr', '=', 'Par la CLI')
				.executeTakeFirstOrThrow();
			const path = join(dir, 'plan.xlsx');
			expect(
				await runPlansExport(t.ctx, path, { partnership: 'london-middlesex', plan: plan.id, lang: 'en' }, t1)
			).toBe(0);
			expect(await runPlansImport(t.ctx, actor, path, { partnership: 'london-middlesex', 'dry-run': true }, t1)).toBe(
				0
			);
			expect(
				await runPlansExport(t.ctx, join(dir, 'plan.pdf'), { partnership: 'london-middlesex', plan: plan.id }, t1)
			).toMatchObject({ usage: 'plans.cli_error_format' });
			expect(await runPlansImport(t.ctx, actor, fixturePath, { partnership: 'nowhere' }, t1)).toMatchObject({
				usage: 'cli.error_unknown_partnership'
			});
		} finally {
			spy.mockRestore();
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);

	it('a bad row makes the commit write nothing, with the row named', async () => {
		const bad = 'Axe,Priorités,Actions,Statut\nA1,P1,Faire X,en cours\n,,Faire Y,peut-être\n';
		const before = await scoped(t.ctx.db, pid)
			.selectFrom('action_plan')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		const result = await importPlanTable(t.ctx, actor, pid, {
			fileName: 'bad.csv',
			data: new TextEncoder().encode(bad),
			dryRun: false,
			plan: plan()
		});
		if (!result.ok) throw new Error(result.code);
		expect(result.value.dryRun).toBe(true);
		expect(result.value.rows.find((r) => r.row === 2)?.messages.map((m) => m.key)).toContain(
			'plans.import_err_no_result'
		);
		expect(result.value.errors).toBeGreaterThan(0);
		const after = await scoped(t.ctx.db, pid)
			.selectFrom('action_plan')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(after.n)).toBe(Number(before.n));
	});

	it('another layout imports through a saved mapping, with partners as support', async () => {
		const csv = [
			'Goal,Expected outcome,Objective,Activity,Measure,By when,Lead,Partners,Notes',
			'Employment,Newcomers find work,Employer outreach,Hold a job fair,Number of employers,March 2026,SEO,"Collège Boréal, CCFL",x',
			',,,Publish a guide,,Ongoing,Nadia Haddad,,'
		].join('\n');
		const saved = await saveImportMapping(t.ctx, actor, pid, 'English workplan', {
			language: 'en',
			columns: {
				Goal: 'axis',
				'Expected outcome': 'result',
				Objective: 'priority',
				Activity: 'action',
				Measure: 'indicators',
				'By when': 'timeline',
				Lead: 'responsibles',
				Partners: 'partners',
				Notes: 'ignore'
			}
		});
		if (!saved.ok) throw new Error(saved.code);
		const result = await importPlanTable(t.ctx, actor, pid, {
			fileName: 'workplan.csv',
			data: new TextEncoder().encode(csv),
			dryRun: false,
			mappingId: saved.value.id,
			plan: { titleEn: 'Workplan 2026' }
		});
		if (!result.ok) throw new Error(result.code);
		expect(result.value.errors).toBe(0);
		expect(result.value.language).toBe('en');
		const tree = (await getPlanTree(t.ctx.db, pid, result.value.planId!))!;
		expect(tree.axes[0].title_en).toBe('Employment');
		const [fair, guide] = tree.axes[0].results[0].priorities[0].actions;
		expect(fair.description_en).toBe('Hold a job fair');
		expect(fair.responsibles.map((r) => [r.role, r.organization_id !== null])).toEqual([
			['lead', true],
			['support', true],
			['support', true]
		]);
		expect(guide.timeline_text).toBe('Ongoing');
		expect(guide.start_date).toBeNull();
		expect(guide.responsibles[0].person_id).not.toBeNull();
		// another partnership cannot use this mapping
		const foreign = await importPlanTable(t.ctx, actor, other, {
			fileName: 'w.csv',
			data: new TextEncoder().encode(csv),
			dryRun: true,
			mappingId: saved.value.id,
			plan: { titleEn: 'x' }
		});
		expect(foreign.ok).toBe(false);
	});
});
