import { listLocations } from '#lib/server/directory/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import { editScope } from '../scope.server.ts';
import type { PageServerLoad } from './$types';

/** The locations the listings are offered at (partner staff: their organization's). */
export const load: PageServerLoad = async (event) => {
	const req = await requirePartnership(event, 'directory.edit_own');
	const scope = await editScope(req);
	const locations =
		scope.all || scope.organizationId
			? await listLocations(req.ctx.db, req.partnership.id, scope.all ? {} : { organizationId: scope.organizationId! })
			: [];
	return { locations, canCreate: scope.all || Boolean(scope.organizationId) };
};
