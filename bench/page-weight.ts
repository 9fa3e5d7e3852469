/**
 * `npm run bench:page-weight`: what the public directory's search page (with results, list
 * view, no map) costs to download, compressed. Starts the production build (run `npm run build`
 * first) on demo data, loads the page, follows every stylesheet, script and module preload it
 * names, and prints each resource raw, gzip and brotli. adapter-node serves the assets
 * precompressed; the server does not compress HTML itself (a reverse proxy does), so the HTML is
 * compressed here the same way. Budget: 60 KB compressed (gzip) for the whole page.
 *   bench:page-weight url=… resources=N raw_kb=… gzip_kb=… brotli_kb=… budget_kb=60 within_budget=true
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer } from '../tests/support/server.ts';

const budgetKb = 60;
const root = join(import.meta.dirname, '..');
const pages = [
	'/en/london-middlesex/directory?q=employment',
	'/fr/london-middlesex/directory?q=logement',
	'/ar/london-middlesex/directory?q=%D8%B3%D9%83%D9%86'
];

if (!existsSync(join(root, 'build/handler.js'))) {
	console.error('bench:page-weight needs the production build: run `npm run build` first.');
	process.exit(2);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sizes = (body: Uint8Array) => ({
	raw: body.byteLength,
	gzip: gzipSync(body, { level: 9 }).byteLength,
	brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength
});

const server = await startServer({ DEMO_DATA: 'auto' });
let failed = false;
try {
	for (const path of pages) {
		const response = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'identity' } });
		const html = new Uint8Array(await response.arrayBuffer());
		if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
		const text = new TextDecoder().decode(html);
		const refs = new Set<string>();
		for (const m of text.matchAll(/<link[^>]+href="([^"]+)"[^>]*>/g)) {
			if (/rel="(stylesheet|modulepreload)"/.test(m[0]) && !/media="print"/.test(m[0])) refs.add(m[1]);
		}
		for (const m of text.matchAll(/<script[^>]+src="([^"]+)"/g)) refs.add(m[1]);
		for (const m of text.matchAll(/import\("([^"]+)"\)/g)) refs.add(m[1]);
		const rows = [{ name: 'HTML', ...sizes(html) }];
		for (const ref of refs) {
			const url = new URL(ref, `${server.url}${path}`);
			const asset = new Uint8Array(
				await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()
			);
			rows.push({ name: url.pathname, ...sizes(asset) });
		}
		const total = rows.reduce(
			(sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
			{ raw: 0, gzip: 0, brotli: 0 }
		);
		console.log(`\n${path}`);
		for (const r of rows)
			console.log(
				`  ${r.name.padEnd(60)} raw ${kb(r.raw).padStart(7)} KB  gzip ${kb(r.gzip).padStart(6)} KB  br ${kb(r.brotli).padStart(6)} KB`
			);
		const within = total.gzip / 1024 <= budgetKb;
		failed ||= !within;
		console.log(
			`bench:page-weight url=${path} resources=${rows.length} raw_kb=${kb(total.raw)} gzip_kb=${kb(total.gzip)} brotli_kb=${kb(total.brotli)} budget_kb=${budgetKb} within_budget=${within}`
		);
	}
} finally {
	await server.stop();
}
process.exitCode = failed ? 1 : 0;
