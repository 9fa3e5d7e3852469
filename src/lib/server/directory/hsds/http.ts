import type { RequestEvent } from '@sveltejs/kit';
import { appContext } from '../../context.ts';
import { t } from '../../i18n.ts';
import { findPartnershipBySlug, type PartnershipSummary } from '../../tenancy/partnerships.ts';
import { apiRoot, listQuery, type ListQuery } from './api.ts';
import type { Lang } from './dataset.ts';
import type { Json } from './nest.ts';

/**
 * The HSDS API's HTTP side: public and read-only; JSON answers cached one minute; errors as
 * `{error: {code, message_fr, message_en}}`; unknown partnership, unknown id and another
 * partnership's id all answer the same 404.
 */

const headers = {
	'cache-control': 'public, max-age=60',
	'access-control-allow-origin': '*',
	'x-content-type-options': 'nosniff'
};

export function apiError(status: number, code: string, extra: Record<string, unknown> = {}): Response {
	return new Response(
		JSON.stringify({ error: { code, message_fr: t('fr')(code), message_en: t('en')(code), ...extra } }),
		{ status, headers: { ...headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } }
	);
}

export function apiJson(body: unknown, lang?: Lang): Response {
	return new Response(JSON.stringify(body), {
		headers: {
			...headers,
			'content-type': 'application/json; charset=utf-8',
			...(lang ? { 'content-language': lang } : {})
		}
	});
}

export interface ApiRequest {
	db: ReturnType<typeof appContext>['db'];
	partnership: PartnershipSummary;
	lang: Lang;
	query: ListQuery;
	base: string;
}

/** Resolves the partnership and the query, runs the read, answers JSON (or a JSON error). */
export async function hsdsEndpoint(
	event: Pick<RequestEvent, 'params' | 'url'>,
	read: (r: ApiRequest) => Promise<Json | Json[] | object | null>
): Promise<Response> {
	const ctx = appContext();
	const slug = (event.params as Record<string, string>).partnership ?? '';
	const partnership = await findPartnershipBySlug(ctx, slug);
	if (!partnership || partnership.status !== 'active') return apiError(404, 'directory.api_error_not_found');
	const search = event.url.searchParams;
	const langParam = search.get('lang');
	if (langParam && langParam !== 'fr' && langParam !== 'en') return apiError(400, 'directory.api_error_lang');
	const lang: Lang = (langParam as Lang | null) ?? partnership.default_locale;
	const parsed = listQuery.safeParse(Object.fromEntries(search.entries()));
	if (!parsed.success) {
		const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))];
		return apiError(400, 'directory.api_error_parameter', { parameters: fields });
	}
	if ((parsed.data.lat === undefined) !== (parsed.data.lon === undefined))
		return apiError(400, 'directory.api_error_parameter', { parameters: ['lat', 'lon'] });
	const base = `${event.url.origin}/api/hsds/${partnership.slug}`;
	const body = await read({ db: ctx.db, partnership, lang, query: parsed.data, base });
	if (body === null) return apiError(404, 'directory.api_error_not_found');
	return apiJson(body, lang);
}

export { apiRoot };
