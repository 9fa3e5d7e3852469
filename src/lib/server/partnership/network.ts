import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Sector } from '../db/schema.ts';

export interface NetworkNode {
	id: string;
	name_fr: string;
	name_en: string;
	sector: Sector;
	degree: number;
	tables: number;
}
export interface NetworkEdge {
	source: string;
	target: string;
	shared: number;
}

/**
 * The partner network: organizations linked by the tables they share now (through their own
 * seat or their people's). Degree = how many partners an organization meets at some table.
 */
export async function partnerNetwork(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string
): Promise<{ nodes: NetworkNode[]; edges: NetworkEdge[] }> {
	const seats = await sql<{ organization_id: string; table_id: string }>`
		select distinct coalesce(m.organization_id, p.organization_id) as organization_id, m.table_id
		from table_membership m
		left join person p on p.id = m.person_id
		where m.partnership_id = ${partnershipId} and m.end_date is null
			and coalesce(m.organization_id, p.organization_id) is not null`.execute(ctx.db);
	const orgs = await ctx.db
		.selectFrom('organization')
		.select(['id', 'name_fr', 'name_en', 'sector'])
		.where('partnership_id', '=', partnershipId)
		.where('status', '=', 'active')
		.where('is_member', '=', true)
		.execute();
	const tablesOf = new Map<string, Set<string>>();
	for (const row of seats.rows) {
		if (!tablesOf.has(row.organization_id)) tablesOf.set(row.organization_id, new Set());
		tablesOf.get(row.organization_id)!.add(row.table_id);
	}
	const ids = orgs.map((o) => o.id);
	const edges: NetworkEdge[] = [];
	const degree = new Map<string, number>();
	for (let i = 0; i < ids.length; i++) {
		for (let j = i + 1; j < ids.length; j++) {
			const a = tablesOf.get(ids[i]);
			const b = tablesOf.get(ids[j]);
			if (!a || !b) continue;
			let shared = 0;
			for (const t of a) if (b.has(t)) shared++;
			if (shared > 0) {
				edges.push({ source: ids[i], target: ids[j], shared });
				degree.set(ids[i], (degree.get(ids[i]) ?? 0) + 1);
				degree.set(ids[j], (degree.get(ids[j]) ?? 0) + 1);
			}
		}
	}
	const nodes = orgs
		.map((o) => ({ ...o, degree: degree.get(o.id) ?? 0, tables: tablesOf.get(o.id)?.size ?? 0 }))
		.sort((a, b) => b.degree - a.degree || a.name_fr.localeCompare(b.name_fr, 'fr'));
	return { nodes, edges };
}
