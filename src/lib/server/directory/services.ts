import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../accounts/types.ts';
import { recordAudit } from '../audit/index.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { deleteAudited, insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import type { ServiceStatus } from './db-schema.ts';
import { languageNames } from './taxonomy-data.ts';
import { rulesFromWeek, weekFromRules, weekdays, type ScheduleRule, type WeekEditor } from './hours.ts';
import { directoryToday, isUuid } from './read.ts';
import { serviceInput, type ServiceInput, type ServiceValues } from './schemas.ts';
import { refreshServiceSearch } from './search-index.ts';
import { serviceStatuses } from './db-schema.ts';

type Db = Kysely<DB> | Transaction<DB>;
type Ctx = Pick<AppContext, 'db'> | { db: Db };

export interface ScopeOptions {
	/** A member editing their own organization's listings: other organizations' are refused. */
	organizationScope?: string | null;
}

/** Runs in the caller's transaction when given one, else in a new one. */
export function inTransaction<T>(db: Db, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
	return db.isTransaction ? work(db as Transaction<DB>) : db.transaction().execute(work);
}

/** Thrown inside a transaction to roll it back and return a failure. */
class Refusal extends Error {
	readonly code: string;
	readonly fieldErrors?: Record<string, string[]>;
	constructor(code: string, fieldErrors?: Record<string, string[]>) {
		super(code);
		this.code = code;
		this.fieldErrors = fieldErrors;
	}
}

async function refusing<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof Refusal) return failure(error.code, error.fieldErrors);
		throw error;
	}
}

/** A language's own name (never translated): the known autonyms, else Intl's, else the code. */
export function languageName(code: string): string {
	if (languageNames[code]) return languageNames[code];
	try {
		const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
		if (name && name !== code) return name.slice(0, 100);
	} catch {
		// not a code Intl knows
	}
	return code;
}

function serviceRow(v: ServiceValues) {
	return {
		organization_id: v.organizationId,
		program_id: v.programId,
		name_fr: v.nameFr,
		name_en: v.nameEn,
		alternate_name_fr: v.alternateNameFr,
		alternate_name_en: v.alternateNameEn,
		description_fr: v.descriptionFr,
		description_en: v.descriptionEn,
		url: v.url,
		email: v.email,
		status: v.status,
		interpretation_services_fr: v.interpretationServicesFr,
		interpretation_services_en: v.interpretationServicesEn,
		application_process_fr: v.applicationProcessFr,
		application_process_en: v.applicationProcessEn,
		fees_description_fr: v.feesDescriptionFr,
		fees_description_en: v.feesDescriptionEn,
		wait_time_fr: v.waitTimeFr,
		wait_time_en: v.waitTimeEn,
		accreditations_fr: v.accreditationsFr,
		accreditations_en: v.accreditationsEn,
		licenses_fr: v.licensesFr,
		licenses_en: v.licensesEn,
		eligibility_description_fr: v.eligibilityDescriptionFr,
		eligibility_description_en: v.eligibilityDescriptionEn,
		alert_fr: v.alertFr,
		alert_en: v.alertEn,
		minimum_age: v.minimumAge,
		maximum_age: v.maximumAge,
		eligible_statuses: v.eligibleStatuses,
		delivery_modes: v.deliveryModes,
		free_of_charge: v.freeOfCharge
	};
}

