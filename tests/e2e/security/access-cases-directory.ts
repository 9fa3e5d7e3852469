/** The access table of the directory module's routes (see access-cases.ts for the shape). */
import { app, hostile, type IdSource, type RouteCase } from './access-cases.ts';

export const idSources: Record<string, IdSource> = {
	// Curation (engineer M): a listing's editor link on the listings page.
	service: { list: '/directory', pattern: '/app/directory/services/{uuid}' },
	location: { list: '/directory/locations', pattern: '/app/directory/locations/{uuid}' }
};

export const cases: RouteCase[] = [
	// Public directory (engineer U): search, map image, service page (share by e-mail), a worker's list.
	{ route: '[lang=lang]/[partnership=slug]/directory', path: '/en/{slug}/directory', get: 'public' },
	{ route: '[lang=lang]/[partnership=slug]/directory/map.svg', path: '/en/{slug}/directory/map.svg', get: 'public' },
	{
		route: '[lang=lang]/[partnership=slug]/directory/services/[id]',
		path: '/en/{slug}/directory/services/{id}',
		id: 'service',
		get: 'public',
		actions: { email: 'public' }
	},
	{
		route: '[lang=lang]/[partnership=slug]/directory/list',
		path: '/en/{slug}/directory/list',
		get: 'public',
		actions: { add: 'public', remove: 'public', clear: 'public', keep: 'public', email: 'public' }
	},
	// Curation (engineer M): listings, editors, campaigns, suggestions, duplicates, the printed directory.
	{ route: `${app}/directory`, path: '/en/{slug}/app/directory', get: 'directory.view' },
	{
		route: `${app}/directory/campaigns`,
		path: '/en/{slug}/app/directory/campaigns',
		get: 'directory.manage',
		actions: { start: 'directory.manage', remind: 'directory.manage', close: 'directory.manage' }
	},
	{
		route: `${app}/directory/suggestions`,
		path: '/en/{slug}/app/directory/suggestions',
		get: 'directory.manage',
		actions: { review: 'directory.manage' }
	},
	{
		route: `${app}/directory/duplicates`,
		path: '/en/{slug}/app/directory/duplicates',
		get: 'directory.manage',
		actions: { scan: 'directory.manage', dismiss: 'directory.manage' }
	},
	{
		route: `${app}/directory/duplicates/[id]`,
		get: 'directory.manage',
		actions: { merge: 'directory.manage', dismiss: 'directory.manage' }
	},
	{
		route: `${app}/directory/services/new`,
		path: '/en/{slug}/app/directory/services/new',
		get: 'directory.edit_own',
		actions: { save: 'directory.edit_own' }
	},
	{
		route: `${app}/directory/services/[id]`,
		path: '/en/{slug}/app/directory/services/{id}',
		id: 'service',
		get: 'directory.edit_own',
		actions: { save: 'directory.edit_own', verify: 'directory.edit_own', delete: 'directory.edit_own' },
		hostileBody: { nameFr: hostile, nameEn: hostile, confirm: 'on' }
	},
	{
		route: `${app}/directory/locations`,
		path: '/en/{slug}/app/directory/locations',
		get: 'directory.edit_own'
	},
	{
		route: `${app}/directory/locations/new`,
		path: '/en/{slug}/app/directory/locations/new',
		get: 'directory.edit_own',
		actions: { save: 'directory.edit_own' }
	},
	{
		route: `${app}/directory/locations/[id]`,
		path: '/en/{slug}/app/directory/locations/{id}',
		id: 'location',
		get: 'directory.edit_own',
		actions: { save: 'directory.edit_own', delete: 'directory.edit_own' },
		hostileBody: { nameFr: hostile, address1: hostile, city: hostile }
	},
	{
		route: `${app}/directory/taxonomy`,
		path: '/en/{slug}/app/directory/taxonomy',
		get: 'directory.view',
		actions: { save: 'directory.manage', delete: 'directory.manage' }
	},
	{ route: `${app}/directory/print`, path: '/en/{slug}/app/directory/print', get: 'directory.view' },
	{
		route: `${app}/directory/print/booklet`,
		path: '/en/{slug}/app/directory/print/booklet?booklet=en',
		get: 'directory.view'
	},
	{
		route: `${app}/directory/print/booklet.pdf`,
		path: '/en/{slug}/app/directory/print/booklet.pdf?booklet=en',
		get: 'directory.view'
	},
	{
		route: '[lang=lang]/[partnership=slug]/directory/services/[id]/report',
		path: '/en/{slug}/directory/services/{id}/report',
		id: 'service',
		get: 'public',
		actions: { default: 'public' },
		hostileBody: { kind: 'other', message: hostile }
	},
	{
		route: '[lang=lang]/[partnership=slug]/directory/verify/[token]',
		path: '/en/{slug}/directory/verify/not-a-real-token-at-all',
		get: 'public',
		actions: { confirm: 'public', confirmAll: 'public', correct: 'public' }
	},
	// Search (engineer S): the public JSON search, the coordinators' search insights and their CSV.
	{
		route: 'api/directory/[partnership=slug]/search',
		path: '/api/directory/{slug}/search?lang=en&q=emploi',
		get: 'public'
	},
	{ route: `${app}/directory/searches`, path: '/en/{slug}/app/directory/searches', get: 'directory.insights' },
	{ route: `${app}/directory/searches.csv`, path: '/en/{slug}/app/directory/searches.csv', get: 'directory.insights' },
	// HSDS (engineer H): the public read-only API, and the coordinators' import and export pages.
	{ route: 'api/hsds/openapi.json', path: '/api/hsds/openapi.json', get: 'public' },
	{ route: 'api/hsds/profile', path: '/api/hsds/profile', get: 'public' },
	{ route: 'api/hsds/[partnership=slug]', path: '/api/hsds/{slug}', get: 'public' },
	{ route: 'api/hsds/[partnership=slug]/services', path: '/api/hsds/{slug}/services?lang=en', get: 'public' },
	{
		route: 'api/hsds/[partnership=slug]/services/[id]',
		path: '/api/hsds/{slug}/services/{id}',
		id: 'service',
		get: 'public'
	},
	{ route: 'api/hsds/[partnership=slug]/organizations', path: '/api/hsds/{slug}/organizations', get: 'public' },
	{
		route: 'api/hsds/[partnership=slug]/organizations/[id]',
		path: '/api/hsds/{slug}/organizations/{id}',
		id: 'organization',
		get: 'public'
	},
	{
		route: 'api/hsds/[partnership=slug]/service_at_locations',
		path: '/api/hsds/{slug}/service_at_locations?lat=42.98&lon=-81.25&radius=10',
		get: 'public'
	},
	{ route: 'api/hsds/[partnership=slug]/service_at_locations/[id]', get: 'public' },
	{ route: 'api/hsds/[partnership=slug]/taxonomies', path: '/api/hsds/{slug}/taxonomies', get: 'public' },
	{ route: 'api/hsds/[partnership=slug]/taxonomies/[id]', get: 'public' },
	{ route: 'api/hsds/[partnership=slug]/taxonomy_terms', path: '/api/hsds/{slug}/taxonomy_terms', get: 'public' },
	{ route: 'api/hsds/[partnership=slug]/taxonomy_terms/[id]', get: 'public' },
	{
		route: `${app}/directory/import`,
		path: '/en/{slug}/app/directory/import',
		get: 'directory.manage',
		actions: { hsds: 'directory.manage', analyze: 'directory.manage', spreadsheet: 'directory.manage' }
	},
	{ route: `${app}/directory/export`, path: '/en/{slug}/app/directory/export', get: 'directory.view' },
	{
		route: `${app}/directory/export/[format]`,
		path: '/en/{slug}/app/directory/export/services.csv?lang=en',
		get: 'directory.view'
	}
];
