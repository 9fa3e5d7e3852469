import { describe, expect, it } from 'vitest';
import { combine, rollup, type WeightedAction } from './progress.ts';

const a = (status: WeightedAction['status'], progress: number, weight = 1): WeightedAction => ({
	status,
	progress,
	weight
});

describe('progress roll-up by weight', () => {
	it('is the weighted mean of the actions, done counting 100', () => {
		expect(rollup([a('on_track', 50), a('done', 20)]).progress).toBe(75);
		expect(rollup([a('on_track', 50, 3), a('not_started', 0, 1)]).progress).toBe(37.5);
	});
	it('leaves cancelled actions out', () => {
		const r = rollup([a('on_track', 40), a('cancelled', 0, 5)]);
		expect(r.progress).toBe(40);
		expect(r.cancelled).toBe(1);
		expect(r.counted).toBe(1);
	});
	it('has no progress when nothing counts', () => {
		expect(rollup([]).progress).toBeNull();
		expect(rollup([a('cancelled', 10)]).progress).toBeNull();
	});
	it('combining children equals rolling up all their actions', () => {
		const p1 = [a('on_track', 30, 2), a('at_risk', 10)];
		const p2 = [a('done', 0, 1)];
		expect(combine([rollup(p1), rollup(p2)]).progress).toBe(rollup([...p1, ...p2]).progress);
		// a priority with more weight pulls the result harder than an average of averages would
		expect(combine([rollup(p1), rollup(p2)]).progress).toBe(42.5);
		expect(combine([rollup([]), rollup(p2)]).progress).toBe(100);
	});
	it('clamps out-of-range progress', () => {
		expect(rollup([a('on_track', 150)]).progress).toBe(100);
	});
});
