import type { Locale } from '../../i18n/locales.ts';
import { t as translatorFor } from '../i18n.ts';
import { contributionKinds } from './contributions-db-schema.ts';
import { formatHours, formatMoney } from './contributions-money.ts';
import {
	formatDay,
	formatNumber,
	type AchievementsReport,
	type AnnualReport,
	type ReportItem,
	type Txt
} from './reports.ts';

/**
 * A report as a document: a title and a list of blocks, every string already in the report's
 * language. The HTML page (and so the PDF) and the DOCX both render these blocks, so the three
 * formats always say the same thing.
 */
export type Block =
	| { type: 'heading'; level: 2 | 3; text: string; lang?: Locale }
	| { type: 'paragraph'; text: string }
	| { type: 'facts'; items: { label: string; value: string }[] }
	| { type: 'items'; items: { text: string; lang: Locale; fallback: boolean; detail: string }[]; empty: string }
	| { type: 'table'; caption: string; header: string[]; rows: string[][]; numeric: number[] };

export interface ReportDocument {
	lang: Locale;
	title: string;
	subtitle: string;
	/** A short description, for the document properties. */
	description: string;
	blocks: Block[];
	/** Shown beside text that stands in from the other language. */
	fallbackNote: string;
}

function itemsBlock(list: ReportItem[], empty: string, lang: Locale): Block {
	return {
		type: 'items',
		empty,
		items: list.map((item) => {
			const when = item.date ? formatDay(item.date, lang) : '';
			const detail = [item.detail, when && !item.detail.includes(when) ? when : ''].filter(Boolean).join(' · ');
			return { text: item.text.text, lang: item.text.lang, fallback: item.text.fallback, detail };
		})
	};
}

const names = (list: Txt[]) => list.map((x) => x.text).join(' · ');

export function achievementsDocument(report: AchievementsReport): ReportDocument {
	const lang = report.lang;
	const tr = translatorFor(lang);
	const period = tr('reports.period_range', { from: formatDay(report.from, lang), to: formatDay(report.to, lang) });
	const blocks: Block[] = [
		{
			type: 'facts',
			items: [
				{ label: tr('reports.period'), value: period },
				{ label: tr('reports.plans_covered'), value: names(report.plans) || '—' },
				{
					label: tr('reports.summary'),
					value: tr('reports.summary_text', {
						achieved: report.counts.achieved,
						underway: report.counts.underway,
						next: report.counts.next
					})
				},
				{ label: tr('reports.generated_on'), value: formatDay(report.generatedOn, lang) }
			]
		}
	];
	if (!report.themes.length) blocks.push({ type: 'paragraph', text: tr('reports.achievements_empty') });
	for (const theme of report.themes) {
		blocks.push({ type: 'heading', level: 2, text: theme.title.text, lang: theme.title.lang });
		if (theme.results.length)
			blocks.push({
				type: 'facts',
				items: theme.results.map((r) => ({ label: tr('reports.intended_result'), value: r.text }))
			});
		// Like the printed report it replaces: a theme shows only the sections it has something in
		// (an empty box under every theme reads as failure); a theme with nothing at all says so.
		const sections = [
			{ items: theme.achieved, heading: tr('reports.achieved'), none: tr('reports.none_achieved') },
			{ items: theme.underway, heading: tr('reports.underway'), none: tr('reports.none_underway') },
			{ items: theme.next, heading: tr('reports.next'), none: tr('reports.none_next') }
		];
		const anything = sections.some((section) => section.items.length > 0);
		for (const section of sections) {
			if (anything && !section.items.length) continue;
			blocks.push({ type: 'heading', level: 3, text: section.heading });
			blocks.push(itemsBlock(section.items, section.none, lang));
		}
	}
	return {
		lang,
		title: tr('reports.achievements_title'),
		subtitle: `${report.partnership.name.text} · ${period}`,
		description: `${report.partnership.name.text} — ${period}`,
		blocks,
		fallbackNote: tr('reports.fallback_note')
	};
}

