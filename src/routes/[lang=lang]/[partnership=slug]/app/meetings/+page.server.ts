import { listFollowUps, listMeetings, personOfUser, isUuid } from '#lib/server/partnership/meetings.ts';
import { getTable } from '#lib/server/partnership/tables.ts';
import { requirePartnership } from '#lib/server/web.ts';
import { tableChoices } from './form.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, user } = await requirePartnership(event, 'meetings.view');
	const requested = event.url.searchParams.get('table') ?? '';
	const tables = await tableChoices(ctx, partnership.id);
	const table = isUuid(requested) ? tables.find((t) => t.id === requested) : undefined;
	const tableId = table?.id ?? null;
	const [upcoming, past, openFollowUps, me, token] = await Promise.all([
		listMeetings(ctx, partnership.id, { tableId, when: 'upcoming' }),
		listMeetings(ctx, partnership.id, { tableId, when: 'past', limit: 50 }),
		listFollowUps(ctx, partnership.id, { tableId, status: 'open' }),
		personOfUser(ctx, partnership.id, user.id),
		tableId ? getTable(ctx, partnership.id, tableId) : Promise.resolve(undefined)
	]);
	return {
		tables,
		tableId,
		upcoming,
		past,
		followUps: { open: openFollowUps.length, overdue: openFollowUps.filter((f) => f.overdue).length },
		tableCalendarToken: token?.calendar_token ?? null,
		myCalendarToken: me?.calendar_token ?? null
	};
};
