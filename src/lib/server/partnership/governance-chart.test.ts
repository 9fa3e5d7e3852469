import { describe, expect, it } from 'vitest';
import {
	edgePath,
	layoutGovernanceChart,
	wrapText,
	type ChartNode,
	type ChartOrganization,
	type ChartTable
} from './governance-chart.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const table = (n: number, fr: string, en: string, kind: string, children: ChartTable[] = []): ChartTable => ({
	id: id(n),
	kind,
	name_fr: fr,
	name_en: en,
	children
});
const org = (n: number, fr: string, en = fr): ChartOrganization => ({ id: id(100 + n), name_fr: fr, name_en: en });

// A council with three sub-councils (one with a working group), and a separate committee.
const tree: ChartTable[] = [
	table(1, 'Conseil central', 'Central Council', 'council', [
		table(2, 'Sous-conseil sur l’éducation', 'Education Sub-Council', 'sub_council', [
			table(5, 'Groupe de travail Appuyer les parents', 'Supporting Parents Working Group', 'working_group')
		]),
		table(3, 'Sous-conseil sur l’emploi', 'Employment Sub-Council', 'sub_council'),
		table(
			4,
			'Sous-conseil sur l’inclusion et l’engagement civique',
			'Inclusion and Civic Engagement Sub-Council',
			'sub_council'
		)
	]),
	table(6, 'Comité local en immigration francophone', '', 'committee')
];
const city = org(1, 'Ville de London', 'City of London');
const library = org(2, 'Bibliothèque publique de London', 'London Public Library');
const longName = org(3, 'Muslim Resource Centre for Social Support and Integration (MRCSSI)');
const many = Array.from({ length: 13 }, (_, i) =>
	org(10 + i, `Organisme partenaire numéro ${i + 1}`, `Partner organization number ${i + 1}`)
);
const members: Record<string, ChartOrganization[]> = {
	[id(1)]: [city, library, longName, ...many],
	[id(2)]: [library],
	[id(3)]: [city, longName],
	[id(5)]: [library, city],
	[id(6)]: [org(40, 'Collège Boréal')]
};
const kinds: Record<string, { fr: string; en: string }> = {
	council: { fr: 'Conseil du partenariat', en: 'Partnership council' },
	sub_council: { fr: 'Sous-conseil', en: 'Sub-council' },
	working_group: { fr: 'Groupe de travail', en: 'Working group' },
	committee: { fr: 'Comité', en: 'Committee' }
};

