import type { AppContext } from '#lib/server/context.ts';
import { flattenTree, tableTree } from '#lib/server/partnership/index.ts';
import type { TableInput } from '#lib/server/partnership/schemas.ts';
import { tableKinds, themes } from '#lib/server/partnership/vocabulary.ts';
import { formValues } from '#lib/server/web.ts';

export const tableVocabulary = () => ({ kinds: [...tableKinds], themes: ['', ...themes] as string[] });

/** The table form's fields as the domain's input, and the values to show again on failure. */
export function tableFromForm(data: FormData): { input: TableInput; values: Record<string, unknown> } {
	const v = formValues(data);
	const input: TableInput = {
		parentId: v.parentId ?? '',
		kind: v.kind ?? '',
		theme: (v.theme ?? '') as '',
		nameFr: v.nameFr ?? '',
		nameEn: v.nameEn ?? '',
		mandateFr: v.mandateFr ?? '',
		mandateEn: v.mandateEn ?? '',
		startDate: v.startDate ?? '',
		endDate: v.endDate ?? '',
		status: (v.status ?? 'active') as 'active',
		position: v.position?.trim() ? v.position : 0
	};
	return { input, values: v };
}

export function tableToValues(row: {
	parent_id: string | null;
	kind: string;
	theme: string;
	name_fr: string;
	name_en: string;
	mandate_fr: string;
	mandate_en: string;
	start_date: string | null;
	end_date: string | null;
	status: string;
	position: number;
}): Record<string, unknown> {
	return {
		parentId: row.parent_id ?? '',
		kind: row.kind,
		theme: row.theme,
		nameFr: row.name_fr,
		nameEn: row.name_en,
		mandateFr: row.mandate_fr,
		mandateEn: row.mandate_en,
		startDate: row.start_date ?? '',
		endDate: row.end_date ?? '',
		status: row.status,
		position: String(row.position)
	};
}

/**
 * Tables a table may sit under, in tree order with their depth. Editing a table leaves out the
 * table itself and everything under it (the domain refuses those too).
 */
export async function parentChoices(ctx: Pick<AppContext, 'db'>, partnershipId: string, editingId?: string) {
	const flat = flattenTree(await tableTree(ctx, partnershipId, { includeClosed: true }));
	const excluded = new Set<string>();
	if (editingId) {
		const start = flat.findIndex((n) => n.id === editingId);
		if (start >= 0) {
			excluded.add(editingId);
			for (let i = start + 1; i < flat.length && flat[i].depth > flat[start].depth; i++) excluded.add(flat[i].id);
		}
	}
	return flat
		.filter((n) => !excluded.has(n.id))
		.map((n) => ({ id: n.id, name_fr: n.name_fr, name_en: n.name_en, depth: n.depth, status: n.status }));
}
