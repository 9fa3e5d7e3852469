import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from '../accounts/types.ts';

export interface AuditEntry {
	partnershipId: string | null;
	action: string;
	entityType: string;
	entityId: string;
	before?: unknown;
	after?: unknown;
}

const secretFields = new Set(['password_hash', 'password', 'token']);

/** Copies a row for the audit trail without secrets. */
function clean(value: unknown): string | null {
	if (value === undefined || value === null) return null;
	return JSON.stringify(value, (key, v) => {
		if (secretFields.has(key)) return '[redacted]';
		// File contents are recorded by size, not copied into the trail.
		if (v && typeof v === 'object' && v.type === 'Buffer' && Array.isArray(v.data)) return `[${v.data.length} bytes]`;
		return v;
	});
}

/** Records who changed what; call it inside the same transaction as the change. */
export async function recordAudit(trx: Transaction<DB> | Kysely<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
	await trx
		.insertInto('audit_event')
		.values({
			partnership_id: entry.partnershipId,
			actor_user_id: actor.userId,
			actor_label: actor.label,
			action: entry.action,
			entity_type: entry.entityType,
			entity_id: entry.entityId,
			before: clean(entry.before),
			after: clean(entry.after),
			request_id: actor.requestId ?? null
		})
		.execute();
}

export interface AuditQuery {
	partnershipId: string;
	limit?: number;
	before?: number; // id cursor
	entityType?: string;
}

export async function listAuditEvents(db: Kysely<DB>, query: AuditQuery) {
	let q = db
		.selectFrom('audit_event')
		.leftJoin('app_user', 'app_user.id', 'audit_event.actor_user_id')
		.select([
			'audit_event.id',
			'audit_event.action',
			'audit_event.entity_type',
			'audit_event.entity_id',
			'audit_event.before',
			'audit_event.after',
			'audit_event.at',
			'audit_event.actor_label',
			'app_user.display_name as actor_name'
		])
		.where('audit_event.partnership_id', '=', query.partnershipId)
		.orderBy('audit_event.id', 'desc')
		.limit(query.limit ?? 50);
	if (query.before) q = q.where('audit_event.id', '<', query.before);
	if (query.entityType) q = q.where('audit_event.entity_type', '=', query.entityType);
	return q.execute();
}
