import { sql } from 'kysely';
import type { SessionUser } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import type { Sector } from '../db/schema.ts';
import { sectors as allSectors, themes as themeKeys } from '../partnership/vocabulary.ts';
import type { ActionStatus } from './db-schema.ts';
import { contributionTotals, type Money } from './contributions.ts';
import { fiscalYearLabel, fiscalYearRange } from './contributions-money.ts';
import { todayIso } from './reports.ts';

/**
 * Live roll-ups across partnerships, for a funder's program officer (or a network of LIPs): the
 * figures of the federal evaluation (how many partnerships include each sector, the themes of
 * their priorities by frequency, partners' contributions cash and in kind, the share of actions on
 * track), per partnership and in total, computed from the partnerships' own data.
 *
 * Only the partnerships where the account is a viewer or a coordinator are read (an instance
 * admin sees all active partnerships): the list comes from the account's roles, never from the URL.
 */

type Ctx = Pick<AppContext, 'db'>;

/** Roles that may see a partnership in the roll-ups (the roles with reports.view). */
export const rollupRoles = ['viewer', 'coordinator'] as const;

export interface RollupPartnership {
	id: string;
	slug: string;
	name: { fr: string; en: string };
}

/** The partnerships this account may see in the roll-ups; empty when none. */
export async function rollupPartnerships(
	ctx: Ctx,
	user: Pick<SessionUser, 'isInstanceAdmin' | 'access'>
): Promise<RollupPartnership[]> {
	let q = ctx.db
		.selectFrom('partnership')
		.select(['id', 'slug', 'name_fr', 'name_en'])
		.where('status', '=', 'active')
		.orderBy('name_fr');
	if (!user.isInstanceAdmin) {
		const ids = user.access
			.filter((a) => (rollupRoles as readonly string[]).includes(a.role))
			.map((a) => a.partnershipId);
		if (!ids.length) return [];
		q = q.where('id', 'in', ids);
	}
	const rows = await q.execute();
	return rows.map((r) => ({ id: r.id, slug: r.slug, name: { fr: r.name_fr, en: r.name_en } }));
}

export type StatusCounts = Record<ActionStatus, number> & { total: number };
const emptyCounts = (): StatusCounts => ({
	total: 0,
	not_started: 0,
	on_track: 0,
	at_risk: 0,
	late: 0,
	done: 0,
	cancelled: 0
});

export interface PartnershipRollup extends RollupPartnership {
	sectors: Sector[];
	organizations: number;
	themes: Record<string, number>;
	priorities: number;
	contributions: Money & { count: number };
	actions: StatusCounts;
}

export interface Rollups {
	fiscalYear: number;
	label: string;
	from: string;
	to: string;
	at: string;
	partnerships: PartnershipRollup[];
	/** How many of the partnerships include each sector (organizations with a seat today). */
	sectors: { sector: Sector; partnerships: number }[];
	/** Themes of the priorities, by frequency: number of priorities, and of partnerships having one. */
	themes: { theme: string; priorities: number; partnerships: number }[];
	contributions: Money & { count: number };
	actions: StatusCounts;
}

/** Share of active (not cancelled) actions in a status, in percent with one decimal. */
export function share(counts: StatusCounts, status: ActionStatus): number {
	const active = counts.total - counts.cancelled;
	return active > 0 ? Math.round((counts[status] / active) * 1000) / 10 : 0;
}

