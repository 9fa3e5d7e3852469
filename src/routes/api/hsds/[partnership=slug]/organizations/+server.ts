import { listOrganizations } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/organizations — a page of organizations (`full`, `full_service`). */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => listOrganizations(r.db, r.partnership.id, r.query, r.lang));
