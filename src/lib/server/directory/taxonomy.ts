import { sql, type Kysely, type Transaction } from 'kysely';
import { systemActor, type Actor } from '../accounts/types.ts';
import { recordAudit } from '../audit/index.ts';
import type { DB } from '../db/schema.ts';
import { scoped } from '../tenancy/scoped.ts';
import type { Bilingual } from './search-types.ts';
import { settlementTaxonomy, taxonomyTerms } from './taxonomy-data.ts';

type Db = Kysely<DB> | Transaction<DB>;

export const shippedTaxonomyCode = settlementTaxonomy.code;

/**
 * Creates the shipped taxonomy (IRCC settlement categories + mainstream types) for a partnership,
 * or adds the shipped terms it lacks. Idempotent; never overwrites a term the coordinator has
 * edited (terms are matched by code). Returns the taxonomy id and every shipped code's term id.
 */
export async function ensureDirectoryTaxonomy(
	db: Db,
	partnershipId: string,
	actor: Actor = systemActor
): Promise<{ taxonomyId: string; termIds: Map<string, string>; created: number }> {
	const s = scoped(db, partnershipId);
	let taxonomy = await s
		.selectFrom('taxonomy')
		.select('id')
		.where('code', '=', settlementTaxonomy.code)
		.executeTakeFirst();
	if (!taxonomy) {
		taxonomy = await s
			.insertInto('taxonomy', {
				code: settlementTaxonomy.code,
				name_fr: settlementTaxonomy.name.fr,
				name_en: settlementTaxonomy.name.en,
				description_fr: settlementTaxonomy.description.fr,
				description_en: settlementTaxonomy.description.en,
				uri: settlementTaxonomy.uri,
				version: settlementTaxonomy.version
			})
			.onConflict((oc) => oc.columns(['partnership_id', 'code']).doNothing())
			.returning('id')
			.executeTakeFirst();
		taxonomy ??= await s
			.selectFrom('taxonomy')
			.select('id')
			.where('code', '=', settlementTaxonomy.code)
			.executeTakeFirstOrThrow();
	}
	const taxonomyId = taxonomy.id;
	const existing = await s
		.selectFrom('taxonomy_term')
		.select(['id', 'code'])
		.where('taxonomy_id', '=', taxonomyId)
		.where('code', '<>', '')
		.execute();
	const termIds = new Map(existing.map((t) => [t.code, t.id]));
	let created = 0;
	// Parents come before their children in taxonomyTerms; insert level by level.
	for (const level of [false, true]) {
		const missing = taxonomyTerms
			.map((t, position) => ({ t, position }))
			.filter(({ t }) => Boolean(t.parent) === level && !termIds.has(t.code));
		if (!missing.length) continue;
		const rows = await s
			.insertInto(
				'taxonomy_term',
				missing.map(({ t, position }) => ({
					taxonomy_id: taxonomyId,
					parent_id: t.parent ? (termIds.get(t.parent) ?? null) : null,
					code: t.code,
					name_fr: t.name.fr,
					name_en: t.name.en,
					description_fr: t.description.fr,
					description_en: t.description.en,
					names: JSON.stringify(t.names),
					synonyms: t.synonyms,
					theme: t.theme,
					position
				}))
			)
			.returning(['id', 'code'])
			.execute();
		for (const r of rows) termIds.set(r.code, r.id);
		created += rows.length;
	}
	if (created) {
		await recordAudit(db, actor, {
			partnershipId,
			action: 'taxonomy.seed',
			entityType: 'taxonomy',
			entityId: taxonomyId,
			after: { code: settlementTaxonomy.code, terms: created }
		});
	}
	return { taxonomyId, termIds, created };
}

export interface TaxonomyNode {
	id: string;
	taxonomyId: string;
	taxonomyCode: string;
	parentId: string | null;
	code: string;
	name: Bilingual;
	description: Bilingual;
	/** The name in newcomer languages: { ar: 'سكن', es: 'Vivienda', … }. */
	names: Record<string, string>;
	synonyms: string[];
	theme: string;
	position: number;
	/** How many services carry this term (directly). */
	serviceCount: number;
	children: TaxonomyNode[];
}

function parseNames(value: unknown): Record<string, string> {
	if (typeof value === 'string') {
		try {
			return JSON.parse(value) as Record<string, string>;
		} catch {
			return {};
		}
	}
	return (value ?? {}) as Record<string, string>;
}

/**
 * The partnership's taxonomies as trees (the shipped one first, then imported ones), with
 * bilingual names, names in newcomer languages and synonyms. `taxonomy` limits to one code.
 */
export async function listTaxonomyTree(
	db: Db,
	partnershipId: string,
	options: { taxonomy?: string } = {}
): Promise<TaxonomyNode[]> {
	let q = scoped(db, partnershipId)
		.selectFrom('taxonomy_term')
		.innerJoin('taxonomy', (j) =>
			j
				.onRef('taxonomy.id', '=', 'taxonomy_term.taxonomy_id')
				.onRef('taxonomy.partnership_id', '=', 'taxonomy_term.partnership_id')
		)
		.select([
			'taxonomy_term.id',
			'taxonomy_term.taxonomy_id',
			'taxonomy.code as taxonomy_code',
			'taxonomy_term.parent_id',
			'taxonomy_term.code',
			'taxonomy_term.name_fr',
			'taxonomy_term.name_en',
			'taxonomy_term.description_fr',
			'taxonomy_term.description_en',
			'taxonomy_term.names',
			'taxonomy_term.synonyms',
			'taxonomy_term.theme',
			'taxonomy_term.position',
			(eb) =>
				eb
					.selectFrom('attribute')
					.select((e) => e.fn.countAll<string>().as('n'))
					.whereRef('attribute.taxonomy_term_id', '=', 'taxonomy_term.id')
					.whereRef('attribute.partnership_id', '=', 'taxonomy_term.partnership_id')
					.where('attribute.link_entity', '=', 'service')
					.as('service_count')
		])
		.orderBy(sql`case when taxonomy.code = ${shippedTaxonomyCode} then 0 else 1 end`)
		.orderBy('taxonomy.code')
		.orderBy('taxonomy_term.position')
		.orderBy('taxonomy_term.name_fr');
	if (options.taxonomy) q = q.where('taxonomy.code', '=', options.taxonomy);
	const rows = await q.execute();
	const nodes = new Map<string, TaxonomyNode>();
	for (const r of rows) {
		nodes.set(r.id, {
			id: r.id,
			taxonomyId: r.taxonomy_id,
			taxonomyCode: r.taxonomy_code,
			parentId: r.parent_id,
			code: r.code,
			name: { fr: r.name_fr, en: r.name_en },
			description: { fr: r.description_fr, en: r.description_en },
			names: parseNames(r.names),
			synonyms: r.synonyms ?? [],
			theme: r.theme,
			position: r.position,
			serviceCount: Number(r.service_count ?? 0),
			children: []
		});
	}
	const roots: TaxonomyNode[] = [];
	for (const node of nodes.values()) {
		const parent = node.parentId ? nodes.get(node.parentId) : undefined;
		if (parent) parent.children.push(node);
		else roots.push(node);
	}
	return roots;
}

/** Depth-first list of a tree, each node with its depth (for selects and checkbox lists). */
export function flattenTaxonomy(nodes: TaxonomyNode[], depth = 0): (TaxonomyNode & { depth: number })[] {
	return nodes.flatMap((n) => [{ ...n, depth }, ...flattenTaxonomy(n.children, depth + 1)]);
}
