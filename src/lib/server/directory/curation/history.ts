import { sql } from 'kysely';
import type { AppContext } from '../../context.ts';

/**
 * A listing's history from the audit trail: every change to the service row and to the rows that
 * hang from it (phones, hours, languages, costs, documents, categories, service-at-locations,
 * suggestions), who made it and when, with the fields that changed (old → new).
 */
export interface HistoryEntry {
	id: number;
	at: Date;
	who: string;
	action: string;
	entity: string;
	changes: { field: string; before: string; after: string }[];
}

const ignored = new Set(['id', 'partnership_id', 'created_at', 'updated_at', 'service_id']);

function show(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…` : value;
	return JSON.stringify(value).slice(0, 200);
}

export function changedFields(before: unknown, after: unknown): HistoryEntry['changes'] {
	const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown> | null;
	const a = parse(before) ?? {};
	const b = parse(after) ?? {};
	const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
	const out: HistoryEntry['changes'] = [];
	for (const field of fields) {
		if (ignored.has(field)) continue;
		if (JSON.stringify(a[field] ?? null) === JSON.stringify(b[field] ?? null)) continue;
		out.push({ field, before: show(a[field]), after: show(b[field]) });
	}
	return out;
}

export async function serviceHistory(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	serviceId: string,
	limit = 100
): Promise<HistoryEntry[]> {
	const rows = await sql<{
		id: number;
		at: Date;
		actor_label: string;
		display_name: string | null;
		action: string;
		entity_type: string;
		before: unknown;
		after: unknown;
	}>`
		select e.id, e.at, e.actor_label, u.display_name, e.action, e.entity_type, e.before, e.after
		from audit_event e
		left join app_user u on u.id = e.actor_user_id
		where e.partnership_id = ${partnershipId}
			and ((e.entity_type = 'service' and e.entity_id = ${serviceId})
				or e.before ->> 'service_id' = ${serviceId}
				or e.after ->> 'service_id' = ${serviceId}
				or (e.entity_type = 'attribute' and (e.before ->> 'link_id' = ${serviceId} or e.after ->> 'link_id' = ${serviceId})))
		order by e.id desc
		limit ${limit}
	`.execute(ctx.db);
	return rows.rows.map((r) => ({
		id: Number(r.id),
		at: new Date(r.at),
		who: r.display_name ?? r.actor_label,
		action: r.action,
		entity: r.entity_type,
		changes: changedFields(r.before, r.after)
	}));
}
