/**
 * The demo directory: London–Middlesex services built around the organizations named in the seeds
 * (partnership/demo-data.ts), plus the organizations a real London directory also lists
 * (`is_member = false`: food bank, hospital, crisis lines, shelter…), and a small Quinte one.
 * Addresses and coordinates are real-looking; phone numbers are fictional (555) except 211.
 * Organizations are referred to by their partnership demo key, or by a `dir:` key below.
 */
import type { AccessibilityFeature, DeliveryMode, ImmigrationStatus } from './db-schema.ts';
import type { Bilingual } from './search-types.ts';
import { languageNames } from './taxonomy-data.ts';

export { languageNames };

export interface DemoDirectoryOrganization {
	key: string;
	name: Bilingual;
	description: Bilingual;
	sector: 'health' | 'social_services' | 'police_justice' | 'housing' | 'other' | 'settlement';
	website: string;
	phone: string;
	email: string;
}

export interface DemoLocation {
	key: string;
	/** The organization that runs the place (null: a shared building). */
	org: string | null;
	name: Bilingual;
	address: { line1: string; line2?: string; city: string; postal: string };
	lat: number;
	lon: number;
	phone?: string;
	transportation?: Bilingual;
	accessibility: AccessibilityFeature[];
	/** Opening hours of the place, e.g. 'MO-FR 08:30-16:30; SA 10:00-14:00'. */
	hours?: string;
	description?: Bilingual;
}

export interface DemoService {
	key: string;
	org: string;
	name: Bilingual;
	description: Bilingual;
	categories: string[];
	/** Languages staff speak, e.g. 'en fr ar'. */
	languages: string;
	/** Languages offered through an interpreter. */
	interpreted?: string;
	/** Empty = everyone. */
	statuses: ImmigrationStatus[];
	ages?: [number | null, number | null];
	modes: DeliveryMode[];
	free: boolean;
	fee?: { option: Bilingual; amount: number; description?: Bilingual };
	documents?: Bilingual[];
	locations: string[];
	/** Hours of this service where they differ from the place's (at every one of its locations). */
	hours?: string;
	/** Days since last verified; null = never verified. */
	verifiedDaysAgo: number | null;
	phone?: string;
	email?: string;
	url?: string;
	/** 'london' | 'middlesex' | 'lm' | 'ontario' | 'quinte' | 'hastings' */
	area?: 'london' | 'middlesex' | 'lm' | 'ontario' | 'quinte' | 'hastings';
	applicationProcess?: Bilingual;
	interpretationServices?: Bilingual;
	eligibility?: Bilingual;
	waitTime?: Bilingual;
	funding?: Bilingual;
	program?: Bilingual;
	contact?: { name: string; title: Bilingual; email: string };
	alert?: Bilingual;
}

const b = (fr: string, en: string): Bilingual => ({ fr, en });
const enOnly = (en: string): Bilingual => ({ fr: '', en });
const frOnly = (fr: string): Bilingual => ({ fr, en: '' });

export const areas = {
	london: { name: b('Ville de London', 'City of London'), uri: '3539036', extentType: 'census_subdivision' },
	middlesex: { name: b('Comté de Middlesex', 'Middlesex County'), uri: '3539', extentType: 'census_division' },
	lm: {
		name: b('London et comté de Middlesex', 'London and Middlesex County'),
		uri: '3539',
		extentType: 'census_division'
	},
	ontario: { name: b('Ontario', 'Ontario'), uri: '35', extentType: 'province' },
	quinte: {
		name: b('Région de Quinte', 'Quinte Region'),
		uri: '3512',
		extentType: 'census_division'
	},
	hastings: { name: b('Comté de Hastings', 'Hastings County'), uri: '3512', extentType: 'census_division' }
} as const;

const IRCC = b('Immigration, Réfugiés et Citoyenneté Canada', 'Immigration, Refugees and Citizenship Canada');
const EO = b(
	'Emploi Ontario (ministère du Travail, de l’Immigration, de la Formation et du Développement des compétences)',
	'Employment Ontario (Ministry of Labour, Immigration, Training and Skills Development)'
);
const PR_PP: ImmigrationStatus[] = ['permanent_resident', 'protected_person'];
const WORKERS: ImmigrationStatus[] = [
	'permanent_resident',
	'protected_person',
	'refugee_claimant',
	'temporary_worker',
	'citizen'
];
const PROOF_STATUS = b(
	'Preuve de statut (carte de résident permanent, confirmation de résidence permanente ou document de personne protégée)',
	'Proof of status (permanent resident card, confirmation of permanent residence or protected person document)'
);
const PHOTO_ID = b('Pièce d’identité avec photo', 'Photo identification');
const PROOF_ADDRESS = b('Preuve d’adresse', 'Proof of address');
const HEALTH_CARD = b('Carte Santé de l’Ontario, si vous en avez une', 'Ontario health card, if you have one');

const LTC = (route: string) => b(`Autobus de la LTC : ligne ${route}.`, `LTC bus: route ${route}.`);
const barrierFree: AccessibilityFeature[] = ['wheelchair', 'accessible_washroom', 'elevator', 'accessible_parking'];

export const directoryOnlyOrganizations: DemoDirectoryOrganization[] = [
	{
		key: 'dir:food-bank',
		name: b('Banque alimentaire de London', 'London Food Bank'),
		description: b(
			'Banque alimentaire principale de London : paniers d’épicerie d’urgence et programmes alimentaires communautaires.',
			'London’s main food bank: emergency grocery hampers and community food programs.'
		),
		sector: 'social_services',
		website: 'https://www.londonfoodbank.ca',
		phone: '519-555-0301',
		email: 'info@londonfoodbank.example'
	},
	{
		key: 'dir:sjhc',
		name: b('St. Joseph’s Health Care London', 'St. Joseph’s Health Care London'),
		description: b(
			'Soins hospitaliers, soins de santé mentale et cliniques spécialisées.',
			'Hospital care, mental health care and specialized clinics.'
		),
		sector: 'health',
		website: 'https://www.sjhc.london.on.ca',
		phone: '519-555-0302',
		email: 'info@sjhc.example'
	},
	{
		key: 'dir:cmha',
		name: b(
			'ACSM Thames Valley – Services en santé mentale et dépendances',
			'CMHA Thames Valley Addiction and Mental Health Services'
		),
		description: b(
			'Counseling sans rendez-vous, centre de crise et soutien en santé mentale et en dépendances.',
			'Walk-in counselling, crisis centre and addiction and mental health support.'
		),
		sector: 'health',
		website: 'https://cmhatv.ca',
		phone: '519-555-0303',
		email: 'info@cmhatv.example'
	},
	{
		key: 'dir:lao',
		name: b('Aide juridique Ontario', 'Legal Aid Ontario'),
		description: b(
			'Aide juridique pour les personnes à faible revenu, dont les demandeurs d’asile.',
			'Legal help for people with low incomes, including refugee claimants.'
		),
		sector: 'police_justice',
		website: 'https://www.legalaid.on.ca',
		phone: '1-800-555-0304',
		email: 'info@lao.example'
	},
	{
		key: 'dir:anova',
		name: b('Anova', 'Anova'),
		description: b(
			'Soutien aux femmes, aux enfants et aux personnes 2ELGBTQI+ touchés par la violence : ligne de crise, hébergement, counseling.',
			'Support for women, children and 2SLGBTQI+ people affected by violence: crisis line, shelter, counselling.'
		),
		sector: 'social_services',
		website: 'https://www.anovafuture.org',
		phone: '519-555-0305',
		email: 'info@anova.example'
	},
	{
		key: 'dir:salvation-army',
		name: b('Armée du Salut – Centre of Hope', 'The Salvation Army Centre of Hope'),
		description: b(
			'Hébergement d’urgence, repas et aide au logement au centre-ville de London.',
			'Emergency shelter, meals and housing help in downtown London.'
		),
		sector: 'housing',
		website: 'https://www.centreofhope.ca',
		phone: '519-555-0306',
		email: 'info@centreofhope.example'
	}
];

