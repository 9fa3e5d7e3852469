import { redirect } from '@sveltejs/kit';
import { flattenTree, tableTree } from '#lib/server/partnership/index.ts';
import {
	importFields,
	importPlanTable,
	listImportMappings,
	listPlans,
	listStrategies,
	saveImportMapping
} from '#lib/server/plans/index.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

const MAX_BYTES = 2_000_000;

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.manage');
	const [mappings, strategies, tables, plans] = await Promise.all([
		listImportMappings(ctx.db, partnership.id),
		listStrategies(ctx.db, partnership.id),
		tableTree(ctx, partnership.id),
		listPlans(ctx.db, partnership.id)
	]);
	return {
		mappings: mappings.map((m) => ({ id: m.id, name: m.name })),
		strategies: strategies.map((s) => ({ id: s.id, title_fr: s.title_fr, title_en: s.title_en })),
		tables: flattenTree(tables).map((n) => ({ id: n.id, name_fr: n.name_fr, name_en: n.name_en, depth: n.depth })),
		plans: plans.map((p) => ({ id: p.id, title_fr: p.title_fr, title_en: p.title_en })),
		fields: [...importFields]
	};
};

/**
 * The file comes once, with the dry run; the report page carries it back (base64, hidden field)
 * to the commit, so nothing is stored before the coordinator confirms and no JavaScript is needed.
 */
async function readUpload(data: FormData): Promise<{ bytes: Uint8Array; fileName: string } | null> {
	const file = data.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > MAX_BYTES) return null;
		return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name.slice(0, 200) };
	}
	const payload = String(data.get('payload') ?? '');
	if (!payload) return null;
	const bytes = new Uint8Array(Buffer.from(payload, 'base64'));
	if (!bytes.length || bytes.length > MAX_BYTES) return null;
	return { bytes, fileName: String(data.get('fileName') ?? 'import.csv').slice(0, 200) };
}

function planFields(v: Record<string, string>) {
	return {
		titleFr: v.titleFr ?? '',
		titleEn: v.titleEn ?? '',
		tableId: v.tableId ?? '',
		strategyId: v.strategyId ?? '',
		status: v.status || 'draft',
		year: v.year ?? '',
		periodStart: v.periodStart ?? '',
		periodEnd: v.periodEnd ?? ''
	};
}

async function run(event: Parameters<Actions[string]>[0], dryRun: boolean) {
	const { ctx, partnership, actor } = await requirePartnership(event, 'plans.manage');
	const data = await event.request.formData();
	const values = formValues(data);
	const upload = await readUpload(data);
	const keep = { ...values, payload: '', file: '' };
	if (!upload)
		return formFailure(
			{ ok: false, code: 'plans.import_no_file', fieldErrors: { file: ['plans.import_no_file'] } },
			keep
		);
	// A mapping made on the report page (one select per column), or a saved one.
	const columns: Record<string, string> = {};
	for (const [key, value] of data.entries()) {
		const m = /^map\.(\d+)$/.exec(key);
		if (m && typeof value === 'string' && value) columns[String(data.get(`col.${m[1]}`) ?? '')] = value;
	}
	const mapping = Object.keys(columns).length
		? { columns, language: values.mappingLanguage === 'en' ? 'en' : 'fr' }
		: null;
	if (mapping && values.mappingName?.trim()) {
		const saved = await saveImportMapping(ctx, actor, partnership.id, values.mappingName, mapping);
		if (!saved.ok) return formFailure(saved, keep);
	}
	const result = await importPlanTable(ctx, actor, partnership.id, {
		fileName: upload.fileName,
		data: upload.bytes,
		dryRun,
		planId: values.planId || null,
		plan: planFields(values),
		mapping,
		mappingId: mapping ? null : values.mappingId || null
	});
	if (!result.ok)
		return formFailure(result, {
			...keep,
			payload: Buffer.from(upload.bytes).toString('base64'),
			fileName: upload.fileName
		});
	if (!result.value.dryRun && result.value.planId) {
		redirect(303, `${event.url.pathname.replace(/\/import$/, '')}/${result.value.planId}?done=plans.import_done`);
	}
	return {
		report: result.value,
		values: {
			...keep,
			payload: Buffer.from(upload.bytes).toString('base64'),
			fileName: upload.fileName,
			mappingId: mapping ? '' : (values.mappingId ?? '')
		}
	};
}

export const actions: Actions = {
	preview: async (event) => run(event, true),
	commit: async (event) => run(event, false)
};
