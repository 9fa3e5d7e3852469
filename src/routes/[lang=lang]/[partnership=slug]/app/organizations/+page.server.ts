import { listOrganizations } from '#lib/server/partnership/index.ts';
import { sectors } from '#lib/server/partnership/vocabulary.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

const statuses = ['active', 'former', 'all'] as const;
type Status = (typeof statuses)[number];

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'organizations.view');
	const params = event.url.searchParams;
	const q = (params.get('q') ?? '').trim().slice(0, 200);
	const sectorParam = params.get('sector') ?? '';
	const sector = (sectors as readonly string[]).includes(sectorParam) ? sectorParam : '';
	const statusParam = params.get('status') ?? '';
	const status: Status = (statuses as readonly string[]).includes(statusParam) ? (statusParam as Status) : 'active';
	const rows = await listOrganizations(ctx, partnership.id, { q, sector, status });
	return {
		organizations: rows.map((o) => ({ ...o, seats: Number(o.seats ?? 0) })),
		filter: { q, sector, status },
		sectors: [...sectors],
		statuses: [...statuses]
	};
};
