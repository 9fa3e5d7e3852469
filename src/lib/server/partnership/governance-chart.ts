import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { pick, type Locale } from '../../i18n/locales.ts';
import { scoped } from '../tenancy/scoped.ts';
import { tableTree, type TableNode } from './tables.ts';

/**
 * The governance chart (organigramme): the council, its tables (nested) and each table's member
 * organizations, laid out top-down like a paper org chart. `layoutGovernanceChart` is pure: the
 * pages draw its boxes and lines as inline SVG, the unit test checks its geometry.
 *
 * Layout: every table without sub-tables gets one column; a table spans its sub-tables' columns
 * and sits in the row of its depth. Under its name, a table lists its member organizations in a
 * grid as wide as its span (one column when it spans one), each joined to the table by a comb
 * line. A frame encloses each table's block; sub-tables hang from the bottom of the frame.
 */

export interface ChartOrganization {
	id: string;
	name_fr: string;
	name_en: string;
}

export interface ChartTable {
	id: string;
	kind: string;
	name_fr: string;
	name_en: string;
	children: ChartTable[];
}

export interface ChartOptions {
	lang: Locale;
	/** The table kind's label in `lang` (e.g. "Sub-council"), shown under the table's name. */
	kindLabel?: (kind: string) => string;
	/** A heading drawn at the top of the chart (e.g. the partnership's name). */
	heading?: string;
}

export interface ChartNode {
	id: string;
	type: 'table' | 'organization';
	/** The table's or the organization's id. */
	ref: string;
	/** For an organization: the table it sits at. For a table: its parent table, if any. */
	tableId: string | null;
	depth: number;
	x: number;
	y: number;
	w: number;
	h: number;
	/** The name, wrapped to fit the box (the last line ends with … when it was cut). */
	lines: string[];
	/** The full name, for a tooltip. */
	label: string;
	lang: Locale;
	fallback: boolean;
	/** Under a table's name: its kind. */
	sublabel?: string;
}

export interface ChartEdge {
	from: string;
	to: string;
	type: 'table' | 'member';
	/** A polyline, first point on the parent, last on the child. */
	points: [number, number][];
}