/** What a service links to, for the audit trail (before/after of a save). */
async function linksOf(trx: Transaction<DB>, partnershipId: string, serviceId: string) {
	const s = scoped(trx, partnershipId);
	const [categories, languages, costs, documents, phones, locations] = await Promise.all([
		s
			.selectFrom('attribute')
			.select('taxonomy_term_id')
			.where('link_entity', '=', 'service')
			.where('link_id', '=', serviceId)
			.execute(),
		s.selectFrom('language').select(['code', 'via_interpreter']).where('service_id', '=', serviceId).execute(),
		s
			.selectFrom('cost_option')
			.select(['option_fr', 'option_en', 'amount', 'currency'])
			.where('service_id', '=', serviceId)
			.orderBy('created_at')
			.execute(),
		s
			.selectFrom('required_document')
			.select(['document_fr', 'document_en'])
			.where('service_id', '=', serviceId)
			.orderBy('created_at')
			.execute(),
		s
			.selectFrom('phone')
			.select(['number', 'extension', 'type'])
			.where('service_id', '=', serviceId)
			.where('contact_id', 'is', null)
			.orderBy('created_at')
			.execute(),
		s.selectFrom('service_at_location').select('location_id').where('service_id', '=', serviceId).execute()
	]);
	return {
		categories: categories.map((c) => c.taxonomy_term_id).sort(),
		languages: languages.map((l) => (l.via_interpreter ? `${l.code} (interpreter)` : l.code)).sort(),
		costOptions: costs,
		requiredDocuments: documents,
		phones,
		locations: locations.map((l) => l.location_id).sort()
	};
}

/** Checks the references of a service input against the partnership; refuses with field keys. */
async function checkReferences(
	trx: Transaction<DB>,
	partnershipId: string,
	v: ServiceValues,
	scope: string | null,
	keptLocationIds: Set<string>
) {
	const s = scoped(trx, partnershipId);
	const fieldErrors: Record<string, string[]> = {};
	const org = await s.selectFrom('organization').select('id').where('id', '=', v.organizationId).executeTakeFirst();
	if (!org) fieldErrors.organizationId = ['directory.error_unknown_organization'];
	if (v.programId) {
		const program = await s
			.selectFrom('program')
			.select('id')
			.where('id', '=', v.programId)
			.where('organization_id', '=', v.organizationId)
			.executeTakeFirst();
		if (!program) fieldErrors.programId = ['directory.error_unknown_program'];
	}
	if (v.categories.length) {
		const terms = await s.selectFrom('taxonomy_term').select('id').where('id', 'in', v.categories).execute();
		if (terms.length !== v.categories.length) fieldErrors.categories = ['directory.error_unknown_category'];
	}
	if (v.locationIds.length) {
		const locations = await s
			.selectFrom('location')
			.select(['id', 'organization_id'])
			.where('id', 'in', v.locationIds)
			.execute();
		if (locations.length !== v.locationIds.length) fieldErrors.locationIds = ['directory.error_unknown_location'];
		// A member may add their own organization's places (or shared ones), and keep the others.
		else if (
			scope &&
			locations.some((l) => !keptLocationIds.has(l.id) && l.organization_id !== null && l.organization_id !== scope)
		) {
			fieldErrors.locationIds = ['directory.error_not_your_location'];
		}
	}
	if (Object.keys(fieldErrors).length) throw new Refusal('common.error_form', fieldErrors);
}

type ScheduleRows = {
	freq: 'WEEKLY';
	byday: string;
	opens_at: string;
	closes_at: string;
	notes_fr: string;
	notes_en: string;
}[];

export function weekRules(week: ServiceValues['hours']): ScheduleRows {
	if (!week) return [];
	const days: WeekEditor['days'] = {};
	for (const day of ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const) {
		const h = week[day];
		days[day] = h && h.opens && h.closes ? { opens: h.opens, closes: h.closes } : null;
	}
	return rulesFromWeek({ days, notesFr: week.notesFr, notesEn: week.notesEn });
}

/**
 * Creates or updates a service with its categories, languages, eligibility, costs, documents,
 * phones, the locations it is offered at and (optionally) its own hours. Audited (the row and its
 * links, before and after), then the service's search rows are rebuilt.
 */
