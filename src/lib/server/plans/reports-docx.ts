import {
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	AlignmentType
} from 'docx';
import type { Locale } from '../../i18n/locales.ts';
import type { Block, ReportDocument } from './reports-view.ts';

/** A report document (reports-view.ts) as a Word file: the same blocks as the HTML page and the PDF. */

const colon = (lang: Locale) => (lang === 'fr' ? ' : ' : ': ');

function cell(value: string, options: { header?: boolean; right?: boolean } = {}): TableCell {
	return new TableCell({
		children: [
			new Paragraph({
				alignment: options.right ? AlignmentType.RIGHT : undefined,
				children: [new TextRun({ text: value, bold: options.header })]
			})
		]
	});
}

function render(block: Block, doc: ReportDocument): (Paragraph | Table)[] {
	switch (block.type) {
		case 'heading':
			return [
				new Paragraph({
					text: block.text,
					heading: block.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2
				})
			];
		case 'paragraph':
			return [new Paragraph({ text: block.text })];
		case 'facts':
			return block.items.map(
				(f) =>
					new Paragraph({
						children: [new TextRun({ text: `${f.label}${colon(doc.lang)}`, bold: true }), new TextRun(f.value)]
					})
			);
		case 'items':
			if (!block.items.length)
				return [new Paragraph({ children: [new TextRun({ text: block.empty, italics: true })] })];
			return block.items.map(
				(item) =>
					new Paragraph({
						bullet: { level: 0 },
						children: [
							new TextRun(item.text),
							...(item.fallback ? [new TextRun({ text: ` (${doc.fallbackNote})`, italics: true })] : []),
							...(item.detail ? [new TextRun({ text: ` — ${item.detail}`, italics: true })] : [])
						]
					})
			);
		case 'table':
			return [
				new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })] }),
				new Table({
					width: { size: 100, type: WidthType.PERCENTAGE },
					rows: [
						new TableRow({
							tableHeader: true,
							children: block.header.map((h, i) => cell(h, { header: true, right: block.numeric.includes(i) }))
						}),
						...block.rows.map(
							(row) => new TableRow({ children: row.map((c, i) => cell(c, { right: block.numeric.includes(i) })) })
						)
					]
				})
			];
	}
}

export async function reportDocx(doc: ReportDocument): Promise<Buffer> {
	const children: (Paragraph | Table)[] = [
		new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
		new Paragraph({ text: doc.subtitle }),
		...doc.blocks.flatMap((b) => render(b, doc))
	];
	return Packer.toBuffer(
		new Document({
			title: doc.title,
			creator: 'Passerelle',
			description: doc.description,
			styles: { default: { document: { run: { language: { value: `${doc.lang}-CA` } } } } },
			sections: [{ children }]
		})
	);
}
