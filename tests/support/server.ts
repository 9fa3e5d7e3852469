import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface RunningServer {
	url: string;
	port: number;
	process: ChildProcess;
	output: () => string;
	stop(): Promise<number | null>;
}

/**
 * Starts the real production server (scripts/server.ts on build/) on a random port with its
 * own empty PGlite folder (or the given DATABASE_URL), demo data and the given environment.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
	const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-e2e-'));
	let output = '';
	const child = fork(join(root, 'scripts/server.ts'), [], {
		cwd: root,
		env: {
			...process.env,
			PORT: '0',
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			JOBS_POLL_MS: '100',
			SHUTDOWN_TIMEOUT: '5',
			ORIGIN: 'http://127.0.0.1',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe', 'ipc']
	});
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const port = await new Promise<number>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
		child.on('message', (message: { type?: string; port?: number }) => {
			if (message.type === 'listening' && message.port) {
				clearTimeout(timer);
				resolve(message.port);
			}
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`server exited (${code}):\n${output}`));
		});
	});
	child.removeAllListeners('exit');
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		process: child,
		output: () => output,
		async stop() {
			if (child.exitCode !== null) return child.exitCode;
			const code = await new Promise<number | null>((resolve) => {
				child.once('exit', (c) => resolve(c));
				child.kill('SIGTERM');
			});
			rmSync(dataDir, { recursive: true, force: true });
			return code;
		}
	};
}
