import type { OrganizationInput } from '#lib/server/partnership/schemas.ts';
import { formValues } from '#lib/server/web.ts';

/** The organization form's fields as the domain's input, and the values to show again on failure. */
export function organizationFromForm(data: FormData): { input: OrganizationInput; values: Record<string, unknown> } {
	const v = formValues(data);
	const languages = data.getAll('languages').filter((x): x is string => typeof x === 'string');
	const input: OrganizationInput = {
		nameFr: v.nameFr ?? '',
		nameEn: v.nameEn ?? '',
		acronym: v.acronym ?? '',
		descriptionFr: v.descriptionFr ?? '',
		descriptionEn: v.descriptionEn ?? '',
		sector: v.sector ?? '',
		networkType: v.networkType ?? '',
		languages: languages as OrganizationInput['languages'],
		areaServedFr: v.areaServedFr ?? '',
		areaServedEn: v.areaServedEn ?? '',
		isLead: v.isLead === 'on',
		status: (v.status ?? 'active') as 'active',
		website: v.website ?? '',
		email: v.email ?? '',
		phone: v.phone ?? '',
		joinedOn: v.joinedOn ?? '',
		leftOn: v.leftOn ?? ''
	};
	return { input, values: { ...v, languages, isLead: v.isLead === 'on' } };
}

/** A stored organization as form values (edit mode). */
export function organizationToValues(row: {
	name_fr: string;
	name_en: string;
	acronym: string;
	description_fr: string;
	description_en: string;
	sector: string;
	network_type: string;
	languages: string[];
	area_served_fr: string;
	area_served_en: string;
	is_lead: boolean;
	status: string;
	website: string;
	email: string;
	phone: string;
	joined_on: string | null;
	left_on: string | null;
}): Record<string, unknown> {
	return {
		nameFr: row.name_fr,
		nameEn: row.name_en,
		acronym: row.acronym,
		descriptionFr: row.description_fr,
		descriptionEn: row.description_en,
		sector: row.sector,
		networkType: row.network_type,
		languages: row.languages,
		areaServedFr: row.area_served_fr,
		areaServedEn: row.area_served_en,
		isLead: row.is_lead,
		status: row.status,
		website: row.website,
		email: row.email,
		phone: row.phone,
		joinedOn: row.joined_on ?? '',
		leftOn: row.left_on ?? ''
	};
}

/** Field errors keyed by the form field (zod reports array items as "languages.3"). */
export function byField(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [key, messages] of Object.entries(fieldErrors ?? {})) (out[key.split('.')[0]] ??= []).push(...messages);
	return out;
}
