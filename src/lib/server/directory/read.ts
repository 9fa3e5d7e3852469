import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { scoped } from '../tenancy/scoped.ts';
import type {
	AccessibilityFeature,
	DeliveryMode,
	ImmigrationStatus,
	LocationType,
	PhoneType,
	ServiceStatus
} from './db-schema.ts';
import {
	localTime,
	openNow,
	nextOpening,
	weeklyHours,
	type DayHours,
	type Opening,
	type ScheduleRule
} from './hours.ts';
import type { Bilingual } from './search-types.ts';

type Db = Kysely<DB> | Transaction<DB>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && uuidPattern.test(value);
}

const pair = (fr: string | null | undefined, en: string | null | undefined): Bilingual => ({
	fr: fr ?? '',
	en: en ?? ''
});

/** Today's date 'YYYY-MM-DD' in Ontario (the directory's calendar). */
export function directoryToday(now: Date = new Date(), timeZone = 'America/Toronto'): string {
	return localTime(now, timeZone).date;
}

/** The first date that still counts as verified: assured_date before it is stale (12 months). */
export function staleCutoff(today: string = directoryToday()): string {
	const [y, m, d] = today.split('-').map(Number);
	const cutoff = new Date(Date.UTC(y - 1, m - 1, d));
	// 29 February → 1 March of the previous year (Date rolls over on its own).
	return cutoff.toISOString().slice(0, 10);
}

/** Never verified, or last verified more than 12 months before today. */
export function isStale(assuredDate: string | null | undefined, today: string = directoryToday()): boolean {
	if (!assuredDate) return true;
	return assuredDate.slice(0, 10) < staleCutoff(today);
}

export interface PhoneInfo {
	id: string;
	number: string;
	extension: number | null;
	type: PhoneType;
	description: Bilingual;
	languages: string[];
}

export interface AddressInfo {
	id: string;
	addressType: LocationType;
	attention: string;
	address1: string;
	address2: string;
	city: string;
	region: string;
	stateProvince: string;
	postalCode: string;
	country: string;
}

export interface ScheduleInfo extends ScheduleRule {
	id: string;
	service_id: string | null;
	location_id: string | null;
	service_at_location_id: string | null;
}

export interface LocationDetail {
	id: string;
	serviceAtLocationId: string;
	organizationId: string | null;
	locationType: LocationType;
	name: Bilingual;
	alternateName: Bilingual;
	description: Bilingual;
	/** The service-at-location note (what is particular to this service here). */
	serviceAtLocationDescription: Bilingual;
	transportation: Bilingual;
	url: string;
	latitude: number | null;
	longitude: number | null;
	timeZone: string;
	addresses: AddressInfo[];
	phones: PhoneInfo[];
	/** The rows that give this service's hours here: service-at-location, else location, else service. */
	schedules: ScheduleInfo[];
	hours: DayHours[];
	openNow: boolean | null;
	nextOpening: Opening | null;
	accessibility: {
		id: string;
		feature: AccessibilityFeature;
		description: Bilingual;
		details: Bilingual;
		url: string;
	}[];
}

export interface CategoryInfo {
	termId: string;
	attributeId: string;
	code: string;
	taxonomyCode: string;
	name: Bilingual;
	names: Record<string, string>;
	theme: string;
	/** From the top of the tree down to the term's parent. */
	parents: { termId: string; code: string; name: Bilingual }[];
}

