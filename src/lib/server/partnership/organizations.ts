import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import type { Sector } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { organizationInput, type OrganizationInput } from './schemas.ts';

function toRow(v: ReturnType<typeof organizationInput.parse>) {
	return {
		name_fr: v.nameFr,
		name_en: v.nameEn,
		acronym: v.acronym,
		description_fr: v.descriptionFr,
		description_en: v.descriptionEn,
		sector: v.sector as Sector,
		network_type: v.networkType as 'community',
		languages: v.languages,
		area_served_fr: v.areaServedFr,
		area_served_en: v.areaServedEn,
		is_lead: v.isLead,
		status: v.status,
		website: v.website,
		email: v.email,
		phone: v.phone,
		joined_on: v.joinedOn,
		left_on: v.leftOn
	};
}

/** Creates or updates a partner organization. The lead flag moves: one lead per partnership. */
export async function saveOrganization(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: OrganizationInput
): Promise<Result<{ id: string }>> {
	const parsed = organizationInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const row = toRow(parsed.data);
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		if (row.is_lead) {
			const current = await s.selectFrom('organization').select('id').where('is_lead', '=', true).executeTakeFirst();
			if (current && current.id !== id) {
				await updateAudited(trx, actor, partnershipId, 'organization', current.id, { is_lead: false });
			}
		}
		if (!id) {
			const created = await insertAudited(trx, actor, partnershipId, 'organization', row);
			return ok({ id: created.id });
		}
		const updated = await updateAudited(trx, actor, partnershipId, 'organization', id, row);
		return updated ? ok({ id }) : failure('common.error_not_found');
	});
}

export interface OrganizationFilter {
	q?: string;
	sector?: string;
	status?: 'active' | 'former' | 'all';
	/** Partner organizations (the default), or also those listed only in the directory. */
	membership?: 'member' | 'all';
}

export async function listOrganizations(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	filter: OrganizationFilter = {}
) {
	let q = scoped(ctx.db, partnershipId)
		.selectFrom('organization')
		.select([
			'organization.id',
			'name_fr',
			'name_en',
			'acronym',
			'sector',
			'network_type',
			'languages',
			'is_lead',
			'status',
			'area_served_fr',
			'area_served_en',
			'website',
			'description_fr',
			'description_en',
			'joined_on',
			'left_on',
			'logo_file_id',
			(eb) =>
				eb
					.selectFrom('table_membership')
					.select((e) => e.fn.countAll<number>().as('n'))
					.whereRef('table_membership.organization_id', '=', 'organization.id')
					.where('table_membership.end_date', 'is', null)
					.as('seats')
		])
		.orderBy('is_lead', 'desc')
		.orderBy(sql`lower(immutable_unaccent(name_fr))`);
	const status = filter.status ?? 'active';
	if (status !== 'all') q = q.where('status', '=', status);
	if ((filter.membership ?? 'member') === 'member') q = q.where('is_member', '=', true);
	if (filter.sector) q = q.where('sector', '=', filter.sector as Sector);
	if (filter.q?.trim()) {
		const term = `%${filter.q
			.trim()
			.toLowerCase()
			.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
		q = q.where(
			sql<boolean>`immutable_unaccent(lower(name_fr || ' ' || name_en || ' ' || acronym)) like immutable_unaccent(${term})`
		);
	}
	return q.execute();
}

export async function getOrganization(ctx: Pick<AppContext, 'db'>, partnershipId: string, id: string) {
	if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
	return scoped(ctx.db, partnershipId).selectFrom('organization').selectAll().where('id', '=', id).executeTakeFirst();
}
