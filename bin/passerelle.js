#!/usr/bin/env node
// `npx passerelle …`: runs the TypeScript CLI directly on Node's type stripping (Node ≥ 26).
const [major] = process.versions.node.split('.').map(Number);
if (major < 26) {
	console.error(
		`Passerelle needs Node 26 or newer (this is ${process.version}). Run it through npm: \`npx passerelle\` after \`npm ci\`.`
	);
	process.exit(1);
}
await import('../src/cli/main.ts');
