import type { ActionStatus } from './db-schema.ts';

/**
 * Progress roll-up, by weight, from actions to priority → result → axis → plan.
 *
 * The rule: a node's progress is the weighted mean of the progress of every action beneath it,
 *   progress(node) = Σ weight(a) × value(a) / Σ weight(a)   over the actions a under the node,
 * where value(a) is 100 for a done action and its progress (0–100) otherwise, and cancelled
 * actions count for nothing (neither numerator nor denominator: dropping an activity does not
 * lower the plan). Weighting by actions, not by children, means a priority with three actions
 * weighs three times one with a single action of the same weight, and rolling up level by level
 * (each child weighted by the sum of its actions' weights) gives the same number. A node with no
 * countable action has no progress (null), not 0.
 */
export interface WeightedAction {
	status: ActionStatus;
	progress: number;
	weight: number;
}

export interface Rollup {
	/** 0–100 rounded to one decimal, or null when nothing counts */
	progress: number | null;
	/** sum of the weights counted (children are combined by it) */
	weight: number;
	counted: number;
	cancelled: number;
}

export function actionValue(a: WeightedAction): number {
	if (a.status === 'done') return 100;
	return Math.max(0, Math.min(100, a.progress));
}

export function rollup(actions: readonly WeightedAction[]): Rollup {
	let weight = 0;
	let sum = 0;
	let counted = 0;
	let cancelled = 0;
	for (const a of actions) {
		if (a.status === 'cancelled') {
			cancelled += 1;
			continue;
		}
		const w = a.weight > 0 ? a.weight : 0;
		weight += w;
		sum += w * actionValue(a);
		counted += 1;
	}
	return { progress: weight > 0 ? Math.round((sum / weight) * 10) / 10 : null, weight, counted, cancelled };
}

/** Combines children's roll-ups: the same as rolling up all their actions at once. */
export function combine(children: readonly Rollup[]): Rollup {
	let weight = 0;
	let sum = 0;
	let counted = 0;
	let cancelled = 0;
	for (const c of children) {
		counted += c.counted;
		cancelled += c.cancelled;
		if (c.progress === null || c.weight <= 0) continue;
		weight += c.weight;
		sum += c.weight * c.progress;
	}
	return { progress: weight > 0 ? Math.round((sum / weight) * 10) / 10 : null, weight, counted, cancelled };
}
