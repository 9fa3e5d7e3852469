import { sql, type Kysely, type Transaction } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Locale } from '../../i18n/locales.ts';
import { pick } from '../../i18n/locales.ts';
import { roleCan } from '../accounts/permissions.ts';
import type { Actor, Role } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import type { DB } from '../db/schema.ts';
import { t as translatorFor } from '../i18n.ts';
import { failure, ok, zodFailure, type Input, type Result } from '../result.ts';
import { deleteAudited, insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import {
	contributionKinds,
	contributionStatuses,
	type ContributionKind,
	type ContributionStatus
} from './contributions-db-schema.ts';
import {
	centsToDecimal,
	fiscalYearLabel,
	fiscalYearOf,
	isCash,
	parseHours,
	parseMoney,
	staffAmountCents,
	withinOneFiscalYear
} from './contributions-money.ts';

/**
 * Partners' contributions to the partnership's work: cash, and in kind (staff time as hours ×
 * hourly rate, materials, meeting space, other), per period and optionally per action. Partner
 * staff record their own organization's (the organization of the person linked to their account);
 * the secretariat records any, and confirms or rejects what partners submit. Reports and roll-ups
 * count confirmed, funder-reportable contributions.
 */

type Ctx = Pick<AppContext, 'db'>;
type Db = Kysely<DB> | Transaction<DB>;
/** Who acts: the role in this partnership (absent for the system: the demo seed, the CLI). */
export type ContributionActor = Actor & { role?: Role };

export { contributionKinds, contributionStatuses, type ContributionKind, type ContributionStatus };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (v: unknown): v is string => typeof v === 'string' && uuidPattern.test(v);
const uuidZero = '00000000-0000-0000-0000-000000000000';

const text = (max: number) => z.string().trim().max(max, { error: 'validation.too_long' }).default('');
const dateOnly = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid_date' })
	.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: 'validation.invalid_date' });
const optionalUuid = z
	.union([z.literal('').transform(() => null), z.uuid({ error: 'validation.invalid_choice' }), z.null()])
	.default(null);
const numberish = z.union([z.string(), z.number()]).optional();
const checkbox = z
	.union([z.boolean(), z.literal('on').transform(() => true), z.literal('').transform(() => false)])
	.default(true);

export const contributionInput = z
	.object({
		organizationId: optionalUuid,
		actionId: optionalUuid,
		kind: z.enum(contributionKinds, { error: 'validation.invalid_choice' }),
		amount: numberish,
		hours: numberish,
		hourlyRate: numberish,
		descriptionFr: text(2000),
		descriptionEn: text(2000),
		periodStart: dateOnly,
		periodEnd: dateOnly,
		funderReportable: checkbox
	})
	.transform((v, ctx) => {
		let amountCents: number | null = null;
		let hoursHundredths: number | null = null;
		let rateCents: number | null = null;
		if (v.kind === 'in_kind_staff') {
			hoursHundredths = parseHours(v.hours);
			rateCents = parseMoney(v.hourlyRate);
			if (hoursHundredths === null)
				ctx.issues.push({ code: 'custom', path: ['hours'], message: 'reports.error_hours', input: v.hours });
			if (rateCents === null || rateCents === 0)
				ctx.issues.push({ code: 'custom', path: ['hourlyRate'], message: 'reports.error_amount', input: v.hourlyRate });
			if (hoursHundredths !== null && rateCents) amountCents = staffAmountCents(hoursHundredths, rateCents);
		} else {
			amountCents = parseMoney(v.amount);
			if (amountCents === null || amountCents === 0)
				ctx.issues.push({ code: 'custom', path: ['amount'], message: 'reports.error_amount', input: v.amount });
		}
		if (amountCents !== null && amountCents > 100_000_000_000)
			ctx.issues.push({ code: 'custom', path: ['amount'], message: 'reports.error_amount_too_large', input: v.amount });
		if (!v.descriptionFr && !v.descriptionEn)
			ctx.issues.push({ code: 'custom', path: ['descriptionFr'], message: 'reports.error_description', input: '' });
		if (v.periodEnd < v.periodStart)
			ctx.issues.push({
				code: 'custom',
				path: ['periodEnd'],
				message: 'reports.error_period_order',
				input: v.periodEnd
			});
		else if (!withinOneFiscalYear(v.periodStart, v.periodEnd))
			ctx.issues.push({
				code: 'custom',
				path: ['periodEnd'],
				message: 'reports.error_period_fiscal_year',
				input: v.periodEnd
			});
		return {
			organizationId: v.organizationId,
			actionId: v.actionId,
			kind: v.kind,
			amountCents: amountCents ?? 0,
			hours: hoursHundredths === null ? null : hoursHundredths / 100,
			rateCents,
			descriptionFr: v.descriptionFr,
			descriptionEn: v.descriptionEn,
			periodStart: v.periodStart,
			periodEnd: v.periodEnd,
			funderReportable: v.funderReportable
		};
	});