export async function saveService(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: ServiceInput,
	options: ScopeOptions = {}
): Promise<Result<{ id: string }>> {
	const parsed = serviceInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	const scope = options.organizationScope ?? null;
	if (id !== null && !isUuid(id)) return failure('common.error_not_found');
	if (scope && v.organizationId !== scope) return failure('directory.error_not_your_organization');
	return refusing(() =>
		inTransaction(ctx.db, async (trx) => {
			const s = scoped(trx, partnershipId);
			let serviceId: string;
			let before: Awaited<ReturnType<typeof linksOf>> | null = null;
			let keptLocations = new Set<string>();
			if (id) {
				const existing = await s
					.selectFrom('service')
					.select(['id', 'organization_id'])
					.where('id', '=', id)
					.forUpdate()
					.executeTakeFirst();
				if (!existing) return failure('common.error_not_found');
				if (scope && existing.organization_id !== scope) return failure('directory.error_not_your_organization');
				before = await linksOf(trx, partnershipId, id);
				keptLocations = new Set(before.locations);
				await checkReferences(trx, partnershipId, v, scope, keptLocations);
				await updateAudited(trx, actor, partnershipId, 'service', id, serviceRow(v));
				serviceId = id;
			} else {
				await checkReferences(trx, partnershipId, v, scope, keptLocations);
				serviceId = (await insertAudited(trx, actor, partnershipId, 'service', serviceRow(v))).id;
			}
			const base = Date.now();
			let tick = 0;
			const stamp = () => new Date(base + tick++);

			// Categories: keep the attributes still chosen (with their values), drop the others.
			const attributes = await s
				.selectFrom('attribute')
				.select(['id', 'taxonomy_term_id'])
				.where('link_entity', '=', 'service')
				.where('link_id', '=', serviceId)
				.execute();
			const chosen = new Set(v.categories);
			const dropped = attributes.filter((a) => !chosen.has(a.taxonomy_term_id)).map((a) => a.id);
			if (dropped.length) await s.deleteFrom('attribute').where('id', 'in', dropped).execute();
			const have = new Set(attributes.map((a) => a.taxonomy_term_id));
			const added = v.categories.filter((c) => !have.has(c));
			if (added.length) {
				await s
					.insertInto(
						'attribute',
						added.map((termId) => ({
							link_id: serviceId,
							link_entity: 'service' as const,
							taxonomy_term_id: termId,
							created_at: stamp()
						}))
					)
					.execute();
			}

			// Languages, costs, documents and the service's own phones are replaced.
			await s.deleteFrom('language').where('service_id', '=', serviceId).execute();
			const languageRows = [
				...v.languages.map((code) => ({ code, via_interpreter: false })),
				...v.interpreterLanguages.map((code) => ({ code, via_interpreter: true }))
			].map((l) => ({
				service_id: serviceId,
				code: l.code,
				name: languageName(l.code),
				via_interpreter: l.via_interpreter
			}));
			if (languageRows.length) await s.insertInto('language', languageRows).execute();

			await s.deleteFrom('cost_option').where('service_id', '=', serviceId).execute();
			if (v.costOptions.length) {
				await s
					.insertInto(
						'cost_option',
						v.costOptions.map((c) => ({
							service_id: serviceId,
							option_fr: c.optionFr,
							option_en: c.optionEn,
							amount: c.amount,
							currency: c.currency,
							amount_description_fr: c.amountDescriptionFr,
							amount_description_en: c.amountDescriptionEn,
							created_at: stamp()
						}))
					)
					.execute();
			}
			await s.deleteFrom('required_document').where('service_id', '=', serviceId).execute();
			if (v.requiredDocuments.length) {
				await s
					.insertInto(
						'required_document',
						v.requiredDocuments.map((d) => ({
							service_id: serviceId,
							document_fr: d.documentFr,
							document_en: d.documentEn,
							uri: d.uri,
							created_at: stamp()
						}))
					)
					.execute();
			}
			await s.deleteFrom('phone').where('service_id', '=', serviceId).where('contact_id', 'is', null).execute();
			if (v.phones.length) {
				await s
					.insertInto(
						'phone',
						v.phones.map((p) => ({
							service_id: serviceId,
							number: p.number,
							extension: p.extension,
							type: p.type,
							description_fr: p.descriptionFr,
							description_en: p.descriptionEn,
							languages: v.languages,
							created_at: stamp()
						}))
					)
					.execute();
			}

			// Locations: service_at_location rows keep their ids (hours and contacts hang on them).
			const sals = await s
				.selectFrom('service_at_location')
				.select(['id', 'location_id'])
				.where('service_id', '=', serviceId)
				.execute();
			const wanted = new Set(v.locationIds);
			const removed = sals.filter((r) => !wanted.has(r.location_id)).map((r) => r.id);
			if (removed.length) await s.deleteFrom('service_at_location').where('id', 'in', removed).execute();
			const present = new Set(sals.map((r) => r.location_id));
			const newSals = v.locationIds.filter((l) => !present.has(l));
			if (newSals.length) {
				await s
					.insertInto(
						'service_at_location',
						newSals.map((locationId) => ({ service_id: serviceId, location_id: locationId }))
					)
					.execute();
			}

			// Hours of the service itself, when the editor says so.
			if (v.hoursMode) {
				const salIds = (
					await s.selectFrom('service_at_location').select('id').where('service_id', '=', serviceId).execute()
				).map((r) => r.id);
				await s.deleteFrom('schedule').where('service_id', '=', serviceId).execute();
				if (salIds.length) await s.deleteFrom('schedule').where('service_at_location_id', 'in', salIds).execute();
				if (v.hoursMode === 'own') {
					const rules = weekRules(v.hours);
					const rows = salIds.length
						? salIds.flatMap((salId) => rules.map((r) => ({ ...r, service_at_location_id: salId })))
						: rules.map((r) => ({ ...r, service_id: serviceId }));
					if (rows.length) await s.insertInto('schedule', rows).execute();
				}
			}

			const after = await linksOf(trx, partnershipId, serviceId);
			await recordAudit(trx, actor, {
				partnershipId,
				action: 'service.links',
				entityType: 'service',
				entityId: serviceId,
				before,
				after
			});
			await refreshServiceSearch(trx, partnershipId, [serviceId]);
			return ok({ id: serviceId });
		})
	);
}

