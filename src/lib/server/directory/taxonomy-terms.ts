import type { Transaction } from 'kysely';
import type { Actor } from '../accounts/types.ts';
import type { DB } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { deleteAudited, insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { isUuid } from './read.ts';
import { termInput, type TermInput } from './schemas.ts';
import { refreshServiceSearch, refreshTermLabels } from './search-index.ts';
import { inTransaction } from './services.ts';
import { ensureDirectoryTaxonomy } from './taxonomy.ts';
import type { AppContext } from '../context.ts';

type Ctx = Pick<AppContext, 'db'>;

/** The term and every term under it. */
async function subtree(trx: Transaction<DB>, partnershipId: string, termId: string): Promise<string[]> {
	const s = scoped(trx, partnershipId);
	const ids = [termId];
	let frontier = [termId];
	while (frontier.length && ids.length < 5000) {
		const children = await s.selectFrom('taxonomy_term').select('id').where('parent_id', 'in', frontier).execute();
		frontier = children.map((c) => c.id).filter((id) => !ids.includes(id));
		ids.push(...frontier);
	}
	return ids;
}

/** Services carrying any of these terms. */
async function servicesWith(trx: Transaction<DB>, partnershipId: string, termIds: string[]): Promise<string[]> {
	if (!termIds.length) return [];
	const rows = await scoped(trx, partnershipId)
		.selectFrom('attribute')
		.select('link_id')
		.where('link_entity', '=', 'service')
		.where('taxonomy_term_id', 'in', termIds)
		.execute();
	return [...new Set(rows.map((r) => r.link_id))];
}

/**
 * The coordinator extends the taxonomy: adds a term (under a parent or at the top), renames one,
 * sets its names in newcomer languages and its synonyms. The search rows of the services that
 * carry it (or a term under it) are rebuilt, since they hold category names.
 */
export async function saveTaxonomyTerm(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: TermInput
): Promise<Result<{ id: string }>> {
	const parsed = termInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	if (id !== null && !isUuid(id)) return failure('common.error_not_found');
	return inTransaction(ctx.db, async (trx) => {
		const s = scoped(trx, partnershipId);
		const existing = id
			? await s.selectFrom('taxonomy_term').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
			: undefined;
		if (id && !existing) return failure('common.error_not_found');
		const taxonomyId =
			v.taxonomyId ?? existing?.taxonomy_id ?? (await ensureDirectoryTaxonomy(trx, partnershipId, actor)).taxonomyId;
		const taxonomy = await s.selectFrom('taxonomy').select('id').where('id', '=', taxonomyId).executeTakeFirst();
		if (!taxonomy) return failure('common.error_form', { taxonomyId: ['directory.error_unknown_taxonomy'] });
		if (existing && existing.taxonomy_id !== taxonomyId) {
			return failure('common.error_form', { taxonomyId: ['directory.error_unknown_taxonomy'] });
		}
		if (v.parentId) {
			const parent = await s
				.selectFrom('taxonomy_term')
				.select(['id', 'taxonomy_id'])
				.where('id', '=', v.parentId)
				.executeTakeFirst();
			if (!parent || parent.taxonomy_id !== taxonomyId) {
				return failure('common.error_form', { parentId: ['directory.error_unknown_term'] });
			}
			if (id && (await subtree(trx, partnershipId, id)).includes(v.parentId)) {
				return failure('common.error_form', { parentId: ['directory.error_term_parent_cycle'] });
			}
		}
		if (v.code) {
			const clash = await s
				.selectFrom('taxonomy_term')
				.select('id')
				.where('taxonomy_id', '=', taxonomyId)
				.where('code', '=', v.code)
				.executeTakeFirst();
			if (clash && clash.id !== id) return failure('common.error_form', { code: ['directory.error_term_code_taken'] });
		}
		let position = v.position;
		if (position === undefined) {
			if (existing) position = existing.position;
			else {
				const last = await s
					.selectFrom('taxonomy_term')
					.select((eb) => eb.fn.max('position').as('p'))
					.where('taxonomy_id', '=', taxonomyId)
					.executeTakeFirst();
				position = Number(last?.p ?? 0) + 1;
			}
		}
		const row = {
			taxonomy_id: taxonomyId,
			parent_id: v.parentId,
			code: v.code,
			name_fr: v.nameFr,
			name_en: v.nameEn,
			description_fr: v.descriptionFr,
			description_en: v.descriptionEn,
			names: JSON.stringify(v.names),
			synonyms: v.synonyms,
			theme: v.theme,
			position
		};
		let termId: string;
		if (existing) {
			await updateAudited(trx, actor, partnershipId, 'taxonomy_term', existing.id, row);
			termId = existing.id;
		} else {
			termId = (await insertAudited(trx, actor, partnershipId, 'taxonomy_term', row)).id;
		}
		// Category names and synonyms feed every search row (and the term labels search keeps): the
		// whole partnership is rebuilt when a used term changes. Term edits are rare.
		const services = await servicesWith(trx, partnershipId, await subtree(trx, partnershipId, termId));
		if (services.length) await refreshServiceSearch(trx, partnershipId);
		else await refreshTermLabels(trx, partnershipId);
		return ok({ id: termId });
	});
}

/** Removes a term no service (nor attribute of any record) uses and that has no terms under it. */
export async function deleteTaxonomyTerm(
	ctx: Ctx,
	actor: Actor,
	partnershipId: string,
	id: string
): Promise<Result<{ id: string }>> {
	if (!isUuid(id)) return failure('common.error_not_found');
	return inTransaction(ctx.db, async (trx) => {
		const s = scoped(trx, partnershipId);
		const term = await s.selectFrom('taxonomy_term').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
		if (!term) return failure('common.error_not_found');
		const child = await s
			.selectFrom('taxonomy_term')
			.select('id')
			.where('parent_id', '=', id)
			.limit(1)
			.executeTakeFirst();
		if (child) return failure('directory.error_term_has_children');
		const used = await s
			.selectFrom('attribute')
			.select('id')
			.where('taxonomy_term_id', '=', id)
			.limit(1)
			.executeTakeFirst();
		if (used) return failure('directory.error_term_in_use');
		await deleteAudited(trx, actor, partnershipId, 'taxonomy_term', id);
		await refreshTermLabels(trx, partnershipId);
		return ok({ id });
	});
}
