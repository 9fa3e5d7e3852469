/**
 * Opening hours from HSDS schedule rows, computed in the location's own time zone (Intl, so
 * daylight-saving changes follow the IANA rules). Pure: no database, no clock unless given.
 *
 * A rule is one schedule row: freq WEEKLY (or empty) with byday "MO,TU,…", or MONTHLY with
 * bymonthday "1,15"; opens_at/closes_at local times; valid_from/valid_to local dates (inclusive).
 * A closing time at or before the opening time runs past midnight (18:00–02:00); 00:00 closes at
 * midnight. A weekly rule with no byday applies every day.
 */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];

export interface ScheduleRule {
	freq?: 'WEEKLY' | 'MONTHLY' | null;
	byday?: string | null;
	bymonthday?: string | null;
	opens_at?: string | null;
	closes_at?: string | null;
	valid_from?: string | null;
	valid_to?: string | null;
	description_fr?: string;
	description_en?: string;
	notes_fr?: string;
	notes_en?: string;
}

export interface TimeRange {
	/** 'HH:MM' local. */
	opens: string;
	/** 'HH:MM' local; may be earlier than opens when the range runs past midnight. */
	closes: string;
}

export const defaultTimeZone = 'America/Toronto';
const jsWeekday: Record<string, Weekday> = {
	Mon: 'MO',
	Tue: 'TU',
	Wed: 'WE',
	Thu: 'TH',
	Fri: 'FR',
	Sat: 'SA',
	Sun: 'SU'
};
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		try {
			f = new Intl.DateTimeFormat('en-US', {
				timeZone,
				hourCycle: 'h23',
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit',
				second: '2-digit',
				weekday: 'short'
			});
		} catch {
			// An unknown zone name: fall back to Ontario rather than fail the page.
			return formatter(defaultTimeZone);
		}
		formatters.set(timeZone, f);
	}
	return f;
}

/** True when the name is an IANA time zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
		return true;
	} catch {
		return false;
	}
}

export interface LocalTime {
	/** 'YYYY-MM-DD' */
	date: string;
	weekday: Weekday;
	/** Minutes since local midnight (seconds included as a fraction). */
	minutes: number;
}

/** The wall-clock date, weekday and time of an instant in a zone. */
export function localTime(instant: Date, timeZone: string): LocalTime {
	const parts: Record<string, string> = {};
	for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
	const hour = Number(parts.hour) % 24;
	return {
		date: `${parts.year}-${parts.month}-${parts.day}`,
		weekday: jsWeekday[parts.weekday],
		minutes: hour * 60 + Number(parts.minute) + Number(parts.second) / 60
	};
}

/** 'HH:MM[:SS]' → minutes, or null. */
function toMinutes(value: string | null | undefined): number | null {
	if (!value) return null;
	const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(value);
	if (!m) return null;
	const h = Number(m[1]);
	const mi = Number(m[2]);
	if (h > 24 || mi > 59) return null;
	return h * 60 + mi;
}

