/**
 * Demo data for the partnership module: the London & Middlesex Local Immigration Partnership
 * (LMLIP / Partenariat local en immigration de London et Middlesex) and the francophone committee
 * (CLIF) of London and surrounding counties.
 *
 * Built from the source documents in shared/seeds/:
 * - 000 (LMLIP community achievements report, 2010-2011): the central council, the six
 *   sub-councils, the working groups in progress, the system partners and co-chairs.
 * - 001 (IRCC, LIP results 2008-2013): City of London as lead organization, the London Police
 *   Service newcomer-outreach work, the kinds of members LIP councils usually include.
 * - 002 (CLIF of London and surrounding counties, action plan 2019-2020): CLIF mission, mandate
 *   and member organizations.
 * - 003 (Quinte LIP): the health-led crisis management team and the employers' group, adapted to
 *   London-Middlesex.
 * - 004 (Laval work-cell fact sheet): the work cell on collaboration and continuous support, and
 *   the network types (community / institutional / local concertation).
 *
 * Organizations are real; every person is fictional. Phone numbers use the 519-555-01xx
 * fictional range and every e-mail address ends in .example or @example.org. Membership dates
 * before the seeds' own dates are demo values, not historical records.
 *
 * Plain data with erasable type syntax only: this file must run under Node's type stripping.
 */

export type Bilingual = { fr: string; en: string };

export type Sector =
	| 'settlement'
	| 'school_board'
	| 'health'
	| 'police_justice'
	| 'library'
	| 'employment'
	| 'employer_business'
	| 'municipality'
	| 'post_secondary'
	| 'ethnocultural_faith'
	| 'francophone_community'
	| 'funder'
	| 'social_services'
	| 'housing'
	| 'newcomer';

export interface DemoOrganization {
	key: string;
	name: Bilingual;
	sector: Sector;
	networkType: 'community' | 'institutional' | 'local_concertation';
	/** ISO 639-1 codes of the languages the organization works in. */
	languages: string[];
	areaServed: Bilingual;
	isLead: boolean;
	description: Bilingual;
	website?: string;
	email?: string;
	phone?: string;
	address?: {
		street: string;
		city: string;
		postalCode: string;
		province: 'ON';
		lat: number;
		lng: number;
	};
}

export interface DemoTable {
	key: string;
	parentKey: string | null;
	type: 'council' | 'sub_council' | 'working_group' | 'work_cell' | 'team' | 'committee';
	/** 'governance', 'education', 'employment', 'health_wellbeing', 'inclusion_civic_engagement',
	 *  'justice_protection', 'settlement', 'francophone'. */
	theme: string;
	name: Bilingual;
	mandate: Bilingual;
	/** YYYY-MM-DD */
	startDate: string;
}

export interface DemoPerson {
	key: string;
	givenName: string;
	familyName: string;
	email: string;
	organizationKey: string;
	title: Bilingual;
	preferredLanguage: 'fr' | 'en';
	publicProfile: boolean;
}

export interface DemoMembership {
	personKey?: string;
	organizationKey?: string;
	tableKey: string;
	role: 'chair' | 'co_chair' | 'member' | 'secretary' | 'observer' | 'newcomer_representative';
	startDate: string;
	endDate?: string;
}

// ---------------------------------------------------------------------------------------------
// Partnership
// ---------------------------------------------------------------------------------------------

export const demoPartnership: {
	slug: 'london-middlesex';
	name: Bilingual;
	region: Bilingual;
	defaultLocale: 'en';
} = {
	slug: 'london-middlesex',
	name: {
		fr: 'Partenariat local en immigration de London et Middlesex',
		en: 'London & Middlesex Local Immigration Partnership'
	},
	region: {
		fr: 'Ville de London et comté de Middlesex (Ontario)',
		en: 'City of London and Middlesex County, Ontario'
	},
	defaultLocale: 'en'
};

// ---------------------------------------------------------------------------------------------
// Areas served (shared values)
// ---------------------------------------------------------------------------------------------

const CITY_OF_LONDON: Bilingual = { fr: 'Ville de London', en: 'City of London' };
const LONDON_MIDDLESEX: Bilingual = {
	fr: 'London et comté de Middlesex',
	en: 'London and Middlesex County'
};
const MIDDLESEX_COUNTY: Bilingual = { fr: 'Comté de Middlesex', en: 'Middlesex County' };
const LONDON_AND_SURROUNDING_COUNTIES: Bilingual = {
	fr: 'London et comtés environnants (Middlesex, Elgin et Oxford)',
	en: 'London and surrounding counties (Middlesex, Elgin and Oxford)'
};
const CENTRAL_SOUTHWESTERN_ONTARIO: Bilingual = {
	fr: "Centre-Sud-Ouest de l'Ontario",
	en: 'Central and Southwestern Ontario'
};
const SOUTHWESTERN_ONTARIO: Bilingual = {
	fr: "Sud-Ouest de l'Ontario",
	en: 'Southwestern Ontario'
};
const CANADA: Bilingual = { fr: 'Canada', en: 'Canada' };

// ---------------------------------------------------------------------------------------------
// Organizations
// ---------------------------------------------------------------------------------------------

