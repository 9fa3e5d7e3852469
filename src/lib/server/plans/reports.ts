import { sql } from 'kysely';
import { z } from 'zod';
import { pick, type Locale } from '../../i18n/locales.ts';
import type { AppContext } from '../context.ts';
import type { Sector } from '../db/schema.ts';
import { t as translatorFor } from '../i18n.ts';
import { representation } from '../partnership/representation.ts';
import { sectors as allSectors, themes as themeKeys } from '../partnership/vocabulary.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { scoped } from '../tenancy/scoped.ts';
import type { ActionStatus } from './db-schema.ts';
import { actionLabel, contributionTotals, type ContributionTotals } from './contributions.ts';
import { fiscalYearLabel, fiscalYearOf, fiscalYearRange } from './contributions-money.ts';

/**
 * The plans module's two reports, built as plain data in the language asked for (independent
 * of the screen's language), then shown as an HTML page (printed to PDF by Chromium) or written
 * as DOCX (reports-docx.ts):
 * - the community achievements report for a date range, grouped by theme: what was achieved,
 *   what is under way, what comes next (as the London & Middlesex report of 2011 does);
 * - the annual report for the funder, for a fiscal year (April–March): results and indicators
 *   against targets, partners' contributions, membership by sector, meetings held.
 */

type Ctx = Pick<AppContext, 'db'>;
export type Txt = { text: string; lang: Locale; fallback: boolean };

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const day = z
	.string({ error: 'validation.required' })
	.trim()
	.regex(dayPattern, { error: 'validation.invalid_date' })
	.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: 'validation.invalid_date' });
const reportLang = z.enum(['fr', 'en'], { error: 'validation.invalid_choice' });

export const achievementsQuery = z
	.object({ from: day, to: day, lang: reportLang })
	.refine((v) => v.to >= v.from, { path: ['to'], error: 'reports.error_period_order' });
export const annualQuery = z.object({
	year: z.coerce
		.number({ error: 'validation.invalid_number' })
		.int({ error: 'validation.invalid_number' })
		.min(1990, { error: 'validation.invalid_number' })
		.max(2100, { error: 'validation.invalid_number' }),
	lang: reportLang
});

export function todayIso(): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
}

