import { getOrganization } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/organizations/{id} — one nested organization (`full_service=true`: full services). */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => getOrganization(r.db, r.partnership.id, event.params.id, r.lang, r.query.full_service));
