import { fail } from '@sveltejs/kit';
import { csvFilesFromWorkbook } from '#lib/server/directory/hsds/workbook.ts';
import { importHsds, type ImportInput, type ImportReport } from '#lib/server/directory/hsds/import.ts';
import {
	findMapping,
	guessMapping,
	importSpreadsheet,
	listMappings,
	readSheet,
	saveMapping,
	spreadsheetTargets,
	type SpreadsheetMapping,
	type SpreadsheetTarget
} from '#lib/server/directory/spreadsheet.ts';
import { listOrganizations } from '#lib/server/partnership/organizations.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Imports: an HSDS file or package, or a spreadsheet with a column mapping. Without JavaScript:
 * the uploaded file travels back in a hidden field, so "dry run" then "import" needs one upload.
 */
const maxBytes = 5 * 1024 * 1024;
const maxLabel = '5 MB';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'directory.manage');
	const [mappings, organizations] = await Promise.all([
		listMappings(ctx, partnership.id),
		listOrganizations(ctx, partnership.id, { membership: 'all' })
	]);
	return {
		mappings: mappings.map((m) => ({ id: m.id, name: m.name })),
		organizations: organizations.map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } })),
		targets: [...spreadsheetTargets],
		maxLabel
	};
};

interface Upload {
	name: string;
	bytes: Uint8Array;
}

async function uploads(data: FormData): Promise<Upload[] | 'too_large'> {
	const out: Upload[] = [];
	for (const value of data.getAll('files')) {
		if (typeof value === 'string' || value.size === 0) continue;
		if (value.size > maxBytes) return 'too_large';
		out.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
	}
	if (out.length === 0) {
		// The file(s) of the previous step, carried in the page.
		const payload = data.get('payload');
		if (typeof payload === 'string' && payload) {
			try {
				const files = JSON.parse(payload) as Record<string, string>;
				for (const [name, b64] of Object.entries(files)) out.push({ name, bytes: Buffer.from(b64, 'base64') });
			} catch {
				return [];
			}
		}
	}
	return out;
}

const payloadOf = (files: Upload[]) =>
	JSON.stringify(Object.fromEntries(files.map((f) => [f.name, Buffer.from(f.bytes).toString('base64')])));

async function hsdsInput(files: Upload[]): Promise<ImportInput | null> {
	const dec = new TextDecoder();
	// The HSDS workbook the export page offers: one sheet per table.
	if (files.length === 1 && /\.xlsx$/i.test(files[0].name)) {
		const sheets = await csvFilesFromWorkbook(files[0].bytes);
		return sheets ? { kind: 'csv', files: sheets } : null;
	}
	if (files.length === 1 && /\.json$/i.test(files[0].name))
		return { kind: 'json', text: dec.decode(files[0].bytes), name: files[0].name };
	if (files.length === 1 && /\.zip$/i.test(files[0].name)) return { kind: 'zip', bytes: files[0].bytes };
	if (files.every((f) => /\.(csv|json)$/i.test(f.name)))
		return { kind: 'csv', files: Object.fromEntries(files.map((f) => [f.name, dec.decode(f.bytes)])) };
	return null;
}

function outcome(kind: 'hsds' | 'spreadsheet', report: ImportReport, extra: Record<string, unknown>) {
	const body = { kind, report, ...extra };
	return report.status === 'rejected' ? fail(400, body) : body;
}

