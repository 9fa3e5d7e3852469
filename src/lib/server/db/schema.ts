import type { ColumnType, Generated } from 'kysely';

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
