import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Actor } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import { projectRoot } from '../paths.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { openCheckinRound } from './checkins.ts';
import { importPlanTable } from './import.ts';
import { reviewMeasurement, saveIndicator, saveTarget, submitMeasurement } from './indicators.ts';
import { recordProgress, saveAction, saveNode, savePlan, saveStrategy, updateActionProgress } from './plans.ts';

/**
 * Plans demo data.
 * - London & Middlesex: the seed's 2019–2020 CLIF action plan (seed 002), imported through the
 *   importer from src/lib/server/plans/demo-data/clif-2019-2020.csv and attached to the CLIF table; the
 *   Community Strategic Plan for Immigration's themes (seed 000) as a strategy, with a 2026
 *   action plan (a few actions per theme, owned by the sub-councils), sample updates and a
 *   check-in round, indicator targets and measurements.
 * - Quinte: a small plan.
 * Idempotent: does nothing when the partnership already has a plan.
 */
export const clifFixture = join(projectRoot, 'src/lib/server/plans/demo-data/clif-2019-2020.csv');

const must = <T>(r: { ok: true; value: T } | { ok: false; code: string }, what: string): T => {
	if (!r.ok) throw new Error(`plans demo (${what}): ${r.code}`);
	return r.value;
};

const themes = [
	{ key: 'education', fr: 'Éducation', en: 'Education', table: 'Education Sub-Council' },
	{ key: 'employment', fr: 'Emploi', en: 'Employment', table: 'Employment Sub-Council' },
	{
		key: 'health_wellbeing',
		fr: 'Santé et bien-être',
		en: 'Health and Wellbeing',
		table: 'Health and Wellbeing Sub-Council'
	},
	{
		key: 'inclusion_civic_engagement',
		fr: 'Inclusion et engagement civique',
		en: 'Inclusion and Civic Engagement',
		table: 'Inclusion and Civic Engagement Sub-Council'
	},
	{
		key: 'justice_protection',
		fr: 'Justice et services de protection',
		en: 'Justice and Protection Services',
		table: 'Justice and Protection Services Sub-Council'
	},
	{ key: 'settlement', fr: 'Établissement', en: 'Settlement', table: 'Settlement Sub-Council' }
];