function overlaps(
	a: { x: number; y: number; w: number; h: number },
	b: { x: number; y: number; w: number; h: number }
) {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('layoutGovernanceChart', () => {
	const en = layoutGovernanceChart(tree, members, { lang: 'en', kindLabel: (k) => kinds[k].en, heading: 'Test LIP' });
	const fr = layoutGovernanceChart(tree, members, { lang: 'fr', kindLabel: (k) => kinds[k].fr });

	it('has a node per table and one per organization seated at each table', () => {
		const tables = en.nodes.filter((n) => n.type === 'table');
		expect(tables.map((n) => n.ref).sort()).toEqual([1, 2, 3, 4, 5, 6].map(id).sort());
		const orgNodes = en.nodes.filter((n) => n.type === 'organization');
		const expected = Object.entries(members).flatMap(([tableId, list]) => list.map((o) => `org:${tableId}:${o.id}`));
		expect(orgNodes.map((n) => n.id).sort()).toEqual(expected.sort());
		expect(new Set(en.nodes.map((n) => n.id)).size).toBe(en.nodes.length);
		expect(en.tableCount).toBe(6);
		expect(en.organizationCount).toBe(
			new Set(
				Object.values(members)
					.flat()
					.map((o) => o.id)
			).size
		);
	});

	it('joins every parent to each child: tables to sub-tables and to their member organizations', () => {
		const byId = new Map(en.nodes.map((n) => [n.id, n]));
		const tableEdges = en.edges
			.filter((e) => e.type === 'table')
			.map((e) => `${e.from}>${e.to}`)
			.sort();
		expect(tableEdges).toEqual(
			[
				`table:${id(1)}>table:${id(2)}`,
				`table:${id(1)}>table:${id(3)}`,
				`table:${id(1)}>table:${id(4)}`,
				`table:${id(2)}>table:${id(5)}`
			].sort()
		);
		for (const node of en.nodes.filter((n) => n.type === 'organization')) {
			const edge = en.edges.find((e) => e.to === node.id);
			expect(edge, node.id).toMatchObject({ from: `table:${node.tableId}`, type: 'member' });
		}
		expect(en.edges.length).toBe(en.nodes.length - 2); // everything but the two roots has one parent
		for (const edge of en.edges) {
			const from = byId.get(edge.from)!;
			const to = byId.get(edge.to)!;
			const [sx, sy] = edge.points[0];
			const [ex, ey] = edge.points.at(-1)!;
			// Starts at or below the parent's box, ends on the child's box edge.
			expect(sx).toBeGreaterThanOrEqual(from.x);
			expect(sx).toBeLessThanOrEqual(from.x + from.w);
			expect(sy).toBeGreaterThanOrEqual(from.y + from.h);
			if (edge.type === 'table') expect(ey).toBe(to.y);
			else expect(ex).toBe(to.x);
			expect(ex).toBeGreaterThanOrEqual(to.x);
			expect(ex).toBeLessThanOrEqual(to.x + to.w);
			// Children sit below their parent.
			expect(to.y).toBeGreaterThan(from.y);
			// Right-angle segments only.
			for (let i = 1; i < edge.points.length; i++) {
				const [ax, ay] = edge.points[i - 1];
				const [bx, by] = edge.points[i];
				expect(ax === bx || ay === by).toBe(true);
			}
		}
	});

	it('labels in the asked language, falling back to the other one with a flag', () => {
		const label = (layout: typeof en, ref: string) => layout.nodes.find((n) => n.type === 'table' && n.ref === ref)!;
		expect(label(en, id(1))).toMatchObject({
			label: 'Central Council',
			lang: 'en',
			fallback: false,
			sublabel: 'Partnership council',
			lines: ['Central Council']
		});
		expect(label(fr, id(1))).toMatchObject({
			label: 'Conseil central',
			lang: 'fr',
			sublabel: 'Conseil du partenariat'
		});
		expect(label(en, id(6))).toMatchObject({
			label: 'Comité local en immigration francophone',
			lang: 'fr',
			fallback: true
		});
		const cityEn = en.nodes.find((n) => n.id === `org:${id(3)}:${city.id}`)!;
		const cityFr = fr.nodes.find((n) => n.id === `org:${id(3)}:${city.id}`)!;
		expect(cityEn.lines.join(' ')).toBe('City of London');
		expect(cityFr.lines.join(' ')).toBe('Ville de London');
		expect(en.heading?.text).toBe('Test LIP');
		expect(fr.heading).toBeNull();
	});

	it('never lets two boxes overlap, and keeps everything inside the drawing', () => {
		for (const layout of [en, fr]) {
			const boxes: (ChartNode | { id: string; x: number; y: number; w: number; h: number })[] = layout.nodes;
			for (let i = 0; i < boxes.length; i++) {
				const a = boxes[i];
				expect(a.x).toBeGreaterThanOrEqual(0);
				expect(a.y).toBeGreaterThanOrEqual(0);
				expect(a.x + a.w).toBeLessThanOrEqual(layout.width);
				expect(a.y + a.h).toBeLessThanOrEqual(layout.height);
				for (let j = i + 1; j < boxes.length; j++)
					expect(overlaps(a, boxes[j]), `${a.id} / ${boxes[j].id}`).toBe(false);
			}
			for (let i = 0; i < layout.frames.length; i++) {
				for (let j = i + 1; j < layout.frames.length; j++)
					expect(overlaps(layout.frames[i], layout.frames[j])).toBe(false);
			}
			// Each frame holds its table and that table's organizations.
			for (const node of layout.nodes) {
				const frame = layout.frames.find((f) => f.tableId === (node.type === 'table' ? node.ref : node.tableId))!;
				expect(
					node.x >= frame.x &&
						node.x + node.w <= frame.x + frame.w &&
						node.y >= frame.y &&
						node.y + node.h <= frame.y + frame.h,
					node.id
				).toBe(true);
			}
		}
	});

	it('spreads a big council over its span and wraps long names without losing them', () => {
		const council = en.nodes.filter((n) => n.tableId === id(1) && n.type === 'organization');
		expect(new Set(council.map((n) => n.x)).size).toBeGreaterThan(1);
		const mrc = en.nodes.find((n) => n.id === `org:${id(1)}:${longName.id}`)!;
		expect(mrc.lines.length).toBeGreaterThan(1);
		expect(mrc.lines.length).toBeLessThanOrEqual(5);
		expect(mrc.label).toBe(longName.name_en);
		// Sorted by name in the page's language.
		const wg = en.nodes.filter((n) => n.tableId === id(5) && n.type === 'organization');
		expect(wg.map((n) => n.label)).toEqual(['City of London', 'London Public Library']);
	});

	it('keeps to the width asked: a separate tree moves below when it does not fit beside', () => {
		const wide = layoutGovernanceChart(tree, members, { lang: 'en', maxWidth: 2000 });
		const narrow = layoutGovernanceChart(tree, members, { lang: 'en', maxWidth: 650 });
		const committee = (l: typeof wide) => l.nodes.find((n) => n.ref === id(6))!;
		const council = (l: typeof wide) => l.frames.find((f) => f.tableId === id(1))!;
		expect(committee(wide).y).toBe(council(wide).y + 8); // same band, side by side
		expect(committee(narrow).y).toBeGreaterThan(
			Math.max(...narrow.nodes.filter((n) => n.ref !== id(6) && n.tableId !== id(6)).map((n) => n.y + n.h))
		);
		expect(narrow.width).toBeLessThanOrEqual(650);
		expect(narrow.width).toBeLessThan(wide.width);
	});

	it('lists the rows, in order, each holding whole boxes (so print can cut between them)', () => {
		expect(en.rows.length).toBe(3); // council and committee; sub-councils; the working group
		for (let i = 1; i < en.rows.length; i++) expect(en.rows[i].top).toBeGreaterThan(en.rows[i - 1].bottom);
		for (const node of en.nodes) {
			expect(
				en.rows.some((r) => node.y >= r.top && node.y + node.h <= r.bottom),
				node.id
			).toBe(true);
		}
	});

	it('draws an empty partnership as an empty chart', () => {
		const empty = layoutGovernanceChart([], {}, { lang: 'fr' });
		expect(empty.nodes).toEqual([]);
		expect(empty.width).toBeGreaterThan(0);
		expect(empty.height).toBeGreaterThan(0);
	});
});

describe('wrapText and edgePath', () => {
	it('wraps on spaces, cuts with an ellipsis past the last line', () => {
		expect(wrapText('Short', 200, 13, 3)).toEqual(['Short']);
		const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 13, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
		expect(wrapText('Supercalifragilisticexpialidocious', 60, 13, 5).length).toBeGreaterThan(1);
		// After a hyphen rather than inside a word.
		expect(wrapText('Municipalité de Strathroy-Caradoc', 110, 13, 5)).toEqual([
			'Municipalité de',
			'Strathroy-',
			'Caradoc'
		]);
	});

	it('writes a polyline as a path', () => {
		expect(
			edgePath([
				[0, 0],
				[0, 10.25],
				[5, 10.25]
			])
		).toBe('M0 0 L0 10.3 L5 10.3');
	});
});
