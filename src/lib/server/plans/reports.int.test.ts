import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import type { Actor, PartnershipAccess } from '../accounts/types.ts';
import { saveOrganization } from '../partnership/organizations.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { scoped } from '../tenancy/scoped.ts';
import { recordContribution } from './contributions.ts';
import { achievementsReport, annualReport, type AchievementsReport, type AnnualReport } from './reports.ts';
import { achievementsDocument, annualDocument } from './reports-view.ts';
import { reportDocx } from './reports-docx.ts';
import { rollupPartnerships, rollups, share } from './rollups.ts';

/** The text of a .docx, paragraph by paragraph (a .docx is a zip; the body is word/document.xml). */
async function docxText(buffer: Buffer): Promise<string> {
	const zip = await JSZip.loadAsync(buffer);
	const xml = await zip.file('word/document.xml')!.async('string');
	return xml
		.replace(/<\/w:p>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'");
}
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe.each(engines)('reports and roll-ups on %s', (engine) => {
	let t: TestDatabase;
	let a: string;
	let b: string;
	let c: string;
	const actor: Actor = { userId: null, label: 'setup' };

	async function must<T>(promise: Promise<{ ok: true; value: T } | { ok: false; code: string }>): Promise<T> {
		const result = await promise;
		if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
		return result.value;
	}

	/**
	 * A plan as the seeds describe one: an axis under the strategy theme "Emploi" (employment), an
	 * axis whose actions a table themed "education" owns, an axis with neither; actions in every
	 * status, a milestone, indicators with targets and measurements.
	 */
	async function seedPlan(pid: string) {
		const s = scoped(t.ctx.db, pid);
		const one = <T extends { id: string }>(q: { executeTakeFirstOrThrow(): Promise<T> }) => q.executeTakeFirstOrThrow();
		const strategy = await one(
			s
				.insertInto('strategy', {
					title_fr: 'Stratégie 2025-2028',
					title_en: 'Strategy 2025-2028',
					period_start: '2025-04-01',
					period_end: '2028-03-31'
				})
				.returning('id')
		);
		const theme = await one(
			s
				.insertInto('strategy_theme', {
					strategy_id: strategy.id,
					theme_key: 'employment',
					name_fr: 'Emploi et prospérité',
					name_en: 'Employment and prosperity'
				})
				.returning('id')
		);
		const table = await one(
			s
				.insertInto('governance_table', {
					kind: 'sub_council',
					theme: 'education',
					name_fr: 'Sous-conseil Éducation',
					name_en: 'Education sub-council'
				})
				.returning('id')
		);
		const plan = await one(
			s
				.insertInto('action_plan', {
					strategy_id: strategy.id,
					title_fr: 'Plan d’action 2025-2026',
					title_en: 'Action plan 2025-2026',
					period_start: '2025-04-01',
					period_end: '2026-03-31',
					status: 'active'
				})
				.returning('id')
		);
		await s.insertInto('action_plan', { title_fr: 'Brouillon', title_en: 'Draft', status: 'draft' }).execute();
		const chain = async (
			axis: { fr: string; en: string; themeId?: string; position: number },
			result: [string, string]
		) => {
			const ax = await one(
				s
					.insertInto('plan_axis', {
						plan_id: plan.id,
						theme_id: axis.themeId ?? null,
						title_fr: axis.fr,
						title_en: axis.en,
						position: axis.position
					})
					.returning('id')
			);
			const r = await one(
				s.insertInto('plan_result', { axis_id: ax.id, title_fr: result[0], title_en: result[1] }).returning('id')
			);
			const p = await one(
				s.insertInto('plan_priority', { result_id: r.id, title_fr: 'Priorité', title_en: 'Priority' }).returning('id')
			);
			return { axis: ax.id, result: r.id, priority: p.id };
		};
		const employment = await chain({ fr: 'Axe emploi', en: 'Employment axis', themeId: theme.id, position: 2 }, [
			'Les immigrants trouvent un emploi à la mesure de leurs compétences',
			'Immigrants find work that matches their skills'
		]);
		const education = await chain({ fr: 'Axe éducation', en: 'Education axis', position: 1 }, [
			'Les parents immigrants connaissent le système scolaire',
			'Immigrant parents know the school system'
		]);
		const communication = await chain(
			{ fr: 'Communication et accès à l’information', en: 'Communication and access to information', position: 0 },
			['Les immigrants trouvent l’information', 'Immigrants find information']
		);
		const act = (
			where: { priority: string },
			fields: {
				fr: string;
				en: string;
				status: string;
				start?: string;
				end?: string;
				progress?: number;
				table?: string;
			}
		) =>
			one(
				s
					.insertInto('plan_action', {
						plan_id: plan.id,
						priority_id: where.priority,
						table_id: fields.table ?? null,
						description_fr: fields.fr,
						description_en: fields.en,
						status: fields.status as 'done',
						start_date: fields.start ?? null,
						end_date: fields.end ?? null,
						progress: fields.progress ?? 0
					})
					.returning('id')
			);
		const forum = await act(employment, {
			fr: 'Tenir un forum des employeurs',
			en: 'Hold an employer forum',
			status: 'done',
			end: '2025-09-30',
			progress: 100
		});
		await s
			.insertInto('action_update', {
				action_id: forum.id,
				via: 'app',
				status_before: 'on_track',
				status_after: 'done',
				created_at: new Date('2025-10-20T15:00:00Z')
			})
			.execute();
		const mentoring = await act(employment, {
			fr: 'Jumeler des mentors et des professionnels formés à l’étranger',
			en: 'Match mentors with internationally trained professionals',
			status: 'on_track',
			end: '2027-06-30',
			progress: 40
		});
		await act(employment, {
			fr: 'Publier un guide pour les employeurs',
			en: '',
			status: 'not_started',
			start: '2027-05-01'
		});
		await s
			.insertInto('action_milestone', {
				action_id: mentoring.id,
				title_fr: 'Lancement de la deuxième cohorte',
				title_en: 'Second cohort starts',
				due_date: '2027-05-15'
			})
			.execute();
		const workshops = await act(education, {
			fr: 'Ateliers pour les parents',
			en: 'Workshops for parents',
			status: 'at_risk',
			end: '2027-02-28',
			progress: 20,
			table: table.id
		});
		await act(education, {
			fr: 'Trousse d’accueil scolaire',
			en: 'School welcome kit',
			status: 'done',
			end: '2026-01-20',
			table: table.id
		});
		await act(communication, {
			fr: 'Mettre à jour le portail',
			en: 'Update the portal',
			status: 'on_track',
			end: '2026-02-01' // past: late, whatever its status says
		});
		await act(communication, { fr: 'Action annulée', en: 'Cancelled action', status: 'cancelled' });
		// Indicators: one on a result, one on an action.
		const employers = await one(
			s
				.insertInto('indicator', {
					plan_id: plan.id,
					name_fr: 'Employeurs participants',
					name_en: 'Participating employers'
				})
				.returning('id')
		);
		await s.insertInto('indicator_link', { indicator_id: employers.id, result_id: employment.result }).execute();
		await s
			.insertInto('indicator_target', {
				indicator_id: employers.id,
				period_label: '2025',
				period_start: '2025-04-01',
				period_end: '2026-03-31',
				target_value: 30
			})
			.execute();
		await s
			.insertInto('indicator_measurement', [
				{
					indicator_id: employers.id,
					value: 34,
					measured_on: '2025-11-01',
					status: 'approved',
					narrative_fr: 'Au forum'
				},
				{ indicator_id: employers.id, value: 99, measured_on: '2026-02-01', status: 'submitted' },
				{ indicator_id: employers.id, value: 98, measured_on: '2026-02-02', status: 'rejected' }
			])
			.execute();
		const parents = await one(
			s
				.insertInto('indicator', {
					plan_id: plan.id,
					name_fr: 'Parents joints',
					name_en: 'Parents reached',
					unit: 'parents'
				})
				.returning('id')
		);
		await s.insertInto('indicator_link', { indicator_id: parents.id, action_id: workshops.id }).execute();
		await s
			.insertInto('indicator_target', {
				indicator_id: parents.id,
				period_label: '2025',
				period_start: '2025-04-01',
				period_end: '2026-03-31',
				target_value: 200
			})
			.execute();
		await s
			.insertInto('indicator_measurement', {
				indicator_id: parents.id,
				value: 150,
				measured_on: '2026-03-01',
				status: 'approved'
			})
			.execute();
		return { table: table.id };
	}

	async function seat(pid: string, tableId: string, sector: string, name: string) {
		const org = await must(saveOrganization(t.ctx, actor, pid, null, { nameFr: name, sector }));
		await scoped(t.ctx.db, pid)
			.insertInto('table_membership', {
				table_id: tableId,
				organization_id: org.id,
				role: 'member',
				start_date: '2024-01-01'
			})
			.execute();
		return org.id;
	}

	let achievementsFr: AchievementsReport;
	let annualEn: AnnualReport;

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		a = (await must(createPartnership(t.ctx, actor, { slug: 'lip-a', nameFr: 'PLI A', nameEn: 'LIP A' }))).id;
		b = (await must(createPartnership(t.ctx, actor, { slug: 'lip-b', nameFr: 'PLI B', nameEn: 'LIP B' }))).id;
		c = (await must(createPartnership(t.ctx, actor, { slug: 'lip-c', nameFr: 'PLI C', nameEn: 'LIP C' }))).id;
		const { table } = await seedPlan(a);
		const settlement = await seat(a, table, 'settlement', 'Centre d’accueil');
		await seat(a, table, 'health', 'Bureau de santé');
		// Contributions in A: confirmed and reportable count; a non-reportable one does not.
		for (const input of [
			{ organizationId: settlement, kind: 'cash', amount: '4 500', periodStart: '2025-05-01', periodEnd: '2025-05-31' },
			{
				organizationId: settlement,
				kind: 'in_kind_staff',
				hours: '10',
				hourlyRate: '50',
				periodStart: '2025-06-01',
				periodEnd: '2025-06-30'
			},
			{
				organizationId: settlement,
				kind: 'cash',
				amount: '777',
				periodStart: '2025-07-01',
				periodEnd: '2025-07-31',
				funderReportable: false
			},
			{ organizationId: settlement, kind: 'cash', amount: '333', periodStart: '2026-07-01', periodEnd: '2026-07-31' }
		])
			await must(recordContribution(t.ctx, actor, a, { descriptionFr: 'Contribution', ...input }));
		// Meetings held in fiscal 2025 (and one cancelled, one outside the year).
		const s = scoped(t.ctx.db, a);
		const held = await s
			.insertInto('meeting', {
				table_id: table,
				title_fr: 'Réunion',
				title_en: 'Meeting',
				starts_at: '2025-06-10T13:00:00Z',
				ends_at: '2025-06-10T15:00:00Z',
				status: 'held'
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await s
			.insertInto('meeting', [
				{
					table_id: table,
					title_fr: 'R2',
					title_en: 'M2',
					starts_at: '2026-02-10T13:00:00Z',
					ends_at: '2026-02-10T15:00:00Z',
					status: 'held'
				},
				{
					table_id: table,
					title_fr: 'R3',
					title_en: 'M3',
					starts_at: '2025-12-10T13:00:00Z',
					ends_at: '2025-12-10T15:00:00Z',
					status: 'cancelled'
				},
				{
					table_id: table,
					title_fr: 'R4',
					title_en: 'M4',
					starts_at: '2026-04-10T13:00:00Z',
					ends_at: '2026-04-10T15:00:00Z',
					status: 'held'
				}
			])
			.execute();
		const person = await s.insertInto('person', { given_name: 'Ana' }).returning('id').executeTakeFirstOrThrow();
		await s
			.insertInto('meeting_attendance', { meeting_id: held.id, person_id: person.id, status: 'present' })
			.execute();

		// B: a plan owned by a health table; one seated settlement organization; a contribution.
		const sb = scoped(t.ctx.db, b);
		const healthTable = await sb
			.insertInto('governance_table', {
				kind: 'working_group',
				theme: 'health_wellbeing',
				name_fr: 'Santé',
				name_en: 'Health'
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const planB = await sb
			.insertInto('action_plan', { title_fr: 'Plan B', title_en: 'Plan B', status: 'active', table_id: healthTable.id })
			.returning('id')
			.executeTakeFirstOrThrow();
		const axB = await sb
			.insertInto('plan_axis', { plan_id: planB.id, title_fr: 'Santé', title_en: 'Health' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const rB = await sb
			.insertInto('plan_result', { axis_id: axB.id, title_fr: 'R', title_en: 'R' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const pB = await sb
			.insertInto('plan_priority', { result_id: rB.id, title_fr: 'P', title_en: 'P' })
			.returning('id')
			.executeTakeFirstOrThrow();
		await sb
			.insertInto('plan_action', [
				{ plan_id: planB.id, priority_id: pB.id, description_fr: 'x', description_en: 'x', status: 'done' },
				{ plan_id: planB.id, priority_id: pB.id, description_fr: 'y', description_en: 'y', status: 'on_track' }
			])
			.execute();
		const orgB = await seat(b, healthTable.id, 'settlement', 'Accueil B');
		await must(
			recordContribution(t.ctx, actor, b, {
				organizationId: orgB,
				kind: 'in_kind_space',
				amount: '1000',
				descriptionEn: 'Room',
				periodStart: '2025-09-01',
				periodEnd: '2025-09-30'
			})
		);
		// C: a partnership the funder does not follow, with a large contribution and a library.
		const sc = scoped(t.ctx.db, c);
		const tableC = await sc
			.insertInto('governance_table', { kind: 'council', name_fr: 'Conseil', name_en: 'Council' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const orgC = await seat(c, tableC.id, 'library', 'Bibliothèque C');
		await must(
			recordContribution(t.ctx, actor, c, {
				organizationId: orgC,
				kind: 'cash',
				amount: '1000000',
				descriptionFr: 'Secret',
				periodStart: '2025-09-01',
				periodEnd: '2025-09-30'
			})
		);

		achievementsFr = await must(achievementsReport(t.ctx, a, { from: '2025-09-01', to: '2026-03-31', lang: 'fr' }));
		annualEn = await must(annualReport(t.ctx, a, { year: 2025, lang: 'en' }));
	});
	afterAll(() => t?.close());

	it('groups the achievements report by theme: strategy themes, then table themes, then axes', () => {
		expect(achievementsFr.themes.map((g) => g.title.text)).toEqual([
			'Emploi et prospérité',
			'Éducation',
			'Communication et accès à l’information'
		]);
		const [employment, education, communication] = achievementsFr.themes;
		expect(employment.results.map((r) => r.text)).toEqual([
			'Les immigrants trouvent un emploi à la mesure de leurs compétences'
		]);
		// Achieved in the period: the forum (done on its last update, Oct 20) and the approved measurement.
		expect(employment.achieved.map((i) => [i.text.text, i.date])).toEqual([
			['Tenir un forum des employeurs', '2025-10-20'],
			['Employeurs participants', '2025-11-01']
		]);
		expect(employment.achieved[1].detail).toContain('34');
		expect(employment.underway.map((i) => i.text.text)).toEqual([
			'Jumeler des mentors et des professionnels formés à l’étranger'
		]);
		expect(employment.underway[0].detail).toContain('En bonne voie');
		expect(employment.next.map((i) => i.text.text)).toEqual([
			'Publier un guide pour les employeurs',
			'Lancement de la deuxième cohorte'
		]);
		expect(education.achieved.map((i) => i.text.text)).toEqual(['Trousse d’accueil scolaire', 'Parents joints']);
		expect(education.underway.map((i) => i.status)).toEqual(['at_risk']);
		// Past its end date and not done: late. Cancelled actions and draft plans appear nowhere.
		expect(communication.underway.map((i) => [i.text.text, i.status])).toEqual([['Mettre à jour le portail', 'late']]);
		const all = JSON.stringify(achievementsFr);
		expect(all).not.toContain('Action annulée');
		expect(achievementsFr.plans.map((p) => p.text)).toEqual(['Plan d’action 2025-2026']);
		expect(achievementsFr.counts).toEqual({ achieved: 4, underway: 3, next: 2 });
	});

	it('writes the achievements report in the language asked, with the other language standing in visibly', async () => {
		const en = await must(achievementsReport(t.ctx, a, { from: '2025-09-01', to: '2026-03-31', lang: 'en' }));
		expect(en.themes.map((g) => g.title.text)).toEqual([
			'Employment and prosperity',
			'Education',
			'Communication and access to information'
		]);
		const guide = en.themes[0].next[0];
		expect(guide.text).toEqual({ text: 'Publier un guide pour les employeurs', lang: 'fr', fallback: true });
		// A narrower period: the forum falls outside it.
		const later = await must(achievementsReport(t.ctx, a, { from: '2025-11-01', to: '2026-03-31', lang: 'en' }));
		expect(later.themes[0].achieved.map((i) => i.text.text)).toEqual(['Participating employers']);
		const bad = await achievementsReport(t.ctx, a, { from: '2026-03-31', to: '2025-09-01', lang: 'de' });
		expect(!bad.ok && bad.fieldErrors).toMatchObject({ lang: ['validation.invalid_choice'] });
		const reversed = await achievementsReport(t.ctx, a, { from: '2026-03-31', to: '2025-09-01', lang: 'fr' });
		expect(!reversed.ok && reversed.fieldErrors?.to).toEqual(['reports.error_period_order']);
		// Another partnership's report knows nothing of A's plan.
		const other = await must(achievementsReport(t.ctx, c, { from: '2025-09-01', to: '2026-03-31', lang: 'fr' }));
		expect(other.themes).toEqual([]);
	});

	it('puts results and indicators against targets, contributions, membership and meetings in the annual report', () => {
		expect(annualEn).toMatchObject({ fiscalYear: 2025, label: '2025–2026', from: '2025-04-01', to: '2026-03-31' });
		const employment = annualEn.results.find((r) => r.theme.text === 'Employment and prosperity')!;
		expect(employment.indicators).toEqual([
			expect.objectContaining({
				name: expect.objectContaining({ text: 'Participating employers' }),
				target: '30',
				actual: '34',
				assessment: 'met'
			})
		]);
		const parents = annualEn.results.find((r) => r.theme.text === 'Education')!;
		expect(parents.indicators[0]).toMatchObject({
			target: '200 parents',
			actual: '150 parents',
			assessment: 'not_met'
		});
		// Cancelled actions are left out of the report.
		expect(annualEn.actions).toMatchObject({
			total: 6,
			done: 2,
			on_track: 1,
			at_risk: 1,
			late: 1,
			not_started: 1,
			cancelled: 0
		});
		// Confirmed, reportable, within the year: 4 500 cash + 10 h × 50 in kind.
		expect(annualEn.contributions).toMatchObject({ cash: 450_000, inKind: 50_000, total: 500_000 });
		expect(annualEn.membership).toMatchObject({ at: '2026-03-31', organizations: 2 });
		expect(annualEn.membership.sectors.map((s) => [s.sector, s.organizations])).toEqual([
			['health', 1],
			['settlement', 1]
		]);
		expect(annualEn.events).toMatchObject({ held: 2, cancelled: 1, attendance: 1 });
		expect(annualEn.events.byTable).toEqual([
			{ name: expect.objectContaining({ text: 'Education sub-council' }), held: 2 }
		]);
	});

	it('writes both reports as DOCX with their headings and figures, in French and in English', async () => {
		const frAnnual = await must(annualReport(t.ctx, a, { year: 2025, lang: 'fr' }));
		const fr = plain(await docxText(await reportDocx(annualDocument(frAnnual))));
		expect(fr).toContain('Rapport annuel au bailleur de fonds 2025–2026');
		expect(fr).toContain('Résultats et indicateurs');
		expect(fr).toContain('Contributions des partenaires');
		expect(fr).toContain('4 500 $ en espèces');
		expect(fr).toContain('500 $');
		expect(fr).toContain('Composition par secteur');
		expect(fr).toContain('Établissement');
		expect(fr).toContain('Réunions tenues');
		expect(fr).toContain('Cible atteinte');
		expect(fr).not.toContain('Target met');
		const en = plain(await docxText(await reportDocx(annualDocument(annualEn))));
		expect(en).toContain('Annual Report to the Funder 2025–2026');
		expect(en).toContain(
			'Partners contributed $4,500 in cash, plus in-kind contributions estimated at $500, for a total of $5,000.'
		);
		expect(en).toContain('Membership by sector');
		expect(en).toContain('Target not met');
		const achievements = plain(await docxText(await reportDocx(achievementsDocument(achievementsFr))));
		expect(achievements).toContain('Rapport sur les réalisations communautaires');
		expect(achievements).toContain('Nos réalisations');
		expect(achievements).toContain('En cours');
		expect(achievements).toContain('Vers l’avenir');
		expect(achievements).toContain('Emploi et prospérité');
		expect(achievements).toContain('Tenir un forum des employeurs');
		expect(achievements.indexOf('Emploi et prospérité')).toBeLessThan(achievements.indexOf('Communication et accès'));
	});

	it('refuses a fiscal year that has not begun', async () => {
		const future = await annualReport(t.ctx, a, { year: 2099, lang: 'en' });
		expect(!future.ok && future.fieldErrors?.year).toEqual(['reports.error_future_year']);
	});

	describe('roll-ups across partnerships', () => {
		const access = (partnershipId: string, role: PartnershipAccess['role']): PartnershipAccess => ({
			partnershipId,
			role,
			slug: '',
			name: { fr: '', en: '' }
		});

		it('reads only the partnerships where the account is a viewer or a coordinator', async () => {
			const mine = await rollupPartnerships(t.ctx, {
				isInstanceAdmin: false,
				access: [access(a, 'viewer'), access(b, 'coordinator'), access(c, 'member')]
			});
			expect(mine.map((p) => p.slug).sort()).toEqual(['lip-a', 'lip-b']);
			expect(await rollupPartnerships(t.ctx, { isInstanceAdmin: false, access: [access(c, 'member')] })).toEqual([]);
			const admin = await rollupPartnerships(t.ctx, { isInstanceAdmin: true, access: [] });
			expect(admin.map((p) => p.slug).sort()).toEqual(['lip-a', 'lip-b', 'lip-c']);
		});

		it('computes the federal evaluation figures live, per partnership and in total', async () => {
			const mine = await rollupPartnerships(t.ctx, {
				isInstanceAdmin: false,
				access: [access(a, 'viewer'), access(b, 'coordinator')]
			});
			const r = await rollups(t.ctx, mine, { fiscalYear: 2025 });
			expect(r.partnerships).toHaveLength(2);
			// Sectors: settlement in both, health in A; C's library is not visible.
			expect(r.sectors).toEqual([
				{ sector: 'settlement', partnerships: 2 },
				{ sector: 'health', partnerships: 1 }
			]);
			// Themes of priorities: A's employment (strategy theme), education (its actions' table),
			// other (neither); B's health (the table owning its plan).
			expect(r.themes).toEqual(
				expect.arrayContaining([
					{ theme: 'employment', priorities: 1, partnerships: 1 },
					{ theme: 'education', priorities: 1, partnerships: 1 },
					{ theme: 'other', priorities: 1, partnerships: 1 },
					{ theme: 'health_wellbeing', priorities: 1, partnerships: 1 }
				])
			);
			expect(r.themes).toHaveLength(4);
			// Contributions: A 4 500 cash + 500 in kind; B 1 000 in kind; never C's million.
			expect(r.contributions).toMatchObject({ cash: 450_000, inKind: 150_000, total: 600_000, count: 3 });
			expect(r.actions).toMatchObject({
				total: 9,
				done: 3,
				on_track: 2,
				at_risk: 1,
				late: 1,
				not_started: 1,
				cancelled: 1
			});
			// Shares of the 8 actions not cancelled.
			expect(share(r.actions, 'on_track')).toBe(25);
			expect(share(r.actions, 'done')).toBe(37.5);
			expect(share(r.actions, 'late')).toBe(12.5);
			const rowB = r.partnerships.find((p) => p.slug === 'lip-b')!;
			expect(rowB).toMatchObject({ sectors: ['settlement'], organizations: 1, priorities: 1 });
			expect(rowB.contributions).toMatchObject({ cash: 0, inKind: 100_000 });
			expect(share(rowB.actions, 'done')).toBe(50);
			// Another year: no contributions in 2024.
			expect((await rollups(t.ctx, mine, { fiscalYear: 2024 })).contributions.total).toBe(0);
		});
	});
});
