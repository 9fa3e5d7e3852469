import type { Locale } from '#lib/i18n/locales.ts';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import type { Role } from '#lib/server/accounts/types.ts';
import type { AppContext } from '#lib/server/context.ts';
import {
	contributionActionChoices,
	contributionKinds,
	contributionOrganizationChoices,
	ownOrganizationOf,
	type ContributionInput
} from '#lib/server/plans/contributions.ts';
import { centsToInput } from '#lib/server/plans/contributions-money.ts';
import { formValues } from '#lib/server/web.ts';

/** The contribution form's fields as the domain's input, and the values to show again on failure. */
export function contributionFromForm(data: FormData): { input: ContributionInput; values: Record<string, string> } {
	const v = formValues(data);
	const input: ContributionInput = {
		organizationId: v.organizationId ?? '',
		actionId: v.actionId ?? '',
		kind: v.kind ?? '',
		amount: v.amount ?? '',
		hours: v.hours ?? '',
		hourlyRate: v.hourlyRate ?? '',
		descriptionFr: v.descriptionFr ?? '',
		descriptionEn: v.descriptionEn ?? '',
		periodStart: v.periodStart ?? '',
		periodEnd: v.periodEnd ?? '',
		// An unticked box sends nothing.
		funderReportable: v.funderReportable === 'on'
	};
	return { input, values: { ...v, funderReportable: v.funderReportable === 'on' ? 'on' : '' } };
}

/** A stored contribution as form values (edit mode). */
export function contributionToValues(
	row: {
		organization_id: string;
		action_id: string | null;
		kind: string;
		amount_cents: number;
		hours: number | null;
		hourly_rate_cents: number | null;
		description_fr: string;
		description_en: string;
		period_start: string;
		period_end: string;
		funder_reportable: boolean;
	},
	lang: Locale
): Record<string, string> {
	const staff = row.kind === 'in_kind_staff';
	return {
		organizationId: row.organization_id,
		actionId: row.action_id ?? '',
		kind: row.kind,
		amount: staff ? '' : centsToInput(row.amount_cents, lang),
		hours: row.hours === null ? '' : String(row.hours).replace('.', lang === 'fr' ? ',' : '.'),
		hourlyRate: centsToInput(row.hourly_rate_cents, lang),
		descriptionFr: row.description_fr,
		descriptionEn: row.description_en,
		periodStart: row.period_start,
		periodEnd: row.period_end,
		funderReportable: row.funder_reportable ? 'on' : ''
	};
}

/** What the form offers: organizations (coordinators) or the user's own (partners), actions, kinds. */
export async function formChoices(ctx: AppContext, partnershipId: string, role: Role, userId: string) {
	const manage = roleCan(role, 'contributions.manage');
	const [organizations, own, actions] = await Promise.all([
		manage ? contributionOrganizationChoices(ctx, partnershipId) : Promise.resolve([]),
		ownOrganizationOf(ctx.db, partnershipId, userId),
		contributionActionChoices(ctx, partnershipId)
	]);
	return {
		manage,
		organizations: organizations.map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } })),
		own: own ? { id: own.id, name: { fr: own.name_fr, en: own.name_en } } : null,
		actions,
		kinds: [...contributionKinds]
	};
}
