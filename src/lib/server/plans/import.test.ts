import { describe, expect, it } from 'vitest';
import { buildNameIndex, guessKind, parsePlanRows, type Parsed } from './import.ts';

const people = [
	{ id: 'p1', given_name: 'Nadia', family_name: 'Haddad', email: 'n.haddad@london.example', status: 'active' },
	{ id: 'p2', given_name: 'Jérôme', family_name: 'Côté', email: '', status: 'active' },
	{ id: 'p3', given_name: 'Alex', family_name: 'Martin', email: '', status: 'active' },
	{ id: 'p4', given_name: 'Alex', family_name: 'Roy', email: '', status: 'active' }
];
const orgs = [
	{
		id: 'o1',
		name_fr: 'Carrefour communautaire francophone de London (CCFL)',
		name_en: 'Carrefour communautaire francophone de London (CCFL)',
		acronym: '',
		status: 'active'
	},
	{ id: 'o2', name_fr: 'Collège Boréal', name_en: 'Collège Boréal', acronym: '', status: 'active' },
	{
		id: 'o3',
		name_fr: "Société économique de l'Ontario (SEO)",
		name_en: "Société économique de l'Ontario (SEO)",
		acronym: '',
		status: 'active'
	},
	{
		id: 'o4',
		name_fr: 'Réseau en immigration francophone du Centre-Sud-Ouest (RIFCSO)',
		name_en: 'RIFCSO',
		acronym: 'RIFCSO',
		status: 'active'
	}
];
const names = buildNameIndex(people, orgs);
const parse = (rows: string[][]) => {
	const parsed = parsePlanRows(rows, 'test.csv', null, names, [
		{ id: 't1', name_fr: 'Sous-conseil sur l’emploi', name_en: 'Employment Sub-Council' }
	]);
	if ('ok' in parsed) throw new Error(parsed.ok ? 'unexpected' : parsed.code);
	return parsed as Parsed;
};
const H = [
	'AXES STRATÉGIQUES',
	'RÉSULTATS VISÉS',
	'PRIORITÉS',
	'ACTIONS / ACTIVITÉS',
	'INDICATEURS',
	'Échéancier',
	'RESPONSABLES'
];

describe('name matching', () => {
	it('matches people and organizations by full name, acronym or name, accent- and case-insensitively', () => {
		expect(names.match('nadia HADDAD')).toMatchObject({ id: 'p1', how: 'full_name' });
		expect(names.match('Haddad Nadia')).toMatchObject({ id: 'p1' });
		expect(names.match('CCFL')).toMatchObject({ id: 'o1', how: 'acronym' });
		expect(names.match('seo')).toMatchObject({ id: 'o3', how: 'acronym' });
		expect(names.match('RIFCSO')).toMatchObject({ id: 'o4' });
		expect(names.match('college boreal')).toMatchObject({ id: 'o2', how: 'organization_name' });
		expect(names.match("Societe economique de l'Ontario")).toMatchObject({ id: 'o3' });
	});
	it('takes a first name only when one person has it', () => {
		expect(names.match('Jerome')).toMatchObject({ id: 'p2', how: 'given_name' });
		expect(names.match('Alex')).toBeNull();
		expect(names.match('Nabila')).toBeNull();
		expect(names.match('Tous les membres')).toBeNull();
	});
});

