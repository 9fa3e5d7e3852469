import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../paths.ts';
import { guessMapping, parseFlag, parseHours, parseLanguages, readSheet } from './spreadsheet.ts';

describe('spreadsheet value rules', () => {
	it('reads opening hours as people write them, in French and English', () => {
		expect(parseHours('lun-ven 9h-17h')).toEqual([{ days: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00' }]);
		expect(parseHours('Mon-Fri 9am-5pm')).toEqual([{ days: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00' }]);
		expect(parseHours('mer 13h à 15h30')).toEqual([{ days: 'WE', opens: '13:00', closes: '15:30' }]);
		expect(parseHours('Mon-Thu 9am-5pm; Sat 10am-2pm')).toEqual([
			{ days: 'MO,TU,WE,TH', opens: '09:00', closes: '17:00' },
			{ days: 'SA', opens: '10:00', closes: '14:00' }
		]);
		expect(parseHours('lundi au vendredi 8h30 - 16h; dim fermé')).toEqual([
			{ days: 'MO,TU,WE,TH,FR', opens: '08:30', closes: '16:00' }
		]);
		expect(parseHours('lun, mer 9-5')).toEqual([{ days: 'MO,WE', opens: '09:00', closes: '17:00' }]);
		expect(parseHours('Mon-Fri 3:30pm-6pm')).toEqual([{ days: 'MO,TU,WE,TH,FR', opens: '15:30', closes: '18:00' }]);
		expect(parseHours('tous les jours sauf fériés')).toBeNull();
		expect(parseHours('lun-ven 17h-9h')).toBeNull();
		expect(parseHours('')).toBeNull();
	});

	it('reads yes/no flags, also written in the cell ("gratuit: oui")', () => {
		for (const yes of ['oui', 'Oui', 'x', 'X', 'yes', 'gratuit: oui', '✓']) expect(parseFlag(yes), yes).toBe(true);
		for (const no of ['non', '', 'No', 'gratuit: non', '0']) expect(parseFlag(no), no).toBe(false);
		expect(parseFlag('peut-être')).toBeNull();
		expect(parseFlag('sí', { yes: ['sí'] })).toBe(true);
	});

	it('reads languages by their French or English names', () => {
		expect(parseLanguages('arabe, espagnol')).toEqual({ codes: ['ar', 'es'], unknown: [] });
		expect(parseLanguages('Arabic; Spanish and Tagalog')).toEqual({ codes: ['ar', 'es', 'tl'], unknown: [] });
		expect(parseLanguages('français, klingon')).toEqual({ codes: ['fr'], unknown: ['klingon'] });
	});

	it('guesses a mapping from a partner sheet’s headers', async () => {
		const bytes = readFileSync(join(projectRoot, 'tests/fixtures/directory/partner-locations.csv'));
		const sheet = await readSheet(new Uint8Array(bytes), 'partner-locations.csv');
		if (!sheet.ok) throw new Error(sheet.code);
		expect(sheet.value.rows).toHaveLength(6);
		const expected = JSON.parse(
			readFileSync(join(projectRoot, 'tests/fixtures/directory/partner-locations.mapping.json'), 'utf8')
		).columns;
		expect(guessMapping(sheet.value.headers).columns).toEqual(expected);
	});
});
