/** The access table of the plans module's routes (see access-cases.ts for the shape). */
import type { IdSource, RouteCase } from './access-cases.ts';

export const idSources: Record<string, IdSource> = {};

export const cases: RouteCase[] = [];
