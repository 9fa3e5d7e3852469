import type { ColumnType, Generated } from 'kysely';
import type { DirectoryTables } from '../directory/db-schema.ts';
import type { CurationTables } from '../directory/curation/db-schema.ts';
import type { PlansTables } from '../plans/db-schema.ts';
import type { ContributionTables } from '../plans/contributions-db-schema.ts';

/** Kysely's view of the tables in migrations/. Keep in step with the .sql files. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T = unknown> = ColumnType<T, string | T | undefined, string | T>;

export type Role = 'coordinator' | 'member' | 'viewer';
export type LocaleCode = 'fr' | 'en';

export interface PartnershipTable {
	id: Generated<string>;
	slug: string;
	name_fr: string;
	name_en: string;
	region_fr: Generated<string>;
	region_en: Generated<string>;
	default_locale: ColumnType<LocaleCode, LocaleCode | undefined, LocaleCode>;
	status: ColumnType<'active' | 'archived', 'active' | 'archived' | undefined>;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface AppUserTable {
	id: Generated<string>;
	email: string;
	display_name: string;
	password_hash: string | null;
	locale: ColumnType<LocaleCode, LocaleCode | undefined, LocaleCode>;
	is_instance_admin: Generated<boolean>;
	status: ColumnType<'active' | 'disabled', 'active' | 'disabled' | undefined>;
	created_at: CreatedAt;
	updated_at: Timestamp;
	last_sign_in_at: Date | null;
}

export interface PartnershipRoleTable {
	partnership_id: string;
	user_id: string;
	role: Role;
	created_at: CreatedAt;
	updated_at: Timestamp;
}

export interface UserSessionTable {
	id: string;
	user_id: string;
	created_at: CreatedAt;
	last_seen_at: Timestamp;
	expires_at: Date | string;
	user_agent: Generated<string>;
}

export interface AuthTokenTable {
	id: string;
	kind: 'invitation' | 'password_reset';
	email: string;
	user_id: string | null;
	partnership_id: string | null;
	role: Role | null;
	created_by: string | null;
	data: Json<Record<string, unknown>>;
	created_at: CreatedAt;
	expires_at: Date | string;
	used_at: Date | string | null;
}

export interface SignInAttemptTable {
	id: Generated<number>;
	email: string;
	client_hash: string;
	succeeded: boolean;
	at: CreatedAt;
}

export interface AuditEventTable {
	id: Generated<number>;
	partnership_id: string | null;
	actor_user_id: string | null;
	actor_label: Generated<string>;
	action: string;
	entity_type: string;
	entity_id: string;
	before: Json | null;
	after: Json | null;
	request_id: string | null;
	at: CreatedAt;
}

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';
export interface JobTable {
	id: Generated<number>;
	kind: string;
	payload: Json<Record<string, unknown>>;
	status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
	run_at: Timestamp;
	attempts: Generated<number>;
	max_attempts: Generated<number>;
	locked_at: Date | string | null;
	locked_by: string | null;
	last_error: string | null;
	created_at: CreatedAt;
	finished_at: Date | string | null;
}

export type MailStatus = 'queued' | 'sent' | 'outbox' | 'failed';
export interface MailMessageTable {
	id: Generated<string>;
	partnership_id: string | null;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string;
	locale: LocaleCode;
	template: string;
	status: ColumnType<MailStatus, MailStatus | undefined, MailStatus>;
	error: string | null;
	created_at: CreatedAt;
	sent_at: Date | string | null;
}

export interface DB {
	partnership: PartnershipTable;
	app_user: AppUserTable;
	partnership_role: PartnershipRoleTable;
	user_session: UserSessionTable;
	auth_token: AuthTokenTable;
	sign_in_attempt: SignInAttemptTable;
	audit_event: AuditEventTable;
	job: JobTable;
	mail_message: MailMessageTable;
}

// Partnership module (migrations/0002_partnership.sql)
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = string; // 'YYYY-MM-DD'

export type Sector =
	| 'settlement'
	| 'school_board'
	| 'health'
	| 'police_justice'
	| 'library'
	| 'employment'
	| 'employer_business'
	| 'municipality'
	| 'post_secondary'
	| 'ethnocultural_faith'
	| 'francophone_community'
	| 'funder'
	| 'social_services'
	| 'housing'
	| 'newcomer'
	| 'other';
export type NetworkType = 'community' | 'institutional' | 'local_concertation';
export type TableKind = 'council' | 'sub_council' | 'working_group' | 'work_cell' | 'team' | 'committee';
export type MembershipRole = 'chair' | 'co_chair' | 'member' | 'secretary' | 'observer' | 'newcomer_representative';

export interface OrganizationTable {
	id: Generated<string>;
	partnership_id: string;
	name_fr: string;
	name_en: string;
	acronym: Generated<string>;
	description_fr: Generated<string>;
	description_en: Generated<string>;
	sector: Sector;
	network_type: ColumnType<NetworkType, NetworkType | undefined, NetworkType>;
	languages: ColumnType<string[], string[] | undefined, string[]>;
	area_served_fr: Generated<string>;
	area_served_en: Generated<string>;
	is_lead: Generated<boolean>;
	status: ColumnType<'active' | 'former', 'active' | 'former' | undefined, 'active' | 'former'>;
	website: Generated<string>;
	email: Generated<string>;
	phone: Generated<string>;
	logo_file_id: string | null;
	joined_on: DateOnly | null;
	left_on: DateOnly | null;
	// HSDS organization fields (migrations/0004_directory.sql)
	is_member: Generated<boolean>;
	alternate_name_fr: Generated<string>;
	alternate_name_en: Generated<string>;
	tax_status: Generated<string>;
	tax_id: Generated<string>;
	year_incorporated: number | null;
	legal_status: Generated<string>;
	uri: Generated<string>;
	parent_organization_id: string | null;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface PersonTable {
	id: Generated<string>;
	partnership_id: string;
	organization_id: string | null;
	given_name: string;
	family_name: Generated<string>;
	email: Generated<string>;
	phone: Generated<string>;
	title_fr: Generated<string>;
	title_en: Generated<string>;
	preferred_language: ColumnType<LocaleCode, LocaleCode | undefined, LocaleCode>;
	contact_by: ColumnType<'email' | 'phone' | 'either', 'email' | 'phone' | 'either' | undefined>;
	public_profile: Generated<boolean>;
	user_id: string | null;
	calendar_token: string | null;
	status: ColumnType<'active' | 'former', 'active' | 'former' | undefined, 'active' | 'former'>;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface GovernanceTableTable {
	id: Generated<string>;
	partnership_id: string;
	parent_id: string | null;
	kind: TableKind;
	theme: Generated<string>;
	name_fr: string;
	name_en: string;
	mandate_fr: Generated<string>;
	mandate_en: Generated<string>;
	start_date: DateOnly | null;
	end_date: DateOnly | null;
	status: ColumnType<'active' | 'inactive' | 'closed', 'active' | 'inactive' | 'closed' | undefined>;
	position: Generated<number>;
	calendar_token: string | null;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface TableMembershipTable {
	id: Generated<string>;
	partnership_id: string;
	table_id: string;
	person_id: string | null;
	organization_id: string | null;
	role: MembershipRole;
	start_date: ColumnType<DateOnly, DateOnly | undefined, DateOnly>;
	end_date: DateOnly | null;
	note: Generated<string>;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface TargetSectorTable {
	partnership_id: string;
	sector: Sector;
	note: Generated<string>;
}

export type JoinRequestStatus = 'pending' | 'more_info' | 'accepted' | 'declined';
export interface JoinRequestTable {
	id: Generated<string>;
	partnership_id: string;
	status: ColumnType<JoinRequestStatus, JoinRequestStatus | undefined, JoinRequestStatus>;
	organization_name: string;
	organization_id: string | null;
	sector: Sector;
	contact_name: string;
	contact_email: string;
	contact_phone: Generated<string>;
	preferred_language: ColumnType<LocaleCode, LocaleCode | undefined, LocaleCode>;
	table_ids: ColumnType<string[], string[] | undefined, string[]>;
	message: Generated<string>;
	reviewer_message: Generated<string>;
	reviewed_by: string | null;
	reviewed_at: Date | string | null;
	created_at: CreatedAt;
	updated_at: Updated;
}

export type MeetingStatus = 'scheduled' | 'held' | 'cancelled';
export interface MeetingTable {
	id: Generated<string>;
	partnership_id: string;
	table_id: string;
	title_fr: string;
	title_en: string;
	starts_at: Date | string;
	ends_at: Date | string;
	location: Generated<string>;
	online_url: Generated<string>;
	agenda_fr: Generated<string>;
	agenda_en: Generated<string>;
	minutes_fr: Generated<string>;
	minutes_en: Generated<string>;
	status: ColumnType<MeetingStatus, MeetingStatus | undefined, MeetingStatus>;
	notice_sent_at: Date | string | null;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface MeetingAttendanceTable {
	partnership_id: string;
	meeting_id: string;
	person_id: string;
	status: 'present' | 'absent' | 'excused';
}

export interface MeetingDecisionTable {
	id: Generated<string>;
	partnership_id: string;
	meeting_id: string;
	text_fr: Generated<string>;
	text_en: Generated<string>;
	position: Generated<number>;
}

export interface FollowUpItemTable {
	id: Generated<string>;
	partnership_id: string;
	meeting_id: string | null;
	table_id: string;
	description_fr: Generated<string>;
	description_en: Generated<string>;
	assignee_person_id: string | null;
	due_date: DateOnly | null;
	status: ColumnType<'open' | 'done' | 'cancelled', 'open' | 'done' | 'cancelled' | undefined>;
	completed_at: Date | string | null;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface DB {
	organization: OrganizationTable;
	person: PersonTable;
	governance_table: GovernanceTableTable;
	table_membership: TableMembershipTable;
	target_sector: TargetSectorTable;
	join_request: JoinRequestTable;
	meeting: MeetingTable;
	meeting_attendance: MeetingAttendanceTable;
	meeting_decision: MeetingDecisionTable;
	follow_up_item: FollowUpItemTable;
}

// Files (migrations/0003_files_and_logos.sql)
export interface StoredFileTable {
	id: Generated<string>;
	partnership_id: string;
	content_type: 'image/png' | 'image/jpeg' | 'image/webp' | 'application/pdf';
	size_bytes: number;
	sha256: string;
	data: Buffer;
	created_by: string | null;
	created_at: CreatedAt;
}

export interface DB {
	stored_file: StoredFileTable;
}

// Saved column mappings for spreadsheet imports (migrations/0005_import_mappings.sql)
export interface ImportMappingTable {
	id: Generated<string>;
	partnership_id: string;
	module: 'directory' | 'plans';
	name: string;
	mapping: Json<Record<string, unknown>>;
	created_by: string | null;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface DB {
	import_mapping: ImportMappingTable;
}

// Directory module (migrations/0004_directory.sql and after): its types live beside the module.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends DirectoryTables {}
// Directory curation (migrations/0007_directory_curation.sql).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends CurationTables {}
// Plans module (migrations/0008_plans.sql): its types live beside the module.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends PlansTables {}
// Plans contributions (migrations/0009_plans_contributions.sql).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB extends ContributionTables {}
