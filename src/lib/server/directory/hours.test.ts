import { describe, expect, it } from 'vitest';
import {
	isAllDay,
	localTime,
	nextOpening,
	openNow,
	rulesFromWeek,
	weekFromRules,
	weeklyHours,
	zonedInstant,
	type ScheduleRule
} from './hours.ts';

const weekdays9to5: ScheduleRule = {
	freq: 'WEEKLY',
	byday: 'MO,TU,WE,TH,FR',
	opens_at: '09:00:00',
	closes_at: '17:00:00'
};
const at = (iso: string) => new Date(iso);

describe('openNow', () => {
	it('is null when there is no schedule with hours', () => {
		expect(openNow([], 'America/Toronto', at('2026-12-07T15:00:00Z'))).toBeNull();
		expect(openNow([{ freq: 'WEEKLY', byday: 'MO', opens_at: null, closes_at: null }], 'America/Toronto')).toBeNull();
	});

	it('reads the hours in the location’s zone (Toronto, standard time)', () => {
		// Monday 7 December 2026: 09:00 EST = 14:00 UTC.
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-12-07T13:59:00Z'))).toBe(false);
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-12-07T14:00:00Z'))).toBe(true);
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-12-07T21:59:00Z'))).toBe(true);
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-12-07T22:00:00Z'))).toBe(false);
		// Saturday.
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-12-05T16:00:00Z'))).toBe(false);
	});

	it('follows daylight saving time (8 March and 1 November 2026)', () => {
		// Friday 6 March, EST: 09:30 local = 14:30 UTC.
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-03-06T13:30:00Z'))).toBe(false);
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-03-06T14:30:00Z'))).toBe(true);
		// Monday 9 March, EDT: 13:30 UTC is 09:30 local (08:30 if the offset were not updated).
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-03-09T13:30:00Z'))).toBe(true);
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-03-09T12:59:00Z'))).toBe(false);
		// Monday 2 November, back to EST: 13:30 UTC is 08:30 local.
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-11-02T13:30:00Z'))).toBe(false);
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-11-02T14:00:00Z'))).toBe(true);
	});

	it('uses another zone when the location is elsewhere (Winnipeg, one hour behind)', () => {
		// 14:30 UTC on Monday 7 December: 09:30 in Toronto, 08:30 in Winnipeg.
		expect(openNow([weekdays9to5], 'America/Toronto', at('2026-12-07T14:30:00Z'))).toBe(true);
		expect(openNow([weekdays9to5], 'America/Winnipeg', at('2026-12-07T14:30:00Z'))).toBe(false);
		expect(openNow([weekdays9to5], 'America/Winnipeg', at('2026-12-07T15:00:00Z'))).toBe(true);
		// Summer (CDT, UTC−5): 22:30 UTC is 17:30 in Winnipeg on Monday 13 July.
		expect(openNow([weekdays9to5], 'America/Winnipeg', at('2026-07-13T21:59:00Z'))).toBe(true);
		expect(openNow([weekdays9to5], 'America/Winnipeg', at('2026-07-13T22:00:00Z'))).toBe(false);
		// Winnipeg changes clocks on the same dates: Monday 9 March 2026 09:30 CDT = 14:30 UTC.
		expect(openNow([weekdays9to5], 'America/Winnipeg', at('2026-03-09T14:30:00Z'))).toBe(true);
		expect(openNow([weekdays9to5], 'America/Winnipeg', at('2026-03-09T13:30:00Z'))).toBe(false);
	});

	it('combines several rows (split days, evenings, Saturdays) and runs past midnight', () => {
		const rows: ScheduleRule[] = [
			{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' },
			{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '18:00', closes_at: '21:00' },
			{ freq: 'WEEKLY', byday: 'SA', opens_at: '20:00', closes_at: '02:00' }
		];
		const tz = 'America/Toronto';
		expect(openNow(rows, tz, at('2026-12-07T16:00:00Z'))).toBe(true); // Mon 11:00
		expect(openNow(rows, tz, at('2026-12-07T18:00:00Z'))).toBe(false); // Mon 13:00
		expect(openNow(rows, tz, at('2026-12-07T23:30:00Z'))).toBe(true); // Mon 18:30
		expect(openNow(rows, tz, at('2026-12-06T06:30:00Z'))).toBe(true); // Sun 01:30, Saturday's night
		expect(openNow(rows, tz, at('2026-12-06T07:30:00Z'))).toBe(false); // Sun 02:30
		expect(openNow(rows, tz, at('2026-12-07T06:30:00Z'))).toBe(false); // Mon 01:30: Sunday had no night
	});

	it('honours valid_from / valid_to (summer hours)', () => {
		const rows: ScheduleRule[] = [
			{ ...weekdays9to5, valid_to: '2026-06-30' },
			{
				freq: 'WEEKLY',
				byday: 'MO,TU,WE,TH,FR',
				opens_at: '08:00',
				closes_at: '12:00',
				valid_from: '2026-07-01',
				valid_to: '2026-08-31'
			}
		];
		// Monday 13 July 14:00 local (EDT) = 18:00 UTC: closed in summer afternoons.
		expect(openNow(rows, 'America/Toronto', at('2026-07-13T18:00:00Z'))).toBe(false);
		expect(openNow(rows, 'America/Toronto', at('2026-07-13T12:30:00Z'))).toBe(true); // 08:30
		// Monday 15 June 14:00 local.
		expect(openNow(rows, 'America/Toronto', at('2026-06-15T18:00:00Z'))).toBe(true);
		// Monday 7 September: no rule valid any more → known closed.
		expect(openNow(rows, 'America/Toronto', at('2026-09-07T14:00:00Z'))).toBe(false);
	});

	it('reads monthly rules by day of the month', () => {
		const rows: ScheduleRule[] = [{ freq: 'MONTHLY', bymonthday: '15', opens_at: '10:00', closes_at: '14:00' }];
		expect(openNow(rows, 'America/Toronto', at('2026-12-15T16:00:00Z'))).toBe(true);
		expect(openNow(rows, 'America/Toronto', at('2026-12-16T16:00:00Z'))).toBe(false);
	});
});

describe('nextOpening', () => {
	it('finds the next opening across a weekend and a clock change', () => {
		// Saturday 7 March 2026 noon EST → Monday 9 March 09:00 EDT = 13:00 UTC.
		const next = nextOpening([weekdays9to5], 'America/Toronto', at('2026-03-07T17:00:00Z'));
		expect(next?.at.toISOString()).toBe('2026-03-09T13:00:00.000Z');
		expect(next).toMatchObject({ date: '2026-03-09', weekday: 'MO', time: '09:00', closes: '17:00' });
		// Saturday 31 October → Monday 2 November 09:00 EST = 14:00 UTC.
		expect(nextOpening([weekdays9to5], 'America/Toronto', at('2026-10-31T16:00:00Z'))?.at.toISOString()).toBe(
			'2026-11-02T14:00:00.000Z'
		);
		// Winnipeg: Friday evening → Monday 09:00 CST = 15:00 UTC.
		expect(nextOpening([weekdays9to5], 'America/Winnipeg', at('2026-12-05T01:00:00Z'))?.at.toISOString()).toBe(
			'2026-12-07T15:00:00.000Z'
		);
	});

	it('gives the next opening later the same day, and null without a schedule', () => {
		const rows: ScheduleRule[] = [
			{ freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '12:00' },
			{ freq: 'WEEKLY', byday: 'TU', opens_at: '18:00', closes_at: '20:30' }
		];
		// Tuesday 8 December 13:00 EST.
		expect(nextOpening(rows, 'America/Toronto', at('2026-12-08T18:00:00Z'))).toMatchObject({
			date: '2026-12-08',
			time: '18:00',
			closes: '20:30'
		});
		expect(nextOpening([], 'America/Toronto')).toBeNull();
		// Rules that have ended give nothing within the horizon.
		expect(
			nextOpening([{ ...weekdays9to5, valid_to: '2026-01-01' }], 'America/Toronto', at('2026-12-08T18:00:00Z'))
		).toBeNull();
	});
});

describe('zoned time helpers', () => {
	it('maps local wall-clock times to instants, and a time in the spring gap to just after it', () => {
		expect(zonedInstant('2026-12-07', 9 * 60, 'America/Toronto').toISOString()).toBe('2026-12-07T14:00:00.000Z');
		expect(zonedInstant('2026-07-13', 9 * 60, 'America/Winnipeg').toISOString()).toBe('2026-07-13T14:00:00.000Z');
		expect(zonedInstant('2026-03-08', 150, 'America/Toronto').toISOString()).toBe('2026-03-08T07:30:00.000Z');
		expect(localTime(at('2026-03-08T07:30:00Z'), 'America/Toronto')).toMatchObject({
			date: '2026-03-08',
			weekday: 'SU',
			minutes: 210
		});
	});
});

describe('weeklyHours and the editor shape', () => {
	const rows: ScheduleRule[] = [
		{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '18:00:00', closes_at: '21:00:00' },
		{ freq: 'WEEKLY', byday: 'MO,TU,WE', opens_at: '09:00:00', closes_at: '12:00:00' },
		{ freq: 'WEEKLY', byday: 'SA', opens_at: '10:00:00', closes_at: '14:00:00', valid_from: '2027-01-01' },
		{ freq: 'MONTHLY', bymonthday: '1', opens_at: '10:00', closes_at: '11:00' }
	];

	it('lists ranges per weekday, Monday first, sorted', () => {
		const week = weeklyHours(rows);
		expect(week.map((d) => d.day)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
		expect(week[0].ranges).toEqual([
			{ opens: '09:00', closes: '12:00' },
			{ opens: '18:00', closes: '21:00' }
		]);
		expect(week[1].ranges).toEqual([{ opens: '09:00', closes: '12:00' }]);
		expect(week[3].ranges).toEqual([]);
		expect(week[5].ranges).toEqual([{ opens: '10:00', closes: '14:00' }]);
		// Only the rules valid on a date.
		expect(weeklyHours(rows, '2026-12-07')[5].ranges).toEqual([]);
	});

	it('shows round-the-clock days as 00:00–00:00', () => {
		const week = weeklyHours([
			{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00:00', closes_at: '00:00:00' }
		]);
		expect(week.every((d) => d.ranges.length === 1 && isAllDay(d.ranges[0]))).toBe(true);
		expect(
			openNow(
				[{ freq: 'WEEKLY', byday: 'SU', opens_at: '00:00', closes_at: '00:00' }],
				'America/Toronto',
				at('2026-12-06T08:00:00Z')
			)
		).toBe(true);
		expect(isAllDay({ opens: '09:00', closes: '17:00' })).toBe(false);
	});

	it('groups days with the same hours into one row and reads them back', () => {
		const rules = rulesFromWeek({
			days: {
				MO: { opens: '09:00', closes: '17:00' },
				TU: { opens: '09:00', closes: '17:00' },
				SA: { opens: '10:00', closes: '13:00' },
				SU: null
			},
			notesFr: 'Fermé les jours fériés',
			notesEn: 'Closed on holidays'
		});
		expect(rules).toEqual([
			{
				freq: 'WEEKLY',
				byday: 'MO,TU',
				opens_at: '09:00:00',
				closes_at: '17:00:00',
				notes_fr: 'Fermé les jours fériés',
				notes_en: 'Closed on holidays'
			},
			{ freq: 'WEEKLY', byday: 'SA', opens_at: '10:00:00', closes_at: '13:00:00', notes_fr: '', notes_en: '' }
		]);
		const back = weekFromRules(rules);
		expect(back.days.MO).toEqual({ opens: '09:00', closes: '17:00' });
		expect(back.days.WE).toBeNull();
		expect(back.days.SA).toEqual({ opens: '10:00', closes: '13:00' });
		expect(back.notesEn).toBe('Closed on holidays');
	});
});
