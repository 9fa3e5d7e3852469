import { listTaxonomyTerms } from '#lib/server/directory/hsds/api.ts';
import { hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/taxonomy_terms — terms (`taxonomy_id`, `parent_id`, `top_only`, `search`). */
export const GET: RequestHandler = (event) =>
	hsdsEndpoint(event, (r) => listTaxonomyTerms(r.db, r.partnership.id, r.query, r.lang));