async function scopedService(trx: Transaction<DB>, partnershipId: string, serviceId: string, scope: string | null) {
	if (!isUuid(serviceId)) throw new Refusal('common.error_not_found');
	const row = await scoped(trx, partnershipId)
		.selectFrom('service')
		.select(['id', 'organization_id', 'status', 'assured_date', 'assurer_email'])
		.where('id', '=', serviceId)
		.forUpdate()
		.executeTakeFirst();
	if (!row) throw new Refusal('common.error_not_found');
	if (scope && row.organization_id !== scope) throw new Refusal('directory.error_not_your_organization');
	return row;
}

/** Active, inactive, defunct or temporarily closed. */
export async function setServiceStatus(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	serviceId: string,
	status: ServiceStatus | string,
	options: ScopeOptions = {}
): Promise<Result<{ id: string; status: ServiceStatus }>> {
	if (!(serviceStatuses as readonly string[]).includes(status)) {
		return failure('common.error_form', { status: ['validation.invalid_choice'] });
	}
	return refusing(() =>
		inTransaction(ctx.db, async (trx) => {
			await scopedService(trx, partnershipId, serviceId, options.organizationScope ?? null);
			await updateAudited(
				trx,
				actor,
				partnershipId,
				'service',
				serviceId,
				{ status: status as ServiceStatus },
				'service.status'
			);
			await refreshServiceSearch(trx, partnershipId, [serviceId]);
			return ok({ id: serviceId, status: status as ServiceStatus });
		})
	);
}

