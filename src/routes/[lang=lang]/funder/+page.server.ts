import { error } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { fiscalYearLabel, formatMoney } from '#lib/server/plans/contributions-money.ts';
import { currentFiscalYear } from '#lib/server/plans/reports.ts';
import { rollupPartnerships, rollups, share, type StatusCounts } from '#lib/server/plans/rollups.ts';
import { requireUser } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

const shownStatuses = ['on_track', 'at_risk', 'late', 'done', 'not_started'] as const;

/**
 * The funder's view across partnerships: only those where the account is a viewer or a
 * coordinator (all of them for an instance admin). Signed out → sign in; no such role → 403.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const ctx = appContext();
	const lang = event.locals.lang;
	const partnerships = await rollupPartnerships(ctx, user);
	if (!partnerships.length) error(403, 'errors.forbidden');
	const current = currentFiscalYear();
	const yearParam = Number(event.url.searchParams.get('year'));
	const fiscalYear =
		Number.isInteger(yearParam) && yearParam >= current - 10 && yearParam <= current ? yearParam : current;
	const r = await rollups(ctx, partnerships, { fiscalYear });
	const money = (cents: number) => formatMoney(cents, lang);
	const percent = new Intl.NumberFormat(`${lang}-CA`, { style: 'percent', maximumFractionDigits: 1 });
	const statuses = (counts: StatusCounts) =>
		shownStatuses.map((status) => ({
			status,
			count: counts[status],
			share: percent.format(share(counts, status) / 100)
		}));
	return {
		fiscalYear: String(fiscalYear),
		label: r.label,
		from: r.from,
		to: r.to,
		at: r.at,
		years: Array.from({ length: 6 }, (_, i) => ({ value: String(current - i), label: fiscalYearLabel(current - i) })),
		count: r.partnerships.length,
		sectors: r.sectors,
		themes: r.themes,
		contributions: {
			cash: money(r.contributions.cash),
			inKind: money(r.contributions.inKind),
			total: money(r.contributions.total),
			count: r.contributions.count
		},
		actions: { total: r.actions.total - r.actions.cancelled, statuses: statuses(r.actions) },
		partnerships: r.partnerships.map((p) => ({
			slug: p.slug,
			name: p.name,
			sectors: p.sectors.length,
			organizations: p.organizations,
			priorities: p.priorities,
			cash: money(p.contributions.cash),
			inKind: money(p.contributions.inKind),
			total: money(p.contributions.total),
			actions: p.actions.total - p.actions.cancelled,
			statuses: statuses(p.actions),
			canReport: user.isInstanceAdmin
				? false
				: user.access.some((a) => a.slug === p.slug && (a.role === 'viewer' || a.role === 'coordinator'))
		}))
	};
};
