/**
 * A second, smaller demo partnership built from seeds/003 (Quinte LIP: one settlement provider,
 * four counties, themed teams). It gives the funder roll-ups and the cross-partnership tests a
 * real neighbour. Organizations are real; people are fictional (.example addresses).
 */
import type { DemoMembership, DemoOrganization, DemoPerson, DemoTable } from './demo-data.ts';

const area = {
	fr: 'Hastings, Prince Edward, Northumberland et Lennox & Addington',
	en: 'Hastings, Prince Edward, Northumberland and Lennox & Addington'
};
const org = (
	key: string,
	fr: string,
	en: string,
	sector: DemoOrganization['sector'],
	networkType: DemoOrganization['networkType'],
	isLead = false
): DemoOrganization => ({
	key,
	name: { fr, en },
	sector,
	networkType,
	languages: ['en', 'fr'],
	areaServed: area,
	isLead,
	description: { fr: '', en: '' }
});

export const quinteOrganizations: DemoOrganization[] = [
	org(
		'quis',
		"Services d'immigration de Quinte (QUIS)",
		'Quinte United Immigrant Services (QUIS)',
		'settlement',
		'community',
		true
	),
	org('loyalist', 'Collège Loyalist', 'Loyalist College', 'post_secondary', 'institutional'),
	org('bpl', 'Bibliothèque publique de Belleville', 'Belleville Public Library', 'library', 'institutional'),
	org('qhc', 'Quinte Health Care', 'Quinte Health Care', 'health', 'institutional'),
	org(
		'hpedsb',
		'Hastings and Prince Edward District School Board',
		'Hastings and Prince Edward District School Board',
		'school_board',
		'institutional'
	),
	org(
		'qedc',
		'Commission de développement économique de Quinte',
		'Quinte Economic Development Commission',
		'employer_business',
		'local_concertation'
	),
	org('bps', 'Service de police de Belleville', 'Belleville Police Service', 'police_justice', 'institutional'),
	org(
		'envol',
		"École élémentaire catholique L'Envol",
		"École élémentaire catholique L'Envol",
		'francophone_community',
		'institutional'
	)
];

const table = (
	key: string,
	parentKey: string | null,
	type: DemoTable['type'],
	theme: string,
	fr: string,
	en: string,
	mandateFr: string,
	mandateEn: string
): DemoTable => ({
	key,
	parentKey,
	type,
	theme,
	name: { fr, en },
	mandate: { fr: mandateFr, en: mandateEn },
	startDate: '2008-04-01'
});

export const quinteTables: DemoTable[] = [
	table(
		'q-council',
		null,
		'council',
		'governance',
		'Conseil du PLI de Quinte',
		'Quinte LIP Council',
		'Oriente le partenariat et sa stratégie.',
		'Guides the partnership and its strategy.'
	),
	table(
		'q-health',
		'q-council',
		'team',
		'health_wellbeing',
		'Équipe santé',
		'Health Team',
		'Accès des nouveaux arrivants aux soins, y compris en temps de crise.',
		'Newcomers’ access to care, including in times of crisis.'
	),
	table(
		'q-education',
		'q-council',
		'team',
		'education',
		'Équipe éducation',
		'Education Team',
		'Réussite scolaire et formation des adultes.',
		'School success and adult education.'
	),
	table(
		'q-economic',
		'q-council',
		'team',
		'employment',
		'Équipe développement économique et emploi',
		'Economic Development and Employment Team',
		'Attraction, emploi et entrepreneuriat des nouveaux arrivants.',
		'Newcomer attraction, employment and entrepreneurship.'
	)
];

export const quintePeople: DemoPerson[] = [
	{
		key: 'q-p1',
		givenName: 'Hannah',
		familyName: 'Okafor',
		email: 'h.okafor@quis.example',
		organizationKey: 'quis',
		title: { fr: 'Coordonnatrice du PLI', en: 'LIP Coordinator' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'q-p2',
		givenName: 'Étienne',
		familyName: 'Bergeron',
		email: 'e.bergeron@envol.example',
		organizationKey: 'envol',
		title: { fr: 'Direction', en: 'Principal' },
		preferredLanguage: 'fr',
		publicProfile: false
	}
];

export const quinteMemberships: DemoMembership[] = [
	{ organizationKey: 'quis', tableKey: 'q-council', role: 'chair', startDate: '2008-04-01' },
	{ organizationKey: 'loyalist', tableKey: 'q-council', role: 'member', startDate: '2008-04-01' },
	{ organizationKey: 'qedc', tableKey: 'q-council', role: 'member', startDate: '2010-01-01' },
	{ organizationKey: 'qhc', tableKey: 'q-health', role: 'chair', startDate: '2012-01-01' },
	{ organizationKey: 'bps', tableKey: 'q-health', role: 'member', startDate: '2014-01-01' },
	{ organizationKey: 'hpedsb', tableKey: 'q-education', role: 'chair', startDate: '2009-09-01' },
	{ organizationKey: 'envol', tableKey: 'q-education', role: 'member', startDate: '2015-09-01' },
	{ organizationKey: 'bpl', tableKey: 'q-education', role: 'member', startDate: '2011-01-01' },
	{ organizationKey: 'qedc', tableKey: 'q-economic', role: 'chair', startDate: '2010-01-01' },
	{ personKey: 'q-p1', tableKey: 'q-council', role: 'secretary', startDate: '2019-01-01' },
	{ personKey: 'q-p2', tableKey: 'q-education', role: 'member', startDate: '2019-09-01' }
];

export const quinteTargetSectors: DemoOrganization['sector'][] = [
	'settlement',
	'health',
	'school_board',
	'employment',
	'employer_business',
	'municipality',
	'francophone_community',
	'newcomer'
];
