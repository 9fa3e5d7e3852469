import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../i18n/locales.ts';
import { translator, type Messages, type Translate } from '../i18n/translate.ts';
import { projectRoot } from './paths.ts';

/**
 * UI strings: one JSON file per module and language, src/lib/i18n/messages/{fr,en}/<module>.json,
 * flattened to "<module>.<key>". Read from disk so the web server, the CLI and the e-mail
 * templates share one source.
 */
export const messagesDir = join(projectRoot, 'src/lib/i18n/messages');

export function readMessageFiles(locale: Locale): Record<string, Record<string, string>> {
	const dir = join(messagesDir, locale);
	const out: Record<string, Record<string, string>> = {};
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()) {
		out[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	}
	return out;
}

const cache = new Map<Locale, Messages>();

export function messagesFor(locale: Locale): Messages {
	let messages = cache.get(locale);
	if (!messages) {
		messages = {};
		for (const [module, entries] of Object.entries(readMessageFiles(locale))) {
			for (const [key, value] of Object.entries(entries)) messages[`${module}.${key}`] = value;
		}
		cache.set(locale, messages);
	}
	return messages;
}

export function t(locale: Locale): Translate {
	return translator(messagesFor(locale), locale);
}

export const allLocales = locales;