export type ContributionInput = Input<typeof contributionInput>;

function canManage(actor: ContributionActor): boolean {
	return !actor.role || roleCan(actor.role, 'contributions.manage');
}

/** The organization of the person linked to this account in the partnership, if any. */
export async function ownOrganizationOf(db: Db, partnershipId: string, userId: string | null) {
	if (!userId || !isUuid(userId)) return null;
	const row = await scoped(db, partnershipId)
		.selectFrom('person')
		.innerJoin('organization', 'organization.id', 'person.organization_id')
		.select(['organization.id', 'organization.name_fr', 'organization.name_en'])
		.where('person.user_id', '=', userId)
		.where('person.status', '=', 'active')
		.executeTakeFirst();
	return row ?? null;
}

type ParsedInput = z.output<typeof contributionInput>;

/** Checks the organization and the action belong to this partnership (and, for partners, that it is theirs). */
async function checkRefs(
	trx: Transaction<DB>,
	actor: ContributionActor,
	partnershipId: string,
	v: ParsedInput
): Promise<Result<{ organizationId: string }>> {
	const s = scoped(trx, partnershipId);
	let organizationId = v.organizationId;
	if (!canManage(actor)) {
		const own = await ownOrganizationOf(trx, partnershipId, actor.userId);
		if (!own) return failure('reports.error_no_organization');
		if (organizationId && organizationId !== own.id)
			return failure('common.error_form', { organizationId: ['reports.error_not_your_organization'] });
		organizationId = own.id;
	}
	if (!organizationId) return failure('common.error_form', { organizationId: ['validation.required'] });
	const org = await s.selectFrom('organization').select('id').where('id', '=', organizationId).executeTakeFirst();
	if (!org) return failure('common.error_form', { organizationId: ['validation.invalid_choice'] });
	if (v.actionId) {
		const action = await s.selectFrom('plan_action').select('id').where('id', '=', v.actionId).executeTakeFirst();
		if (!action) return failure('common.error_form', { actionId: ['validation.invalid_choice'] });
	}
	return ok({ organizationId });
}

function toRow(v: ParsedInput, organizationId: string) {
	return {
		organization_id: organizationId,
		action_id: v.actionId,
		kind: v.kind,
		hours: v.hours,
		hourly_rate_cents: v.rateCents,
		amount_cents: v.amountCents,
		description_fr: v.descriptionFr,
		description_en: v.descriptionEn,
		period_start: v.periodStart,
		period_end: v.periodEnd,
		funder_reportable: v.funderReportable
	};
}

/**
 * Records a contribution. A partner's is "submitted" for the secretariat to confirm; the
 * secretariat's own records are confirmed at once.
 */