/** Defaults for the forms: the last six months; the fiscal year that ended most recently, or the current one. */
export function defaultAchievementsRange(today = todayIso()): { from: string; to: string } {
	const d = new Date(`${today}T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() - 6);
	return { from: d.toISOString().slice(0, 10), to: today };
}
export function currentFiscalYear(today = todayIso()): number {
	return fiscalYearOf(today);
}

export function formatDay(value: string | Date | null | undefined, lang: Locale): string {
	if (!value) return '';
	const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
	if (Number.isNaN(date.getTime())) return String(value);
	return new Intl.DateTimeFormat(`${lang}-CA`, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, lang: Locale): string {
	return new Intl.NumberFormat(`${lang}-CA`, { maximumFractionDigits: 2 }).format(value);
}

const p = (fr: string | null | undefined, en: string | null | undefined, lang: Locale): Txt =>
	pick({ fr: fr ?? '', en: en ?? '' }, lang);

async function partnershipOf(ctx: Ctx, partnershipId: string, lang: Locale) {
	const row = await ctx.db
		.selectFrom('partnership')
		.select(['name_fr', 'name_en', 'region_fr', 'region_en', 'slug'])
		.where('id', '=', partnershipId)
		.executeTakeFirstOrThrow();
	return { slug: row.slug, name: p(row.name_fr, row.name_en, lang), region: p(row.region_fr, row.region_en, lang) };
}

// --- Themes ------------------------------------------------------------------------------------

interface ActionFacts {
	id: string;
	plan_id: string;
	description_fr: string;
	description_en: string;
	status: ActionStatus;
	progress: number;
	start_date: string | null;
	end_date: string | null;
	done_on: string | null;
	timeline_text: string;
	axis_id: string;
	axis_fr: string;
	axis_en: string;
	axis_position: number;
	result_id: string;
	result_fr: string;
	result_en: string;
	theme_id: string | null;
	theme_fr: string | null;
	theme_en: string | null;
	theme_key: string | null;
	theme_position: number | null;
	table_theme: string | null;
	plan_title_fr: string;
	plan_title_en: string;
}

/**
 * Every action of the plans in force over [from, to] (not drafts), with its axis, result, the
 * axis's strategy theme, the theme of the table that owns it (or owns its plan), and the day it
 * was done (the last update to "done", else its end date).
 */
async function actionFacts(ctx: Ctx, partnershipId: string, from: string, to: string) {
	const rows = await sql<ActionFacts>`
		select a.id, a.plan_id, a.description_fr, a.description_en, a.progress,
			-- Late: marked late, or past its end date and neither done nor cancelled (as plans.ts isLate).
			case when a.status not in ('done', 'cancelled') and a.end_date < ${todayIso()}::date then 'late'
				else a.status end as status,
			to_char(a.start_date, 'YYYY-MM-DD') as start_date, to_char(a.end_date, 'YYYY-MM-DD') as end_date,
			a.timeline_text,
			to_char(coalesce(
				(select max(u.created_at at time zone 'America/Toronto')::date from action_update u
					where u.action_id = a.id and u.status_after = 'done'),
				a.end_date,
				(a.updated_at at time zone 'America/Toronto')::date
			), 'YYYY-MM-DD') as done_on,
			ax.id as axis_id, ax.title_fr as axis_fr, ax.title_en as axis_en, ax.position as axis_position,
			r.id as result_id, r.title_fr as result_fr, r.title_en as result_en,
			st.id as theme_id, st.name_fr as theme_fr, st.name_en as theme_en, nullif(st.theme_key, '') as theme_key,
			st.position as theme_position,
			nullif(coalesce(nullif(gt.theme, ''), pgt.theme), '') as table_theme,
			pl.title_fr as plan_title_fr, pl.title_en as plan_title_en
		from plan_action a
		join action_plan pl on pl.id = a.plan_id
		join plan_priority pr on pr.id = a.priority_id
		join plan_result r on r.id = pr.result_id
		join plan_axis ax on ax.id = r.axis_id
		left join strategy_theme st on st.id = ax.theme_id
		left join governance_table gt on gt.id = a.table_id
		left join governance_table pgt on pgt.id = pl.table_id
		where a.partnership_id = ${partnershipId}
			and pl.status <> 'draft'
			and a.status <> 'cancelled'
			and (pl.period_start is null or pl.period_start <= ${to}::date)
			and (pl.period_end is null or pl.period_end >= ${from}::date)
		order by pl.period_start nulls last, pl.title_fr, ax.position, r.position, pr.position, a.position`.execute(ctx.db);
	return rows.rows;
}

interface Group {
	key: string;
	order: [number, number, string];
	title: Txt;
	results: Map<string, Txt>;
}

/**
 * The theme an action is reported under: its axis's strategy theme; else the theme of the table
 * that owns it (merged with a strategy theme of the same key); else its axis.
 */
function groupOf(a: ActionFacts, lang: Locale, tr: (k: string) => string, groups: Map<string, Group>): Group {
	let key: string;
	let title: Txt;
	let order: [number, number, string];
	const themeKey = a.theme_key ?? a.table_theme;
	if (a.theme_id) {
		key = a.theme_key ? `theme:${a.theme_key}` : `st:${a.theme_id}`;
		title = p(a.theme_fr, a.theme_en, lang);
		order = [0, a.theme_position ?? 0, title.text];
	} else if (themeKey && (themeKeys as readonly string[]).includes(themeKey)) {
		key = `theme:${themeKey}`;
		title = { text: tr(`partnership.theme_${themeKey}`), lang, fallback: false };
		order = [1, (themeKeys as readonly string[]).indexOf(themeKey), title.text];
	} else {
		key = `axis:${a.axis_id}`;
		title = p(a.axis_fr, a.axis_en, lang);
		order = [2, a.axis_position, title.text];
	}
	let group = groups.get(key);
	if (!group) groups.set(key, (group = { key, order, title, results: new Map() }));
	else if (a.theme_id && group.order[0] > 0) Object.assign(group, { order, title }); // a named theme wins
	if (a.result_fr || a.result_en) group.results.set(a.result_id, p(a.result_fr, a.result_en, lang));
	return group;
}

// --- Achievements report -----------------------------------------------------------------------

export interface ReportItem {
	text: Txt;
	/** A date shown beside the item (done on, due on, measured on). */
	date: string | null;
	/** A second line: an indicator's value, an action's status and progress, a milestone's action. */
	detail: string;
	status?: ActionStatus;
}

export interface AchievementsReport {
	kind: 'achievements';
	lang: Locale;
	partnership: { slug: string; name: Txt; region: Txt };
	from: string;
	to: string;
	generatedOn: string;
	plans: Txt[];
	themes: {
		key: string;
		title: Txt;
		results: Txt[];
		achieved: ReportItem[];
		underway: ReportItem[];
		next: ReportItem[];
	}[];
	counts: { achieved: number; underway: number; next: number };
}

const underwayStatuses: ActionStatus[] = ['on_track', 'at_risk', 'late'];

export async function achievementsReport(
	ctx: Ctx,
	partnershipId: string,
	raw: { from?: unknown; to?: unknown; lang?: unknown }
): Promise<Result<AchievementsReport>> {
	const parsed = achievementsQuery.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const { from, to, lang } = parsed.data;
	const tr = translatorFor(lang);
	const partnership = await partnershipOf(ctx, partnershipId, lang);
	const actions = await actionFacts(ctx, partnershipId, from, to);
	const groups = new Map<string, Group>();
	const items = new Map<string, { achieved: ReportItem[]; underway: ReportItem[]; next: ReportItem[] }>();
	const bucket = (g: Group) => {
		let b = items.get(g.key);
		if (!b) items.set(g.key, (b = { achieved: [], underway: [], next: [] }));
		return b;
	};
	const groupOfAction = new Map<string, Group>();
	const groupOfResult = new Map<string, Group>();
	const plans = new Map<string, Txt>();
	for (const a of actions) {
		const g = groupOf(a, lang, tr, groups);
		groupOfAction.set(a.id, g);
		if (!groupOfResult.has(a.result_id)) groupOfResult.set(a.result_id, g);
		plans.set(a.plan_id, p(a.plan_title_fr, a.plan_title_en, lang));
		const text = p(a.description_fr, a.description_en, lang);
		const b = bucket(g);
		if (a.status === 'done') {
			if (a.done_on && a.done_on >= from && a.done_on <= to)
				b.achieved.push({ text, date: a.done_on, detail: '', status: a.status });
		} else if (underwayStatuses.includes(a.status)) {
			const due = a.end_date ? tr('reports.due_on', { date: formatDay(a.end_date, lang) }) : a.timeline_text;
			b.underway.push({
				text,
				date: a.end_date,
				status: a.status,
				detail: [tr(`reports.action_status_${a.status}`), tr('reports.progress', { progress: a.progress }), due]
					.filter(Boolean)
					.join(' · ')
			});
		} else if (a.status === 'not_started') {
			b.next.push({
				text,
				date: a.start_date,
				status: a.status,
				detail:
					[
						a.start_date ? tr('reports.starts_on', { date: formatDay(a.start_date, lang) }) : '',
						a.end_date ? tr('reports.due_on', { date: formatDay(a.end_date, lang) }) : ''
					]
						.filter(Boolean)
						.join(' · ') || a.timeline_text
			});
		}
	}
	const actionIds = [...groupOfAction.keys()];
	if (actionIds.length) {
		const s = scoped(ctx.db, partnershipId);
		// Upcoming milestones and deadlines after the period: what comes next.
		const milestones = await s
			.selectFrom('action_milestone')
			.innerJoin('plan_action', 'plan_action.id', 'action_milestone.action_id')
			.select([
				'action_milestone.action_id',
				'action_milestone.title_fr',
				'action_milestone.title_en',
				'action_milestone.due_date',
				'plan_action.description_fr',
				'plan_action.description_en'
			])
			.where('action_milestone.action_id', 'in', actionIds)
			.where('action_milestone.done_at', 'is', null)
			.where('action_milestone.due_date', '>', to)
			.orderBy('action_milestone.due_date')
			.execute();
		for (const m of milestones) {
			const g = groupOfAction.get(m.action_id)!;
			bucket(g).next.push({
				text: p(m.title_fr, m.title_en, lang),
				date: m.due_date,
				detail: tr('reports.milestone_of', {
					action: actionLabel(p(m.description_fr, m.description_en, lang).text),
					date: formatDay(m.due_date, lang)
				})
			});
		}
		// Milestones reached in the period are achievements too.
		const reached = await s
			.selectFrom('action_milestone')
			.select([
				'action_id',
				'title_fr',
				'title_en',
				sql<string>`to_char((done_at at time zone 'America/Toronto')::date, 'YYYY-MM-DD')`.as('done_on')
			])
			.where('action_id', 'in', actionIds)
			.where(sql<boolean>`(done_at at time zone 'America/Toronto')::date between ${from}::date and ${to}::date`)
			.execute();
		for (const m of reached) {
			bucket(groupOfAction.get(m.action_id)!).achieved.push({
				text: p(m.title_fr, m.title_en, lang),
				date: m.done_on,
				detail: tr('reports.milestone_reached')
			});
		}
		// Approved measurements in the period, under the theme of the result or action they measure.
		const measurements = await sql<{
			indicator_id: string;
			name_fr: string;
			name_en: string;
			unit: string;
			value: number | null;
			value_text: string;
			measured_on: string;
			narrative_fr: string;
			narrative_en: string;
			result_id: string | null;
			action_id: string | null;
		}>`
			select i.id as indicator_id, i.name_fr, i.name_en, i.unit, m.value, m.value_text,
				to_char(m.measured_on, 'YYYY-MM-DD') as measured_on, m.narrative_fr, m.narrative_en,
				(select l.result_id from indicator_link l where l.indicator_id = i.id and l.result_id is not null
					order by l.id limit 1) as result_id,
				(select l.action_id from indicator_link l where l.indicator_id = i.id and l.action_id is not null
					order by l.id limit 1) as action_id
			from indicator_measurement m
			join indicator i on i.id = m.indicator_id
			where m.partnership_id = ${partnershipId} and m.status = 'approved'
				and m.measured_on between ${from}::date and ${to}::date
			order by m.measured_on`.execute(ctx.db);
		for (const m of measurements.rows) {
			const g = (m.result_id && groupOfResult.get(m.result_id)) || (m.action_id && groupOfAction.get(m.action_id));
			if (!g) continue;
			const value =
				m.value !== null ? `${formatNumber(Number(m.value), lang)}${m.unit ? ` ${m.unit}` : ''}` : m.value_text;
			const narrative = p(m.narrative_fr, m.narrative_en, lang).text;
			bucket(g).achieved.push({
				text: p(m.name_fr, m.name_en, lang),
				date: m.measured_on,
				detail: [tr('reports.measured', { value }), narrative].filter(Boolean).join(' — ')
			});
		}
	}
	const byDate = (a: ReportItem, b: ReportItem) => (a.date ?? '9999').localeCompare(b.date ?? '9999');
	const themes = [...groups.values()]
		.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2].localeCompare(b.order[2]))
		.map((g) => {
			const b = items.get(g.key) ?? { achieved: [], underway: [], next: [] };
			return {
				key: g.key,
				title: g.title,
				results: [...g.results.values()],
				achieved: b.achieved.sort(byDate),
				underway: b.underway.sort(byDate),
				next: b.next.sort(byDate)
			};
		})
		.filter((g) => g.achieved.length + g.underway.length + g.next.length > 0);
	return ok({
		kind: 'achievements',
		lang,
		partnership,
		from,
		to,
		generatedOn: todayIso(),
		plans: [...plans.values()],
		themes,
		counts: {
			achieved: themes.reduce((n, g) => n + g.achieved.length, 0),
			underway: themes.reduce((n, g) => n + g.underway.length, 0),
			next: themes.reduce((n, g) => n + g.next.length, 0)
		}
	});
}

// --- Annual report for the funder ---------------------------------------------------------------

export interface IndicatorLine {
	name: Txt;
	unit: string;
	kind: string;
	direction: string;
	baseline: string;
	target: string;
	actual: string;
	/** Target met, not met, or no measurement / no numeric target to compare. */
	assessment: 'met' | 'not_met' | 'no_data';
}

export interface AnnualReport {
	kind: 'annual';
	lang: Locale;
	partnership: { slug: string; name: Txt; region: Txt };
	fiscalYear: number;
	label: string;
	from: string;
	to: string;
	generatedOn: string;
	plans: Txt[];
	results: {
		theme: Txt;
		axis: Txt;
		result: Txt;
		actions: Record<'done' | 'underway' | 'not_started', number>;
		indicators: IndicatorLine[];
	}[];
	actions: Record<ActionStatus, number> & { total: number };
	contributions: ContributionTotals;
	membership: {
		at: string;
		organizations: number;
		people: number;
		tables: number;
		sectors: { sector: Sector; label: string; organizations: number; wanted: boolean }[];
		missing: string[];
	};
	events: { held: number; cancelled: number; attendance: number; byTable: { name: Txt; held: number }[] };
}

function assess(direction: string, target: number | null, actual: number | null): IndicatorLine['assessment'] {
	if (target === null || actual === null) return 'no_data';
	if (direction === 'down') return actual <= target ? 'met' : 'not_met';
	if (direction === 'maintain') return actual >= target ? 'met' : 'not_met';
	return actual >= target ? 'met' : 'not_met';
}

export async function annualReport(
	ctx: Ctx,
	partnershipId: string,
	raw: { year?: unknown; lang?: unknown }
): Promise<Result<AnnualReport>> {
	const parsed = annualQuery.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const { year, lang } = parsed.data;
	const { from, to } = fiscalYearRange(year);
	const tr = translatorFor(lang);
	const today = todayIso();
	const at = to < today ? to : today;
	if (from > today) return failure('common.error_form', { year: ['reports.error_future_year'] });
	// One query after another: PGlite serialises them anyway, and a shared PostgreSQL pool stays free.
	const partnership = await partnershipOf(ctx, partnershipId, lang);
	const actions = await actionFacts(ctx, partnershipId, from, to);
	const contributions = await contributionTotals(ctx, partnershipId, {
		from,
		to,
		statuses: ['confirmed'],
		reportableOnly: true
	});
	const rep = await representation(ctx, partnershipId, at);

	// Results, with their actions' progress and their indicators against this year's targets.
	const groups = new Map<string, Group>();
	const results = new Map<string, AnnualReport['results'][number]>();
	const counts = { total: 0, not_started: 0, on_track: 0, at_risk: 0, late: 0, done: 0, cancelled: 0 };
	const plans = new Map<string, Txt>();
	for (const a of actions) {
		const g = groupOf(a, lang, tr, groups);
		plans.set(a.plan_id, p(a.plan_title_fr, a.plan_title_en, lang));
		let r = results.get(a.result_id);
		if (!r)
			results.set(
				a.result_id,
				(r = {
					theme: g.title,
					axis: p(a.axis_fr, a.axis_en, lang),
					result: p(a.result_fr, a.result_en, lang),
					actions: { done: 0, underway: 0, not_started: 0 },
					indicators: []
				})
			);
		counts.total++;
		counts[a.status]++;
		if (a.status === 'done') r.actions.done++;
		else if (underwayStatuses.includes(a.status)) r.actions.underway++;
		else if (a.status === 'not_started') r.actions.not_started++;
	}
	const resultIds = [...results.keys()];
	if (resultIds.length) {
		const lines = await sql<{
			result_id: string;
			name_fr: string;
			name_en: string;
			unit: string;
			kind: string;
			direction: string;
			baseline_value: number | null;
			baseline_text: string;
			target_value: number | null;
			target_text: string;
			actual_value: number | null;
			actual_text: string | null;
		}>`
			select distinct on (coalesce(l.result_id, pr.result_id), i.id)
				coalesce(l.result_id, pr.result_id) as result_id, i.name_fr, i.name_en, i.unit, i.kind, i.direction,
				i.baseline_value, i.baseline_text,
				t.target_value, coalesce(t.target_text, '') as target_text,
				m.value as actual_value, m.value_text as actual_text
			from indicator i
			join indicator_link l on l.indicator_id = i.id
			left join plan_action a on a.id = l.action_id
			left join plan_priority pr on pr.id = a.priority_id
			left join lateral (
				select x.target_value, x.target_text from indicator_target x
				where x.indicator_id = i.id and x.period_start <= ${to}::date and x.period_end >= ${from}::date
				order by (x.period_start = ${from}::date and x.period_end = ${to}::date) desc, x.period_end desc
				limit 1
			) t on true
			left join lateral (
				select y.value, y.value_text from indicator_measurement y
				where y.indicator_id = i.id and y.status = 'approved'
					and y.measured_on between ${from}::date and ${to}::date
				order by y.measured_on desc, y.created_at desc
				limit 1
			) m on true
			where i.partnership_id = ${partnershipId}
				and coalesce(l.result_id, pr.result_id) in (${sql.join(resultIds)})
			order by coalesce(l.result_id, pr.result_id), i.id, i.position`.execute(ctx.db);
		const value = (v: number | null, text: string | null, unit: string) =>
			v !== null && v !== undefined ? `${formatNumber(Number(v), lang)}${unit ? ` ${unit}` : ''}` : text || '—';
		for (const l of lines.rows) {
			const target = l.target_value === null ? null : Number(l.target_value);
			const actual = l.actual_value === null ? null : Number(l.actual_value);
			results.get(l.result_id)!.indicators.push({
				name: p(l.name_fr, l.name_en, lang),
				unit: l.unit,
				kind: l.kind,
				direction: l.direction,
				baseline: value(l.baseline_value, l.baseline_text, l.unit),
				target: value(l.target_value, l.target_text, l.unit),
				actual: value(l.actual_value, l.actual_text, l.unit),
				assessment: assess(l.direction, target, actual)
			});
		}
	}

	// Membership by sector on the last day of the year (or today, for the year under way).
	const s = scoped(ctx.db, partnershipId);
	const seated = await sql<{ organizations: number; people: number; tables: number }>`
		select count(distinct coalesce(m.organization_id, p.organization_id)) as organizations,
			count(distinct m.person_id) as people, count(distinct m.table_id) as tables
		from table_membership m
		left join person p on p.id = m.person_id
		where m.partnership_id = ${partnershipId}
			and m.start_date <= ${at}::date and (m.end_date is null or m.end_date > ${at}::date)`.execute(ctx.db);
	const sectorRows = allSectors
		.filter((sector) => (rep.overall[sector] ?? 0) > 0 || rep.targets.includes(sector))
		.map((sector) => ({
			sector,
			label: tr(`partnership.sector_${sector}`),
			organizations: rep.overall[sector] ?? 0,
			wanted: rep.targets.includes(sector)
		}))
		.sort((a, b) => b.organizations - a.organizations || a.label.localeCompare(b.label, lang));

	// Meetings held in the year, per table, and attendance.
	const meetings = await s
		.selectFrom('meeting')
		.innerJoin('governance_table', 'governance_table.id', 'meeting.table_id')
		.select([
			'meeting.id',
			'meeting.status',
			'governance_table.id as table_id',
			'governance_table.name_fr',
			'governance_table.name_en',
			(eb) =>
				eb
					.selectFrom('meeting_attendance')
					.select((e) => e.fn.countAll<number>().as('n'))
					.whereRef('meeting_attendance.meeting_id', '=', 'meeting.id')
					.where('meeting_attendance.status', '=', 'present')
					.as('present')
		])
		.where(sql<boolean>`(meeting.starts_at at time zone 'America/Toronto')::date between ${from}::date and ${to}::date`)
		.where('meeting.status', 'in', ['held', 'cancelled'])
		.execute();
	const byTable = new Map<string, { name: Txt; held: number }>();
	let held = 0;
	let cancelled = 0;
	let attendance = 0;
	for (const m of meetings) {
		if (m.status === 'cancelled') {
			cancelled++;
			continue;
		}
		held++;
		attendance += Number(m.present ?? 0);
		const entry = byTable.get(m.table_id) ?? { name: p(m.name_fr, m.name_en, lang), held: 0 };
		entry.held++;
		byTable.set(m.table_id, entry);
	}

	return ok({
		kind: 'annual',
		lang,
		partnership,
		fiscalYear: year,
		label: fiscalYearLabel(year),
		from,
		to,
		generatedOn: today,
		plans: [...plans.values()],
		results: [...results.values()],
		actions: counts,
		contributions,
		membership: {
			at,
			organizations: Number(seated.rows[0]?.organizations ?? 0),
			people: Number(seated.rows[0]?.people ?? 0),
			tables: Number(seated.rows[0]?.tables ?? 0),
			sectors: sectorRows,
			missing: rep.missing.map((sector) => tr(`partnership.sector_${sector}`))
		},
		events: {
			held,
			cancelled,
			attendance,
			byTable: [...byTable.values()].sort((a, b) => b.held - a.held || a.name.text.localeCompare(b.name.text))
		}
	});
}
