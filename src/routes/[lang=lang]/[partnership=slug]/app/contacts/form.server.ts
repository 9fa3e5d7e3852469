import type { AppContext } from '#lib/server/context.ts';
import { listOrganizations } from '#lib/server/partnership/index.ts';
import type { PersonInput } from '#lib/server/partnership/schemas.ts';
import { formValues } from '#lib/server/web.ts';

/** The person form's fields as the domain's input, and the values to show again on failure. */
export function personFromForm(data: FormData): { input: PersonInput; values: Record<string, unknown> } {
	const v = formValues(data);
	const input: PersonInput = {
		givenName: v.givenName ?? '',
		familyName: v.familyName ?? '',
		organizationId: v.organizationId ?? '',
		email: v.email ?? '',
		phone: v.phone ?? '',
		titleFr: v.titleFr ?? '',
		titleEn: v.titleEn ?? '',
		preferredLanguage: (v.preferredLanguage ?? '') as 'fr',
		contactBy: (v.contactBy ?? '') as 'email',
		publicProfile: v.publicProfile === 'on',
		status: (v.status ?? 'active') as 'active'
	};
	return { input, values: { ...v, publicProfile: v.publicProfile === 'on' } };
}

export function personToValues(row: {
	given_name: string;
	family_name: string;
	organization_id: string | null;
	email: string;
	phone: string;
	title_fr: string;
	title_en: string;
	preferred_language: string;
	contact_by: string;
	public_profile: boolean;
	status: string;
}): Record<string, unknown> {
	return {
		givenName: row.given_name,
		familyName: row.family_name,
		organizationId: row.organization_id ?? '',
		email: row.email,
		phone: row.phone,
		titleFr: row.title_fr,
		titleEn: row.title_en,
		preferredLanguage: row.preferred_language,
		contactBy: row.contact_by,
		publicProfile: row.public_profile,
		status: row.status
	};
}

/** Organizations a person may belong to: the active ones, plus the one they already have. */
export async function organizationChoices(ctx: Pick<AppContext, 'db'>, partnershipId: string, keep?: string | null) {
	const rows = await listOrganizations(ctx, partnershipId, { status: 'all' });
	return rows
		.filter((o) => o.status === 'active' || o.id === keep)
		.map((o) => ({ id: o.id, name_fr: o.name_fr, name_en: o.name_en }));
}