export async function recordContribution(
	ctx: Ctx,
	actor: ContributionActor,
	partnershipId: string,
	raw: ContributionInput
): Promise<Result<{ id: string; amountCents: number; status: ContributionStatus }>> {
	if (actor.role && !roleCan(actor.role, 'contributions.record')) return failure('errors.forbidden');
	const parsed = contributionInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const refs = await checkRefs(trx, actor, partnershipId, v);
		if (!refs.ok) return refs;
		const manage = canManage(actor);
		const row = await insertAudited(trx, actor, partnershipId, 'plan_contribution', {
			...toRow(v, refs.value.organizationId),
			status: manage ? 'confirmed' : 'submitted',
			recorded_by: actor.userId,
			reviewed_by: manage ? actor.userId : null,
			reviewed_at: manage ? new Date() : null
		});
		return ok({ id: row.id, amountCents: row.amount_cents, status: row.status });
	});
}

/** May this actor change (or delete) this contribution? Partners: their organization's, until confirmed. */
async function mayChange(
	trx: Transaction<DB>,
	actor: ContributionActor,
	partnershipId: string,
	row: { organization_id: string; status: ContributionStatus }
): Promise<boolean> {
	if (canManage(actor)) return true;
	if (actor.role && !roleCan(actor.role, 'contributions.record')) return false;
	const own = await ownOrganizationOf(trx, partnershipId, actor.userId);
	return Boolean(own && own.id === row.organization_id && row.status === 'submitted');
}

export async function updateContribution(
	ctx: Ctx,
	actor: ContributionActor,
	partnershipId: string,
	id: string,
	raw: ContributionInput
): Promise<Result<{ id: string; amountCents: number }>> {
	if (!isUuid(id)) return failure('common.error_not_found');
	const parsed = contributionInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const current = await scoped(trx, partnershipId)
			.selectFrom('plan_contribution')
			.select(['id', 'organization_id', 'status'])
			.where('id', '=', id)
			.executeTakeFirst();
		if (!current) return failure('common.error_not_found');
		if (!(await mayChange(trx, actor, partnershipId, current))) return failure('reports.error_cannot_change');
		const refs = await checkRefs(trx, actor, partnershipId, {
			...v,
			organizationId: v.organizationId ?? current.organization_id
		});
		if (!refs.ok) return refs;
		const updated = await updateAudited(
			trx,
			actor,
			partnershipId,
			'plan_contribution',
			id,
			toRow(v, refs.value.organizationId)
		);
		if (!updated) return failure('common.error_not_found');
		return ok({ id, amountCents: updated.amount_cents });
	});
}

export async function deleteContribution(
	ctx: Ctx,
	actor: ContributionActor,
	partnershipId: string,
	id: string
): Promise<Result<{ id: string }>> {
	if (!isUuid(id)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const current = await scoped(trx, partnershipId)
			.selectFrom('plan_contribution')
			.select(['id', 'organization_id', 'status'])
			.where('id', '=', id)
			.executeTakeFirst();
		if (!current) return failure('common.error_not_found');
		if (!(await mayChange(trx, actor, partnershipId, current))) return failure('reports.error_cannot_change');
		await deleteAudited(trx, actor, partnershipId, 'plan_contribution', id);
		return ok({ id });
	});
}

/** The secretariat confirms (counted in reports) or rejects a submitted contribution. */
export async function reviewContribution(
	ctx: Ctx,
	actor: ContributionActor,
	partnershipId: string,
	id: string,
	decision: string
): Promise<Result<{ id: string; status: ContributionStatus }>> {
	if (!canManage(actor)) return failure('errors.forbidden');
	if (!isUuid(id)) return failure('common.error_not_found');
	if (decision !== 'confirmed' && decision !== 'rejected' && decision !== 'submitted')
		return failure('common.error_form', { status: ['validation.invalid_choice'] });
	return ctx.db.transaction().execute(async (trx) => {
		const updated = await updateAudited(
			trx,
			actor,
			partnershipId,
			'plan_contribution',
			id,
			{ status: decision, reviewed_by: actor.userId, reviewed_at: new Date() },
			`plan_contribution.${decision === 'submitted' ? 'reopen' : decision === 'confirmed' ? 'confirm' : 'reject'}`
		);
		return updated ? ok({ id, status: updated.status }) : failure('common.error_not_found');
	});
}

