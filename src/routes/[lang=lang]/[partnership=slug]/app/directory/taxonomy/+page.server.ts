import { redirect } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import { flattenTaxonomy, isUuid, listTaxonomyTree } from '#lib/server/directory/index.ts';
import { termFormInput } from '#lib/server/directory/schemas.ts';
import { newcomerLanguages } from '#lib/server/directory/taxonomy-data.ts';
import { deleteTaxonomyTerm, saveTaxonomyTerm } from '#lib/server/directory/taxonomy-terms.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

/** The categories: the shipped IRCC taxonomy, extended by the coordinators (terms, names, synonyms). */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role } = await requirePartnership(event, 'directory.view');
	const terms = flattenTaxonomy(await listTaxonomyTree(ctx.db, partnership.id));
	const editId = event.url.searchParams.get('edit') ?? '';
	const editing = isUuid(editId) ? terms.find((t) => t.id === editId) : undefined;
	const values: Record<string, string> = editing
		? {
				termId: editing.id,
				parentId: editing.parentId ?? '',
				code: editing.code,
				nameFr: editing.name.fr,
				nameEn: editing.name.en,
				descriptionFr: editing.description.fr,
				descriptionEn: editing.description.en,
				synonyms: editing.synonyms.join(', '),
				...Object.fromEntries(Object.entries(editing.names).map(([code, name]) => [`names.${code}`, name]))
			}
		: { parentId: event.url.searchParams.get('parent') ?? '' };
	return {
		terms: terms.map((t) => ({
			id: t.id,
			parentId: t.parentId,
			depth: t.depth,
			code: t.code,
			name: t.name,
			names: t.names,
			synonyms: t.synonyms,
			serviceCount: t.serviceCount
		})),
		values,
		editing: Boolean(editing),
		newcomerLanguages: [...newcomerLanguages],
		canManage: roleCan(role, 'directory.manage')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const data = await event.request.formData();
		const values = formValues(data);
		const termId = values.termId && isUuid(values.termId) ? values.termId : null;
		const result = await saveTaxonomyTerm(ctx, actor, partnership.id, termId, termFormInput(data));
		if (!result.ok) return formFailure(result, values, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=directory.editor_term_saved#term-${result.value.id}`);
	},
	delete: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const values = formValues(await event.request.formData());
		const result = await deleteTaxonomyTerm(ctx, actor, partnership.id, values.termId ?? '');
		if (!result.ok) return formFailure(result, values, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=directory.editor_term_deleted`);
	}
};
