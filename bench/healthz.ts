/**
 * `npm run bench:healthz`: /healthz latency while a heavy query runs, on each engine.
 * The app and its /healthz handler run in this process exactly as in scripts/server.ts; the heavy
 * query goes through the same database layer (PGlite: its worker thread). Prints one line per engine:
 *   bench:healthz engine=… heavy_query_ms=… requests=… p50_ms=… p95_ms=… max_ms=…
 * Set BENCH_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres) to include PostgreSQL.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { startApp } from '#lib/server/app.ts';
import { loadConfig } from '#lib/server/config.ts';
import { healthReport, startHeartbeat } from '#lib/server/health.ts';

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(engine: 'pglite' | 'postgresql') {
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-healthz-'));
	let dbName: string | null = null;
	let databaseUrl: string | undefined;
	if (engine === 'postgresql') {
		dbName = `bench_healthz_${process.pid}`;
		const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
		await admin.connect();
		await admin.query(`drop database if exists ${dbName}`);
		await admin.query(`create database ${dbName}`);
		await admin.end();
		const url = new URL(process.env.BENCH_DATABASE_URL!);
		url.pathname = `/${dbName}`;
		databaseUrl = url.toString();
	}
	const app = await startApp(
		loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', DEMO_DATA: 'off' }),
		{ jobs: false }
	);
	const beat = startHeartbeat(app);
	const server = http.createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify(healthReport(app, false)));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as { port: number }).port;
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	const get = () =>
		new Promise<number>((resolve, reject) => {
			const started = performance.now();
			http
				.get({ host: '127.0.0.1', port, path: '/healthz', agent }, (res) => {
					res.resume();
					res.on('end', () => resolve(performance.now() - started));
				})
				.on('error', reject);
		});
	for (let i = 0; i < 20; i++) await get(); // warm-up
	let done = false;
	const started = performance.now();
	const heavy = sql`select count(*) from generate_series(1, 6000000) g, lateral (select md5(g::text)) x`
		.execute(app.db)
		.finally(() => (done = true));
	const latencies: number[] = [];
	while (!done) latencies.push(await get());
	await heavy;
	const heavyMs = performance.now() - started;
	clearInterval(beat);
	server.close();
	agent.destroy();
	await app.stop();
	rmSync(dataDir, { recursive: true, force: true });
	if (dbName) {
		const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
		await admin.connect();
		await admin.query(`drop database if exists ${dbName} with (force)`);
		await admin.end();
	}
	const f = (n: number) => n.toFixed(2);
	console.log(
		`bench:healthz engine=${engine} heavy_query_ms=${Math.round(heavyMs)} requests=${latencies.length} p50_ms=${f(percentile(latencies, 50))} p95_ms=${f(percentile(latencies, 95))} max_ms=${f(Math.max(...latencies))}`
	);
}

await run('pglite');
if (process.env.BENCH_DATABASE_URL) await run('postgresql');
