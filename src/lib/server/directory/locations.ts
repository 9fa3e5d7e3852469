import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../accounts/types.ts';
import { recordAudit } from '../audit/index.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { deleteAudited, insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { weekFromRules, weekdays, type ScheduleRule } from './hours.ts';
import { isUuid } from './read.ts';
import { locationInput, type LocationInput, type LocationValues } from './schemas.ts';
import { refreshServiceSearch } from './search-index.ts';
import { inTransaction, weekRules, type ScopeOptions } from './services.ts';

type Db = Kysely<DB> | Transaction<DB>;
type Ctx = Pick<AppContext, 'db'> | { db: Db };

function locationRow(v: LocationValues) {
	return {
		organization_id: v.organizationId,
		location_type: v.locationType,
		name_fr: v.nameFr,
		name_en: v.nameEn,
		alternate_name_fr: v.alternateNameFr,
		alternate_name_en: v.alternateNameEn,
		description_fr: v.descriptionFr,
		description_en: v.descriptionEn,
		transportation_fr: v.transportationFr,
		transportation_en: v.transportationEn,
		url: v.url,
		latitude: v.latitude,
		longitude: v.longitude,
		time_zone: v.timeZone
	};
}

async function servicesAt(trx: Transaction<DB>, partnershipId: string, locationId: string): Promise<string[]> {
	const rows = await scoped(trx, partnershipId)
		.selectFrom('service_at_location')
		.select('service_id')
		.where('location_id', '=', locationId)
		.execute();
	return [...new Set(rows.map((r) => r.service_id))];
}

/** The location's address, phones, hours and accessibility as they are stored, for the audit trail. */
async function partsOf(trx: Transaction<DB>, partnershipId: string, locationId: string) {
	const s = scoped(trx, partnershipId);
	const [addresses, phones, schedules, accessibility] = await Promise.all([
		s
			.selectFrom('address')
			.select(['address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country', 'address_type'])
			.where('location_id', '=', locationId)
			.execute(),
		s
			.selectFrom('phone')
			.select(['number', 'extension', 'type'])
			.where('location_id', '=', locationId)
			.orderBy('created_at')
			.execute(),
		s
			.selectFrom('schedule')
			.select(['byday', 'opens_at', 'closes_at', 'notes_fr', 'notes_en'])
			.where('location_id', '=', locationId)
			.where('service_at_location_id', 'is', null)
			.orderBy('created_at')
			.execute(),
		s
			.selectFrom('accessibility')
			.select(['feature', 'details_fr', 'details_en'])
			.where('location_id', '=', locationId)
			.execute()
	]);
	return { addresses, phones, schedules, accessibility };
}

/**
 * Creates or updates a location with its address (never translated), phones, weekly hours
 * (the per-day editor replaces the location's own hours) and accessibility features. Audited,
 * then the search rows of every service offered there are rebuilt.
 */
export async function saveLocation(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: LocationInput,
	options: ScopeOptions = {}
): Promise<Result<{ id: string }>> {
	const parsed = locationInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	const scope = options.organizationScope ?? null;
	if (id !== null && !isUuid(id)) return failure('common.error_not_found');
	if (scope && v.organizationId !== scope) return failure('directory.error_not_your_organization');
	return inTransaction(ctx.db, async (trx) => {
		const s = scoped(trx, partnershipId);
		const existing = id
			? await s
					.selectFrom('location')
					.select(['id', 'organization_id'])
					.where('id', '=', id)
					.forUpdate()
					.executeTakeFirst()
			: undefined;
		if (id && !existing) return failure('common.error_not_found');
		if (existing && scope && existing.organization_id !== scope)
			return failure('directory.error_not_your_organization');
		if (v.organizationId) {
			const org = await s.selectFrom('organization').select('id').where('id', '=', v.organizationId).executeTakeFirst();
			if (!org) return failure('common.error_form', { organizationId: ['directory.error_unknown_organization'] });
		}
		let locationId: string;
		let before: Awaited<ReturnType<typeof partsOf>> | null = null;
		if (id) {
			before = await partsOf(trx, partnershipId, id);
			await updateAudited(trx, actor, partnershipId, 'location', id, locationRow(v));
			locationId = id;
		} else {
			locationId = (await insertAudited(trx, actor, partnershipId, 'location', locationRow(v))).id;
		}
		const base = Date.now();
		let tick = 0;
		const stamp = () => new Date(base + tick++);

		// One address per location here (imports may bring a postal one too: it is kept).
		const physical = await s
			.selectFrom('address')
			.select('id')
			.where('location_id', '=', locationId)
			.where('address_type', '<>', 'postal')
			.execute();
		if (v.address1 && v.city) {
			const values = {
				address_1: v.address1,
				address_2: v.address2,
				city: v.city,
				state_province: v.stateProvince,
				postal_code: v.postalCode,
				country: v.country,
				address_type: v.locationType === 'virtual' ? ('virtual' as const) : ('physical' as const)
			};
			if (physical[0]) await s.updateTable('address').set(values).where('id', '=', physical[0].id).execute();
			else await s.insertInto('address', { location_id: locationId, ...values }).execute();
			const extra = physical.slice(1).map((a) => a.id);
			if (extra.length) await s.deleteFrom('address').where('id', 'in', extra).execute();
		} else if (physical.length) {
			await s
				.deleteFrom('address')
				.where(
					'id',
					'in',
					physical.map((a) => a.id)
				)
				.execute();
		}

		await s.deleteFrom('phone').where('location_id', '=', locationId).execute();
		if (v.phones.length) {
			await s
				.insertInto(
					'phone',
					v.phones.map((p) => ({
						location_id: locationId,
						number: p.number,
						extension: p.extension,
						type: p.type,
						description_fr: p.descriptionFr,
						description_en: p.descriptionEn,
						created_at: stamp()
					}))
				)
				.execute();
		}

		if (v.hours) {
			await s
				.deleteFrom('schedule')
				.where('location_id', '=', locationId)
				.where('service_at_location_id', 'is', null)
				.execute();
			const rules = weekRules(v.hours);
			if (rules.length) {
				await s
					.insertInto(
						'schedule',
						rules.map((r) => ({ ...r, location_id: locationId, created_at: stamp() }))
					)
					.execute();
			}
		}

		await s.deleteFrom('accessibility').where('location_id', '=', locationId).execute();
		const features = [...v.accessibility];
		if ((v.accessibilityDetailsFr || v.accessibilityDetailsEn) && !features.includes('other')) features.push('other');
		if (features.length) {
			await s
				.insertInto(
					'accessibility',
					features.map((feature) => ({
						location_id: locationId,
						feature,
						details_fr: feature === 'other' ? v.accessibilityDetailsFr : '',
						details_en: feature === 'other' ? v.accessibilityDetailsEn : ''
					}))
				)
				.execute();
		}

		await recordAudit(trx, actor, {
			partnershipId,
			action: 'location.parts',
			entityType: 'location',
			entityId: locationId,
			before,
			after: await partsOf(trx, partnershipId, locationId)
		});
		const services = await servicesAt(trx, partnershipId, locationId);
		if (services.length) await refreshServiceSearch(trx, partnershipId, services);
		return ok({ id: locationId });
	});
}

