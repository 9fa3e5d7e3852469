import { z } from 'zod';

/**
 * The service fields a visitor's suggestion or a verification correction may propose, with their
 * length limits (the columns' own). Anything else (an address, hours, a phone) goes in the
 * message and the coordinator changes it in the editor.
 */
export const proposableFields = {
	name_fr: 300,
	name_en: 300,
	description_fr: 10000,
	description_en: 10000,
	url: 500,
	email: 254,
	application_process_fr: 5000,
	application_process_en: 5000,
	fees_description_fr: 2000,
	fees_description_en: 2000,
	eligibility_description_fr: 5000,
	eligibility_description_en: 5000,
	wait_time_fr: 500,
	wait_time_en: 500
} as const;
export type ProposableField = keyof typeof proposableFields;
export const proposableFieldNames = Object.keys(proposableFields) as ProposableField[];

/** `{ field: new value }`, only known fields, trimmed; empty values are dropped (not "erase"). */
export const proposedChanges = z
	.record(z.string(), z.unknown())
	.default({})
	.transform((raw, ctx) => {
		const out: Partial<Record<ProposableField, string>> = {};
		for (const [key, value] of Object.entries(raw)) {
			if (!(key in proposableFields)) continue;
			const text = typeof value === 'string' ? value.trim() : '';
			if (!text) continue;
			const field = key as ProposableField;
			if (text.length > proposableFields[field]) {
				ctx.addIssue({ code: 'custom', path: [`change_${field}`], message: 'validation.too_long' });
				continue;
			}
			if (field === 'url' && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(text)) {
				ctx.addIssue({ code: 'custom', path: ['change_url'], message: 'validation.invalid_url' });
				continue;
			}
			if (field === 'email' && !z.email().safeParse(text).success) {
				ctx.addIssue({ code: 'custom', path: ['change_email'], message: 'validation.email' });
				continue;
			}
			out[field] = text;
		}
		return out;
	});

/** Form fields `change_<field>` as a changes record. */
export function changesFromForm(values: Record<string, unknown>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const field of proposableFieldNames) {
		const v = values[`change_${field}`];
		if (typeof v === 'string' && v.trim()) out[field] = v;
	}
	return out;
}

/** Field errors of proposed changes ('changes.change_url') under the form fields' own names ('change_url'). */
export function formFieldErrors(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [key, value] of Object.entries(fieldErrors ?? {})) {
		const name = key.startsWith('changes.') ? key.slice('changes.'.length) : key;
		out[name] = [...(out[name] ?? []), ...value];
	}
	return out;
}
