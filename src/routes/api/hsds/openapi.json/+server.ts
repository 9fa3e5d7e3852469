import openapi from '#lib/server/directory/hsds/openapi.json';
import type { RequestHandler } from './$types';

/** GET /api/hsds/openapi.json — the OpenAPI 3.1 description of the HSDS API (our URL shape). */
export const GET: RequestHandler = ({ url }) => {
	const body = {
		...openapi,
		servers: openapi.servers.map((s) => ({ ...s, url: `${url.origin}${s.url}` }))
	};
	return new Response(JSON.stringify(body), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'public, max-age=3600',
			'access-control-allow-origin': '*'
		}
	});
};
