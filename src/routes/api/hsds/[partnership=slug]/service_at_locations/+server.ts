import { listServiceAtLocations } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/service_at_locations — a page of services at locations; `lat`, `lon`, `radius` (km): nearest first. */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => listServiceAtLocations(r.db, r.partnership.id, r.query, r.lang));
