import { listPeople } from '#lib/server/partnership/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import { organizationChoices } from './form.server.ts';
import type { PageServerLoad } from './$types';

const statuses = ['active', 'former', 'all'] as const;
type Status = (typeof statuses)[number];

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'contacts.view');
	const params = event.url.searchParams;
	const q = (params.get('q') ?? '').trim().slice(0, 200);
	const statusParam = params.get('status') ?? '';
	const status: Status = (statuses as readonly string[]).includes(statusParam) ? (statusParam as Status) : 'active';
	const organizations = await organizationChoices(ctx, partnership.id);
	const organizationParam = params.get('organization') ?? '';
	const organization = organizations.some((o) => o.id === organizationParam) ? organizationParam : '';
	const rows = await listPeople(ctx, partnership.id, {
		q,
		organizationId: organization || undefined,
		includeFormer: status !== 'active'
	});
	return {
		people: status === 'former' ? rows.filter((p) => p.status === 'former') : rows,
		organizations,
		filter: { q, organization, status },
		statuses: [...statuses]
	};
};
