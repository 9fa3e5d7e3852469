import type { MembershipRole, NetworkType, Sector, TableKind } from '../db/schema.ts';

/** The closed lists of the partnership module; labels live in messages/{fr,en}/partnership.json. */
export const sectors: readonly Sector[] = [
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
	'newcomer',
	'other'
];
export const networkTypes: readonly NetworkType[] = ['community', 'institutional', 'local_concertation'];
export const tableKinds: readonly TableKind[] = [
	'council',
	'sub_council',
	'working_group',
	'work_cell',
	'team',
	'committee'
];
export const membershipRoles: readonly MembershipRole[] = [
	'chair',
	'co_chair',
	'member',
	'secretary',
	'observer',
	'newcomer_representative'
];
/** The council's usual themes (DOMAIN.md); a table may also have none. */
export const themes = [
	'education',
	'employment',
	'health_wellbeing',
	'inclusion_civic_engagement',
	'justice_protection',
	'settlement',
	'francophone',
	'governance',
	'other'
] as const;
export type Theme = (typeof themes)[number];
/** Languages offered for an organization (ISO 639-1); the form shows their names in the UI language. */
export const organizationLanguages = [
	'fr',
	'en',
	'ar',
	'es',
	'zh',
	'pa',
	'tl',
	'uk',
	'fa',
	'so',
	'ti',
	'am',
	'ur',
	'hi',
	'pt',
	'vi',
	'ko',
	'ru',
	'sw',
	'ne',
	'asl',
	'lsq'
] as const;
