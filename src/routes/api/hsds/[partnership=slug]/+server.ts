import { apiRoot, hsdsEndpoint } from '#lib/server/directory/hsds/http.ts';
import type { RequestHandler } from './$types';

/** GET /api/hsds/{slug}/ — the HSDS version, the profile and the OpenAPI description. */
export const GET: RequestHandler = (event) => hsdsEndpoint(event, async () => apiRoot(`${event.url.origin}/api/hsds`));
