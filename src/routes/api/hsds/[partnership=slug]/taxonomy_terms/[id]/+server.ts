import { getTaxonomyTerm } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/taxonomy_terms/{id} — one term with its taxonomy. */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => getTaxonomyTerm(r.db, r.partnership.id, event.params.id, r.lang));
