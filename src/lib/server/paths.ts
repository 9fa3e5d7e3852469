import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder: found from this file, so it works from src/ (CLI, tests) and from build/ (server). */
function findProjectRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = join(dir, 'package.json');
		if (existsSync(candidate)) {
			const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
			if (pkg.name === 'passerelle') return dir;
		}
		const parent = dirname(dir);
		if (parent === dir) return process.cwd();
		dir = parent;
	}
}

export const projectRoot = findProjectRoot();
export const migrationsDir = join(projectRoot, 'migrations');
export const pgliteWorkerFile = join(projectRoot, 'src/lib/server/db/pglite-worker.ts');
