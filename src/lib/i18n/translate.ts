import { languageTag, type DirectoryLocale, type Locale } from './locales.ts';

export type Messages = Record<string, string>;
export type Params = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>([
	['fr', new Intl.PluralRules('fr-CA')],
	['en', new Intl.PluralRules('en-CA')]
]);

/** Each language's own plural rules (Arabic has six forms, Chinese one); made once per language. */
function pluralRulesFor(locale: Locale | DirectoryLocale): Intl.PluralRules {
	let rules = pluralRules.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(languageTag(locale));
		pluralRules.set(locale, rules);
	}
	return rules;
}

/**
 * Looks a key up ("namespace.key"), picks a plural form (`key_one` / `key_other`) when a numeric
 * `count` is given, and fills `{name}` placeholders. A missing key shows as the key itself, and
 * the message-parity test keeps that from shipping.
 */
export function translate(messages: Messages, locale: Locale | DirectoryLocale, key: string, params?: Params): string {
	let template = messages[key];
	if (params && typeof params.count === 'number') {
		const form = pluralRulesFor(locale).select(params.count);
		template = messages[`${key}_${form}`] ?? messages[`${key}_other`] ?? template;
	}
	if (template === undefined) return key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export type Translate = (key: string, params?: Params) => string;

export function translator(messages: Messages, locale: Locale | DirectoryLocale): Translate {
	return (key, params) => translate(messages, locale, key, params);
}
