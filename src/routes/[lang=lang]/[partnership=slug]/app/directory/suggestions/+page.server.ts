import { redirect } from '@sveltejs/kit';
import { listSuggestions, reviewSuggestion } from '#lib/server/directory/curation/index.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

const statuses = ['pending', 'accepted', 'rejected'] as const;

/** The moderation queue: visitors' reports and suggestions, and corrections from verification links. */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'directory.manage');
	const param = event.url.searchParams.get('status') ?? 'pending';
	const status = (statuses as readonly string[]).includes(param) ? (param as (typeof statuses)[number]) : 'pending';
	return { suggestions: await listSuggestions(ctx, partnership.id, { status }), status, statuses: [...statuses] };
};

export const actions: Actions = {
	review: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const data = await event.request.formData();
		const values = formValues(data);
		const fields = data.getAll('fields').filter((f): f is string => typeof f === 'string');
		const result = await reviewSuggestion(ctx, actor, partnership.id, values.suggestionId ?? '', {
			decision: values.decision ?? '',
			note: values.note ?? '',
			fields: values.fieldsShown === '1' ? fields : undefined
		});
		if (!result.ok) {
			return formFailure(
				result,
				{ ...values, id: values.suggestionId ?? '' },
				result.code === 'common.error_not_found' ? 404 : 400
			);
		}
		redirect(
			303,
			`${event.url.pathname}?done=directory.suggestion_${values.decision === 'accept' ? 'accepted' : 'rejected'}`
		);
	}
};
