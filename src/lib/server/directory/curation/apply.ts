import type { Transaction } from 'kysely';
import type { Actor } from '../../accounts/types.ts';
import type { DB } from '../../db/schema.ts';
import { updateAudited } from '../../tenancy/audited.ts';
import { refreshServiceSearch } from '../search-index.ts';
import { markServiceVerified, setServiceStatus } from '../services.ts';
import { proposableFields, type ProposableField } from './fields.ts';

/**
 * Applies reviewed changes (an accepted suggestion, a verification correction) to a service, in
 * the caller's transaction. A "closed" report goes through the directory's setServiceStatus; the
 * proposed text fields are a patch of the service row, written with the audited update (before
 * and after in the trail) and followed by the rebuilt search rows, as the directory's own
 * writes do (saveService takes the whole listing, a suggestion only a few fields).
 */
export async function applyServiceChanges(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	serviceId: string,
	changes: Partial<Record<ProposableField, string>>,
	options: { status?: 'inactive' | 'active'; action?: string } = {}
): Promise<boolean> {
	const values: Record<string, string> = {};
	for (const [key, value] of Object.entries(changes)) {
		if (key in proposableFields && typeof value === 'string') values[key] = value;
	}
	if (options.status) {
		const result = await setServiceStatus({ db: trx }, actor, partnershipId, serviceId, options.status);
		if (!result.ok) return false;
	}
	if (!Object.keys(values).length) return true;
	const updated = await updateAudited(
		trx,
		actor,
		partnershipId,
		'service',
		serviceId,
		values as never,
		options.action ?? 'service.update'
	);
	if (!updated) return false;
	await refreshServiceSearch(trx, partnershipId, [serviceId]);
	return true;
}

/** Sets the HSDS assured date (last verified) of services to `day`, through markServiceVerified. */
export async function markAssured(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	serviceIds: string[],
	assurerEmail: string,
	day: string
): Promise<void> {
	for (const id of serviceIds) {
		const result = await markServiceVerified({ db: trx }, actor, partnershipId, id, assurerEmail, { today: day });
		if (!result.ok) throw new Error(`could not mark ${id} verified: ${result.code}`);
	}
}