export const londonLocations: DemoLocation[] = [
	{
		key: 'cclc-main',
		org: 'cclc',
		name: b('CCLC – bureau principal', 'CCLC – main office'),
		address: { line1: '505 Dundas St', city: 'London', postal: 'N6B 1W4' },
		lat: 42.98662,
		lon: -81.23942,
		phone: '519-555-0201',
		transportation: LTC('2 Dundas'),
		accessibility: barrierFree,
		hours: 'MO-FR 08:30-16:30; TU,TH 16:30-20:30'
	},
	{
		key: 'luso',
		org: 'luso',
		name: b('LUSO Community Services', 'LUSO Community Services'),
		address: { line1: '1193 Oxford St W', city: 'London', postal: 'N6H 1V9' },
		lat: 42.99259,
		lon: -81.29942,
		phone: '519-555-0202',
		transportation: LTC('2 Oxford West'),
		accessibility: ['wheelchair', 'accessible_washroom', 'accessible_parking'],
		hours: 'MO-FR 09:00-17:00; WE 17:00-20:00'
	},
	{
		key: 'slnrc',
		org: 'slnrc',
		name: b('South London Neighbourhood Resource Centre', 'South London Neighbourhood Resource Centre'),
		address: { line1: '1119 Jalna Blvd', city: 'London', postal: 'N6E 3B3' },
		lat: 42.94148,
		lon: -81.22906,
		phone: '519-555-0203',
		transportation: LTC('10 Wonderland / 13 Wellington'),
		accessibility: ['wheelchair', 'accessible_washroom', 'quiet_space'],
		hours: 'MO-TH 09:00-20:00; FR 09:00-16:30; SA 10:00-13:00'
	},
	{
		key: 'lpl-jalna',
		org: 'london-public-library',
		name: b('Bibliothèque publique de London – succursale Jalna', 'London Public Library – Jalna Branch'),
		address: { line1: '1119 Jalna Blvd', city: 'London', postal: 'N6E 3B3' },
		lat: 42.94155,
		lon: -81.22925,
		accessibility: ['wheelchair', 'accessible_washroom'],
		hours: 'TU-TH 10:00-20:00; FR,SA 09:00-17:00'
	},
	{
		key: 'ga-wheable',
		org: 'tvdsb',
		name: b('Centre d’éducation des adultes G.A. Wheable', 'G.A. Wheable Centre for Adult Education'),
		address: { line1: '70 Jacqueline St', city: 'London', postal: 'N5Z 3P7' },
		lat: 42.97135,
		lon: -81.22586,
		phone: '519-555-0204',
		transportation: LTC('4 Oxford East / Hamilton Rd'),
		accessibility: barrierFree,
		hours: 'MO-TH 08:30-21:00; FR 08:30-15:30'
	},
	{
		key: 'tvdsb-welcome',
		org: 'tvdsb',
		name: b('TVDSB – Centre d’accueil des élèves nouveaux arrivants', 'TVDSB – Newcomer Student Welcome Centre'),
		address: { line1: '1250 Dundas St', city: 'London', postal: 'N5W 5P2' },
		lat: 42.99452,
		lon: -81.20985,
		phone: '519-555-0205',
		transportation: LTC('2 Dundas'),
		accessibility: ['wheelchair', 'accessible_washroom', 'accessible_parking'],
		hours: 'MO-FR 08:00-16:00'
	},
	{
		key: 'ldcsb-adult',
		org: 'ldcsb',
		name: b('LDCSB – Centre d’éducation permanente des adultes', 'LDCSB – Centre for Lifelong Learning'),
		address: { line1: '165 Elmwood Ave E', city: 'London', postal: 'N6C 1J7' },
		lat: 42.97012,
		lon: -81.24288,
		phone: '519-555-0206',
		accessibility: ['wheelchair', 'accessible_washroom'],
		hours: 'MO-TH 08:30-20:30; FR 08:30-15:00'
	},
	{
		key: 'gabriel-dumont',
		org: 'cs-viamonde',
		name: b('École secondaire Gabriel-Dumont', 'École secondaire Gabriel-Dumont'),
		address: { line1: '1133 Oxford St E', city: 'London', postal: 'N5Y 3L7' },
		lat: 43.00869,
		lon: -81.22603,
		phone: '519-555-0207',
		accessibility: ['wheelchair', 'accessible_washroom', 'elevator'],
		hours: 'MO-FR 08:00-16:00'
	},
	{
		key: 'carrefour-920',
		org: null,
		name: b('Centre communautaire régional de London', 'Centre communautaire régional de London'),
		description: b(
			'Le carrefour francophone de London : écoles, garderie, organismes communautaires et services d’emploi sous un même toit.',
			'London’s Francophone hub: schools, child care, community groups and employment services under one roof.'
		),
		address: { line1: '920 Huron St', city: 'London', postal: 'N5Y 4K4' },
		lat: 43.00194,
		lon: -81.22363,
		phone: '519-555-0208',
		transportation: b(
			'Autobus de la LTC : lignes 1 Kipps Lane et 25 Kilally.',
			'LTC bus: routes 1 Kipps Lane and 25 Kilally.'
		),
		accessibility: barrierFree,
		hours: 'MO-FR 08:30-17:00'
	},
	{
		key: 'mlhu-citi',
		org: 'mlhu',
		name: b('Bureau de santé de Middlesex-London – Citi Plaza', 'Middlesex-London Health Unit – Citi Plaza'),
		address: { line1: '355 Wellington St', line2: 'Suite 110', city: 'London', postal: 'N6A 3N7' },
		lat: 42.98152,
		lon: -81.24702,
		phone: '519-555-0209',
		transportation: LTC('13 Wellington'),
		accessibility: [...barrierFree, 'hearing_loop'],
		hours: 'MO-FR 08:30-16:30'
	},
	{
		key: 'mlhu-strathroy',
		org: 'mlhu',
		name: b('Bureau de santé de Middlesex-London – Strathroy', 'Middlesex-London Health Unit – Strathroy'),
		address: { line1: '51 Front St E', city: 'Strathroy', postal: 'N7G 1Y5' },
		lat: 42.95624,
		lon: -81.61823,
		phone: '519-555-0210',
		accessibility: ['wheelchair', 'accessible_washroom', 'accessible_parking'],
		hours: 'MO-FR 08:30-16:30'
	},
	{
		key: 'lihc',
		org: 'lihc',
		name: b('London InterCommunity Health Centre', 'London InterCommunity Health Centre'),
		address: { line1: '659 Dundas St', city: 'London', postal: 'N5W 2Z1' },
		lat: 42.98803,
		lon: -81.23268,
		phone: '519-555-0211',
		transportation: LTC('2 Dundas'),
		accessibility: ['wheelchair', 'accessible_washroom', 'elevator', 'quiet_space'],
		hours: 'MO,TU,TH 09:00-20:00; WE,FR 09:00-17:00'
	},
	{
		key: 'victoria-hospital',
		org: 'lhsc',
		name: b('Hôpital Victoria (LHSC)', 'Victoria Hospital (LHSC)'),
		address: { line1: '800 Commissioners Rd E', city: 'London', postal: 'N6A 5W9' },
		lat: 42.96036,
		lon: -81.22593,
		phone: '519-555-0212',
		transportation: LTC('4, 10 and 13'),
		accessibility: [...barrierFree, 'hearing_loop', 'braille'],
		hours: 'MO-SU 00:00-00:00'
	},
	{
		key: 'university-hospital',
		org: 'lhsc',
		name: b('Hôpital universitaire (LHSC)', 'University Hospital (LHSC)'),
		address: { line1: '339 Windermere Rd', city: 'London', postal: 'N6A 5A5' },
		lat: 43.01291,
		lon: -81.27453,
		phone: '519-555-0213',
		transportation: LTC('6 Richmond / 102 Natural Science'),
		accessibility: [...barrierFree, 'hearing_loop'],
		hours: 'MO-SU 00:00-00:00'
	},
	{
		key: 'lps-hq',
		org: 'london-police',
		name: b('Service de police de London – quartier général', 'London Police Service – Headquarters'),
		address: { line1: '601 Dundas St', city: 'London', postal: 'N6B 1X1' },
		lat: 42.98728,
		lon: -81.23566,
		phone: '519-555-0214',
		accessibility: ['wheelchair', 'accessible_washroom', 'accessible_parking'],
		hours: 'MO-FR 08:00-18:00'
	},
	{
		key: 'nls',
		org: 'nlslm',
		name: b('Neighbourhood Legal Services', 'Neighbourhood Legal Services'),
		address: { line1: '167 Central Ave', city: 'London', postal: 'N6A 1M6' },
		lat: 42.99023,
		lon: -81.24812,
		phone: '519-555-0215',
		accessibility: ['wheelchair', 'accessible_washroom'],
		hours: 'MO-FR 09:00-16:30'
	},
	{
		key: 'cas',
		org: 'cas-london-middlesex',
		name: b('Société d’aide à l’enfance – bureau de London', 'Children’s Aid Society – London office'),
		address: { line1: '1680 Oxford St E', city: 'London', postal: 'N5V 3G4' },
		lat: 43.01489,
		lon: -81.20711,
		phone: '519-555-0216',
		accessibility: barrierFree,
		hours: 'MO-FR 08:30-16:30'
	},
	{
		key: 'lmch',
		org: 'lmch',
		name: b(
			'London & Middlesex Community Housing – bureau principal',
			'London & Middlesex Community Housing – main office'
		),
		address: { line1: '1299 Oxford St E', city: 'London', postal: 'N5Y 4W5' },
		lat: 43.01033,
		lon: -81.22142,
		phone: '519-555-0217',
		accessibility: ['wheelchair', 'accessible_washroom', 'accessible_parking'],
		hours: 'MO-FR 08:30-16:30'
	},
	{
		key: 'city-hall',
		org: 'city-of-london',
		name: b('Hôtel de ville de London', 'London City Hall'),
		address: { line1: '300 Dufferin Ave', city: 'London', postal: 'N6B 1Z2' },
		lat: 42.98637,
		lon: -81.24557,
		phone: '519-555-0218',
		accessibility: [...barrierFree, 'hearing_loop'],
		hours: 'MO-FR 08:30-16:30'
	},
	{
		key: 'ow-citiplaza',
		org: 'city-of-london',
		name: b('Ontario au travail – Citi Plaza', 'Ontario Works – Citi Plaza'),
		address: { line1: '355 Wellington St', line2: 'Suite 248', city: 'London', postal: 'N6A 3N7' },
		lat: 42.98168,
		lon: -81.24674,
		phone: '519-555-0219',
		transportation: LTC('13 Wellington'),
		accessibility: barrierFree,
		hours: 'MO-FR 08:30-16:30'
	},
	{
		key: 'lpl-central',
		org: 'london-public-library',
		name: b('Bibliothèque publique de London – succursale centrale', 'London Public Library – Central Branch'),
		address: { line1: '251 Dundas St', city: 'London', postal: 'N6A 6H9' },
		lat: 42.98396,
		lon: -81.24687,
		phone: '519-555-0220',
		transportation: LTC('2 Dundas, 6 Richmond, 13 Wellington'),
		accessibility: [...barrierFree, 'hearing_loop', 'quiet_space'],
		hours: 'MO-TH 09:00-21:00; FR 09:00-18:00; SA 09:00-17:00; SU 13:00-17:00'
	},
	{
		key: 'lpl-crouch',
		org: 'london-public-library',
		name: b('Bibliothèque publique de London – succursale Crouch', 'London Public Library – Crouch Branch'),
		address: { line1: '550 Hamilton Rd', city: 'London', postal: 'N5Z 1S4' },
		lat: 42.97734,
		lon: -81.22472,
		accessibility: ['wheelchair', 'accessible_washroom'],
		hours: 'TU-TH 10:00-20:00; FR,SA 09:00-17:00'
	},
	{
		key: 'lpl-sherwood',
		org: 'london-public-library',
		name: b('Bibliothèque publique de London – succursale Sherwood', 'London Public Library – Sherwood Branch'),
		address: { line1: '1225 Wonderland Rd N', city: 'London', postal: 'N6G 2V9' },
		lat: 43.01024,
		lon: -81.29542,
		accessibility: ['wheelchair', 'accessible_washroom', 'accessible_parking'],
		hours: 'MO-TH 10:00-20:00; FR,SA 09:00-17:00'
	},
	{
		key: 'lpl-stoney-creek',
		org: 'london-public-library',
		name: b('Bibliothèque publique de London – succursale Stoney Creek', 'London Public Library – Stoney Creek Branch'),
		address: { line1: '920 Sunningdale Rd E', city: 'London', postal: 'N5X 0H5' },
		lat: 43.03873,
		lon: -81.24561,
		accessibility: barrierFree,
		hours: 'MO-TH 10:00-20:00; FR,SA 09:00-17:00; SU 13:00-17:00'
	},
	{
		key: 'mcl-strathroy',
		org: 'middlesex-county-library',
		name: b('Middlesex County Library – Strathroy', 'Middlesex County Library – Strathroy'),
		address: { line1: '34 Frank St', city: 'Strathroy', postal: 'N7G 2R4' },
		lat: 42.95548,
		lon: -81.62238,
		phone: '519-555-0221',
		accessibility: ['wheelchair', 'accessible_washroom', 'elevator'],
		hours: 'MO-TH 10:00-20:00; FR 10:00-17:00; SA 10:00-16:00'
	},
	{
		key: 'mcl-komoka',
		org: 'middlesex-county-library',
		name: b('Middlesex County Library – Komoka', 'Middlesex County Library – Komoka'),
		address: { line1: '133 Queen St', city: 'Komoka', postal: 'N0L 1R0' },
		lat: 42.94563,
		lon: -81.43509,
		accessibility: ['wheelchair', 'accessible_washroom'],
		hours: 'TU,TH 13:00-20:00; WE,FR 10:00-17:00; SA 10:00-14:00'
	},
	{
		key: 'mcl-lucan',
		org: 'middlesex-county-library',
		name: b('Middlesex County Library – Lucan', 'Middlesex County Library – Lucan'),
		address: { line1: '261 Main St', city: 'Lucan', postal: 'N0M 2J0' },
		lat: 43.18468,
		lon: -81.40277,
		accessibility: ['wheelchair'],
		hours: 'TU,TH 13:00-20:00; WE,FR 10:00-17:00; SA 10:00-14:00'
	},
	{
		key: 'mcl-thorndale',
		org: 'middlesex-county-library',
		name: b('Middlesex County Library – Thorndale', 'Middlesex County Library – Thorndale'),
		address: { line1: '21790 Fairview Rd', city: 'Thorndale', postal: 'N0M 2P0' },
		lat: 43.11198,
		lon: -81.14021,
		accessibility: ['wheelchair', 'accessible_washroom'],
		hours: 'TU,TH 14:00-20:00; SA 10:00-14:00'
	},
	{
		key: 'mcl-parkhill',
		org: 'middlesex-county-library',
		name: b('Middlesex County Library – Parkhill', 'Middlesex County Library – Parkhill'),
		address: { line1: '229 Main St', city: 'Parkhill', postal: 'N0M 2K0' },
		lat: 43.15905,
		lon: -81.68392,
		accessibility: ['wheelchair'],
		hours: 'TU,TH 14:00-20:00; WE 10:00-17:00; SA 10:00-14:00'
	},
	{
		key: 'wil',
		org: 'wil',
		name: b('WIL Employment Connections – centre-ville', 'WIL Employment Connections – downtown'),
		address: { line1: '141 Dundas St', line2: '4th floor', city: 'London', postal: 'N6A 1G3' },
		lat: 42.98418,
		lon: -81.25087,
		phone: '519-555-0222',
		transportation: LTC('2 Dundas'),
		accessibility: ['wheelchair', 'accessible_washroom', 'elevator'],
		hours: 'MO-FR 08:30-16:30; WE 16:30-19:00'
	},
	{
		key: 'western',
		org: 'western',
		name: b('Université Western – Western International', 'Western University – Western International'),
		address: {
			line1: '1151 Richmond St',
			line2: 'International and Graduate Affairs Building',
			city: 'London',
			postal: 'N6A 3K7'
		},
		lat: 43.00958,
		lon: -81.27369,
		phone: '519-555-0223',
		accessibility: barrierFree,
		hours: 'MO-FR 08:30-16:30'
	},
	{
		key: 'fanshawe',
		org: 'fanshawe',
		name: b('Collège Fanshawe – campus de London', 'Fanshawe College – London campus'),
		address: { line1: '1001 Fanshawe College Blvd', city: 'London', postal: 'N5Y 5R6' },
		lat: 43.01254,
		lon: -81.19967,
		phone: '519-555-0224',
		transportation: LTC('4, 17, 20, 25, 27, 36'),
		accessibility: [...barrierFree, 'quiet_space'],
		hours: 'MO-FR 08:00-17:00'
	},
	{
		key: 'boreal-london',
		org: 'college-boreal',
		name: b('Collège Boréal – campus de London', 'Collège Boréal – London campus'),
		address: { line1: '215 Piccadilly St', line2: 'Unit 101', city: 'London', postal: 'N6A 1S2' },
		lat: 42.99168,
		lon: -81.24946,
		phone: '519-555-0225',
		accessibility: ['wheelchair', 'accessible_washroom'],
		hours: 'MO-FR 08:30-16:30; MO,WE 16:30-21:00'
	},
	{
		key: 'mrcssi',
		org: 'mrcssi',
		name: b('MRCSSI', 'MRCSSI'),
		address: { line1: '1100 Dearness Dr', line2: 'Unit 3', city: 'London', postal: 'N6E 1N9' },
		lat: 42.93781,
		lon: -81.23483,
		phone: '519-555-0226',
		accessibility: ['wheelchair', 'accessible_washroom', 'quiet_space'],
		hours: 'MO-FR 09:00-17:00'
	},
	{
		key: 'lmm',
		org: 'london-muslim-mosque',
		name: b('London Muslim Mosque', 'London Muslim Mosque'),
		address: { line1: '151 Oxford St W', city: 'London', postal: 'N6H 1S3' },
		lat: 42.99147,
		lon: -81.26187,
		phone: '519-555-0227',
		accessibility: ['wheelchair', 'accessible_parking'],
		hours: 'SA 10:00-13:00; TU 17:00-19:00'
	},
	{
		key: 'food-bank',
		org: 'dir:food-bank',
		name: b('Banque alimentaire de London', 'London Food Bank'),
		address: { line1: '926 Leathorne St', city: 'London', postal: 'N5Z 3M5' },
		lat: 42.96631,
		lon: -81.22501,
		phone: '519-555-0301',
		transportation: LTC('4 Oxford East / Hamilton Rd'),
		accessibility: ['wheelchair', 'accessible_parking'],
		hours: 'MO-FR 09:00-15:00; TU,TH 17:00-19:30'
	},
	{
		key: 'sjhc',
		org: 'dir:sjhc',
		name: b('Hôpital St. Joseph’s', 'St. Joseph’s Hospital'),
		address: { line1: '268 Grosvenor St', city: 'London', postal: 'N6A 4V2' },
		lat: 42.99605,
		lon: -81.25477,
		phone: '519-555-0302',
		accessibility: [...barrierFree, 'hearing_loop'],
		hours: 'MO-FR 08:00-16:00'
	},
	{
		key: 'cmha',
		org: 'dir:cmha',
		name: b('ACSM Thames Valley – 648 Huron', 'CMHA Thames Valley – 648 Huron'),
		address: { line1: '648 Huron St', city: 'London', postal: 'N5Y 4J8' },
		lat: 42.99948,
		lon: -81.23301,
		phone: '519-555-0303',
		accessibility: ['wheelchair', 'accessible_washroom', 'quiet_space'],
		hours: 'MO-SU 00:00-00:00'
	},
	{
		key: 'salvation-army',
		org: 'dir:salvation-army',
		name: b('Centre of Hope', 'Centre of Hope'),
		address: { line1: '281 Wellington St', city: 'London', postal: 'N6B 2L4' },
		lat: 42.98066,
		lon: -81.24472,
		phone: '519-555-0306',
		accessibility: ['wheelchair', 'accessible_washroom'],
		hours: 'MO-SU 00:00-00:00'
	},
	{
		key: 'komoka-wellness',
		org: 'county-of-middlesex',
		name: b('Centre de bien-être de Komoka', 'Komoka Wellness and Recreation Centre'),
		address: { line1: '1 Tunks Lane', city: 'Komoka', postal: 'N0L 1R0' },
		lat: 42.94716,
		lon: -81.43991,
		accessibility: barrierFree,
		hours: 'MO-FR 06:00-22:00; SA,SU 08:00-20:00'
	},
	{
		key: 'county-building',
		org: 'county-of-middlesex',
		name: b('Édifice du comté de Middlesex', 'Middlesex County Building'),
		address: { line1: '399 Ridout St N', city: 'London', postal: 'N6A 2P1' },
		lat: 42.98503,
		lon: -81.25108,
		phone: '519-555-0228',
		accessibility: barrierFree,
		hours: 'MO-FR 08:30-16:30'
	}
];