export const demoOrganizations: DemoOrganization[] = [
	// --- Municipalities -------------------------------------------------------------------------
	{
		key: 'city-of-london',
		name: { fr: 'Ville de London', en: 'City of London' },
		sector: 'municipality',
		networkType: 'institutional',
		languages: ['en', 'fr'],
		areaServed: CITY_OF_LONDON,
		isLead: true,
		description: {
			fr: "Organisme directeur du Partenariat local en immigration de London et Middlesex, qui en héberge le secrétariat. Le Conseil municipal a endossé le Plan stratégique communautaire pour l'immigration en octobre 2010, et la Ville tient le portail immigration.london.ca.",
			en: 'Lead organization of the London & Middlesex Local Immigration Partnership and host of its secretariat. City Council endorsed the Community Strategic Plan for Immigration in October 2010, and the City maintains the immigration.london.ca portal.'
		},
		website: 'https://london.ca',
		email: 'lmlip@london.example',
		phone: '519-555-0100',
		address: {
			street: '300 Dufferin Avenue',
			city: 'London',
			postalCode: 'N6B 1Z2',
			province: 'ON',
			lat: 42.9853,
			lng: -81.2451
		}
	},
	{
		key: 'county-of-middlesex',
		name: { fr: 'Comté de Middlesex', en: 'County of Middlesex' },
		sector: 'municipality',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: MIDDLESEX_COUNTY,
		isLead: false,
		description: {
			fr: "Municipalité de palier supérieur qui regroupe huit municipalités locales autour de London. Partenaire du PLI pour répondre aux besoins d'établissement des nouveaux arrivants en milieu rural.",
			en: 'Upper-tier municipality made up of eight local municipalities around London. Partners with the LIP to meet the settlement needs of newcomers in rural areas.'
		},
		website: 'https://www.middlesex.ca',
		email: 'info@middlesex.example',
		phone: '519-555-0101',
		address: {
			street: '399 Ridout Street North',
			city: 'London',
			postalCode: 'N6A 2P1',
			province: 'ON',
			lat: 42.9838,
			lng: -81.2536
		}
	},
	{
		key: 'strathroy-caradoc',
		name: { fr: 'Municipalité de Strathroy-Caradoc', en: 'Municipality of Strathroy-Caradoc' },
		sector: 'municipality',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: {
			fr: 'Strathroy-Caradoc (comté de Middlesex)',
			en: 'Strathroy-Caradoc (Middlesex County)'
		},
		isLead: false,
		description: {
			fr: "Municipalité du comté de Middlesex dont le centre, Strathroy, est la principale plaque tournante de services à l'ouest de London. Participe à l'accueil des travailleurs étrangers temporaires et des familles nouvellement arrivées en milieu rural.",
			en: 'Middlesex County municipality whose centre, Strathroy, is the main service hub west of London. Takes part in welcoming temporary foreign workers and newly arrived families in a rural setting.'
		},
		website: 'https://www.strathroy-caradoc.ca',
		email: 'info@strathroy-caradoc.example',
		phone: '519-555-0102',
		address: {
			street: '52 Frank Street',
			city: 'Strathroy',
			postalCode: 'N7G 2R4',
			province: 'ON',
			lat: 42.9563,
			lng: -81.624
		}
	},

	// --- Settlement ------------------------------------------------------------------------------
	{
		key: 'cclc',
		name: {
			fr: 'London Cross Cultural Learner Centre (CCLC)',
			en: 'London Cross Cultural Learner Centre (CCLC)'
		},
		sector: 'settlement',
		networkType: 'community',
		languages: ['en', 'fr', 'ar', 'es'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Organisme d'aide à l'établissement fondé en 1968 : évaluation des besoins et aiguillage, information et orientation, aide à l'emploi et centre d'accueil des réfugiés réinstallés. Sa vision : bâtir une communauté plus accueillante où les nouveaux arrivants peuvent réussir.",
			en: 'Settlement agency founded in 1968: needs assessment and referral, information and orientation, employment support and a reception centre for resettled refugees. Its vision: a more welcoming community where newcomers can succeed.'
		},
		website: 'https://lcclc.org',
		email: 'info@lcclc.example',
		phone: '519-555-0103',
		address: {
			street: '505 Dundas Street',
			city: 'London',
			postalCode: 'N6B 1W4',
			province: 'ON',
			lat: 42.9864,
			lng: -81.241
		}
	},
	{
		key: 'luso',
		name: { fr: 'LUSO Community Services', en: 'LUSO Community Services' },
		sector: 'settlement',
		networkType: 'community',
		languages: ['en', 'pt', 'es', 'ar'],
		areaServed: { fr: 'Nord-est de London', en: 'Northeast London' },
		isLead: false,
		description: {
			fr: "Centre de ressources de quartier multiculturel du nord-est de London, fondé en 1979 sous le nom de Portuguese Community Services. Offre des services d'établissement, des programmes de littératie familiale et des programmes jeunesse.",
			en: 'Multicultural neighbourhood resource centre in northeast London, founded in 1979 as Portuguese Community Services. Offers settlement services, family literacy programs and youth programs.'
		},
		website: 'https://www.lusocentre.org',
		email: 'info@lusocentre.example',
		phone: '519-555-0104'
	},
	{
		key: 'slnrc',
		name: {
			fr: 'South London Neighbourhood Resource Centre',
			en: 'South London Neighbourhood Resource Centre'
		},
		sector: 'settlement',
		networkType: 'community',
		languages: ['en', 'ar', 'es'],
		areaServed: { fr: 'Sud de London', en: 'South London' },
		isLead: false,
		description: {
			fr: "Centre de ressources de quartier du sud de London qui offre des services d'établissement, des programmes pour les familles et des activités d'engagement communautaire.",
			en: 'Neighbourhood resource centre in south London offering settlement services, family programs and community engagement activities.'
		},
		email: 'info@slnrc.example',
		phone: '519-555-0105',
		address: {
			street: '1119 Jalna Boulevard',
			city: 'London',
			postalCode: 'N6E 3B3',
			province: 'ON',
			lat: 42.9326,
			lng: -81.2264
		}
	},

	// --- School boards ---------------------------------------------------------------------------
	{
		key: 'tvdsb',
		name: { fr: 'Thames Valley District School Board', en: 'Thames Valley District School Board' },
		sector: 'school_board',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: {
			fr: 'London et comtés de Middlesex, Elgin et Oxford',
			en: 'London and Middlesex, Elgin and Oxford counties'
		},
		isLead: false,
		description: {
			fr: "Conseil scolaire public de langue anglaise. A collaboré avec le Service de police de London à l'adaptation du matériel de prise de contact avec les nouveaux arrivants utilisé dans les programmes de formation linguistique.",
			en: 'English-language public school board. Worked with the London Police Service to adapt the newcomer outreach materials used in language training programs.'
		},
		website: 'https://www.tvdsb.ca',
		email: 'info@tvdsb.example',
		phone: '519-555-0106',
		address: {
			street: '1250 Dundas Street',
			city: 'London',
			postalCode: 'N5W 5P2',
			province: 'ON',
			lat: 42.9962,
			lng: -81.2098
		}
	},
	{
		key: 'ldcsb',
		name: {
			fr: 'London District Catholic School Board',
			en: 'London District Catholic School Board'
		},
		sector: 'school_board',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Conseil scolaire catholique de langue anglaise de London et du comté de Middlesex, l'un des partenaires du système mobilisés dès la création du PLI.",
			en: 'English-language Catholic school board for London and Middlesex County, one of the system partners engaged from the start of the LIP.'
		},
		website: 'https://www.ldcsb.ca',
		email: 'info@ldcsb.example',
		phone: '519-555-0107',
		address: {
			street: '5200 Wellington Road South',
			city: 'London',
			postalCode: 'N6E 3X8',
			province: 'ON',
			lat: 42.9095,
			lng: -81.2215
		}
	},
	{
		key: 'cs-viamonde',
		name: { fr: 'Conseil scolaire Viamonde', en: 'Conseil scolaire Viamonde' },
		sector: 'school_board',
		networkType: 'institutional',
		languages: ['fr'],
		areaServed: CENTRAL_SOUTHWESTERN_ONTARIO,
		isLead: false,
		description: {
			fr: "Conseil scolaire public de langue française qui gère des écoles élémentaires et secondaires à London, dont l'École secondaire Gabriel-Dumont. Membre du CLIF de London et comtés environnants.",
			en: 'French-language public school board running elementary and secondary schools in London, including École secondaire Gabriel-Dumont. Member of the London and surrounding counties CLIF.'
		},
		website: 'https://csviamonde.ca',
		email: 'info@csviamonde.example',
		phone: '519-555-0108'
	},
	{
		key: 'csc-providence',
		name: {
			fr: 'Conseil scolaire catholique Providence',
			en: 'Conseil scolaire catholique Providence'
		},
		sector: 'school_board',
		networkType: 'institutional',
		languages: ['fr'],
		areaServed: SOUTHWESTERN_ONTARIO,
		isLead: false,
		description: {
			fr: "Conseil scolaire catholique de langue française qui gère notamment l'École secondaire catholique Monseigneur-Bruyère à London. Membre du CLIF de London et comtés environnants.",
			en: 'French-language Catholic school board whose schools include École secondaire catholique Monseigneur-Bruyère in London. Member of the London and surrounding counties CLIF.'
		},
		website: 'https://cscprovidence.ca',
		email: 'info@cscprovidence.example',
		phone: '519-555-0109'
	},

	// --- Health ----------------------------------------------------------------------------------
	{
		key: 'mlhu',
		name: { fr: 'Bureau de santé de Middlesex-London', en: 'Middlesex-London Health Unit' },
		sector: 'health',
		networkType: 'institutional',
		languages: ['en', 'fr'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Bureau de santé publique de London et du comté de Middlesex. A contribué au Guide pour vos services de santé et de bien-être à London et Middlesex et offre des occasions d'apprentissage aux immigrants.",
			en: 'Public health unit for London and Middlesex County. Contributed to the Guide to Your Health & Wellbeing Services in London and Middlesex and offers learning opportunities to immigrants.'
		},
		website: 'https://www.healthunit.com',
		email: 'health@healthunit.example',
		phone: '519-555-0110',
		address: {
			street: '355 Wellington Street, Suite 110',
			city: 'London',
			postalCode: 'N6A 3N7',
			province: 'ON',
			lat: 42.9812,
			lng: -81.2458
		}
	},
	{
		key: 'lihc',
		name: { fr: 'London InterCommunity Health Centre', en: 'London InterCommunity Health Centre' },
		sector: 'health',
		networkType: 'community',
		languages: ['en', 'es', 'ar'],
		areaServed: CITY_OF_LONDON,
		isLead: false,
		description: {
			fr: 'Centre de santé communautaire qui offre des soins de santé et des services sociaux inclusifs aux personnes qui font face à des obstacles, notamment les immigrants et les réfugiés.',
			en: 'Community health centre providing inclusive health care and social services to people who face barriers to care, including immigrants and refugees.'
		},
		website: 'https://lihc.on.ca',
		email: 'info@lihc.example',
		phone: '519-555-0111',
		address: {
			street: '659 Dundas Street',
			city: 'London',
			postalCode: 'N5W 2Z1',
			province: 'ON',
			lat: 42.989,
			lng: -81.2345
		}
	},
	{
		key: 'lhsc',
		name: { fr: 'London Health Sciences Centre', en: 'London Health Sciences Centre' },
		sector: 'health',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: SOUTHWESTERN_ONTARIO,
		isLead: false,
		description: {
			fr: "Centre hospitalier universitaire de soins actifs (hôpitaux Victoria et University). Partenaire pour l'accès à l'interprétation en personne et l'abolition des obstacles systémiques aux soins.",
			en: 'Acute-care teaching hospital (Victoria and University hospitals). Partners on access to in-person interpretation and on removing systemic barriers to care.'
		},
		website: 'https://www.lhsc.on.ca',
		email: 'info@lhsc.example',
		phone: '519-555-0112',
		address: {
			street: '800 Commissioners Road East',
			city: 'London',
			postalCode: 'N6A 5W9',
			province: 'ON',
			lat: 42.9607,
			lng: -81.2259
		}
	},

	// --- Police and justice ----------------------------------------------------------------------
	{
		key: 'london-police',
		name: { fr: 'Service de police de London', en: 'London Police Service' },
		sector: 'police_justice',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: CITY_OF_LONDON,
		isLead: false,
		description: {
			fr: "S'est associé à d'autres membres du PLI pour inciter les nouveaux arrivants à se familiariser avec le système de justice et pour établir des relations avec les communautés ethnoculturelles. Il en a résulté un DVD de prise de contact et des plans de leçon intégrés aux cours d'anglais langue seconde.",
			en: 'Joined other LIP members to encourage newcomers to become familiar with the justice system and to build relationships with ethnocultural communities. The work produced a newcomer outreach DVD and lesson plans built into English as a Second Language classes.'
		},
		website: 'https://www.londonpolice.ca',
		email: 'outreach@londonpolice.example',
		phone: '519-555-0113',
		address: {
			street: '601 Dundas Street',
			city: 'London',
			postalCode: 'N6B 1X1',
			province: 'ON',
			lat: 42.9878,
			lng: -81.2378
		}
	},
	{
		key: 'nlslm',
		name: {
			fr: 'Neighbourhood Legal Services London & Middlesex',
			en: 'Neighbourhood Legal Services London & Middlesex'
		},
		sector: 'police_justice',
		networkType: 'community',
		languages: ['en'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Clinique juridique communautaire (logement, sécurité du revenu, aide sociale) qui offre aussi de l'éducation juridique publique et des formations aux organismes de London et Middlesex.",
			en: 'Community legal clinic (housing, income maintenance, social assistance) that also provides public legal education and training to agencies in London and Middlesex.'
		},
		website: 'https://nlslm.com',
		email: 'info@nlslm.example',
		phone: '519-555-0114'
	},

	// --- Social services and housing -------------------------------------------------------------
	{
		key: 'cas-london-middlesex',
		name: {
			fr: "Société d'aide à l'enfance de London et Middlesex",
			en: "Children's Aid Society of London & Middlesex"
		},
		sector: 'social_services',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Organisme de protection de l'enfance qui offre, avec le PLI, des occasions d'apprentissage aux familles immigrantes sur l'éducation des enfants et le système de protection de la jeunesse.",
			en: 'Child protection agency that offers, with the LIP, learning opportunities for immigrant families on parenting and the child welfare system.'
		},
		website: 'https://www.caslondon.on.ca',
		email: 'info@caslondon.example',
		phone: '519-555-0115'
	},
	{
		key: 'lmch',
		name: {
			fr: 'London & Middlesex Community Housing',
			en: 'London & Middlesex Community Housing'
		},
		sector: 'housing',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Fournisseur de logements communautaires de London et Middlesex. Partenaire visé pour les séances d'information des nouveaux arrivants sur le logement; ne siège encore à aucune table.",
			en: 'Community housing provider for London and Middlesex. A target partner for newcomer information sessions on housing; does not yet sit at any table.'
		},
		website: 'https://www.lmch.ca',
		email: 'info@lmch.example',
		phone: '519-555-0116'
	},
	{
		key: 'pillar',
		name: { fr: 'Pillar Nonprofit Network', en: 'Pillar Nonprofit Network' },
		sector: 'social_services',
		networkType: 'community',
		languages: ['en'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Réseau qui appuie les organismes sans but lucratif, l'entrepreneuriat social et l'innovation civique à London. Aide les fournisseurs de services à accéder à du financement durable, à de la formation et à des ressources.",
			en: 'Network supporting nonprofits, social enterprise and civic innovation in London. Helps service providers gain access to sustainable funding, training and resources.'
		},
		website: 'https://pillarnonprofit.ca',
		email: 'info@pillarnonprofit.example',
		phone: '519-555-0117'
	},

	// --- Libraries -------------------------------------------------------------------------------
	{
		key: 'london-public-library',
		name: { fr: 'Bibliothèque publique de London', en: 'London Public Library' },
		sector: 'library',
		networkType: 'institutional',
		languages: ['en', 'fr'],
		areaServed: CITY_OF_LONDON,
		isLead: false,
		description: {
			fr: "Réseau de bibliothèques publiques de London (bibliothèque centrale et succursales de quartier). Accueille des activités pour les nouveaux arrivants, dont la projection d'un film du CLIF lors de la Semaine nationale de l'immigration francophone.",
			en: "London's public library system (Central Library and neighbourhood branches). Hosts activities for newcomers, including a CLIF film screening during National Francophone Immigration Week."
		},
		website: 'https://www.lpl.ca',
		email: 'info@lpl.example',
		phone: '519-555-0118',
		address: {
			street: '251 Dundas Street',
			city: 'London',
			postalCode: 'N6A 6H9',
			province: 'ON',
			lat: 42.9834,
			lng: -81.2467
		}
	},
	{
		key: 'middlesex-county-library',
		name: { fr: 'Middlesex County Library', en: 'Middlesex County Library' },
		sector: 'library',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: MIDDLESEX_COUNTY,
		isLead: false,
		description: {
			fr: "Réseau de bibliothèques publiques des collectivités rurales du comté de Middlesex. Offre dans ses succursales, dont celle de Strathroy, de l'information sur les services d'établissement.",
			en: 'Public library system serving the rural communities of Middlesex County. Its branches, including Strathroy, offer information on settlement services.'
		},
		email: 'info@middlesexlibrary.example',
		phone: '519-555-0119',
		address: {
			street: '34 Frank Street',
			city: 'Strathroy',
			postalCode: 'N7G 2R4',
			province: 'ON',
			lat: 42.9561,
			lng: -81.6232
		}
	},

	// --- Employment ------------------------------------------------------------------------------
	{
		key: 'wil',
		name: { fr: 'WIL Employment Connections', en: 'WIL Employment Connections' },
		sector: 'employment',
		networkType: 'community',
		languages: ['en'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Organisme de services d'emploi qui offre aux nouveaux arrivants de l'orientation professionnelle, des programmes de transition vers le marché du travail et des liens avec les employeurs.",
			en: 'Employment services agency offering newcomers career guidance, labour-market bridging programs and connections with employers.'
		},
		website: 'https://wil.ca',
		email: 'info@wil.example',
		phone: '519-555-0120',
		address: {
			street: '141 Dundas Street',
			city: 'London',
			postalCode: 'N6A 1G3',
			province: 'ON',
			lat: 42.9829,
			lng: -81.2518
		}
	},
	{
		key: 'esclm',
		name: {
			fr: 'Employment Sector Council London-Middlesex (ESCLM)',
			en: 'Employment Sector Council London-Middlesex (ESCLM)'
		},
		sector: 'employment',
		networkType: 'local_concertation',
		languages: ['en'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Réseau de concertation des fournisseurs de services d'emploi. Son Processus commun d'évaluation (PCE) respecte la diversité en aidant les clients à atteindre leurs objectifs d'emploi.",
			en: 'Network of employment service providers. Its Common Assessment Process respects diversity by helping clients reach their employment goals.'
		},
		email: 'info@esclm.example',
		phone: '519-555-0121'
	},
	{
		key: 'lmiec',
		name: {
			fr: 'London Middlesex Immigrant Employment Council (LMIEC)',
			en: 'London Middlesex Immigrant Employment Council (LMIEC)'
		},
		sector: 'employment',
		networkType: 'local_concertation',
		languages: ['en'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Conseil pour l'emploi des immigrants qui fait la promotion, auprès des employeurs, de toutes les ressources disponibles pour les encourager à embaucher des immigrants.",
			en: 'Immigrant employment council that promotes to employers all the resources available to encourage them to hire immigrants.'
		},
		email: 'info@lmiec.example',
		phone: '519-555-0122'
	},
	{
		key: 'seo',
		name: {
			fr: "Société économique de l'Ontario (SEO)",
			en: "Société économique de l'Ontario (SEO)"
		},
		sector: 'employment',
		networkType: 'community',
		languages: ['fr', 'en'],
		areaServed: { fr: 'Ontario', en: 'Ontario' },
		isLead: false,
		description: {
			fr: "Organisme francophone de développement économique et d'employabilité. Organise avec le CLIF des activités de sensibilisation des employeurs au recrutement d'immigrants francophones et bilingues.",
			en: 'Francophone economic development and employability organization. Runs activities with the CLIF to encourage employers to recruit francophone and bilingual immigrants.'
		},
		email: 'london@seo.example',
		phone: '519-555-0123'
	},

	// --- Employers and business ------------------------------------------------------------------
	{
		key: 'london-chamber',
		name: { fr: 'London Chamber of Commerce', en: 'London Chamber of Commerce' },
		sector: 'employer_business',
		networkType: 'community',
		languages: ['en'],
		areaServed: CITY_OF_LONDON,
		isLead: false,
		description: {
			fr: "Regroupement des entreprises de London. Conçoit avec le PLI des ressources de soutien à l'intégration économique et des activités de sensibilisation des employeurs à la diversité.",
			en: "London's business association. Works with the LIP on economic-integration resources and on diversity awareness activities for employers."
		},
		website: 'https://www.londonchamber.com',
		email: 'info@londonchamber.example',
		phone: '519-555-0124',
		address: {
			street: '244 Pall Mall Street, Suite 101',
			city: 'London',
			postalCode: 'N6A 5P6',
			province: 'ON',
			lat: 42.9922,
			lng: -81.2488
		}
	},
	{
		key: 'ledc',
		name: {
			fr: 'London Economic Development Corporation (LEDC)',
			en: 'London Economic Development Corporation (LEDC)'
		},
		sector: 'employer_business',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: CITY_OF_LONDON,
		isLead: false,
		description: {
			fr: "Société de développement économique de London. Appuie l'attraction de talents et le jumelage des chercheurs d'emploi immigrants avec les entreprises locales.",
			en: "London's economic development corporation. Supports talent attraction and the matching of immigrant job seekers with local businesses."
		},
		website: 'https://www.ledc.com',
		email: 'info@ledc.example',
		phone: '519-555-0125'
	},
	{
		key: 'canada-life',
		name: { fr: 'Canada Vie', en: 'Canada Life' },
		sector: 'employer_business',
		networkType: 'institutional',
		languages: ['en', 'fr'],
		areaServed: CANADA,
		isLead: false,
		description: {
			fr: "Grand employeur du secteur de l'assurance dont un important centre d'affaires se trouve à London. Membre du groupe d'employeurs du sous-conseil sur l'emploi.",
			en: 'Major insurance-sector employer with a large office in London. Member of the Employment Sub-Council employers group.'
		},
		website: 'https://www.canadalife.com',
		email: 'careers@canadalife.example',
		phone: '519-555-0126',
		address: {
			street: '255 Dufferin Avenue',
			city: 'London',
			postalCode: 'N6A 4K1',
			province: 'ON',
			lat: 42.987,
			lng: -81.248
		}
	},
	{
		key: '3m-canada',
		name: { fr: '3M Canada', en: '3M Canada' },
		sector: 'employer_business',
		networkType: 'institutional',
		languages: ['en', 'fr'],
		areaServed: CANADA,
		isLead: false,
		description: {
			fr: "Fabricant dont le siège social canadien est à London. Membre du groupe d'employeurs du sous-conseil sur l'emploi, qui explore de nouvelles avenues de recrutement et l'inclusion en milieu de travail.",
			en: 'Manufacturer with its Canadian head office in London. Member of the Employment Sub-Council employers group, exploring new recruitment avenues and workplace inclusion.'
		},
		website: 'https://www.3m.ca',
		email: 'careers@3m-canada.example',
		phone: '519-555-0127',
		address: {
			street: '300 Tartan Drive',
			city: 'London',
			postalCode: 'N5V 4M9',
			province: 'ON',
			lat: 43.0315,
			lng: -81.1575
		}
	},

	// --- Post-secondary --------------------------------------------------------------------------
	{
		key: 'western',
		name: { fr: 'Université Western', en: 'Western University' },
		sector: 'post_secondary',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: CANADA,
		isLead: false,
		description: {
			fr: "En partenariat avec l'Initiative des communautés accueillantes, l'université a produit en janvier 2010 l'Inventaire de la capacité et des besoins de la communauté. Partenaire stratégique de recherche du PLI, notamment par son programme Migration and Ethnic Relations.",
			en: 'With the Welcoming Communities Initiative, the university produced the Community Capacity and Needs Inventory in January 2010. A strategic research partner of the LIP, notably through its Migration and Ethnic Relations program.'
		},
		website: 'https://www.uwo.ca',
		email: 'info@uwo.example',
		phone: '519-555-0128',
		address: {
			street: '1151 Richmond Street',
			city: 'London',
			postalCode: 'N6A 3K7',
			province: 'ON',
			lat: 43.0096,
			lng: -81.2737
		}
	},
	{
		key: 'fanshawe',
		name: { fr: 'Collège Fanshawe', en: 'Fanshawe College' },
		sector: 'post_secondary',
		networkType: 'institutional',
		languages: ['en'],
		areaServed: SOUTHWESTERN_ONTARIO,
		isLead: false,
		description: {
			fr: "Collège d'arts appliqués et de technologie de London qui accueille de nombreux étudiants étrangers et offre de la formation linguistique et des programmes de transition professionnelle.",
			en: 'London college of applied arts and technology that welcomes many international students and offers language training and career bridging programs.'
		},
		website: 'https://www.fanshawec.ca',
		email: 'info@fanshawec.example',
		phone: '519-555-0129',
		address: {
			street: '1001 Fanshawe College Boulevard',
			city: 'London',
			postalCode: 'N5Y 5R6',
			province: 'ON',
			lat: 43.0126,
			lng: -81.1999
		}
	},
	{
		key: 'college-boreal',
		name: { fr: 'Collège Boréal', en: 'Collège Boréal' },
		sector: 'post_secondary',
		networkType: 'institutional',
		languages: ['fr', 'en'],
		areaServed: LONDON_AND_SURROUNDING_COUNTIES,
		isLead: false,
		description: {
			fr: "Collège de langue française dont le site de London offre des services d'établissement aux nouveaux arrivants, des Cours de langue pour les immigrants au Canada (CLIC) et des services d'emploi. Membre du CLIF de London et comtés environnants.",
			en: 'French-language college whose London site offers settlement services to newcomers, Language Instruction for Newcomers to Canada (LINC/CLIC) and employment services. Member of the London and surrounding counties CLIF.'
		},
		website: 'https://www.collegeboreal.ca',
		email: 'london@collegeboreal.example',
		phone: '519-555-0130',
		address: {
			street: '142 Fullarton Street',
			city: 'London',
			postalCode: 'N6A 5P3',
			province: 'ON',
			lat: 42.9866,
			lng: -81.2515
		}
	},

	// --- Ethnocultural and faith -----------------------------------------------------------------
	{
		key: 'mrcssi',
		name: {
			fr: 'Muslim Resource Centre for Social Support and Integration (MRCSSI)',
			en: 'Muslim Resource Centre for Social Support and Integration (MRCSSI)'
		},
		sector: 'ethnocultural_faith',
		networkType: 'community',
		languages: ['en', 'ar', 'so'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: 'Organisme communautaire qui offre aux familles musulmanes et nouvellement arrivées un soutien culturellement adapté, notamment en prévention de la violence familiale.',
			en: 'Community organization offering culturally responsive support to Muslim and newcomer families, including family violence prevention.'
		},
		email: 'info@mrcssi.example',
		phone: '519-555-0131'
	},
	{
		key: 'london-muslim-mosque',
		name: { fr: 'London Muslim Mosque', en: 'London Muslim Mosque' },
		sector: 'ethnocultural_faith',
		networkType: 'community',
		languages: ['en', 'ar'],
		areaServed: CITY_OF_LONDON,
		isLead: false,
		description: {
			fr: "Lieu de culte et centre communautaire. Relais auprès des familles nouvellement arrivées pour la diffusion d'information et l'organisation d'événements de quartier.",
			en: 'Place of worship and community centre. A link to newly arrived families for sharing information and organizing neighbourhood events.'
		},
		email: 'info@londonmuslimmosque.example',
		phone: '519-555-0132',
		address: {
			street: '151 Oxford Street West',
			city: 'London',
			postalCode: 'N6H 1S3',
			province: 'ON',
			lat: 42.9928,
			lng: -81.2628
		}
	},

	// --- Francophone community -------------------------------------------------------------------
	{
		key: 'ccfl',
		name: {
			fr: 'Carrefour communautaire francophone de London (CCFL)',
			en: 'Carrefour communautaire francophone de London (CCFL)'
		},
		sector: 'francophone_community',
		networkType: 'community',
		languages: ['fr', 'en'],
		areaServed: LONDON_AND_SURROUNDING_COUNTIES,
		isLead: false,
		description: {
			fr: 'Centre communautaire francophone (anciennement Centre communautaire régional de London) qui offre des services aux nouveaux arrivants, dont le programme Connexions communautaires et le Carrefour ethnoculturel. Membre du CLIF de London et comtés environnants.',
			en: 'Francophone community centre (formerly Centre communautaire régional de London) offering newcomer services, including the Community Connections program and the Ethnocultural Hub. Member of the London and surrounding counties CLIF.'
		},
		website: 'https://www.ccflondon.ca',
		email: 'info@ccflondon.example',
		phone: '519-555-0133',
		address: {
			street: '920 Huron Street',
			city: 'London',
			postalCode: 'N5Y 4K4',
			province: 'ON',
			lat: 43.0078,
			lng: -81.216
		}
	},
	{
		key: 'rifcso',
		name: {
			fr: 'Réseau en immigration francophone du Centre-Sud-Ouest (RIFCSO)',
			en: 'Réseau en immigration francophone du Centre-Sud-Ouest (RIFCSO)'
		},
		sector: 'francophone_community',
		networkType: 'local_concertation',
		languages: ['fr'],
		areaServed: CENTRAL_SOUTHWESTERN_ONTARIO,
		isLead: false,
		description: {
			fr: "L'un des trois réseaux en immigration francophone de l'Ontario. Coordonne la concertation en immigration francophone dans le Centre-Sud-Ouest et appuie les comités locaux (CLIF) dans la mise en œuvre de son plan d'action.",
			en: "One of Ontario's three francophone immigration networks. Coordinates francophone immigration planning in Central and Southwestern Ontario and supports the local committees (CLIFs) in carrying out its action plan."
		},
		email: 'info@rifcso.example',
		phone: '519-555-0134'
	},
	{
		key: 'tfilce',
		name: {
			fr: 'Table Franco-Info de London et comtés environnants (TFILCE)',
			en: 'Table Franco-Info de London et comtés environnants (TFILCE)'
		},
		sector: 'francophone_community',
		networkType: 'local_concertation',
		languages: ['fr'],
		areaServed: LONDON_AND_SURROUNDING_COUNTIES,
		isLead: false,
		description: {
			fr: "Table de concertation des organismes francophones de London et des comtés environnants. Son comité de communication pilote le site « London, c'est chez moi ».",
			en: "Coordination table of the francophone organizations of London and surrounding counties. Its communications committee runs the « London, c'est chez moi » website."
		},
		email: 'franco-info@ccflondon.example',
		phone: '519-555-0135'
	},
	{
		key: 'acfo-london-sarnia',
		name: { fr: 'ACFO London-Sarnia', en: 'ACFO London-Sarnia' },
		sector: 'francophone_community',
		networkType: 'community',
		languages: ['fr'],
		areaServed: { fr: 'London, Sarnia et leurs régions', en: 'London, Sarnia and their regions' },
		isLead: false,
		description: {
			fr: 'Ancienne association régionale de représentation de la communauté francophone de London et de Sarnia, qui a cessé ses activités en 2017; son rôle a été repris par les centres communautaires francophones de London et de Sarnia.',
			en: 'Former regional association representing the francophone community of London and Sarnia; it ceased operating in 2017 and its role was taken over by the francophone community centres of London and Sarnia.'
		}
	},

	// --- Funders ---------------------------------------------------------------------------------
	{
		key: 'ircc',
		name: {
			fr: 'Immigration, Réfugiés et Citoyenneté Canada (IRCC)',
			en: 'Immigration, Refugees and Citizenship Canada (IRCC)'
		},
		sector: 'funder',
		networkType: 'institutional',
		languages: ['en', 'fr'],
		areaServed: CANADA,
		isLead: false,
		description: {
			fr: 'Ministère fédéral qui finance les Partenariats locaux en immigration. Sous son ancien nom, Citoyenneté et Immigration Canada, il a approuvé le Plan stratégique du PLI de London et Middlesex en août 2010.',
			en: 'Federal department that funds Local Immigration Partnerships. Under its former name, Citizenship and Immigration Canada, it approved the London & Middlesex LIP Strategic Plan in August 2010.'
		},
		website: 'https://www.canada.ca/en/immigration-refugees-citizenship.html',
		email: 'settlement-on@ircc.example',
		phone: '519-555-0136'
	},
	{
		key: 'united-way-em',
		name: { fr: 'United Way Elgin Middlesex', en: 'United Way Elgin Middlesex' },
		sector: 'funder',
		networkType: 'community',
		languages: ['en'],
		areaServed: {
			fr: "London, comté de Middlesex et comté d'Elgin",
			en: 'London, Middlesex County and Elgin County'
		},
		isLead: false,
		description: {
			fr: "Copréside le conseil central depuis la création du PLI, d'abord sous le nom United Way of London & Middlesex. Investit dans des programmes communautaires à London, dans Middlesex et dans Elgin.",
			en: 'Has co-chaired the central council since the LIP began, first as United Way of London & Middlesex. Invests in community programs in London, Middlesex and Elgin.'
		},
		website: 'https://www.unitedwayem.ca',
		email: 'info@unitedwayem.example',
		phone: '519-555-0137',
		address: {
			street: '409 King Street',
			city: 'London',
			postalCode: 'N6B 1S5',
			province: 'ON',
			lat: 42.9829,
			lng: -81.2417
		}
	},

	// --- Newcomers -------------------------------------------------------------------------------
	{
		key: 'newcomer-advisory-circle',
		name: {
			fr: 'Cercle consultatif des personnes nouvellement arrivées',
			en: 'Newcomer Advisory Circle'
		},
		sector: 'newcomer',
		networkType: 'community',
		languages: ['en', 'fr', 'ar', 'es', 'uk'],
		areaServed: LONDON_MIDDLESEX,
		isLead: false,
		description: {
			fr: "Groupe de résidents nouvellement arrivés qui siègent aux tables du PLI à titre individuel pour que leurs points de vue et leurs besoins soient entendus, y compris ceux de personnes qui n'ont jamais eu de contact avec les services d'établissement.",
			en: 'Group of newly arrived residents who sit at LIP tables as individuals so that their views and needs are heard, including those of people who have never used settlement services.'
		},
		email: 'newcomer-circle@example.org'
	}
];

