import type { Actor } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import { scoped } from '../tenancy/scoped.ts';
import { recordContribution, type ContributionKind } from './contributions.ts';

/**
 * Demo contributions: London & Middlesex partners over fiscal years 2025–2026 and 2026–2027
 * (cash, staff hours × rate, meeting space, materials), some tied to plan actions when the plans
 * demo has put some there; Quinte a few. One is submitted by the demo member for their own
 * organization and waits for the coordinator. Idempotent: nothing when the partnership has some.
 */

interface DemoContribution {
	/** The organization, by its English name. */
	org: string;
	kind: ContributionKind;
	amount?: string;
	hours?: string;
	rate?: string;
	fr: string;
	en: string;
	start: string;
	end: string;
	/** Tie to the n-th action of the partnership's plans, if there is one. */
	action?: number;
	reportable?: boolean;
}

const londonMiddlesex: DemoContribution[] = [
	{
		org: 'United Way Elgin Middlesex',
		kind: 'cash',
		amount: '25000',
		fr: 'Cofinancement des activités d’accueil des nouveaux arrivants',
		en: 'Co-funding of newcomer welcome activities',
		start: '2025-04-01',
		end: '2026-03-31',
		action: 0
	},
	{
		org: 'City of London',
		kind: 'cash',
		amount: '40000',
		fr: 'Portail de l’immigration et traduction des guides',
		en: 'Immigration portal and translation of the guides',
		start: '2025-04-01',
		end: '2026-03-31',
		action: 1
	},
	{
		org: 'City of London',
		kind: 'in_kind_staff',
		hours: '320',
		rate: '48.50',
		fr: 'Soutien du personnel municipal au secrétariat du partenariat',
		en: 'Municipal staff support to the partnership secretariat',
		start: '2025-04-01',
		end: '2026-03-31'
	},
	{
		org: 'London Chamber of Commerce',
		kind: 'cash',
		amount: '5000',
		fr: 'Forum des employeurs sur l’embauche de personnes immigrantes',
		en: 'Employer forum on hiring immigrants',
		start: '2025-10-01',
		end: '2025-10-31',
		action: 2
	},
	{
		org: 'Thames Valley District School Board',
		kind: 'in_kind_staff',
		hours: '120',
		rate: '52',
		fr: 'Enseignantes et enseignants en classes multilingues : ateliers pour les parents',
		en: 'Teachers of multilingual classrooms: workshops for parents',
		start: '2025-09-01',
		end: '2026-03-31',
		action: 3
	},
	{
		org: 'London Public Library',
		kind: 'in_kind_space',
		amount: '3600',
		fr: 'Salles de réunion pour le Conseil central et les sous-conseils',
		en: 'Meeting rooms for the Central Council and the sub-councils',
		start: '2025-04-01',
		end: '2026-03-31'
	},
	{
		org: 'LUSO Community Services',
		kind: 'in_kind_materials',
		amount: '1250,50',
		fr: 'Impression du guide Bienvenue à London',
		en: 'Printing of the Welcome to London guide',
		start: '2025-06-01',
		end: '2025-08-31',
		action: 1
	},
	{
		org: 'Western University',
		kind: 'in_kind_space',
		amount: '1800',
		fr: 'Amphithéâtre pour l’assemblée communautaire annuelle',
		en: 'Lecture hall for the annual community assembly',
		start: '2026-03-07',
		end: '2026-03-07'
	},
	{
		org: 'City of London',
		kind: 'cash',
		amount: '42000',
		fr: 'Portail de l’immigration et services d’interprétation',
		en: 'Immigration portal and interpretation services',
		start: '2026-04-01',
		end: '2026-11-30',
		action: 1
	},
	{
		org: 'Middlesex-London Health Unit',
		kind: 'in_kind_staff',
		hours: '80.5',
		rate: '55.25',
		fr: 'Infirmières en santé publique : séances sur la santé mentale des nouveaux arrivants',
		en: 'Public health nurses: sessions on newcomers’ mental health',
		start: '2026-04-01',
		end: '2026-09-30',
		action: 4
	},
	{
		org: 'WIL Employment Connections',
		kind: 'in_kind_staff',
		hours: '60',
		rate: '38',
		fr: 'Mentorat d’emploi pour les professionnels formés à l’étranger',
		en: 'Employment mentoring for internationally trained professionals',
		start: '2026-05-01',
		end: '2026-10-31',
		action: 2
	},
	{
		org: 'London Public Library',
		kind: 'in_kind_space',
		amount: '2400',
		fr: 'Salles de réunion, printemps à l’automne',
		en: 'Meeting rooms, spring to fall',
		start: '2026-04-01',
		end: '2026-11-30'
	},
	{
		org: 'Fanshawe College',
		kind: 'in_kind_materials',
		amount: '2000',
		fr: 'Trousses d’information pour les étudiantes et étudiants étrangers',
		en: 'Information kits for international students',
		start: '2026-08-15',
		end: '2026-09-15'
	},
	{
		org: 'Collège Boréal',
		kind: 'other',
		amount: '900',
		fr: 'Interprétation bénévole lors des séances d’information en français',
		en: 'Volunteer interpretation at French information sessions',
		start: '2026-06-01',
		end: '2026-06-30',
		reportable: false
	}
];

