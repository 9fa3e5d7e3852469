import type { Locale } from '../../i18n/locales.ts';
import type { ContributionKind } from './contributions-db-schema.ts';

/**
 * Money, hours and fiscal years for contributions: pure functions, shared by the use cases, the
 * pages, the exports and the reports. Amounts are whole cents everywhere; only the edges (forms,
 * screens, files) see dollars.
 */

/** Cash is cash; every other kind is an in-kind contribution (staff time, materials, space, other). */
export function isCash(kind: ContributionKind): boolean {
	return kind === 'cash';
}

const spaces = /[\s\u00a0\u202f']/g;

/**
 * Reads an amount typed in either language's habits: "4 500,50 $", "$4,500.50", "4500.5",
 * "4,500" (thousands), "4,5" (decimal). The separator followed by one or two final digits is the
 * decimal mark; groups of three are thousands. Returns whole cents, or null when unreadable.
 */
export function parseMoney(raw: string | number | null | undefined): number | null {
	if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? Math.round(raw * 100) : null;
	if (raw === null || raw === undefined) return null;
	let text = String(raw)
		.trim()
		.replace(/\$|CAD|CA/gi, '')
		.replace(spaces, '');
	if (!text || text.startsWith('-')) return null;
	let decimals = '';
	const last = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
	if (last >= 0 && /^\d{1,2}$/.test(text.slice(last + 1))) {
		decimals = text.slice(last + 1);
		text = text.slice(0, last);
	}
	// What is left is the whole part: digits, optionally grouped by three with one kind of separator.
	if (!/^\d+$/.test(text)) {
		const grouped = /^\d{1,3}([,.])\d{3}(\1\d{3})*$/.exec(text);
		if (!grouped) return null;
		text = text.replace(/[,.]/g, '');
	}
	if (text.length > 12) return null;
	return Number(text) * 100 + Number(decimals.padEnd(2, '0') || 0);
}

/** Reads hours ("7,5", "7.5", "12") as hundredths of an hour; null when unreadable or not positive. */
export function parseHours(raw: string | number | null | undefined): number | null {
	const text =
		typeof raw === 'number'
			? String(raw)
			: String(raw ?? '')
					.trim()
					.replace(spaces, '');
	const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text);
	if (!match) return null;
	const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0') || 0);
	return hundredths > 0 ? hundredths : null;
}

/**
 * Staff time in cents: hours (in hundredths) × hourly rate (in cents), rounded half up to the
 * cent, with integer arithmetic only, so the database's own check (round(hours × rate)) agrees.
 */
export function staffAmountCents(hoursHundredths: number, rateCents: number): number {
	const product = hoursHundredths * rateCents; // exact: both are integers well under 2^53
	return Math.floor(product / 100) + (product % 100 >= 50 ? 1 : 0);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in cents as the language writes it: fr-CA "4 500 000 $", en-CA "$4,500,000"; cents
 * shown only when there are some ("1 234,50 $", "$1,234.50"). `cents: 'always'` keeps two decimals.
 */
export function formatMoney(cents: number, lang: Locale, options: { cents?: 'auto' | 'always' } = {}): string {
	const whole = cents % 100 === 0 && options.cents !== 'always';
	const key = `${lang}:${whole}`;
	let format = moneyFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(`${lang}-CA`, {
			style: 'currency',
			currency: 'CAD',
			currencyDisplay: 'narrowSymbol',
			minimumFractionDigits: whole ? 0 : 2,
			maximumFractionDigits: whole ? 0 : 2
		});
		moneyFormats.set(key, format);
	}
	return format.format(cents / 100);
}

/** Hundredths of an hour as the language writes hours: "7,5" / "7.5". */
export function formatHours(hours: number, lang: Locale): string {
	return new Intl.NumberFormat(`${lang}-CA`, { maximumFractionDigits: 2 }).format(hours);
}

/** A plain decimal for files that machines read (CSV): "4500.00". */
export function centsToDecimal(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Cents as the value an amount field shows again ("4500.50", "4500"). */
export function centsToInput(cents: number | null | undefined, lang: Locale): string {
	if (cents === null || cents === undefined) return '';
	const whole = Math.floor(cents / 100);
	const rest = cents % 100;
	return rest === 0 ? String(whole) : `${whole}${lang === 'fr' ? ',' : '.'}${String(rest).padStart(2, '0')}`;
}

// --- Fiscal years ------------------------------------------------------------------------------

/**
 * The federal fiscal year runs April 1 – March 31; it is named by the year it starts in
 * (2025 = April 1 2025 – March 31 2026). `startMonth` allows another fiscal calendar (1 = January).
 */
export function fiscalYearOf(day: string, startMonth = 4): number {
	const [y, m] = day.split('-').map(Number);
	return m >= startMonth ? y : y - 1;
}

export function fiscalYearRange(year: number, startMonth = 4): { from: string; to: string } {
	const from = `${year}-${String(startMonth).padStart(2, '0')}-01`;
	const endYear = startMonth === 1 ? year : year + 1;
	const endMonth = startMonth === 1 ? 12 : startMonth - 1;
	const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
	return { from, to: `${endYear}-${String(endMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}` };
}

/** "2025–2026" (en dash), or "2025" for a calendar fiscal year. */
export function fiscalYearLabel(year: number, startMonth = 4): string {
	return startMonth === 1 ? String(year) : `${year}–${year + 1}`;
}

/** The fiscal quarter (1–4) of a day: Q1 = April–June for an April year. */
export function fiscalQuarterOf(day: string, startMonth = 4): number {
	const m = Number(day.split('-')[1]);
	return Math.floor(((((m - startMonth) % 12) + 12) % 12) / 3) + 1;
}

/** Whether a whole period lies inside one fiscal year (contributions are recorded per year). */
export function withinOneFiscalYear(start: string, end: string, startMonth = 4): boolean {
	return fiscalYearOf(start, startMonth) === fiscalYearOf(end, startMonth);
}
