import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import { newToken } from '../accounts/tokens.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { personInput, type PersonInput } from './schemas.ts';

/** Creates or updates a representative or member. Their organization must be this partnership's. */
export async function savePerson(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: PersonInput
): Promise<Result<{ id: string }>> {
	const parsed = personInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		if (v.organizationId) {
			const org = await scoped(trx, partnershipId)
				.selectFrom('organization')
				.select('id')
				.where('id', '=', v.organizationId)
				.executeTakeFirst();
			if (!org) return failure('common.error_form', { organizationId: ['validation.invalid_choice'] });
		}
		const row = {
			organization_id: v.organizationId,
			given_name: v.givenName,
			family_name: v.familyName,
			email: v.email.toLowerCase(),
			phone: v.phone,
			title_fr: v.titleFr,
			title_en: v.titleEn,
			preferred_language: v.preferredLanguage,
			contact_by: v.contactBy,
			public_profile: v.publicProfile,
			status: v.status
		};
		if (!id) {
			const created = await insertAudited(trx, actor, partnershipId, 'person', { ...row, calendar_token: newToken() });
			return ok({ id: created.id });
		}
		const updated = await updateAudited(trx, actor, partnershipId, 'person', id, row);
		return updated ? ok({ id }) : failure('common.error_not_found');
	});
}

export async function listPeople(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	filter: { q?: string; organizationId?: string; includeFormer?: boolean } = {}
) {
	let q = scoped(ctx.db, partnershipId)
		.selectFrom('person')
		.leftJoin('organization', 'organization.id', 'person.organization_id')
		.select([
			'person.id',
			'person.given_name',
			'person.family_name',
			'person.email',
			'person.phone',
			'person.title_fr',
			'person.title_en',
			'person.preferred_language',
			'person.public_profile',
			'person.status',
			'person.user_id',
			'person.organization_id',
			'organization.name_fr as organization_name_fr',
			'organization.name_en as organization_name_en'
		])
		.orderBy(sql`lower(immutable_unaccent(person.family_name))`)
		.orderBy(sql`lower(immutable_unaccent(person.given_name))`);
	if (!filter.includeFormer) q = q.where('person.status', '=', 'active');
	if (filter.organizationId) q = q.where('person.organization_id', '=', filter.organizationId);
	if (filter.q?.trim()) {
		const term = `%${filter.q
			.trim()
			.toLowerCase()
			.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
		q = q.where(
			sql<boolean>`immutable_unaccent(lower(person.given_name || ' ' || person.family_name || ' ' || person.email)) like immutable_unaccent(${term})`
		);
	}
	return q.execute();
}

export async function getPerson(ctx: Pick<AppContext, 'db'>, partnershipId: string, id: string) {
	if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
	return scoped(ctx.db, partnershipId).selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Links a person record to the account with the same e-mail, when both exist. */
export async function linkPersonToAccount(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	userId: string,
	email: string
) {
	return ctx.db.transaction().execute(async (trx) => {
		const person = await scoped(trx, partnershipId)
			.selectFrom('person')
			.select('id')
			.where(sql<boolean>`lower(email) = ${email.toLowerCase()}`)
			.where('user_id', 'is', null)
			.executeTakeFirst();
		if (!person) return null;
		await updateAudited(trx, actor, partnershipId, 'person', person.id, { user_id: userId }, 'person.link_account');
		return person.id;
	});
}
