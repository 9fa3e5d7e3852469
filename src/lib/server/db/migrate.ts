import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { migrationsDir } from '../paths.ts';

export interface MigrationFile {
	version: string;
	name: string;
	sql: string;
	checksum: string;
}

export function readMigrations(dir = migrationsDir): MigrationFile[] {
	return readdirSync(dir)
		.filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
		.sort()
		.map((file) => {
			const text = readFileSync(join(dir, file), 'utf8');
			return {
				version: file.slice(0, 4),
				name: file.replace(/\.sql$/, ''),
				sql: text,
				checksum: createHash('sha256').update(text).digest('hex')
			};
		});
}

/** Applies the pending numbered .sql files, each in its own transaction; returns their names. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrate(db: Kysely<any>, dir = migrationsDir): Promise<string[]> {
	await sql`create table if not exists schema_migration (
		version text primary key,
		name text not null,
		checksum text not null,
		applied_at timestamptz not null default now()
	)`.execute(db);
	const applied: string[] = [];
	for (const file of readMigrations(dir)) {
		const done = await db.transaction().execute(async (trx) => {
			// Several instances may start at once on one PostgreSQL: one migrates, the others wait.
			await sql`select pg_advisory_xact_lock(7351001)`.execute(trx);
			const existing = await sql<{ checksum: string }>`
				select checksum from schema_migration where version = ${file.version}`.execute(trx);
			if (existing.rows[0]) {
				if (existing.rows[0].checksum !== file.checksum) {
					throw new Error(`Migration ${file.name} was changed after it was applied`);
				}
				return false;
			}
			await sql.raw(file.sql).execute(trx);
			await sql`insert into schema_migration (version, name, checksum)
				values (${file.version}, ${file.name}, ${file.checksum})`.execute(trx);
			return true;
		});
		if (done) applied.push(file.name);
	}
	return applied;
}