// --- Reading -----------------------------------------------------------------------------------

export interface ContributionFilter {
	/** One contribution. */
	id?: string | null;
	/** Contributions whose period overlaps [from, to]. */
	from?: string | null;
	to?: string | null;
	organizationId?: string | null;
	actionId?: string | null;
	kind?: ContributionKind | null;
	/** Which statuses count (default: submitted and confirmed). */
	statuses?: readonly ContributionStatus[];
	reportableOnly?: boolean;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function filtered(db: Db, partnershipId: string, filter: ContributionFilter) {
	let q = scoped(db, partnershipId).selectFrom('plan_contribution');
	if (filter.id !== undefined) q = q.where('plan_contribution.id', '=', isUuid(filter.id) ? filter.id : uuidZero);
	if (filter.from && dayPattern.test(filter.from)) q = q.where('plan_contribution.period_end', '>=', filter.from);
	if (filter.to && dayPattern.test(filter.to)) q = q.where('plan_contribution.period_start', '<=', filter.to);
	if (isUuid(filter.organizationId)) q = q.where('plan_contribution.organization_id', '=', filter.organizationId);
	if (isUuid(filter.actionId)) q = q.where('plan_contribution.action_id', '=', filter.actionId);
	if (filter.kind && (contributionKinds as readonly string[]).includes(filter.kind))
		q = q.where('plan_contribution.kind', '=', filter.kind);
	const statuses = filter.statuses?.length ? filter.statuses : (['submitted', 'confirmed'] as const);
	q = q.where('plan_contribution.status', 'in', [...statuses]);
	if (filter.reportableOnly) q = q.where('plan_contribution.funder_reportable', '=', true);
	return q;
}

/** A short label for an action: its description's first line, cut at 120 characters. */
export function actionLabel(description: string): string {
	const line = description.split('\n')[0].trim();
	return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

export async function listContributions(ctx: Ctx, partnershipId: string, filter: ContributionFilter = {}) {
	return filtered(ctx.db, partnershipId, filter)
		.innerJoin('organization', 'organization.id', 'plan_contribution.organization_id')
		.leftJoin('plan_action', 'plan_action.id', 'plan_contribution.action_id')
		.leftJoin('app_user', 'app_user.id', 'plan_contribution.recorded_by')
		.select([
			'plan_contribution.id',
			'plan_contribution.organization_id',
			'plan_contribution.action_id',
			'plan_contribution.kind',
			'plan_contribution.hours',
			'plan_contribution.hourly_rate_cents',
			'plan_contribution.amount_cents',
			'plan_contribution.description_fr',
			'plan_contribution.description_en',
			'plan_contribution.period_start',
			'plan_contribution.period_end',
			'plan_contribution.funder_reportable',
			'plan_contribution.status',
			'plan_contribution.created_at',
			'organization.name_fr as organization_name_fr',
			'organization.name_en as organization_name_en',
			'plan_action.description_fr as action_fr',
			'plan_action.description_en as action_en',
			'app_user.display_name as recorded_by_name'
		])
		.orderBy('plan_contribution.period_start', 'desc')
		.orderBy('organization.name_fr')
		.orderBy('plan_contribution.created_at', 'desc')
		.limit(5000)
		.execute();
}
export type ContributionRow = Awaited<ReturnType<typeof listContributions>>[number];

export async function getContribution(ctx: Ctx, partnershipId: string, id: string) {
	if (!isUuid(id)) return undefined;
	return scoped(ctx.db, partnershipId)
		.selectFrom('plan_contribution')
		.selectAll()
		.where('id', '=', id)
		.executeTakeFirst();
}

export interface Money {
	cash: number;
	inKind: number;
	total: number;
}
const zero = (): Money => ({ cash: 0, inKind: 0, total: 0 });
function add(m: Money, kind: ContributionKind, cents: number) {
	if (isCash(kind)) m.cash += cents;
	else m.inKind += cents;
	m.total += cents;
}

export interface ContributionTotals extends Money {
	count: number;
	hours: number;
	byKind: Record<ContributionKind, number>;
	byOrganization: ({ id: string; name_fr: string; name_en: string } & Money)[];
	byAction: ({ id: string | null; label_fr: string; label_en: string } & Money)[];
	/** Per fiscal year (April–March), newest first. */
	byPeriod: ({ fiscalYear: number; label: string } & Money)[];
}

/**
 * Totals of the contributions matching the filter, cash and in kind: overall, by kind, by
 * organization, by action and by fiscal year. One grouped query; the sums are exact cents.
 */
export async function contributionTotals(
	ctx: Ctx,
	partnershipId: string,
	filter: ContributionFilter = {}
): Promise<ContributionTotals> {
	const rows = await filtered(ctx.db, partnershipId, filter)
		.innerJoin('organization', 'organization.id', 'plan_contribution.organization_id')
		.leftJoin('plan_action', 'plan_action.id', 'plan_contribution.action_id')
		.select([
			'plan_contribution.organization_id',
			'organization.name_fr',
			'organization.name_en',
			'plan_contribution.action_id',
			'plan_action.description_fr as action_fr',
			'plan_action.description_en as action_en',
			'plan_contribution.kind',
			sql<number>`extract(year from plan_contribution.period_start - interval '3 months')::int`.as('fiscal_year'),
			sql<number>`count(*)::int`.as('n'),
			sql<number>`coalesce(sum(plan_contribution.amount_cents), 0)::bigint`.as('cents'),
			sql<number>`coalesce(sum(plan_contribution.hours), 0)::numeric`.as('hours')
		])
		.groupBy([
			'plan_contribution.organization_id',
			'organization.name_fr',
			'organization.name_en',
			'plan_contribution.action_id',
			'plan_action.description_fr',
			'plan_action.description_en',
			'plan_contribution.kind',
			sql`extract(year from plan_contribution.period_start - interval '3 months')`
		])
		.execute();
	return totalsFromGroups(rows);
}

/** Folds grouped sums (organization × action × kind × fiscal year) into the totals. */
export function totalsFromGroups(
	rows: {
		organization_id: string;
		name_fr: string;
		name_en: string;
		action_id: string | null;
		action_fr: string | null;
		action_en: string | null;
		kind: ContributionKind;
		fiscal_year: number;
		n: number;
		cents: number;
		hours: number;
	}[]
): ContributionTotals {
	const totals: ContributionTotals = {
		...zero(),
		count: 0,
		hours: 0,
		byKind: Object.fromEntries(contributionKinds.map((k) => [k, 0])) as Record<ContributionKind, number>,
		byOrganization: [],
		byAction: [],
		byPeriod: []
	};
	const orgs = new Map<string, ContributionTotals['byOrganization'][number]>();
	const actions = new Map<string, ContributionTotals['byAction'][number]>();
	const periods = new Map<number, ContributionTotals['byPeriod'][number]>();
	for (const r of rows) {
		const cents = Number(r.cents);
		add(totals, r.kind, cents);
		totals.count += Number(r.n);
		totals.hours += Number(r.hours);
		totals.byKind[r.kind] += cents;
		let org = orgs.get(r.organization_id);
		if (!org)
			orgs.set(r.organization_id, (org = { id: r.organization_id, name_fr: r.name_fr, name_en: r.name_en, ...zero() }));
		add(org, r.kind, cents);
		const actionKey = r.action_id ?? '';
		let action = actions.get(actionKey);
		if (!action)
			actions.set(
				actionKey,
				(action = {
					id: r.action_id,
					label_fr: r.action_id ? actionLabel(r.action_fr || r.action_en || '') : '',
					label_en: r.action_id ? actionLabel(r.action_en || r.action_fr || '') : '',
					...zero()
				})
			);
		add(action, r.kind, cents);
		const year = Number(r.fiscal_year);
		let period = periods.get(year);
		if (!period) periods.set(year, (period = { fiscalYear: year, label: fiscalYearLabel(year), ...zero() }));
		add(period, r.kind, cents);
	}
	totals.hours = Math.round(totals.hours * 100) / 100;
	totals.byOrganization = [...orgs.values()].sort((a, b) => b.total - a.total || a.name_fr.localeCompare(b.name_fr));
	// Contributions tied to no action last.
	totals.byAction = [...actions.values()].sort(
		(a, b) => Number(a.id === null) - Number(b.id === null) || b.total - a.total
	);
	totals.byPeriod = [...periods.values()].sort((a, b) => b.fiscalYear - a.fiscalYear);
	return totals;
}

/** The actions a contribution may be tied to: those of the partnership's active and closed plans. */
export async function contributionActionChoices(ctx: Ctx, partnershipId: string) {
	const rows = await scoped(ctx.db, partnershipId)
		.selectFrom('plan_action')
		.innerJoin('action_plan', 'action_plan.id', 'plan_action.plan_id')
		.select([
			'plan_action.id',
			'plan_action.description_fr',
			'plan_action.description_en',
			'action_plan.title_fr as plan_fr',
			'action_plan.title_en as plan_en'
		])
		.where('action_plan.status', '!=', 'draft')
		.where('plan_action.status', '!=', 'cancelled')
		.orderBy('action_plan.title_fr')
		.orderBy('plan_action.position')
		.limit(1000)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		label: {
			fr: actionLabel(r.description_fr || r.description_en),
			en: actionLabel(r.description_en || r.description_fr)
		},
		plan: { fr: r.plan_fr, en: r.plan_en }
	}));
}

