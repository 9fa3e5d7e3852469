/** The access table of the directory module's routes (see access-cases.ts for the shape). */
import type { IdSource, RouteCase } from './access-cases.ts';

export const idSources: Record<string, IdSource> = {};

export const cases: RouteCase[] = [];
