import { error, redirect } from '@sveltejs/kit';
import { getMeeting, saveMeeting } from '#lib/server/partnership/meetings.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import { inFormOrder, meetingFromForm, meetingToValues, tableChoices } from '../../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'meetings.manage');
	const meeting = await getMeeting(ctx, partnership.id, event.params.id);
	if (!meeting) error(404, 'errors.not_found');
	return {
		meeting: { id: meeting.id, title_fr: meeting.title_fr, title_en: meeting.title_en },
		values: meetingToValues(meeting),
		tables: await tableChoices(ctx, partnership.id)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'meetings.manage');
		const { input, values } = meetingFromForm(await event.request.formData());
		const result = await saveMeeting(ctx, actor, partnership.id, event.params.id, input);
		if (!result.ok) return formFailure(inFormOrder(result), values);
		redirect(303, `/${event.params.lang}/${partnership.slug}/app/meetings/${event.params.id}?done=meetings.saved`);
	}
};
