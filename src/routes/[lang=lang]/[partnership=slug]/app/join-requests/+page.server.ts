import type { JoinRequestStatus } from '#lib/server/db/schema.ts';
import { listJoinRequests } from '#lib/server/partnership/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

const filters = ['open', 'pending', 'more_info', 'accepted', 'declined', 'all'] as const;
type Filter = (typeof filters)[number];

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'joins.review');
	const wanted = event.url.searchParams.get('status') ?? 'open';
	const status: Filter = (filters as readonly string[]).includes(wanted) ? (wanted as Filter) : 'open';
	const requests = await listJoinRequests(
		ctx,
		partnership.id,
		status === 'all' ? undefined : (status as JoinRequestStatus | 'open')
	);
	return {
		status,
		filters: [...filters],
		requests: requests.map((r) => ({
			id: r.id,
			organization_name: r.organization_name,
			sector: r.sector,
			contact_name: r.contact_name,
			status: r.status,
			created_at: r.created_at,
			tables: r.table_ids.length
		}))
	};
};
