/**
 * The production server: validates configuration, starts the app (database, migrations, demo data,
 * jobs), serves SvelteKit's handler and /healthz, and shuts down gracefully on SIGTERM/SIGINT.
 */
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, type Config } from '#lib/server/config.ts';
import { startApp, type RunningApp } from '#lib/server/app.ts';
import { setAppContext } from '#lib/server/context.ts';
import { log } from '#lib/server/log.ts';
import { projectRoot } from '#lib/server/paths.ts';
import { healthReport, startHeartbeat } from '#lib/server/health.ts';

const startedAt = performance.now();
let config: Config;
try {
	config = loadConfig();
} catch (error) {
	if (error instanceof ConfigError) {
		console.error(error.message);
		process.exit(78); // EX_CONFIG
	}
	throw error;
}
log.level = config.LOG_LEVEL;

// SvelteKit checks a form's Origin against the request's protocol; tell it the real one.
process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
process.env.HOST_HEADER = config.TRUST_PROXY === 'true' ? 'x-forwarded-host' : '';
// Imports upload whole HSDS packages and spreadsheets (adapter-node's default is 512 KB); the
// import code checks sizes and answers in both languages.
process.env.BODY_SIZE_LIMIT ??= '12M';

let app: RunningApp;
try {
	app = await startApp(config);
} catch (error) {
	log.fatal({ err: error }, 'start-up failed');
	process.exit(1);
}
setAppContext(app);
const heartbeat = startHeartbeat(app);

const { handler } = (await import(pathToFileURL(join(projectRoot, 'build/handler.js')).href)) as {
	handler: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
};

let shuttingDown = false;
let inFlight = 0;

const server = http.createServer((req, res) => {
	if (req.url === '/healthz' || req.url?.startsWith('/healthz?')) {
		const report = healthReport(app, shuttingDown);
		res.writeHead(shuttingDown ? 503 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
		res.end(JSON.stringify(report));
		return;
	}
	if (config.TRUST_PROXY !== 'true' || !req.headers['x-forwarded-proto']) {
		req.headers['x-forwarded-proto'] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
	}
	inFlight++;
	res.on('close', () => {
		inFlight--;
		if (shuttingDown) server.closeIdleConnections();
	});
	if (shuttingDown) res.setHeader('connection', 'close');
	handler(req, res, () => {
		res.statusCode = 404;
		res.end();
	});
});

server.listen(config.PORT, config.HOST, () => {
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : config.PORT;
	process.env.PASSERELLE_INTERNAL_ORIGIN = `http://127.0.0.1:${port}`;
	const ms = Math.round(performance.now() - startedAt);
	log.info({ port, engine: app.engine, startMs: ms }, `Passerelle listening on http://localhost:${port}`);
	if (app.demoAccounts) {
		const lines = app.demoAccounts.map(
			(a) =>
				`  ${a.role.padEnd(15)} ${a.email.padEnd(32)} ${a.password}${a.partnership ? `  (${[a.partnership, ...(a.alsoIn ?? [])].join(', ')})` : ''}`
		);
		console.log(`\nDemo accounts / Comptes de démonstration:\n${lines.join('\n')}\n`);
	}
	process.send?.({ type: 'listening', port });
});

async function shutdown(signal: string) {
	if (shuttingDown) return;
	shuttingDown = true;
	log.info({ signal, inFlight }, 'shutting down');
	const force = setTimeout(() => {
		log.warn('shutdown timeout: closing remaining connections');
		server.closeAllConnections();
	}, config.SHUTDOWN_TIMEOUT * 1000);
	server.closeIdleConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	clearTimeout(force);
	clearInterval(heartbeat);
	await app.stop();
	log.info('stopped');
	process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
