import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import { inviteToPartnership } from '../accounts/invitations.ts';
import { recordAudit } from '../audit/index.ts';
import type { JoinRequestStatus, Sector } from '../db/schema.ts';
import { queueMail } from '../mail/index.ts';
import { failure, ok, zodFailure, type Input, type Result } from '../result.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { today } from './memberships.ts';
import { joinRequestInput, type JoinRequestInput } from './schemas.ts';

/**
 * The public "join the partnership" form. Anyone may submit; the membership committee
 * (coordinators) reviews. The requester gets an acknowledgement, coordinators a notice.
 */
export async function submitJoinRequest(
	ctx: Pick<AppContext, 'db' | 'config'>,
	partnershipId: string,
	raw: JoinRequestInput
): Promise<Result<{ id: string }>> {
	const parsed = joinRequestInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		// Abuse guard: a handful of open requests per address is plenty.
		const open = await s
			.selectFrom('join_request')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('contact_email', '=', v.contactEmail)
			.where('status', 'in', ['pending', 'more_info'])
			.executeTakeFirstOrThrow();
		if (open.n >= 3) return failure('partnership.error_join_too_many');
		const tables = v.tableIds.length
			? await s
					.selectFrom('governance_table')
					.select('id')
					.where('id', 'in', v.tableIds)
					.where('status', '=', 'active')
					.execute()
			: [];
		if (tables.length !== v.tableIds.length)
			return failure('common.error_form', { tableIds: ['validation.invalid_choice'] });
		const partnership = await trx
			.selectFrom('partnership')
			.select(['name_fr', 'name_en'])
			.where('id', '=', partnershipId)
			.executeTakeFirstOrThrow();
		const row = await insertAudited(trx, { userId: null, label: v.contactEmail }, partnershipId, 'join_request', {
			organization_name: v.organizationName,
			sector: v.sector as Sector,
			contact_name: v.contactName,
			contact_email: v.contactEmail,
			contact_phone: v.contactPhone,
			preferred_language: v.preferredLanguage,
			table_ids: v.tableIds,
			message: v.message
		});
		await queueMail(trx, {
			to: v.contactEmail,
			locale: v.preferredLanguage,
			partnershipId,
			template: {
				name: 'join_received',
				params: {
					name: v.contactName,
					partnership: { fr: partnership.name_fr, en: partnership.name_en },
					organization: v.organizationName
				}
			}
		});
		const coordinators = await trx
			.selectFrom('partnership_role')
			.innerJoin('app_user', 'app_user.id', 'partnership_role.user_id')
			.select(['app_user.email', 'app_user.locale'])
			.where('partnership_role.partnership_id', '=', partnershipId)
			.where('partnership_role.role', '=', 'coordinator')
			.where('app_user.status', '=', 'active')
			.execute();
		const slug = await trx
			.selectFrom('partnership')
			.select('slug')
			.where('id', '=', partnershipId)
			.executeTakeFirstOrThrow();
		for (const c of coordinators) {
			await queueMail(trx, {
				to: c.email,
				locale: c.locale,
				partnershipId,
				template: {
					name: 'join_new',
					params: {
						organization: v.organizationName,
						name: v.contactName,
						partnership: { fr: partnership.name_fr, en: partnership.name_en }
					},
					action: {
						url: `${ctx.config.publicOrigin}/${c.locale}/${slug.slug}/app/join-requests/${row.id}`,
						labelKey: 'mail.join_new.action'
					}
				}
			});
		}
		return ok({ id: row.id });
	});
}

const reviewInput = z.discriminatedUnion(
	'decision',
	[
		z.object({
			decision: z.literal('accept'),
			organizationId: z.union([z.literal(''), z.uuid()]).default(''),
			message: z.string().trim().max(5000).default('')
		}),
		z.object({
			decision: z.literal('decline'),
			message: z
				.string({ error: 'validation.required' })
				.trim()
				.min(1, { error: 'partnership.error_reason_required' })
				.max(5000, { error: 'validation.too_long' })
		}),
		z.object({
			decision: z.literal('more_info'),
			message: z
				.string({ error: 'validation.required' })
				.trim()
				.min(1, { error: 'partnership.error_question_required' })
				.max(5000, { error: 'validation.too_long' })
		})
	],
	{ error: 'validation.invalid_choice' }
);

/**
 * The membership committee's answer. Accepting creates (or reuses) the organization, the contact
 * person, their seats at the tables asked for, and an invitation to an account; the requester is
 * told in their language either way.
 */
