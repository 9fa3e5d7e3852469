import { listDirectoryServices, serviceStatuses, type ServiceStatus } from '#lib/server/directory/index.ts';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import { scoped } from '#lib/server/tenancy/scoped.ts';
import { requirePartnership } from '#lib/server/web.ts';
import { editScope } from './scope.server.ts';
import type { PageServerLoad } from './$types';

const pageSize = 25;

/** The directory's listings: coordinators and viewers see all, partner staff their organization's. */
export const load: PageServerLoad = async (event) => {
	const req = await requirePartnership(event, 'directory.view');
	const { ctx, partnership, role } = req;
	const params = event.url.searchParams;
	const q = (params.get('q') ?? '').trim().slice(0, 200);
	const statusParam = params.get('status') ?? '';
	const status = (serviceStatuses as readonly string[]).includes(statusParam)
		? (statusParam as ServiceStatus)
		: undefined;
	const staleParam = params.get('stale') ?? '';
	const stale = staleParam === 'stale' ? true : staleParam === 'verified' ? false : undefined;
	const page = Math.max(1, Math.min(10_000, Number.parseInt(params.get('page') ?? '1', 10) || 1));
	const canEdit = roleCan(role, 'directory.edit_own');
	const scope =
		roleCan(role, 'directory.manage') || !canEdit ? { all: true, organizationId: null } : await editScope(req);
	let organizationId = params.get('organization') ?? '';
	if (!scope.all) organizationId = scope.organizationId ?? '';
	const organizations = scope.all
		? await scoped(ctx.db, partnership.id)
				.selectFrom('organization')
				.select(['id', 'name_fr', 'name_en'])
				.where((eb) =>
					eb.exists(
						eb
							.selectFrom('service')
							.select('service.id')
							.whereRef('service.organization_id', '=', 'organization.id')
							.whereRef('service.partnership_id', '=', 'organization.partnership_id')
					)
				)
				.orderBy('name_fr')
				.execute()
		: [];
	const result =
		!scope.all && !scope.organizationId
			? { total: 0, page: 1, pageSize, items: [] }
			: await listDirectoryServices(ctx.db, partnership.id, {
					q,
					status,
					stale,
					organizationId: organizationId || undefined,
					page,
					pageSize
				});
	return {
		listings: result.items,
		total: result.total,
		page: result.page,
		pages: Math.max(1, Math.ceil(result.total / pageSize)),
		filter: {
			q,
			status: status ?? '',
			stale: staleParam === 'stale' || staleParam === 'verified' ? staleParam : '',
			organization: organizationId
		},
		organizations: organizations.map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } })),
		statuses: [...serviceStatuses],
		ownOnly: !scope.all,
		noOrganization: !scope.all && !scope.organizationId,
		canEdit
	};
};
