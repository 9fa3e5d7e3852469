import { listServices } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/services — a page of services (`full=true`: fully nested). */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => listServices(r.db, r.partnership.id, r.query, r.lang));
