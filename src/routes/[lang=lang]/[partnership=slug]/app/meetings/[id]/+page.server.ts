import { error, redirect } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import {
	addFollowUpItem,
	assignablePeople,
	getMeeting,
	noticeRecipientCount,
	personOfUser,
	sendMeetingNotice,
	updateFollowUpItem
} from '#lib/server/partnership/meetings.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, user, role } = await requirePartnership(event, 'meetings.view');
	const meeting = await getMeeting(ctx, partnership.id, event.params.id);
	if (!meeting) error(404, 'errors.not_found');
	const manage = roleCan(role, 'meetings.manage');
	const [recipients, people, me] = await Promise.all([
		manage ? noticeRecipientCount(ctx, partnership.id, meeting.id) : Promise.resolve(0),
		manage ? assignablePeople(ctx, partnership.id) : Promise.resolve([]),
		personOfUser(ctx, partnership.id, user.id)
	]);
	return {
		meeting,
		recipients,
		people,
		myCalendarToken: me?.calendar_token ?? null,
		print: event.url.searchParams.get('print') === '1'
	};
};

const here = (event: { params: { lang?: string; id?: string } }, slug: string) =>
	`/${event.params.lang}/${slug}/app/meetings/${event.params.id}`;

export const actions: Actions = {
	notice: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'meetings.manage');
		const result = await sendMeetingNotice(ctx, actor, partnership.id, event.params.id);
		if (!result.ok) return formFailure(result, {}, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${here(event, partnership.slug)}?done=meetings.notice_sent`);
	},
	addFollowUp: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'meetings.manage');
		const values = formValues(await event.request.formData());
		const result = await addFollowUpItem(ctx, actor, partnership.id, {
			meetingId: event.params.id,
			descriptionFr: values.descriptionFr ?? '',
			descriptionEn: values.descriptionEn ?? '',
			assigneePersonId: values.assigneePersonId ?? '',
			dueDate: values.dueDate ?? ''
		});
		if (!result.ok) return formFailure(result, { ...values, form: 'followUp' });
		redirect(303, `${here(event, partnership.slug)}?done=meetings.follow_up_added#follow-ups`);
	},
	followUpStatus: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'meetings.manage');
		const values = formValues(await event.request.formData());
		const result = await updateFollowUpItem(ctx, actor, partnership.id, values.itemId ?? '', {
			status: values.status as 'done'
		});
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${here(event, partnership.slug)}?done=meetings.follow_up_updated#follow-ups`);
	}
};
