import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the directory tables (migrations/0004_directory.sql and the directory
 * migrations after it). Merged into the app's DB interface, so scoped() and the audited writes
 * know them. Keep in step with the .sql files.
 */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = string; // 'YYYY-MM-DD'
type TimeOfDay = string; // 'HH:MM:SS'
type Text = Generated<string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export const immigrationStatuses = [
	'permanent_resident',
	'protected_person',
	'refugee_claimant',
	'temporary_worker',
	'international_student',
	'citizen'
] as const;
export type ImmigrationStatus = (typeof immigrationStatuses)[number];
export const deliveryModes = ['in_person', 'virtual', 'phone'] as const;
export type DeliveryMode = (typeof deliveryModes)[number];
export const serviceStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];
export const accessibilityFeatures = [
	'wheelchair',
	'accessible_washroom',
	'hearing_loop',
	'braille',
	'accessible_parking',
	'elevator',
	'quiet_space',
	'other'
] as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[number];
export type LocationType = 'physical' | 'postal' | 'virtual';
export type PhoneType = 'text' | 'voice' | 'fax' | 'cell' | 'video' | 'pager' | 'textphone';
export type AttributeEntity =
	| 'organization'
	| 'service'
	| 'location'
	| 'service_at_location'
	| 'program'
	| 'contact'
	| 'phone'
	| 'address'
	| 'schedule'
	| 'service_area'
	| 'language'
	| 'cost_option'
	| 'required_document'
	| 'accessibility'
	| 'funding';

