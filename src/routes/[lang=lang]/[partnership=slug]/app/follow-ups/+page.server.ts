import { redirect } from '@sveltejs/kit';
import { isUuid, listFollowUps, personOfUser, updateFollowUpItem } from '#lib/server/partnership/meetings.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import { tableChoices } from '../meetings/form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, user } = await requirePartnership(event, 'meetings.view');
	const mine = event.url.searchParams.get('mine') === '1';
	const requested = event.url.searchParams.get('table') ?? '';
	const [tables, me] = await Promise.all([
		tableChoices(ctx, partnership.id),
		personOfUser(ctx, partnership.id, user.id)
	]);
	const tableId = isUuid(requested) && tables.some((t) => t.id === requested) ? requested : null;
	const items =
		mine && !me
			? []
			: await listFollowUps(ctx, partnership.id, { tableId, assigneePersonId: mine ? me!.id : null, status: 'open' });
	return { items, tables, tableId, mine, hasPerson: Boolean(me), myCalendarToken: me?.calendar_token ?? null };
};

export const actions: Actions = {
	status: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'meetings.manage');
		const values = formValues(await event.request.formData());
		const result = await updateFollowUpItem(ctx, actor, partnership.id, values.itemId ?? '', {
			status: values.status as 'done'
		});
		if (!result.ok) return formFailure(result, values);
		const keep = new URLSearchParams();
		for (const key of ['mine', 'table']) {
			const value = event.url.searchParams.get(key);
			if (value) keep.set(key, value);
		}
		keep.set('done', values.status === 'cancelled' ? 'meetings.follow_up_cancelled' : 'meetings.follow_up_completed');
		redirect(303, `${event.url.pathname}?${keep}`);
	}
};
