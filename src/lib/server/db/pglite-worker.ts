/**
 * Runs embedded PGlite in a worker thread and serves it over the PostgreSQL wire protocol on a
 * private Unix socket, so the app talks to it with the same driver (node-postgres) as to a real
 * server, and a long query never blocks the request thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface WorkerInput {
	dataDir: string; // a folder, or memory:// for a throw-away database
	socketPath: string;
}

const input = workerData as WorkerInput;
const port = parentPort;
if (!port) throw new Error('pglite-worker must run in a worker thread');

try {
	const db = await PGlite.create({
		dataDir: input.dataDir,
		extensions: { cube, earthdistance, pg_trgm, unaccent }
	});
	const server = new PGLiteSocketServer({ db, path: input.socketPath, maxConnections: 4 });
	await server.start();
	port.postMessage({ type: 'ready' });
	port.on('message', async (message: { type: string }) => {
		if (message.type !== 'close') return;
		try {
			await server.stop();
			await db.close();
		} finally {
			port.postMessage({ type: 'closed' });
		}
	});
} catch (error) {
	port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
