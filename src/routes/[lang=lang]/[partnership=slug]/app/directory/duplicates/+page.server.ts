import { redirect } from '@sveltejs/kit';
import { dismissDuplicate, listDuplicateFlags, scanDuplicates } from '#lib/server/directory/curation/index.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

/** Likely duplicates: scan the directory, then review each pair (merge or dismiss). */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'directory.manage');
	return { flags: await listDuplicateFlags(ctx, partnership.id) };
};

export const actions: Actions = {
	scan: async (event) => {
		const { ctx, partnership } = await requirePartnership(event, 'directory.manage');
		const result = await scanDuplicates(ctx, partnership.id);
		if (!result.ok) return formFailure(result);
		const { services, organizations } = result.value;
		redirect(
			303,
			`${event.url.pathname}?done=directory.duplicate_scanned&services=${services}&organizations=${organizations}`
		);
	},
	dismiss: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const values = formValues(await event.request.formData());
		const result = await dismissDuplicate(ctx, actor, partnership.id, values.flagId ?? '');
		if (!result.ok) return formFailure(result, {}, 404);
		redirect(303, `${event.url.pathname}?done=directory.duplicate_dismissed`);
	}
};
