import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { verifyPassword } from './passwords.ts';
import { emailSchema } from './schemas.ts';
import { createSession } from './sessions.ts';

const input = z.object({
	email: emailSchema,
	password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200)
});

export interface SignInInput {
	email: unknown;
	password: unknown;
	clientAddress: string;
	userAgent?: string;
}

function clientHash(address: string): string {
	return createHash('sha256').update(`passerelle-client:${address}`).digest('base64url');
}

/**
 * E-mail + password sign-in. Failures are counted per e-mail and per client address in the
 * database, so the limit holds across instances; the answer never says which of the two was wrong.
 */
export async function signIn(
	ctx: Pick<AppContext, 'db' | 'config'>,
	raw: SignInInput
): Promise<Result<{ token: string; expiresAt: Date; userId: string; locale: 'fr' | 'en' }>> {
	const parsed = input.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const { email, password } = parsed.data;
	const client = clientHash(raw.clientAddress);
	const since = new Date(Date.now() - ctx.config.SIGNIN_WINDOW_MINUTES * 60_000);
	const failures = await ctx.db
		.selectFrom('sign_in_attempt')
		.select([
			(eb) => eb.fn.countAll<number>().filterWhere('email', '=', email).as('by_email'),
			(eb) => eb.fn.countAll<number>().filterWhere('client_hash', '=', client).as('by_client')
		])
		.where('succeeded', '=', false)
		.where('at', '>', since)
		.where((eb) => eb.or([eb('email', '=', email), eb('client_hash', '=', client)]))
		.executeTakeFirstOrThrow();
	const max = ctx.config.SIGNIN_MAX_FAILURES;
	if (failures.by_email >= max || failures.by_client >= max * 4) {
		return failure('accounts.error_rate_limited');
	}
	const user = await ctx.db
		.selectFrom('app_user')
		.select(['id', 'password_hash', 'status', 'locale'])
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.executeTakeFirst();
	const valid = await verifyPassword(password, user?.password_hash ?? null);
	const succeeded = Boolean(user && valid && user.status === 'active');
	await ctx.db.insertInto('sign_in_attempt').values({ email, client_hash: client, succeeded }).execute();
	if (!succeeded || !user) return failure('accounts.error_invalid_credentials');
	await ctx.db.updateTable('app_user').set({ last_sign_in_at: new Date() }).where('id', '=', user.id).execute();
	const session = await createSession(ctx.db, user.id, ctx.config.SESSION_DAYS, raw.userAgent);
	return ok({ ...session, userId: user.id, locale: user.locale });
}

/** Old attempts are only needed for the rate-limit window. */
export async function pruneSignInAttempts(ctx: Pick<AppContext, 'db'>, olderThanHours = 24): Promise<void> {
	await ctx.db
		.deleteFrom('sign_in_attempt')
		.where('at', '<', new Date(Date.now() - olderThanHours * 3_600_000))
		.execute();
}
