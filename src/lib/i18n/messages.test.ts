import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesDir, readMessageFiles } from '#lib/server/i18n.ts';
import { projectRoot } from '#lib/server/paths.ts';

const fr = readMessageFiles('fr');
const en = readMessageFiles('en');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry) && !entry.endsWith('.test.ts') ? [path] : [];
	});
}

describe('message catalogues', () => {
	it('has the same modules in French and English', () => {
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
	});

	it.each(Object.keys(fr))('%s has the same keys in both languages, none empty', (module) => {
		expect(Object.keys(fr[module]).sort()).toEqual(Object.keys(en[module] ?? {}).sort());
		for (const [key, value] of [...Object.entries(fr[module]), ...Object.entries(en[module])]) {
			expect(value.trim(), `${module}.${key}`).not.toBe('');
		}
	});

	it('uses the same {placeholders} in both languages', () => {
		for (const module of Object.keys(fr)) {
			for (const key of Object.keys(fr[module])) {
				const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
				expect(names(en[module][key]), `${module}.${key}`).toEqual(names(fr[module][key]));
			}
		}
	});

	it('defines every literal key the code uses', () => {
		const known = new Set(
			Object.entries(fr).flatMap(([module, entries]) => Object.keys(entries).map((k) => `${module}.${k}`))
		);
		const pluralBases = new Set([...known].map((k) => k.replace(/_(one|other)$/, '')));
		const missing: string[] = [];
		const key = `((?:${Object.keys(fr).join('|')})\\.[a-z0-9_.]*[a-z0-9])(?![\\w$.{])`;
		// Where the code names a message: t('…'), errors and failures, labels, ?done=…, field error lists.
		const patterns = [
			`\\bt\\(\\s*['"\`]${key}['"\`]`,
			`\\berror:\\s*['"]${key}['"]`,
			`\\b(?:failure|formFailure)(?:<[^>]*>)?\\(\\s*['"]${key}['"]`,
			`\\b(?:labelKey|summaryKey|code|messageKey)\\s*[:=]\\s*['"]${key}['"]`,
			`done=${key}`,
			`[:=]\\s*\\[\\s*['"]${key}['"]\\s*\\]`,
			`new UsageError\\(\\s*['"]${key}['"]`
		].map((p) => new RegExp(p, 'g'));
		for (const file of sourceFiles(join(projectRoot, 'src'))) {
			if (file.startsWith(messagesDir)) continue;
			const text = readFileSync(file, 'utf8');
			for (const pattern of patterns) {
				for (const match of text.matchAll(pattern)) {
					const found = match[1];
					if (!known.has(found) && !pluralBases.has(found)) missing.push(`${relative(projectRoot, file)}: ${found}`);
				}
			}
		}
		expect(missing).toEqual([]);
	});
});
