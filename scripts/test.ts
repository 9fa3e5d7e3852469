/**
 * `npm test`: the whole suite — unit, integration on PGlite (and PostgreSQL when
 * TEST_DATABASE_URL is set), end-to-end in Chromium — then one plain summary line.
 * Extra arguments go to Vitest (e.g. `npm test -- --project unit`).
 */
import { startVitest } from 'vitest/node';

const filters = process.argv.slice(2);
const vitest = await startVitest(
	'test',
	filters.filter((a) => !a.startsWith('-')),
	{
		run: true,
		watch: false,
		...(filters.includes('--project') ? { project: filters[filters.indexOf('--project') + 1] } : {})
	}
);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const module of vitest?.state.getTestModules() ?? []) {
	for (const test of module.children.allTests()) {
		const state = test.result().state;
		if (state === 'passed') passed++;
		else if (state === 'failed') failed++;
		else skipped++;
	}
	if (module.state() === 'failed' && module.children.size === 0) failed++;
}
await vitest?.close();
const errors = vitest?.state.getUnhandledErrors().length ?? 0;
console.log(`\n${passed} passed, ${failed + errors} failed, ${skipped} skipped`);
if (process.env.CI === 'true' && skipped > 0) {
	console.error('CI=true: skipped tests count as failures (a layer did not run).');
	process.exit(1);
}
process.exit(failed + errors > 0 || passed === 0 || process.exitCode ? 1 : 0);
