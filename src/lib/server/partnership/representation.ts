import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import { recordAudit } from '../audit/index.ts';
import type { Sector } from '../db/schema.ts';
import { failure, ok, type Result } from '../result.ts';
import { scoped } from '../tenancy/scoped.ts';
import { today } from './memberships.ts';
import { sectors as allSectors } from './vocabulary.ts';

/**
 * Who sits where, by sector. A seat counts for a sector through the organization holding it, or
 * through the organization of the person holding it. `at` reads the history on any date.
 */
async function seatsBySector(ctx: Pick<AppContext, 'db'>, partnershipId: string, at: string) {
	return sql<{ table_id: string; sector: Sector; organizations: number; seats: number }>`
		select m.table_id,
			coalesce(o.sector, po.sector, 'other') as sector,
			count(distinct coalesce(o.id, po.id)) as organizations,
			count(*) as seats
		from table_membership m
		left join organization o on o.id = m.organization_id
		left join person p on p.id = m.person_id
		left join organization po on po.id = p.organization_id
		where m.partnership_id = ${partnershipId}
			and m.start_date <= ${at}::date and (m.end_date is null or m.end_date > ${at}::date)
		group by m.table_id, coalesce(o.sector, po.sector, 'other')`.execute(ctx.db);
}

export interface RepresentationReport {
	at: string;
	targets: Sector[];
	tables: {
		id: string;
		name_fr: string;
		name_en: string;
		kind: string;
		depth: number;
		sectors: Partial<Record<Sector, number>>;
		missing: Sector[];
	}[];
	overall: Partial<Record<Sector, number>>;
	missing: Sector[];
}

export async function representation(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	at = today()
): Promise<RepresentationReport> {
	const s = scoped(ctx.db, partnershipId);
	const [targetsRows, tables, seats] = await Promise.all([
		s.selectFrom('target_sector').select('sector').execute(),
		s
			.selectFrom('governance_table')
			.select(['id', 'parent_id', 'name_fr', 'name_en', 'kind', 'position'])
			.where('status', '!=', 'closed')
			// On a past date, only the tables that existed then.
			.where((eb) => eb.or([eb('start_date', 'is', null), eb('start_date', '<=', at)]))
			.where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', at)]))
			.orderBy('position')
			.orderBy('name_fr')
			.execute(),
		seatsBySector(ctx, partnershipId, at)
	]);
	const targets = targetsRows.map((r) => r.sector).sort((a, b) => allSectors.indexOf(a) - allSectors.indexOf(b));
	const byTable = new Map<string, Partial<Record<Sector, number>>>();
	const overallOrgs = new Map<Sector, number>();
	for (const row of seats.rows) {
		const entry = byTable.get(row.table_id) ?? {};
		entry[row.sector] = Number(row.organizations);
		byTable.set(row.table_id, entry);
	}
	// Overall: distinct organizations per sector anywhere in the partnership.
	const overallRows = await sql<{ sector: Sector; n: number }>`
		select coalesce(o.sector, po.sector, 'other') as sector, count(distinct coalesce(o.id, po.id)) as n
		from table_membership m
		left join organization o on o.id = m.organization_id
		left join person p on p.id = m.person_id
		left join organization po on po.id = p.organization_id
		where m.partnership_id = ${partnershipId}
			and m.start_date <= ${at}::date and (m.end_date is null or m.end_date > ${at}::date)
		group by 1`.execute(ctx.db);
	for (const row of overallRows.rows) overallOrgs.set(row.sector, Number(row.n));
	const depthOf = (id: string): number => {
		let depth = 0;
		let cursor = tables.find((t) => t.id === id);
		while (cursor?.parent_id && depth < 20) {
			depth++;
			cursor = tables.find((t) => t.id === cursor!.parent_id);
		}
		return depth;
	};
	// Parents before children, like the governance chart.
	const ordered: typeof tables = [];
	const visit = (parent: string | null) => {
		for (const t of tables.filter((x) => x.parent_id === parent)) {
			ordered.push(t);
			visit(t.id);
		}
	};
	visit(null);
	for (const t of tables) if (!ordered.includes(t)) ordered.push(t);
	const overall = Object.fromEntries(overallOrgs) as Partial<Record<Sector, number>>;
	return {
		at,
		targets,
		tables: ordered.map((t) => {
			const sectors = byTable.get(t.id) ?? {};
			return {
				id: t.id,
				name_fr: t.name_fr,
				name_en: t.name_en,
				kind: t.kind,
				depth: depthOf(t.id),
				sectors,
				missing: targets.filter((x) => !sectors[x])
			};
		}),
		overall,
		missing: targets.filter((x) => !overall[x])
	};
}

/** Organizations and sectors at the table, at the end of each quarter (history is never overwritten). */
export async function representationOverTime(ctx: Pick<AppContext, 'db'>, partnershipId: string, quarters = 12) {
	const rows = await sql<{ at: string; organizations: number; sectors: number; people: number }>`
		with points as (
			select (date_trunc('quarter', current_date) - (n * interval '3 months') + interval '3 months' - interval '1 day')::date as at
			from generate_series(0, ${quarters - 1}) as n
		)
		select to_char(points.at, 'YYYY-MM-DD') as at,
			count(distinct coalesce(o.id, po.id)) as organizations,
			count(distinct coalesce(o.sector, po.sector)) as sectors,
			count(distinct m.person_id) as people
		from points
		left join table_membership m on m.partnership_id = ${partnershipId}
			and m.start_date <= points.at and (m.end_date is null or m.end_date > points.at)
		left join organization o on o.id = m.organization_id
		left join person p on p.id = m.person_id
		left join organization po on po.id = p.organization_id
		group by points.at
		order by points.at`.execute(ctx.db);
	return rows.rows.map((r) => ({
		at: r.at,
		organizations: Number(r.organizations),
		sectors: Number(r.sectors),
		people: Number(r.people)
	}));
}

/** The coordinator's list of sectors the partnership should include. */
export async function setTargetSectors(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	wanted: string[]
): Promise<Result<Sector[]>> {
	const clean = [...new Set(wanted)].filter((s): s is Sector => (allSectors as readonly string[]).includes(s));
	if (clean.length !== new Set(wanted).size)
		return failure('common.error_form', { sectors: ['validation.invalid_choice'] });
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const before = (await s.selectFrom('target_sector').select('sector').execute()).map((r) => r.sector);
		await s.deleteFrom('target_sector').execute();
		if (clean.length)
			await s
				.insertInto(
					'target_sector',
					clean.map((sector) => ({ sector }))
				)
				.execute();
		await recordAudit(trx, actor, {
			partnershipId,
			action: 'target_sector.set',
			entityType: 'target_sector',
			entityId: partnershipId,
			before,
			after: clean
		});
		return ok(clean);
	});
}
