import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { contentLocale, isExtraLocale, isLocale, isRtl, languageTag, negotiateLocale } from '#lib/i18n/locales.ts';
import { loadSession, sessionCookieName } from '#lib/server/accounts/sessions.ts';
import { startApp } from '#lib/server/app.ts';
import { loadConfig } from '#lib/server/config.ts';
import { appContext, findAppContext, setAppContext } from '#lib/server/context.ts';
import { log } from '#lib/server/log.ts';

// In production scripts/server.ts builds the context before loading this bundle; under
// `vite dev` there is none yet, so build one here.
export const init: ServerInit = async () => {
	if (!findAppContext()) setAppContext(await startApp(loadConfig()));
};

export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const ctx = appContext();
	event.locals.requestId = event.request.headers.get('x-request-id')?.slice(0, 64) || randomUUID();
	const [, first, , section] = event.url.pathname.split('/');
	if (isExtraLocale(first)) {
		// Newcomers' languages exist on the public directory only (/{code}/{slug}/directory…);
		// anywhere else the same page opens in English.
		if (section !== 'directory') {
			const location = `/en${event.url.pathname.slice(first.length + 1)}${event.url.search}`;
			return new Response(null, { status: 307, headers: { location } });
		}
		event.locals.lang = contentLocale(first);
		event.locals.uiLang = first;
	} else {
		event.locals.lang = isLocale(first) ? first : negotiateLocale(event.request.headers.get('accept-language'));
		event.locals.uiLang = event.locals.lang;
	}
	const token = event.cookies.get(sessionCookieName);
	event.locals.sessionId = token ?? null;
	event.locals.user = token ? await loadSession(ctx.db, token) : null;

	const uiLang = event.locals.uiLang;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', languageTag(uiLang)).replace('%dir%', isRtl(uiLang) ? 'rtl' : 'ltr')
	});
	// The optional map tiles (MAP_TILE_URL) are the only images from another origin.
	const tileOrigin = mapTileOrigin(ctx.config.MAP_TILE_URL);
	const csp = response.headers.get('content-security-policy');
	if (tileOrigin && csp)
		response.headers.set('content-security-policy', csp.replace(/img-src /, `img-src ${tileOrigin} `));
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	response.headers.set('permissions-policy', 'geolocation=(self), camera=(), microphone=(), payment=()');
	response.headers.set('cross-origin-opener-policy', 'same-origin');
	response.headers.set('x-request-id', event.locals.requestId);
	if (event.locals.user && !response.headers.has('cache-control')) {
		response.headers.set('cache-control', 'private, no-store');
	}
	log.debug(
		{
			method: event.request.method,
			path: event.url.pathname,
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};

function mapTileOrigin(template: string | undefined): string | null {
	if (!template) return null;
	try {
		return new URL(template.replace(/\{[a-z]\}/g, '0')).origin;
	} catch {
		return null;
	}
}

export const handleError: HandleServerError = ({ kind, error, event }) => {
	if (kind === 'unknown') {
		log.error({ err: error, path: event.url.pathname, requestId: event.locals.requestId }, 'unhandled error');
		// Never a stack trace or an internal message: the error page shows a bilingual text and this id.
		return { message: 'errors.server', requestId: event.locals.requestId };
	}
	return undefined;
};
