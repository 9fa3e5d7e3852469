import { redirect } from '@sveltejs/kit';
import { saveMeeting } from '#lib/server/partnership/meetings.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { inFormOrder, meetingFromForm, tableChoices } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'meetings.manage');
	const tables = await tableChoices(ctx, partnership.id);
	const requested = event.url.searchParams.get('table') ?? '';
	return { tables, defaults: { tableId: tables.some((t) => t.id === requested) ? requested : '' } };
};

export const actions: Actions = {
	default: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'meetings.manage');
		const { input, values } = meetingFromForm(await event.request.formData());
		const result = await saveMeeting(ctx, actor, partnership.id, null, input);
		if (!result.ok) return formFailure(inFormOrder(result), values);
		redirect(303, `/${event.params.lang}/${partnership.slug}/app/meetings/${result.value.id}?done=meetings.created`);
	}
};
