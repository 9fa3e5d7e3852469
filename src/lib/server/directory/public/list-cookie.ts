/**
 * A settlement worker's list of services, kept in a cookie of service ids: no account and
 * nothing about the client. Only well-formed UUIDs survive, deduplicated, at most `maxListItems`.
 */
export const listCookieName = 'passerelle_directory_list';
export const maxListItems = 30;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from a cookie value or a `?ids=` parameter (comma- or dot-separated). */
export function parseIds(value: string | null | undefined): string[] {
	if (!value) return [];
	const out: string[] = [];
	for (const part of value.split(/[.,\s]+/)) {
		const id = part.trim().toLowerCase();
		if (uuid.test(id) && !out.includes(id)) out.push(id);
		if (out.length >= maxListItems) break;
	}
	return out;
}

export function serializeIds(ids: readonly string[]): string {
	return parseIds(ids.join('.')).join('.');
}

export function addId(ids: readonly string[], id: string): string[] {
	return parseIds([...ids, id].join('.'));
}

export function removeId(ids: readonly string[], id: string): string[] {
	return ids.filter((x) => x !== id.toLowerCase());
}

/** Cookie options: the list is for this site only and lasts 30 days. */
export function listCookieOptions(path: string, secure: boolean) {
	return { path, httpOnly: true, sameSite: 'lax' as const, secure, maxAge: 60 * 60 * 24 * 30 };
}
