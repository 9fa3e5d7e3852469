import { describe, expect, it } from 'vitest';
import {
	centsToDecimal,
	centsToInput,
	fiscalQuarterOf,
	fiscalYearLabel,
	fiscalYearOf,
	fiscalYearRange,
	formatMoney,
	isCash,
	parseHours,
	parseMoney,
	staffAmountCents,
	withinOneFiscalYear
} from './contributions-money.ts';

/** Spaces as Intl writes them (no-break, narrow no-break) read as plain spaces in assertions. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
	it('reads amounts written the French or the English way, in cents', () => {
		expect(parseMoney('4 500 000 $')).toBe(450_000_000);
		expect(parseMoney('$4,500,000')).toBe(450_000_000);
		expect(parseMoney('1 250,50')).toBe(125_050);
		expect(parseMoney('1,250.50')).toBe(125_050);
		expect(parseMoney('1.250,50')).toBe(125_050);
		expect(parseMoney('1250.5')).toBe(125_050);
		expect(parseMoney('4,5')).toBe(450);
		expect(parseMoney('4,500')).toBe(450_000);
		expect(parseMoney('48.50')).toBe(4850);
		expect(parseMoney('\u00a012\u202f000,00\u00a0$')).toBe(1_200_000);
		expect(parseMoney(12.34)).toBe(1234);
	});

	it('refuses what is not an amount', () => {
		for (const bad of ['', '  ', 'abc', '-5', '12,34,56', '1.2.3', '1,2345', '12 ab', '$', '1e5', null, undefined]) {
			expect(parseMoney(bad as string), String(bad)).toBeNull();
		}
	});

	it('reads hours in hundredths and refuses zero or negative', () => {
		expect(parseHours('7,5')).toBe(750);
		expect(parseHours('7.25')).toBe(725);
		expect(parseHours('320')).toBe(32_000);
		expect(parseHours(80.5)).toBe(8050);
		expect(parseHours('0')).toBeNull();
		expect(parseHours('-3')).toBeNull();
		expect(parseHours('1.234')).toBeNull();
		expect(parseHours('')).toBeNull();
	});

	it('computes staff time as hours × rate, rounded half up to the cent with integers only', () => {
		expect(staffAmountCents(32_000, 4850)).toBe(1_552_000); // 320 h × $48.50 = $15,520.00
		expect(staffAmountCents(8050, 5525)).toBe(444_763); // 80.5 × 55.25 = 4447.625 → 4447.63
		expect(staffAmountCents(115, 10)).toBe(12); // 1.15 h × $0.10 = 0.115 → 0.12 (floats would say 0.11)
		expect(staffAmountCents(1, 50)).toBe(1); // 0.01 h × $0.50 = 0.005 → 0.01
		expect(staffAmountCents(1, 49)).toBe(0);
		expect(staffAmountCents(750, 4000)).toBe(30_000);
	});

	it('writes amounts as each language does', () => {
		expect(plain(formatMoney(450_000_000, 'fr'))).toBe('4 500 000 $');
		expect(formatMoney(450_000_000, 'en')).toBe('$4,500,000');
		expect(plain(formatMoney(180_000_000, 'fr'))).toBe('1 800 000 $');
		expect(plain(formatMoney(125_050, 'fr'))).toBe('1 250,50 $');
		expect(formatMoney(125_050, 'en')).toBe('$1,250.50');
		expect(formatMoney(4800, 'en', { cents: 'always' })).toBe('$48.00');
		expect(plain(formatMoney(0, 'fr'))).toBe('0 $');
	});

	it('writes decimals for files and for form fields', () => {
		expect(centsToDecimal(125_050)).toBe('1250.50');
		expect(centsToDecimal(5)).toBe('0.05');
		expect(centsToInput(125_050, 'fr')).toBe('1250,50');
		expect(centsToInput(125_050, 'en')).toBe('1250.50');
		expect(centsToInput(400_000, 'fr')).toBe('4000');
		expect(centsToInput(null, 'en')).toBe('');
	});

	it('counts only cash as cash', () => {
		expect(isCash('cash')).toBe(true);
		for (const kind of ['in_kind_staff', 'in_kind_materials', 'in_kind_space', 'other'] as const) {
			expect(isCash(kind)).toBe(false);
		}
	});
});

describe('fiscal years (April – March)', () => {
	it('names a fiscal year by the year it starts in', () => {
		expect(fiscalYearOf('2025-04-01')).toBe(2025);
		expect(fiscalYearOf('2026-03-31')).toBe(2025);
		expect(fiscalYearOf('2026-04-01')).toBe(2026);
		expect(fiscalYearOf('2026-01-15')).toBe(2025);
		expect(fiscalYearOf('2026-12-31')).toBe(2026);
		expect(fiscalYearLabel(2025)).toBe('2025–2026');
	});

	it('gives the first and last day, leap years included', () => {
		expect(fiscalYearRange(2025)).toEqual({ from: '2025-04-01', to: '2026-03-31' });
		expect(fiscalYearRange(2027)).toEqual({ from: '2027-04-01', to: '2028-03-31' });
		expect(fiscalYearRange(2023, 1)).toEqual({ from: '2023-01-01', to: '2023-12-31' });
		expect(fiscalYearRange(2023, 3)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
		expect(fiscalYearLabel(2023, 1)).toBe('2023');
	});

	it('gives fiscal quarters', () => {
		expect(fiscalQuarterOf('2025-04-01')).toBe(1);
		expect(fiscalQuarterOf('2025-06-30')).toBe(1);
		expect(fiscalQuarterOf('2025-07-01')).toBe(2);
		expect(fiscalQuarterOf('2025-12-31')).toBe(3);
		expect(fiscalQuarterOf('2026-01-01')).toBe(4);
		expect(fiscalQuarterOf('2026-03-31')).toBe(4);
	});

	it('tells whether a period lies within one fiscal year', () => {
		expect(withinOneFiscalYear('2025-04-01', '2026-03-31')).toBe(true);
		expect(withinOneFiscalYear('2025-03-31', '2025-04-01')).toBe(false);
		expect(withinOneFiscalYear('2025-10-01', '2026-04-30')).toBe(false);
	});
});
