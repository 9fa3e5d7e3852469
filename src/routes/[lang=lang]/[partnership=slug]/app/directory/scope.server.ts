import { error } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import { organizationOfAccount } from '#lib/server/directory/curation/index.ts';
import { isUuid } from '#lib/server/directory/index.ts';
import { scoped } from '#lib/server/tenancy/scoped.ts';
import type { TenantRequest } from '#lib/server/web.ts';

/**
 * Which listings the signed-in person may edit: coordinators (directory.manage) all of them;
 * partner staff (directory.edit_own) those of their own organization only.
 */
export async function editScope(req: TenantRequest): Promise<{ all: boolean; organizationId: string | null }> {
	if (roleCan(req.role, 'directory.manage')) return { all: true, organizationId: null };
	return { all: false, organizationId: await organizationOfAccount(req.ctx, req.partnership.id, req.user.id) };
}

/**
 * The service, if this person may edit it. Another organization's listing answers 404 to a
 * member (it is not among their listings), like any id they cannot reach.
 */
export async function requireEditableService(req: TenantRequest, serviceId: string) {
	if (!isUuid(serviceId)) error(404, 'errors.not_found');
	const row = await scoped(req.ctx.db, req.partnership.id)
		.selectFrom('service')
		.select(['id', 'organization_id'])
		.where('id', '=', serviceId)
		.executeTakeFirst();
	if (!row) error(404, 'errors.not_found');
	const scope = await editScope(req);
	if (!scope.all && row.organization_id !== scope.organizationId) error(404, 'errors.not_found');
	return { ...row, scope };
}
