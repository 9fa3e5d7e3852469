import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the curation tables (migrations/0007_directory_curation.sql), merged into the
 * app's DB interface in db/schema.ts. Keep in step with the .sql file.
 */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;
type Moment = Date | string | null;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export const suggestionKinds = ['wrong_info', 'closed', 'moved', 'suggest_edit', 'other'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];
export const suggestionStatuses = ['pending', 'accepted', 'rejected'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];
export type DuplicateEntity = 'service' | 'organization';
export type DuplicateStatus = 'open' | 'merged' | 'dismissed';

export interface VerificationCampaignTable {
	id: Generated<string>;
	partnership_id: string;
	name: string;
	started_by: string | null;
	started_at: CreatedAt;
	due_date: string;
	reminder_days: ColumnType<number[], number[] | undefined, number[]>;
	max_reminders: Generated<number>;
	status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
	closed_at: Moment;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface VerificationRequestTable {
	id: Generated<string>;
	partnership_id: string;
	campaign_id: string;
	organization_id: string;
	contact_email: string;
	contact_language: ColumnType<'fr' | 'en', 'fr' | 'en' | undefined, 'fr' | 'en'>;
	token_hash: string;
	previous_token_hashes: ColumnType<string[], string[] | undefined, string[]>;
	sent_at: Moment;
	reminded_at: Moment;
	reminder_count: Generated<number>;
	opened_at: Moment;
	confirmed_at: Moment;
	corrected_at: Moment;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface VerificationAnswerTable {
	partnership_id: string;
	request_id: string;
	service_id: string;
	answer: 'confirmed' | 'corrected';
	answered_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ServiceSuggestionTable {
	id: Generated<string>;
	partnership_id: string;
	service_id: string;
	kind: SuggestionKind;
	source: ColumnType<'public' | 'verification', 'public' | 'verification' | undefined, 'public' | 'verification'>;
	verification_request_id: string | null;
	message: Generated<string>;
	proposed_changes: Json<Record<string, string>>;
	reporter_email: Generated<string>;
	reporter_language: ColumnType<'fr' | 'en', 'fr' | 'en' | undefined, 'fr' | 'en'>;
	status: ColumnType<SuggestionStatus, SuggestionStatus | undefined, SuggestionStatus>;
	reviewer_note: Generated<string>;
	reviewed_by: string | null;
	reviewed_at: Moment;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface SuggestionAttemptTable {
	id: Generated<number>;
	partnership_id: string;
	client_hash: string;
	at: CreatedAt;
}

export interface DuplicateFlagTable {
	id: Generated<string>;
	partnership_id: string;
	entity: DuplicateEntity;
	a_id: string;
	b_id: string;
	score: number;
	reasons: ColumnType<string[], string[] | undefined, string[]>;
	status: ColumnType<DuplicateStatus, DuplicateStatus | undefined, DuplicateStatus>;
	resolved_by: string | null;
	resolved_at: Moment;
	created_at: CreatedAt;
	updated_at: Updated;
}

export interface CurationTables {
	verification_campaign: VerificationCampaignTable;
	verification_request: VerificationRequestTable;
	verification_answer: VerificationAnswerTable;
	service_suggestion: ServiceSuggestionTable;
	suggestion_attempt: SuggestionAttemptTable;
	duplicate_flag: DuplicateFlagTable;
}
