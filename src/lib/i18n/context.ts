import { getContext, setContext } from 'svelte';
import { isRtl, languageTag, otherLocale, pick, type Bilingual, type DirectoryLocale, type Locale } from './locales.ts';
import { translate, type Messages, type Params } from './translate.ts';

export interface I18n {
	/** The content language (fr/en): listings and every page outside the public directory. */
	readonly lang: Locale;
	/** The interface language: `lang`, or a newcomer language on the public directory. */
	readonly uiLang: DirectoryLocale;
	/** 'rtl' for Arabic and Persian. */
	readonly dir: 'ltr' | 'rtl';
	t(key: string, params?: Params): string;
	/** Bilingual content in the page's language, with a flag when the other language stands in. */
	pick(value: Partial<Bilingual> | null | undefined): { text: string; lang: Locale; fallback: boolean };
	/**
	 * A path inside the current language: href('/signin') → '/fr/signin'. On a page in a newcomer
	 * language, directory paths keep that language and other paths go to the content language.
	 */
	href(path: string): string;
	date(value: Date | string | null | undefined, withTime?: boolean): string;
	readonly other: Locale;
}

const KEY = Symbol('i18n');

/** Root layout only: the getters read the current page data, so a language switch updates everything. */
export function setI18n(source: () => { lang: Locale; uiLang?: DirectoryLocale; messages: Messages }): I18n {
	const ui = () => source().uiLang ?? source().lang;
	const i18n: I18n = {
		get lang() {
			return source().lang;
		},
		get uiLang() {
			return ui();
		},
		get dir() {
			return isRtl(ui()) ? 'rtl' : 'ltr';
		},
		get other() {
			return otherLocale(source().lang);
		},
		t: (key, params) => translate(source().messages, ui(), key, params),
		pick: (value) => pick(value, source().lang),
		href: (path) => {
			const prefix = /^\/[^/]+\/directory(\/|$|\?)/.test(path) ? ui() : source().lang;
			return `/${prefix}${path === '/' ? '' : path}`;
		},
		date: (value, withTime = false) => {
			if (!value) return '';
			const date = typeof value === 'string' ? new Date(value) : value;
			if (Number.isNaN(date.getTime())) return String(value);
			const tag = ui() === 'fr' || ui() === 'en' ? `${ui()}-CA` : languageTag(ui());
			return new Intl.DateTimeFormat(tag, {
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