/** The partnership's member organizations, for the coordinator's form and the filters. */
export async function contributionOrganizationChoices(ctx: Ctx, partnershipId: string) {
	return scoped(ctx.db, partnershipId)
		.selectFrom('organization')
		.select(['id', 'name_fr', 'name_en'])
		.where('is_member', '=', true)
		.orderBy(sql`lower(immutable_unaccent(name_fr))`)
		.execute();
}

// --- Export ------------------------------------------------------------------------------------

/**
 * The listed contributions as CSV in one language: headers and kinds translated, amounts as
 * plain decimals (machine-readable), a UTF-8 byte-order mark so spreadsheet programs read accents.
 */
export function contributionsCsv(rows: ContributionRow[], lang: Locale): string {
	const tr = translatorFor(lang);
	const p = (fr: string | null, en: string | null) => pick({ fr: fr ?? '', en: en ?? '' }, lang).text;
	const header = [
		tr('reports.col_period_start'),
		tr('reports.col_period_end'),
		tr('reports.col_fiscal_year'),
		tr('reports.col_organization'),
		tr('reports.col_kind'),
		tr('reports.col_cash_or_in_kind'),
		tr('reports.col_description'),
		tr('reports.col_action'),
		tr('reports.col_hours'),
		tr('reports.col_hourly_rate'),
		tr('reports.col_amount'),
		tr('reports.col_reportable'),
		tr('reports.col_status')
	];
	const body = rows.map((r) => [
		r.period_start,
		r.period_end,
		fiscalYearLabel(fiscalYearOf(r.period_start)),
		p(r.organization_name_fr, r.organization_name_en),
		tr(`reports.kind_${r.kind}`),
		isCash(r.kind) ? tr('reports.cash') : tr('reports.in_kind'),
		p(r.description_fr, r.description_en),
		r.action_id ? actionLabel(p(r.action_fr, r.action_en)) : '',
		r.hours === null ? '' : String(r.hours),
		r.hourly_rate_cents === null ? '' : centsToDecimal(r.hourly_rate_cents),
		centsToDecimal(r.amount_cents),
		r.funder_reportable ? tr('reports.yes') : tr('reports.no'),
		tr(`reports.status_${r.status}`)
	]);
	return '\ufeff' + stringify([header, ...body], { record_delimiter: '\r\n' });
}
