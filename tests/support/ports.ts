import { createServer } from 'node:net';

/**
 * A TCP port that is free right now on 127.0.0.1. Lets a test start the server with
 * ORIGIN=http://127.0.0.1:<port>, so the links it writes in e-mails open as they are.
 */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/** startServer() environment for a server whose public origin is its real address. */
export async function originEnv(): Promise<{ PORT: string; ORIGIN: string }> {
	const port = await freePort();
	return { PORT: String(port), ORIGIN: `http://127.0.0.1:${port}` };
}
