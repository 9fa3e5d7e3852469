/** Numbers and percentages as each language writes them ("42,5 %" / "42.5%"). */
export function percent(value: number | null | undefined, lang: string): string {
	if (value === null || value === undefined) return '—';
	const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 }).format(value);
	return lang === 'fr' ? `${n} %` : `${n}%`;
}

export function number(value: number | null | undefined, lang: string): string {
	if (value === null || value === undefined) return '—';
	return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 }).format(value);
}

/** A form answer whose field errors point at prefixed field ids (see Field’s `prefix`), for FormErrors' links. */
export function prefixed<F extends { error?: string; fieldErrors?: Record<string, string[]> } | null | undefined>(
	form: F,
	prefix: string
) {
	if (!form || !prefix) return form;
	return {
		...form,
		fieldErrors: Object.fromEntries(Object.entries(form.fieldErrors ?? {}).map(([k, v]) => [`${prefix}${k}`, v]))
	};
}

/** The colon after a label: French sets it off with a (non-breaking) space, English does not. */
export function colon(lang: string): string {
	return lang === 'fr' ? '\u00a0:' : ':';
}
