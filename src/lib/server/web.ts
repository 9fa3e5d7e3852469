import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Locale } from '#lib/i18n/locales.ts';
import { roleCan, type Permission } from './accounts/permissions.ts';
import type { Actor, Role, SessionUser } from './accounts/types.ts';
import { appContext, type AppContext } from './context.ts';
import type { Result } from './result.ts';
import { findPartnershipBySlug, type PartnershipSummary } from './tenancy/partnerships.ts';

/**
 * Thin helpers for pages and endpoints: who is signed in, may they do this here, and how a
 * domain Result becomes a form answer. Every server route calls one of the guards.
 */

export function signInUrl(lang: Locale, url: URL): string {
	return `/${lang}/signin?next=${encodeURIComponent(url.pathname + url.search)}`;
}

export function requireUser(event: RequestEvent): SessionUser {
	const user = event.locals.user;
	if (!user) redirect(303, signInUrl(event.locals.lang, event.url));
	return user;
}

export function requireInstanceAdmin(event: RequestEvent): { ctx: AppContext; user: SessionUser; actor: Actor } {
	const user = requireUser(event);
	if (!user.isInstanceAdmin) error(403, 'errors.forbidden');
	return { ctx: appContext(), user, actor: actorOf(event, user) };
}

export function actorOf(event: RequestEvent, user: SessionUser): Actor {
	return { userId: user.id, label: user.displayName, requestId: event.locals.requestId };
}

export interface TenantRequest {
	ctx: AppContext;
	user: SessionUser;
	actor: Actor & { role: Role };
	role: Role;
	partnership: PartnershipSummary;
	lang: Locale;
}

/**
 * Resolves the partnership in the URL and checks the signed-in user's role there against one
 * permission. Unknown partnership → 404; signed out → sign-in page; no role or not allowed → 403.
 */
export async function requirePartnership(event: RequestEvent, permission: Permission): Promise<TenantRequest> {
	const user = requireUser(event);
	const ctx = appContext();
	const slug = event.params.partnership ?? '';
	const partnership = await findPartnershipBySlug(ctx, slug);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	const role = user.access.find((a) => a.partnershipId === partnership.id)?.role;
	if (!role || !roleCan(role, permission)) error(403, 'errors.forbidden');
	return { ctx, user, role, actor: { ...actorOf(event, user), role }, partnership, lang: event.locals.lang };
}

/** A failed domain Result as a form failure: the page shows the message and the field errors. */
export function formFailure(
	result: Extract<Result<unknown>, { ok: false }>,
	values: Record<string, unknown> = {},
	status = 400
) {
	return fail(status, { error: result.code, fieldErrors: result.fieldErrors ?? {}, values });
}

/** Form fields as plain strings (files and repeated keys aside). */
export function formValues(data: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of data.entries()) if (typeof value === 'string' && !(key in out)) out[key] = value;
	return out;
}

/** Only same-site paths may follow a sign-in. */
export function safeNext(next: string | null, fallback: string): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
	return next;
}