export const actions: Actions = {
	hsds: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const data = await event.request.formData();
		const files = await uploads(data);
		if (files === 'too_large')
			return fail(400, { kind: 'hsds', error: 'directory.import_error_file_too_large', max: maxLabel });
		if (!files.length)
			return fail(400, {
				kind: 'hsds',
				error: 'directory.import_error_no_file',
				fieldErrors: { files: ['directory.import_error_no_file'] }
			});
		const input = await hsdsInput(files);
		if (!input)
			return fail(400, {
				kind: 'hsds',
				error: 'directory.import_error_file_type',
				fieldErrors: { files: ['directory.import_error_file_type'] }
			});
		const sourceLanguage = data.get('sourceLanguage') === 'fr' ? 'fr' : 'en';
		const commit = data.get('mode') === 'import';
		const result = await importHsds(ctx, actor, partnership.id, input, { dryRun: !commit, sourceLanguage });
		if (!result.ok) return fail(400, { kind: 'hsds', error: result.code });
		return outcome('hsds', result.value, {
			payload: result.value.status === 'committed' ? '' : payloadOf(files),
			fileNames: files.map((f) => f.name),
			sourceLanguage
		});
	},

	analyze: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const data = await event.request.formData();
		const files = await uploads(data);
		if (files === 'too_large')
			return fail(400, { kind: 'spreadsheet', error: 'directory.import_error_file_too_large', max: maxLabel });
		if (files.length !== 1)
			return fail(400, {
				kind: 'spreadsheet',
				error: 'directory.import_error_no_file',
				fieldErrors: { files: ['directory.import_error_no_file'] }
			});
		const [file] = files;
		const saved = String(data.get('mappingId') ?? '');
		const mapping = saved ? await findMapping(ctx, partnership.id, saved) : null;
		const sheet = await readSheet(file.bytes, file.name, mapping?.mapping.sheet);
		if (!sheet.ok) return fail(400, { kind: 'spreadsheet', error: sheet.code, fieldErrors: { files: [sheet.code] } });
		const state = {
			payload: payloadOf(files),
			fileName: file.name,
			headers: sheet.value.headers,
			samples: Object.fromEntries(sheet.value.headers.map((h) => [h, sheet.value.rows[0]?.values[h] ?? ''])),
			mapping: mapping?.mapping ?? guessMapping(sheet.value.headers),
			mappingName: mapping?.name ?? ''
		};
		if (!mapping) return { kind: 'spreadsheet', stage: 'mapping', ...state };
		// A saved mapping: straight to the dry run.
		const result = await importSpreadsheet(ctx, actor, partnership.id, sheet.value, mapping.mapping, {
			dryRun: true,
			mappingName: mapping.name
		});
		if (!result.ok) return fail(400, { kind: 'spreadsheet', stage: 'mapping', ...state, error: result.code });
		return outcome('spreadsheet', result.value, { stage: 'mapping', ...state });
	},

	spreadsheet: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const data = await event.request.formData();
		const files = await uploads(data);
		if (files === 'too_large' || files.length !== 1)
			return fail(400, { kind: 'spreadsheet', error: 'directory.import_error_no_file' });
		const [file] = files;
		const headers: string[] = [];
		const columns: Record<string, SpreadsheetTarget> = {};
		for (let i = 0; data.has(`header_${i}`); i++) {
			const header = String(data.get(`header_${i}`));
			headers.push(header);
			const target = String(data.get(`column_${i}`) ?? 'ignore') as SpreadsheetTarget;
			columns[header] = (spreadsheetTargets as readonly string[]).includes(target) ? target : 'ignore';
		}
		const organizationId = String(data.get('organizationId') ?? '') || null;
		const mapping: SpreadsheetMapping = { columns, organizationId };
		const mappingName = String(data.get('mappingName') ?? '').trim();
		const sheet = await readSheet(file.bytes, file.name);
		if (!sheet.ok) return fail(400, { kind: 'spreadsheet', error: sheet.code });
		const state = {
			stage: 'mapping',
			payload: payloadOf(files),
			fileName: file.name,
			headers,
			samples: Object.fromEntries(headers.map((h) => [h, sheet.value.rows[0]?.values[h] ?? ''])),
			mapping,
			mappingName
		};
		const commit = data.get('mode') === 'import';
		const result = await importSpreadsheet(ctx, actor, partnership.id, sheet.value, mapping, {
			dryRun: !commit,
			mappingName: mappingName || file.name
		});
		if (!result.ok)
			return fail(400, { kind: 'spreadsheet', ...state, error: result.code, fieldErrors: result.fieldErrors });
		let saved = '';
		if (mappingName && result.value.status !== 'rejected') {
			const s = await saveMapping(ctx, actor, partnership.id, { name: mappingName, mapping });
			if (!s.ok)
				return fail(400, { kind: 'spreadsheet', ...state, error: s.code, fieldErrors: { mappingName: [s.code] } });
			saved = mappingName;
		}
		return outcome('spreadsheet', result.value, { ...state, saved });
	}
};
