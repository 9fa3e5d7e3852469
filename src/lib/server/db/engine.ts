import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { log } from '../log.ts';
import { pgliteWorkerFile } from '../paths.ts';
import type { DB } from './schema.ts';

export type EngineName = 'pglite' | 'postgresql';

export interface Database {
	db: Kysely<DB>;
	engine: EngineName;
	pool: pg.Pool;
	close(): Promise<void>;
}

// Same JS types on both engines: counts as numbers, dates as 'YYYY-MM-DD' strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface OpenOptions {
	databaseUrl?: string;
	/** PGlite data folder, or 'memory://' */
	dataDir?: string;
	poolMax?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
	if (options.databaseUrl) {
		const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolMax ?? 10 });
		// An idle connection the server ends (restart, failover, a dropped test database) must not
		// crash the process: the pool replaces it on the next query.
		pool.on('error', (err) => log.warn({ err }, 'database connection lost; the pool will reconnect'));
		const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
		await pool.query('select 1');
		return { db, engine: 'postgresql', pool, close: () => db.destroy() };
	}
	return openPglite(options.dataDir ?? './data');
}

async function openPglite(dataDir: string): Promise<Database> {
	if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
	// A private folder (mode 0700) for the socket: only this user can reach the database.
	const socketDir = mkdtempSync(join(tmpdir(), 'passerelle-pg-'));
	const socketPath = join(socketDir, '.s.PGSQL.5432');
	const worker = new Worker(pgliteWorkerFile, { workerData: { dataDir, socketPath } });
	await new Promise<void>((resolve, reject) => {
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`PGlite worker exited (${code})`)));
		worker.once('message', (message: { type: string; message?: string }) => {
			if (message.type === 'ready') resolve();
			else reject(new Error(`PGlite failed to start: ${message.message ?? message.type}`));
		});
	});
	worker.removeAllListeners('exit');
	// One connection: PGlite runs one query at a time, and one connection keeps transactions whole.
	const pool = new pg.Pool({ host: socketDir, port: 5432, user: 'postgres', database: 'postgres', max: 1 });
	const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
	let closed = false;
	return {
		db,
		engine: 'pglite',
		pool,
		async close() {
			if (closed) return;
			closed = true;
			await db.destroy();
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, 10_000);
				worker.once('message', () => {
					clearTimeout(timer);
					resolve();
				});
				worker.postMessage({ type: 'close' });
			});
			await worker.terminate();
			rmSync(socketDir, { recursive: true, force: true });
		}
	};
}