/** The 2026 plan as a table in the importer's layout (English columns, French in the "(FR)" ones). */
const plan2026: string[][] = [
	[
		'STRATEGIC AXES',
		'INTENDED RESULTS',
		'PRIORITIES',
		'ACTIONS / ACTIVITIES',
		'INDICATORS',
		'Timeline',
		'RESPONSIBLE',
		'PARTNERS (SUPPORT)',
		'STATUS',
		'PROGRESS (%)',
		'TABLE',
		'STRATEGIC AXES (FR)',
		'INTENDED RESULTS (FR)',
		'PRIORITIES (FR)',
		'ACTIONS / ACTIVITIES (FR)',
		'INDICATORS (FR)'
	],
	[
		'Education',
		'Immigrant parents understand the school system',
		'Support immigrant parents',
		'Hold welcome sessions for newcomer families in four schools',
		'Number of families reached',
		'January – June 2026',
		'Karen Whitfield',
		'LDCSB',
		'On track',
		'40',
		'Education Sub-Council',
		'Éducation',
		'Les parents immigrants comprennent le système scolaire',
		'Appuyer les parents immigrants',
		"Tenir des séances d'accueil pour les familles nouvellement arrivées dans quatre écoles",
		'Nombre de familles rejointes'
	],
	[
		'',
		'',
		'',
		'Translate the school-year guide into six languages',
		'Number of languages available',
		'Mars 2026',
		'Rajesh Iyer',
		'Conseil scolaire Viamonde',
		'At risk',
		'20',
		'Education Sub-Council',
		'',
		'',
		'',
		"Traduire le guide de l'année scolaire en six langues",
		'Nombre de langues offertes'
	],
	[
		'Employment',
		'Employers hire more immigrants',
		'Engage employers',
		'Run two employer breakfasts with LMIEC on hiring newcomers',
		'Number of employers taking part',
		'February – November 2026',
		'LMIEC',
		'SEO + Collège Boréal',
		'On track',
		'50',
		'Employment Sub-Council',
		'Emploi',
		"Les employeurs embauchent davantage d'immigrants",
		'Mobiliser les employeurs',
		"Tenir deux déjeuners d'employeurs avec le LMIEC sur l'embauche de nouveaux arrivants",
		"Nombre d'employeurs participants"
	],
	[
		'',
		'',
		'Mentoring',
		'Match 40 newcomers with mentors in their field',
		'Number of mentoring pairs',
		'Ongoing',
		'Layla Al-Khatib',
		'WIL Employment Connections',
		'Not started',
		'0',
		'Employment Sub-Council',
		'',
		'',
		'Mentorat',
		'Jumeler 40 nouveaux arrivants avec des mentors de leur domaine',
		'Nombre de jumelages'
	],
	[
		'Health and Wellbeing',
		'Newcomers know where to find mental health support',
		'Raise mental health awareness',
		'Update and distribute the Guide to Your Health & Wellbeing Services',
		'Percentage of partners distributing the guide',
		'April – September 2026',
		'Priya Raman',
		'London InterCommunity Health Centre',
		'Late',
		'30',
		'Health and Wellbeing Sub-Council',
		'Santé et bien-être',
		'Les nouveaux arrivants savent où trouver du soutien en santé mentale',
		'Sensibiliser à la santé mentale',
		'Mettre à jour et distribuer le Guide de vos services de santé et de bien-être',
		'Pourcentage de partenaires qui distribuent le guide'
	],
	[
		'Inclusion and Civic Engagement',
		'Residents value the diversity of London and Middlesex',
		'Welcoming communities',
		'Organize the #LdnOntWelcomes campaign during Welcoming Week',
		'Number of events',
		'September 2026',
		'Nadia Haddad',
		'London Public Library',
		'On track',
		'60',
		'Inclusion and Civic Engagement Sub-Council',
		'Inclusion et engagement civique',
		'Les résidents valorisent la diversité de London et Middlesex',
		'Communautés accueillantes',
		'Organiser la campagne #LdnOntWelcomes pendant la Semaine de l’accueil',
		"Nombre d'activités"
	],
	[
		'',
		'',
		'',
		'Bring newcomers to a municipal council meeting and a civic tour',
		'Number of participants',
		'2026-05-01 au 2026-06-30',
		'Nadia Haddad',
		'',
		'Done',
		'100',
		'Inclusion and Civic Engagement Sub-Council',
		'',
		'',
		'',
		'Amener des nouveaux arrivants à une séance du conseil municipal et à une visite civique',
		'Nombre de participants'
	],
	[
		'Justice and Protection Services',
		'Immigrants know their rights and responsibilities',
		'Legal information',
		'Offer four sessions on tenant rights with Neighbourhood Legal Services',
		'Number of sessions held',
		'March – December 2026',
		'Daniel Mensah',
		'Neighbourhood Legal Services London & Middlesex',
		'At risk',
		'25',
		'Justice and Protection Services Sub-Council',
		'Justice et services de protection',
		'Les immigrants connaissent leurs droits et responsabilités',
		'Information juridique',
		'Offrir quatre séances sur les droits des locataires avec la clinique juridique',
		'Nombre de séances tenues'
	],
	[
		'Settlement',
		'Newcomers find settlement services quickly',
		'Coordinated access',
		'Keep the Welcome to London guide and immigration.london.ca up to date',
		'Percentage of listings checked this year',
		'Ongoing',
		'Tesfaye Gebremedhin',
		'CCLC',
		'On track',
		'70',
		'Settlement Sub-Council',
		'Établissement',
		"Les nouveaux arrivants trouvent rapidement les services d'établissement",
		'Accès coordonné',
		'Tenir à jour le guide Bienvenue à London et immigration.london.ca',
		'Pourcentage de fiches vérifiées cette année'
	],
	[
		'',
		'',
		'',
		'Train 60 frontline workers on the referral protocol',
		'Number of workers trained',
		'June 2026',
		'Tesfaye Gebremedhin',
		'LUSO Community Services',
		'Cancelled',
		'0',
		'Settlement Sub-Council',
		'',
		'',
		'',
		'Former 60 intervenants de première ligne au protocole d’aiguillage',
		"Nombre d'intervenants formés"
	]
];