export interface ServiceDetail {
	id: string;
	status: ServiceStatus;
	name: Bilingual;
	alternateName: Bilingual;
	description: Bilingual;
	url: string;
	email: string;
	interpretationServices: Bilingual;
	applicationProcess: Bilingual;
	feesDescription: Bilingual;
	waitTime: Bilingual;
	accreditations: Bilingual;
	licenses: Bilingual;
	eligibilityDescription: Bilingual;
	alert: Bilingual;
	minimumAge: number | null;
	maximumAge: number | null;
	/** Empty = open to everyone. */
	eligibleStatuses: ImmigrationStatus[];
	deliveryModes: DeliveryMode[];
	freeOfCharge: boolean;
	/** Last verified (HSDS assured_date), distinct from last edited. */
	assuredDate: string | null;
	assurerEmail: string;
	updatedAt: Date;
	createdAt: Date;
	stale: boolean;
	organization: {
		id: string;
		name: Bilingual;
		alternateName: Bilingual;
		description: Bilingual;
		acronym: string;
		website: string;
		phone: string;
		email: string;
		logoFileId: string | null;
		isMember: boolean;
	};
	program: { id: string; name: Bilingual; description: Bilingual } | null;
	categories: CategoryInfo[];
	languages: { id: string; code: string; name: string; viaInterpreter: boolean; note: Bilingual }[];
	costOptions: {
		id: string;
		option: Bilingual;
		amount: number | null;
		currency: string;
		amountDescription: Bilingual;
		validFrom: string | null;
		validTo: string | null;
	}[];
	requiredDocuments: { id: string; document: Bilingual; uri: string }[];
	funding: { id: string; source: Bilingual }[];
	contacts: {
		id: string;
		name: string;
		title: Bilingual;
		department: Bilingual;
		email: string;
		phones: PhoneInfo[];
	}[];
	phones: PhoneInfo[];
	serviceAreas: {
		id: string;
		name: Bilingual;
		description: Bilingual;
		extent: string;
		extentType: string;
		uri: string;
	}[];
	/**
	 * The service's own hours (not its locations' opening hours): rows on the service itself, else
	 * the rows on its first service-at-location that has any. Empty: it keeps its locations' hours.
	 */
	schedules: ScheduleInfo[];
	locations: LocationDetail[];
}

function toPhone(p: {
	id: string;
	number: string;
	extension: number | null;
	type: PhoneType;
	description_fr: string;
	description_en: string;
	languages: string[];
}): PhoneInfo {
	return {
		id: p.id,
		number: p.number,
		extension: p.extension,
		type: p.type,
		description: pair(p.description_fr, p.description_en),
		languages: p.languages ?? []
	};
}

const phoneColumns = [
	'id',
	'number',
	'extension',
	'type',
	'description_fr',
	'description_en',
	'languages',
	'location_id',
	'service_id',
	'contact_id',
	'service_at_location_id'
] as const;

const scheduleColumns = [
	'id',
	'service_id',
	'location_id',
	'service_at_location_id',
	'freq',
	'byday',
	'bymonthday',
	'opens_at',
	'closes_at',
	'valid_from',
	'valid_to',
	'description_fr',
	'description_en',
	'notes_fr',
	'notes_en'
] as const;

/** Term id → its ancestors (top first) and its own row, for every term of the partnership used here. */
async function termsWithParents(db: Db, partnershipId: string, termIds: string[]) {
	const s = scoped(db, partnershipId);
	const known = new Map<
		string,
		{
			id: string;
			parent_id: string | null;
			code: string;
			name_fr: string;
			name_en: string;
			names: Record<string, string> | string;
			theme: string;
			taxonomy_id: string;
		}
	>();
	let wanted = [...new Set(termIds)];
	// Walk up level by level (taxonomies are shallow).
	for (let depth = 0; wanted.length && depth < 10; depth++) {
		const rows = await s
			.selectFrom('taxonomy_term')
			.select(['id', 'parent_id', 'code', 'name_fr', 'name_en', 'names', 'theme', 'taxonomy_id'])
			.where('id', 'in', wanted)
			.execute();
		for (const r of rows) known.set(r.id, r);
		wanted = [...new Set(rows.map((r) => r.parent_id).filter((p): p is string => !!p && !known.has(p)))];
	}
	return known;
}

/**
 * One service with everything a detail page, an export or an editor needs, every text as a
 * { fr, en } pair. undefined for a malformed id or an id of another partnership.
 */
