/** What other modules and pages may use from the directory module. */
export {
	ensureDirectoryTaxonomy,
	listTaxonomyTree,
	flattenTaxonomy,
	shippedTaxonomyCode,
	type TaxonomyNode
} from './taxonomy.ts';
export {
	newcomerLanguages,
	settlementTaxonomy,
	taxonomyTerms,
	type NewcomerLanguage,
	type TermSeed
} from './taxonomy-data.ts';
export {
	getServiceDetail,
	listDirectoryServices,
	listServicesOfOrganization,
	listLocations,
	isStale,
	staleCutoff,
	directoryToday,
	isUuid,
	type ServiceDetail,
	type LocationDetail,
	type CategoryInfo,
	type PhoneInfo,
	type AddressInfo,
	type ScheduleInfo,
	type ServiceListItem,
	type LocationListItem,
	type DirectoryListFilter
} from './read.ts';
export {
	openNow,
	nextOpening,
	weeklyHours,
	isAllDay,
	localTime,
	zonedInstant,
	isValidTimeZone,
	rulesFromWeek,
	weekFromRules,
	weekdays,
	defaultTimeZone,
	type Weekday,
	type ScheduleRule,
	type TimeRange,
	type DayHours,
	type Opening,
	type WeekEditor
} from './hours.ts';
export { seedDirectoryDemo } from './demo.ts';
export {
	immigrationStatuses,
	deliveryModes,
	serviceStatuses,
	accessibilityFeatures,
	type ImmigrationStatus,
	type DeliveryMode,
	type ServiceStatus,
	type AccessibilityFeature
} from './db-schema.ts';
export type { Bilingual, SearchQuery, SearchHit, SearchResults, SearchFacets, FacetCount } from './search-types.ts';
// Curation (engineer M): verification campaigns, suggestions, duplicates, the printed directory.
export {
	findLikelyDuplicates,
	findLikelyDuplicateOrganizations,
	flagPair,
	scanDuplicates,
	mergeServices,
	mergeOrganizations,
	submitSuggestion,
	listSuggestions,
	reviewSuggestion,
	startVerificationCampaign,
	listCampaigns,
	sendCampaignReminders,
	registerCurationJobs,
	type DuplicateCandidate,
	type DuplicateMatch
} from './curation/index.ts';
export { refreshServiceSearch, refreshTermLabels } from './search-index.ts';
export {
	searchServices,
	parseSearchParams,
	searchQueryToParams,
	searchParamNames,
	searchLimits,
	defaultRadiusKm,
	correctTypos
} from './search.ts';
export {
	logSearch,
	filtersOf,
	searchInsights,
	insightsRange,
	insightsCsvRows,
	type SearchLogEntry,
	type SearchInsights,
	type InsightsRange
} from './search-log.ts';
export { synonymGroups, normalizeSearchText, expandSynonyms } from './synonyms.ts';
export {
	saveService,
	setServiceStatus,
	deleteService,
	markServiceVerified,
	organizationOfUser,
	serviceEditValues,
	languageName,
	type ScopeOptions
} from './services.ts';
export { saveLocation, deleteLocation, locationEditValues } from './locations.ts';
export { saveTaxonomyTerm, deleteTaxonomyTerm } from './taxonomy-terms.ts';
export {
	serviceInput,
	locationInput,
	termInput,
	weekInput,
	serviceFormInput,
	locationFormInput,
	termFormInput,
	formInput,
	phoneTypes,
	type ServiceInput,
	type LocationInput,
	type TermInput
} from './schemas.ts';
export { languageNames } from './taxonomy-data.ts';
// HSDS (engineer H): import/export (JSON and CSV package), the API's reads, spreadsheets with saved mappings.
export { exportHsdsJson, exportHsdsCsv, zipStore, unzipStore, type HsdsPackage } from './hsds/export.ts';
export {
	importHsds,
	type ImportReport,
	type ImportIssue,
	type ImportInput,
	type ImportOptions
} from './hsds/import.ts';
export { hsdsVersion, virtualTaxonomies } from './hsds/profile.ts';
export {
	importSpreadsheet,
	readSheet,
	guessMapping,
	listMappings,
	findMapping,
	saveMapping,
	spreadsheetTargets,
	type SpreadsheetMapping
} from './spreadsheet.ts';
