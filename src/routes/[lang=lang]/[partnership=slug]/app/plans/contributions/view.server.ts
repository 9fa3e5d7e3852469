import type { Locale } from '#lib/i18n/locales.ts';
import type { AppContext } from '#lib/server/context.ts';
import { actionLabel, listContributions, type ContributionRow } from '#lib/server/plans/contributions.ts';
import { formatHours, formatMoney, isCash } from '#lib/server/plans/contributions-money.ts';

/** A contribution as the pages show it: amounts already written the language's way. */
export function viewOf(r: ContributionRow, lang: Locale) {
	return {
		id: r.id,
		organizationId: r.organization_id,
		organization: { fr: r.organization_name_fr, en: r.organization_name_en },
		kind: r.kind,
		cash: isCash(r.kind),
		amount: formatMoney(r.amount_cents, lang),
		staff:
			r.hours !== null && r.hourly_rate_cents !== null
				? { hours: formatHours(r.hours, lang), rate: formatMoney(r.hourly_rate_cents, lang, { cents: 'always' }) }
				: null,
		description: { fr: r.description_fr, en: r.description_en },
		action: r.action_id
			? {
					id: r.action_id,
					fr: actionLabel(r.action_fr || r.action_en || ''),
					en: actionLabel(r.action_en || r.action_fr || '')
				}
			: null,
		periodStart: r.period_start,
		periodEnd: r.period_end,
		reportable: r.funder_reportable,
		status: r.status,
		recordedBy: r.recorded_by_name ?? ''
	};
}

export async function contributionView(ctx: AppContext, partnershipId: string, id: string, lang: Locale) {
	const rows = await listContributions(ctx, partnershipId, { id, statuses: ['submitted', 'confirmed', 'rejected'] });
	return rows[0] ? viewOf(rows[0], lang) : undefined;
}
