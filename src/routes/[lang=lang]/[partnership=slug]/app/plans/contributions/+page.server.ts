import { redirect } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import {
	contributionOrganizationChoices,
	contributionTotals,
	listContributions,
	ownOrganizationOf,
	reviewContribution
} from '#lib/server/plans/contributions.ts';
import { fiscalYearLabel, fiscalYearOf, formatMoney, isCash } from '#lib/server/plans/contributions-money.ts';
import { todayIso } from '#lib/server/plans/reports.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import { filterFromQuery } from './filter.server.ts';
import { viewOf } from './view.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role, user, lang } = await requirePartnership(event, 'contributions.record');
	const { query, base, statuses } = filterFromQuery(event.url.searchParams);
	const manage = roleCan(role, 'contributions.manage');
	const [rows, confirmed, pending, organizations, own] = await Promise.all([
		listContributions(ctx, partnership.id, { ...base, statuses }),
		contributionTotals(ctx, partnership.id, { ...base, statuses: ['confirmed'] }),
		contributionTotals(ctx, partnership.id, { ...base, statuses: ['submitted'] }),
		contributionOrganizationChoices(ctx, partnership.id),
		manage ? Promise.resolve(null) : ownOrganizationOf(ctx.db, partnership.id, user.id)
	]);
	const money = (cents: number) => formatMoney(cents, lang);
	const current = fiscalYearOf(todayIso());
	return {
		query,
		manage,
		ownOrganizationId: own?.id ?? null,
		contributions: rows.map((r) => viewOf(r, lang)),
		totals: {
			cash: money(confirmed.cash),
			inKind: money(confirmed.inKind),
			total: money(confirmed.total),
			count: confirmed.count,
			pending: money(pending.total),
			pendingCount: pending.count,
			byKind: Object.entries(confirmed.byKind)
				.filter(([, cents]) => cents > 0)
				.map(([kind, cents]) => ({ kind, cash: isCash(kind as 'cash'), amount: money(cents) })),
			byOrganization: confirmed.byOrganization.map((o) => ({
				id: o.id,
				name: { fr: o.name_fr, en: o.name_en },
				cash: money(o.cash),
				inKind: money(o.inKind),
				total: money(o.total)
			})),
			byAction: confirmed.byAction
				.filter((a) => a.id)
				.map((a) => ({ id: a.id!, label: { fr: a.label_fr, en: a.label_en }, total: money(a.total) })),
			byPeriod: confirmed.byPeriod.map((p) => ({
				label: p.label,
				cash: money(p.cash),
				inKind: money(p.inKind),
				total: money(p.total)
			}))
		},
		organizations: organizations.map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } })),
		years: Array.from({ length: 6 }, (_, i) => ({ value: String(current - i), label: fiscalYearLabel(current - i) }))
	};
};

export const actions: Actions = {
	review: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'contributions.manage');
		const values = formValues(await event.request.formData());
		const result = await reviewContribution(ctx, actor, partnership.id, values.id ?? '', values.status ?? '');
		if (!result.ok) return formFailure(result, values, result.code === 'common.error_not_found' ? 404 : 400);
		const query = new URLSearchParams(event.url.search);
		query.delete('/review');
		query.set('done', `reports.contribution_${result.value.status}`);
		redirect(303, `${event.url.pathname}?${query}`);
	}
};
