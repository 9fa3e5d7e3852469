import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/index.ts';
import { queueMail } from '../mail/index.ts';
import { failure, ok, zodFailure, type Input, type Result } from '../result.ts';
import { hashPassword } from './passwords.ts';
import { emailSchema, localeSchema, passwordSchema } from './schemas.ts';
import { hashToken, newToken } from './tokens.ts';
import { findUserByEmail } from './users.ts';

export const resetMinutes = 60;

const requestInput = z.object({ email: emailSchema, locale: localeSchema });

/**
 * Sends a reset link if the account exists. The answer is the same either way, so the form
 * does not reveal who has an account.
 */
export async function requestPasswordReset(
	ctx: Pick<AppContext, 'db' | 'config'>,
	raw: Input<typeof requestInput>
): Promise<Result<{ token: string | null }>> {
	const parsed = requestInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const { email } = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const user = await findUserByEmail(trx, email);
		if (!user || user.status !== 'active') return ok({ token: null });
		const locale = user.locale;
		const token = newToken();
		await trx
			.insertInto('auth_token')
			.values({
				id: hashToken(token),
				kind: 'password_reset',
				email: user.email,
				user_id: user.id,
				data: JSON.stringify({}),
				expires_at: new Date(Date.now() + resetMinutes * 60_000)
			})
			.execute();
		await queueMail(trx, {
			to: user.email,
			locale,
			partnershipId: null,
			template: {
				name: 'password_reset',
				params: { name: user.display_name, minutes: resetMinutes },
				action: {
					url: `${ctx.config.publicOrigin}/${locale}/reset-password/${token}`,
					labelKey: 'mail.password_reset.action'
				}
			}
		});
		return ok({ token });
	});
}

export async function isResetTokenValid(ctx: Pick<AppContext, 'db'>, token: string): Promise<boolean> {
	if (!token || token.length > 100) return false;
	const row = await ctx.db
		.selectFrom('auth_token')
		.select('id')
		.where('id', '=', hashToken(token))
		.where('kind', '=', 'password_reset')
		.where('used_at', 'is', null)
		.where('expires_at', '>', new Date())
		.executeTakeFirst();
	return Boolean(row);
}

const resetInput = z.object({ token: z.string().min(10).max(100), password: passwordSchema });

/** Sets a new password from a reset link; signs the account out everywhere. */
export async function resetPassword(
	ctx: Pick<AppContext, 'db'>,
	raw: Input<typeof resetInput>
): Promise<Result<{ userId: string }>> {
	const parsed = resetInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	return ctx.db.transaction().execute(async (trx) => {
		const token = await trx
			.selectFrom('auth_token')
			.select(['id', 'user_id'])
			.where('id', '=', hashToken(parsed.data.token))
			.where('kind', '=', 'password_reset')
			.where('used_at', 'is', null)
			.where('expires_at', '>', new Date())
			.forUpdate()
			.executeTakeFirst();
		if (!token?.user_id) return failure('accounts.error_link_invalid');
		await trx
			.updateTable('app_user')
			.set({ password_hash: await hashPassword(parsed.data.password), updated_at: new Date() })
			.where('id', '=', token.user_id)
			.execute();
		await trx.updateTable('auth_token').set({ used_at: new Date() }).where('id', '=', token.id).execute();
		await trx.deleteFrom('user_session').where('user_id', '=', token.user_id).execute();
		await recordAudit(
			trx,
			{ userId: token.user_id, label: 'password-reset' },
			{
				partnershipId: null,
				action: 'user.password_reset',
				entityType: 'user',
				entityId: token.user_id
			}
		);
		return ok({ userId: token.user_id });
	});
}
