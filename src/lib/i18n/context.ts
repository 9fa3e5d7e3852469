import { getContext, setContext } from 'svelte';
import { otherLocale, pick, type Bilingual, type Locale } from './locales.ts';
import { translate, type Messages, type Params } from './translate.ts';

export interface I18n {
	readonly lang: Locale;
	t(key: string, params?: Params): string;
	/** Bilingual content in the page's language, with a flag when the other language stands in. */
	pick(value: Partial<Bilingual> | null | undefined): { text: string; lang: Locale; fallback: boolean };
	/** A path inside the current language: href('/signin') → '/fr/signin'. */
	href(path: string): string;
	date(value: Date | string | null | undefined, withTime?: boolean): string;
	readonly other: Locale;
}

const KEY = Symbol('i18n');

/** Root layout only: the getters read the current page data, so a language switch updates everything. */
export function setI18n(source: () => { lang: Locale; messages: Messages }): I18n {
	const i18n: I18n = {
		get lang() {
			return source().lang;
		},
		get other() {
			return otherLocale(source().lang);
		},
		t: (key, params) => translate(source().messages, source().lang, key, params),
		pick: (value) => pick(value, source().lang),
		href: (path) => `/${source().lang}${path === '/' ? '' : path}`,
		date: (value, withTime = false) => {
			if (!value) return '';
			const date = typeof value === 'string' ? new Date(value) : value;
			if (Number.isNaN(date.getTime())) return String(value);
			return new Intl.DateTimeFormat(`${source().lang}-CA`, {
				dateStyle: 'long',
				...(withTime ? { timeStyle: 'short', timeZone: 'America/Toronto' } : { timeZone: 'UTC' })
			}).format(date);
		}
	};
	setContext(KEY, i18n);
	return i18n;
}

export function getI18n(): I18n {
	const i18n = getContext<I18n>(KEY);
	if (!i18n) throw new Error('getI18n() outside the root layout');
	return i18n;
}
