/** The directory's curation: verification campaigns, suggestions, duplicates, the printed booklet. */
export {
	startVerificationCampaign,
	listCampaigns,
	listCampaignRequests,
	sendCampaignReminders,
	closeCampaign,
	runCurationDuties,
	openVerification,
	answerVerification,
	staleBefore,
	staleAfterMonths,
	torontoToday,
	campaignInput,
	correctionInput,
	type CampaignProgress,
	type VerificationView
} from './verification.ts';
export {
	submitSuggestion,
	listSuggestions,
	reviewSuggestion,
	pendingSuggestionCount,
	pruneSuggestionAttempts,
	suggestionInput,
	suggestionLimitPerHour,
	type SuggestionRow
} from './suggestions.ts';
export {
	findLikelyDuplicates,
	findLikelyDuplicateOrganizations,
	scanDuplicates,
	flagPair,
	listDuplicateFlags,
	getDuplicateFlag,
	dismissDuplicate,
	mergeServices,
	mergeOrganizations,
	mergeableServiceFields,
	mergeableOrganizationFields,
	duplicateThreshold,
	phoneDigits,
	scorePair,
	type DuplicateCandidate,
	type DuplicateMatch,
	type DuplicateFlagRow
} from './duplicates.ts';
export { buildBooklet, bookletChoices, bookletOptionsFromQuery, bookletQuery, type Booklet } from './print.ts';
export { proposableFieldNames, changesFromForm, formFieldErrors, type ProposableField } from './fields.ts';
export { suggestionKinds, type SuggestionKind } from './db-schema.ts';

import type { AppContext } from '../../context.ts';
import { ensureRecurringJob, type JobRunner } from '../../jobs/index.ts';
import { pruneSuggestionAttempts } from './suggestions.ts';
import { runCurationDuties } from './verification.ts';

export const curationJobKind = 'directory_curation';
const everyMs = 3_600_000;

/** Registers the hourly curation job (reminders, closing campaigns, pruning attempts) and schedules it. */
export async function registerCurationJobs(
	jobs: JobRunner,
	ctx: Pick<AppContext, 'db' | 'config'>,
	schedule: boolean
): Promise<void> {
	jobs.register(curationJobKind, async (_payload, job) => {
		await runCurationDuties(ctx);
		await pruneSuggestionAttempts(ctx);
		await ensureRecurringJob(ctx.db, curationJobKind, everyMs, job.id);
	});
	if (schedule) await ensureRecurringJob(ctx.db, curationJobKind, everyMs);
}

import { organizationOfUser } from '../services.ts';

/** The organization a partner-staff account edits listings for (the directory's organizationOfUser). */
export async function organizationOfAccount(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	userId: string
): Promise<string | null> {
	return organizationOfUser(ctx.db, partnershipId, userId);
}
export { serviceHistory, changedFields, type HistoryEntry } from './history.ts';