export async function getServiceDetail(
	db: Db,
	partnershipId: string,
	serviceId: string,
	options: { now?: Date } = {}
): Promise<ServiceDetail | undefined> {
	if (!isUuid(serviceId)) return undefined;
	const s = scoped(db, partnershipId);
	const service = await s.selectFrom('service').selectAll().where('id', '=', serviceId).executeTakeFirst();
	if (!service) return undefined;
	const now = options.now ?? new Date();

	const organization = await s
		.selectFrom('organization')
		.select([
			'id',
			'name_fr',
			'name_en',
			'alternate_name_fr',
			'alternate_name_en',
			'description_fr',
			'description_en',
			'acronym',
			'website',
			'phone',
			'email',
			'logo_file_id',
			'is_member'
		])
		.where('id', '=', service.organization_id)
		.executeTakeFirstOrThrow();
	const program = service.program_id
		? await s
				.selectFrom('program')
				.select(['id', 'name_fr', 'name_en', 'description_fr', 'description_en'])
				.where('id', '=', service.program_id)
				.executeTakeFirst()
		: undefined;
	const sals = await s
		.selectFrom('service_at_location')
		.innerJoin('location', (j) =>
			j
				.onRef('location.id', '=', 'service_at_location.location_id')
				.onRef('location.partnership_id', '=', 'service_at_location.partnership_id')
		)
		.select([
			'service_at_location.id as sal_id',
			'service_at_location.description_fr as sal_description_fr',
			'service_at_location.description_en as sal_description_en',
			'location.id',
			'location.organization_id',
			'location.location_type',
			'location.name_fr',
			'location.name_en',
			'location.alternate_name_fr',
			'location.alternate_name_en',
			'location.description_fr',
			'location.description_en',
			'location.transportation_fr',
			'location.transportation_en',
			'location.url',
			'location.latitude',
			'location.longitude',
			'location.time_zone'
		])
		.where('service_at_location.service_id', '=', serviceId)
		.orderBy('location.name_fr')
		.orderBy('location.name_en')
		.execute();
	const locationIds = sals.map((l) => l.id);
	const salIds = sals.map((l) => l.sal_id);

	const [attributes, languages, costs, documents, funding, contacts, areas] = await Promise.all([
		s
			.selectFrom('attribute')
			.select(['id', 'taxonomy_term_id'])
			.where('link_entity', '=', 'service')
			.where('link_id', '=', serviceId)
			.orderBy('created_at')
			.orderBy('id')
			.execute(),
		s
			.selectFrom('language')
			.select(['id', 'code', 'name', 'via_interpreter', 'note_fr', 'note_en'])
			.where('service_id', '=', serviceId)
			.orderBy('via_interpreter')
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
		s.selectFrom('funding').selectAll().where('service_id', '=', serviceId).orderBy('created_at').execute(),
		s.selectFrom('contact').selectAll().where('service_id', '=', serviceId).orderBy('name').execute(),
		s.selectFrom('service_area').selectAll().where('service_id', '=', serviceId).orderBy('name_fr').execute()
	]);
	const contactIds = contacts.map((c) => c.id);
	const phones = await s
		.selectFrom('phone')
		.select([...phoneColumns])
		.where((eb) => {
			const ors = [eb('service_id', '=', serviceId)];
			if (locationIds.length) ors.push(eb('location_id', 'in', locationIds));
			if (salIds.length) ors.push(eb('service_at_location_id', 'in', salIds));
			if (contactIds.length) ors.push(eb('contact_id', 'in', contactIds));
			return eb.or(ors);
		})
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	const schedules = (await s
		.selectFrom('schedule')
		.select([...scheduleColumns])
		.where((eb) => {
			const ors = [eb('service_id', '=', serviceId)];
			if (locationIds.length) ors.push(eb('location_id', 'in', locationIds));
			if (salIds.length) ors.push(eb('service_at_location_id', 'in', salIds));
			return eb.or(ors);
		})
		.orderBy('created_at')
		.orderBy('id')
		.execute()) as ScheduleInfo[];
	const addresses = locationIds.length
		? await s
				.selectFrom('address')
				.selectAll()
				.where('location_id', 'in', locationIds)
				.orderBy('address_type')
				.orderBy('created_at')
				.execute()
		: [];
	const accessibility = locationIds.length
		? await s
				.selectFrom('accessibility')
				.selectAll()
				.where('location_id', 'in', locationIds)
				.orderBy('feature')
				.execute()
		: [];
	const terms = await termsWithParents(
		db,
		partnershipId,
		attributes.map((a) => a.taxonomy_term_id)
	);
	const taxonomies = new Map(
		(terms.size
			? await s
					.selectFrom('taxonomy')
					.select(['id', 'code'])
					.where('id', 'in', [...new Set([...terms.values()].map((t) => t.taxonomy_id))])
					.execute()
			: []
		).map((t) => [t.id, t.code])
	);
	const parseNames = (v: Record<string, string> | string) =>
		(typeof v === 'string' ? (JSON.parse(v) as Record<string, string>) : v) ?? {};

	const categories: CategoryInfo[] = [];
	const seenTerms = new Set<string>();
	for (const a of attributes) {
		const term = terms.get(a.taxonomy_term_id);
		if (!term || seenTerms.has(term.id)) continue;
		seenTerms.add(term.id);
		const parents: CategoryInfo['parents'] = [];
		for (let p = term.parent_id ? terms.get(term.parent_id) : undefined; p;) {
			parents.unshift({ termId: p.id, code: p.code, name: pair(p.name_fr, p.name_en) });
			p = p.parent_id ? terms.get(p.parent_id) : undefined;
		}
		categories.push({
			termId: term.id,
			attributeId: a.id,
			code: term.code,
			taxonomyCode: taxonomies.get(term.taxonomy_id) ?? '',
			name: pair(term.name_fr, term.name_en),
			names: parseNames(term.names),
			theme: term.theme,
			parents
		});
	}

	const serviceSchedules = schedules.filter(
		(r) => r.service_id === serviceId && !r.location_id && !r.service_at_location_id
	);
	const locations: LocationDetail[] = sals.map((l) => {
		const atSal = schedules.filter((r) => r.service_at_location_id === l.sal_id);
		const atLocation = schedules.filter((r) => r.location_id === l.id && !r.service_at_location_id);
		const own = atSal.length ? atSal : atLocation.length ? atLocation : serviceSchedules;
		const timeZone = l.time_zone || 'America/Toronto';
		return {
			id: l.id,
			serviceAtLocationId: l.sal_id,
			organizationId: l.organization_id,
			locationType: l.location_type,
			name: pair(l.name_fr, l.name_en),
			alternateName: pair(l.alternate_name_fr, l.alternate_name_en),
			description: pair(l.description_fr, l.description_en),
			serviceAtLocationDescription: pair(l.sal_description_fr, l.sal_description_en),
			transportation: pair(l.transportation_fr, l.transportation_en),
			url: l.url,
			latitude: l.latitude,
			longitude: l.longitude,
			timeZone,
			addresses: addresses
				.filter((a) => a.location_id === l.id)
				.map((a) => ({
					id: a.id,
					addressType: a.address_type,
					attention: a.attention,
					address1: a.address_1,
					address2: a.address_2,
					city: a.city,
					region: a.region,
					stateProvince: a.state_province,
					postalCode: a.postal_code,
					country: a.country
				})),
			phones: phones.filter((p) => p.location_id === l.id || p.service_at_location_id === l.sal_id).map(toPhone),
			schedules: own,
			hours: weeklyHours(own),
			openNow: openNow(own, timeZone, now),
			nextOpening: nextOpening(own, timeZone, now),
			accessibility: accessibility
				.filter((a) => a.location_id === l.id)
				.map((a) => ({
					id: a.id,
					feature: a.feature,
					description: pair(a.description_fr, a.description_en),
					details: pair(a.details_fr, a.details_en),
					url: a.url
				}))
		};
	});

	return {
		id: service.id,
		status: service.status,
		name: pair(service.name_fr, service.name_en),
		alternateName: pair(service.alternate_name_fr, service.alternate_name_en),
		description: pair(service.description_fr, service.description_en),
		url: service.url,
		email: service.email,
		interpretationServices: pair(service.interpretation_services_fr, service.interpretation_services_en),
		applicationProcess: pair(service.application_process_fr, service.application_process_en),
		feesDescription: pair(service.fees_description_fr, service.fees_description_en),
		waitTime: pair(service.wait_time_fr, service.wait_time_en),
		accreditations: pair(service.accreditations_fr, service.accreditations_en),
		licenses: pair(service.licenses_fr, service.licenses_en),
		eligibilityDescription: pair(service.eligibility_description_fr, service.eligibility_description_en),
		alert: pair(service.alert_fr, service.alert_en),
		minimumAge: service.minimum_age,
		maximumAge: service.maximum_age,
		eligibleStatuses: service.eligible_statuses ?? [],
		deliveryModes: service.delivery_modes ?? [],
		freeOfCharge: service.free_of_charge,
		assuredDate: service.assured_date,
		assurerEmail: service.assurer_email,
		updatedAt: service.updated_at,
		createdAt: service.created_at,
		stale: isStale(service.assured_date, directoryToday(now)),
		organization: {
			id: organization.id,
			name: pair(organization.name_fr, organization.name_en),
			alternateName: pair(organization.alternate_name_fr, organization.alternate_name_en),
			description: pair(organization.description_fr, organization.description_en),
			acronym: organization.acronym,
			website: organization.website,
			phone: organization.phone,
			email: organization.email,
			logoFileId: organization.logo_file_id,
			isMember: organization.is_member
		},
		program: program
			? {
					id: program.id,
					name: pair(program.name_fr, program.name_en),
					description: pair(program.description_fr, program.description_en)
				}
			: null,
		categories,
		languages: languages.map((l) => ({
			id: l.id,
			code: l.code,
			name: l.name,
			viaInterpreter: l.via_interpreter,
			note: pair(l.note_fr, l.note_en)
		})),
		costOptions: costs.map((c) => ({
			id: c.id,
			option: pair(c.option_fr, c.option_en),
			amount: c.amount === null ? null : Number(c.amount),
			currency: c.currency,
			amountDescription: pair(c.amount_description_fr, c.amount_description_en),
			validFrom: c.valid_from,
			validTo: c.valid_to
		})),
		requiredDocuments: documents.map((d) => ({ id: d.id, document: pair(d.document_fr, d.document_en), uri: d.uri })),
		funding: funding.map((f) => ({ id: f.id, source: pair(f.source_fr, f.source_en) })),
		contacts: contacts.map((c) => ({
			id: c.id,
			name: c.name,
			title: pair(c.title_fr, c.title_en),
			department: pair(c.department_fr, c.department_en),
			email: c.email,
			phones: phones.filter((p) => p.contact_id === c.id).map(toPhone)
		})),
		phones: phones.filter((p) => p.service_id === serviceId && !p.contact_id).map(toPhone),
		serviceAreas: areas.map((a) => ({
			id: a.id,
			name: pair(a.name_fr, a.name_en),
			description: pair(a.description_fr, a.description_en),
			extent: a.extent,
			extentType: a.extent_type,
			uri: a.uri
		})),
		schedules: serviceSchedules.length
			? serviceSchedules
			: (locations
					.map((l) => schedules.filter((r) => r.service_at_location_id === l.serviceAtLocationId))
					.find((rows) => rows.length) ?? []),
		locations
	};
}

