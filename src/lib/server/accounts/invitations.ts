import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Role } from '../db/schema.ts';
import { recordAudit } from '../audit/index.ts';
import { queueMail } from '../mail/index.ts';
import { failure, ok, zodFailure, type Input, type Result } from '../result.ts';
import { hashPassword } from './passwords.ts';
import { rolesInvitableBy } from './permissions.ts';
import { displayNameSchema, emailSchema, localeSchema, passwordSchema, roleSchema } from './schemas.ts';
import { hashToken, newToken } from './tokens.ts';
import type { Actor } from './types.ts';
import { findUserByEmail, setPartnershipRole } from './users.ts';

export const invitationDays = 14;

const inviteInput = z.object({
	partnershipId: z.uuid(),
	email: emailSchema,
	role: roleSchema,
	locale: localeSchema,
	message: z.string().trim().max(1000, { error: 'validation.too_long' }).default('')
});

/**
 * Invites someone to a partnership by e-mail with a single-use link valid 14 days. The inviter's
 * own role bounds the role given (a member brings a colleague as a member).
 */
export async function inviteToPartnership(
	ctx: Pick<AppContext, 'db' | 'config'>,
	actor: Actor & { role: Role },
	raw: Input<typeof inviteInput>
): Promise<Result<{ invitationId: string; token: string }>> {
	const parsed = inviteInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const value = parsed.data;
	if (!rolesInvitableBy(actor.role).includes(value.role)) {
		return failure('accounts.error_role_not_allowed', { role: ['accounts.error_role_not_allowed'] });
	}
	return ctx.db.transaction().execute(async (trx) => {
		const partnership = await trx
			.selectFrom('partnership')
			.select(['id', 'name_fr', 'name_en'])
			.where('id', '=', value.partnershipId)
			.executeTakeFirst();
		if (!partnership) return failure('common.error_not_found');
		const existing = await findUserByEmail(trx, value.email);
		if (existing) {
			const role = await trx
				.selectFrom('partnership_role')
				.select('role')
				.where('partnership_id', '=', value.partnershipId)
				.where('user_id', '=', existing.id)
				.executeTakeFirst();
			if (role) return failure('accounts.error_already_member', { email: ['accounts.error_already_member'] });
		}
		const token = newToken();
		const id = hashToken(token);
		await trx
			.insertInto('auth_token')
			.values({
				id,
				kind: 'invitation',
				email: value.email,
				user_id: existing?.id ?? null,
				partnership_id: value.partnershipId,
				role: value.role,
				created_by: actor.userId,
				data: JSON.stringify({ message: value.message, locale: value.locale }),
				expires_at: new Date(Date.now() + invitationDays * 86_400_000)
			})
			.execute();
		await queueMail(trx, {
			to: value.email,
			locale: value.locale,
			partnershipId: value.partnershipId,
			template: {
				name: 'invitation',
				params: {
					// Each language half of the e-mail names the partnership in its own language.
					partnership: { fr: partnership.name_fr, en: partnership.name_en },
					inviter: actor.label,
					days: invitationDays,
					message: value.message || '—'
				},
				action: {
					url: `${ctx.config.publicOrigin}/${value.locale}/invitation/${token}`,
					labelKey: 'mail.invitation.action'
				}
			}
		});
		await recordAudit(trx, actor, {
			partnershipId: value.partnershipId,
			action: 'invitation.create',
			entityType: 'invitation',
			entityId: id.slice(0, 16),
			after: { email: value.email, role: value.role }
		});
		return ok({ invitationId: id, token });
	});
}

/** An invitation that can still be accepted, with what the acceptance page shows. */
export async function findOpenInvitation(ctx: Pick<AppContext, 'db'>, token: string) {
	if (!token || token.length > 100) return null;
	return ctx.db
		.selectFrom('auth_token')
		.innerJoin('partnership', 'partnership.id', 'auth_token.partnership_id')
		.leftJoin('app_user', 'app_user.email', 'auth_token.email')
		.select([
			'auth_token.id',
			'auth_token.email',
			'auth_token.role',
			'auth_token.partnership_id',
			'partnership.slug',
			'partnership.name_fr',
			'partnership.name_en',
			'app_user.id as existing_user_id'
		])
		.where('auth_token.id', '=', hashToken(token))
		.where('auth_token.kind', '=', 'invitation')
		.where('auth_token.used_at', 'is', null)
		.where('auth_token.expires_at', '>', new Date())
		.executeTakeFirst();
}

