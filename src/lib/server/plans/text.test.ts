import { describe, expect, it } from 'vitest';
import { normalizeName, parseTimeline, plainText, splitItems, splitNames } from './text.ts';

describe('splitItems', () => {
	it('splits bullets, numbers and line breaks', () => {
		expect(splitItems('• Un\n• Deux')).toEqual(['Un', 'Deux']);
		expect(splitItems('- Un\n* Deux\n1. Trois\n2) Quatre')).toEqual(['Un', 'Deux', 'Trois', 'Quatre']);
		expect(splitItems('Un\r\nDeux\n\n')).toEqual(['Un', 'Deux']);
		expect(splitItems('• Un • Deux')).toEqual(['Un', 'Deux']);
		expect(splitItems('')).toEqual([]);
		expect(splitItems('Une seule action, format 5@7')).toEqual(['Une seule action, format 5@7']);
	});
	it('keeps sub-items under an item ending with a colon, or indented', () => {
		const cell = 'Organiser des activités :\n- Semaine\n- Mois\nAutre';
		expect(splitItems(cell)).toEqual(['Organiser des activités :\n- Semaine\n- Mois', 'Autre']);
		expect(splitItems('Tête\n  - sous')).toEqual(['Tête\n- sous']);
		// canonical form reads back the same (export → import)
		expect(splitItems(splitItems(cell)[0])).toEqual([splitItems(cell)[0]]);
	});
	it('reads HTML lists, nested ones under their parent', () => {
		const html =
			'<ul style="list-style-type: none"><li>Organiser :<ul><li>Semaine nationale</li><li>Mois de l&#39;histoire</li></ul></li><li>Deux</li></ul>';
		expect(splitItems(html)).toEqual(["Organiser :\n- Semaine nationale\n- Mois de l'histoire", 'Deux']);
		expect(splitItems('<ul><li> A </li></ul>')).toEqual(['A']);
	});
	it('does not take a title for a bullet', () => {
		expect(splitItems('M. Dupont')).toEqual(['M. Dupont']);
	});
	it('plainText drops markup', () => {
		expect(plainText('Axe : <i>Renforcer</i>')).toBe('Axe : Renforcer');
	});
});

describe('splitNames', () => {
	it('splits on +, commas, et/and and keeps notes', () => {
		expect(splitNames('Gabrielle + Rita')).toEqual([
			{ name: 'Gabrielle', note: '' },
			{ name: 'Rita', note: '' }
		]);
		expect(splitNames('Nabila (Gabarit et compilation)')).toEqual([{ name: 'Nabila', note: 'Gabarit et compilation' }]);
		expect(splitNames('Fairouze et Jérôme')).toHaveLength(2);
		expect(splitNames('CCFL, SEO')).toEqual([
			{ name: 'CCFL', note: '' },
			{ name: 'SEO', note: '' }
		]);
		expect(splitNames('Carrefour communautaire francophone de London (CCFL)')).toEqual([
			{ name: 'Carrefour communautaire francophone de London (CCFL)', note: '' }
		]);
	});
	it('normalizes accents and case', () => {
		expect(normalizeName('  Jérôme  BÉLANGER ')).toBe('jerome belanger');
		expect(normalizeName('Collège Boréal')).toBe(normalizeName('college boreal'));
	});
});

describe('parseTimeline', () => {
	it('reads French and English months and ranges', () => {
		expect(parseTimeline('Mai 2019')).toMatchObject({ start: '2019-05-01', end: '2019-05-31', parsed: true });
		expect(parseTimeline('Septembre 2019- Février 2020')).toMatchObject({ start: '2019-09-01', end: '2020-02-29' });
		expect(parseTimeline('Mai - Novembre 2019')).toMatchObject({ start: '2019-05-01', end: '2019-11-30' });
		expect(parseTimeline('Novembre - Février 2020')).toMatchObject({ start: '2019-11-01', end: '2020-02-29' });
		expect(parseTimeline('September 2019 – March 2020')).toMatchObject({ start: '2019-09-01', end: '2020-03-31' });
		expect(parseTimeline('de mai à novembre 2019')).toMatchObject({ start: '2019-05-01', end: '2019-11-30' });
		expect(parseTimeline('2019-2020')).toMatchObject({ start: '2019-01-01', end: '2020-12-31' });
		expect(parseTimeline('2026-01-15 au 2026-03-31')).toMatchObject({ start: '2026-01-15', end: '2026-03-31' });
	});
	it('keeps "En continu" and unreadable text without dates', () => {
		expect(parseTimeline('En continu')).toMatchObject({ start: null, end: null, ongoing: true, parsed: true });
		expect(parseTimeline('Ongoing')).toMatchObject({ ongoing: true });
		expect(parseTimeline('Quand le comité le décidera')).toMatchObject({ start: null, parsed: false });
	});
	it('several lines give the earliest start and the latest end', () => {
		expect(parseTimeline('Octobre 2019\nJanvier 2020\nMars 2020')).toMatchObject({
			start: '2019-10-01',
			end: '2020-03-31',
			parsed: true
		});
	});
});