export async function reviewJoinRequest(
	ctx: Pick<AppContext, 'db' | 'config'>,
	actor: Actor & { role: 'coordinator' | 'member' | 'viewer' },
	partnershipId: string,
	requestId: string,
	raw: Input<typeof reviewInput>
): Promise<Result<{ status: JoinRequestStatus; organizationId?: string }>> {
	const parsed = reviewInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	type Decided = { status: JoinRequestStatus; organizationId?: string; email: string; lang: 'fr' | 'en' };
	const result = await ctx.db.transaction().execute(async (trx): Promise<Result<Decided>> => {
		const s = scoped(trx, partnershipId);
		const request = await s
			.selectFrom('join_request')
			.selectAll()
			.where('id', '=', requestId)
			.forUpdate()
			.executeTakeFirst();
		if (!request) return failure('common.error_not_found');
		if (request.status === 'accepted' || request.status === 'declined')
			return failure('partnership.error_join_already_decided');
		const partnership = await trx
			.selectFrom('partnership')
			.select(['name_fr', 'name_en'])
			.where('id', '=', partnershipId)
			.executeTakeFirstOrThrow();
		const lang = request.preferred_language;
		const status: JoinRequestStatus =
			v.decision === 'accept' ? 'accepted' : v.decision === 'decline' ? 'declined' : 'more_info';
		let organizationId: string | undefined;
		if (v.decision === 'accept') {
			if (v.organizationId) {
				const existing = await s
					.selectFrom('organization')
					.select('id')
					.where('id', '=', v.organizationId)
					.executeTakeFirst();
				if (!existing) return failure('common.error_form', { organizationId: ['validation.invalid_choice'] });
				organizationId = existing.id;
			} else {
				const org = await insertAudited(trx, actor, partnershipId, 'organization', {
					name_fr: request.organization_name,
					name_en: request.organization_name,
					sector: request.sector,
					joined_on: today()
				});
				organizationId = org.id;
			}
			const [givenName, ...rest] = request.contact_name.split(/\s+/);
			const person = await insertAudited(trx, actor, partnershipId, 'person', {
				organization_id: organizationId,
				given_name: givenName || request.contact_name,
				family_name: rest.join(' '),
				email: request.contact_email,
				phone: request.contact_phone,
				preferred_language: lang
			});
			for (const tableId of request.table_ids) {
				const table = await s.selectFrom('governance_table').select('id').where('id', '=', tableId).executeTakeFirst();
				if (!table) continue;
				await insertAudited(trx, actor, partnershipId, 'table_membership', {
					table_id: tableId,
					organization_id: organizationId,
					role: 'member',
					start_date: today()
				});
				await insertAudited(trx, actor, partnershipId, 'table_membership', {
					table_id: tableId,
					person_id: person.id,
					role: 'member',
					start_date: today()
				});
			}
		}
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'join_request',
			request.id,
			{
				status,
				organization_id: organizationId ?? request.organization_id,
				reviewer_message: v.message,
				reviewed_by: actor.userId,
				reviewed_at: new Date()
			},
			`join_request.${v.decision}`
		);
		await queueMail(trx, {
			to: request.contact_email,
			locale: lang,
			partnershipId,
			template: {
				name: `join_${status}`,
				params: {
					name: request.contact_name,
					partnership: { fr: partnership.name_fr, en: partnership.name_en },
					message: v.message || '—'
				}
			}
		});
		return ok({ status, organizationId, email: request.contact_email, lang });
	});
	if (!result.ok) return result;
	if (result.value.status === 'accepted') {
		// The invitation has its own transaction and e-mail; an account that already exists is fine.
		const value = result.value;
		const invited = await inviteToPartnership(
			ctx,
			actor.role === 'coordinator' ? actor : { ...actor, role: 'coordinator' },
			{ partnershipId, email: value.email, role: 'member', locale: value.lang }
		);
		if (!invited.ok && invited.code !== 'accounts.error_already_member') {
			await recordAudit(ctx.db, actor, {
				partnershipId,
				action: 'join_request.invite_failed',
				entityType: 'join_request',
				entityId: requestId,
				after: { code: invited.code }
			});
		}
	}
	return ok({ status: result.value.status, organizationId: result.value.organizationId });
}

export async function listJoinRequests(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	status?: JoinRequestStatus | 'open'
) {
	let q = scoped(ctx.db, partnershipId).selectFrom('join_request').selectAll().orderBy('created_at', 'desc');
	if (status === 'open') q = q.where('status', 'in', ['pending', 'more_info']);
	else if (status) q = q.where('status', '=', status);
	return q.execute();
}

export async function getJoinRequest(ctx: Pick<AppContext, 'db'>, partnershipId: string, id: string) {
	if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
	return scoped(ctx.db, partnershipId).selectFrom('join_request').selectAll().where('id', '=', id).executeTakeFirst();
}