function hhmm(value: string | null | undefined): string {
	const minutes = toMinutes(value);
	if (minutes === null) return '';
	return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

function weekdayOf(date: string): Weekday {
	return weekdays[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
}

function list(value: string | null | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((v) => v.trim().toUpperCase())
		.filter(Boolean);
}

/** A rule with times, as minutes; closes is after opens (past 1440 when it runs past midnight). */
function span(rule: ScheduleRule): { opens: number; closes: number } | null {
	const opens = toMinutes(rule.opens_at);
	let closes = toMinutes(rule.closes_at);
	if (opens === null || closes === null) return null;
	if (closes <= opens) closes += 1440;
	return { opens, closes };
}

/** Whether the rule's opening falls on this local date. */
function appliesOn(rule: ScheduleRule, date: string): boolean {
	if (rule.valid_from && date < rule.valid_from.slice(0, 10)) return false;
	if (rule.valid_to && date > rule.valid_to.slice(0, 10)) return false;
	if (rule.freq === 'MONTHLY') {
		const days = list(rule.bymonthday).map(Number);
		const dom = Number(date.slice(8, 10));
		// -1 is the month's last day.
		if (days.length) return days.includes(dom) || (days.includes(-1) && addDays(date, 1).slice(8, 10) === '01');
		const byday = list(rule.byday);
		return byday.length ? byday.some((d) => d.endsWith(weekdayOf(date))) : false;
	}
	const byday = list(rule.byday);
	return byday.length === 0 || byday.includes(weekdayOf(date));
}

function usable(schedules: readonly ScheduleRule[]): ScheduleRule[] {
	return schedules.filter((r) => span(r) !== null);
}

/**
 * Open at `now` in `timeZone`? null when there is no schedule with hours to tell (unknown, not
 * closed). Ranges that started yesterday and run past midnight count.
 */
export function openNow(
	schedules: readonly ScheduleRule[],
	timeZone: string = defaultTimeZone,
	now: Date = new Date()
): boolean | null {
	const rules = usable(schedules);
	if (!rules.length) return null;
	const local = localTime(now, timeZone);
	const yesterday = addDays(local.date, -1);
	for (const rule of rules) {
		const s = span(rule)!;
		if (appliesOn(rule, local.date) && local.minutes >= s.opens && local.minutes < s.closes) return true;
		if (s.closes > 1440 && appliesOn(rule, yesterday) && local.minutes < s.closes - 1440) return true;
	}
	return false;
}

/** The offset (local − UTC, in minutes) of a zone at an instant. */
function offsetAt(instant: number, timeZone: string): number {
	const parts: Record<string, string> = {};
	for (const p of formatter(timeZone).formatToParts(new Date(instant))) parts[p.type] = p.value;
	const asUtc = Date.UTC(
		Number(parts.year),
		Number(parts.month) - 1,
		Number(parts.day),
		Number(parts.hour) % 24,
		Number(parts.minute),
		Number(parts.second)
	);
	return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant of a local wall-clock time in a zone. A time inside a spring-forward gap maps to
 * the moment just after the gap (02:30 on the change day becomes 03:30 daylight time).
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	const guess = Date.UTC(y, m - 1, d, 0, minutes);
	const first = offsetAt(guess, timeZone);
	let instant = guess - first * 60_000;
	const second = offsetAt(instant, timeZone);
	if (second !== first) {
		const alt = guess - second * 60_000;
		// Inside a gap neither offset maps back; keep the later instant (just after the gap).
		if (offsetAt(alt, timeZone) === second) instant = alt;
	}
	return new Date(instant);
}

export interface Opening {
	at: Date;
	/** Local date 'YYYY-MM-DD', weekday and time 'HH:MM' of the opening. */
	date: string;
	weekday: Weekday;
	time: string;
	/** Its closing time 'HH:MM'. */
	closes: string;
}

/**
 * The next time the place opens after `now` (within `horizonDays`, default 21), or null when no
 * schedule says. When it is open now, this is the next opening after the current one.
 */
export function nextOpening(
	schedules: readonly ScheduleRule[],
	timeZone: string = defaultTimeZone,
	now: Date = new Date(),
	horizonDays = 21
): Opening | null {
	const rules = usable(schedules);
	if (!rules.length) return null;
	const local = localTime(now, timeZone);
	for (let k = 0; k <= horizonDays; k++) {
		const date = addDays(local.date, k);
		let best: { opens: number; closes: number } | null = null;
		for (const rule of rules) {
			if (!appliesOn(rule, date)) continue;
			const s = span(rule)!;
			if (k === 0 && s.opens <= local.minutes) continue;
			if (!best || s.opens < best.opens) best = s;
		}
		if (best) {
			const at = zonedInstant(date, best.opens, timeZone);
			if (at.getTime() <= now.getTime()) continue;
			return {
				at,
				date,
				weekday: weekdayOf(date),
				time: minutesToHhmm(best.opens),
				closes: minutesToHhmm(best.closes % 1440)
			};
		}
	}
	return null;
}

function minutesToHhmm(minutes: number): string {
	return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 00:00–00:00: open around the clock that day. */
export function isAllDay(range: TimeRange): boolean {
	return range.opens === '00:00' && range.closes === '00:00';
}

export interface DayHours {
	day: Weekday;
	ranges: TimeRange[];
}

/**
 * Hours per weekday, Monday first, for display: weekly rules only (monthly ones are in their
 * notes). With `on` (a local date 'YYYY-MM-DD'), only the rules valid that day; otherwise all.
 * Ranges sorted and deduplicated.
 */
export function weeklyHours(schedules: readonly ScheduleRule[], on?: string): DayHours[] {
	const byDay = new Map<Weekday, TimeRange[]>(weekdays.map((d) => [d, []]));
	for (const rule of schedules) {
		if (rule.freq === 'MONTHLY') continue;
		if (!span(rule)) continue;
		if (on && ((rule.valid_from && on < rule.valid_from) || (rule.valid_to && on > rule.valid_to))) continue;
		const days = list(rule.byday).filter((d): d is Weekday => (weekdays as readonly string[]).includes(d));
		const range = { opens: hhmm(rule.opens_at), closes: hhmm(rule.closes_at) };
		for (const day of days.length ? days : weekdays) {
			const ranges = byDay.get(day)!;
			if (!ranges.some((r) => r.opens === range.opens && r.closes === range.closes)) ranges.push(range);
		}
	}
	return weekdays.map((day) => ({
		day,
		ranges: byDay.get(day)!.sort((a, b) => a.opens.localeCompare(b.opens))
	}));
}

/** The simple per-day editor shape (one range per weekday at most, plus notes). */
export interface WeekEditor {
	days: Partial<Record<Weekday, { opens: string; closes: string } | null>>;
	notesFr?: string;
	notesEn?: string;
}

/**
 * Schedule rows from the per-day editor: days with the same hours share one row (MO,TU,WE…), as
 * HSDS producers usually write them. The notes ride on the first row.
 */
export function rulesFromWeek(
	week: WeekEditor
): { freq: 'WEEKLY'; byday: string; opens_at: string; closes_at: string; notes_fr: string; notes_en: string }[] {
	const groups = new Map<string, Weekday[]>();
	for (const day of weekdays) {
		const h = week.days[day];
		if (!h || !h.opens || !h.closes) continue;
		const key = `${hhmm(h.opens)}-${hhmm(h.closes)}`;
		(groups.get(key) ?? groups.set(key, []).get(key)!).push(day);
	}
	return [...groups.entries()].map(([key, days], i) => {
		const [opens, closes] = key.split('-');
		return {
			freq: 'WEEKLY' as const,
			byday: days.join(','),
			opens_at: `${opens}:00`,
			closes_at: `${closes}:00`,
			notes_fr: i === 0 ? (week.notesFr ?? '') : '',
			notes_en: i === 0 ? (week.notesEn ?? '') : ''
		};
	});
}

/** The per-day editor shape from stored rows (the first range of each day). */
export function weekFromRules(schedules: readonly ScheduleRule[]): WeekEditor {
	const days: WeekEditor['days'] = {};
	for (const { day, ranges } of weeklyHours(schedules)) days[day] = ranges[0] ?? null;
	const noted = schedules.find((r) => r.notes_fr || r.notes_en);
	return { days, notesFr: noted?.notes_fr ?? '', notesEn: noted?.notes_en ?? '' };
}