/** Deletes a location no service is offered at any more. */
export async function deleteLocation(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	locationId: string,
	options: ScopeOptions = {}
): Promise<Result<{ id: string }>> {
	if (!isUuid(locationId)) return failure('common.error_not_found');
	return inTransaction(ctx.db, async (trx) => {
		const row = await scoped(trx, partnershipId)
			.selectFrom('location')
			.select(['id', 'organization_id'])
			.where('id', '=', locationId)
			.forUpdate()
			.executeTakeFirst();
		if (!row) return failure('common.error_not_found');
		if (options.organizationScope && row.organization_id !== options.organizationScope) {
			return failure('directory.error_not_your_organization');
		}
		if ((await servicesAt(trx, partnershipId, locationId)).length) return failure('directory.error_location_in_use');
		await deleteAudited(trx, actor, partnershipId, 'location', locationId);
		return ok({ id: locationId });
	});
}

/** A stored location in the editor's shape (the values `saveLocation` takes back). */
export async function locationEditValues(
	db: Db,
	partnershipId: string,
	locationId: string
): Promise<(LocationInput & { id: string; serviceIds: string[] }) | undefined> {
	if (!isUuid(locationId)) return undefined;
	const s = scoped(db, partnershipId);
	const l = await s.selectFrom('location').selectAll().where('id', '=', locationId).executeTakeFirst();
	if (!l) return undefined;
	const [address, phones, schedules, accessibility, sals] = await Promise.all([
		s
			.selectFrom('address')
			.selectAll()
			.where('location_id', '=', locationId)
			.where('address_type', '<>', 'postal')
			.orderBy('created_at')
			.executeTakeFirst(),
		s
			.selectFrom('phone')
			.selectAll()
			.where('location_id', '=', locationId)
			.orderBy('created_at')
			.orderBy('id')
			.execute(),
		s
			.selectFrom('schedule')
			.selectAll()
			.where('location_id', '=', locationId)
			.where('service_at_location_id', 'is', null)
			.orderBy('created_at')
			.execute(),
		s.selectFrom('accessibility').selectAll().where('location_id', '=', locationId).execute(),
		s.selectFrom('service_at_location').select('service_id').where('location_id', '=', locationId).execute()
	]);
	const week = weekFromRules(schedules as ScheduleRule[]);
	const other = accessibility.find((a) => a.feature === 'other');
	return {
		id: l.id,
		serviceIds: sals.map((r) => r.service_id),
		organizationId: l.organization_id ?? '',
		locationType: l.location_type,
		nameFr: l.name_fr,
		nameEn: l.name_en,
		alternateNameFr: l.alternate_name_fr,
		alternateNameEn: l.alternate_name_en,
		descriptionFr: l.description_fr,
		descriptionEn: l.description_en,
		transportationFr: l.transportation_fr,
		transportationEn: l.transportation_en,
		url: l.url,
		latitude: l.latitude === null ? '' : String(l.latitude),
		longitude: l.longitude === null ? '' : String(l.longitude),
		timeZone: l.time_zone,
		address1: address?.address_1 ?? '',
		address2: address?.address_2 ?? '',
		city: address?.city ?? '',
		stateProvince: address?.state_province ?? 'ON',
		postalCode: address?.postal_code ?? '',
		country: address?.country ?? 'CA',
		phones: phones.map((p) => ({
			number: p.number,
			extension: p.extension === null ? '' : String(p.extension),
			type: p.type,
			descriptionFr: p.description_fr,
			descriptionEn: p.description_en
		})),
		hours: {
			...Object.fromEntries(
				weekdays.map((d) => [d, { opens: week.days[d]?.opens ?? '', closes: week.days[d]?.closes ?? '' }])
			),
			notesFr: week.notesFr ?? '',
			notesEn: week.notesEn ?? ''
		},
		accessibility: accessibility.map((a) => a.feature).filter((f) => f !== 'other' || !other?.details_fr),
		accessibilityDetailsFr: other?.details_fr ?? '',
		accessibilityDetailsEn: other?.details_en ?? ''
	};
}
