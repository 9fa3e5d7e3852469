import { getService } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/services/{id} — one fully nested service. */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => getService(r.db, r.partnership.id, event.params.id, r.lang));
