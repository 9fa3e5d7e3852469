/**
 * The access table of the foundation and partnership routes. Each module keeps its own table
 * beside this one (access-cases-<module>.ts); access.e2e.test.ts joins them all.
 */
import type { Permission } from '#lib/server/accounts/permissions.ts';

export type Access = 'public' | 'instance_admin' | 'signed_out_only' | Permission;

export interface RouteCase {
	/** The route folder under src/routes. */
	route: string;
	/** The URL, with {slug} and {id}; omitted for routes that need a secret token. */
	path?: string;
	/** Which kind of row {id} is (a key of some module's idSources). */
	id?: string;
	get: Access;
	actions?: Record<string, Access>;
	/** Fields for a POST that would change a row, used by the cross-tenant write attempts. */
	hostileBody?: Record<string, string>;
}

/**
 * Where the test finds one row id of a kind, in each partnership: a list page under /app and a
 * pattern whose first group is the id (`{uuid}` stands for a UUID group).
 */
export interface IdSource {
	list: string;
	pattern: string;
}

export const app = '[lang=lang]/[partnership=slug]/app';
export const hostile = 'HACKED-ACROSS-TENANTS';
export const uuid = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

export const idSources: Record<string, IdSource> = {
	organization: { list: '/organizations', pattern: '/app/organizations/{uuid}' },
	person: { list: '/contacts', pattern: '/app/contacts/{uuid}' },
	table: { list: '/tables', pattern: '/app/tables/{uuid}' },
	meeting: { list: '/meetings', pattern: '/app/meetings/{uuid}' },
	join_request: { list: '/join-requests', pattern: '/app/join-requests/{uuid}' },
	mail: { list: '/outbox', pattern: 'outbox/{uuid}' }
};