export interface ChartFrame {
	tableId: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface GovernanceLayout {
	lang: Locale;
	width: number;
	height: number;
	heading: { text: string; x: number; y: number } | null;
	frames: ChartFrame[];
	nodes: ChartNode[];
	edges: ChartEdge[];
	/** Each row of tables, top to bottom: where a printed chart may be cut between pages. */
	rows: { top: number; bottom: number }[];
	tableCount: number;
	organizationCount: number;
}

// Geometry, in SVG user units (= CSS px at 1:1). Font sizes match static/app.css
// (.governance-chart text 13px, .title 15px bold).
const PAD = 8;
const HEADING_H = 34;
const SLOT_W = 150; // one organization column: the comb line, then the box
const SPINE = 7; // comb line's offset inside the slot
const ORG_X = 14; // box's offset inside the slot
const FRAME_PAD = 8;
const COL_GAP = 12;
const ROW_GAP = 44;
const LEAF_W = SLOT_W + 2 * FRAME_PAD;
const HEADER_MAX_W = 300;
const BUS = 12;
const ORG_GAP = 6;
const TEXT_PAD_X = 7;
const NAME_FONT = 15;
const NAME_LINE = 18;
const ORG_FONT = 13;
const ORG_LINE = 16;
/** Organizations per column before a table's list spreads over more columns. */
const PER_COLUMN = 4;
/** The width the chart tries to stay within (the page's content width, and a landscape page). */
export const CHART_TARGET_WIDTH = 1060;

/** Rough advance widths (em) for a sans-serif face; generous so text stays inside its box. */
function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const ch of text) {
		if (/[ilIjtf.,;:'’!|()[\]\s-]/.test(ch)) em += 0.34;
		else if (/[mwMW@]/.test(ch)) em += 0.92;
		else if (/[A-ZÀ-ÖØ-Þ]/.test(ch)) em += 0.72;
		else if (/[0-9]/.test(ch)) em += 0.62;
		else em += 0.58;
	}
	// Measured against Noto Sans in Chromium: about 6 % wide, a margin kept for other faces.
	return em * fontSize * (bold ? 1.08 : 1) * 0.97;
}

/** Greedy word wrap into at most `maxLines` lines (also after a hyphen); a cut ends with an ellipsis. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
	const tokens = text
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((word) => word.split(/(?<=-)(?=.)/).map((part, i) => ({ part, space: i === 0 })));
	const lines: string[] = [];
	let current = '';
	const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
	for (const { part, space } of tokens) {
		const candidate = current ? `${current}${space ? ' ' : ''}${part}` : part;
		if (fits(candidate)) {
			current = candidate;
			continue;
		}
		if (current) lines.push(current);
		// A word longer than the line is broken where it must be.
		let rest = part;
		while (!fits(rest)) {
			let cut = rest.length - 1;
			while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		current = rest;
	}
	if (current) lines.push(current);
	if (lines.length <= maxLines) return lines.length ? lines : [''];
	const kept = lines.slice(0, maxLines);
	let last = `${kept[maxLines - 1]}…`;
	while (!fits(last) && last.length > 2) last = `${last.slice(0, -2).trimEnd()}…`;
	kept[maxLines - 1] = last;
	return kept;
}

const spanWidth = (n: number) => n * LEAF_W + (n - 1) * COL_GAP;

export function layoutGovernanceChart(
	tables: ChartTable[],
	members: Record<string, ChartOrganization[] | undefined>,
	options: ChartOptions & { maxWidth?: number }
): GovernanceLayout {
	const { lang } = options;
	const maxWidth = options.maxWidth ?? CHART_TARGET_WIDTH;
	const nodes: ChartNode[] = [];
	const edges: ChartEdge[] = [];
	const frames: ChartFrame[] = [];
	const heading = options.heading ? { text: options.heading, x: PAD, y: PAD + 18 } : null;
	const top = PAD + (heading ? HEADING_H : 0);
	const maxLeaves = Math.max(1, Math.floor((maxWidth - 2 * PAD + COL_GAP) / (LEAF_W + COL_GAP)));
	const count = (table: ChartTable) => members[table.id]?.length ?? 0;
	// Columns a table spans: its sub-tables' columns; a table standing alone (no parent, no
	// sub-table) may spread its organizations over a few columns instead of one long list.
	const leaves = (table: ChartTable, root = false): number =>
		table.children.length
			? table.children.reduce((n, c) => n + leaves(c), 0)
			: root
				? Math.min(maxLeaves, Math.max(1, Math.ceil(count(table) / PER_COLUMN)))
				: 1;

	// 1. Horizontal placement and each block's own size.
	interface Block {
		table: ChartTable;
		parent: Block | null;
		band: number;
		depth: number;
		x: number;
		w: number;
		header: {
			x: number;
			w: number;
			h: number;
			lines: string[];
			label: string;
			lang: Locale;
			fallback: boolean;
			sublabel: string;
		};
		orgs: {
			org: ChartOrganization;
			col: number;
			dy: number;
			h: number;
			lines: string[];
			label: string;
			lang: Locale;
			fallback: boolean;
		}[];
		grid: { x: number; cols: number; h: number };
		h: number;
		y: number;
	}
	const blocks: Block[] = [];
	const place = (table: ChartTable, parent: Block | null, band: number, depth: number, x: number, w: number) => {
		const name = pick({ fr: table.name_fr, en: table.name_en }, lang);
		const headerW = Math.min(w - 2 * FRAME_PAD, HEADER_MAX_W);
		const nameLines = wrapText(name.text, headerW - 2 * TEXT_PAD_X, NAME_FONT, 8, true);
		const sublabel = options.kindLabel?.(table.kind) ?? '';
		const headerH = 10 + nameLines.length * NAME_LINE + (sublabel ? ORG_LINE + 2 : 0) + 8;
		const list = [...(members[table.id] ?? [])]
			.map((org) => ({ org, name: pick({ fr: org.name_fr, en: org.name_en }, lang) }))
			.sort((a, b) => a.name.text.localeCompare(b.name.text, lang));
		const maxCols = Math.max(1, Math.floor((w - 2 * FRAME_PAD + COL_GAP) / (SLOT_W + COL_GAP)));
		const cols = Math.min(maxCols, Math.max(1, Math.ceil(list.length / PER_COLUMN)));
		const perCol = Math.ceil(list.length / cols) || 0;
		const colHeights = new Array<number>(cols).fill(0);
		const orgs = list.map((entry, i) => {
			const col = perCol ? Math.floor(i / perCol) : 0;
			const lines = wrapText(entry.name.text, SLOT_W - ORG_X - 2 * TEXT_PAD_X, ORG_FONT, 5);
			const h = 8 + lines.length * ORG_LINE + 6;
			const dy = colHeights[col];
			colHeights[col] += h + ORG_GAP;
			return {
				org: entry.org,
				col,
				dy,
				h,
				lines,
				label: entry.name.text,
				lang: entry.name.lang,
				fallback: entry.name.fallback
			};
		});
		const gridCols = list.length ? cols : 0;
		const gridW = gridCols ? gridCols * SLOT_W + (gridCols - 1) * COL_GAP : 0;
		const gridH = list.length ? Math.max(...colHeights) - ORG_GAP : 0;
		const block: Block = {
			table,
			parent,
			band,
			depth,
			x,
			w,
			header: {
				x: x + (w - headerW) / 2,
				w: headerW,
				h: headerH,
				lines: nameLines,
				label: name.text,
				lang: name.lang,
				fallback: name.fallback,
				sublabel
			},
			orgs,
			grid: { x: x + (w - gridW) / 2, cols: gridCols, h: gridH },
			h: FRAME_PAD + headerH + (list.length ? BUS + gridH : 0) + FRAME_PAD,
			y: 0
		};
		blocks.push(block);
		let cx = x;
		for (const child of table.children) {
			const cw = spanWidth(leaves(child));
			place(child, block, band, depth + 1, cx, cw);
			cx += cw + COL_GAP;
		}
	};
	// Separate trees (the council, a francophone committee…) sit side by side while they fit the
	// width, then start a new band below.
	let x = PAD;
	let band = 0;
	let right = PAD;
	for (const root of tables) {
		const w = spanWidth(leaves(root, true));
		if (x > PAD && x + w > maxWidth - PAD) {
			band++;
			x = PAD;
		}
		place(root, null, band, 0, x, w);
		x += w + COL_GAP;
		right = Math.max(right, x - COL_GAP);
	}

	// 2. Rows: within a band, every table of a depth starts at the same height, below the
	// tallest block of the depth above.
	let y = top;
	const rows: { top: number; bottom: number }[] = [];
	for (let b = 0; b <= band; b++) {
		const inBand = blocks.filter((block) => block.band === b);
		const depths = Math.max(0, ...inBand.map((block) => block.depth + 1));
		for (let d = 0; d < depths; d++) {
			const row = inBand.filter((block) => block.depth === d);
			for (const block of row) block.y = y;
			const h = Math.max(...row.map((block) => block.h));
			rows.push({ top: y, bottom: y + h });
			y += h + ROW_GAP;
		}
	}

	// 3. Nodes, frames and edges.
	const orgIds = new Set<string>();
	for (const b of blocks) {
		const tableNodeId = `table:${b.table.id}`;
		frames.push({ tableId: b.table.id, x: b.x, y: b.y, w: b.w, h: b.h });
		const hx = b.header.x;
		const hy = b.y + FRAME_PAD;
		nodes.push({
			id: tableNodeId,
			type: 'table',
			ref: b.table.id,
			tableId: b.parent?.table.id ?? null,
			depth: b.depth,
			x: hx,
			y: hy,
			w: b.header.w,
			h: b.header.h,
			lines: b.header.lines,
			label: b.header.label,
			lang: b.header.lang,
			fallback: b.header.fallback,
			sublabel: b.header.sublabel || undefined
		});
		const headerBottom = hy + b.header.h;
		const gridTop = headerBottom + BUS;
		for (const o of b.orgs) {
			orgIds.add(o.org.id);
			const slotX = b.grid.x + o.col * (SLOT_W + COL_GAP);
			const node: ChartNode = {
				id: `org:${b.table.id}:${o.org.id}`,
				type: 'organization',
				ref: o.org.id,
				tableId: b.table.id,
				depth: b.depth + 1,
				x: slotX + ORG_X,
				y: gridTop + o.dy,
				w: SLOT_W - ORG_X,
				h: o.h,
				lines: o.lines,
				label: o.label,
				lang: o.lang,
				fallback: o.fallback
			};
			nodes.push(node);
			const spineX = slotX + SPINE;
			const midY = node.y + node.h / 2;
			const underHeader = spineX >= hx + 6 && spineX <= hx + b.header.w - 6;
			const busY = headerBottom + BUS / 2;
			const cx = hx + b.header.w / 2;
			edges.push({
				from: tableNodeId,
				to: node.id,
				type: 'member',
				points: underHeader
					? [
							[spineX, headerBottom],
							[spineX, midY],
							[node.x, midY]
						]
					: [
							[cx, headerBottom],
							[cx, busY],
							[spineX, busY],
							[spineX, midY],
							[node.x, midY]
						]
			});
		}
		if (b.parent) {
			const p = b.parent;
			const px = p.header.x + p.header.w / 2;
			const cx = b.header.x + b.header.w / 2;
			const busY = b.y - ROW_GAP / 2;
			edges.push({
				from: `table:${p.table.id}`,
				to: tableNodeId,
				type: 'table',
				points: [
					[px, p.y + p.h],
					[px, busY],
					[cx, busY],
					[cx, hy]
				]
			});
		}
	}
	const width = Math.max(right + PAD, PAD * 2 + 200);
	const height = Math.max(y - ROW_GAP + PAD, top + PAD);
	return {
		lang,
		width: Math.ceil(width),
		height: Math.ceil(height),
		heading,
		frames,
		nodes,
		edges,
		rows,
		tableCount: blocks.length,
		organizationCount: orgIds.size
	};
}

/** A polyline as an SVG path. */
export function edgePath(points: [number, number][]): string {
	return points
		.map(([px, py], i) => `${i ? 'L' : 'M'}${Math.round(px * 10) / 10} ${Math.round(py * 10) / 10}`)
		.join(' ');
}

// ---------------------------------------------------------------------------------------------
// The chart's data, read for the public pages and the workspace (not pure: reads the database).
// ---------------------------------------------------------------------------------------------

export interface PublicPerson {
	id: string;
	name: string;
	role: string;
	organization: { fr: string; en: string } | null;
}

export interface GovernanceData {
	tree: TableNode[];
	/** Per table: its member organizations now (seated directly or through their people). */
	organizations: Record<string, ChartOrganization[]>;
	/** Per table: only the people who agreed to a public profile, with their role. */
	people: Record<string, PublicPerson[]>;
}

/** Active tables only: an inactive table and its sub-tables are left out of public views. */
function activeOnly(nodes: TableNode[]): TableNode[] {
	return nodes.filter((n) => n.status === 'active').map((n) => ({ ...n, children: activeOnly(n.children) }));
}

export async function loadGovernance(ctx: Pick<AppContext, 'db'>, partnershipId: string): Promise<GovernanceData> {
	const tree = activeOnly(await tableTree(ctx, partnershipId));
	const seats = await scoped(ctx.db, partnershipId)
		.selectFrom('table_membership')
		.leftJoin('person', 'person.id', 'table_membership.person_id')
		.leftJoin('organization as person_org', 'person_org.id', 'person.organization_id')
		.leftJoin('organization', 'organization.id', 'table_membership.organization_id')
		.select([
			'table_membership.table_id',
			'table_membership.role',
			'table_membership.person_id',
			'table_membership.organization_id',
			'person.given_name',
			'person.family_name',
			'person.public_profile',
			'person.status as person_status',
			'organization.name_fr as organization_name_fr',
			'organization.name_en as organization_name_en',
			'organization.status as organization_status',
			'person_org.id as person_org_id',
			'person_org.name_fr as person_org_name_fr',
			'person_org.name_en as person_org_name_en',
			'person_org.status as person_org_status'
		])
		.where('table_membership.end_date', 'is', null)
		.orderBy(
			sql`case table_membership.role when 'chair' then 0 when 'co_chair' then 1 when 'secretary' then 2 when 'newcomer_representative' then 3 when 'member' then 4 else 5 end`
		)
		.orderBy('person.family_name')
		.orderBy('person.given_name')
		.execute();
	const organizations: Record<string, ChartOrganization[]> = {};
	const people: Record<string, PublicPerson[]> = {};
	const orgMaps = new Map<string, Map<string, ChartOrganization>>();
	const walk = (nodes: TableNode[]) =>
		nodes.forEach((n) => {
			orgMaps.set(n.id, new Map());
			people[n.id] = [];
			walk(n.children);
		});
	walk(tree);
	for (const seat of seats) {
		const orgs = orgMaps.get(seat.table_id);
		if (!orgs) continue; // a closed or inactive table
		if (seat.organization_id && seat.organization_name_fr && seat.organization_status === 'active') {
			orgs.set(seat.organization_id, {
				id: seat.organization_id,
				name_fr: seat.organization_name_fr,
				name_en: seat.organization_name_en ?? ''
			});
		}
		if (!seat.person_id || seat.person_status !== 'active') continue;
		// A person's organization sits at the table through them, whether or not they are shown.
		const personOrg =
			seat.person_org_id && seat.person_org_name_fr && seat.person_org_status === 'active'
				? { id: seat.person_org_id, name_fr: seat.person_org_name_fr, name_en: seat.person_org_name_en ?? '' }
				: null;
		if (personOrg && !orgs.has(personOrg.id)) orgs.set(personOrg.id, personOrg);
		// Never the name of someone who did not agree to a public profile.
		if (seat.public_profile === true) {
			people[seat.table_id].push({
				id: seat.person_id,
				name: `${seat.given_name ?? ''} ${seat.family_name ?? ''}`.trim(),
				role: seat.role,
				organization: personOrg ? { fr: personOrg.name_fr, en: personOrg.name_en } : null
			});
		}
	}
	for (const [tableId, orgs] of orgMaps) organizations[tableId] = [...orgs.values()];
	return { tree, organizations, people };
}

/** The chart's content as a nested list (what screen readers read, and what prints under the chart). */
export interface OutlineTable {
	id: string;
	kind: string;
	theme: string;
	name: { fr: string; en: string };
	mandate: { fr: string; en: string };
	organizations: { id: string; name: { fr: string; en: string } }[];
	children: OutlineTable[];
}

export function governanceOutline(
	tree: TableNode[],
	organizations: Record<string, ChartOrganization[] | undefined>,
	lang: Locale
): OutlineTable[] {
	return tree.map((t) => ({
		id: t.id,
		kind: t.kind,
		theme: t.theme,
		name: { fr: t.name_fr, en: t.name_en },
		mandate: { fr: t.mandate_fr, en: t.mandate_en },
		organizations: (organizations[t.id] ?? [])
			.map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } }))
			.sort((a, b) => pick(a.name, lang).text.localeCompare(pick(b.name, lang).text, lang)),
		children: governanceOutline(t.children, organizations, lang)
	}));
}