const days = (n: number) => n;

export const londonServices: DemoService[] = [
	// ---- London Cross Cultural Learner Centre ------------------------------------------------
	{
		key: 'cclc-settlement',
		org: 'cclc',
		name: b('Services d’établissement', 'Settlement services'),
		description: b(
			'Un intervenant en établissement évalue vos besoins, vous aide avec les documents (NAS, carte santé, prestations), le logement et les écoles, et vous dirige vers les bons services. Rendez-vous en personne, au téléphone ou en vidéo.',
			'A settlement worker assesses your needs, helps with documents (SIN, health card, benefits), housing and schools, and refers you to the right services. Appointments in person, by phone or by video.'
		),
		categories: ['needs_assessment_referral', 'information_orientation', 'housing'],
		languages: 'en fr ar es fa ti am so ne uk ps',
		interpreted: 'zh pa tl ku sw',
		statuses: PR_PP,
		modes: ['in_person', 'phone', 'virtual'],
		free: true,
		documents: [PROOF_STATUS, PHOTO_ID],
		locations: ['cclc-main', 'mcl-strathroy'],
		verifiedDaysAgo: days(35),
		phone: '519-555-0231',
		email: 'settlement@lcclc.example',
		url: 'https://lcclc.org',
		area: 'lm',
		applicationProcess: b(
			'Appelez ou présentez-vous à l’accueil; un rendez-vous vous est donné dans la semaine.',
			'Call or come to reception; you will get an appointment within the week.'
		),
		interpretationServices: b(
			'Interprètes en personne ou par téléphone pour les langues que le personnel ne parle pas.',
			'Interpreters in person or by phone for the languages staff do not speak.'
		),
		funding: IRCC,
		program: b('Programme d’établissement', 'Settlement Program'),
		contact: {
			name: 'Halima Warsame',
			title: b('Coordonnatrice, services d’établissement', 'Settlement Services Coordinator'),
			email: 'halima.warsame@lcclc.example'
		}
	},
	{
		key: 'cclc-rap',
		org: 'cclc',
		name: b('Programme d’aide à la réinstallation (PAR)', 'Resettlement Assistance Program (RAP)'),
		description: b(
			'Accueil à l’aéroport, hébergement temporaire, orientation et aide à trouver un logement permanent pour les réfugiés pris en charge par le gouvernement.',
			'Airport reception, temporary accommodation, orientation and help finding permanent housing for government-assisted refugees.'
		),
		categories: ['needs_assessment_referral', 'housing', 'income_support'],
		languages: 'en ar ti so fa ps',
		interpreted: 'ku sw rw ln',
		statuses: ['protected_person'],
		modes: ['in_person'],
		free: true,
		locations: ['cclc-main'],
		verifiedDaysAgo: days(60),
		area: 'lm',
		eligibility: b(
			'Réfugiés pris en charge par le gouvernement dirigés vers London par IRCC.',
			'Government-assisted refugees destined to London by IRCC.'
		),
		funding: IRCC,
		program: b('Programme d’établissement', 'Settlement Program')
	},
	{
		key: 'cclc-linc',
		org: 'cclc',
		name: b(
			'Cours de langue pour les immigrants au Canada (CLIC/LINC)',
			'Language Instruction for Newcomers to Canada (LINC)'
		),
		description: b(
			'Cours d’anglais gratuits, des niveaux NCLC 1 à 6, le jour et le soir, en classe ou en ligne. Garde d’enfants sur place pour les enfants de 18 mois à 6 ans.',
			'Free English classes, CLB levels 1 to 6, daytime and evening, in class or online. On-site child care for children 18 months to 6 years.'
		),
		categories: ['english_classes', 'child_care'],
		languages: 'en',
		statuses: PR_PP,
		ages: [18, null],
		modes: ['in_person', 'virtual'],
		free: true,
		documents: [
			PROOF_STATUS,
			b(
				'Résultat d’évaluation linguistique (NCLC) de moins de 12 mois',
				'Language assessment result (CLB) less than 12 months old'
			)
		],
		locations: ['cclc-main'],
		hours: 'MO-TH 09:00-12:00; MO-TH 13:00-15:30; TU,TH 18:00-20:30',
		verifiedDaysAgo: days(20),
		email: 'linc@lcclc.example',
		area: 'lm',
		applicationProcess: b(
			'Faites d’abord évaluer votre niveau d’anglais (voir Évaluation linguistique), puis inscrivez-vous avec votre résultat.',
			'First have your English assessed (see Language assessment), then register with your result.'
		),
		waitTime: b(
			'Liste d’attente de 2 à 4 semaines pour les cours du soir.',
			'2 to 4 week waiting list for evening classes.'
		),
		funding: IRCC,
		program: b('Programme d’établissement', 'Settlement Program')
	},
	{
		key: 'cclc-interpretation',
		org: 'cclc',
		name: b('Interprétation et traduction', 'Interpretation and translation'),
		description: b(
			'Interprètes pour vos rendez-vous médicaux, scolaires ou juridiques, et traduction certifiée de documents (permis de conduire, diplômes, actes).',
			'Interpreters for medical, school or legal appointments, and certified translation of documents (driver’s licence, diplomas, certificates).'
		),
		categories: ['interpretation', 'translation'],
		languages: 'en fr ar es fa ti am so uk zh pa tl ne ur',
		statuses: [],
		modes: ['in_person', 'phone', 'virtual'],
		free: false,
		fee: {
			option: b('Traduction certifiée', 'Certified translation'),
			amount: 45,
			description: b(
				'par page; interprétation gratuite pour les clients admissibles',
				'per page; interpretation free for eligible clients'
			)
		},
		locations: ['cclc-main'],
		verifiedDaysAgo: days(80),
		area: 'ontario'
	},
	{
		key: 'cclc-community',
		org: 'cclc',
		name: b('Liens communautaires et cercles de conversation', 'Community connections and conversation circles'),
		description: b(
			'Jumelage avec des bénévoles, cercles de conversation en anglais, sorties familiales et activités pour se faire des amis.',
			'Matching with volunteers, English conversation circles, family outings and activities to make friends.'
		),
		categories: ['community_connections'],
		languages: 'en ar es',
		statuses: PR_PP,
		modes: ['in_person'],
		free: true,
		locations: ['cclc-main'],
		hours: 'WE 18:00-20:00; SA 10:00-12:00',
		verifiedDaysAgo: days(110),
		area: 'london',
		funding: IRCC
	},
	{
		key: 'cclc-swis',
		org: 'cclc',
		name: b('Travailleurs d’établissement dans les écoles (TÉÉ)', 'Settlement Workers in Schools (SWIS)'),
		description: b(
			'Des intervenants dans les écoles du TVDSB et du LDCSB aident les familles nouvellement arrivées : inscription, rencontres avec le personnel, services dans la communauté.',
			'Workers in TVDSB and LDCSB schools help newcomer families: registration, meetings with staff, services in the community.'
		),
		categories: ['school_registration', 'needs_assessment_referral'],
		languages: 'en ar es fa so ti ur',
		interpreted: 'zh pa tl',
		statuses: PR_PP,
		ages: [4, 21],
		modes: ['in_person', 'phone'],
		free: true,
		locations: ['tvdsb-welcome'],
		verifiedDaysAgo: days(45),
		area: 'lm',
		funding: IRCC
	},
	{
		key: 'cclc-citizenship',
		org: 'cclc',
		name: b('Préparation à la citoyenneté', 'Citizenship preparation'),
		description: b(
			'Cours du soir de six semaines pour préparer l’examen de citoyenneté, avec le guide Découvrir le Canada.',
			'Six-week evening course to prepare for the citizenship test, using the Discover Canada guide.'
		),
		categories: ['citizenship'],
		languages: 'en',
		statuses: ['permanent_resident', 'protected_person'],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['cclc-main'],
		hours: 'TU 18:00-20:00',
		verifiedDaysAgo: days(400),
		area: 'london'
	},
	// ---- LUSO Community Services --------------------------------------------------------------
	{
		key: 'luso-settlement',
		org: 'luso',
		name: b('Services d’établissement et d’orientation', 'Settlement and orientation services'),
		description: b(
			'Aide à l’établissement, séances d’orientation et accompagnement pour les familles nouvellement arrivées dans l’ouest de London.',
			'Settlement help, orientation sessions and accompaniment for newcomer families in west London.'
		),
		categories: ['needs_assessment_referral', 'information_orientation'],
		languages: 'en pt es ar',
		interpreted: 'fa uk',
		statuses: PR_PP,
		modes: ['in_person', 'phone'],
		free: true,
		documents: [PROOF_STATUS],
		locations: ['luso'],
		verifiedDaysAgo: days(70),
		area: 'london',
		funding: IRCC
	},
	{
		key: 'luso-youth',
		org: 'luso',
		name: b('Programme jeunesse', 'Youth program'),
		description: b(
			'Aide aux devoirs, leadership et activités récréatives pour les jeunes de 12 à 24 ans, après l’école.',
			'Homework help, leadership and recreation for youth aged 12 to 24, after school.'
		),
		categories: ['youth', 'community_connections'],
		languages: 'en pt es',
		statuses: [],
		ages: [12, 24],
		modes: ['in_person'],
		free: true,
		locations: ['luso'],
		hours: 'MO-TH 15:30-19:00',
		verifiedDaysAgo: days(150),
		area: 'london'
	},
	{
		key: 'luso-seniors',
		org: 'luso',
		name: enOnly('Seniors’ social and wellness program'),
		description: enOnly(
			'Weekly social lunch, gentle exercise and information sessions for older adults, with volunteers who speak Portuguese and Spanish.'
		),
		categories: ['seniors', 'community_connections'],
		languages: 'en pt es',
		statuses: [],
		ages: [60, null],
		modes: ['in_person'],
		free: false,
		fee: { option: enOnly('Lunch'), amount: 5 },
		locations: ['luso'],
		hours: 'TH 11:00-14:00',
		verifiedDaysAgo: days(95),
		area: 'london'
	},
	{
		key: 'luso-employment',
		org: 'luso',
		name: b('Ateliers de recherche d’emploi', 'Job search workshops'),
		description: b(
			'Ateliers sur le CV canadien, les entrevues et le marché du travail local.',
			'Workshops on Canadian résumés, interviews and the local job market.'
		),
		categories: ['job_search'],
		languages: 'en pt es',
		statuses: WORKERS,
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['luso'],
		hours: 'WE 13:00-15:00',
		verifiedDaysAgo: days(200),
		area: 'london'
	},
	// ---- South London Neighbourhood Resource Centre ---------------------------------------
	{
		key: 'slnrc-food',
		org: 'slnrc',
		name: enOnly('Emergency food cupboard'),
		description: enOnly(
			'Emergency groceries once a month for households in south London. Halal and vegetarian options.'
		),
		categories: ['food'],
		languages: 'en ar so',
		statuses: [],
		modes: ['in_person'],
		free: true,
		documents: [PROOF_ADDRESS],
		locations: ['slnrc'],
		hours: 'TU,TH 10:00-14:00',
		verifiedDaysAgo: days(30),
		area: 'london'
	},
	{
		key: 'slnrc-women',
		org: 'slnrc',
		name: b('Groupe de femmes nouvellement arrivées', 'Newcomer women’s group'),
		description: b(
			'Rencontres hebdomadaires, ateliers et garde d’enfants pour les femmes nouvellement arrivées.',
			'Weekly gatherings, workshops and child care for newcomer women.'
		),
		categories: ['women', 'community_connections', 'child_care'],
		languages: 'en ar so ne',
		statuses: [],
		ages: [18, null],
		modes: ['in_person'],
		free: true,
		locations: ['slnrc'],
		hours: 'WE 10:00-12:00',
		verifiedDaysAgo: days(55),
		area: 'london'
	},
	{
		key: 'slnrc-tax',
		org: 'slnrc',
		name: b('Clinique d’impôts gratuite', 'Free tax clinic'),
		description: b(
			'Des bénévoles remplissent votre déclaration de revenus, nécessaire pour recevoir l’Allocation canadienne pour enfants et le crédit de TPS.',
			'Volunteers file your income tax return, needed to receive the Canada Child Benefit and the GST credit.'
		),
		categories: ['income_support'],
		languages: 'en ar es',
		statuses: [],
		modes: ['in_person'],
		free: true,
		documents: [
			b('Feuillets d’impôt (T4, T5007…) et avis de cotisation', 'Tax slips (T4, T5007…) and notice of assessment'),
			PHOTO_ID
		],
		locations: ['slnrc'],
		hours: 'MO,WE 13:00-19:00',
		verifiedDaysAgo: days(240),
		area: 'london',
		eligibility: b(
			'Ménages à faible revenu (moins de 35 000 $ pour une personne seule).',
			'Low-income households (under $35,000 for a single person).'
		)
	},
	// ---- School boards --------------------------------------------------------------------------
	{
		key: 'tvdsb-esl',
		org: 'tvdsb',
		name: b('Anglais langue seconde pour adultes (ALS)', 'Adult English as a Second Language (ESL)'),
		description: b(
			'Cours d’anglais gratuits pour adultes, ouverts à tous, y compris les demandeurs d’asile et les citoyens. Cours du jour et du soir.',
			'Free English classes for adults, open to everyone including refugee claimants and citizens. Day and evening classes.'
		),
		categories: ['english_classes', 'adult_education'],
		languages: 'en',
		statuses: [],
		ages: [18, null],
		modes: ['in_person'],
		free: true,
		documents: [PHOTO_ID],
		locations: ['ga-wheable'],
		hours: 'MO-TH 09:00-14:30; MO-TH 18:00-21:00',
		verifiedDaysAgo: days(25),
		area: 'lm',
		funding: b('Ministère de l’Éducation de l’Ontario', 'Ontario Ministry of Education')
	},
	{
		key: 'tvdsb-linc',
		org: 'tvdsb',
		name: b('CLIC/LINC au Centre G.A. Wheable', 'LINC at G.A. Wheable'),
		description: b(
			'Cours LINC de niveaux NCLC 1 à 8, avec garde d’enfants (CNC) et cours d’anglais pour le travail.',
			'LINC classes CLB 1 to 8, with child care (CNC) and English for work.'
		),
		categories: ['english_classes', 'language_for_work', 'child_care'],
		languages: 'en',
		statuses: PR_PP,
		ages: [18, null],
		modes: ['in_person', 'virtual'],
		free: true,
		documents: [PROOF_STATUS],
		locations: ['ga-wheable'],
		hours: 'MO-FR 08:45-14:45',
		verifiedDaysAgo: days(40),
		area: 'lm',
		funding: IRCC
	},
	{
		key: 'tvdsb-welcome',
		org: 'tvdsb',
		name: b('Inscription des élèves nouveaux arrivants', 'Newcomer student registration'),
		description: b(
			'Inscription à l’école élémentaire ou secondaire, évaluation de l’anglais et des mathématiques et orientation des familles.',
			'Registration for elementary or secondary school, English and math assessment and orientation for families.'
		),
		categories: ['school_registration', 'language_assessment'],
		languages: 'en ar es zh',
		interpreted: 'fa so ti uk pa tl',
		statuses: [],
		ages: [4, 21],
		modes: ['in_person'],
		free: true,
		documents: [
			b(
				'Preuve d’âge de l’enfant (passeport ou acte de naissance)',
				'Proof of the child’s age (passport or birth certificate)'
			),
			PROOF_ADDRESS,
			b('Carnet de vaccination', 'Immunization record')
		],
		locations: ['tvdsb-welcome'],
		verifiedDaysAgo: days(15),
		area: 'lm',
		applicationProcess: b('Prenez rendez-vous par téléphone.', 'Book an appointment by phone.')
	},
	{
		key: 'tvdsb-credits',
		org: 'tvdsb',
		name: b('Crédits d’études secondaires pour adultes', 'Adult high school credits'),
		description: b(
			'Obtenez votre diplôme d’études secondaires de l’Ontario (DESO) : cours en classe, en ligne ou par correspondance, et reconnaissance des acquis.',
			'Earn your Ontario Secondary School Diploma (OSSD): in class, online or by correspondence, with prior learning assessment.'
		),
		categories: ['adult_education'],
		languages: 'en',
		statuses: ['permanent_resident', 'protected_person', 'refugee_claimant', 'citizen', 'international_student'],
		ages: [18, null],
		modes: ['in_person', 'virtual'],
		free: false,
		fee: {
			option: b('Élèves étrangers', 'International students'),
			amount: 1250,
			description: b('par crédit; gratuit pour les résidents de l’Ontario', 'per credit; free for Ontario residents')
		},
		locations: ['ga-wheable'],
		verifiedDaysAgo: days(130),
		area: 'lm'
	},
	{
		key: 'ldcsb-esl',
		org: 'ldcsb',
		name: b('ALS et CLIC/LINC pour adultes', 'Adult ESL and LINC'),
		description: b(
			'Cours d’anglais pour adultes le jour et le soir; les cours LINC sont réservés aux résidents permanents et aux personnes protégées.',
			'Day and evening English classes for adults; LINC classes are for permanent residents and protected persons.'
		),
		categories: ['english_classes'],
		languages: 'en',
		statuses: [],
		ages: [18, null],
		modes: ['in_person'],
		free: true,
		locations: ['ldcsb-adult'],
		hours: 'MO-TH 09:00-15:00; TU,TH 18:30-20:30',
		verifiedDaysAgo: days(90),
		area: 'london'
	},
	{
		key: 'ldcsb-welcome',
		org: 'ldcsb',
		name: b('Accueil des familles nouvellement arrivées (LDCSB)', 'Newcomer family welcome (LDCSB)'),
		description: b(
			'Évaluation et placement des élèves nouveaux arrivants dans les écoles catholiques de langue anglaise.',
			'Assessment and placement of newcomer students in English Catholic schools.'
		),
		categories: ['school_registration'],
		languages: 'en es tl',
		interpreted: 'ar pa uk',
		statuses: [],
		ages: [4, 21],
		modes: ['in_person', 'phone'],
		free: true,
		locations: ['ldcsb-adult'],
		verifiedDaysAgo: null,
		area: 'lm'
	},
	{
		key: 'viamonde-accueil',
		org: 'cs-viamonde',
		name: frOnly('Accueil et inscription des élèves nouveaux arrivants'),
		description: frOnly(
			'Inscription dans une école publique de langue française, programme d’appui aux nouveaux arrivants (PANA) et actualisation linguistique en français (ALF).'
		),
		categories: ['school_registration', 'francophone_services'],
		languages: 'fr en',
		statuses: [],
		ages: [4, 21],
		modes: ['in_person', 'phone'],
		free: true,
		locations: ['gabriel-dumont'],
		verifiedDaysAgo: days(50),
		area: 'lm'
	},
	{
		key: 'providence-accueil',
		org: 'csc-providence',
		name: frOnly('Accueil des élèves et des familles – écoles catholiques de langue française'),
		description: frOnly(
			'Inscription, évaluation et soutien à l’intégration des élèves nouveaux arrivants à l’École secondaire catholique Monseigneur-Bruyère et dans les écoles élémentaires de London.'
		),
		categories: ['school_registration', 'francophone_services'],
		languages: 'fr en ln rw',
		statuses: [],
		ages: [4, 21],
		modes: ['in_person'],
		free: true,
		locations: ['carrefour-920'],
		verifiedDaysAgo: days(85),
		area: 'lm'
	},
	// ---- Health --------------------------------------------------------------------------------
	{
		key: 'mlhu-immunization',
		org: 'mlhu',
		name: b('Clinique de vaccination', 'Immunization clinic'),
		description: b(
			'Vaccins gratuits pour enfants et adultes, y compris la mise à jour des vaccins exigés pour l’école. Apportez vos anciens carnets, même dans une autre langue.',
			'Free vaccines for children and adults, including the vaccines required for school. Bring your old records, even in another language.'
		),
		categories: ['public_health'],
		languages: 'en fr',
		interpreted: 'ar es zh pa tl uk fa so ti',
		statuses: [],
		modes: ['in_person'],
		free: true,
		documents: [b('Carnet de vaccination', 'Immunization record'), HEALTH_CARD],
		locations: ['mlhu-citi', 'mlhu-strathroy', 'komoka-wellness'],
		hours: 'TU,TH 09:00-12:00; TU,TH 13:00-16:00; WE 13:00-19:00',
		verifiedDaysAgo: days(18),
		phone: '519-555-0241',
		url: 'https://www.healthunit.com',
		area: 'lm',
		interpretationServices: b(
			'Interprétation téléphonique dans plus de 200 langues.',
			'Phone interpretation in more than 200 languages.'
		)
	},
	{
		key: 'mlhu-dental',
		org: 'mlhu',
		name: b('Soins dentaires pour enfants (Beaux sourires Ontario)', 'Children’s dental care (Healthy Smiles Ontario)'),
		description: b(
			'Dépistage et soins dentaires gratuits pour les enfants et les jeunes de 17 ans et moins de familles à faible revenu.',
			'Free dental screening and care for children and youth 17 and under from low-income families.'
		),
		categories: ['dental'],
		languages: 'en',
		interpreted: 'ar es zh fa',
		statuses: [],
		ages: [0, 17],
		modes: ['in_person'],
		free: true,
		locations: ['mlhu-citi'],
		verifiedDaysAgo: days(100),
		area: 'lm'
	},
	{
		key: 'mlhu-sexual-health',
		org: 'mlhu',
		name: b('Clinique de santé sexuelle', 'Sexual health clinic'),
		description: b(
			'Tests, traitement, contraception et counseling, confidentiels et sans carte santé.',
			'Confidential testing, treatment, birth control and counselling, no health card needed.'
		),
		categories: ['public_health', 'lgbtq'],
		languages: 'en fr',
		interpreted: 'ar es',
		statuses: [],
		ages: [12, null],
		modes: ['in_person', 'phone'],
		free: true,
		locations: ['mlhu-citi'],
		hours: 'MO,WE 09:00-19:00; TU,TH,FR 09:00-16:00',
		verifiedDaysAgo: days(65),
		area: 'lm'
	},
	{
		key: 'mlhu-babies',
		org: 'mlhu',
		name: b('Bébés en santé, enfants en santé', 'Healthy Babies Healthy Children'),
		description: b(
			'Visites à domicile par une infirmière et soutien aux familles pendant la grossesse et jusqu’à l’entrée à l’école.',
			'Home visits by a nurse and support for families from pregnancy until school.'
		),
		categories: ['public_health', 'women'],
		languages: 'en fr',
		interpreted: 'ar es zh pa tl uk fa',
		statuses: [],
		modes: ['in_person', 'phone'],
		free: true,
		locations: ['mlhu-citi', 'mlhu-strathroy'],
		verifiedDaysAgo: days(140),
		area: 'lm'
	},
	{
		key: 'lihc-primary',
		org: 'lihc',
		name: b('Soins primaires pour les nouveaux arrivants', 'Primary care for newcomers'),
		description: b(
			'Médecins et infirmières praticiennes pour les personnes sans médecin de famille, y compris sans assurance maladie (demandeurs d’asile, période d’attente de l’OHIP).',
			'Doctors and nurse practitioners for people without a family doctor, including the uninsured (refugee claimants, OHIP waiting period).'
		),
		categories: ['primary_care'],
		languages: 'en es ar',
		interpreted: 'fa so ti zh pa tl uk',
		statuses: [],
		modes: ['in_person', 'phone'],
		free: true,
		documents: [b('Toute pièce d’identité; aucune carte santé exigée', 'Any identification; no health card required')],
		locations: ['lihc'],
		verifiedDaysAgo: days(28),
		area: 'london',
		waitTime: b(
			'Inscription en 2 à 6 semaines; sans rendez-vous le mardi matin.',
			'Registration in 2 to 6 weeks; walk-in on Tuesday mornings.'
		),
		funding: b('Santé Ontario', 'Ontario Health')
	},
	{
		key: 'lihc-mental-health',
		org: 'lihc',
		name: b('Santé mentale et traumatismes – nouveaux arrivants', 'Newcomer mental health and trauma counselling'),
		description: b(
			'Counseling individuel et familial adapté à la culture pour les personnes ayant vécu la guerre, la migration forcée ou la violence.',
			'Culturally adapted individual and family counselling for people who lived through war, forced migration or violence.'
		),
		categories: ['mental_health', 'crisis_counselling'],
		languages: 'en es ar',
		interpreted: 'fa so ti uk',
		statuses: [],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['lihc'],
		verifiedDaysAgo: days(75),
		area: 'london'
	},
	{
		key: 'lihc-diabetes',
		org: 'lihc',
		name: enOnly('Diabetes education program'),
		description: enOnly('Group and one-on-one sessions with a nurse and a dietitian, in English and Spanish.'),
		categories: ['health'],
		languages: 'en es',
		statuses: [],
		ages: [18, null],
		modes: ['in_person'],
		free: true,
		locations: ['lihc'],
		verifiedDaysAgo: days(520),
		area: 'london'
	},
	{
		key: 'lhsc-emergency',
		org: 'lhsc',
		name: b('Service des urgences', 'Emergency department'),
		description: b(
			'Urgences ouvertes jour et nuit. En cas de danger immédiat, composez le 911. Les soins d’urgence ne sont jamais refusés, avec ou sans carte santé.',
			'Emergency care day and night. In immediate danger, call 911. Emergency care is never refused, with or without a health card.'
		),
		categories: ['health'],
		languages: 'en fr',
		interpreted: 'ar es zh pa tl uk fa so ti',
		statuses: [],
		modes: ['in_person'],
		free: true,
		locations: ['victoria-hospital', 'university-hospital'],
		verifiedDaysAgo: days(10),
		area: 'lm'
	},
	{
		key: 'lhsc-interpretation',
		org: 'lhsc',
		name: b('Interprétation pour les patients', 'Patient interpretation services'),
		description: b(
			'Interprètes gratuits en personne, par vidéo ou par téléphone pour les patients et leurs familles, y compris en langue des signes.',
			'Free interpreters in person, by video or by phone for patients and families, including sign language.'
		),
		categories: ['interpretation'],
		languages: 'en fr ase',
		interpreted: 'ar es zh pa tl uk fa so ti am ne',
		statuses: [],
		modes: ['in_person', 'phone', 'virtual'],
		free: true,
		locations: ['victoria-hospital', 'university-hospital'],
		verifiedDaysAgo: days(120),
		area: 'lm'
	},
	{
		key: 'lhsc-newcomer-child',
		org: 'lhsc',
		name: b('Clinique pédiatrique pour enfants réfugiés', 'Refugee child health clinic'),
		description: b(
			'Bilan de santé complet des enfants réfugiés et demandeurs d’asile à leur arrivée, à l’Hôpital pour enfants.',
			'Full health check for refugee and refugee-claimant children after arrival, at Children’s Hospital.'
		),
		categories: ['primary_care'],
		languages: 'en',
		interpreted: 'ar fa so ti uk ps',
		statuses: ['protected_person', 'refugee_claimant'],
		ages: [0, 17],
		modes: ['in_person'],
		free: true,
		documents: [
			b(
				'Certificat fédéral de santé intérimaire (PFSI), s’il y a lieu',
				'Interim Federal Health (IFHP) certificate, if any'
			)
		],
		locations: ['victoria-hospital'],
		hours: 'TH 08:30-12:00',
		verifiedDaysAgo: days(160),
		area: 'lm',
		applicationProcess: b(
			'Sur recommandation d’un intervenant ou d’un médecin.',
			'By referral from a worker or a doctor.'
		)
	},
	{
		key: 'sjhc-mental-health',
		org: 'dir:sjhc',
		name: b('Soins de santé mentale pour adultes', 'Adult mental health care'),
		description: b(
			'Évaluation et traitement des troubles de l’humeur et de l’anxiété, sur recommandation d’un médecin.',
			'Assessment and treatment for mood and anxiety disorders, by physician referral.'
		),
		categories: ['mental_health'],
		languages: 'en',
		interpreted: 'ar es fa zh',
		statuses: [],
		ages: [18, null],
		modes: ['in_person', 'virtual'],
		free: true,
		documents: [HEALTH_CARD],
		locations: ['sjhc'],
		verifiedDaysAgo: days(210),
		area: 'lm',
		waitTime: b('Environ 3 mois.', 'About 3 months.')
	},
	{
		key: 'cmha-walk-in',
		org: 'dir:cmha',
		name: b('Counseling sans rendez-vous et centre de crise', 'Walk-in counselling and crisis centre'),
		description: b(
			'Une séance de counseling le jour même, sans rendez-vous ni recommandation; centre de crise ouvert 24 heures sur 24.',
			'A same-day counselling session, no appointment or referral needed; crisis centre open 24 hours.'
		),
		categories: ['mental_health', 'crisis_counselling'],
		languages: 'en fr',
		interpreted: 'ar es',
		statuses: [],
		ages: [16, null],
		modes: ['in_person', 'phone'],
		free: true,
		locations: ['cmha'],
		verifiedDaysAgo: days(22),
		area: 'lm'
	},
	{
		key: 'reach-out',
		org: 'dir:cmha',
		name: b('Reach Out – ligne de crise 24/7', 'Reach Out 24/7 crisis line'),
		description: b(
			'Soutien en santé mentale et en dépendances par téléphone, clavardage ou texto, jour et nuit, pour London, Middlesex, Elgin et Oxford.',
			'Mental health and addiction support by phone, chat or text, day and night, for London, Middlesex, Elgin and Oxford.'
		),
		categories: ['crisis_counselling', 'mental_health'],
		languages: 'en fr',
		interpreted: 'ar es zh pa tl uk fa',
		statuses: [],
		modes: ['phone', 'virtual'],
		free: true,
		locations: [],
		hours: 'MO-SU 00:00-00:00',
		verifiedDaysAgo: days(12),
		phone: '519-555-0251',
		url: 'https://reachout247.ca',
		area: 'lm'
	},
	{
		key: 'anova-crisis',
		org: 'dir:anova',
		name: b('Ligne de crise et d’hébergement 24/7', '24/7 crisis and shelter line'),
		description: b(
			'Soutien confidentiel, planification de la sécurité et accès à un hébergement sécuritaire pour les personnes victimes de violence. Adresse du refuge confidentielle.',
			'Confidential support, safety planning and access to safe shelter for people experiencing violence. Shelter address kept confidential.'
		),
		categories: ['family_violence', 'women', 'emergency_shelter'],
		languages: 'en fr',
		interpreted: 'ar es zh pa tl uk fa so ti',
		statuses: [],
		modes: ['phone', 'virtual'],
		free: true,
		locations: [],
		hours: 'MO-SU 00:00-00:00',
		verifiedDaysAgo: days(33),
		phone: '519-555-0305',
		area: 'lm'
	},
	// ---- Justice, legal, protection -----------------------------------------------------------
	{
		key: 'lps-records',
		org: 'london-police',
		name: b('Vérification des antécédents criminels', 'Police record checks'),
		description: b(
			'Vérification des antécédents pour un emploi ou du bénévolat, en ligne ou au comptoir.',
			'Record checks for employment or volunteering, online or at the counter.'
		),
		categories: ['justice', 'employment'],
		languages: 'en fr',
		statuses: [],
		ages: [18, null],
		modes: ['in_person', 'virtual'],
		free: false,
		fee: {
			option: b('Vérification pour un emploi', 'Employment check'),
			amount: 45,
			description: b('gratuite pour le bénévolat', 'free for volunteering')
		},
		documents: [PHOTO_ID, PROOF_ADDRESS],
		locations: ['lps-hq'],
		verifiedDaysAgo: days(90),
		area: 'london'
	},
	{
		key: 'lps-community',
		org: 'london-police',
		name: b(
			'Liaison communautaire et sensibilisation des nouveaux arrivants',
			'Community liaison and newcomer outreach'
		),
		description: b(
			'Séances d’information sur les lois canadiennes, la sécurité et le rôle de la police, dans les organismes et les lieux de culte.',
			'Information sessions on Canadian law, safety and the role of the police, at agencies and places of worship.'
		),
		categories: ['justice', 'information_orientation'],
		languages: 'en fr ar',
		statuses: [],
		modes: ['in_person'],
		free: true,
		locations: ['lps-hq'],
		verifiedDaysAgo: null,
		area: 'london'
	},
	{
		key: 'nls-clinic',
		org: 'nlslm',
		name: b('Clinique juridique communautaire', 'Community legal clinic'),
		description: b(
			'Conseils et représentation gratuits en droit du logement, de l’aide sociale, de l’emploi et de l’immigration pour les personnes à faible revenu.',
			'Free advice and representation in housing, social assistance, employment and immigration law for people with low incomes.'
		),
		categories: ['legal'],
		languages: 'en fr es',
		interpreted: 'ar fa so ti zh',
		statuses: [],
		modes: ['in_person', 'phone'],
		free: true,
		documents: [
			b('Preuve de revenu', 'Proof of income'),
			b('Tout document lié à votre problème', 'Any paper about your problem')
		],
		locations: ['nls'],
		hours: 'MO-FR 09:00-12:00; MO-FR 13:00-16:30',
		verifiedDaysAgo: days(48),
		area: 'lm',
		funding: b('Aide juridique Ontario', 'Legal Aid Ontario')
	},
	{
		key: 'lao-refugee',
		org: 'dir:lao',
		name: b('Aide juridique pour les demandeurs d’asile', 'Legal aid for refugee claimants'),
		description: b(
			'Un certificat d’aide juridique pour payer un avocat qui prépare votre demande d’asile (formulaire FDA) et vous représente à la CISR.',
			'A legal aid certificate to pay a lawyer who prepares your refugee claim (BOC form) and represents you at the IRB.'
		),
		categories: ['legal'],
		languages: 'en fr',
		interpreted: 'ar es zh pa tl uk fa so ti am',
		statuses: ['refugee_claimant'],
		modes: ['phone', 'virtual'],
		free: true,
		locations: [],
		hours: 'MO-FR 08:00-17:00',
		verifiedDaysAgo: days(66),
		phone: '1-800-555-0304',
		url: 'https://www.legalaid.on.ca',
		area: 'ontario'
	},
	{
		key: 'cas-family',
		org: 'cas-london-middlesex',
		name: b('Soutien aux familles et protection de l’enfance', 'Family support and child protection'),
		description: b(
			'Soutien aux parents, services de protection de l’enfance et ligne ouverte 24 heures sur 24 pour signaler une inquiétude.',
			'Parenting support, child protection services and a 24-hour line to report a concern.'
		),
		categories: ['justice', 'family_violence', 'youth'],
		languages: 'en fr',
		interpreted: 'ar es fa so',
		statuses: [],
		modes: ['in_person', 'phone'],
		free: true,
		locations: ['cas'],
		verifiedDaysAgo: days(170),
		phone: '519-555-0216',
		area: 'lm'
	},
	{
		key: 'mrcssi-family',
		org: 'mrcssi',
		name: b('Soutien aux familles et prévention de la violence', 'Family support and violence prevention'),
		description: b(
			'Intervention adaptée à la culture et à la foi auprès des familles en crise, selon le modèle d’intervention communautaire intégrée.',
			'Culturally and faith-informed intervention with families in crisis, using the community-based integrated model.'
		),
		categories: ['family_violence', 'mental_health'],
		languages: 'en ar so ur fa',
		statuses: [],
		modes: ['in_person', 'phone'],
		free: true,
		locations: ['mrcssi'],
		verifiedDaysAgo: days(58),
		area: 'lm'
	},
	{
		key: 'mrcssi-youth',
		org: 'mrcssi',
		name: enOnly('Youth mentorship program'),
		description: enOnly('Mentoring, sports and leadership activities for Muslim and newcomer youth aged 12 to 18.'),
		categories: ['youth', 'community_connections'],
		languages: 'en ar so',
		statuses: [],
		ages: [12, 18],
		modes: ['in_person'],
		free: true,
		locations: ['mrcssi'],
		hours: 'FR 17:00-20:00; SA 13:00-16:00',
		verifiedDaysAgo: days(180),
		area: 'london'
	},
	// ---- Housing, income, food --------------------------------------------------------------
	{
		key: 'lmch-housing',
		org: 'lmch',
		name: b('Logement communautaire', 'Community housing'),
		description: b(
			'Logements à loyer indexé sur le revenu; aide aux locataires et à l’inscription sur la liste d’attente.',
			'Rent-geared-to-income homes; help for tenants and with the waiting list.'
		),
		categories: ['housing'],
		languages: 'en',
		interpreted: 'ar es fa',
		statuses: ['permanent_resident', 'protected_person', 'refugee_claimant', 'citizen'],
		modes: ['in_person', 'phone'],
		free: true,
		documents: [PROOF_STATUS, b('Preuve de revenu', 'Proof of income')],
		locations: ['lmch'],
		verifiedDaysAgo: days(88),
		area: 'lm',
		waitTime: b('Plusieurs années pour la plupart des logements.', 'Several years for most homes.')
	},
	{
		key: 'city-ow',
		org: 'city-of-london',
		name: b('Ontario au travail', 'Ontario Works'),
		description: b(
			'Aide financière pour le loyer et les besoins de base, prestations pour soins de santé et aide à l’emploi.',
			'Financial help for rent and basic needs, health benefits and employment help.'
		),
		categories: ['income_support', 'employment'],
		languages: 'en fr',
		interpreted: 'ar es zh pa tl uk fa so ti',
		statuses: ['permanent_resident', 'protected_person', 'refugee_claimant', 'citizen'],
		ages: [18, null],
		modes: ['in_person', 'phone', 'virtual'],
		free: true,
		documents: [
			PHOTO_ID,
			PROOF_STATUS,
			b('Bail ou preuve de loyer', 'Lease or proof of rent'),
			b('Relevés bancaires des 30 derniers jours', 'Bank statements for the last 30 days')
		],
		locations: ['ow-citiplaza'],
		verifiedDaysAgo: days(14),
		phone: '519-555-0261',
		area: 'london',
		applicationProcess: b(
			'Faites une demande en ligne ou par téléphone; un travailleur social vous rappelle dans les 4 jours ouvrables.',
			'Apply online or by phone; a caseworker calls you back within 4 business days.'
		)
	},
	{
		key: 'county-ow',
		org: 'county-of-middlesex',
		name: b('Ontario au travail – comté de Middlesex', 'Ontario Works – Middlesex County'),
		description: b(
			'Aide financière et aide à l’emploi pour les résidents du comté de Middlesex, hors de la ville de London.',
			'Financial and employment help for residents of Middlesex County outside the City of London.'
		),
		categories: ['income_support'],
		languages: 'en',
		interpreted: 'ar es pa',
		statuses: ['permanent_resident', 'protected_person', 'refugee_claimant', 'citizen'],
		ages: [18, null],
		modes: ['in_person', 'phone'],
		free: true,
		documents: [PHOTO_ID, PROOF_STATUS],
		locations: ['county-building', 'mcl-strathroy'],
		verifiedDaysAgo: days(610),
		area: 'middlesex'
	},
	{
		key: 'city-housing-access',
		org: 'city-of-london',
		name: b('Centre d’accès au logement', 'Housing Access Centre'),
		description: b(
			'Demande de logement social et de supplément au loyer pour London et Middlesex.',
			'Applications for social housing and rent supplements for London and Middlesex.'
		),
		categories: ['housing'],
		languages: 'en fr',
		statuses: ['permanent_resident', 'protected_person', 'refugee_claimant', 'citizen'],
		modes: ['in_person', 'phone', 'virtual'],
		free: true,
		locations: ['city-hall'],
		verifiedDaysAgo: days(72),
		area: 'lm'
	},
	{
		key: 'city-childcare-subsidy',
		org: 'city-of-london',
		name: b('Subvention pour frais de garde d’enfants', 'Child care fee subsidy'),
		description: b(
			'Aide à payer les frais de garde agréée pour les familles qui travaillent, étudient ou suivent un cours de langue.',
			'Help paying for licensed child care for families who work, study or attend language classes.'
		),
		categories: ['child_care', 'income_support'],
		languages: 'en fr',
		statuses: [],
		ages: [0, 12],
		modes: ['phone', 'virtual'],
		free: true,
		locations: ['city-hall'],
		verifiedDaysAgo: days(190),
		area: 'lm'
	},
	{
		key: 'food-bank-hampers',
		org: 'dir:food-bank',
		name: b('Paniers alimentaires d’urgence', 'Emergency food hampers'),
		description: b(
			'Un panier d’épicerie (aliments frais et non périssables) toutes les deux semaines; aliments halal disponibles.',
			'A grocery hamper (fresh and non-perishable food) every two weeks; halal food available.'
		),
		categories: ['food'],
		languages: 'en',
		interpreted: 'ar es',
		statuses: [],
		modes: ['in_person'],
		free: true,
		documents: [PHOTO_ID, PROOF_ADDRESS],
		locations: ['food-bank'],
		verifiedDaysAgo: days(26),
		area: 'london'
	},
	{
		key: 'lmm-food',
		org: 'london-muslim-mosque',
		name: b('Banque alimentaire halal', 'Halal food bank'),
		description: b(
			'Paniers alimentaires halal ouverts à tous, sans égard à la religion.',
			'Halal food hampers open to everyone, of any faith or none.'
		),
		categories: ['food'],
		languages: 'en ar ur so',
		statuses: [],
		modes: ['in_person'],
		free: true,
		locations: ['lmm'],
		verifiedDaysAgo: days(115),
		area: 'london'
	},
	{
		key: 'salvation-army-shelter',
		org: 'dir:salvation-army',
		name: b('Hébergement d’urgence et repas', 'Emergency shelter and meals'),
		description: b(
			'Lits d’urgence, trois repas par jour et aide à trouver un logement stable.',
			'Emergency beds, three meals a day and help finding stable housing.'
		),
		categories: ['emergency_shelter', 'food'],
		languages: 'en',
		statuses: [],
		ages: [18, null],
		modes: ['in_person'],
		free: true,
		locations: ['salvation-army'],
		verifiedDaysAgo: days(44),
		area: 'london'
	},
	// ---- Libraries -----------------------------------------------------------------------------
	{
		key: 'lpl-conversation',
		org: 'london-public-library',
		name: b('Cercles de conversation en anglais', 'English conversation circles'),
		description: b(
			'Pratiquez votre anglais dans un groupe amical animé par des bénévoles. Gratuit, sans inscription.',
			'Practise your English in a friendly group led by volunteers. Free, no registration.'
		),
		categories: ['community_connections', 'libraries', 'english_classes'],
		languages: 'en',
		statuses: [],
		ages: [16, null],
		modes: ['in_person'],
		free: true,
		locations: ['lpl-central', 'lpl-crouch', 'lpl-sherwood'],
		hours: 'TU 18:30-20:00; SA 10:30-12:00',
		verifiedDaysAgo: days(38),
		area: 'london'
	},
	{
		key: 'lpl-settlement',
		org: 'london-public-library',
		name: b('Partenariat d’établissement en bibliothèque', 'Library Settlement Partnership'),
		description: b(
			'Des intervenants en établissement à la bibliothèque, sans rendez-vous, pour répondre à vos questions et vous diriger vers les services.',
			'Settlement workers at the library, no appointment needed, to answer your questions and refer you to services.'
		),
		categories: ['needs_assessment_referral', 'libraries'],
		languages: 'en ar es fa',
		statuses: PR_PP,
		modes: ['in_person'],
		free: true,
		locations: ['lpl-central', 'lpl-crouch', 'lpl-jalna'],
		hours: 'TU,TH 10:00-16:00; SA 10:00-13:00',
		verifiedDaysAgo: days(42),
		area: 'london',
		funding: IRCC
	},
	{
		key: 'lpl-collections',
		org: 'london-public-library',
		name: b('Livres en plusieurs langues, ordinateurs et Wi-Fi', 'Books in many languages, computers and Wi-Fi'),
		description: b(
			'Carte de bibliothèque gratuite, livres et films en plus de 20 langues, ordinateurs, impression et Wi-Fi.',
			'Free library card, books and films in more than 20 languages, computers, printing and Wi-Fi.'
		),
		categories: ['libraries'],
		languages: 'en fr',
		statuses: [],
		modes: ['in_person', 'virtual'],
		free: true,
		documents: [PROOF_ADDRESS],
		locations: ['lpl-central', 'lpl-crouch', 'lpl-jalna', 'lpl-sherwood', 'lpl-stoney-creek'],
		verifiedDaysAgo: days(60),
		url: 'https://www.lpl.ca',
		area: 'london'
	},
	{
		key: 'lpl-storytime',
		org: 'london-public-library',
		name: b('Heure du conte multilingue', 'Multilingual storytime'),
		description: b(
			'Histoires, chansons et comptines pour les enfants de 0 à 5 ans et leurs parents, en anglais et dans une autre langue chaque mois.',
			'Stories, songs and rhymes for children 0 to 5 and their parents, in English and another language each month.'
		),
		categories: ['libraries', 'youth'],
		languages: 'en ar es zh uk',
		statuses: [],
		ages: [0, 5],
		modes: ['in_person'],
		free: true,
		locations: ['lpl-central', 'lpl-stoney-creek'],
		hours: 'SA 10:00-10:45',
		verifiedDaysAgo: days(100),
		area: 'london'
	},
	{
		key: 'mcl-services',
		org: 'middlesex-county-library',
		name: b('Services de bibliothèque, ordinateurs et Wi-Fi', 'Library services, computers and Wi-Fi'),
		description: b(
			'Prêt de livres, ordinateurs publics, Wi-Fi et aide informatique dans les succursales du comté.',
			'Book lending, public computers, Wi-Fi and computer help in the county’s branches.'
		),
		categories: ['libraries'],
		languages: 'en',
		statuses: [],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['mcl-strathroy', 'mcl-komoka', 'mcl-lucan', 'mcl-thorndale', 'mcl-parkhill'],
		verifiedDaysAgo: days(82),
		area: 'middlesex'
	},
	{
		key: 'mcl-esl-circle',
		org: 'middlesex-county-library',
		name: b('Groupe de conversation en anglais (comté)', 'English conversation group (county)'),
		description: b(
			'Conversation en anglais pour les nouveaux arrivants des villages du comté, avec des bénévoles de la bibliothèque.',
			'English conversation for newcomers in the county’s towns, with library volunteers.'
		),
		categories: ['community_connections', 'english_classes'],
		languages: 'en',
		statuses: [],
		modes: ['in_person'],
		free: true,
		locations: ['mcl-strathroy', 'mcl-komoka'],
		hours: 'WE 18:00-19:30',
		verifiedDaysAgo: days(105),
		area: 'middlesex'
	},
	// ---- Employment ---------------------------------------------------------------------------
	{
		key: 'wil-employment',
		org: 'wil',
		name: b('Services d’emploi pour les nouveaux arrivants', 'Employment services for newcomers'),
		description: b(
			'Conseillers en emploi, CV canadien, préparation aux entrevues et liens directs avec les employeurs de la région.',
			'Employment counsellors, Canadian résumés, interview practice and direct links with local employers.'
		),
		categories: ['job_search', 'employment'],
		languages: 'en fr ar es zh',
		interpreted: 'fa pa tl uk',
		statuses: WORKERS,
		ages: [16, null],
		modes: ['in_person', 'phone', 'virtual'],
		free: true,
		documents: [b('NAS (numéro d’assurance sociale)', 'SIN (Social Insurance Number)')],
		locations: ['wil'],
		verifiedDaysAgo: days(21),
		url: 'https://wil.ca',
		area: 'lm',
		funding: EO
	},
	{
		key: 'wil-bridging',
		org: 'wil',
		name: b('Programme relais et reconnaissance des diplômes', 'Bridging and credential recognition program'),
		description: b(
			'Aide pour faire reconnaître vos diplômes, stages en milieu de travail et jumelage avec un mentor de votre profession.',
			'Help getting your credentials recognized, work placements and matching with a mentor in your profession.'
		),
		categories: ['credential_recognition', 'mentoring'],
		languages: 'en',
		statuses: PR_PP,
		modes: ['in_person', 'virtual'],
		free: true,
		documents: [b('Diplômes et relevés de notes', 'Diplomas and transcripts')],
		locations: ['wil'],
		hours: 'WE 16:30-19:00',
		verifiedDaysAgo: days(52),
		area: 'lm',
		funding: IRCC
	},
	{
		key: 'wil-better-jobs',
		org: 'wil',
		name: enOnly('Better Jobs Ontario – skills training'),
		description: enOnly(
			'Funding of up to $28,000 for short-term training for laid-off and unemployed workers, including newcomers.'
		),
		categories: ['employment', 'adult_education'],
		languages: 'en',
		statuses: ['permanent_resident', 'protected_person', 'citizen'],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['wil'],
		verifiedDaysAgo: days(260),
		area: 'ontario',
		funding: EO
	},
	{
		key: 'lmiec-mentoring',
		org: 'lmiec',
		name: b('Mentorat professionnel en ligne', 'Online professional mentoring'),
		description: b(
			'Six rencontres virtuelles avec un mentor d’un employeur de London dans votre domaine.',
			'Six virtual meetings with a mentor from a London employer in your field.'
		),
		categories: ['mentoring'],
		languages: 'en',
		statuses: PR_PP,
		modes: ['virtual'],
		free: true,
		locations: [],
		verifiedDaysAgo: days(140),
		email: 'mentoring@lmiec.example',
		area: 'lm'
	},
	{
		key: 'seo-entrepreneurs',
		org: 'seo',
		name: b('Services aux entrepreneurs', 'Services for entrepreneurs'),
		description: b(
			'Accompagnement en français pour démarrer une entreprise : plan d’affaires, financement, réseautage.',
			'Support in French to start a business: business plan, financing, networking.'
		),
		categories: ['entrepreneurship', 'francophone_services'],
		languages: 'fr en',
		statuses: [],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['carrefour-920'],
		verifiedDaysAgo: days(77),
		area: 'lm'
	},
	{
		key: 'seo-emploi',
		org: 'seo',
		name: frOnly('Services d’emploi en français'),
		description: frOnly(
			'Conseils en emploi, ateliers et jumelage avec des employeurs bilingues pour les personnes d’expression française.'
		),
		categories: ['job_search', 'francophone_services'],
		languages: 'fr',
		statuses: WORKERS,
		modes: ['in_person', 'virtual', 'phone'],
		free: true,
		locations: ['carrefour-920'],
		verifiedDaysAgo: days(125),
		area: 'lm'
	},
	// ---- Post-secondary ----------------------------------------------------------------------
	{
		key: 'western-international',
		org: 'western',
		name: b('Services aux étudiants étrangers', 'International student services'),
		description: b(
			'Conseils en immigration pour les étudiants (permis d’études, permis de travail), orientation et activités.',
			'Immigration advice for students (study permits, work permits), orientation and activities.'
		),
		categories: ['information_orientation'],
		languages: 'en fr zh',
		statuses: ['international_student'],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['western'],
		verifiedDaysAgo: days(64),
		area: 'london'
	},
	{
		key: 'western-english',
		org: 'western',
		name: b('Centre d’anglais de Western', 'Western English Language Centre'),
		description: b(
			'Anglais à des fins académiques et préparation aux examens, en session de 8 semaines.',
			'English for academic purposes and test preparation, in 8-week sessions.'
		),
		categories: ['english_classes'],
		languages: 'en',
		statuses: [],
		ages: [17, null],
		modes: ['in_person', 'virtual'],
		free: false,
		fee: { option: b('Session de 8 semaines', '8-week session'), amount: 3200 },
		locations: ['western'],
		verifiedDaysAgo: days(230),
		area: 'london'
	},
	{
		key: 'fanshawe-esl',
		org: 'fanshawe',
		name: b('Anglais langue seconde (Fanshawe)', 'English as a Second Language (Fanshawe)'),
		description: b(
			'Programme d’anglais à temps plein ou partiel, de débutant à avancé, menant aux programmes du collège.',
			'Full- or part-time English program, beginner to advanced, leading to college programs.'
		),
		categories: ['english_classes', 'adult_education'],
		languages: 'en',
		statuses: [],
		ages: [18, null],
		modes: ['in_person'],
		free: false,
		fee: {
			option: b('Étudiants canadiens, par niveau', 'Domestic students, per level'),
			amount: 1450,
			description: b('droits plus élevés pour les étudiants étrangers', 'higher fees for international students')
		},
		locations: ['fanshawe'],
		verifiedDaysAgo: days(96),
		area: 'lm'
	},
	{
		key: 'fanshawe-intl',
		org: 'fanshawe',
		name: b('Soutien à l’établissement des étudiants étrangers', 'Settlement support for international students'),
		description: b(
			'Aide au logement, à l’emploi à temps partiel et à la vie à London pour les étudiants étrangers.',
			'Help with housing, part-time work and life in London for international students.'
		),
		categories: ['information_orientation', 'housing'],
		languages: 'en pa hi zh es tl',
		statuses: ['international_student'],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['fanshawe'],
		verifiedDaysAgo: days(36),
		area: 'london'
	},
	// ---- Francophone ---------------------------------------------------------------------------
	{
		key: 'boreal-clic',
		org: 'college-boreal',
		name: b(
			'CLIC – Cours de langue pour les immigrants au Canada (français)',
			'CLIC – French language classes for newcomers'
		),
		description: b(
			'Cours de français gratuits, niveaux NCLC 1 à 7, le soir et en ligne.',
			'Free French classes, NCLC levels 1 to 7, in the evening and online.'
		),
		categories: ['french_classes', 'francophone_services'],
		languages: 'fr',
		statuses: PR_PP,
		ages: [18, null],
		modes: ['in_person', 'virtual'],
		free: true,
		documents: [PROOF_STATUS],
		locations: ['boreal-london'],
		hours: 'MO,WE 18:00-21:00; SA 09:00-12:00',
		verifiedDaysAgo: days(31),
		area: 'lm',
		funding: IRCC
	},
	{
		key: 'boreal-emploi',
		org: 'college-boreal',
		name: b('Emploi Ontario – services d’emploi en français', 'Employment Ontario – employment services in French'),
		description: b(
			'Recherche d’emploi, formation et placement pour les chercheurs d’emploi francophones et bilingues.',
			'Job search, training and placement for French-speaking and bilingual job seekers.'
		),
		categories: ['job_search', 'francophone_services'],
		languages: 'fr en',
		statuses: WORKERS,
		modes: ['in_person', 'phone', 'virtual'],
		free: true,
		locations: ['boreal-london'],
		verifiedDaysAgo: days(54),
		area: 'lm',
		funding: EO
	},
	{
		key: 'boreal-etablissement',
		org: 'college-boreal',
		name: b('Services d’établissement francophones', 'Francophone settlement services'),
		description: b(
			'Accueil, évaluation des besoins et aiguillage en français pour les nouveaux arrivants d’expression française.',
			'Welcome, needs assessment and referral in French for French-speaking newcomers.'
		),
		categories: ['needs_assessment_referral', 'francophone_services'],
		languages: 'fr en ar ln rw',
		statuses: PR_PP,
		modes: ['in_person', 'phone', 'virtual'],
		free: true,
		documents: [PROOF_STATUS],
		locations: ['boreal-london', 'carrefour-920'],
		verifiedDaysAgo: days(27),
		area: 'lm',
		funding: IRCC
	},
	{
		key: 'ccfl-accueil',
		org: 'ccfl',
		name: b(
			'Accueil et intégration des nouveaux arrivants francophones',
			'Welcome and integration of Francophone newcomers'
		),
		description: b(
			'Activités communautaires, jumelage et séances d’information pour découvrir la communauté francophone de London.',
			'Community activities, matching and information sessions to discover London’s Francophone community.'
		),
		categories: ['community_connections', 'information_orientation', 'francophone_services'],
		languages: 'fr en',
		statuses: [],
		modes: ['in_person'],
		free: true,
		locations: ['carrefour-920'],
		hours: 'TH 17:30-20:00; SA 10:00-14:00',
		verifiedDaysAgo: days(47),
		area: 'lm'
	},
	{
		key: 'ccfl-garderie',
		org: 'ccfl',
		name: b('Garderie francophone', 'French-language child care'),
		description: b(
			'Service de garde agréé en français pour les enfants de 18 mois à 5 ans; subvention possible.',
			'Licensed child care in French for children 18 months to 5 years; subsidy available.'
		),
		categories: ['child_care', 'francophone_services'],
		languages: 'fr',
		statuses: [],
		ages: [1, 5],
		modes: ['in_person'],
		free: false,
		fee: {
			option: b('Place à temps plein', 'Full-time space'),
			amount: 22,
			description: b(
				'par jour, avec le tarif réduit du programme pancanadien',
				'per day, with the Canada-wide reduced rate'
			)
		},
		locations: ['carrefour-920'],
		hours: 'MO-FR 07:00-18:00',
		verifiedDaysAgo: days(160),
		area: 'london'
	},
	{
		key: 'acfo-benevolat',
		org: 'acfo-london-sarnia',
		name: frOnly('Bénévolat et vie communautaire francophone'),
		description: frOnly(
			'Occasions de bénévolat, Festival franco-ontarien, activités culturelles et représentation de la communauté francophone.'
		),
		categories: ['community_connections', 'francophone_services'],
		languages: 'fr',
		statuses: [],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['carrefour-920'],
		verifiedDaysAgo: null,
		area: 'lm'
	},
	// ---- Helplines and county --------------------------------------------------------------------
	{
		key: 'uw-211',
		org: 'united-way-em',
		name: b('211 – Information sur les services communautaires', '211 – Community services information'),
		description: b(
			'Composez le 211, textez ou clavardez pour trouver les services sociaux, de santé et gouvernementaux près de chez vous, 24 heures sur 24, en plus de 150 langues.',
			'Call 211, text or chat to find social, health and government services near you, 24 hours a day, in more than 150 languages.'
		),
		categories: ['needs_assessment_referral', 'information_orientation'],
		languages: 'en fr',
		interpreted: 'ar es zh pa tl uk fa so ti am ne ur',
		statuses: [],
		modes: ['phone', 'virtual'],
		free: true,
		locations: [],
		hours: 'MO-SU 00:00-00:00',
		verifiedDaysAgo: days(9),
		phone: '211',
		url: 'https://211ontario.ca',
		area: 'ontario'
	},
	{
		key: 'strathroy-welcome',
		org: 'strathroy-caradoc',
		name: enOnly('Strathroy-Caradoc newcomer welcome kit and info nights'),
		description: enOnly(
			'A welcome kit and quarterly information nights about living in Strathroy-Caradoc: recreation, transit, schools and local services.'
		),
		categories: ['information_orientation', 'community_connections'],
		languages: 'en',
		statuses: [],
		modes: ['in_person'],
		free: true,
		locations: ['mcl-strathroy'],
		hours: 'TH 18:30-20:00',
		verifiedDaysAgo: days(430),
		area: 'middlesex'
	},
	{
		key: 'county-komoka-settlement',
		org: 'cclc',
		name: b('Services d’établissement itinérants – Komoka et Lucan', 'Mobile settlement services – Komoka and Lucan'),
		description: b(
			'Un intervenant en établissement tient des heures de bureau dans les bibliothèques de Komoka et de Lucan.',
			'A settlement worker holds office hours at the Komoka and Lucan libraries.'
		),
		categories: ['needs_assessment_referral'],
		languages: 'en ar es',
		statuses: PR_PP,
		modes: ['in_person', 'phone'],
		free: true,
		locations: ['mcl-komoka', 'mcl-lucan'],
		hours: 'WE 13:00-17:00',
		verifiedDaysAgo: days(68),
		area: 'middlesex',
		funding: IRCC
	}
];

