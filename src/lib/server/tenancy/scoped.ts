import type {
	DeleteQueryBuilder,
	DeleteResult,
	Insertable,
	InsertQueryBuilder,
	InsertResult,
	Kysely,
	SelectQueryBuilder,
	Transaction,
	UpdateQueryBuilder,
	UpdateResult
} from 'kysely';
import type { DB } from '../db/schema.ts';

/** Tables whose rows belong to one partnership (they have a partnership_id column). */
export type TenantTable = {
	[K in keyof DB]: 'partnership_id' extends keyof DB[K] ? K : never;
}[keyof DB];

type Row<T extends TenantTable> = Omit<Insertable<DB[T]>, 'partnership_id'>;

/**
 * The tenant-scoped door to the database: every select, update and delete it builds is already
 * filtered by the partnership, and every insert gets the partnership id. Module queries go
 * through it, so forgetting the filter takes deliberate effort.
 */
export interface Scoped {
	readonly partnershipId: string;
	readonly db: Kysely<DB> | Transaction<DB>;
	selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<DB, T, object>;
	insertInto<T extends TenantTable>(table: T, values: Row<T> | Row<T>[]): InsertQueryBuilder<DB, T, InsertResult>;
	updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<DB, T, T, UpdateResult>;
	deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<DB, T, DeleteResult>;
}

export function scoped(db: Kysely<DB> | Transaction<DB>, partnershipId: string): Scoped {
	if (!partnershipId) throw new Error('scoped() needs a partnership id');
	// Kysely's generics cannot follow a table name chosen at run time; the casts stay in this file.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const anyDb = db as any;
	return {
		partnershipId,
		db,
		selectFrom(table) {
			return anyDb.selectFrom(table).where(`${table}.partnership_id`, '=', partnershipId);
		},
		insertInto(table, values) {
			const rows = (Array.isArray(values) ? values : [values]).map((row) => ({
				...row,
				partnership_id: partnershipId
			}));
			return anyDb.insertInto(table).values(rows);
		},
		updateTable(table) {
			return anyDb.updateTable(table).where(`${table}.partnership_id`, '=', partnershipId);
		},
		deleteFrom(table) {
			return anyDb.deleteFrom(table).where(`${table}.partnership_id`, '=', partnershipId);
		}
	};
}
