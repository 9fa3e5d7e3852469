/**
 * `npm start`: builds the app when the build is missing or older than the sources, then runs the
 * server. On a fresh clone this is the whole set-up: the embedded database and demo data come next.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const marker = join(root, 'build/handler.js');

function newest(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
	return latest;
}

const sources = ['src', 'static', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0;
if (builtAt < Math.max(...sources.filter(existsSync).map(newest))) {
	console.log('Building Passerelle… / Construction de Passerelle…');
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
		{
			cwd: root,
			stdio: 'inherit'
		}
	);
	if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('./server.ts');
