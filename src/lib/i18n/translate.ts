import type { Locale } from './locales.ts';

export type Messages = Record<string, string>;
export type Params = Record<string, string | number>;

const pluralRules = {
	fr: new Intl.PluralRules('fr-CA'),
	en: new Intl.PluralRules('en-CA')
};

/**
 * Looks a key up ("namespace.key"), picks a plural form (`key_one` / `key_other`) when a numeric
 * `count` is given, and fills `{name}` placeholders. A missing key shows as the key itself, and
 * the message-parity test keeps that from shipping.
 */
export function translate(messages: Messages, locale: Locale, key: string, params?: Params): string {
	let template = messages[key];
	if (params && typeof params.count === 'number') {
		const form = pluralRules[locale].select(params.count);
		template = messages[`${key}_${form}`] ?? messages[`${key}_other`] ?? template;
	}
	if (template === undefined) return key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export type Translate = (key: string, params?: Params) => string;

export function translator(messages: Messages, locale: Locale): Translate {
	return (key, params) => translate(messages, locale, key, params);
}