// ---- Quinte ------------------------------------------------------------------------------------

export const quinteLocations: DemoLocation[] = [
	{
		key: 'quis',
		org: 'quis',
		name: b('QUIS – bureau de Belleville', 'QUIS – Belleville office'),
		address: { line1: '200 Front St', line2: 'Suite 301', city: 'Belleville', postal: 'K8N 2Z2' },
		lat: 44.16273,
		lon: -77.38324,
		phone: '613-555-0201',
		accessibility: ['wheelchair', 'accessible_washroom', 'elevator'],
		hours: 'MO-FR 08:30-16:30; TH 16:30-19:30'
	},
	{
		key: 'bpl',
		org: 'bpl',
		name: b('Bibliothèque publique de Belleville', 'Belleville Public Library'),
		address: { line1: '254 Pinnacle St', city: 'Belleville', postal: 'K8N 3B1' },
		lat: 44.16266,
		lon: -77.38432,
		phone: '613-555-0202',
		accessibility: [...barrierFree, 'hearing_loop'],
		hours: 'MO-TH 09:30-20:00; FR,SA 09:30-17:00'
	},
	{
		key: 'loyalist',
		org: 'loyalist',
		name: b('Collège Loyalist', 'Loyalist College'),
		address: { line1: '376 Wallbridge-Loyalist Rd', city: 'Belleville', postal: 'K8N 5B9' },
		lat: 44.14047,
		lon: -77.42855,
		phone: '613-555-0203',
		accessibility: barrierFree,
		hours: 'MO-FR 08:00-17:00'
	}
];

