import type { z } from 'zod';

/** What every use case returns: the value, or a message key (and per-field message keys) to show. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(value: T): Result<T> {
	return { ok: true, value };
}

export function failure<T = never>(code: string, fieldErrors?: Record<string, string[]>): Result<T> {
	return { ok: false, code, fieldErrors };
}

/** Zod issues to field → message keys. Schemas carry message keys as their error text. */
export function zodFailure<T = never>(error: z.ZodError): Result<T> {
	const fieldErrors: Record<string, string[]> = {};
	for (const issue of error.issues) {
		const field = issue.path.join('.') || '_';
		const key = issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'common.error_invalid';
		(fieldErrors[field] ??= []).push(key);
	}
	return { ok: false, code: 'common.error_form', fieldErrors };
}

/**
 * What a use case accepts: the typed shape for code callers, or any record for form posts and
 * imports. Either way the use case validates it with its Zod schema.
 */
export type Input<S extends z.ZodType> = z.input<S> | Record<string, unknown>;
