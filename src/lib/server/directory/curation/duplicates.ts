import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../../accounts/types.ts';
import { recordAudit } from '../../audit/index.ts';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { failure, ok, type Result } from '../../result.ts';
import { deleteAudited, updateAudited } from '../../tenancy/audited.ts';
import { scoped } from '../../tenancy/scoped.ts';
import { refreshServiceSearch } from '../search-index.ts';
import type { DuplicateEntity } from './db-schema.ts';

/**
 * Likely duplicates: the same service (or organization) entered twice, by hand or by an import.
 * A pair is scored from three signals, each computed by PostgreSQL:
 * - the names: pg_trgm similarity of the lower-cased, unaccented names (best of fr/en × fr/en);
 * - the phones: the same digits (the last ten, so "+1 (519) 555-0100" = "519.555.0100");
 * - the addresses: trigram similarity of "street city", or the same postal code.
 * score = 0.65 × name + 0.20 × phone + 0.15 × address. A pair is a likely duplicate at 0.5 and up,
 * so a shared switchboard number alone (an agency's services often share one) is not enough.
 */

type Db = Kysely<DB> | Transaction<DB>;
type Ctx = Pick<AppContext, 'db'>;

export const duplicateThreshold = 0.5;
export type DuplicateReason = 'similar_name' | 'same_name' | 'same_phone' | 'same_address' | 'same_organization';

export interface DuplicateCandidate {
	/** One name, or both languages of it. */
	name: string | { fr?: string; en?: string };
	/** One line ("123 Main St, London"), or its parts. */
	address?: string | { line?: string; city?: string; postalCode?: string } | null;
	phone?: string | null;
	organizationId?: string | null;
	/** The record being edited (never its own duplicate). */
	excludeId?: string | null;
}