/** Deletes a service and everything attached to it (audited with the row as it was). */
export async function deleteService(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	serviceId: string,
	options: ScopeOptions = {}
): Promise<Result<{ id: string }>> {
	return refusing(() =>
		inTransaction(ctx.db, async (trx) => {
			await scopedService(trx, partnershipId, serviceId, options.organizationScope ?? null);
			const links = await linksOf(trx, partnershipId, serviceId);
			// Categories are attributes (no foreign key to the service): remove them with it.
			await scoped(trx, partnershipId)
				.deleteFrom('attribute')
				.where('link_entity', '=', 'service')
				.where('link_id', '=', serviceId)
				.execute();
			await deleteAudited(trx, actor, partnershipId, 'service', serviceId);
			await recordAudit(trx, actor, {
				partnershipId,
				action: 'service.links',
				entityType: 'service',
				entityId: serviceId,
				before: links,
				after: null
			});
			await refreshServiceSearch(trx, partnershipId, [serviceId]);
			return ok({ id: serviceId });
		})
	);
}

/**
 * Records that someone confirmed the listing is true today (HSDS assured_date), without
 * touching "last edited". Verification campaigns call it; it accepts their transaction.
 */
export async function markServiceVerified(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	serviceId: string,
	assurerEmail: string,
	options: ScopeOptions & { today?: string } = {}
): Promise<Result<{ id: string; assuredDate: string }>> {
	const email = (assurerEmail ?? '').trim().toLowerCase();
	if (email && (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) {
		return failure('common.error_form', { assurerEmail: ['validation.email'] });
	}
	const assuredDate = options.today ?? directoryToday();
	return refusing(() =>
		inTransaction(ctx.db, async (trx) => {
			const before = await scopedService(trx, partnershipId, serviceId, options.organizationScope ?? null);
			await scoped(trx, partnershipId)
				.updateTable('service')
				.set({ assured_date: assuredDate, assurer_email: email })
				.where('id', '=', serviceId)
				.execute();
			await recordAudit(trx, actor, {
				partnershipId,
				action: 'service.verify',
				entityType: 'service',
				entityId: serviceId,
				before: { assured_date: before.assured_date, assurer_email: before.assurer_email },
				after: { assured_date: assuredDate, assurer_email: email }
			});
			await refreshServiceSearch(trx, partnershipId, [serviceId]);
			return ok({ id: serviceId, assuredDate });
		})
	);
}

/**
 * The organization of the person linked to this account in the partnership (person.user_id),
 * for "partner staff edit their own organization's listings"; null when there is none.
 */
export async function organizationOfUser(db: Db, partnershipId: string, userId: string | null): Promise<string | null> {
	if (!userId || !isUuid(userId)) return null;
	const row = await scoped(db, partnershipId)
		.selectFrom('person')
		.select('organization_id')
		.where('user_id', '=', userId)
		.where('organization_id', 'is not', null)
		.orderBy((eb) => eb.case().when('status', '=', 'active').then(0).else(1).end())
		.orderBy('created_at')
		.executeTakeFirst();
	return row?.organization_id ?? null;
}

/** A stored service in the editor's shape (the values `saveService` takes back). */
export async function serviceEditValues(
	db: Db,
	partnershipId: string,
	serviceId: string
): Promise<(ServiceInput & { id: string; organizationId: string }) | undefined> {
	if (!isUuid(serviceId)) return undefined;
	const s = scoped(db, partnershipId);
	const r = await s.selectFrom('service').selectAll().where('id', '=', serviceId).executeTakeFirst();
	if (!r) return undefined;
	const [attributes, languages, costs, documents, phones, sals, ownSchedules] = await Promise.all([
		s
			.selectFrom('attribute')
			.select('taxonomy_term_id')
			.where('link_entity', '=', 'service')
			.where('link_id', '=', serviceId)
			.orderBy('created_at')
			.execute(),
		s
			.selectFrom('language')
			.select(['code', 'via_interpreter'])
			.where('service_id', '=', serviceId)
			.orderBy('code')
			.execute(),
		s
			.selectFrom('cost_option')
			.selectAll()
			.where('service_id', '=', serviceId)
			.orderBy('created_at')
			.orderBy('id')
			.execute(),
		s
			.selectFrom('required_document')
			.selectAll()
			.where('service_id', '=', serviceId)
			.orderBy('created_at')
			.orderBy('id')
			.execute(),
		s
			.selectFrom('phone')
			.selectAll()
			.where('service_id', '=', serviceId)
			.where('contact_id', 'is', null)
			.orderBy('created_at')
			.orderBy('id')
			.execute(),
		s.selectFrom('service_at_location').select(['id', 'location_id']).where('service_id', '=', serviceId).execute(),
		s.selectFrom('schedule').selectAll().where('service_id', '=', serviceId).orderBy('created_at').execute()
	]);
	// The service's own hours: on the service (no location) or the same rows at its locations.
	const salSchedules = sals.length
		? await s
				.selectFrom('schedule')
				.selectAll()
				.where('service_at_location_id', '=', sals[0].id)
				.orderBy('created_at')
				.execute()
		: [];
	const own = ownSchedules.length ? ownSchedules : salSchedules;
	const week = weekFromRules(own as ScheduleRule[]);
	const t = (v: string | null | undefined) => v ?? '';
	return {
		id: r.id,
		organizationId: r.organization_id,
		programId: r.program_id ?? '',
		nameFr: r.name_fr,
		nameEn: r.name_en,
		alternateNameFr: r.alternate_name_fr,
		alternateNameEn: r.alternate_name_en,
		descriptionFr: r.description_fr,
		descriptionEn: r.description_en,
		url: r.url,
		email: r.email,
		status: r.status,
		interpretationServicesFr: r.interpretation_services_fr,
		interpretationServicesEn: r.interpretation_services_en,
		applicationProcessFr: r.application_process_fr,
		applicationProcessEn: r.application_process_en,
		feesDescriptionFr: r.fees_description_fr,
		feesDescriptionEn: r.fees_description_en,
		waitTimeFr: r.wait_time_fr,
		waitTimeEn: r.wait_time_en,
		accreditationsFr: r.accreditations_fr,
		accreditationsEn: r.accreditations_en,
		licensesFr: r.licenses_fr,
		licensesEn: r.licenses_en,
		eligibilityDescriptionFr: r.eligibility_description_fr,
		eligibilityDescriptionEn: r.eligibility_description_en,
		alertFr: r.alert_fr,
		alertEn: r.alert_en,
		minimumAge: r.minimum_age === null ? '' : String(r.minimum_age),
		maximumAge: r.maximum_age === null ? '' : String(r.maximum_age),
		eligibleStatuses: r.eligible_statuses,
		deliveryModes: r.delivery_modes,
		freeOfCharge: r.free_of_charge,
		categories: attributes.map((a) => a.taxonomy_term_id),
		languages: languages.filter((l) => !l.via_interpreter).map((l) => l.code),
		interpreterLanguages: languages.filter((l) => l.via_interpreter).map((l) => l.code),
		costOptions: costs.map((c) => ({
			optionFr: c.option_fr,
			optionEn: c.option_en,
			amount: c.amount === null ? '' : String(c.amount),
			currency: c.currency,
			amountDescriptionFr: c.amount_description_fr,
			amountDescriptionEn: c.amount_description_en
		})),
		requiredDocuments: documents.map((d) => ({ documentFr: d.document_fr, documentEn: d.document_en, uri: d.uri })),
		phones: phones.map((p) => ({
			number: p.number,
			extension: p.extension === null ? '' : String(p.extension),
			type: p.type,
			descriptionFr: p.description_fr,
			descriptionEn: p.description_en
		})),
		locationIds: sals.map((x) => x.location_id),
		hoursMode: own.length ? 'own' : 'location',
		hours: {
			...Object.fromEntries(
				weekdays.map((d) => [d, { opens: t(week.days[d]?.opens), closes: t(week.days[d]?.closes) }])
			),
			notesFr: week.notesFr ?? '',
			notesEn: week.notesEn ?? ''
		}
	};
}
