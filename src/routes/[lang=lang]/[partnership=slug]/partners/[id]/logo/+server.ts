import { error } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { organizationLogo } from '#lib/server/partnership/logos.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import type { RequestHandler } from './$types';

/** A partner's logo, public like the partner list. Only PNG, JPEG or WebP are ever stored. */
export const GET: RequestHandler = async ({ params, request }) => {
	const ctx = appContext();
	const partnership = await findPartnershipBySlug(ctx, params.partnership);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	const logo = await organizationLogo(ctx, partnership.id, params.id);
	if (!logo) error(404, 'errors.not_found');
	const etag = `"${logo.sha256}"`;
	const headers = {
		'content-type': logo.content_type,
		etag,
		'cache-control': 'public, max-age=3600',
		'content-security-policy': "default-src 'none'; sandbox",
		'x-content-type-options': 'nosniff'
	};
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(new Uint8Array(logo.data), { headers });
};