export const quinteServices: DemoService[] = [
	{
		key: 'quis-settlement',
		org: 'quis',
		name: b('Services d’établissement', 'Settlement services'),
		description: b(
			'Évaluation des besoins, orientation et aiguillage pour les nouveaux arrivants de Hastings, Prince Edward, Northumberland et Lennox & Addington.',
			'Needs assessment, orientation and referral for newcomers in Hastings, Prince Edward, Northumberland and Lennox & Addington.'
		),
		categories: ['needs_assessment_referral', 'information_orientation'],
		languages: 'en fr ar es uk',
		interpreted: 'zh pa tl fa',
		statuses: PR_PP,
		modes: ['in_person', 'phone', 'virtual'],
		free: true,
		documents: [PROOF_STATUS],
		locations: ['quis'],
		verifiedDaysAgo: days(30),
		area: 'quinte',
		funding: IRCC
	},
	{
		key: 'quis-linc',
		org: 'quis',
		name: b('CLIC/LINC à Belleville', 'LINC in Belleville'),
		description: b(
			'Cours d’anglais gratuits, le jour et le soir, en classe et en ligne.',
			'Free English classes, day and evening, in class and online.'
		),
		categories: ['english_classes'],
		languages: 'en',
		statuses: PR_PP,
		ages: [18, null],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['quis', 'loyalist'],
		hours: 'MO-TH 09:00-12:00; TU,TH 18:00-20:30',
		verifiedDaysAgo: days(45),
		area: 'quinte',
		funding: IRCC
	},
	{
		key: 'quis-employment',
		org: 'quis',
		name: b('Services d’emploi pour les nouveaux arrivants', 'Employment services for newcomers'),
		description: b(
			'CV, entrevues et liens avec les employeurs de Quinte.',
			'Résumés, interviews and links with Quinte employers.'
		),
		categories: ['job_search', 'employment'],
		languages: 'en fr',
		statuses: WORKERS,
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['quis'],
		verifiedDaysAgo: days(400),
		area: 'quinte'
	},
	{
		key: 'bpl-conversation',
		org: 'bpl',
		name: b('Cercle de conversation en anglais', 'English conversation circle'),
		description: b(
			'Pratique de l’anglais avec des bénévoles, chaque samedi.',
			'English practice with volunteers, every Saturday.'
		),
		categories: ['community_connections', 'libraries'],
		languages: 'en',
		statuses: [],
		modes: ['in_person'],
		free: true,
		locations: ['bpl'],
		hours: 'SA 10:30-12:00',
		verifiedDaysAgo: days(60),
		area: 'hastings'
	},
	{
		key: 'loyalist-international',
		org: 'loyalist',
		name: b('Services aux étudiants étrangers (Loyalist)', 'International student services (Loyalist)'),
		description: b(
			'Orientation, logement et conseils en immigration pour les étudiants étrangers.',
			'Orientation, housing and immigration advice for international students.'
		),
		categories: ['information_orientation', 'housing'],
		languages: 'en pa hi',
		statuses: ['international_student'],
		modes: ['in_person', 'virtual'],
		free: true,
		locations: ['loyalist'],
		verifiedDaysAgo: days(90),
		area: 'quinte'
	},
	{
		key: 'qhc-navigation',
		org: 'qhc',
		name: enOnly('Health navigation line for newcomers'),
		description: enOnly(
			'A nurse helps newcomers find a family doctor, walk-in clinics and interpreters in the Quinte region.'
		),
		categories: ['health', 'primary_care'],
		languages: 'en',
		interpreted: 'ar es uk zh',
		statuses: [],
		modes: ['phone'],
		free: true,
		locations: [],
		hours: 'MO-FR 09:00-16:00',
		verifiedDaysAgo: null,
		phone: '613-555-0251',
		area: 'quinte'
	}
];
