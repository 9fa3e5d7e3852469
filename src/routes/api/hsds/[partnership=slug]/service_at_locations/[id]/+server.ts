import { getServiceAtLocation } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/service_at_locations/{id} — one service at a location, with its location and service. */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => getServiceAtLocation(r.db, r.partnership.id, event.params.id, r.lang));
