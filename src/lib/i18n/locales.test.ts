import { describe, expect, it } from 'vitest';
import { negotiateLocale, pick } from './locales.ts';
import { translate } from './translate.ts';

describe('negotiateLocale', () => {
	it.each([
		['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
		['en-US,en;q=0.9', 'en'],
		['de-DE,en;q=0.5,fr;q=0.4', 'en'],
		['es,fr;q=0.1', 'fr'],
		['en;q=0,fr', 'fr'],
		['zh-CN', 'fr'],
		['', 'fr'],
		[null, 'fr']
	])('%s → %s', (header, expected) => {
		expect(negotiateLocale(header)).toBe(expected);
	});
});

describe('pick', () => {
	it('shows the asked language when present', () => {
		expect(pick({ fr: 'Bonjour', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', lang: 'en', fallback: false });
	});
	it('falls back visibly to the other language', () => {
		expect(pick({ fr: 'Bonjour', en: '  ' }, 'en')).toEqual({ text: 'Bonjour', lang: 'fr', fallback: true });
	});
	it('is empty when neither language has text', () => {
		expect(pick(null, 'fr').text).toBe('');
	});
});

describe('translate', () => {
	const messages = {
		'm.hello': 'Bonjour {name}',
		'm.items_one': '{count} élément',
		'm.items_other': '{count} éléments'
	};
	it('fills placeholders', () => {
		expect(translate(messages, 'fr', 'm.hello', { name: 'Aïcha' })).toBe('Bonjour Aïcha');
	});
	it('chooses the plural form by language rules', () => {
		expect(translate(messages, 'fr', 'm.items', { count: 1 })).toBe('1 élément');
		expect(translate(messages, 'fr', 'm.items', { count: 0 })).toBe('0 élément'); // French: 0 is singular
		expect(translate(messages, 'en', 'm.items', { count: 0 })).toBe('0 éléments');
		expect(translate(messages, 'fr', 'm.items', { count: 3 })).toBe('3 éléments');
	});
	it('shows the key when a message is missing', () => {
		expect(translate(messages, 'fr', 'm.nope')).toBe('m.nope');
	});
});
