import type { Locale } from '#lib/i18n/locales.ts';

/** Meeting dates and times as people at the table read them: Toronto time, in the page language. */
export const meetingTimeZone = 'America/Toronto';

function formatter(lang: Locale, options: Intl.DateTimeFormatOptions) {
	return new Intl.DateTimeFormat(`${lang}-CA`, { timeZone: meetingTimeZone, ...options });
}

const dayKey = (date: Date) => formatter('en', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

/** { date: 'jeudi 14 mai 2026', start: '13 h 00', end: '15 h 00', sameDay } */
export function meetingTimes(starts: Date | string, ends: Date | string, lang: Locale) {
	const s = new Date(starts);
	const e = new Date(ends);
	const day = formatter(lang, { dateStyle: 'full' });
	const time = formatter(lang, { timeStyle: 'short' });
	return {
		date: day.format(s),
		endDate: day.format(e),
		start: time.format(s),
		end: time.format(e),
		sameDay: dayKey(s) === dayKey(e),
		iso: s.toISOString()
	};
}

/** A short date for tables: '14 mai 2026'. */
export function shortDate(value: Date | string, lang: Locale): string {
	return formatter(lang, { dateStyle: 'medium' }).format(new Date(value));
}

/** A date-only value ('2026-05-14') as a readable date, without shifting it across time zones. */
export function dayLabel(value: string | null | undefined, lang: Locale): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(`${lang}-CA`, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${value}T00:00:00Z`)
	);
}

/** A full name from its parts. */
export function fullName(given: string | null | undefined, family: string | null | undefined): string {
	return `${given ?? ''} ${family ?? ''}`.trim();
}
