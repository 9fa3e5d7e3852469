import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import { newToken } from '../accounts/tokens.ts';
import type { TableKind } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { tableInput, type TableInput } from './schemas.ts';

/** Creates or updates a table (the council, a sub-council, a working group…). No cycles, one level tree at a time. */
export async function saveTable(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	id: string | null,
	raw: TableInput
): Promise<Result<{ id: string }>> {
	const parsed = tableInput.safeParse(raw);
	if (!parsed.success) return zodFailure(parsed.error);
	const v = parsed.data;
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		if (v.parentId) {
			// Walk up from the new parent: finding this table there would make a cycle.
			let cursor: string | null = v.parentId;
			const seen = new Set<string>();
			while (cursor) {
				if (cursor === id || seen.has(cursor))
					return failure('common.error_form', { parentId: ['partnership.error_table_cycle'] });
				seen.add(cursor);
				const parent: { parent_id: string | null } | undefined = await s
					.selectFrom('governance_table')
					.select('parent_id')
					.where('id', '=', cursor)
					.executeTakeFirst();
				if (!parent) return failure('common.error_form', { parentId: ['validation.invalid_choice'] });
				cursor = parent.parent_id;
			}
		}
		const row = {
			parent_id: v.parentId,
			kind: v.kind as TableKind,
			theme: v.theme,
			name_fr: v.nameFr,
			name_en: v.nameEn,
			mandate_fr: v.mandateFr,
			mandate_en: v.mandateEn,
			start_date: v.startDate,
			end_date: v.endDate,
			status: v.status,
			position: v.position
		};
		if (!id) {
			const created = await insertAudited(trx, actor, partnershipId, 'governance_table', {
				...row,
				calendar_token: newToken()
			});
			return ok({ id: created.id });
		}
		const updated = await updateAudited(trx, actor, partnershipId, 'governance_table', id, row);
		return updated ? ok({ id }) : failure('common.error_not_found');
	});
}

export interface TableNode {
	id: string;
	parent_id: string | null;
	kind: TableKind;
	theme: string;
	name_fr: string;
	name_en: string;
	mandate_fr: string;
	mandate_en: string;
	start_date: string | null;
	end_date: string | null;
	status: string;
	position: number;
	member_count: number;
	children: TableNode[];
}

/** All tables as a tree (council first), with the number of current seats. */
export async function tableTree(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	options: { includeClosed?: boolean } = {}
): Promise<TableNode[]> {
	let q = scoped(ctx.db, partnershipId)
		.selectFrom('governance_table')
		.select([
			'governance_table.id',
			'parent_id',
			'kind',
			'theme',
			'name_fr',
			'name_en',
			'mandate_fr',
			'mandate_en',
			'start_date',
			'end_date',
			'status',
			'position',
			(eb) =>
				eb
					.selectFrom('table_membership')
					.select((e) => e.fn.countAll<number>().as('n'))
					.whereRef('table_membership.table_id', '=', 'governance_table.id')
					.where('table_membership.end_date', 'is', null)
					.as('member_count')
		])
		.orderBy('position')
		.orderBy('name_fr');
	if (!options.includeClosed) q = q.where('status', '!=', 'closed');
	const rows = await q.execute();
	const nodes = new Map<string, TableNode>(
		rows.map((r) => [r.id, { ...r, member_count: Number(r.member_count ?? 0), children: [] }])
	);
	const roots: TableNode[] = [];
	for (const node of nodes.values()) {
		const parent = node.parent_id ? nodes.get(node.parent_id) : undefined;
		if (parent) parent.children.push(node);
		else roots.push(node);
	}
	const kindOrder = (k: TableKind) => (k === 'council' ? 0 : 1);
	roots.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.position - b.position);
	return roots;
}

export function flattenTree(nodes: TableNode[], depth = 0): (TableNode & { depth: number })[] {
	return nodes.flatMap((n) => [{ ...n, depth }, ...flattenTree(n.children, depth + 1)]);
}

export async function getTable(ctx: Pick<AppContext, 'db'>, partnershipId: string, id: string) {
	if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
	return scoped(ctx.db, partnershipId)
		.selectFrom('governance_table')
		.selectAll()
		.where('id', '=', id)
		.executeTakeFirst();
}
