import {
	contributionKinds,
	contributionStatuses,
	type ContributionFilter,
	type ContributionKind,
	type ContributionStatus
} from '#lib/server/plans/contributions.ts';
import { fiscalYearRange } from '#lib/server/plans/contributions-money.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list's filters from the query string (bad values are ignored, never an error). */
export function filterFromQuery(params: URLSearchParams) {
	const yearParam = params.get('year') ?? '';
	const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
	const organization = uuid.test(params.get('organization') ?? '') ? params.get('organization')! : '';
	const kindParam = params.get('kind') ?? '';
	const kind = (contributionKinds as readonly string[]).includes(kindParam) ? (kindParam as ContributionKind) : '';
	const statusParam = params.get('status') ?? '';
	const status =
		statusParam === 'all' || (contributionStatuses as readonly string[]).includes(statusParam)
			? (statusParam as ContributionStatus | 'all')
			: '';
	const range = year ? fiscalYearRange(year) : null;
	const base: ContributionFilter = {
		from: range?.from ?? null,
		to: range?.to ?? null,
		organizationId: organization || null,
		kind: kind || null
	};
	const statuses: ContributionStatus[] =
		status === 'all' ? [...contributionStatuses] : status ? [status] : ['submitted', 'confirmed'];
	return { query: { year: year ? String(year) : '', organization, kind, status }, base, statuses };
}