async function onePartnership(
	ctx: Ctx,
	partnership: RollupPartnership,
	range: { from: string; to: string },
	at: string
): Promise<PartnershipRollup> {
	const id = partnership.id;
	// One query after another, so a roll-up over many partnerships holds one pooled connection.
	const sectorRows = await sql<{ sector: Sector; organizations: number }>`
			select coalesce(o.sector, po.sector) as sector, count(distinct coalesce(o.id, po.id)) as organizations
			from table_membership m
			left join organization o on o.id = m.organization_id
			left join person p on p.id = m.person_id
			left join organization po on po.id = p.organization_id
			where m.partnership_id = ${id}
				and m.start_date <= ${at}::date and (m.end_date is null or m.end_date > ${at}::date)
				and coalesce(o.id, po.id) is not null
			group by 1`.execute(ctx.db);
	// A priority's theme: its axis's strategy theme (by vocabulary key), else the theme of the
	// table owning its plan, else the theme most of its actions' tables share, else "other".
	const themeRows = await sql<{ theme: string; n: number }>`
			select coalesce(
				nullif(st.theme_key, ''),
				nullif(pgt.theme, ''),
				(select gt.theme from plan_action a join governance_table gt on gt.id = a.table_id
					where a.priority_id = pr.id and gt.theme <> ''
					group by gt.theme order by count(*) desc, gt.theme limit 1),
				'other') as theme,
				count(*) as n
			from plan_priority pr
			join plan_result r on r.id = pr.result_id
			join plan_axis ax on ax.id = r.axis_id
			join action_plan pl on pl.id = ax.plan_id
			left join strategy_theme st on st.id = ax.theme_id
			left join governance_table pgt on pgt.id = pl.table_id
			where pr.partnership_id = ${id} and pl.status <> 'draft'
			group by 1`.execute(ctx.db);
	const statusRows = await sql<{ status: ActionStatus; n: number }>`
			select case when a.status not in ('done', 'cancelled') and a.end_date < ${at}::date then 'late'
					else a.status end as status,
				count(*) as n
			from plan_action a join action_plan pl on pl.id = a.plan_id
			where a.partnership_id = ${id} and pl.status = 'active'
			group by 1`.execute(ctx.db);
	const money = await contributionTotals(ctx, id, { ...range, statuses: ['confirmed'], reportableOnly: true });
	const themes: Record<string, number> = {};
	let priorities = 0;
	for (const row of themeRows.rows) {
		const theme = (themeKeys as readonly string[]).includes(row.theme) ? row.theme : 'other';
		themes[theme] = (themes[theme] ?? 0) + Number(row.n);
		priorities += Number(row.n);
	}
	const actions = emptyCounts();
	for (const row of statusRows.rows) {
		actions[row.status] += Number(row.n);
		actions.total += Number(row.n);
	}
	return {
		...partnership,
		sectors: sectorRows.rows.map((r) => r.sector).sort((a, b) => allSectors.indexOf(a) - allSectors.indexOf(b)),
		organizations: sectorRows.rows.reduce((n, r) => n + Number(r.organizations), 0),
		themes,
		priorities,
		contributions: { cash: money.cash, inKind: money.inKind, total: money.total, count: money.count },
		actions
	};
}

/** The roll-ups over the given partnerships (already limited to what the account may see). */
export async function rollups(
	ctx: Ctx,
	partnerships: RollupPartnership[],
	options: { fiscalYear: number; at?: string }
): Promise<Rollups> {
	const range = fiscalYearRange(options.fiscalYear);
	const today = options.at ?? todayIso();
	const at = range.to < today ? range.to : today;
	const rows: PartnershipRollup[] = [];
	// One partnership at a time: PGlite serialises queries anyway, and PostgreSQL's pool stays free for others.
	for (const partnership of partnerships) rows.push(await onePartnership(ctx, partnership, range, at));
	const sectorCount = new Map<Sector, number>();
	const themePriorities = new Map<string, number>();
	const themePartnerships = new Map<string, number>();
	const contributions = { cash: 0, inKind: 0, total: 0, count: 0 };
	const actions = emptyCounts();
	for (const r of rows) {
		for (const sector of r.sectors) sectorCount.set(sector, (sectorCount.get(sector) ?? 0) + 1);
		for (const [theme, n] of Object.entries(r.themes)) {
			themePriorities.set(theme, (themePriorities.get(theme) ?? 0) + n);
			themePartnerships.set(theme, (themePartnerships.get(theme) ?? 0) + 1);
		}
		contributions.cash += r.contributions.cash;
		contributions.inKind += r.contributions.inKind;
		contributions.total += r.contributions.total;
		contributions.count += r.contributions.count;
		for (const key of Object.keys(actions) as (keyof StatusCounts)[]) actions[key] += r.actions[key];
	}
	return {
		fiscalYear: options.fiscalYear,
		label: fiscalYearLabel(options.fiscalYear),
		...range,
		at,
		partnerships: rows,
		sectors: [...sectorCount.entries()]
			.map(([sector, partnerships]) => ({ sector, partnerships }))
			.sort((a, b) => b.partnerships - a.partnerships || allSectors.indexOf(a.sector) - allSectors.indexOf(b.sector)),
		themes: [...themePriorities.entries()]
			.map(([theme, priorities]) => ({ theme, priorities, partnerships: themePartnerships.get(theme) ?? 0 }))
			.sort((a, b) => b.priorities - a.priorities || b.partnerships - a.partnerships || a.theme.localeCompare(b.theme)),
		contributions,
		actions
	};
}
