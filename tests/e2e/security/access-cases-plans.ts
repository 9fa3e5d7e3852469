/** The access table of the plans module's routes (see access-cases.ts for the shape). */
import { app, hostile, type IdSource, type RouteCase } from './access-cases.ts';

const plans = `${app}/plans`;

export const idSources: Record<string, IdSource> = {
	// Plans core (engineer P1): a plan on the plans list; an action on the dashboard (late or at-risk ones).
	plan: { list: '/plans', pattern: '/app/plans/{uuid}' },
	action: { list: '/plans/dashboard', pattern: '/app/plans/actions/{uuid}' },
	contribution: { list: '/plans/contributions', pattern: '/app/plans/contributions/{uuid}' }
};

/**
 * Routes outside any one partnership that read every partnership where the visitor holds a role
 * with the case's permission (the funder's cross-partnership roll-ups). The model's
 * "admin and outsider are refused" does not fit them: an instance admin sees all partnerships,
 * and another partnership's coordinator sees their own; access.e2e.test.ts allows both there.
 */
export const acrossPartnerships: string[] = ['[lang=lang]/funder'];

export const cases: RouteCase[] = [
	// Plans core (engineer P1): plans, the plan tree, actions, indicators, check-ins, import, dashboards.
	{ route: plans, path: '/en/{slug}/app/plans', get: 'plans.view', actions: { create: 'plans.manage' } },
	{ route: `${plans}/dashboard`, path: '/en/{slug}/app/plans/dashboard', get: 'plans.view' },
	{
		route: `${plans}/strategy`,
		path: '/en/{slug}/app/plans/strategy',
		get: 'plans.view',
		actions: { save: 'plans.manage' }
	},
	{
		route: `${plans}/measurements`,
		path: '/en/{slug}/app/plans/measurements',
		get: 'plans.manage',
		actions: { review: 'plans.manage' }
	},
	{
		route: `${plans}/import`,
		path: '/en/{slug}/app/plans/import',
		get: 'plans.manage',
		actions: { preview: 'plans.manage', commit: 'plans.manage' }
	},
	{
		route: `${plans}/[id]`,
		path: '/en/{slug}/app/plans/{id}',
		id: 'plan',
		get: 'plans.view',
		actions: {
			update: 'plans.manage',
			delete: 'plans.manage',
			addNode: 'plans.manage',
			editNode: 'plans.manage',
			deleteNode: 'plans.manage',
			addAction: 'plans.manage'
		},
		hostileBody: { titleFr: hostile, titleEn: hostile, kind: 'axis', confirm: 'yes', descriptionFr: hostile }
	},
	{
		route: `${plans}/[id]/export`,
		path: '/en/{slug}/app/plans/{id}/export?format=csv&lang=en',
		id: 'plan',
		get: 'plans.view'
	},
	{ route: `${plans}/[id]/dashboard`, path: '/en/{slug}/app/plans/{id}/dashboard', id: 'plan', get: 'plans.view' },
	{
		route: `${plans}/[id]/indicators`,
		path: '/en/{slug}/app/plans/{id}/indicators',
		id: 'plan',
		get: 'plans.view',
		actions: { create: 'plans.manage', target: 'plans.manage', measure: 'plans.update_own' },
		hostileBody: { nameFr: hostile, nameEn: hostile }
	},
	{
		route: `${plans}/[id]/checkins`,
		path: '/en/{slug}/app/plans/{id}/checkins',
		id: 'plan',
		get: 'plans.manage',
		actions: { open: 'plans.manage', remind: 'plans.manage', close: 'plans.manage' }
	},
	{
		route: `${plans}/actions/[id]`,
		path: '/en/{slug}/app/plans/actions/{id}',
		id: 'action',
		get: 'plans.view',
		actions: { save: 'plans.manage', progress: 'plans.update_own' },
		hostileBody: { descriptionFr: hostile, descriptionEn: hostile, status: 'done', progress: '100', comment: hostile }
	},
	// An evidence file: its id is a measurement's (no list page shows one in both demo partnerships).
	{ route: `${plans}/measurements/[id]/evidence`, get: 'plans.view' },
	{
		route: '[lang=lang]/[partnership=slug]/checkin/[token]',
		path: '/en/{slug}/checkin/not-a-real-check-in-token',
		get: 'public',
		actions: { default: 'public' }
	},
	// Contributions
	{
		route: `${plans}/contributions`,
		path: '/en/{slug}/app/plans/contributions',
		get: 'contributions.record',
		actions: { review: 'contributions.manage' }
	},
	{
		route: `${plans}/contributions/new`,
		path: '/en/{slug}/app/plans/contributions/new',
		get: 'contributions.record',
		actions: { create: 'contributions.record' }
	},
	{
		route: `${plans}/contributions/[id]`,
		path: '/en/{slug}/app/plans/contributions/{id}',
		id: 'contribution',
		get: 'contributions.record',
		actions: { save: 'contributions.record', delete: 'contributions.record' },
		hostileBody: {
			kind: 'cash',
			amount: '1',
			descriptionFr: hostile,
			descriptionEn: hostile,
			periodStart: '2026-04-01',
			periodEnd: '2026-04-02'
		}
	},
	{
		route: `${plans}/contributions/export.csv`,
		path: '/en/{slug}/app/plans/contributions/export.csv',
		get: 'contributions.record'
	},
	// Reports
	{ route: `${plans}/reports`, path: '/en/{slug}/app/plans/reports', get: 'reports.view' },
	{ route: `${plans}/reports/achievements`, path: '/en/{slug}/app/plans/reports/achievements', get: 'reports.view' },
	{
		route: `${plans}/reports/achievements.pdf`,
		path: '/en/{slug}/app/plans/reports/achievements.pdf',
		get: 'reports.view'
	},
	{
		route: `${plans}/reports/achievements.docx`,
		path: '/en/{slug}/app/plans/reports/achievements.docx',
		get: 'reports.view'
	},
	{ route: `${plans}/reports/annual`, path: '/en/{slug}/app/plans/reports/annual', get: 'reports.view' },
	{ route: `${plans}/reports/annual.pdf`, path: '/en/{slug}/app/plans/reports/annual.pdf', get: 'reports.view' },
	{ route: `${plans}/reports/annual.docx`, path: '/en/{slug}/app/plans/reports/annual.docx', get: 'reports.view' },
	// Across partnerships: signed in with reports.view somewhere (see acrossPartnerships).
	{ route: '[lang=lang]/funder', path: '/en/funder', get: 'reports.view' }
];
