import { describe, expect, it } from 'vitest';
import { defaultRadiusKm, parseSearchParams, searchQueryToParams } from './search.ts';
import { expandSynonyms, normalizeSearchText } from './synonyms.ts';

const parse = (query: string, lang: 'fr' | 'en' = 'fr') => parseSearchParams(new URLSearchParams(query), lang);

describe('parseSearchParams', () => {
	it('reads an empty query as the page language only', () => {
		expect(parse('')).toEqual({ ok: true, value: { lang: 'fr' } });
		expect(parse('', 'en')).toEqual({ ok: true, value: { lang: 'en' } });
		expect(parse('lang=en')).toEqual({ ok: true, value: { lang: 'en' } });
	});

	it('reads every parameter', () => {
		const result = parse(
			'q=  cours   de français &category=language_training&category=housing,health&language=AR&language=fr-CA' +
				'&status=refugee_claimant&mode=virtual&access=wheelchair&access=elevator&french=1&interpretation=on' +
				'&free=true&open=1&facets=1&points=1&age=34&lat=42.98&lon=-81.25&radius=10&sort=distance&page=2&size=50'
		);
		expect(result).toEqual({
			ok: true,
			value: {
				lang: 'fr',
				q: 'cours de français',
				categories: ['language_training', 'housing', 'health'],
				languages: ['ar', 'fr-ca'],
				statuses: ['refugee_claimant'],
				modes: ['virtual'],
				accessibility: ['wheelchair', 'elevator'],
				french: true,
				interpretation: true,
				free: true,
				openNow: true,
				facets: true,
				points: true,
				age: 34,
				near: { lat: 42.98, lon: -81.25, radiusKm: 10 },
				sort: 'distance',
				page: 2,
				pageSize: 50
			}
		});
	});

	it('treats empty and false values as "not set"', () => {
		expect(parse('q=&age=&lat=&lon=&radius=&sort=&page=&size=&free=&french=0&open=false')).toEqual({
			ok: true,
			value: { lang: 'fr' }
		});
	});

	it('gives a place without radius the default radius; distance sort needs a place', () => {
		const near = parse('lat=43.1&lon=-79.2');
		expect(near.ok && near.value.near).toEqual({ lat: 43.1, lon: -79.2, radiusKm: defaultRadiusKm });
		const sort = parse('sort=distance');
		expect(sort.ok && sort.value.sort).toBe('relevance');
	});

	it('refuses bad values with field errors (message keys)', () => {
		const cases: [string, string][] = [
			[`q=${'x'.repeat(201)}`, 'q'],
			['lang=de', 'lang'],
			['age=-1', 'age'],
			['age=abc', 'age'],
			['age=131', 'age'],
			['lat=91&lon=0', 'lat'],
			['lat=43', 'lon'],
			['lon=-80', 'lat'],
			['radius=0', 'radius'],
			['radius=1e9', 'radius'],
			['sort=random', 'sort'],
			['page=0', 'page'],
			['page=1.5', 'page'],
			['size=101', 'size'],
			['status=tourist', 'status.0'],
			['mode=fax', 'mode.0'],
			['access=ramp', 'access.0'],
			['language=english!', 'language.0'],
			["category='; drop table service; --", 'category.0'],
			['free=maybe', 'free']
		];
		for (const [query, field] of cases) {
			const result = parse(query);
			expect(result.ok, query).toBe(false);
			if (!result.ok) {
				expect(result.code).toBe('common.error_form');
				expect(Object.keys(result.fieldErrors ?? {}), query).toContain(field);
				for (const keys of Object.values(result.fieldErrors ?? {})) {
					for (const key of keys) expect(key).toMatch(/^(validation|common)\.[a-z_]+$/);
				}
			}
		}
	});

	it('caps repeated lists', () => {
		const many = Array.from({ length: 40 }, (_, i) => `category=c${i}`).join('&');
		expect(parse(many).ok).toBe(false);
		const thirty = Array.from({ length: 30 }, (_, i) => `category=c${i}`).join('&');
		expect(parse(thirty).ok).toBe(true);
	});

	it('keeps hostile keywords as text (they are bound as parameters)', () => {
		const result = parse(`q=${encodeURIComponent("'; drop table service; -- %_\\")}`);
		expect(result.ok && result.value.q).toBe("'; drop table service; -- %_\\");
	});

	it('round-trips through searchQueryToParams', () => {
		const query =
			'q=emploi&category=employment&language=ar&free=1&open=1&age=20&lat=43&lon=-80&radius=5&sort=name&page=3';
		const parsed = parse(query);
		if (!parsed.ok) throw new Error('parse failed');
		const again = parseSearchParams(searchQueryToParams(parsed.value), 'fr');
		expect(again).toEqual(parsed);
	});
});

describe('synonyms', () => {
	it('normalizes case, accents and punctuation', () => {
		expect(normalizeSearchText('  Réseau d’ÉCOLE—Œuvre! ')).toBe('reseau d ecole oeuvre');
		expect(normalizeSearchText('سكن')).toBe('سكن');
	});

	it('finds whole words and phrases, longest first', () => {
		expect(expandSynonyms('job London')).toEqual({
			rest: 'london',
			groups: [expect.arrayContaining(['job', 'emploi', 'travail'])]
		});
		expect(expandSynonyms('Permis de conduire').groups[0][0]).toBe('permis de conduire');
		expect(expandSynonyms('jobless')).toEqual({ rest: 'jobless', groups: [] });
		expect(expandSynonyms('"cours du soir" -anglais')).toEqual({ rest: '"cours du soir" -anglais', groups: [] });
	});
});
