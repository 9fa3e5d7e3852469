import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import type { MembershipRole } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { dateOnly, membershipInput, type MembershipInput } from './schemas.ts';

export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/**
 * Seats a person or an organization at a table. A current seat for the same member at the same
 * table is refused; to change a role, `changeMembershipRole` ends the seat and opens a new one.
 */
export async function addMembership(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	raw: MembershipInput
): Promise<Result<{ id: string }>> {
	const parsed = membershipInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const table = await s.selectFrom('governance_table').select('id').where('id', '=', v.tableId).executeTakeFirst();
		if (!table) return failure('common.error_form', { tableId: ['validation.invalid_choice'] });
		if (v.personId && !(await s.selectFrom('person').select('id').where('id', '=', v.personId).executeTakeFirst())) {
			return failure('common.error_form', { personId: ['validation.invalid_choice'] });
		}
		if (
			v.organizationId &&
			!(await s.selectFrom('organization').select('id').where('id', '=', v.organizationId).executeTakeFirst())
		) {
			return failure('common.error_form', { organizationId: ['validation.invalid_choice'] });
		}
		let current = s
			.selectFrom('table_membership')
			.select('id')
			.where('table_id', '=', v.tableId)
			.where('end_date', 'is', null);
		current = v.personId
			? current.where('person_id', '=', v.personId)
			: current.where('organization_id', '=', v.organizationId!);
		if (await current.executeTakeFirst()) return failure('partnership.error_already_seated');
		const created = await insertAudited(trx, actor, partnershipId, 'table_membership', {
			table_id: v.tableId,
			person_id: v.personId,
			organization_id: v.organizationId,
			role: v.role as MembershipRole,
			start_date: v.startDate ?? today(),
			note: v.note
		});
		return ok({ id: created.id });
	});
}

/** Ends a seat on a date (today by default). The row stays, for the history. */
export async function endMembership(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	membershipId: string,
	endDate: string = today()
): Promise<Result<null>> {
	if (!dateOnly.safeParse(endDate).success)
		return failure('common.error_form', { endDate: ['validation.invalid_date'] });
	return ctx.db.transaction().execute(async (trx) => {
		const seat = await scoped(trx, partnershipId)
			.selectFrom('table_membership')
			.select(['id', 'start_date', 'end_date'])
			.where('id', '=', membershipId)
			.executeTakeFirst();
		if (!seat || seat.end_date) return failure('common.error_not_found');
		if (endDate < seat.start_date)
			return failure('common.error_form', { endDate: ['partnership.error_end_before_start'] });
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'table_membership',
			membershipId,
			{ end_date: endDate },
			'table_membership.end'
		);
		return ok(null);
	});
}

/** A new role is a new seat: the old one ends today and the new one starts today. */
export async function changeMembershipRole(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	membershipId: string,
	role: string
): Promise<Result<{ id: string }>> {
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const seat = await s
			.selectFrom('table_membership')
			.selectAll()
			.where('id', '=', membershipId)
			.where('end_date', 'is', null)
			.executeTakeFirst();
		if (!seat) return failure('common.error_not_found');
		if (seat.role === role) return ok({ id: seat.id });
		const parsed = membershipInput.safeParse({
			tableId: seat.table_id,
			personId: seat.person_id,
			organizationId: seat.organization_id,
			role
		});
		if (!parsed.success) return zodFailure(parsed.error);
		const day = today();
		if (seat.start_date === day) {
			// Opened today: correct it in place rather than leave a zero-day seat in the history.
			await updateAudited(
				trx,
				actor,
				partnershipId,
				'table_membership',
				seat.id,
				{ role: role as MembershipRole },
				'table_membership.change_role'
			);
			return ok({ id: seat.id });
		}
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'table_membership',
			seat.id,
			{ end_date: day },
			'table_membership.end'
		);
		const created = await insertAudited(trx, actor, partnershipId, 'table_membership', {
			table_id: seat.table_id,
			person_id: seat.person_id,
			organization_id: seat.organization_id,
			role: role as MembershipRole,
			start_date: day,
			note: seat.note
		});
		return ok({ id: created.id });
	});
}

/** The seats at one table: current ones, or all with history. */
export async function listTableMembers(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	tableId: string,
	options: { history?: boolean } = {}
) {
	let q = scoped(ctx.db, partnershipId)
		.selectFrom('table_membership')
		.leftJoin('person', 'person.id', 'table_membership.person_id')
		.leftJoin('organization as person_org', 'person_org.id', 'person.organization_id')
		.leftJoin('organization', 'organization.id', 'table_membership.organization_id')
		.select([
			'table_membership.id',
			'table_membership.role',
			'table_membership.start_date',
			'table_membership.end_date',
			'table_membership.note',
			'table_membership.person_id',
			'table_membership.organization_id',
			'person.given_name',
			'person.family_name',
			'person.public_profile',
			'organization.name_fr as organization_name_fr',
			'organization.name_en as organization_name_en',
			'organization.sector as organization_sector',
			'person_org.name_fr as person_org_name_fr',
			'person_org.name_en as person_org_name_en',
			'person_org.sector as person_org_sector'
		])
		.where('table_membership.table_id', '=', tableId)
		.orderBy(
			sql`case table_membership.role when 'chair' then 0 when 'co_chair' then 1 when 'secretary' then 2 when 'newcomer_representative' then 3 when 'member' then 4 else 5 end`
		)
		.orderBy(sql`coalesce(organization.name_fr, person.family_name)`);
	if (!options.history) q = q.where('table_membership.end_date', 'is', null);
	return q.execute();
}

/** Where one person or organization sits, now and before. */
export async function listSeatsOf(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	member: { personId?: string; organizationId?: string }
) {
	let q = scoped(ctx.db, partnershipId)
		.selectFrom('table_membership')
		.innerJoin('governance_table', 'governance_table.id', 'table_membership.table_id')
		.select([
			'table_membership.id',
			'table_membership.role',
			'table_membership.start_date',
			'table_membership.end_date',
			'governance_table.id as table_id',
			'governance_table.name_fr',
			'governance_table.name_en',
			'governance_table.kind'
		])
		.orderBy('table_membership.end_date', (ob) => ob.desc().nullsFirst())
		.orderBy('table_membership.start_date', 'desc');
	if (member.personId) q = q.where('table_membership.person_id', '=', member.personId);
	else if (member.organizationId) q = q.where('table_membership.organization_id', '=', member.organizationId);
	else return [];
	return q.execute();
}
