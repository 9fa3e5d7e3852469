import { roleCan } from '#lib/server/accounts/permissions.ts';
import {
	flattenTree,
	listJoinRequests,
	listOrganizations,
	representation,
	tableTree
} from '#lib/server/partnership/index.ts';
import { listFollowUps, listMeetings, personOfUser } from '#lib/server/partnership/meetings.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

/** The workspace home: what needs attention now, by role. */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role, user } = await requirePartnership(event, 'partnership.view');
	const id = partnership.id;
	const me = await personOfUser(ctx, id, user.id);
	const [organizations, tables, meetings, followUps, joins, report] = await Promise.all([
		listOrganizations(ctx, id),
		tableTree(ctx, id),
		listMeetings(ctx, id, { when: 'upcoming', limit: 5 }),
		listFollowUps(ctx, id, { status: 'open' }),
		roleCan(role, 'joins.review') ? listJoinRequests(ctx, id, 'open') : Promise.resolve([]),
		representation(ctx, id)
	]);
	return {
		counts: {
			organizations: organizations.length,
			tables: flattenTree(tables).length,
			openJoins: joins.length,
			overdue: followUps.filter((f) => f.overdue).length,
			openFollowUps: followUps.length
		},
		meetings: meetings.map((m) => ({
			id: m.id,
			title: { fr: m.title_fr, en: m.title_en },
			table: { fr: m.table_name_fr, en: m.table_name_en },
			starts_at: m.starts_at,
			status: m.status
		})),
		myFollowUps: me
			? followUps
					.filter((f) => f.assignee_person_id === me.id)
					.slice(0, 10)
					.map((f) => ({
						id: f.id,
						text: { fr: f.description_fr, en: f.description_en },
						due: f.due_date,
						overdue: f.overdue
					}))
			: [],
		gaps: report.missing
	};
};
