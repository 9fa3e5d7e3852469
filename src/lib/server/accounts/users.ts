import { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DB, Role } from '../db/schema.ts';
import { recordAudit } from '../audit/index.ts';
import { failure, ok, zodFailure, type Input, type Result } from '../result.ts';
import { hashPassword } from './passwords.ts';
import { displayNameSchema, emailSchema, localeSchema, passwordSchema, roleSchema } from './schemas.ts';
import type { Actor } from './types.ts';

const createUserInput = z.object({
	email: emailSchema,
	displayName: displayNameSchema,
	password: passwordSchema.optional(),
	locale: localeSchema.default('fr'),
	isInstanceAdmin: z.boolean().default(false)
});

export async function findUserByEmail(db: Kysely<DB> | Transaction<DB>, email: string) {
	return db
		.selectFrom('app_user')
		.select(['id', 'email', 'display_name', 'locale', 'status', 'is_instance_admin'])
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
		.executeTakeFirst();
}

/** Creates an account (CLI, demo data, accepted invitations). */
export async function createUser(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	raw: Input<typeof createUserInput>,
	trx?: Transaction<DB>
): Promise<Result<{ id: string }>> {
	const parsed = createUserInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const value = parsed.data;
	const run = async (tx: Transaction<DB>) => {
		if (await findUserByEmail(tx, value.email)) return failure<{ id: string }>('accounts.error_email_taken');
		const row = await tx
			.insertInto('app_user')
			.values({
				email: value.email,
				display_name: value.displayName,
				password_hash: value.password ? await hashPassword(value.password) : null,
				locale: value.locale,
				is_instance_admin: value.isInstanceAdmin
			})
			.returning(['id', 'email', 'display_name', 'locale', 'is_instance_admin'])
			.executeTakeFirstOrThrow();
		await recordAudit(tx, actor, {
			partnershipId: null,
			action: 'user.create',
			entityType: 'user',
			entityId: row.id,
			after: row
		});
		return ok({ id: row.id });
	};
	return trx ? run(trx) : ctx.db.transaction().execute(run);
}

const setRoleInput = z.object({
	partnershipId: z.uuid(),
	userId: z.uuid(),
	role: roleSchema
});

/** Gives an account a role in a partnership, or changes it. */
export async function setPartnershipRole(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	raw: Input<typeof setRoleInput>,
	trx?: Transaction<DB>
): Promise<Result<{ role: Role }>> {
	const parsed = setRoleInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const { partnershipId, userId, role } = parsed.data;
	const run = async (tx: Transaction<DB>) => {
		const before = await tx
			.selectFrom('partnership_role')
			.selectAll()
			.where('partnership_id', '=', partnershipId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		if (before?.role === role) return ok({ role });
		if (before?.role === 'coordinator' && role !== 'coordinator') {
			const guard = await lastCoordinatorGuard(tx, partnershipId, userId);
			if (guard) return guard;
		}
		const after = await tx
			.insertInto('partnership_role')
			.values({ partnership_id: partnershipId, user_id: userId, role })
			.onConflict((oc) => oc.columns(['partnership_id', 'user_id']).doUpdateSet({ role, updated_at: new Date() }))
			.returningAll()
			.executeTakeFirstOrThrow();
		await recordAudit(tx, actor, {
			partnershipId,
			action: before ? 'role.change' : 'role.grant',
			entityType: 'partnership_role',
			entityId: userId,
			before,
			after
		});
		return ok({ role });
	};
	return trx ? run(trx) : ctx.db.transaction().execute(run);
}

async function lastCoordinatorGuard(tx: Transaction<DB>, partnershipId: string, userId: string) {
	const others = await tx
		.selectFrom('partnership_role')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('partnership_id', '=', partnershipId)
		.where('role', '=', 'coordinator')
		.where('user_id', '!=', userId)
		.executeTakeFirstOrThrow();
	return others.n === 0 ? failure<never>('accounts.error_last_coordinator') : null;
}

export async function removePartnershipRole(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	userId: string
): Promise<Result<null>> {
	if (!z.uuid().safeParse(userId).success || !z.uuid().safeParse(partnershipId).success)
		return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (tx) => {
		const before = await tx
			.selectFrom('partnership_role')
			.selectAll()
			.where('partnership_id', '=', partnershipId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		if (!before) return failure('common.error_not_found');
		if (before.role === 'coordinator') {
			const guard = await lastCoordinatorGuard(tx, partnershipId, userId);
			if (guard) return guard;
		}
		await tx
			.deleteFrom('partnership_role')
			.where('partnership_id', '=', partnershipId)
			.where('user_id', '=', userId)
			.execute();
		await recordAudit(tx, actor, {
			partnershipId,
			action: 'role.revoke',
			entityType: 'partnership_role',
			entityId: userId,
			before
		});
		return ok(null);
	});
}

export async function listPartnershipUsers(db: Kysely<DB>, partnershipId: string) {
	return db
		.selectFrom('partnership_role')
		.innerJoin('app_user', 'app_user.id', 'partnership_role.user_id')
		.select([
			'app_user.id',
			'app_user.email',
			'app_user.display_name',
			'app_user.last_sign_in_at',
			'partnership_role.role'
		])
		.where('partnership_role.partnership_id', '=', partnershipId)
		.orderBy('app_user.display_name')
		.execute();
}
