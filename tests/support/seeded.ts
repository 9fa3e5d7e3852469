import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from './server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A PGlite folder already migrated and loaded with the demo data (see setup below). */
		seededDataDir: string;
	}
}

/**
 * Global setup (after build-once): start the server once on an empty folder so it migrates and
 * loads the demo data, stop it, and hand the folder to the test files. Seeding takes most of a
 * cold start; each file then starts from a copy in a few seconds.
 */
export default async function setup(project: TestProject) {
	const template = mkdtempSync(join(tmpdir(), 'passerelle-e2e-seed-'));
	const server = await startServer({ DATA_DIR: template, JOBS: 'off' });
	const code = await server.stop();
	if (code !== 0) throw new Error(`seeding server exited with ${code}:\n${server.output()}`);
	project.provide('seededDataDir', template);
	return () => rmSync(template, { recursive: true, force: true });
}

/**
 * startServer() on a private copy of the seeded folder (an empty folder, seeded at start-up,
 * when no template was provided). Same environment options as startServer().
 */
export async function startSeededServer(env: Record<string, string> = {}): Promise<RunningServer> {
	let template: string | undefined;
	try {
		template = inject('seededDataDir');
	} catch {
		template = undefined;
	}
	if (!template) return startServer(env);
	const copy = mkdtempSync(join(tmpdir(), 'passerelle-e2e-data-'));
	cpSync(template, copy, { recursive: true });
	const server = await startServer({ DATA_DIR: copy, ...env });
	const stop = server.stop.bind(server);
	server.stop = async () => {
		const code = await stop();
		rmSync(copy, { recursive: true, force: true });
		return code;
	};
	return server;
}
