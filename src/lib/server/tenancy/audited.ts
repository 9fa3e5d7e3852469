import type { Insertable, Selectable, Transaction, Updateable } from 'kysely';
import type { Actor } from '../accounts/types.ts';
import { recordAudit } from '../audit/index.ts';
import type { DB } from '../db/schema.ts';
import { scoped, type TenantTable } from './scoped.ts';

type IdTable = { [K in TenantTable]: 'id' extends keyof DB[K] ? K : never }[TenantTable];

/**
 * The writes every use case makes: one tenant row inserted, updated or deleted, with its audit
 * row (before/after) in the same transaction.
 */
export async function insertAudited<T extends IdTable>(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	table: T,
	values: Omit<Insertable<DB[T]>, 'partnership_id'>
): Promise<Selectable<DB[T]> & { id: string }> {
	const row = (await scoped(trx, partnershipId)
		.insertInto(table, values as never)
		.returningAll()
		.executeTakeFirstOrThrow()) as unknown as Selectable<DB[T]> & { id: string };
	await recordAudit(trx, actor, {
		partnershipId,
		action: `${table}.create`,
		entityType: table,
		entityId: row.id,
		after: row
	});
	return row;
}

export async function updateAudited<T extends IdTable>(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	table: T,
	id: string,
	values: Updateable<DB[T]>,
	action = `${table}.update`
): Promise<(Selectable<DB[T]> & { id: string }) | undefined> {
	const s = scoped(trx, partnershipId);
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const before = await (s.selectFrom(table) as any).selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
	if (!before) return undefined;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const after = await (s.updateTable(table) as any)
		.set({ ...values, ...('updated_at' in before ? { updated_at: new Date() } : {}) })
		.where('id', '=', id)
		.returningAll()
		.executeTakeFirstOrThrow();
	await recordAudit(trx, actor, { partnershipId, action, entityType: table, entityId: id, before, after });
	return after;
}

export async function deleteAudited<T extends IdTable>(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	table: T,
	id: string
): Promise<boolean> {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const before = await (scoped(trx, partnershipId).deleteFrom(table) as any)
		.where('id', '=', id)
		.returningAll()
		.executeTakeFirst();
	if (!before) return false;
	await recordAudit(trx, actor, { partnershipId, action: `${table}.delete`, entityType: table, entityId: id, before });
	return true;
}
