import { describe, expect, it } from 'vitest';
import { messagesFor, messagesIn, namespacesFor, readMessageFiles } from '#lib/server/i18n.ts';
import { contentLocale, extraLocales, isDirectoryLocale, isRtl, languageTag, nativeNames } from './locales.ts';
import { translate } from './translate.ts';

/** The common.* keys the page chrome shows on a directory page (layout, skip link, footer). */
const chromeKeys = [
	'product',
	'tagline',
	'skip_to_content',
	'nav_main',
	'home',
	'sign_in',
	'sign_out',
	'signed_in_as',
	'footer_about',
	'footer_privacy',
	'in_other_language'
];
const pluralForms = ['zero', 'one', 'two', 'few', 'many', 'other'];
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const en = readMessageFiles('en');
const enDirectory = en['directory-public'];
// E-mails are written in French and English only (ADR 0008), so their keys stay there.
const uiKeys = Object.keys(enDirectory).filter((k) => !k.startsWith('mail_'));
const pluralBases = new Set(
	Object.keys(enDirectory)
		.filter((k) => /_(one|other)$/.test(k))
		.map((k) => k.replace(/_(one|other)$/, ''))
);

describe.each(extraLocales)('the %s catalogue', (code) => {
	const files = readMessageFiles(code);
	const directory = files['directory-public'] ?? {};

	it('has only the directory and chrome modules', () => {
		expect(Object.keys(files).sort()).toEqual(['common', 'directory-public']);
	});

	it('has every public-directory key, none empty', () => {
		const missing = uiKeys.filter((key) => !directory[key]?.trim());
		expect(missing).toEqual([]);
	});

	it('has no key English does not know (plural forms aside)', () => {
		const unknown = Object.keys(directory).filter((key) => {
			if (key in enDirectory) return false;
			const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
			return !(match && pluralBases.has(match[1]) && pluralForms.includes(match[2]));
		});
		expect(unknown).toEqual([]);
	});

	it('uses the same {placeholders} as English', () => {
		for (const [key, value] of Object.entries(directory)) {
			const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
			if (pluralBases.has(base)) {
				// A plural form may spell the number out ("خدمة واحدة"), never add a placeholder.
				const allowed = placeholders(enDirectory[`${base}_other`]);
				for (const name of placeholders(value)) expect(allowed, `${code} ${key}`).toContain(name);
			} else {
				expect(placeholders(value), `${code} ${key}`).toEqual(placeholders(enDirectory[key]));
			}
		}
	});

	it('has the chrome keys of common, with the same placeholders', () => {
		for (const key of chromeKeys) {
			expect(files.common?.[key]?.trim(), `${code} common.${key}`).toBeTruthy();
			expect(placeholders(files.common[key]), `${code} common.${key}`).toEqual(placeholders(en.common[key]));
		}
		expect(Object.keys(files.common).filter((k) => !(k in en.common))).toEqual([]);
	});

	it('falls back to English for other modules', () => {
		const all = messagesFor(code);
		expect(all['errors.title_404']).toBe(en.errors.title_404);
		expect(all['directory-public.title']).toBe(directory.title);
		expect(all['directory-public.title']).not.toBe(enDirectory.title);
	});
});

describe('directory locales', () => {
	it('knows the nine codes, their direction, tag, name and content language', () => {
		expect(isDirectoryLocale('ar')).toBe(true);
		expect(isDirectoryLocale('de')).toBe(false);
		expect(isRtl('ar') && isRtl('fa')).toBe(true);
		expect(isRtl('uk') || isRtl('en')).toBe(false);
		expect(languageTag('zh')).toBe('zh-Hans');
		expect(languageTag('pa')).toBe('pa-Guru');
		expect(nativeNames.fa).toBe('فارسی');
		expect(contentLocale('fr')).toBe('fr');
		expect(contentLocale('es')).toBe('en');
		expect(contentLocale('en')).toBe('en');
	});

	it('chooses plural forms by each language’s rules', () => {
		const ar = messagesFor('ar');
		expect(translate(ar, 'ar', 'directory-public.results_count', { count: 1 })).toBe('تم العثور على خدمة واحدة');
		expect(translate(ar, 'ar', 'directory-public.results_count', { count: 2 })).toBe('تم العثور على خدمتين');
		expect(translate(ar, 'ar', 'directory-public.results_count', { count: 5 })).toBe('تم العثور على 5 خدمات');
		expect(translate(ar, 'ar', 'directory-public.results_count', { count: 11 })).toBe('تم العثور على 11 خدمة');
		const uk = messagesFor('uk');
		expect(translate(uk, 'uk', 'directory-public.list_count', { count: 3 })).toBe('3 послуги в списку');
		expect(translate(uk, 'uk', 'directory-public.list_count', { count: 7 })).toBe('7 послуг у списку');
		const zh = messagesFor('zh');
		expect(translate(zh, 'zh', 'directory-public.results_count', { count: 1 })).toBe('找到 1 项服务');
	});

	it('ships only the namespaces a directory page needs', () => {
		const route = '/[lang=lang]/[partnership=slug]/directory';
		expect(namespacesFor(route)).toEqual(['common', 'errors', 'validation', 'directory-public']);
		expect(namespacesFor('/[lang=lang]/[partnership=slug]/app/meetings')).toBeNull();
		const subset = messagesIn('fr', namespacesFor(route)!);
		expect(Object.keys(subset).some((k) => k.startsWith('meetings.'))).toBe(false);
		expect(subset['directory-public.title']).toBe('Trouver des services');
		expect(subset['common.product']).toBe('Passerelle');
	});
});
