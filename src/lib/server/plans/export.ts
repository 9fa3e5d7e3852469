import {
	AlignmentType,
	Document,
	HeadingLevel,
	Packer,
	PageOrientation,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { Locale } from '../../i18n/locales.ts';
import type { DB } from '../db/schema.ts';
import { t as translatorFor } from '../i18n.ts';
import { scoped } from '../tenancy/scoped.ts';
import type { ActionStatus } from './db-schema.ts';
import { getPlanTree, type ActionView, type PlanTree } from './plans.ts';

/**
 * Export of a plan in the layout of the seed's Word table (AXES STRATÉGIQUES … RESPONSABLES), one
 * row per action, a blank axis/result/priority cell meaning "same as above". The "full" layout
 * adds the columns that make import → export → import keep everything: supporting partners,
 * status, progress, weight, owning table, and the other language's text.
 */

const headers = {
	fr: [
		'AXES STRATÉGIQUES',
		'RÉSULTATS VISÉS',
		'PRIORITÉS',
		'ACTIONS / ACTIVITÉS',
		'INDICATEURS',
		'Échéancier',
		'RESPONSABLES'
	],
	en: [
		'STRATEGIC AXES',
		'INTENDED RESULTS',
		'PRIORITIES',
		'ACTIONS / ACTIVITIES',
		'INDICATORS',
		'Timeline',
		'RESPONSIBLE'
	]
};
const extraHeaders = {
	fr: [
		'PARTENAIRES (APPUI)',
		'STATUT',
		'PROGRESSION (%)',
		'POIDS',
		'TABLE',
		'AXES STRATÉGIQUES (EN)',
		'RÉSULTATS VISÉS (EN)',
		'PRIORITÉS (EN)',
		'ACTIONS / ACTIVITÉS (EN)',
		'INDICATEURS (EN)'
	],
	en: [
		'PARTNERS (SUPPORT)',
		'STATUS',
		'PROGRESS (%)',
		'WEIGHT',
		'TABLE',
		'STRATEGIC AXES (FR)',
		'INTENDED RESULTS (FR)',
		'PRIORITIES (FR)',
		'ACTIONS / ACTIVITIES (FR)',
		'INDICATORS (FR)'
	]
};
const statusWords: Record<Locale, Record<ActionStatus, string>> = {
	fr: {
		not_started: 'Non commencé',
		on_track: 'En bonne voie',
		at_risk: 'À risque',
		late: 'En retard',
		done: 'Terminé',
		cancelled: 'Annulé'
	},
	en: {
		not_started: 'Not started',
		on_track: 'On track',
		at_risk: 'At risk',
		late: 'Late',
		done: 'Done',
		cancelled: 'Cancelled'
	}
};

export interface ExportOptions {
	lang: Locale;
	/** the extra columns (default true); false gives exactly the seed's seven columns */
	full?: boolean;
}

function responsibleText(a: ActionView, role: 'lead' | 'support') {
	return a.responsibles
		.filter((r) => r.role === role)
		.map((r) => {
			const label = r.organization_id && r.acronym ? r.acronym : r.label;
			return r.note ? `${label} (${r.note})` : label;
		})
		.join(' + ');
}

/** The table as rows of text: the header, then one row per action (or per priority without action). */
export function planRows(
	tree: PlanTree,
	tables: { id: string; name_fr: string; name_en: string }[],
	options: ExportOptions
): string[][] {
	const { lang } = options;
	const full = options.full ?? true;
	const other: Locale = lang === 'fr' ? 'en' : 'fr';
	// The full layout keeps each language as it is (for the round trip); the seed's layout shows
	// the other language where one is missing, as the screens do.
	const pickIn = (o: object, field: string, l: Locale) => {
		const values = o as Record<string, unknown>;
		const own = String(values[`${field}_${l}`] ?? '');
		return own || full ? own : String(values[`${field}_${l === 'fr' ? 'en' : 'fr'}`] ?? '');
	};
	const rows: string[][] = [full ? [...headers[lang], ...extraHeaders[lang]] : headers[lang]];
	const indicatorById = new Map(tree.indicators.map((i) => [i.id, i]));
	const axisCell = (axis: PlanTree['axes'][number], l: Locale) => {
		const title = pickIn(axis, 'title', l);
		const description = pickIn(axis, 'description', l);
		return description ? `${title} : ${description}` : title;
	};
	for (const axis of tree.axes) {
		let axisShown = false;
		const emptyResult = axis.results.length === 0;
		if (emptyResult) {
			rows.push(pad([axisCell(axis, lang)], full, [axisCell(axis, other)]));
			continue;
		}
		for (const result of axis.results) {
			let resultShown = false;
			const line = (priority: string, priorityOther: string, action: ActionView | null) => {
				const main = [
					axisShown ? '' : axisCell(axis, lang),
					resultShown ? '' : pickIn(result, 'title', lang),
					priority,
					action ? pickIn(action, 'description', lang) : '',
					action ? action.indicatorIds.map((id) => pickIn(indicatorById.get(id) ?? {}, 'name', lang)).join('\n') : '',
					action?.timeline_text ?? '',
					action ? responsibleText(action, 'lead') : ''
				];
				const extras = action
					? [
							responsibleText(action, 'support'),
							statusWords[lang][action.status],
							String(action.progress),
							String(action.weight),
							(() => {
								const t = tables.find((x) => x.id === action.table_id);
								return t ? (lang === 'fr' ? t.name_fr : t.name_en) : '';
							})(),
							axisShown ? '' : axisCell(axis, other),
							resultShown ? '' : pickIn(result, 'title', other),
							priorityOther,
							pickIn(action, 'description', other),
							action.indicatorIds.map((id) => pickIn(indicatorById.get(id) ?? {}, 'name', other)).join('\n')
						]
					: [
							'',
							'',
							'',
							'',
							'',
							axisShown ? '' : axisCell(axis, other),
							resultShown ? '' : pickIn(result, 'title', other),
							priorityOther,
							'',
							''
						];
				rows.push(full ? [...main, ...extras] : main);
				axisShown = true;
				resultShown = true;
			};
			if (!result.priorities.length) line('', '', null);
			for (const priority of result.priorities) {
				const p = pickIn(priority, 'title', lang);
				const po = pickIn(priority, 'title', other);
				if (!priority.actions.length) line(p, po, null);
				priority.actions.forEach((action, i) => line(i === 0 ? p : '', i === 0 ? po : '', action));
			}
		}
	}
	return rows;
}

function pad(main: string[], full: boolean, otherAxis: string[]): string[] {
	const row = [...main, ...Array(7 - main.length).fill('')];
	return full ? [...row, '', '', '', '', '', ...otherAxis, '', '', '', ''] : row;
}

async function treeAndTables(db: Kysely<DB>, partnershipId: string, planId: string) {
	const tree = await getPlanTree(db, partnershipId, planId);
	if (!tree) return undefined;
	const tables = await scoped(db, partnershipId)
		.selectFrom('governance_table')
		.select(['id', 'name_fr', 'name_en'])
		.execute();
	return { tree, tables };
}

export async function exportPlanCsv(db: Kysely<DB>, partnershipId: string, planId: string, options: ExportOptions) {
	const data = await treeAndTables(db, partnershipId, planId);
	if (!data) return undefined;
	return Buffer.from(`\uFEFF${stringify(planRows(data.tree, data.tables, options))}`, 'utf8');
}

export async function exportPlanXlsx(db: Kysely<DB>, partnershipId: string, planId: string, options: ExportOptions) {
	const data = await treeAndTables(db, partnershipId, planId);
	if (!data) return undefined;
	const rows = planRows(data.tree, data.tables, options);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Passerelle';
	const title = options.lang === 'fr' ? data.tree.plan.title_fr : data.tree.plan.title_en;
	const sheet = workbook.addWorksheet(title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Plan', {
		pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	for (const row of rows) sheet.addRow(row);
	sheet.getRow(1).font = { bold: true };
	const widths = [34, 34, 34, 44, 28, 18, 24, 24, 14, 12, 8, 24, 30, 30, 30, 40, 28];
	sheet.columns.forEach((column, i) => {
		column.width = widths[i] ?? 20;
		column.alignment = { wrapText: true, vertical: 'top' };
	});
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A landscape Word table like the seed's. */
export async function exportPlanDocx(db: Kysely<DB>, partnershipId: string, planId: string, options: ExportOptions) {
	const data = await treeAndTables(db, partnershipId, planId);
	if (!data) return undefined;
	const rows = planRows(data.tree, data.tables, { ...options, full: false });
	const tr = translatorFor(options.lang);
	const plan = data.tree.plan;
	const title = (options.lang === 'fr' ? plan.title_fr : plan.title_en) || plan.title_fr;
	const cellParagraphs = (text: string, bold: boolean) =>
		(text ? text.split('\n') : ['']).map(
			(line) =>
				new Paragraph({
					children: [new TextRun({ text: line, bold, size: 18 })],
					bullet: !bold && text.includes('\n') && !line.startsWith('- ') ? { level: 0 } : undefined
				})
		);
	const table = new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: rows.map(
			(row, i) =>
				new TableRow({
					tableHeader: i === 0,
					children: row.map((cell) => new TableCell({ children: cellParagraphs(cell, i === 0) }))
				})
		)
	});
	const doc = new Document({
		creator: 'Passerelle',
		title,
		sections: [
			{
				properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
				children: [
					new Paragraph({
						heading: HeadingLevel.HEADING_1,
						alignment: AlignmentType.CENTER,
						children: [new TextRun(title)]
					}),
					...(data.tree.plan.table_name_fr
						? [
								new Paragraph({
									children: [new TextRun((options.lang === 'fr' ? plan.table_name_fr : plan.table_name_en) ?? '')]
								})
							]
						: []),
					new Paragraph({ children: [new TextRun({ text: tr('plans.export_docx_note'), italics: true, size: 18 })] }),
					table
				]
			}
		]
	});
	return Packer.toBuffer(doc);
}