const acceptInput = z.object({
	token: z.string().min(10).max(100),
	displayName: displayNameSchema.optional(),
	password: passwordSchema.optional(),
	locale: localeSchema.default('fr')
});

/** Accepts an invitation: creates the account if needed, grants the role, burns the token. */
export async function acceptInvitation(
	ctx: Pick<AppContext, 'db'>,
	raw: Input<typeof acceptInput>
): Promise<Result<{ userId: string; slug: string; created: boolean }>> {
	const parsed = acceptInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const value = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const invitation = await trx
			.selectFrom('auth_token')
			.innerJoin('partnership', 'partnership.id', 'auth_token.partnership_id')
			.select(['auth_token.id', 'auth_token.email', 'auth_token.role', 'auth_token.partnership_id', 'partnership.slug'])
			.where('auth_token.id', '=', hashToken(value.token))
			.where('auth_token.kind', '=', 'invitation')
			.where('auth_token.used_at', 'is', null)
			.where('auth_token.expires_at', '>', new Date())
			.forUpdate()
			.executeTakeFirst();
		if (!invitation || !invitation.partnership_id || !invitation.role) {
			return failure('accounts.error_link_invalid');
		}
		let user = await findUserByEmail(trx, invitation.email);
		let created = false;
		if (!user) {
			const fieldErrors: Record<string, string[]> = {};
			if (!value.displayName) fieldErrors.displayName = ['validation.required'];
			if (!value.password) fieldErrors.password = ['validation.required'];
			if (Object.keys(fieldErrors).length) return failure('common.error_form', fieldErrors);
			const row = await trx
				.insertInto('app_user')
				.values({
					email: invitation.email,
					display_name: value.displayName!,
					password_hash: await hashPassword(value.password!),
					locale: value.locale
				})
				.returning(['id', 'email', 'display_name', 'locale', 'status', 'is_instance_admin'])
				.executeTakeFirstOrThrow();
			user = row;
			created = true;
			await recordAudit(
				trx,
				{ userId: row.id, label: row.display_name },
				{
					partnershipId: invitation.partnership_id,
					action: 'user.create',
					entityType: 'user',
					entityId: row.id,
					after: row
				}
			);
		}
		const actor = { userId: user.id, label: user.display_name };
		const granted = await setPartnershipRole(
			ctx,
			actor,
			{ partnershipId: invitation.partnership_id, userId: user.id, role: invitation.role },
			trx
		);
		if (!granted.ok) return granted;
		await trx.updateTable('auth_token').set({ used_at: new Date() }).where('id', '=', invitation.id).execute();
		return ok({ userId: user.id, slug: invitation.slug, created });
	});
}

export async function listOpenInvitations(ctx: Pick<AppContext, 'db'>, partnershipId: string) {
	return ctx.db
		.selectFrom('auth_token')
		.leftJoin('app_user', 'app_user.id', 'auth_token.created_by')
		.select([
			'auth_token.id',
			'auth_token.email',
			'auth_token.role',
			'auth_token.expires_at',
			'auth_token.created_at',
			'app_user.display_name as invited_by'
		])
		.where('auth_token.partnership_id', '=', partnershipId)
		.where('auth_token.kind', '=', 'invitation')
		.where('auth_token.used_at', 'is', null)
		.where('auth_token.expires_at', '>', new Date())
		.orderBy('auth_token.created_at', 'desc')
		.execute();
}

/** Withdraws an open invitation (its link stops working). */
export async function revokeInvitation(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	invitationId: string
): Promise<Result<null>> {
	return ctx.db.transaction().execute(async (trx) => {
		const row = await trx
			.updateTable('auth_token')
			.set({ used_at: new Date(), expires_at: new Date() })
			.where('id', '=', invitationId)
			.where('partnership_id', '=', partnershipId)
			.where('kind', '=', 'invitation')
			.where('used_at', 'is', null)
			.returning(['email', 'role'])
			.executeTakeFirst();
		if (!row) return failure('common.error_not_found');
		await recordAudit(trx, actor, {
			partnershipId,
			action: 'invitation.revoke',
			entityType: 'invitation',
			entityId: invitationId.slice(0, 16),
			before: row
		});
		return ok(null);
	});
}