const quinte: DemoContribution[] = [
	{
		org: 'Loyalist College',
		kind: 'in_kind_staff',
		hours: '40',
		rate: '45',
		fr: 'Personnel du Collège au comité de l’emploi',
		en: 'College staff on the employment committee',
		start: '2025-09-01',
		end: '2026-03-31',
		action: 0
	},
	{
		org: 'Belleville Public Library',
		kind: 'in_kind_space',
		amount: '1200',
		fr: 'Salle de réunion du conseil',
		en: 'Council meeting room',
		start: '2025-04-01',
		end: '2026-03-31'
	},
	{
		org: 'Quinte Health Care',
		kind: 'cash',
		amount: '3000',
		fr: 'Traduction de documents sur l’accès aux soins',
		en: 'Translation of documents on access to care',
		start: '2026-04-01',
		end: '2026-09-30'
	}
];

export async function seedContributionsDemo(
	ctx: AppContext,
	actor: Actor,
	partnershipId: string,
	slug: string
): Promise<number> {
	const s = scoped(ctx.db, partnershipId);
	const existing = await s.selectFrom('plan_contribution').select('id').limit(1).executeTakeFirst();
	if (existing) return 0;
	const set = slug === 'quinte' ? quinte : slug === 'london-middlesex' ? londonMiddlesex : [];
	const organizations = await s.selectFrom('organization').select(['id', 'name_en']).execute();
	const byName = new Map(organizations.map((o) => [o.name_en, o.id]));
	// Tolerates a partnership without plans: contributions then stand on their own.
	const actions = await s
		.selectFrom('plan_action')
		.innerJoin('action_plan', 'action_plan.id', 'plan_action.plan_id')
		.select('plan_action.id')
		.where('action_plan.status', '!=', 'draft')
		.where('plan_action.status', '!=', 'cancelled')
		.orderBy('action_plan.period_start', 'desc')
		.orderBy('plan_action.position')
		.limit(10)
		.execute();
	let count = 0;
	for (const c of set) {
		const organizationId = byName.get(c.org);
		if (!organizationId) continue;
		const result = await recordContribution(ctx, actor, partnershipId, {
			organizationId,
			actionId: c.action !== undefined ? (actions[c.action]?.id ?? '') : '',
			kind: c.kind,
			amount: c.amount,
			hours: c.hours,
			hourlyRate: c.rate,
			descriptionFr: c.fr,
			descriptionEn: c.en,
			periodStart: c.start,
			periodEnd: c.end,
			funderReportable: c.reportable ?? true
		});
		if (!result.ok) throw new Error(`demo contribution ${c.org}: ${result.code} ${JSON.stringify(result.fieldErrors)}`);
		count++;
	}
	// The demo member records one for their own organization: it waits for the coordinator.
	if (slug === 'london-middlesex') {
		const member = await s
			.selectFrom('person')
			.innerJoin('app_user', 'app_user.id', 'person.user_id')
			.select(['app_user.id', 'app_user.display_name', 'person.organization_id'])
			.where('app_user.email', '=', 'membre@lmlip.example')
			.executeTakeFirst();
		if (member?.organization_id) {
			const result = await recordContribution(
				ctx,
				{ userId: member.id, label: member.display_name, role: 'member' },
				partnershipId,
				{
					kind: 'in_kind_staff',
					hours: '12',
					hourlyRate: '40',
					descriptionFr: 'Animation d’ateliers d’information pour les nouveaux arrivants',
					descriptionEn: 'Running information workshops for newcomers',
					periodStart: '2026-10-01',
					periodEnd: '2026-10-31'
				}
			);
			if (!result.ok) throw new Error(`demo member contribution: ${result.code}`);
			count++;
		}
	}
	return count;
}