export const cases: RouteCase[] = [
	{ route: '', path: '/', get: 'public' },
	{ route: '[lang=lang]', path: '/en', get: 'public' },
	{ route: '[lang=lang]/signin', path: '/en/signin', get: 'signed_out_only', actions: { default: 'public' } },
	{ route: '[lang=lang]/signout', path: '/en/signout', get: 'public', actions: { default: 'public' } },
	{ route: '[lang=lang]/forgot-password', path: '/en/forgot-password', get: 'public', actions: { default: 'public' } },
	{
		route: '[lang=lang]/reset-password/[token]',
		path: '/en/reset-password/not-a-token',
		get: 'public',
		actions: { default: 'public' }
	},
	{
		route: '[lang=lang]/invitation/[token]',
		path: '/en/invitation/not-a-token',
		get: 'public',
		actions: { default: 'public' }
	},
	{ route: '[lang=lang]/admin', path: '/en/admin', get: 'instance_admin', actions: { create: 'instance_admin' } },
	{ route: '[lang=lang]/[partnership=slug]', path: '/en/{slug}', get: 'public' },
	{ route: '[lang=lang]/[partnership=slug]/partners', path: '/en/{slug}/partners', get: 'public' },
	{ route: '[lang=lang]/[partnership=slug]/partners/[id]/logo', get: 'public' },
	{ route: '[lang=lang]/[partnership=slug]/tables', path: '/en/{slug}/tables', get: 'public' },
	{ route: '[lang=lang]/[partnership=slug]/governance', path: '/en/{slug}/governance', get: 'public' },
	{ route: '[lang=lang]/[partnership=slug]/governance.pdf', get: 'public' },
	{
		route: '[lang=lang]/[partnership=slug]/join',
		path: '/en/{slug}/join',
		get: 'public',
		actions: { default: 'public' }
	},
	{ route: 'cal/table/[token]', get: 'public' },
	{ route: 'cal/person/[token]', get: 'public' },
	{ route: app, path: '/en/{slug}/app', get: 'partnership.view' },
	{
		route: `${app}/accounts`,
		path: '/en/{slug}/app/accounts',
		get: 'people.view',
		actions: {
			invite: 'people.invite',
			role: 'people.manage_roles',
			remove: 'people.manage_roles',
			revoke: 'people.manage_roles'
		}
	},
	{ route: `${app}/audit`, path: '/en/{slug}/app/audit', get: 'audit.read' },
	{ route: `${app}/outbox`, path: '/en/{slug}/app/outbox', get: 'mail.read_outbox' },
	{ route: `${app}/outbox/[id]`, path: '/en/{slug}/app/outbox/{id}', id: 'mail', get: 'mail.read_outbox' },
	{ route: `${app}/organizations`, path: '/en/{slug}/app/organizations', get: 'organizations.view' },
	{
		route: `${app}/organizations/new`,
		path: '/en/{slug}/app/organizations/new',
		get: 'organizations.manage',
		actions: { create: 'organizations.manage' }
	},
	{
		route: `${app}/organizations/[id]`,
		path: '/en/{slug}/app/organizations/{id}',
		id: 'organization',
		get: 'organizations.view',
		actions: { update: 'organizations.manage', logo: 'organizations.manage', removeLogo: 'organizations.manage' },
		hostileBody: { nameFr: hostile, nameEn: hostile, sector: 'health' }
	},
	{ route: `${app}/contacts`, path: '/en/{slug}/app/contacts', get: 'contacts.view' },
	{
		route: `${app}/contacts/new`,
		path: '/en/{slug}/app/contacts/new',
		get: 'contacts.manage',
		actions: { create: 'contacts.manage' }
	},
	{
		route: `${app}/contacts/[id]`,
		path: '/en/{slug}/app/contacts/{id}',
		id: 'person',
		get: 'contacts.view',
		actions: { update: 'contacts.manage' },
		hostileBody: { givenName: hostile, familyName: hostile }
	},
	{ route: `${app}/tables`, path: '/en/{slug}/app/tables', get: 'tables.view' },
	{
		route: `${app}/tables/new`,
		path: '/en/{slug}/app/tables/new',
		get: 'tables.manage',
		actions: { create: 'tables.manage' }
	},
	{
		route: `${app}/tables/[id]`,
		path: '/en/{slug}/app/tables/{id}',
		id: 'table',
		get: 'tables.view',
		actions: {
			update: 'tables.manage',
			addSeat: 'tables.manage',
			changeRole: 'tables.manage',
			endSeat: 'tables.manage'
		},
		hostileBody: { kind: 'team', nameFr: hostile, nameEn: hostile }
	},
	{ route: `${app}/meetings`, path: '/en/{slug}/app/meetings', get: 'meetings.view' },
	{
		route: `${app}/meetings/new`,
		path: '/en/{slug}/app/meetings/new',
		get: 'meetings.manage',
		actions: { default: 'meetings.manage' }
	},
	{
		route: `${app}/meetings/[id]`,
		path: '/en/{slug}/app/meetings/{id}',
		id: 'meeting',
		get: 'meetings.view',
		actions: { notice: 'meetings.manage', addFollowUp: 'meetings.manage', followUpStatus: 'meetings.manage' }
	},
	{
		route: `${app}/meetings/[id]/edit`,
		path: '/en/{slug}/app/meetings/{id}/edit',
		id: 'meeting',
		get: 'meetings.manage',
		actions: { default: 'meetings.manage' },
		hostileBody: { titleFr: hostile, titleEn: hostile, startsAt: '2030-01-01T10:00', endsAt: '2030-01-01T11:00' }
	},
	{
		route: `${app}/meetings/[id]/minutes`,
		path: '/en/{slug}/app/meetings/{id}/minutes',
		id: 'meeting',
		get: 'meetings.manage',
		actions: { default: 'meetings.manage' }
	},
	{
		route: `${app}/meetings/[id]/minutes.docx`,
		path: '/en/{slug}/app/meetings/{id}/minutes.docx',
		id: 'meeting',
		get: 'meetings.view'
	},
	{
		route: `${app}/meetings/[id]/minutes.pdf`,
		path: '/en/{slug}/app/meetings/{id}/minutes.pdf',
		id: 'meeting',
		get: 'meetings.view'
	},
	{
		route: `${app}/meetings/[id]/meeting.ics`,
		path: '/en/{slug}/app/meetings/{id}/meeting.ics',
		id: 'meeting',
		get: 'meetings.view'
	},
	{
		route: `${app}/follow-ups`,
		path: '/en/{slug}/app/follow-ups',
		get: 'meetings.view',
		actions: { status: 'meetings.manage' }
	},
	{ route: `${app}/join-requests`, path: '/en/{slug}/app/join-requests', get: 'joins.review' },
	{
		route: `${app}/join-requests/[id]`,
		path: '/en/{slug}/app/join-requests/{id}',
		id: 'join_request',
		get: 'joins.review',
		actions: {},
		hostileBody: { decision: 'decline', message: hostile }
	},
	{
		route: `${app}/representation`,
		path: '/en/{slug}/app/representation',
		get: 'representation.view',
		actions: { targets: 'representation.manage' }
	},
	{ route: `${app}/network`, path: '/en/{slug}/app/network', get: 'representation.view' },
	{ route: `${app}/governance`, path: '/en/{slug}/app/governance', get: 'tables.view' }
];
