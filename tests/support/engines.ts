import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '#lib/server/config.ts';
import type { AppContext } from '#lib/server/context.ts';
import { openDatabase, type EngineName } from '#lib/server/db/engine.ts';
import { migrate } from '#lib/server/db/migrate.ts';
import { log } from '#lib/server/log.ts';
import { createMailTransport } from '#lib/server/mail/index.ts';
import { requireInCI } from './env.ts';

/**
 * The database engines integration tests run on: PGlite always; PostgreSQL when
 * TEST_DATABASE_URL is set (required under CI). Each test file gets a fresh, migrated database.
 */
export const engines: EngineName[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
requireInCI('TEST_DATABASE_URL (PostgreSQL)', Boolean(process.env.TEST_DATABASE_URL));

export interface TestDatabase {
	ctx: AppContext;
	databaseUrl?: string;
	close(): Promise<void>;
}

/** Creates an empty database on the test PostgreSQL server and returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
	const adminUrl = process.env.TEST_DATABASE_URL!;
	const name = `passerelle_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const client = new pg.Client({ connectionString: adminUrl });
			await client.connect();
			await client.query(`drop database if exists ${name} with (force)`);
			await client.end();
		}
	};
}

export async function openTestDatabase(engine: EngineName, env: Record<string, string> = {}): Promise<TestDatabase> {
	const pgDb = engine === 'postgresql' ? await createPostgresDatabase() : null;
	const config = loadConfig({
		DATA_DIR: 'memory://',
		DATABASE_URL: pgDb?.url,
		LOG_LEVEL: 'silent',
		DEMO_DATA: 'off',
		JOBS: 'off',
		ORIGIN: 'http://localhost:3999',
		...env
	});
	const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, poolMax: 4 });
	await migrate(database.db);
	const quiet = log.child({});
	quiet.level = 'silent';
	const ctx: AppContext = {
		config,
		db: database.db,
		engine: database.engine,
		database,
		log: quiet,
		mail: createMailTransport(config.SMTP_URL),
		startedAt: new Date()
	};
	return {
		ctx,
		databaseUrl: pgDb?.url,
		async close() {
			await database.close();
			await pgDb?.drop();
		}
	};
}