export interface DuplicateMatch {
	id: string;
	name: { fr: string; en: string };
	organizationId: string | null;
	organizationName: { fr: string; en: string };
	score: number;
	reasons: DuplicateReason[];
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidPattern.test(value);

/** The digits that identify a phone number: the last ten (North American numbers), or none when too short. */
export function phoneDigits(value: string | null | undefined): string {
	const digits = (value ?? '').replace(/\D/g, '');
	if (digits.length < 7) return '';
	return digits.slice(-10);
}

export function normalizePostalCode(value: string | null | undefined): string {
	return (value ?? '').replace(/\s+/g, '').toUpperCase();
}

/** Canadian postal codes inside a free address line ("… London ON N6A 1B2"). */
const postalPattern = /\b([A-Za-z]\d[A-Za-z])\s?(\d[A-Za-z]\d)\b/;

export function scorePair(signals: {
	nameSim: number;
	samePhone: boolean;
	addressSim: number;
	sameOrganization: boolean;
}): { score: number; reasons: DuplicateReason[] } {
	const name = Math.max(0, Math.min(1, signals.nameSim));
	const address = signals.addressSim >= 0.5 ? Math.min(1, signals.addressSim) : 0;
	const score = Math.round((0.65 * name + (signals.samePhone ? 0.2 : 0) + 0.15 * address) * 1000) / 1000;
	const reasons: DuplicateReason[] = [];
	if (name >= 0.999) reasons.push('same_name');
	else if (name >= 0.45) reasons.push('similar_name');
	if (signals.samePhone) reasons.push('same_phone');
	if (address > 0) reasons.push('same_address');
	if (signals.sameOrganization) reasons.push('same_organization');
	return { score: Math.min(1, score), reasons };
}

function candidateParts(candidate: DuplicateCandidate) {
	const names =
		typeof candidate.name === 'string'
			? [candidate.name]
			: [candidate.name.fr ?? '', candidate.name.en ?? ''].filter((n) => n.trim());
	const a = candidate.address;
	let line = '';
	let postal = '';
	if (typeof a === 'string') {
		line = a;
		const m = postalPattern.exec(a);
		postal = m ? `${m[1]}${m[2]}`.toUpperCase() : '';
	} else if (a) {
		line = [a.line, a.city].filter(Boolean).join(' ');
		postal = normalizePostalCode(a.postalCode);
	}
	return {
		names: names.map((n) => n.trim()).filter(Boolean),
		line: line.trim(),
		postal,
		digits: phoneDigits(candidate.phone)
	};
}

const norm = (expr: ReturnType<typeof sql>) => sql`immutable_unaccent(lower(${expr}))`;

/**
 * Services that look like the candidate, best first (score ≥ 0.5). The editor calls it before a
 * save to warn; the HSDS import calls it for each incoming service.
 */
export async function findLikelyDuplicates(
	db: Db,
	partnershipId: string,
	candidate: DuplicateCandidate
): Promise<DuplicateMatch[]> {
	const c = candidateParts(candidate);
	if (!c.names.length && !c.digits) return [];
	const names = c.names.length ? c.names : [''];
	const exclude = isUuid(candidate.excludeId) ? candidate.excludeId : '00000000-0000-0000-0000-000000000000';
	const nameSims = names.map(
		(n) =>
			sql`greatest(similarity(${norm(sql`s.name_fr`)}, ${norm(sql`${n}::text`)}), similarity(${norm(sql`s.name_en`)}, ${norm(sql`${n}::text`)}))`
	);
	const rows = await sql<{
		id: string;
		name_fr: string;
		name_en: string;
		organization_id: string;
		org_fr: string;
		org_en: string;
		name_sim: number;
		same_phone: boolean;
		address_sim: number | null;
	}>`
		select s.id, s.name_fr, s.name_en, s.organization_id, o.name_fr as org_fr, o.name_en as org_en,
			greatest(${sql.join(nameSims)})::float8 as name_sim,
			(${c.digits} <> '' and exists (
				select 1 from phone p
				where p.partnership_id = s.partnership_id
				and (p.service_id = s.id or p.location_id in (
					select sal.location_id from service_at_location sal
					where sal.partnership_id = s.partnership_id and sal.service_id = s.id))
				and right(regexp_replace(p.number, '\\D', '', 'g'), 10) = ${c.digits}
			)) as same_phone,
			(select max(greatest(
					case when ${c.line} = '' then 0
						else similarity(${norm(sql`a.address_1 || ' ' || a.city`)}, ${norm(sql`${c.line}::text`)}) end,
					case when ${c.postal} <> '' and upper(replace(a.postal_code, ' ', '')) = ${c.postal} then 1 else 0 end
				))::float8
				from address a join service_at_location sal
					on sal.partnership_id = a.partnership_id and sal.location_id = a.location_id
				where a.partnership_id = s.partnership_id and sal.service_id = s.id) as address_sim
		from service s
		join organization o on o.partnership_id = s.partnership_id and o.id = s.organization_id
		where s.partnership_id = ${partnershipId} and s.id <> ${exclude}
	`.execute(db);
	return rows.rows
		.map((r) => {
			const { score, reasons } = scorePair({
				nameSim: Number(r.name_sim ?? 0),
				samePhone: Boolean(r.same_phone),
				addressSim: Number(r.address_sim ?? 0),
				sameOrganization: Boolean(candidate.organizationId && candidate.organizationId === r.organization_id)
			});
			return {
				id: r.id,
				name: { fr: r.name_fr, en: r.name_en },
				organizationId: r.organization_id,
				organizationName: { fr: r.org_fr, en: r.org_en },
				score,
				reasons
			};
		})
		.filter((m) => m.score >= duplicateThreshold)
		.sort((a, b) => b.score - a.score)
		.slice(0, 10);
}

/** Organizations that look like the candidate (names, phone digits, same e-mail), best first. */
export async function findLikelyDuplicateOrganizations(
	db: Db,
	partnershipId: string,
	candidate: {
		name: string | { fr?: string; en?: string };
		phone?: string | null;
		email?: string | null;
		excludeId?: string | null;
	}
): Promise<DuplicateMatch[]> {
	const c = candidateParts({ name: candidate.name, phone: candidate.phone });
	if (!c.names.length) return [];
	const email = (candidate.email ?? '').trim().toLowerCase();
	const exclude = isUuid(candidate.excludeId) ? candidate.excludeId : '00000000-0000-0000-0000-000000000000';
	const nameSims = c.names.map(
		(n) =>
			sql`greatest(similarity(${norm(sql`o.name_fr`)}, ${norm(sql`${n}::text`)}), similarity(${norm(sql`o.name_en`)}, ${norm(sql`${n}::text`)}))`
	);
	const rows = await sql<{
		id: string;
		name_fr: string;
		name_en: string;
		name_sim: number;
		same_phone: boolean;
		same_email: boolean;
	}>`
		select o.id, o.name_fr, o.name_en, greatest(${sql.join(nameSims)})::float8 as name_sim,
			(${c.digits} <> '' and right(regexp_replace(o.phone, '\\D', '', 'g'), 10) = ${c.digits}) as same_phone,
			(${email} <> '' and lower(o.email) = ${email}) as same_email
		from organization o
		where o.partnership_id = ${partnershipId} and o.id <> ${exclude}
	`.execute(db);
	return rows.rows
		.map((r) => {
			const { score, reasons } = scorePair({
				nameSim: Number(r.name_sim ?? 0),
				samePhone: Boolean(r.same_phone),
				addressSim: r.same_email ? 1 : 0,
				sameOrganization: false
			});
			return {
				id: r.id,
				name: { fr: r.name_fr, en: r.name_en },
				organizationId: r.id,
				organizationName: { fr: r.name_fr, en: r.name_en },
				score,
				reasons: reasons.map((x) => (x === 'same_address' ? 'same_organization' : x)) as DuplicateReason[]
			};
		})
		.filter((m) => m.score >= duplicateThreshold)
		.sort((a, b) => b.score - a.score)
		.slice(0, 10);
}

// --- Scanning the whole directory -----------------------------------------------------------------

interface PairSignals {
	a_id: string;
	b_id: string;
	name_sim: number;
	same_phone: boolean;
	address_sim: number | null;
	same_org: boolean;
}

async function servicePairs(db: Db, partnershipId: string): Promise<PairSignals[]> {
	const result = await sql<PairSignals>`
		with names as (
			select id, organization_id,
				nullif(immutable_unaccent(lower(name_fr)), '') as nf, nullif(immutable_unaccent(lower(name_en)), '') as ne
			from service where partnership_id = ${partnershipId}
		),
		phones as (
			select p.service_id, right(regexp_replace(p.number, '\\D', '', 'g'), 10) as d
			from phone p where p.partnership_id = ${partnershipId} and p.service_id is not null
			union
			select sal.service_id, right(regexp_replace(p.number, '\\D', '', 'g'), 10)
			from phone p join service_at_location sal on sal.partnership_id = p.partnership_id and sal.location_id = p.location_id
			where p.partnership_id = ${partnershipId}
		),
		digits as (select * from phones where length(d) >= 7),
		addrs as (
			select sal.service_id, immutable_unaccent(lower(a.address_1 || ' ' || a.city)) as line,
				upper(replace(a.postal_code, ' ', '')) as pc
			from address a join service_at_location sal on sal.partnership_id = a.partnership_id and sal.location_id = a.location_id
			where a.partnership_id = ${partnershipId}
		),
		scored as (
			select a.id as a_id, b.id as b_id, a.organization_id = b.organization_id as same_org,
				greatest(coalesce(similarity(a.nf, b.nf), 0), coalesce(similarity(a.ne, b.ne), 0),
					coalesce(similarity(a.nf, b.ne), 0), coalesce(similarity(a.ne, b.nf), 0))::float8 as name_sim
			from names a join names b on a.id < b.id
		)
		select s.a_id, s.b_id, s.name_sim, s.same_org,
			exists (select 1 from digits x join digits y on x.d = y.d where x.service_id = s.a_id and y.service_id = s.b_id) as same_phone,
			(select max(greatest(similarity(x.line, y.line), case when x.pc <> '' and x.pc = y.pc then 1 else 0 end))::float8
				from addrs x join addrs y on true where x.service_id = s.a_id and y.service_id = s.b_id) as address_sim
		from scored s
		where s.name_sim >= 0.3
			or exists (select 1 from digits x join digits y on x.d = y.d where x.service_id = s.a_id and y.service_id = s.b_id)
	`.execute(db);
	return result.rows;
}

async function organizationPairs(db: Db, partnershipId: string): Promise<PairSignals[]> {
	const result = await sql<PairSignals>`
		with names as (
			select id, nullif(immutable_unaccent(lower(name_fr)), '') as nf, nullif(immutable_unaccent(lower(name_en)), '') as ne,
				right(regexp_replace(phone, '\\D', '', 'g'), 10) as d, lower(email) as email
			from organization where partnership_id = ${partnershipId}
		),
		scored as (
			select a.id as a_id, b.id as b_id,
				greatest(coalesce(similarity(a.nf, b.nf), 0), coalesce(similarity(a.ne, b.ne), 0),
					coalesce(similarity(a.nf, b.ne), 0), coalesce(similarity(a.ne, b.nf), 0))::float8 as name_sim,
				(length(a.d) >= 7 and a.d = b.d) as same_phone,
				(case when a.email <> '' and a.email = b.email then 1 else 0 end)::float8 as address_sim
			from names a join names b on a.id < b.id
		)
		select a_id, b_id, name_sim, same_phone, address_sim, false as same_org from scored
		where name_sim >= 0.3 or same_phone or address_sim > 0
	`.execute(db);
	return result.rows;
}

/**
 * Looks for likely duplicate pairs across the directory (services and organizations) and flags
 * them for review. A pair already dismissed or merged stays so; an open flag gets the new score.
 */
export async function scanDuplicates(
	ctx: Ctx,
	partnershipId: string
): Promise<Result<{ services: number; organizations: number }>> {
	return ctx.db.transaction().execute(async (trx) => {
		const counts = { services: 0, organizations: 0 };
		for (const [entity, pairs] of [
			['service', await servicePairs(trx, partnershipId)],
			['organization', await organizationPairs(trx, partnershipId)]
		] as const) {
			for (const p of pairs) {
				const { score, reasons } = scorePair({
					nameSim: Number(p.name_sim ?? 0),
					samePhone: Boolean(p.same_phone),
					addressSim: Number(p.address_sim ?? 0),
					sameOrganization: Boolean(p.same_org)
				});
				if (score < duplicateThreshold) continue;
				await flagPair(trx, partnershipId, entity, p.a_id, p.b_id, score, reasons);
				counts[entity === 'service' ? 'services' : 'organizations']++;
			}
		}
		return ok(counts);
	});
}

/** Records a likely pair (the HSDS import also flags the pairs it sees). */
export async function flagPair(
	db: Db,
	partnershipId: string,
	entity: DuplicateEntity,
	x: string,
	y: string,
	score: number,
	reasons: string[]
): Promise<void> {
	const [a, b] = x < y ? [x, y] : [y, x];
	if (a === b) return;
	await db
		.insertInto('duplicate_flag')
		.values({ partnership_id: partnershipId, entity, a_id: a, b_id: b, score, reasons })
		.onConflict((oc) =>
			oc
				.columns(['partnership_id', 'entity', 'a_id', 'b_id'])
				.doUpdateSet({ score, reasons, updated_at: new Date() })
				.where('duplicate_flag.status', '=', 'open')
		)
		.execute();
}

export interface DuplicateFlagRow {
	id: string;
	entity: DuplicateEntity;
	a: { id: string; name: { fr: string; en: string }; organization: { fr: string; en: string } };
	b: { id: string; name: { fr: string; en: string }; organization: { fr: string; en: string } };
	score: number;
	reasons: string[];
	status: 'open' | 'merged' | 'dismissed';
	createdAt: Date;
}

/** The flags of one status (open by default), best score first. Pairs whose rows are gone are skipped. */
export async function listDuplicateFlags(
	ctx: Ctx,
	partnershipId: string,
	options: { status?: 'open' | 'merged' | 'dismissed'; limit?: number } = {}
): Promise<DuplicateFlagRow[]> {
	const rows = await sql<{
		id: string;
		entity: DuplicateEntity;
		a_id: string;
		b_id: string;
		score: number;
		reasons: string[];
		status: 'open' | 'merged' | 'dismissed';
		created_at: Date;
		a_fr: string;
		a_en: string;
		a_org_fr: string;
		a_org_en: string;
		b_fr: string;
		b_en: string;
		b_org_fr: string;
		b_org_en: string;
	}>`
		with named as (
			select s.id, s.name_fr, s.name_en, o.name_fr as org_fr, o.name_en as org_en
			from service s join organization o on o.partnership_id = s.partnership_id and o.id = s.organization_id
			where s.partnership_id = ${partnershipId}
			union all
			select o.id, o.name_fr, o.name_en, o.name_fr, o.name_en from organization o where o.partnership_id = ${partnershipId}
		)
		select f.id, f.entity, f.a_id, f.b_id, f.score, f.reasons, f.status, f.created_at,
			a.name_fr as a_fr, a.name_en as a_en, a.org_fr as a_org_fr, a.org_en as a_org_en,
			b.name_fr as b_fr, b.name_en as b_en, b.org_fr as b_org_fr, b.org_en as b_org_en
		from duplicate_flag f
		join named a on a.id = f.a_id
		join named b on b.id = f.b_id
		where f.partnership_id = ${partnershipId} and f.status = ${options.status ?? 'open'}
		order by f.score desc, f.created_at
		limit ${options.limit ?? 200}
	`.execute(ctx.db);
	return rows.rows.map((r) => ({
		id: r.id,
		entity: r.entity,
		a: { id: r.a_id, name: { fr: r.a_fr, en: r.a_en }, organization: { fr: r.a_org_fr, en: r.a_org_en } },
		b: { id: r.b_id, name: { fr: r.b_fr, en: r.b_en }, organization: { fr: r.b_org_fr, en: r.b_org_en } },
		score: Number(r.score),
		reasons: r.reasons,
		status: r.status,
		createdAt: r.created_at
	}));
}

export async function getDuplicateFlag(ctx: Ctx, partnershipId: string, id: string) {
	if (!isUuid(id)) return undefined;
	return scoped(ctx.db, partnershipId).selectFrom('duplicate_flag').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks a pair as not a duplicate: a later scan leaves it alone. */
export async function dismissDuplicate(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	flagId: string
): Promise<Result<{ id: string }>> {
	if (!isUuid(flagId)) return failure('common.error_not_found');
	return ctx.db.transaction().execute(async (trx) => {
		const updated = await updateAudited(
			trx,
			actor,
			partnershipId,
			'duplicate_flag',
			flagId,
			{ status: 'dismissed', resolved_by: actor.userId, resolved_at: new Date() },
			'duplicate_flag.dismiss'
		);
		if (!updated) return failure('common.error_not_found');
		return ok({ id: flagId });
	});
}

// --- Merging ---------------------------------------------------------------------------------------

/** Service columns a merge may take from the record that goes away. */
export const mergeableServiceFields = [
	'name_fr',
	'name_en',
	'alternate_name_fr',
	'alternate_name_en',
	'description_fr',
	'description_en',
	'url',
	'email',
	'status',
	'organization_id',
	'program_id',
	'interpretation_services_fr',
	'interpretation_services_en',
	'application_process_fr',
	'application_process_en',
	'fees_description_fr',
	'fees_description_en',
	'wait_time_fr',
	'wait_time_en',
	'eligibility_description_fr',
	'eligibility_description_en',
	'alert_fr',
	'alert_en',
	'minimum_age',
	'maximum_age',
	'eligible_statuses',
	'delivery_modes',
	'free_of_charge',
	'assured_date',
	'assurer_email'
] as const;

/** Organization columns a merge may take from the record that goes away. */
export const mergeableOrganizationFields = [
	'name_fr',
	'name_en',
	'acronym',
	'description_fr',
	'description_en',
	'alternate_name_fr',
	'alternate_name_en',
	'website',
	'email',
	'phone',
	'area_served_fr',
	'area_served_en',
	'languages',
	'sector',
	'tax_status',
	'tax_id',
	'legal_status',
	'year_incorporated',
	'uri'
] as const;

export type FieldChoices = Record<string, 'keep' | 'drop' | string>;

/** The (table, column) pairs whose composite foreign key points at `table` — every child, in every module. */
async function referencingColumns(db: Db, table: string): Promise<{ table: string; column: string }[]> {
	const result = await sql<{ table_name: string; column_name: string }>`
		select c.conrelid::regclass::text as table_name, a.attname as column_name
		from pg_constraint c
		join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[2]
		where c.contype = 'f' and c.confrelid = ${table}::regclass and array_length(c.conkey, 1) = 2
		order by 1, 2
	`.execute(db);
	return result.rows
		.filter((r) => r.column_name !== 'partnership_id')
		.map((r) => ({ table: r.table_name.replace(/^public\./, '').replace(/"/g, ''), column: r.column_name }));
}

/** Points every child row of `fromId` at `toId`; returns the moved ids (or counts) per table. */
async function moveReferences(
	trx: Transaction<DB>,
	partnershipId: string,
	table: string,
	fromId: string,
	toId: string,
	skip: (t: string, column: string) => boolean = () => false
): Promise<Record<string, number>> {
	const moved: Record<string, number> = {};
	for (const ref of await referencingColumns(trx, table)) {
		if (skip(ref.table, ref.column)) continue;
		const result = await sql`
			update ${sql.table(ref.table)} set ${sql.ref(ref.column)} = ${toId}
			where partnership_id = ${partnershipId} and ${sql.ref(ref.column)} = ${fromId}
		`.execute(trx);
		const count = Number(result.numAffectedRows ?? 0);
		if (count) moved[`${ref.table}.${ref.column}`] = count;
	}
	return moved;
}

function chosenValues<T extends Record<string, unknown>>(
	keep: T,
	drop: T,
	fields: readonly string[],
	choices: FieldChoices
): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const field of fields) {
		if (choices[field] === 'drop' && JSON.stringify(keep[field]) !== JSON.stringify(drop[field])) {
			values[field] = drop[field];
		}
	}
	return values;
}

async function resolveFlags(
	trx: Transaction<DB>,
	actor: Actor,
	partnershipId: string,
	entity: DuplicateEntity,
	keepId: string,
	dropId: string
) {
	const [a, b] = keepId < dropId ? [keepId, dropId] : [dropId, keepId];
	await scoped(trx, partnershipId)
		.updateTable('duplicate_flag')
		.set({ status: 'merged', resolved_by: actor.userId, resolved_at: new Date(), updated_at: new Date() })
		.where('entity', '=', entity)
		.where('a_id', '=', a)
		.where('b_id', '=', b)
		.execute();
	// Other flags of the record that went away no longer mean anything.
	await scoped(trx, partnershipId)
		.deleteFrom('duplicate_flag')
		.where('entity', '=', entity)
		.where('status', '=', 'open')
		.where((eb) => eb.or([eb('a_id', '=', dropId), eb('b_id', '=', dropId)]))
		.execute();
}

/**
 * Merges two services into `keepId`: fields marked 'drop' in `fieldChoices` are taken from the
 * other record; every child row (locations served, phones, hours, languages, costs, documents,
 * categories, suggestions, and any other module's rows pointing at the service) moves to the kept
 * one, duplicates among them are folded (same location, same language code, same category); the
 * other record is deleted. One transaction, audited, and the search rows are rebuilt.
 */
export async function mergeServices(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	keepId: string,
	dropId: string,
	fieldChoices: FieldChoices = {}
): Promise<Result<{ id: string; moved: Record<string, number> }>> {
	if (!isUuid(keepId) || !isUuid(dropId)) return failure('common.error_not_found');
	if (keepId === dropId) return failure('directory.duplicate_error_same');
	try {
		return await ctx.db.transaction().execute(async (trx) => {
			const s = scoped(trx, partnershipId);
			const keep = await s.selectFrom('service').selectAll().where('id', '=', keepId).forUpdate().executeTakeFirst();
			const drop = await s.selectFrom('service').selectAll().where('id', '=', dropId).forUpdate().executeTakeFirst();
			if (!keep || !drop) return failure('common.error_not_found');
			const values = chosenValues(keep, drop, mergeableServiceFields, fieldChoices);
			if (values.organization_id) {
				const org = await s
					.selectFrom('organization')
					.select('id')
					.where('id', '=', String(values.organization_id))
					.executeTakeFirst();
				if (!org) return failure('common.error_not_found');
			}
			if (values.program_id) {
				const prog = await s
					.selectFrom('program')
					.select('id')
					.where('id', '=', String(values.program_id))
					.executeTakeFirst();
				if (!prog) delete values.program_id;
			}

			// Locations both serve: the other's service-at-location folds into the kept one.
			const keepSals = await s
				.selectFrom('service_at_location')
				.select(['id', 'location_id'])
				.where('service_id', '=', keepId)
				.execute();
			const dropSals = await s
				.selectFrom('service_at_location')
				.select(['id', 'location_id'])
				.where('service_id', '=', dropId)
				.execute();
			const moved: Record<string, number> = {};
			const add = (m: Record<string, number>) => {
				for (const [k, v] of Object.entries(m)) moved[k] = (moved[k] ?? 0) + v;
			};
			for (const sal of dropSals) {
				const twin = keepSals.find((k) => k.location_id === sal.location_id);
				if (!twin) continue;
				add(
					await moveReferences(trx, partnershipId, 'service_at_location', sal.id, twin.id, (t) =>
						t.startsWith('service_search')
					)
				);
				await deleteAudited(trx, actor, partnershipId, 'service_at_location', sal.id);
			}
			// Languages and categories both carry: the other's copy goes.
			const keepCodes = (await s.selectFrom('language').select('code').where('service_id', '=', keepId).execute()).map(
				(r) => r.code
			);
			if (keepCodes.length) {
				await s.deleteFrom('language').where('service_id', '=', dropId).where('code', 'in', keepCodes).execute();
			}
			const keepTerms = (
				await s
					.selectFrom('attribute')
					.select('taxonomy_term_id')
					.where('link_entity', '=', 'service')
					.where('link_id', '=', keepId)
					.execute()
			).map((r) => r.taxonomy_term_id);
			if (keepTerms.length) {
				await s
					.deleteFrom('attribute')
					.where('link_entity', '=', 'service')
					.where('link_id', '=', dropId)
					.where('taxonomy_term_id', 'in', keepTerms)
					.execute();
			}
			const attrs = await s
				.updateTable('attribute')
				.set({ link_id: keepId })
				.where('link_entity', '=', 'service')
				.where('link_id', '=', dropId)
				.executeTakeFirst();
			if (Number(attrs.numUpdatedRows)) moved['attribute.link_id'] = Number(attrs.numUpdatedRows);
			// A verification answer for both: the kept one's stands.
			await sql`
				delete from verification_answer d
				where d.partnership_id = ${partnershipId} and d.service_id = ${dropId}
				and exists (select 1 from verification_answer k where k.partnership_id = d.partnership_id
					and k.request_id = d.request_id and k.service_id = ${keepId})
			`.execute(trx);
			add(await moveReferences(trx, partnershipId, 'service', dropId, keepId, (t) => t.startsWith('service_search')));

			const after = await updateAudited(trx, actor, partnershipId, 'service', keepId, values as never, 'service.merge');
			await deleteAudited(trx, actor, partnershipId, 'service', dropId);
			await recordAudit(trx, actor, {
				partnershipId,
				action: 'service.merged_into',
				entityType: 'service',
				entityId: dropId,
				before: drop,
				after: { mergedInto: keepId, fieldsTaken: Object.keys(values), moved, kept: after }
			});
			await resolveFlags(trx, actor, partnershipId, 'service', keepId, dropId);
			await refreshServiceSearch(trx, partnershipId, [keepId, dropId]);
			return ok({ id: keepId, moved });
		});
	} catch (error) {
		if (isConstraintError(error)) return failure('directory.duplicate_error_conflict');
		throw error;
	}
}

function isConstraintError(error: unknown): boolean {
	const code = (error as { code?: string })?.code;
	return code === '23505' || code === '23503' || code === '23514';
}

/**
 * Merges two organizations into `keepId`: its services, programs, locations, people, seats,
 * contacts, phones and every other row pointing at the organization move to the kept one; the
 * chosen fields are taken from the other; the other is deleted. One transaction, audited.
 */
export async function mergeOrganizations(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	keepId: string,
	dropId: string,
	fieldChoices: FieldChoices = {}
): Promise<Result<{ id: string; moved: Record<string, number> }>> {
	if (!isUuid(keepId) || !isUuid(dropId)) return failure('common.error_not_found');
	if (keepId === dropId) return failure('directory.duplicate_error_same');
	try {
		return await ctx.db.transaction().execute(async (trx) => {
			const s = scoped(trx, partnershipId);
			const keep = await s
				.selectFrom('organization')
				.selectAll()
				.where('id', '=', keepId)
				.forUpdate()
				.executeTakeFirst();
			const drop = await s
				.selectFrom('organization')
				.selectAll()
				.where('id', '=', dropId)
				.forUpdate()
				.executeTakeFirst();
			if (!keep || !drop) return failure('common.error_not_found');
			const values = chosenValues(keep, drop, mergeableOrganizationFields, fieldChoices);
			// The lead flag and membership follow either record (one lead per partnership).
			if (drop.is_lead && !keep.is_lead) {
				await s.updateTable('organization').set({ is_lead: false }).where('id', '=', dropId).execute();
				values.is_lead = true;
			}
			if (drop.is_member && !keep.is_member) values.is_member = true;
			if (!keep.logo_file_id && drop.logo_file_id) values.logo_file_id = drop.logo_file_id;
			// One verification request per organization and campaign: the kept one's stands.
			await sql`
				delete from verification_request d
				where d.partnership_id = ${partnershipId} and d.organization_id = ${dropId}
				and exists (select 1 from verification_request k where k.partnership_id = d.partnership_id
					and k.campaign_id = d.campaign_id and k.organization_id = ${keepId})
			`.execute(trx);
			const attrs = await s
				.updateTable('attribute')
				.set({ link_id: keepId })
				.where('link_entity', '=', 'organization')
				.where('link_id', '=', dropId)
				.executeTakeFirst();
			const moved = await moveReferences(trx, partnershipId, 'organization', dropId, keepId, (t) =>
				t.startsWith('service_search')
			);
			if (Number(attrs.numUpdatedRows)) moved['attribute.link_id'] = Number(attrs.numUpdatedRows);
			// The kept record cannot be its own parent.
			if (keep.parent_organization_id === dropId || values.parent_organization_id === keepId) {
				values.parent_organization_id = null;
			}
			await s
				.updateTable('organization')
				.set({ parent_organization_id: null })
				.where('id', '=', keepId)
				.where('parent_organization_id', '=', keepId)
				.execute();
			const after = await updateAudited(
				trx,
				actor,
				partnershipId,
				'organization',
				keepId,
				values as never,
				'organization.merge'
			);
			await deleteAudited(trx, actor, partnershipId, 'organization', dropId);
			await recordAudit(trx, actor, {
				partnershipId,
				action: 'organization.merged_into',
				entityType: 'organization',
				entityId: dropId,
				before: drop,
				after: { mergedInto: keepId, fieldsTaken: Object.keys(values), moved, kept: after }
			});
			await resolveFlags(trx, actor, partnershipId, 'organization', keepId, dropId);
			const services = await s.selectFrom('service').select('id').where('organization_id', '=', keepId).execute();
			if (services.length)
				await refreshServiceSearch(
					trx,
					partnershipId,
					services.map((r) => r.id)
				);
			return ok({ id: keepId, moved });
		});
	} catch (error) {
		if (isConstraintError(error)) return failure('directory.duplicate_error_conflict');
		throw error;
	}
}

/** The two records of a flag side by side: each mergeable field's two values, and what hangs below each. */
export async function duplicatePair(ctx: Ctx, partnershipId: string, flagId: string) {
	const flag = await getDuplicateFlag(ctx, partnershipId, flagId);
	if (!flag) return undefined;
	const s = scoped(ctx.db, partnershipId);
	const fields: readonly string[] = flag.entity === 'service' ? mergeableServiceFields : mergeableOrganizationFields;
	const load = async (id: string) =>
		flag.entity === 'service'
			? ((await s.selectFrom('service').selectAll().where('id', '=', id).executeTakeFirst()) as
					Record<string, unknown> | undefined)
			: ((await s.selectFrom('organization').selectAll().where('id', '=', id).executeTakeFirst()) as
					Record<string, unknown> | undefined);
	const a = await load(flag.a_id);
	const b = await load(flag.b_id);
	if (!a || !b) return undefined;
	const children = async (id: string) => {
		const counts: Record<string, number> = {};
		for (const ref of await referencingColumns(ctx.db, flag.entity)) {
			if (ref.table.startsWith('service_search')) continue;
			const r = await sql<{ n: number }>`
				select count(*)::int as n from ${sql.table(ref.table)}
				where partnership_id = ${partnershipId} and ${sql.ref(ref.column)} = ${id}`.execute(ctx.db);
			if (r.rows[0]?.n) counts[ref.table] = (counts[ref.table] ?? 0) + r.rows[0].n;
		}
		return counts;
	};
	const show = (value: unknown) =>
		value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
	return {
		flag: { id: flag.id, entity: flag.entity, score: flag.score, reasons: flag.reasons, status: flag.status },
		a: {
			id: flag.a_id,
			name: { fr: String(a.name_fr ?? ''), en: String(a.name_en ?? '') },
			children: await children(flag.a_id)
		},
		b: {
			id: flag.b_id,
			name: { fr: String(b.name_fr ?? ''), en: String(b.name_en ?? '') },
			children: await children(flag.b_id)
		},
		fields: fields
			.map((field) => ({ field, a: show(a[field]), b: show(b[field]) }))
			.filter((f) => f.a !== '' || f.b !== '')
	};
}
