import { describe, expect, it } from 'vitest';
import { normalizePostalCode, phoneDigits, scorePair } from './duplicates.ts';

describe('duplicate signals', () => {
	it('compares phone numbers by their last ten digits', () => {
		expect(phoneDigits('+1 (519) 555-0100')).toBe('5195550100');
		expect(phoneDigits('519.555.0100 ')).toBe('5195550100');
		expect(phoneDigits('911')).toBe('');
		expect(phoneDigits(null)).toBe('');
	});

	it('normalizes postal codes', () => {
		expect(normalizePostalCode('n6a 1b2')).toBe('N6A1B2');
	});

	it('needs more than a shared switchboard number', () => {
		const phoneOnly = scorePair({ nameSim: 0.2, samePhone: true, addressSim: 0, sameOrganization: true });
		expect(phoneOnly.score).toBeLessThan(0.5);
		const sameName = scorePair({ nameSim: 1, samePhone: false, addressSim: 0, sameOrganization: false });
		expect(sameName.score).toBeGreaterThanOrEqual(0.5);
		expect(sameName.reasons).toEqual(['same_name']);
		const all = scorePair({ nameSim: 0.6, samePhone: true, addressSim: 0.9, sameOrganization: false });
		expect(all.reasons).toEqual(['similar_name', 'same_phone', 'same_address']);
		expect(all.score).toBeCloseTo(0.39 + 0.2 + 0.135, 3);
	});
});
