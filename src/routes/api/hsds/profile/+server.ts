import profile from '../../../../../docs/hsds-profile.md?raw';
import type { RequestHandler } from './$types';

/** GET /api/hsds/profile — Passerelle's HSDS profile (docs/hsds-profile.md), as Markdown. */
export const GET: RequestHandler = () =>
	new Response(profile, {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'cache-control': 'public, max-age=3600',
			'access-control-allow-origin': '*'
		}
	});