export async function seedPlansDemo(
	ctx: AppContext,
	actor: Actor,
	partnershipId: string,
	which: 'london-middlesex' | 'quinte'
): Promise<void> {
	const s = scoped(ctx.db, partnershipId);
	if (await s.selectFrom('action_plan').select('id').limit(1).executeTakeFirst()) return;
	if (which === 'quinte') return seedQuinte(ctx, actor, partnershipId);
	const tables = await s.selectFrom('governance_table').select(['id', 'name_en']).execute();
	const clif = tables.find((t) => t.name_en.includes('Francophone Immigration Committee'))?.id ?? null;

	// 1. Seed 002, through the importer, as people would bring it.
	must(
		await importPlanTable(ctx, actor, partnershipId, {
			fileName: 'clif-2019-2020.csv',
			data: new Uint8Array(readFileSync(clifFixture)),
			dryRun: false,
			plan: {
				titleFr: "Plan d'action du CLIF de London et comtés environnants 2019-2020",
				titleEn: 'London and Surrounding Counties CLIF action plan 2019-2020',
				tableId: clif,
				year: 2019,
				periodStart: '2019-04-01',
				periodEnd: '2020-03-31',
				status: 'closed'
			}
		}),
		'CLIF import'
	);

	// 2. The strategy and its 2026 plan.
	const strategyId = must(
		await saveStrategy(ctx, actor, partnershipId, null, {
			titleFr: "Plan stratégique communautaire pour l'immigration",
			titleEn: 'Community Strategic Plan for Immigration',
			periodStart: '2024-01-01',
			periodEnd: '2028-12-31',
			visionFr:
				"London et Middlesex, une communauté accueillante où les personnes immigrantes s'établissent, réussissent et participent pleinement à la vie sociale, économique et civique.",
			visionEn:
				'London and Middlesex, a welcoming community where immigrants settle, succeed and take a full part in social, economic and civic life.',
			themes: themes.map((t) => ({ nameFr: t.fr, nameEn: t.en, themeKey: t.key }))
		}),
		'strategy'
	).id;
	const imported = must(
		await importPlanTable(ctx, actor, partnershipId, {
			fileName: 'lmlip-2026.csv',
			data: new TextEncoder().encode(stringify(plan2026)),
			dryRun: false,
			plan: {
				titleFr: "Plan d'action 2026 du Partenariat",
				titleEn: '2026 Partnership action plan',
				strategyId,
				year: 2026,
				periodStart: '2026-01-01',
				periodEnd: '2026-12-31',
				status: 'active'
			}
		}),
		'2026 import'
	);
	const planId = imported.planId!;
	const themeRows = await s
		.selectFrom('strategy_theme')
		.select(['id', 'name_en'])
		.where('strategy_id', '=', strategyId)
		.execute();
	const axes = await s.selectFrom('plan_axis').select(['id', 'title_en']).where('plan_id', '=', planId).execute();
	await ctx.db.transaction().execute(async (trx) => {
		for (const axis of axes) {
			const theme = themeRows.find((t) => t.name_en === axis.title_en);
			if (theme) await updateAudited(trx, actor, partnershipId, 'plan_axis', axis.id, { theme_id: theme.id });
		}
	});
	const actions = await s
		.selectFrom('plan_action')
		.select(['id', 'description_en', 'status', 'progress', 'table_id'])
		.where('plan_id', '=', planId)
		.orderBy('position')
		.execute();
	const action = (start: string) => actions.find((a) => a.description_en.startsWith(start))!;
	// A milestone due soon, for the dashboard's upcoming deadlines.
	const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
	const guide = action('Update and distribute');
	must(
		await saveAction(ctx, actor, partnershipId, null, guide.id, {
			descriptionEn: guide.description_en,
			descriptionFr: 'Mettre à jour et distribuer le Guide de vos services de santé et de bien-être',
			timelineText: 'April – September 2026',
			startDate: '2026-04-01',
			endDate: '2026-09-30',
			status: guide.status,
			progress: guide.progress,
			weight: 2,
			tableId: guide.table_id,
			milestones: [
				{
					titleFr: 'Texte révisé approuvé par le sous-conseil',
					titleEn: 'Revised text approved by the sub-council',
					dueDate: inDays(12)
				},
				{ titleFr: 'Impression et distribution', titleEn: 'Printing and distribution', dueDate: inDays(45) }
			],
			comment: 'Weight 2: the guide is the sub-council’s main deliverable this year.'
		}),
		'guide action'
	);
	// Sample updates from the app.
	const breakfasts = action('Run two employer breakfasts');
	must(
		await updateActionProgress(ctx, actor, partnershipId, breakfasts.id, {
			status: 'on_track',
			progress: 50,
			comment: 'First breakfast held on 12 March: 23 employers.'
		}),
		'update'
	);
	const sessions = action('Offer four sessions');
	must(
		await updateActionProgress(ctx, actor, partnershipId, sessions.id, {
			status: 'at_risk',
			progress: 25,
			comment: 'Only one room confirmed so far; the clinic is short-staffed.'
		}),
		'update'
	);

	// Indicators: targets for 2026 and measurements (approved and waiting).
	const indicators = await s
		.selectFrom('indicator')
		.select(['id', 'name_en', 'kind'])
		.where('plan_id', '=', planId)
		.execute();
	const indicator = (name: string) => indicators.find((i) => i.name_en === name)!;
	const target = async (name: string, value: number, quarterly = false) => {
		const id = indicator(name).id;
		if (quarterly) {
			for (const [q, start, end] of [
				['2026-T1', '2026-01-01', '2026-03-31'],
				['2026-T2', '2026-04-01', '2026-06-30'],
				['2026-T3', '2026-07-01', '2026-09-30'],
				['2026-T4', '2026-10-01', '2026-12-31']
			]) {
				must(
					await saveTarget(ctx, actor, partnershipId, id, {
						periodLabel: q,
						periodStart: start,
						periodEnd: end,
						targetValue: value
					}),
					'target'
				);
			}
		} else
			must(
				await saveTarget(ctx, actor, partnershipId, id, {
					periodLabel: '2026',
					periodStart: '2026-01-01',
					periodEnd: '2026-12-31',
					targetValue: value
				}),
				'target'
			);
		must(
			await saveTarget(ctx, actor, partnershipId, id, {
				periodLabel: '2025',
				periodStart: '2025-01-01',
				periodEnd: '2025-12-31',
				targetValue: Math.round(value * 0.8)
			}),
			'target'
		);
		return id;
	};
	const measure = async (
		id: string,
		value: number,
		on: string,
		approve: boolean,
		narrativeEn = '',
		narrativeFr = ''
	) => {
		const m = must(
			await submitMeasurement(ctx, actor, partnershipId, id, { value, measuredOn: on, narrativeEn, narrativeFr }),
			'measurement'
		);
		if (approve) must(await reviewMeasurement(ctx, actor, partnershipId, m.id, { decision: 'approved' }), 'approve');
	};
	const families = await target('Number of families reached', 30, true);
	await measure(families, 22, '2025-11-30', true);
	await measure(families, 6, '2026-03-20', true, 'Two schools so far.', 'Deux écoles pour l’instant.');
	const employers = await target('Number of employers taking part', 40);
	await measure(employers, 31, '2025-12-15', true);
	await measure(employers, 23, '2026-03-12', true, 'First breakfast.', 'Premier déjeuner.');
	const listings = await target('Percentage of listings checked this year', 90);
	await measure(listings, 82, '2025-12-31', true);
	await measure(
		listings,
		45,
		'2026-06-30',
		false,
		'Mid-year count, to be confirmed.',
		'Décompte de mi-année, à confirmer.'
	);

	// A check-in round (e-mails in the outbox), and one person's answer through it.
	const round = must(await openCheckinRound(ctx, actor, partnershipId, planId, { due: inDays(14) }), 'round');
	await ctx.db.transaction().execute(async (trx) => {
		const request = await scoped(trx, partnershipId)
			.selectFrom('checkin_request')
			.innerJoin('person', 'person.id', 'checkin_request.person_id')
			.select(['checkin_request.id', 'checkin_request.person_id'])
			.where('checkin_request.round_id', '=', round.id)
			.where('person.given_name', '=', 'Tesfaye')
			.executeTakeFirst();
		if (!request) return;
		const welcome = action('Keep the Welcome to London guide');
		const person = { ...actor, label: 'check-in: Tesfaye Gebremedhin' };
		await recordProgress(
			trx,
			person,
			partnershipId,
			welcome,
			{ status: 'on_track', progress: 75, comment: 'Spring review done; 212 listings checked.' },
			{ via: 'checkin', personId: request.person_id, checkinRequestId: request.id }
		);
		await updateAudited(
			trx,
			person,
			partnershipId,
			'checkin_request',
			request.id,
			{ opened_at: new Date(), completed_at: new Date() },
			'checkin_request.complete'
		);
		await insertAudited(trx, person, partnershipId, 'indicator_measurement', {
			indicator_id: indicator('Percentage of listings checked this year').id,
			value: 52,
			measured_on: new Date().toISOString().slice(0, 10),
			narrative_en: 'Through the check-in link.',
			submitted_by_person_id: request.person_id,
			checkin_request_id: request.id
		});
	});
}

