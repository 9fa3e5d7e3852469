import { redirect } from '@sveltejs/kit';
import { saveTable } from '#lib/server/partnership/index.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { parentChoices, tableFromForm, tableVocabulary } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'tables.manage');
	const parents = await parentChoices(ctx, partnership.id);
	// "Add a sub-table" on a table's page preselects that table as the parent.
	const wanted = event.url.searchParams.get('parent') ?? '';
	return { parents, parentId: parents.some((p) => p.id === wanted) ? wanted : '', vocabulary: tableVocabulary() };
};

export const actions: Actions = {
	create: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'tables.manage');
		const { input, values } = tableFromForm(await event.request.formData());
		const result = await saveTable(ctx, actor, partnership.id, null, input);
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname.replace(/\/new$/, '')}/${result.value.id}?done=orgs.table_created`);
	}
};
