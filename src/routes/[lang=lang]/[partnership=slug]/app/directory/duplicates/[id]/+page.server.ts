import { error, redirect } from '@sveltejs/kit';
import { dismissDuplicate, mergeOrganizations, mergeServices } from '#lib/server/directory/curation/index.ts';
import { duplicatePair } from '#lib/server/directory/curation/duplicates.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

/** One likely pair side by side: choose the record to keep and, field by field, which value stays. */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'directory.manage');
	const pair = await duplicatePair(ctx, partnership.id, event.params.id);
	if (!pair) error(404, 'errors.not_found');
	return { pair };
};

export const actions: Actions = {
	merge: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const pair = await duplicatePair(ctx, partnership.id, event.params.id);
		if (!pair) error(404, 'errors.not_found');
		const values = formValues(await event.request.formData());
		const keepSide = values.keep === 'b' ? 'b' : 'a';
		const keep = pair[keepSide].id;
		const drop = pair[keepSide === 'a' ? 'b' : 'a'].id;
		// A field set to the other side's value is taken from the record that goes away.
		const choices = Object.fromEntries(
			pair.fields.map((f) => [
				f.field,
				values[`field_${f.field}`] && values[`field_${f.field}`] !== keepSide ? 'drop' : 'keep'
			])
		);
		const merge = pair.flag.entity === 'service' ? mergeServices : mergeOrganizations;
		const result = await merge(ctx, actor, partnership.id, keep, drop, choices);
		if (!result.ok) return formFailure(result, values);
		redirect(303, `/${event.params.lang}/${partnership.slug}/app/directory/duplicates?done=directory.duplicate_merged`);
	},
	dismiss: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const result = await dismissDuplicate(ctx, actor, partnership.id, event.params.id);
		if (!result.ok) return formFailure(result, {}, 404);
		redirect(
			303,
			`/${event.params.lang}/${partnership.slug}/app/directory/duplicates?done=directory.duplicate_dismissed`
		);
	}
};