interface Base {
	id: Generated<string>;
	partnership_id: string;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface ProgramTable extends Base {
	organization_id: string;
	name_fr: Text;
	name_en: Text;
	alternate_name_fr: Text;
	alternate_name_en: Text;
	description_fr: Text;
	description_en: Text;
}

export interface ServiceTable extends Base {
	organization_id: string;
	program_id: string | null;
	name_fr: Text;
	name_en: Text;
	alternate_name_fr: Text;
	alternate_name_en: Text;
	description_fr: Text;
	description_en: Text;
	url: Text;
	email: Text;
	status: ColumnType<ServiceStatus, ServiceStatus | undefined, ServiceStatus>;
	interpretation_services_fr: Text;
	interpretation_services_en: Text;
	application_process_fr: Text;
	application_process_en: Text;
	fees_description_fr: Text;
	fees_description_en: Text;
	wait_time_fr: Text;
	wait_time_en: Text;
	accreditations_fr: Text;
	accreditations_en: Text;
	licenses_fr: Text;
	licenses_en: Text;
	eligibility_description_fr: Text;
	eligibility_description_en: Text;
	alert_fr: Text;
	alert_en: Text;
	minimum_age: number | null;
	maximum_age: number | null;
	eligible_statuses: ColumnType<ImmigrationStatus[], ImmigrationStatus[] | undefined, ImmigrationStatus[]>;
	delivery_modes: ColumnType<DeliveryMode[], DeliveryMode[] | undefined, DeliveryMode[]>;
	free_of_charge: Generated<boolean>;
	assured_date: DateOnly | null;
	assurer_email: Text;
}

export interface LocationTable extends Base {
	organization_id: string | null;
	location_type: ColumnType<LocationType, LocationType | undefined, LocationType>;
	url: Text;
	name_fr: Text;
	name_en: Text;
	alternate_name_fr: Text;
	alternate_name_en: Text;
	description_fr: Text;
	description_en: Text;
	transportation_fr: Text;
	transportation_en: Text;
	latitude: number | null;
	longitude: number | null;
	time_zone: Text;
	external_identifier: Text;
	external_identifier_type: Text;
}

export interface ServiceAtLocationTable extends Base {
	service_id: string;
	location_id: string;
	description_fr: Text;
	description_en: Text;
}

export interface AddressTable extends Base {
	location_id: string;
	attention: Text;
	address_1: string;
	address_2: Text;
	city: string;
	region: Text;
	state_province: Text;
	postal_code: Text;
	country: Text;
	address_type: ColumnType<LocationType, LocationType | undefined, LocationType>;
}

export interface ContactTable extends Base {
	organization_id: string | null;
	service_id: string | null;
	service_at_location_id: string | null;
	location_id: string | null;
	name: Text;
	title_fr: Text;
	title_en: Text;
	department_fr: Text;
	department_en: Text;
	email: Text;
}

export interface PhoneTable extends Base {
	location_id: string | null;
	service_id: string | null;
	organization_id: string | null;
	contact_id: string | null;
	service_at_location_id: string | null;
	number: string;
	extension: number | null;
	type: ColumnType<PhoneType, PhoneType | undefined, PhoneType>;
	description_fr: Text;
	description_en: Text;
	languages: TextArray;
}

export interface ScheduleTable extends Base {
	service_id: string | null;
	location_id: string | null;
	service_at_location_id: string | null;
	valid_from: DateOnly | null;
	valid_to: DateOnly | null;
	dtstart: DateOnly | null;
	until: DateOnly | null;
	count: number | null;
	wkst: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU' | null;
	freq: 'WEEKLY' | 'MONTHLY' | null;
	interval: number | null;
	byday: Text;
	byweekno: Text;
	bymonthday: Text;
	byyearday: Text;
	opens_at: TimeOfDay | null;
	closes_at: TimeOfDay | null;
	schedule_link: Text;
	attending_type: Text;
	description_fr: Text;
	description_en: Text;
	notes_fr: Text;
	notes_en: Text;
}

export interface ServiceAreaTable extends Base {
	service_id: string | null;
	service_at_location_id: string | null;
	name_fr: Text;
	name_en: Text;
	description_fr: Text;
	description_en: Text;
	extent: Text;
	extent_type: Text;
	uri: Text;
}

export interface LanguageTable extends Base {
	service_id: string | null;
	location_id: string | null;
	phone_id: string | null;
	code: string;
	name: Text;
	note_fr: Text;
	note_en: Text;
	via_interpreter: Generated<boolean>;
}

export interface CostOptionTable extends Base {
	service_id: string;
	valid_from: DateOnly | null;
	valid_to: DateOnly | null;
	option_fr: Text;
	option_en: Text;
	currency: Text;
	amount: number | null;
	amount_description_fr: Text;
	amount_description_en: Text;
}

export interface RequiredDocumentTable extends Base {
	service_id: string;
	document_fr: Text;
	document_en: Text;
	uri: Text;
}

export interface AccessibilityTable extends Base {
	location_id: string;
	feature: ColumnType<AccessibilityFeature, AccessibilityFeature | undefined, AccessibilityFeature>;
	description_fr: Text;
	description_en: Text;
	details_fr: Text;
	details_en: Text;
	url: Text;
}

export interface FundingTable extends Base {
	organization_id: string | null;
	service_id: string | null;
	source_fr: Text;
	source_en: Text;
}

export interface TaxonomyTable extends Base {
	code: string;
	name_fr: Text;
	name_en: Text;
	description_fr: Text;
	description_en: Text;
	uri: Text;
	version: Text;
}

export interface TaxonomyTermTable extends Base {
	taxonomy_id: string;
	parent_id: string | null;
	code: Text;
	name_fr: Text;
	name_en: Text;
	description_fr: Text;
	description_en: Text;
	names: ColumnType<
		Record<string, string>,
		string | Record<string, string> | undefined,
		string | Record<string, string>
	>;
	synonyms: TextArray;
	theme: Text;
	term_uri: Text;
	position: Generated<number>;
}

export interface AttributeTable extends Base {
	link_id: string;
	link_entity: AttributeEntity;
	link_type: Text;
	taxonomy_term_id: string;
	value: Text;
	label: Text;
}

export interface DirectoryTables {
	program: ProgramTable;
	service: ServiceTable;
	location: LocationTable;
	service_at_location: ServiceAtLocationTable;
	address: AddressTable;
	contact: ContactTable;
	phone: PhoneTable;
	schedule: ScheduleTable;
	service_area: ServiceAreaTable;
	language: LanguageTable;
	cost_option: CostOptionTable;
	required_document: RequiredDocumentTable;
	accessibility: AccessibilityTable;
	funding: FundingTable;
	taxonomy: TaxonomyTable;
	taxonomy_term: TaxonomyTermTable;
	attribute: AttributeTable;
}
