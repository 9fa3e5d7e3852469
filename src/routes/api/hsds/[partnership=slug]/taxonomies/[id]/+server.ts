import { getTaxonomy } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/taxonomies/{id} — one taxonomy. */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => getTaxonomy(r.db, r.partnership.id, event.params.id, r.lang));
