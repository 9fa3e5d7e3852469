import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The browser tests run the production build; build it when it is missing or stale. */
export default function setup() {
	const root = join(import.meta.dirname, '../..');
	const newest = (path: string): number => {
		const stat = statSync(path);
		if (!stat.isDirectory()) return stat.mtimeMs;
		return Math.max(stat.mtimeMs, ...readdirSync(path).map((e) => newest(join(path, e))));
	};
	const marker = join(root, 'build/handler.js');
	// A build cut short (two builds at once) leaves handler.js without what it imports: rebuild.
	const complete = ['build/server/handler.js', 'build/client/_app'].every((p) => existsSync(join(root, p)));
	const builtAt = complete && existsSync(marker) ? statSync(marker).mtimeMs : 0;
	const sourcesAt = Math.max(...['src', 'static', 'vite.config.ts', 'package.json'].map((p) => newest(join(root, p))));
	if (builtAt >= sourcesAt) return;
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
		{
			cwd: root,
			stdio: 'inherit'
		}
	);
	if (result.status !== 0) throw new Error('vite build failed');
}
