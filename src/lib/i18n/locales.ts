/** The product's languages. Every screen, e-mail, export and error exists in both. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
	return value === 'fr' || value === 'en';
}

export function otherLocale(locale: Locale): Locale {
	return locale === 'fr' ? 'en' : 'fr';
}

/** Picks fr or en from an Accept-Language header, honouring q-values; French when nothing matches. */
export function negotiateLocale(header: string | null | undefined): Locale {
	if (!header) return defaultLocale;
	const ranked = header
		.split(',')
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
		})
		.filter((entry) => entry.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	for (const { tag } of ranked) {
		const primary = tag.split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return defaultLocale;
}

/** Bilingual content typed as a pair, so a missing language is a compile error. */
export interface Bilingual {
	fr: string;
	en: string;
}

/** The text in the asked language, or the other one with a flag saying so (shown as a visible marker). */
export function pick(
	value: Partial<Bilingual> | null | undefined,
	locale: Locale
): { text: string; lang: Locale; fallback: boolean } {
	const wanted = value?.[locale]?.trim();
	if (wanted) return { text: wanted, lang: locale, fallback: false };
	const other = otherLocale(locale);
	const backup = value?.[other]?.trim();
	if (backup) return { text: backup, lang: other, fallback: true };
	return { text: '', lang: locale, fallback: false };
}

/**
 * The public directory also speaks newcomers' languages. Everything else stays fr/en (`Locale`);
 * a directory page in one of these shows the interface in that language and listings in
 * `contentLocale()` (they exist only in French and English).
 */
export const directoryLocales = ['fr', 'en', 'ar', 'es', 'zh', 'pa', 'tl', 'uk', 'fa'] as const;
export type DirectoryLocale = (typeof directoryLocales)[number];
/** The directory's languages other than French and English. */
export const extraLocales = ['ar', 'es', 'zh', 'pa', 'tl', 'uk', 'fa'] as const;
export type ExtraLocale = (typeof extraLocales)[number];

export function isDirectoryLocale(value: unknown): value is DirectoryLocale {
	return typeof value === 'string' && (directoryLocales as readonly string[]).includes(value);
}

export function isExtraLocale(value: unknown): value is ExtraLocale {
	return typeof value === 'string' && (extraLocales as readonly string[]).includes(value);
}

/** Written right to left: Arabic and Persian. */
export function isRtl(locale: string): boolean {
	return locale === 'ar' || locale === 'fa';
}

/** Each language's name in itself, for the language picker. */
export const nativeNames: Record<DirectoryLocale, string> = {
	fr: 'Français',
	en: 'English',
	ar: 'العربية',
	es: 'Español',
	zh: '中文（简体）',
	pa: 'ਪੰਜਾਬੀ',
	tl: 'Tagalog',
	uk: 'Українська',
	fa: 'فارسی'
};

/** The BCP 47 tag for `lang`/`hreflang` attributes and Intl (script where it matters). */
export function languageTag(locale: DirectoryLocale): string {
	if (locale === 'zh') return 'zh-Hans';
	if (locale === 'pa') return 'pa-Guru';
	return locale;
}

/** The content language for listings: French for French readers, English for everyone else. */
export function contentLocale(locale: DirectoryLocale): Locale {
	return locale === 'fr' ? 'fr' : 'en';
}
