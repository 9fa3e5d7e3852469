import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * The HSDS data package as one XLSX workbook: one sheet per CSV file of the package (the sheet is
 * named after the file, without `.csv`), every cell stored as text so a value never changes type
 * on the way (a postal code stays "N6A 1A1", an id is never a number). Reading a workbook gives
 * back the CSV files, so the package importer does the rest: export → import → export is lossless.
 */
export async function workbookFromCsvFiles(files: Record<string, string>): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Passerelle';
	for (const [name, content] of Object.entries(files)) {
		if (!name.endsWith('.csv')) continue;
		const rows = parse(content.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
		const sheet = workbook.addWorksheet(name.replace(/\.csv$/, '').slice(0, 31));
		for (const row of rows) {
			const added = sheet.addRow(row);
			added.eachCell((cell) => {
				cell.numFmt = '@';
			});
		}
		if (rows.length > 0) sheet.getRow(1).font = { bold: true };
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((part) => part.text).join('');
		if ('text' in value) return String(value.text);
		if ('result' in value) return value.result === undefined ? '' : String(value.result);
		return '';
	}
	return String(value);
}

/** The CSV files of a workbook written by workbookFromCsvFiles (or by hand in the same shape); null when unreadable. */
export async function csvFilesFromWorkbook(bytes: Uint8Array): Promise<Record<string, string> | null> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch {
		return null;
	}
	const files: Record<string, string> = {};
	workbook.eachSheet((sheet) => {
		const rows: string[][] = [];
		const width = sheet.getRow(1).cellCount;
		sheet.eachRow({ includeEmpty: false }, (row) => {
			const cells: string[] = [];
			for (let i = 1; i <= width; i++) cells.push(cellText(row.getCell(i).value));
			rows.push(cells);
		});
		if (rows.length > 0) files[`${sheet.name}.csv`] = stringify(rows, { record_delimiter: '\r\n' });
	});
	return files;
}
