import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isExtraLocale, locales, type DirectoryLocale, type Locale } from '../i18n/locales.ts';
import { translator, type Messages, type Translate } from '../i18n/translate.ts';
import { projectRoot } from './paths.ts';

/**
 * UI strings: one JSON file per module and language, src/lib/i18n/messages/{fr,en}/<module>.json,
 * flattened to "<module>.<key>". Read from disk so the web server, the CLI and the e-mail
 * templates share one source.
 */
export const messagesDir = join(projectRoot, 'src/lib/i18n/messages');

export function readMessageFiles(locale: Locale | DirectoryLocale): Record<string, Record<string, string>> {
	const dir = join(messagesDir, locale);
	const out: Record<string, Record<string, string>> = {};
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()) {
		out[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	}
	return out;
}

const cache = new Map<string, Messages>();

/**
 * Every message of a language. A newcomer language (directory pages only) has the public
 * directory's strings and the page chrome's; English stands in for anything else.
 */
export function messagesFor(locale: Locale | DirectoryLocale): Messages {
	let messages = cache.get(locale);
	if (!messages) {
		messages = isExtraLocale(locale) ? { ...messagesFor('en') } : {};
		for (const [module, entries] of Object.entries(readMessageFiles(locale))) {
			for (const [key, value] of Object.entries(entries)) messages[`${module}.${key}`] = value;
		}
		cache.set(locale, messages);
	}
	return messages;
}

const subsetCache = new Map<string, Messages>();

/** Only the messages of some modules ("common", "errors"…): what a page ships to the browser. */
export function messagesIn(locale: Locale | DirectoryLocale, namespaces: readonly string[]): Messages {
	const cacheKey = `${locale}:${namespaces.join(',')}`;
	let subset = subsetCache.get(cacheKey);
	if (!subset) {
		const prefixes = namespaces.map((n) => `${n}.`);
		subset = Object.fromEntries(
			Object.entries(messagesFor(locale)).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))
		);
		subsetCache.set(cacheKey, subset);
	}
	return subset;
}

/** What every page needs: the layout chrome, error pages and field errors. */
export const baseNamespaces = ['common', 'errors', 'validation'] as const;

/**
 * The message modules a route ships, by route id. Routes not listed get every module (the
 * workspace pages use many). The public directory is read on phones over slow networks, so its
 * pages get only their own strings.
 */
const routeNamespaces: { prefix: string; exact?: boolean; namespaces: string[] }[] = [
	{ prefix: '/[lang=lang]/[partnership=slug]/directory', exact: true, namespaces: ['directory-public'] },
	{ prefix: '/[lang=lang]/[partnership=slug]/directory/list', namespaces: ['directory-public'] },
	{ prefix: '/[lang=lang]/[partnership=slug]/directory/services/[id]', exact: true, namespaces: ['directory-public'] }
];

export function namespacesFor(routeId: string | null): string[] | null {
	if (!routeId) return [...baseNamespaces];
	const entry = routeNamespaces.find((r) => (r.exact ? routeId === r.prefix : routeId.startsWith(r.prefix)));
	return entry ? [...baseNamespaces, ...entry.namespaces] : null;
}

/** The messages a page ships: its route's modules, or all of them. */
export function pageMessages(locale: Locale | DirectoryLocale, routeId: string | null): Messages {
	const namespaces = namespacesFor(routeId);
	return namespaces ? messagesIn(locale, namespaces) : messagesFor(locale);
}

export function t(locale: Locale | DirectoryLocale): Translate {
	return translator(messagesFor(locale), locale);
}

export const allLocales = locales;