describe('reading an action-plan table', () => {
	it('skips title rows and repeated headers; a blank axis, result or priority is "same as above"', () => {
		const { report, axes } = parse([
			['PLAN D’ACTION 2019-2020', '', ''],
			H,
			['Axe A : description', 'Résultat 1', '• P1', '• Action 1', 'Ind 1', 'Mai 2019', 'Nadia Haddad'],
			['', '', '• P2', '• Action 2', '', 'En continu', 'CCFL + Jérôme'],
			H,
			['', 'Résultat 2', '• P3', 'Action 3', '', '', ''],
			['Axe B', 'Résultat 3', 'P4', 'Action 4', '', '2019-2020', 'Tous les membres']
		]);
		expect(report.headerRow).toBe(2);
		expect(report.errors).toBe(0);
		expect(axes.map((a) => [a.fr, a.descriptionFr])).toEqual([
			['Axe A', 'description'],
			['Axe B', '']
		]);
		expect(axes[0].results.map((r) => r.fr)).toEqual(['Résultat 1', 'Résultat 2']);
		expect(axes[0].results[0].priorities.map((p) => p.fr)).toEqual(['P1', 'P2']);
		const a2 = axes[0].results[0].priorities[1].actions[0];
		expect(a2.timeline).toBe('En continu');
		expect(a2.responsibles.map((r) => [r.written, r.match?.id ?? null])).toEqual([
			['CCFL', 'o1'],
			['Jérôme', 'p2']
		]);
		expect(report.unmatched).toEqual(['Tous les membres']);
		expect(report.matched.map((m) => m.written)).toEqual(['Nadia Haddad', 'CCFL', 'Jérôme']);
	});
	it('pairs timeline and responsible items with actions when the counts match, otherwise shares them', () => {
		const { axes, report } = parse([
			H,
			[
				'Axe',
				'Résultat',
				'P',
				'• A1\n• A2\n• A3',
				'Ind X\nInd Y',
				'Mars 2020\nSeptembre 2019\nAvril 2020',
				'Emily\nNabila\nCCFL'
			],
			['', '', 'Q', '• B1\n• B2', '', 'Octobre 2019\nJanvier 2020\nMars 2020', 'SEO']
		]);
		const [p, q] = axes[0].results[0].priorities;
		expect(p.actions.map((a) => [a.fr, a.timeline, a.responsibles.map((r) => r.written).join()])).toEqual([
			['A1', 'Mars 2020', 'Emily'],
			['A2', 'Septembre 2019', 'Nabila'],
			['A3', 'Avril 2020', 'CCFL']
		]);
		// two indicators for three actions: every action gets both, defined once for the priority
		expect(p.actions.every((a) => a.indicators.length === 2)).toBe(true);
		expect(p.indicators.size).toBe(2);
		expect(q.actions.map((a) => a.timeline)).toEqual([
			'Octobre 2019\nJanvier 2020\nMars 2020',
			'Octobre 2019\nJanvier 2020\nMars 2020'
		]);
		expect(q.actions.every((a) => a.responsibles[0].match?.id === 'o3')).toBe(true);
		expect(report.rows[1].messages.map((m) => m.key)).toEqual(['plans.import_warn_pairing']);
	});
	it('reports bad rows with their number and a message key', () => {
		const { report } = parse([
			['Axe', 'Priorité', 'Action', 'Statut', 'Progression', 'Table'],
			['', 'P', 'Sans axe', '', '', ''],
			['A', '', 'Sans résultat', '', '', ''],
			['A2', '', '', '', '', '']
		]);
		expect(report.rows.map((r) => [r.row, r.messages.map((m) => m.key)])).toEqual([
			[2, ['plans.import_err_no_axis']],
			[3, ['plans.import_err_no_result']],
			[4, ['plans.import_err_no_result']]
		]);
	});
	it('reads status, progress, weight and the owning table, and refuses unknown values', () => {
		const { axes, report } = parse([
			['Axe', 'Résultat', 'Priorité', 'Action', 'Statut', 'Progression', 'Poids', 'Table'],
			['A', 'R', 'P', 'X', 'En retard', '40 %', '2', 'Employment Sub-Council'],
			['', '', '', 'Y', 'peut-être', '140', '0', 'Nulle part']
		]);
		expect(axes[0].results[0].priorities[0].actions[0]).toMatchObject({
			status: 'late',
			progress: 40,
			weight: 2,
			tableId: 't1'
		});
		expect(report.rows[1].messages.map((m) => m.key)).toEqual([
			'plans.import_err_status',
			'plans.import_err_progress',
			'plans.import_err_weight',
			'plans.import_err_table'
		]);
	});
	it('finds no header without an actions column', () => {
		expect(parsePlanRows([['a', 'b']], 'x.csv', null, names, [])).toMatchObject({
			ok: false,
			code: 'plans.import_no_header'
		});
	});
	it('guesses the kind of an indicator from its name', () => {
		expect(guessKind("Taux d'utilisation")).toBe('percentage');
		expect(guessKind("Nombre d'employeurs")).toBe('count');
		expect(guessKind("Degré d'efficacité")).toBe('qualitative');
	});
});