// ---------------------------------------------------------------------------------------------
// Tables: central council, six sub-councils (seed 000), CLIF (seed 002), and three sub-tables
// ---------------------------------------------------------------------------------------------

export const demoTables: DemoTable[] = [
	{
		key: 'central-council',
		parentKey: null,
		type: 'council',
		theme: 'governance',
		name: { fr: 'Conseil central', en: 'Central Council' },
		mandate: {
			fr: "Diriger le travail du Partenariat et s'assurer que des progrès sont réalisés par rapport aux buts du Plan stratégique communautaire pour l'immigration, élaboré avec les six sous-conseils. Fournir un cadre collaboratif pour des solutions locales et régionales durables favorisant l'intégration réussie des immigrants à London et Middlesex.",
			en: "Directs the Partnership's work and ensures progress toward the goals of the Community Strategic Plan for Immigration, developed with the six sub-councils. Provides a collaborative framework for sustainable local and regional solutions for the successful integration of immigrants in London and Middlesex."
		},
		startDate: '2010-02-01'
	},
	{
		key: 'sc-education',
		parentKey: 'central-council',
		type: 'sub_council',
		theme: 'education',
		name: { fr: "Sous-conseil sur l'éducation", en: 'Education Sub-Council' },
		mandate: {
			fr: "Appuyer les parents, le personnel enseignant et les élèves immigrants, et explorer d'autres façons d'offrir les programmes d'anglais langue seconde (ALS). Promouvoir le dépistage et les outils d'évaluation pour l'identification précoce des difficultés d'apprentissage.",
			en: 'Supports immigrant parents, teachers and students, and explores alternative ways to deliver English as a Second Language (ESL) programs. Promotes screening and assessment tools for the early identification of learning difficulties.'
		},
		startDate: '2010-03-01'
	},
	{
		key: 'sc-employment',
		parentKey: 'central-council',
		type: 'sub_council',
		theme: 'employment',
		name: { fr: "Sous-conseil sur l'emploi", en: 'Employment Sub-Council' },
		mandate: {
			fr: "Promouvoir, par l'entremise du London Middlesex Immigrant Employment Council (LMIEC), les ressources offertes aux employeurs pour les encourager à embaucher des immigrants. Améliorer le partage d'information entre les travailleurs en établissement et les conseillers en emploi, et développer des occasions de jumelage et de mentorat par les pairs.",
			en: 'Promotes, through the London Middlesex Immigrant Employment Council (LMIEC), the resources available to employers to encourage them to hire immigrants. Improves information sharing between settlement workers and employment consultants, and develops matching and peer-mentoring opportunities.'
		},
		startDate: '2010-03-01'
	},
	{
		key: 'sc-health-wellbeing',
		parentKey: 'central-council',
		type: 'sub_council',
		theme: 'health_wellbeing',
		name: {
			fr: 'Sous-conseil sur la santé et le bien-être',
			en: 'Health and Wellbeing Sub-Council'
		},
		mandate: {
			fr: "Sensibiliser davantage aux problèmes de santé mentale et fournir de l'appui aux immigrants de façon holistique. Faire connaître le Guide pour vos services de santé et de bien-être à London et Middlesex et offrir des occasions d'apprentissage aux fournisseurs de services.",
			en: 'Raises awareness of mental health issues and supports immigrants holistically. Promotes the Guide to Your Health & Wellbeing Services in London and Middlesex and offers learning opportunities to service providers.'
		},
		startDate: '2010-03-01'
	},
	{
		key: 'sc-inclusion-civic-engagement',
		parentKey: 'central-council',
		type: 'sub_council',
		theme: 'inclusion_civic_engagement',
		name: {
			fr: "Sous-conseil sur l'inclusion et l'engagement civique",
			en: 'Inclusion and Civic Engagement Sub-Council'
		},
		mandate: {
			fr: "Faire en sorte que les résidents de London et Middlesex soient exposés aux traditions, comportements et expériences de toutes les cultures qui constituent la communauté, et s'engagent à les comprendre et à les accepter. Promouvoir les événements de quartier et la participation civique des nouveaux arrivants.",
			en: "Ensures that residents of London and Middlesex are exposed to, educated about and engaged in understanding and accepting the traditions, behaviours and experiences of all the cultures that make up the community. Promotes neighbourhood events and newcomers' civic participation."
		},
		startDate: '2010-03-01'
	},
	{
		key: 'sc-justice-protection',
		parentKey: 'central-council',
		type: 'sub_council',
		theme: 'justice_protection',
		name: {
			fr: 'Sous-conseil sur la justice et les services de protection',
			en: 'Justice and Protection Services Sub-Council'
		},
		mandate: {
			fr: "Développer des outils et des ressources pour aider les immigrants à accéder aux systèmes de justice et aux services de protection. Mieux faire connaître aux immigrants leurs droits et responsabilités au Canada, notamment en matière de logement, d'éducation des enfants et d'abus envers les aînés.",
			en: "Develops tools and resources to help immigrants access the justice system and protection services. Raises immigrants' awareness of their rights and responsibilities in Canada, including on housing, parenting and elder abuse."
		},
		startDate: '2010-03-01'
	},
	{
		key: 'sc-settlement',
		parentKey: 'central-council',
		type: 'sub_council',
		theme: 'settlement',
		name: { fr: "Sous-conseil sur l'établissement", en: 'Settlement Sub-Council' },
		mandate: {
			fr: "Améliorer l'accès des immigrants aux services d'établissement et la coordination de leur prestation. Tenir à jour le guide Bienvenue à London et le portail immigration.london.ca, et offrir des occasions d'apprentissage aux fournisseurs de services qui travaillent auprès des immigrants.",
			en: "Improves immigrants' access to settlement services and the coordination of their delivery. Keeps the Welcome to London guide and the immigration.london.ca portal up to date, and offers learning opportunities to service providers who work with immigrants."
		},
		startDate: '2010-03-01'
	},
	{
		// The CLIF is the RIFCSO's local committee, not a sub-table of the LMLIP council: the City of
		// London / LMLIP sits on it as a member (seed 002). Hence a second root.
		key: 'clif',
		parentKey: null,
		type: 'committee',
		theme: 'francophone',
		name: {
			fr: 'Comité local en immigration francophone de London et comtés environnants (CLIF)',
			en: 'London and Surrounding Counties Local Francophone Immigration Committee (CLIF)'
		},
		mandate: {
			fr: "Mécanisme de concertation, de collaboration et de planification qui rassemble les acteurs francophones autour des enjeux de l'immigration francophone, pour mieux participer à l'accueil, à l'établissement et à l'intégration réussie des immigrants francophones à London et dans les comtés environnants (Middlesex, Elgin et Oxford). Élabore et met en œuvre un plan local en immigration francophone aligné sur le plan d'action du RIFCSO.",
			en: 'A consultation, collaboration and planning mechanism that brings francophone stakeholders together around francophone immigration issues, to better contribute to the reception, settlement and successful integration of francophone immigrants in London and the surrounding counties (Middlesex, Elgin and Oxford). Develops and carries out a local francophone immigration plan aligned with the RIFCSO action plan.'
		},
		startDate: '2016-10-01'
	},
	{
		key: 'wg-supporting-parents',
		parentKey: 'sc-education',
		type: 'working_group',
		theme: 'education',
		name: { fr: 'Groupe de travail Appuyer les parents', en: 'Supporting Parents Working Group' },
		mandate: {
			fr: "Améliorer l'information offerte aux parents immigrants sur les possibilités et les expériences éducatives de leurs enfants. Concevoir, avec les conseils scolaires et les organismes d'établissement, des séances d'accueil et des ressources multilingues pour les familles.",
			en: "Improves the information available to immigrant parents about their children's educational opportunities and experiences. Designs, with school boards and settlement agencies, welcome sessions and multilingual resources for families."
		},
		startDate: '2010-11-01'
	},
	{
		key: 'team-crisis-management',
		parentKey: 'sc-health-wellbeing',
		type: 'team',
		theme: 'health_wellbeing',
		name: { fr: 'Équipe de gestion de crise', en: 'Crisis Management Team' },
		mandate: {
			fr: 'Groupe de travail convoqué et piloté par le secteur de la santé pour coordonner la réponse aux besoins des nouveaux arrivants en temps de crise, comme la pandémie de COVID-19. Met à la disposition des organismes de santé des données et des ressources sur les immigrants présents dans la communauté.',
			en: "A working group convened and led by the health sector to coordinate the response to newcomers' needs in times of crisis, such as the COVID-19 pandemic. Provides health organizations with data and resources about the immigrants living in the community."
		},
		startDate: '2020-03-30'
	},
	{
		key: 'cell-continuous-support',
		parentKey: 'sc-settlement',
		type: 'work_cell',
		theme: 'settlement',
		name: {
			fr: 'Cellule de travail Collaboration et accompagnement global et continu des personnes immigrantes',
			en: 'Work Cell on Collaboration and Holistic, Continuous Support for Immigrants'
		},
		mandate: {
			fr: "Identifier et préciser les enjeux actuels de la collaboration intersectorielle et multiréseau, et documenter les bonnes pratiques d'accompagnement des personnes en situation de vulnérabilité, particulièrement les nouveaux arrivants, les personnes immigrantes et les communautés ethnoculturelles. Mettre en œuvre des projets communs misant sur l'amélioration du référencement et de la collaboration.",
			en: 'Identifies and clarifies current issues in cross-sector and multi-network collaboration, and documents good practices for supporting people in vulnerable situations, particularly newcomers, immigrants and ethnocultural communities. Carries out joint projects aimed at better referrals and collaboration.'
		},
		startDate: '2021-10-01'
	}
];