export interface ServiceListItem {
	id: string;
	name: Bilingual;
	organizationId: string;
	organizationName: Bilingual;
	status: ServiceStatus;
	assuredDate: string | null;
	updatedAt: Date;
	stale: boolean;
	locationCount: number;
}

export interface DirectoryListFilter {
	q?: string;
	organizationId?: string;
	/** true: only stale listings; false: only verified ones. */
	stale?: boolean;
	status?: ServiceStatus;
	/** 1-based. */
	page?: number;
	pageSize?: number;
}

/** A coordinator's list of the partnership's services (most recently edited first). */
export async function listDirectoryServices(
	db: Db,
	partnershipId: string,
	filter: DirectoryListFilter = {}
): Promise<{ total: number; page: number; pageSize: number; items: ServiceListItem[] }> {
	const pageSize = Math.min(Math.max(1, Math.floor(filter.pageSize ?? 50)), 500);
	const page = Math.max(1, Math.floor(filter.page ?? 1));
	const cutoff = staleCutoff();
	let q = scoped(db, partnershipId)
		.selectFrom('service')
		.innerJoin('organization', (j) =>
			j
				.onRef('organization.id', '=', 'service.organization_id')
				.onRef('organization.partnership_id', '=', 'service.partnership_id')
		);
	if (filter.organizationId) {
		if (!isUuid(filter.organizationId)) return { total: 0, page, pageSize, items: [] };
		q = q.where('service.organization_id', '=', filter.organizationId);
	}
	if (filter.status) q = q.where('service.status', '=', filter.status);
	if (filter.stale === true)
		q = q.where((eb) => eb.or([eb('service.assured_date', 'is', null), eb('service.assured_date', '<', cutoff)]));
	if (filter.stale === false) q = q.where('service.assured_date', '>=', cutoff);
	if (filter.q?.trim()) {
		const term = `%${filter.q
			.trim()
			.toLowerCase()
			.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
		q = q.where(
			sql<boolean>`immutable_unaccent(lower(service.name_fr || ' ' || service.name_en || ' ' || organization.name_fr || ' ' || organization.name_en || ' ' || organization.acronym)) like immutable_unaccent(${term})`
		);
	}
	const totalRow = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
	const rows = await q
		.select([
			'service.id',
			'service.name_fr',
			'service.name_en',
			'service.organization_id',
			'organization.name_fr as org_name_fr',
			'organization.name_en as org_name_en',
			'service.status',
			'service.assured_date',
			'service.updated_at',
			(eb) =>
				eb
					.selectFrom('service_at_location')
					.select((e) => e.fn.countAll<number>().as('n'))
					.whereRef('service_at_location.service_id', '=', 'service.id')
					.whereRef('service_at_location.partnership_id', '=', 'service.partnership_id')
					.as('location_count')
		])
		.orderBy('service.updated_at', 'desc')
		.orderBy('service.id')
		.limit(pageSize)
		.offset((page - 1) * pageSize)
		.execute();
	return {
		total: Number(totalRow?.n ?? 0),
		page,
		pageSize,
		items: rows.map((r) => ({
			id: r.id,
			name: pair(r.name_fr, r.name_en),
			organizationId: r.organization_id,
			organizationName: pair(r.org_name_fr, r.org_name_en),
			status: r.status,
			assuredDate: r.assured_date,
			updatedAt: r.updated_at,
			stale: isStale(r.assured_date),
			locationCount: Number(r.location_count ?? 0)
		}))
	};
}

/** The services of one organization (its public page and its staff's "our listings"). */
export async function listServicesOfOrganization(
	db: Db,
	partnershipId: string,
	organizationId: string
): Promise<ServiceListItem[]> {
	if (!isUuid(organizationId)) return [];
	const result = await listDirectoryServices(db, partnershipId, { organizationId, pageSize: 500 });
	return result.items.sort((a, b) => (a.name.fr || a.name.en).localeCompare(b.name.fr || b.name.en, 'fr'));
}

export interface LocationListItem {
	id: string;
	name: Bilingual;
	organizationId: string | null;
	address: string;
	city: string;
	latitude: number | null;
	longitude: number | null;
	serviceCount: number;
}

/** The partnership's locations (for the service editor's "offered at" choices). */
export async function listLocations(
	db: Db,
	partnershipId: string,
	options: { organizationId?: string } = {}
): Promise<LocationListItem[]> {
	let q = scoped(db, partnershipId)
		.selectFrom('location')
		.select([
			'location.id',
			'location.name_fr',
			'location.name_en',
			'location.organization_id',
			'location.latitude',
			'location.longitude',
			(eb) =>
				eb
					.selectFrom('address')
					.select(sql<string>`address_1 || '|' || city`.as('a'))
					.whereRef('address.location_id', '=', 'location.id')
					.whereRef('address.partnership_id', '=', 'location.partnership_id')
					.orderBy('address.address_type')
					.limit(1)
					.as('address'),
			(eb) =>
				eb
					.selectFrom('service_at_location')
					.select((e) => e.fn.countAll<number>().as('n'))
					.whereRef('service_at_location.location_id', '=', 'location.id')
					.whereRef('service_at_location.partnership_id', '=', 'location.partnership_id')
					.as('service_count')
		])
		.orderBy(sql`lower(coalesce(nullif(location.name_fr, ''), location.name_en))`);
	if (options.organizationId) {
		if (!isUuid(options.organizationId)) return [];
		q = q.where('location.organization_id', '=', options.organizationId);
	}
	const rows = await q.execute();
	return rows.map((r) => {
		const [address = '', city = ''] = (r.address ?? '').split('|');
		return {
			id: r.id,
			name: pair(r.name_fr, r.name_en),
			organizationId: r.organization_id,
			address,
			city,
			latitude: r.latitude,
			longitude: r.longitude,
			serviceCount: Number(r.service_count ?? 0)
		};
	});
}