async function seedQuinte(ctx: AppContext, actor: Actor, partnershipId: string) {
	const s = scoped(ctx.db, partnershipId);
	const people = await s.selectFrom('person').select(['id', 'given_name']).orderBy('created_at').execute();
	const planId = must(
		await savePlan(ctx, actor, partnershipId, null, {
			titleFr: "Plan d'action 2026 du PLI de Quinte",
			titleEn: 'Quinte LIP 2026 action plan',
			year: 2026,
			periodStart: '2026-01-01',
			periodEnd: '2026-12-31',
			status: 'active'
		}),
		'quinte plan'
	).id;
	const axis = must(
		await saveNode(ctx, actor, partnershipId, 'axis', planId, null, { titleFr: 'Accueil', titleEn: 'Welcome' }),
		'axis'
	).id;
	const result = must(
		await saveNode(ctx, actor, partnershipId, 'result', axis, null, {
			titleFr: 'Les nouveaux arrivants connaissent les services de la région',
			titleEn: 'Newcomers know the services of the region'
		}),
		'result'
	).id;
	const priority = must(
		await saveNode(ctx, actor, partnershipId, 'priority', result, null, {
			titleFr: "Faire connaître les services d'établissement",
			titleEn: 'Promote settlement services'
		}),
		'priority'
	).id;
	const lead = people[0];
	const fair = must(
		await saveAction(ctx, actor, partnershipId, priority, null, {
			descriptionFr: 'Tenir une foire des services à Belleville',
			descriptionEn: 'Hold a services fair in Belleville',
			timelineText: 'Mai 2026',
			startDate: '2026-05-01',
			endDate: '2026-05-31',
			status: 'at_risk',
			progress: 20,
			responsibles: lead ? [{ personId: lead.id, role: 'lead' }] : [{ nameText: 'Coordination', role: 'lead' }],
			comment: 'Venue not confirmed yet.'
		}),
		'fair'
	).id;
	must(
		await saveAction(ctx, actor, partnershipId, priority, null, {
			descriptionFr: 'Publier le guide des nouveaux arrivants en ligne',
			descriptionEn: 'Publish the newcomer guide online',
			timelineText: 'En continu',
			status: 'on_track',
			progress: 50,
			responsibles: people[1] ? [{ personId: people[1].id, role: 'lead' }] : []
		}),
		'guide'
	);
	const ind = must(
		await saveIndicator(ctx, actor, partnershipId, null, {
			planId,
			nameFr: 'Nombre de visiteurs à la foire',
			nameEn: 'Number of fair visitors',
			kind: 'count',
			actionIds: [fair]
		}),
		'indicator'
	).id;
	must(
		await saveTarget(ctx, actor, partnershipId, ind, {
			periodLabel: '2026',
			periodStart: '2026-01-01',
			periodEnd: '2026-12-31',
			targetValue: 150
		}),
		'target'
	);
}
