import { error, redirect } from '@sveltejs/kit';
import { decisionsFromLines, getMeeting, recordMinutes } from '#lib/server/partnership/meetings.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'meetings.manage');
	const meeting = await getMeeting(ctx, partnership.id, event.params.id);
	if (!meeting) error(404, 'errors.not_found');
	return {
		meeting: {
			id: meeting.id,
			title_fr: meeting.title_fr,
			title_en: meeting.title_en,
			table_name_fr: meeting.table_name_fr,
			table_name_en: meeting.table_name_en,
			starts_at: meeting.starts_at,
			ends_at: meeting.ends_at,
			status: meeting.status,
			attendance: meeting.attendance
		},
		values: {
			minutesFr: meeting.minutes_fr,
			minutesEn: meeting.minutes_en,
			decisionsFr: meeting.decisions.map((d) => d.text_fr).join('\n'),
			decisionsEn: meeting.decisions.map((d) => d.text_en).join('\n'),
			...Object.fromEntries(
				meeting.attendance.filter((a) => a.status).map((a) => [`attendance.${a.person_id}`, a.status!])
			)
		} as Record<string, string>
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'meetings.manage');
		const data = await event.request.formData();
		const values: Record<string, string> = {};
		for (const [key, value] of data.entries()) if (typeof value === 'string') values[key] = value;
		const attendance: Record<string, string> = {};
		for (const [key, value] of Object.entries(values)) {
			if (key.startsWith('attendance.') && value) attendance[key.slice('attendance.'.length)] = value;
		}
		const result = await recordMinutes(ctx, actor, partnership.id, event.params.id, {
			minutesFr: values.minutesFr ?? '',
			minutesEn: values.minutesEn ?? '',
			decisions: decisionsFromLines(values.decisionsFr, values.decisionsEn),
			attendance
		});
		if (!result.ok) return formFailure(result, values, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(
			303,
			`/${event.params.lang}/${partnership.slug}/app/meetings/${event.params.id}?done=meetings.minutes_saved`
		);
	}
};