// ---------------------------------------------------------------------------------------------
// People (all fictional)
// ---------------------------------------------------------------------------------------------

export const demoPeople: DemoPerson[] = [
	// City of London (lead organization, secretariat)
	{
		key: 'amanda-kowalski',
		givenName: 'Amanda',
		familyName: 'Kowalski',
		email: 'a.kowalski@london.example',
		organizationKey: 'city-of-london',
		title: {
			fr: 'Gestionnaire du Partenariat local en immigration',
			en: 'Local Immigration Partnership Manager'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'patrick-ouellette',
		givenName: 'Patrick',
		familyName: 'Ouellette',
		email: 'p.ouellette@london.example',
		organizationKey: 'city-of-london',
		title: {
			fr: 'Gestionnaire, Développement communautaire',
			en: 'Manager, Community Development'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'nadia-haddad',
		givenName: 'Nadia',
		familyName: 'Haddad',
		email: 'n.haddad@london.example',
		organizationKey: 'city-of-london',
		title: {
			fr: "Coordonnatrice de l'immigration francophone",
			en: 'Francophone Immigration Coordinator'
		},
		preferredLanguage: 'fr',
		publicProfile: true
	},
	// Middlesex County and Strathroy-Caradoc
	{
		key: 'brian-macdonald',
		givenName: 'Brian',
		familyName: 'MacDonald',
		email: 'b.macdonald@middlesex.example',
		organizationKey: 'county-of-middlesex',
		title: { fr: 'Agent de développement économique', en: 'Economic Development Officer' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'jennifer-vanderhoek',
		givenName: 'Jennifer',
		familyName: 'Vanderhoek',
		email: 'j.vanderhoek@strathroy-caradoc.example',
		organizationKey: 'strathroy-caradoc',
		title: {
			fr: 'Coordonnatrice des services communautaires',
			en: 'Community Services Coordinator'
		},
		preferredLanguage: 'en',
		publicProfile: false
	},
	// Settlement
	{
		key: 'tesfaye-gebremedhin',
		givenName: 'Tesfaye',
		familyName: 'Gebremedhin',
		email: 't.gebremedhin@lcclc.example',
		organizationKey: 'cclc',
		title: { fr: "Gestionnaire des services d'établissement", en: 'Settlement Services Manager' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'layla-al-khatib',
		givenName: 'Layla',
		familyName: 'Al-Khatib',
		email: 'l.alkhatib@lcclc.example',
		organizationKey: 'cclc',
		title: {
			fr: 'Conseillère en réinstallation des réfugiés',
			en: 'Refugee Resettlement Counsellor'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'ana-paula-medeiros',
		givenName: 'Ana Paula',
		familyName: 'Medeiros',
		email: 'a.medeiros@lusocentre.example',
		organizationKey: 'luso',
		title: {
			fr: "Coordonnatrice du programme d'établissement",
			en: 'Settlement Program Coordinator'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'diego-restrepo',
		givenName: 'Diego',
		familyName: 'Restrepo',
		email: 'd.restrepo@slnrc.example',
		organizationKey: 'slnrc',
		title: { fr: 'Travailleur en établissement', en: 'Settlement Worker' },
		preferredLanguage: 'en',
		publicProfile: false
	},
	{
		key: 'aminata-diallo',
		givenName: 'Aminata',
		familyName: 'Diallo',
		email: 'a.diallo@collegeboreal.example',
		organizationKey: 'college-boreal',
		title: {
			fr: "Coordonnatrice des services d'établissement",
			en: 'Settlement Services Coordinator'
		},
		preferredLanguage: 'fr',
		publicProfile: true
	},
	// School boards
	{
		key: 'karen-whitfield',
		givenName: 'Karen',
		familyName: 'Whitfield',
		email: 'k.whitfield@tvdsb.example',
		organizationKey: 'tvdsb',
		title: {
			fr: "Coordonnatrice de l'apprentissage, élèves en apprentissage de l'anglais",
			en: 'Learning Coordinator, English Language Learners'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'rajesh-iyer',
		givenName: 'Rajesh',
		familyName: 'Iyer',
		email: 'r.iyer@tvdsb.example',
		organizationKey: 'tvdsb',
		title: {
			fr: "Enseignant d'anglais langue seconde",
			en: 'English as a Second Language Teacher'
		},
		preferredLanguage: 'en',
		publicProfile: false
	},
	{
		key: 'catherine-oneill',
		givenName: 'Catherine',
		familyName: "O'Neill",
		email: 'c.oneill@ldcsb.example',
		organizationKey: 'ldcsb',
		title: {
			fr: "Coordonnatrice de l'accueil des élèves nouvellement arrivés",
			en: 'Newcomer Student Reception Coordinator'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'sylvie-gagnon',
		givenName: 'Sylvie',
		familyName: 'Gagnon',
		email: 's.gagnon@csviamonde.example',
		organizationKey: 'cs-viamonde',
		title: {
			fr: 'Conseillère pédagogique en accueil et en actualisation linguistique',
			en: 'Education Consultant, Newcomer Reception and French Language Support'
		},
		preferredLanguage: 'fr',
		publicProfile: true
	},
	{
		key: 'mathieu-belanger',
		givenName: 'Mathieu',
		familyName: 'Bélanger',
		email: 'm.belanger@cscprovidence.example',
		organizationKey: 'csc-providence',
		title: {
			fr: "Agent d'accueil et de liaison communautaire",
			en: 'Welcome and Community Liaison Officer'
		},
		preferredLanguage: 'fr',
		publicProfile: true
	},
	// Health
	{
		key: 'priya-raman',
		givenName: 'Priya',
		familyName: 'Raman',
		email: 'p.raman@healthunit.example',
		organizationKey: 'mlhu',
		title: { fr: 'Infirmière en santé publique', en: 'Public Health Nurse' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'hamid-rahimi',
		givenName: 'Hamid',
		familyName: 'Rahimi',
		email: 'h.rahimi@lihc.example',
		organizationKey: 'lihc',
		title: {
			fr: 'Responsable du programme de santé des nouveaux arrivants',
			en: 'Newcomer Health Program Lead'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'elena-petrova',
		givenName: 'Elena',
		familyName: 'Petrova',
		email: 'e.petrova@lhsc.example',
		organizationKey: 'lhsc',
		title: {
			fr: "Coordonnatrice des services d'interprétation",
			en: 'Interpreter Services Coordinator'
		},
		preferredLanguage: 'en',
		publicProfile: false
	},
	// Police, justice, protection
	{
		key: 'daniel-mensah',
		givenName: 'Daniel',
		familyName: 'Mensah',
		email: 'd.mensah@londonpolice.example',
		organizationKey: 'london-police',
		title: { fr: 'Agent de liaison communautaire', en: 'Community Liaison Officer' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'rebecca-stein',
		givenName: 'Rebecca',
		familyName: 'Stein',
		email: 'r.stein@nlslm.example',
		organizationKey: 'nlslm',
		title: { fr: 'Travailleuse juridique communautaire', en: 'Community Legal Worker' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'joanne-tran',
		givenName: 'Joanne',
		familyName: 'Tran',
		email: 'j.tran@caslondon.example',
		organizationKey: 'cas-london-middlesex',
		title: { fr: 'Intervenante auprès des familles', en: 'Family Services Worker' },
		preferredLanguage: 'en',
		publicProfile: false
	},
	// Libraries
	{
		key: 'michelle-wong',
		givenName: 'Michelle',
		familyName: 'Wong',
		email: 'm.wong@lpl.example',
		organizationKey: 'london-public-library',
		title: {
			fr: "Bibliothécaire à l'engagement communautaire",
			en: 'Community Engagement Librarian'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'scott-henderson',
		givenName: 'Scott',
		familyName: 'Henderson',
		email: 's.henderson@middlesexlibrary.example',
		organizationKey: 'middlesex-county-library',
		title: { fr: 'Superviseur de la succursale de Strathroy', en: 'Branch Supervisor, Strathroy' },
		preferredLanguage: 'en',
		publicProfile: false
	},
	// Employment
	{
		key: 'olena-shevchenko',
		givenName: 'Olena',
		familyName: 'Shevchenko',
		email: 'o.shevchenko@wil.example',
		organizationKey: 'wil',
		title: { fr: 'Conseillère en emploi', en: 'Employment Consultant' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'mark-stewart',
		givenName: 'Mark',
		familyName: 'Stewart',
		email: 'm.stewart@esclm.example',
		organizationKey: 'esclm',
		title: { fr: 'Coordonnateur du réseau', en: 'Network Coordinator' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'carlos-mendoza',
		givenName: 'Carlos',
		familyName: 'Mendoza',
		email: 'c.mendoza@lmiec.example',
		organizationKey: 'lmiec',
		title: {
			fr: 'Coordonnateur de la mobilisation des employeurs',
			en: 'Employer Engagement Coordinator'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'fatou-ndiaye',
		givenName: 'Fatou',
		familyName: 'Ndiaye',
		email: 'f.ndiaye@seo.example',
		organizationKey: 'seo',
		title: {
			fr: 'Conseillère en développement économique',
			en: 'Economic Development Advisor'
		},
		preferredLanguage: 'fr',
		publicProfile: true
	},
	// Employers and business
	{
		key: 'grace-liu',
		givenName: 'Grace',
		familyName: 'Liu',
		email: 'g.liu@londonchamber.example',
		organizationKey: 'london-chamber',
		title: { fr: 'Gestionnaire des relations avec les membres', en: 'Manager, Member Relations' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'ryan-fitzgerald',
		givenName: 'Ryan',
		familyName: 'Fitzgerald',
		email: 'r.fitzgerald@ledc.example',
		organizationKey: 'ledc',
		title: { fr: "Spécialiste de l'attraction de talents", en: 'Talent Attraction Specialist' },
		preferredLanguage: 'en',
		publicProfile: false
	},
	{
		key: 'kwame-asante',
		givenName: 'Kwame',
		familyName: 'Asante',
		email: 'k.asante@canadalife.example',
		organizationKey: 'canada-life',
		title: {
			fr: 'Conseiller en diversité, équité et inclusion',
			en: 'Diversity, Equity and Inclusion Advisor'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'linda-park',
		givenName: 'Linda',
		familyName: 'Park',
		email: 'l.park@3m-canada.example',
		organizationKey: '3m-canada',
		title: {
			fr: "Partenaire d'affaires, ressources humaines",
			en: 'Human Resources Business Partner'
		},
		preferredLanguage: 'en',
		publicProfile: false
	},
	// Post-secondary
	{
		key: 'meera-krishnan',
		givenName: 'Meera',
		familyName: 'Krishnan',
		email: 'm.krishnan@uwo.example',
		organizationKey: 'western',
		title: {
			fr: 'Chercheuse associée, migration et relations ethniques',
			en: 'Research Associate, Migration and Ethnic Relations'
		},
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'josiane-mukeshimana',
		givenName: 'Josiane',
		familyName: 'Mukeshimana',
		email: 'j.mukeshimana@uwo.example',
		organizationKey: 'western',
		title: { fr: 'Étudiante, Université Western', en: 'Student, Western University' },
		preferredLanguage: 'fr',
		publicProfile: false
	},
	{
		key: 'jasmine-patel',
		givenName: 'Jasmine',
		familyName: 'Patel',
		email: 'j.patel@fanshawec.example',
		organizationKey: 'fanshawe',
		title: { fr: 'Conseillère aux étudiants étrangers', en: 'International Student Advisor' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	// Ethnocultural and faith
	{
		key: 'omar-abdi',
		givenName: 'Omar',
		familyName: 'Abdi',
		email: 'o.abdi@mrcssi.example',
		organizationKey: 'mrcssi',
		title: { fr: 'Intervenant en soutien aux familles', en: 'Family Support Counsellor' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	// Francophone community
	{
		key: 'jean-francois-lavoie',
		givenName: 'Jean-François',
		familyName: 'Lavoie',
		email: 'jf.lavoie@ccflondon.example',
		organizationKey: 'ccfl',
		title: {
			fr: 'Coordonnateur des services aux nouveaux arrivants',
			en: 'Newcomer Services Coordinator'
		},
		preferredLanguage: 'fr',
		publicProfile: true
	},
	{
		key: 'clarisse-uwimana',
		givenName: 'Clarisse',
		familyName: 'Uwimana',
		email: 'c.uwimana@ccflondon.example',
		organizationKey: 'ccfl',
		title: {
			fr: 'Animatrice communautaire, Carrefour ethnoculturel',
			en: 'Community Facilitator, Ethnocultural Hub'
		},
		preferredLanguage: 'fr',
		publicProfile: true
	},
	{
		key: 'patrice-kabongo',
		givenName: 'Patrice',
		familyName: 'Kabongo',
		email: 'p.kabongo@rifcso.example',
		organizationKey: 'rifcso',
		title: { fr: 'Agent de liaison régional', en: 'Regional Liaison Officer' },
		preferredLanguage: 'fr',
		publicProfile: true
	},
	// Funders
	{
		key: 'stephanie-roy',
		givenName: 'Stéphanie',
		familyName: 'Roy',
		email: 's.roy@ircc.example',
		organizationKey: 'ircc',
		title: {
			fr: 'Agente de programme, Établissement',
			en: 'Settlement Program Officer'
		},
		preferredLanguage: 'fr',
		publicProfile: true
	},
	{
		key: 'michael-chen',
		givenName: 'Michael',
		familyName: 'Chen',
		email: 'm.chen@unitedwayem.example',
		organizationKey: 'united-way-em',
		title: { fr: "Directeur de l'impact communautaire", en: 'Director, Community Impact' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	// Newcomer representatives (sit as individuals)
	{
		key: 'mariam-yousef',
		givenName: 'Mariam',
		familyName: 'Yousef',
		email: 'mariam.yousef@example.org',
		organizationKey: 'newcomer-advisory-circle',
		title: { fr: 'Représentante des nouveaux arrivants', en: 'Newcomer Representative' },
		preferredLanguage: 'en',
		publicProfile: true
	},
	{
		key: 'alejandro-rios',
		givenName: 'Alejandro',
		familyName: 'Ríos',
		email: 'alejandro.rios@example.org',
		organizationKey: 'newcomer-advisory-circle',
		title: { fr: 'Représentant des nouveaux arrivants', en: 'Newcomer Representative' },
		preferredLanguage: 'en',
		publicProfile: false
	}
];

// ---------------------------------------------------------------------------------------------
// Memberships (organizations and people at tables, with history)
// ---------------------------------------------------------------------------------------------

export const demoMemberships: DemoMembership[] = [
	// --- Central council: organizations. Founding system partners per seed 000. -----------------
	{
		organizationKey: 'city-of-london',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2010-02-01'
	},
	{
		organizationKey: 'united-way-em',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2010-02-01'
	},
	{
		organizationKey: 'tvdsb',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2010-02-01'
	},
	{
		organizationKey: 'ldcsb',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2010-02-01'
	},
	{
		organizationKey: 'london-public-library',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2010-02-01'
	},
	{
		organizationKey: 'london-police',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2010-02-01'
	},
	{ organizationKey: 'mlhu', tableKey: 'central-council', role: 'member', startDate: '2010-02-01' },
	{
		organizationKey: 'western',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2010-02-01'
	},
	{ organizationKey: 'cclc', tableKey: 'central-council', role: 'member', startDate: '2010-02-01' },
	{ organizationKey: 'luso', tableKey: 'central-council', role: 'member', startDate: '2010-02-01' },
	{ organizationKey: 'lihc', tableKey: 'central-council', role: 'member', startDate: '2010-02-01' },
	{ organizationKey: 'wil', tableKey: 'central-council', role: 'member', startDate: '2010-02-01' },
	{
		organizationKey: 'lmiec',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2010-02-01'
	},
	{
		organizationKey: 'esclm',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2010-02-01',
		endDate: '2019-03-31'
	},
	{
		organizationKey: 'cas-london-middlesex',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2011-06-01'
	},
	{
		organizationKey: 'slnrc',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2012-04-01'
	},
	{
		organizationKey: 'fanshawe',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2013-01-15'
	},
	{
		organizationKey: 'london-chamber',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2014-09-01'
	},
	{
		organizationKey: 'county-of-middlesex',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2015-01-01'
	},
	{
		organizationKey: 'college-boreal',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2016-09-01'
	},
	{
		organizationKey: 'mrcssi',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2017-05-01'
	},
	{ organizationKey: 'ccfl', tableKey: 'central-council', role: 'member', startDate: '2018-09-01' },
	{
		organizationKey: 'ircc',
		tableKey: 'central-council',
		role: 'observer',
		startDate: '2010-02-01'
	},

	// --- Central council: people ------------------------------------------------------------------
	// Co-chaired by the City of London and United Way (seed 000, "Coprésidé par").
	{
		personKey: 'patrick-ouellette',
		tableKey: 'central-council',
		role: 'co_chair',
		startDate: '2021-01-01'
	},
	{
		personKey: 'michael-chen',
		tableKey: 'central-council',
		role: 'co_chair',
		startDate: '2019-06-01'
	},
	{
		personKey: 'amanda-kowalski',
		tableKey: 'central-council',
		role: 'secretary',
		startDate: '2018-03-01'
	},
	{
		personKey: 'alejandro-rios',
		tableKey: 'central-council',
		role: 'newcomer_representative',
		startDate: '2019-09-01',
		endDate: '2022-06-30'
	},
	{
		personKey: 'mariam-yousef',
		tableKey: 'central-council',
		role: 'newcomer_representative',
		startDate: '2022-09-01'
	},
	{
		personKey: 'stephanie-roy',
		tableKey: 'central-council',
		role: 'observer',
		startDate: '2020-04-01'
	},
	// Sub-council and CLIF chairs sit on the central council.
	{
		personKey: 'karen-whitfield',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2020-09-01'
	},
	{
		personKey: 'carlos-mendoza',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2021-04-01'
	},
	{
		personKey: 'hamid-rahimi',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2021-09-01'
	},
	{
		personKey: 'michelle-wong',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2019-09-01'
	},
	{
		personKey: 'rebecca-stein',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2020-01-15'
	},
	{
		personKey: 'tesfaye-gebremedhin',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2019-09-01'
	},
	{
		personKey: 'jean-francois-lavoie',
		tableKey: 'central-council',
		role: 'member',
		startDate: '2019-09-01'
	},

	// --- Education sub-council -------------------------------------------------------------------
	{ organizationKey: 'tvdsb', tableKey: 'sc-education', role: 'member', startDate: '2010-03-01' },
	{ organizationKey: 'ldcsb', tableKey: 'sc-education', role: 'member', startDate: '2010-03-01' },
	{
		organizationKey: 'london-public-library',
		tableKey: 'sc-education',
		role: 'member',
		startDate: '2010-03-01'
	},
	{ organizationKey: 'luso', tableKey: 'sc-education', role: 'member', startDate: '2010-03-01' },
	{
		organizationKey: 'fanshawe',
		tableKey: 'sc-education',
		role: 'member',
		startDate: '2013-01-15'
	},
	{
		organizationKey: 'cs-viamonde',
		tableKey: 'sc-education',
		role: 'member',
		startDate: '2017-09-01'
	},
	{
		organizationKey: 'csc-providence',
		tableKey: 'sc-education',
		role: 'member',
		startDate: '2017-09-01'
	},
	{
		personKey: 'karen-whitfield',
		tableKey: 'sc-education',
		role: 'chair',
		startDate: '2020-09-01'
	},
	{
		personKey: 'catherine-oneill',
		tableKey: 'sc-education',
		role: 'co_chair',
		startDate: '2020-09-01'
	},
	{ personKey: 'rajesh-iyer', tableKey: 'sc-education', role: 'member', startDate: '2021-01-15' },
	{ personKey: 'sylvie-gagnon', tableKey: 'sc-education', role: 'member', startDate: '2018-09-01' },
	{
		personKey: 'mathieu-belanger',
		tableKey: 'sc-education',
		role: 'member',
		startDate: '2018-09-01'
	},
	{
		personKey: 'ana-paula-medeiros',
		tableKey: 'sc-education',
		role: 'member',
		startDate: '2019-01-15'
	},

	// --- Employment sub-council (with the employers group, after seed 003) -----------------------
	{ organizationKey: 'lmiec', tableKey: 'sc-employment', role: 'member', startDate: '2010-03-01' },
	{ organizationKey: 'wil', tableKey: 'sc-employment', role: 'member', startDate: '2010-03-01' },
	{ organizationKey: 'esclm', tableKey: 'sc-employment', role: 'member', startDate: '2010-03-01' },
	{
		organizationKey: 'london-chamber',
		tableKey: 'sc-employment',
		role: 'member',
		startDate: '2014-09-01'
	},
	{ organizationKey: 'ledc', tableKey: 'sc-employment', role: 'member', startDate: '2015-03-01' },
	{
		organizationKey: 'fanshawe',
		tableKey: 'sc-employment',
		role: 'member',
		startDate: '2013-01-15'
	},
	{
		organizationKey: 'college-boreal',
		tableKey: 'sc-employment',
		role: 'member',
		startDate: '2016-09-01'
	},
	{ organizationKey: 'seo', tableKey: 'sc-employment', role: 'member', startDate: '2019-05-01' },
	{
		organizationKey: 'canada-life',
		tableKey: 'sc-employment',
		role: 'member',
		startDate: '2020-02-01'
	},
	{
		organizationKey: '3m-canada',
		tableKey: 'sc-employment',
		role: 'member',
		startDate: '2022-10-01'
	},
	{
		personKey: 'carlos-mendoza',
		tableKey: 'sc-employment',
		role: 'chair',
		startDate: '2021-04-01'
	},
	{
		personKey: 'olena-shevchenko',
		tableKey: 'sc-employment',
		role: 'co_chair',
		startDate: '2022-04-01'
	},
	{ personKey: 'mark-stewart', tableKey: 'sc-employment', role: 'member', startDate: '2019-04-01' },
	{ personKey: 'grace-liu', tableKey: 'sc-employment', role: 'member', startDate: '2021-04-01' },
	{
		personKey: 'ryan-fitzgerald',
		tableKey: 'sc-employment',
		role: 'member',
		startDate: '2019-05-01',
		endDate: '2023-12-31'
	},
	{ personKey: 'kwame-asante', tableKey: 'sc-employment', role: 'member', startDate: '2020-02-01' },
	{ personKey: 'linda-park', tableKey: 'sc-employment', role: 'member', startDate: '2022-10-01' },
	{
		personKey: 'jasmine-patel',
		tableKey: 'sc-employment',
		role: 'member',
		startDate: '2021-09-01'
	},
	{ personKey: 'fatou-ndiaye', tableKey: 'sc-employment', role: 'member', startDate: '2019-05-01' },

	// --- Health and wellbeing sub-council ---------------------------------------------------------
	{
		organizationKey: 'mlhu',
		tableKey: 'sc-health-wellbeing',
		role: 'member',
		startDate: '2010-03-01'
	},
	{
		organizationKey: 'lihc',
		tableKey: 'sc-health-wellbeing',
		role: 'member',
		startDate: '2010-03-01'
	},
	{
		organizationKey: 'cclc',
		tableKey: 'sc-health-wellbeing',
		role: 'member',
		startDate: '2010-03-01'
	},
	{
		organizationKey: 'lhsc',
		tableKey: 'sc-health-wellbeing',
		role: 'member',
		startDate: '2012-02-01'
	},
	{
		organizationKey: 'mrcssi',
		tableKey: 'sc-health-wellbeing',
		role: 'member',
		startDate: '2017-05-01'
	},
	{
		personKey: 'hamid-rahimi',
		tableKey: 'sc-health-wellbeing',
		role: 'chair',
		startDate: '2021-09-01'
	},
	{
		personKey: 'priya-raman',
		tableKey: 'sc-health-wellbeing',
		role: 'co_chair',
		startDate: '2021-09-01'
	},
	{
		personKey: 'elena-petrova',
		tableKey: 'sc-health-wellbeing',
		role: 'member',
		startDate: '2020-01-15'
	},
	{
		personKey: 'layla-al-khatib',
		tableKey: 'sc-health-wellbeing',
		role: 'member',
		startDate: '2019-01-15'
	},
	{
		personKey: 'omar-abdi',
		tableKey: 'sc-health-wellbeing',
		role: 'member',
		startDate: '2019-09-01'
	},

	// --- Inclusion and civic engagement sub-council -----------------------------------------------
	{
		organizationKey: 'london-public-library',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2010-03-01'
	},
	{
		organizationKey: 'western',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2010-03-01'
	},
	{
		organizationKey: 'united-way-em',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2010-03-01'
	},
	{
		organizationKey: 'county-of-middlesex',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2015-01-01'
	},
	{
		organizationKey: 'strathroy-caradoc',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2016-04-01'
	},
	{
		organizationKey: 'middlesex-county-library',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2016-04-01'
	},
	{
		organizationKey: 'london-muslim-mosque',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2016-01-15'
	},
	{
		organizationKey: 'mrcssi',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2017-05-01'
	},
	{
		organizationKey: 'pillar',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2018-02-01'
	},
	{
		organizationKey: 'ccfl',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2018-09-01'
	},
	{
		personKey: 'michelle-wong',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'chair',
		startDate: '2019-09-01'
	},
	{
		personKey: 'meera-krishnan',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'co_chair',
		startDate: '2019-09-01'
	},
	{
		personKey: 'brian-macdonald',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2020-01-15'
	},
	{
		personKey: 'jennifer-vanderhoek',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2021-02-01'
	},
	{
		personKey: 'scott-henderson',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2021-02-01'
	},
	{
		personKey: 'clarisse-uwimana',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'member',
		startDate: '2019-11-01'
	},
	{
		personKey: 'mariam-yousef',
		tableKey: 'sc-inclusion-civic-engagement',
		role: 'newcomer_representative',
		startDate: '2023-01-15'
	},

	// --- Justice and protection services sub-council ----------------------------------------------
	{
		organizationKey: 'london-police',
		tableKey: 'sc-justice-protection',
		role: 'member',
		startDate: '2010-03-01'
	},
	{
		organizationKey: 'nlslm',
		tableKey: 'sc-justice-protection',
		role: 'member',
		startDate: '2010-03-01'
	},
	{
		organizationKey: 'cas-london-middlesex',
		tableKey: 'sc-justice-protection',
		role: 'member',
		startDate: '2011-06-01'
	},
	{
		organizationKey: 'cclc',
		tableKey: 'sc-justice-protection',
		role: 'member',
		startDate: '2010-03-01'
	},
	{
		organizationKey: 'mrcssi',
		tableKey: 'sc-justice-protection',
		role: 'member',
		startDate: '2017-05-01'
	},
	{
		personKey: 'rebecca-stein',
		tableKey: 'sc-justice-protection',
		role: 'chair',
		startDate: '2020-01-15'
	},
	{
		personKey: 'daniel-mensah',
		tableKey: 'sc-justice-protection',
		role: 'co_chair',
		startDate: '2020-01-15'
	},
	{
		personKey: 'joanne-tran',
		tableKey: 'sc-justice-protection',
		role: 'member',
		startDate: '2020-09-01'
	},
	{
		personKey: 'omar-abdi',
		tableKey: 'sc-justice-protection',
		role: 'member',
		startDate: '2019-09-01'
	},

	// --- Settlement sub-council -------------------------------------------------------------------
	{ organizationKey: 'cclc', tableKey: 'sc-settlement', role: 'member', startDate: '2010-03-01' },
	{ organizationKey: 'luso', tableKey: 'sc-settlement', role: 'member', startDate: '2010-03-01' },
	{
		organizationKey: 'london-public-library',
		tableKey: 'sc-settlement',
		role: 'member',
		startDate: '2010-03-01'
	},
	{ organizationKey: 'slnrc', tableKey: 'sc-settlement', role: 'member', startDate: '2012-04-01' },
	{
		organizationKey: 'college-boreal',
		tableKey: 'sc-settlement',
		role: 'member',
		startDate: '2016-09-01'
	},
	{ organizationKey: 'ccfl', tableKey: 'sc-settlement', role: 'member', startDate: '2018-09-01' },
	{ organizationKey: 'ircc', tableKey: 'sc-settlement', role: 'observer', startDate: '2010-03-01' },
	{
		personKey: 'tesfaye-gebremedhin',
		tableKey: 'sc-settlement',
		role: 'chair',
		startDate: '2019-09-01'
	},
	{
		personKey: 'ana-paula-medeiros',
		tableKey: 'sc-settlement',
		role: 'co_chair',
		startDate: '2019-09-01'
	},
	{
		personKey: 'layla-al-khatib',
		tableKey: 'sc-settlement',
		role: 'member',
		startDate: '2019-01-15'
	},
	{
		personKey: 'diego-restrepo',
		tableKey: 'sc-settlement',
		role: 'member',
		startDate: '2018-01-15',
		endDate: '2023-08-31'
	},
	{
		personKey: 'aminata-diallo',
		tableKey: 'sc-settlement',
		role: 'member',
		startDate: '2019-04-01'
	},
	{
		personKey: 'jean-francois-lavoie',
		tableKey: 'sc-settlement',
		role: 'member',
		startDate: '2019-09-01'
	},

	// --- CLIF: member organizations as listed in seed 002 -----------------------------------------
	{ organizationKey: 'ccfl', tableKey: 'clif', role: 'member', startDate: '2016-10-01' },
	{ organizationKey: 'college-boreal', tableKey: 'clif', role: 'member', startDate: '2016-10-01' },
	{ organizationKey: 'csc-providence', tableKey: 'clif', role: 'member', startDate: '2016-10-01' },
	{ organizationKey: 'cs-viamonde', tableKey: 'clif', role: 'member', startDate: '2016-10-01' },
	{ organizationKey: 'rifcso', tableKey: 'clif', role: 'member', startDate: '2016-10-01' },
	{ organizationKey: 'seo', tableKey: 'clif', role: 'member', startDate: '2016-10-01' },
	{ organizationKey: 'city-of-london', tableKey: 'clif', role: 'member', startDate: '2016-10-01' },
	{
		organizationKey: 'acfo-london-sarnia',
		tableKey: 'clif',
		role: 'member',
		startDate: '2016-10-01',
		endDate: '2017-06-30'
	},
	{ organizationKey: 'tfilce', tableKey: 'clif', role: 'observer', startDate: '2019-04-01' },
	{ personKey: 'jean-francois-lavoie', tableKey: 'clif', role: 'chair', startDate: '2019-04-01' },
	{ personKey: 'aminata-diallo', tableKey: 'clif', role: 'co_chair', startDate: '2019-04-01' },
	{ personKey: 'patrice-kabongo', tableKey: 'clif', role: 'secretary', startDate: '2019-04-01' },
	{ personKey: 'nadia-haddad', tableKey: 'clif', role: 'member', startDate: '2019-04-01' },
	{ personKey: 'sylvie-gagnon', tableKey: 'clif', role: 'member', startDate: '2019-04-01' },
	{ personKey: 'mathieu-belanger', tableKey: 'clif', role: 'member', startDate: '2019-04-01' },
	{ personKey: 'fatou-ndiaye', tableKey: 'clif', role: 'member', startDate: '2019-04-01' },
	{ personKey: 'clarisse-uwimana', tableKey: 'clif', role: 'member', startDate: '2019-11-01' },
	// Seed 002 lists a Western University student among the CLIF members.
	{
		personKey: 'josiane-mukeshimana',
		tableKey: 'clif',
		role: 'newcomer_representative',
		startDate: '2022-09-01'
	},

	// --- Supporting Parents working group (education) ---------------------------------------------
	{
		organizationKey: 'tvdsb',
		tableKey: 'wg-supporting-parents',
		role: 'member',
		startDate: '2010-11-01'
	},
	{
		organizationKey: 'ldcsb',
		tableKey: 'wg-supporting-parents',
		role: 'member',
		startDate: '2010-11-01'
	},
	{
		organizationKey: 'luso',
		tableKey: 'wg-supporting-parents',
		role: 'member',
		startDate: '2010-11-01'
	},
	{
		organizationKey: 'london-public-library',
		tableKey: 'wg-supporting-parents',
		role: 'member',
		startDate: '2011-02-01'
	},
	{
		personKey: 'rajesh-iyer',
		tableKey: 'wg-supporting-parents',
		role: 'chair',
		startDate: '2021-02-01'
	},
	{
		personKey: 'catherine-oneill',
		tableKey: 'wg-supporting-parents',
		role: 'member',
		startDate: '2021-02-01'
	},
	{
		personKey: 'ana-paula-medeiros',
		tableKey: 'wg-supporting-parents',
		role: 'member',
		startDate: '2021-02-01'
	},

	// --- Crisis management team (health and wellbeing), after seed 003 ----------------------------
	{
		organizationKey: 'mlhu',
		tableKey: 'team-crisis-management',
		role: 'member',
		startDate: '2020-03-30'
	},
	{
		organizationKey: 'lhsc',
		tableKey: 'team-crisis-management',
		role: 'member',
		startDate: '2020-03-30'
	},
	{
		organizationKey: 'lihc',
		tableKey: 'team-crisis-management',
		role: 'member',
		startDate: '2020-03-30'
	},
	{
		organizationKey: 'cclc',
		tableKey: 'team-crisis-management',
		role: 'member',
		startDate: '2020-03-30'
	},
	{
		organizationKey: 'city-of-london',
		tableKey: 'team-crisis-management',
		role: 'member',
		startDate: '2020-03-30'
	},
	{
		personKey: 'priya-raman',
		tableKey: 'team-crisis-management',
		role: 'chair',
		startDate: '2020-03-30'
	},
	{
		personKey: 'elena-petrova',
		tableKey: 'team-crisis-management',
		role: 'member',
		startDate: '2020-03-30'
	},
	{
		personKey: 'hamid-rahimi',
		tableKey: 'team-crisis-management',
		role: 'member',
		startDate: '2020-03-30'
	},
	{
		personKey: 'tesfaye-gebremedhin',
		tableKey: 'team-crisis-management',
		role: 'member',
		startDate: '2020-03-30'
	},
	{
		personKey: 'amanda-kowalski',
		tableKey: 'team-crisis-management',
		role: 'secretary',
		startDate: '2020-03-30'
	},

	// --- Work cell on continuous support (settlement), after seed 004 -----------------------------
	{
		organizationKey: 'cclc',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		organizationKey: 'luso',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		organizationKey: 'slnrc',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		organizationKey: 'mrcssi',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		organizationKey: 'lihc',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		organizationKey: 'cas-london-middlesex',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		organizationKey: 'college-boreal',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		organizationKey: 'city-of-london',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		personKey: 'layla-al-khatib',
		tableKey: 'cell-continuous-support',
		role: 'co_chair',
		startDate: '2021-10-01'
	},
	{
		personKey: 'joanne-tran',
		tableKey: 'cell-continuous-support',
		role: 'co_chair',
		startDate: '2021-10-01'
	},
	{
		personKey: 'omar-abdi',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		personKey: 'priya-raman',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		personKey: 'aminata-diallo',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01'
	},
	{
		personKey: 'diego-restrepo',
		tableKey: 'cell-continuous-support',
		role: 'member',
		startDate: '2021-10-01',
		endDate: '2023-08-31'
	}
];

// ---------------------------------------------------------------------------------------------
// Target sectors: the stakeholders a representative LIP council aims to include (DOMAIN.md and
// seed 001). Housing has an organization in the directory (LMCH) but no seat at any table yet, so
// a representation check has a real gap to show.
// ---------------------------------------------------------------------------------------------

export const demoTargetSectors: Sector[] = [
	'settlement',
	'school_board',
	'health',
	'police_justice',
	'library',
	'employment',
	'employer_business',
	'municipality',
	'post_secondary',
	'ethnocultural_faith',
	'francophone_community',
	'funder',
	'social_services',
	'housing',
	'newcomer'
];