export function annualDocument(report: AnnualReport): ReportDocument {
	const lang = report.lang;
	const tr = translatorFor(lang);
	const money = (cents: number) => formatMoney(cents, lang);
	const period = tr('reports.period_range', { from: formatDay(report.from, lang), to: formatDay(report.to, lang) });
	const a = report.actions;
	const blocks: Block[] = [
		{
			type: 'facts',
			items: [
				{ label: tr('reports.partnership'), value: report.partnership.name.text },
				{ label: tr('reports.region'), value: report.partnership.region.text || '—' },
				{ label: tr('reports.fiscal_year'), value: report.label },
				{ label: tr('reports.period'), value: period },
				{ label: tr('reports.plans_covered'), value: names(report.plans) || '—' },
				{ label: tr('reports.generated_on'), value: formatDay(report.generatedOn, lang) }
			]
		},
		{ type: 'heading', level: 2, text: tr('reports.section_results') },
		{
			type: 'paragraph',
			text: tr('reports.actions_summary_text', {
				total: a.total - a.cancelled,
				done: a.done,
				on_track: a.on_track,
				at_risk: a.at_risk,
				late: a.late,
				not_started: a.not_started
			})
		}
	];
	if (!report.results.length) blocks.push({ type: 'paragraph', text: tr('reports.results_empty') });
	for (const r of report.results) {
		blocks.push({ type: 'heading', level: 3, text: r.result.text, lang: r.result.lang });
		blocks.push({
			type: 'facts',
			items: [
				{ label: tr('reports.theme'), value: r.theme.text },
				{
					label: tr('reports.col_actions'),
					value: tr('reports.result_actions', {
						done: r.actions.done,
						underway: r.actions.underway,
						next: r.actions.not_started
					})
				}
			]
		});
		if (r.indicators.length)
			blocks.push({
				type: 'table',
				caption: tr('reports.indicators_of', { result: r.result.text }),
				header: [
					tr('reports.col_indicator'),
					tr('reports.col_baseline'),
					tr('reports.col_target'),
					tr('reports.col_actual'),
					tr('reports.col_assessment')
				],
				rows: r.indicators.map((i) => [
					i.name.text,
					i.baseline,
					i.target,
					i.actual,
					tr(`reports.assessment_${i.assessment}`)
				]),
				numeric: []
			});
		else blocks.push({ type: 'paragraph', text: tr('reports.no_indicators') });
	}

	const c = report.contributions;
	blocks.push(
		{ type: 'heading', level: 2, text: tr('reports.section_contributions') },
		{
			type: 'paragraph',
			text: tr('reports.contributions_sentence', {
				cash: money(c.cash),
				in_kind: money(c.inKind),
				total: money(c.total)
			})
		},
		{
			type: 'table',
			caption: tr('reports.by_kind'),
			header: [tr('reports.col_kind'), tr('reports.col_cash_or_in_kind'), tr('reports.col_amount')],
			rows: [
				...contributionKinds.map((k) => [
					tr(`reports.kind_${k}`),
					k === 'cash' ? tr('reports.cash') : tr('reports.in_kind'),
					money(c.byKind[k])
				]),
				[tr('reports.total'), '', money(c.total)]
			],
			numeric: [2]
		}
	);
	if (c.hours > 0)
		blocks.push({ type: 'paragraph', text: tr('reports.staff_hours', { hours: formatHours(c.hours, lang) }) });
	if (c.byOrganization.length)
		blocks.push({
			type: 'table',
			caption: tr('reports.by_partner'),
			header: [tr('reports.col_organization'), tr('reports.cash'), tr('reports.in_kind'), tr('reports.total')],
			rows: c.byOrganization.map((o) => [
				lang === 'fr' ? o.name_fr : o.name_en || o.name_fr,
				money(o.cash),
				money(o.inKind),
				money(o.total)
			]),
			numeric: [1, 2, 3]
		});

	const m = report.membership;
	blocks.push(
		{ type: 'heading', level: 2, text: tr('reports.section_membership') },
		{
			type: 'facts',
			items: [
				{ label: tr('reports.membership_on'), value: formatDay(m.at, lang) },
				{ label: tr('reports.seated_organizations'), value: formatNumber(m.organizations, lang) },
				{ label: tr('reports.seated_people'), value: formatNumber(m.people, lang) },
				{ label: tr('reports.active_tables'), value: formatNumber(m.tables, lang) }
			]
		},
		{
			type: 'table',
			caption: tr('reports.by_sector'),
			header: [tr('reports.col_sector'), tr('reports.col_organizations')],
			rows: m.sectors.map((x) => [x.label, formatNumber(x.organizations, lang)]),
			numeric: [1]
		}
	);
	if (m.missing.length)
		blocks.push({ type: 'facts', items: [{ label: tr('reports.missing_sectors'), value: m.missing.join(', ') }] });

	const e = report.events;
	blocks.push(
		{ type: 'heading', level: 2, text: tr('reports.section_events') },
		{
			type: 'facts',
			items: [
				{ label: tr('reports.meetings_held'), value: formatNumber(e.held, lang) },
				{ label: tr('reports.attendance_total'), value: formatNumber(e.attendance, lang) },
				{ label: tr('reports.meetings_cancelled'), value: formatNumber(e.cancelled, lang) }
			]
		}
	);
	if (e.byTable.length)
		blocks.push({
			type: 'table',
			caption: tr('reports.meetings_by_table'),
			header: [tr('reports.col_table'), tr('reports.col_meetings_held')],
			rows: e.byTable.map((x) => [x.name.text, formatNumber(x.held, lang)]),
			numeric: [1]
		});
	return {
		lang,
		title: tr('reports.annual_title', { year: report.label }),
		subtitle: `${report.partnership.name.text} · ${period}`,
		description: `${report.partnership.name.text} — ${period}`,
		blocks,
		fallbackNote: tr('reports.fallback_note')
	};
}
