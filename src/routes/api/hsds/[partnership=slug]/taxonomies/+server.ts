import { listTaxonomies } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/taxonomies — the partnership's taxonomies. */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => listTaxonomies(r.db, r.partnership.id, r.query, r.lang));
