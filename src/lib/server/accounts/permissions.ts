import type { Role } from './types.ts';

/**
 * Who may do what inside a partnership. One line per action; the role matrix test reads this
 * table and checks every route against it.
 */
export const permissions = {
	'partnership.view': ['coordinator', 'member', 'viewer'],
	'people.view': ['coordinator', 'member', 'viewer'],
	'people.invite': ['coordinator', 'member'],
	'people.manage_roles': ['coordinator'],
	'mail.read_outbox': ['coordinator'],
	'audit.read': ['coordinator'],
	// Partnership module
	'organizations.view': ['coordinator', 'member', 'viewer'],
	'organizations.manage': ['coordinator'],
	'contacts.view': ['coordinator', 'member'],
	'contacts.manage': ['coordinator'],
	'tables.view': ['coordinator', 'member', 'viewer'],
	'tables.manage': ['coordinator'],
	'joins.review': ['coordinator'],
	'meetings.view': ['coordinator', 'member', 'viewer'],
	'meetings.manage': ['coordinator', 'member'],
	'representation.view': ['coordinator', 'member', 'viewer'],
	'representation.manage': ['coordinator'],
	// Directory module
	'directory.view': ['coordinator', 'member', 'viewer'],
	/** Partner staff edit their own organization's listings (the domain checks which). */
	'directory.edit_own': ['coordinator', 'member'],
	'directory.manage': ['coordinator'],
	'directory.insights': ['coordinator', 'viewer'],
	// Plans module
	'plans.view': ['coordinator', 'member', 'viewer'],
	'plans.manage': ['coordinator'],
	/** Responsible people update the actions and indicators they own (the domain checks which). */
	'plans.update_own': ['coordinator', 'member'],
	'contributions.record': ['coordinator', 'member'],
	'contributions.manage': ['coordinator'],
	'reports.view': ['coordinator', 'viewer']
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/** Instance-level actions belong to instance admins only. */
export const instancePermissions = ['instance.manage_partnerships'] as const;
export type InstancePermission = (typeof instancePermissions)[number];

export function roleCan(role: Role | null | undefined, permission: Permission): boolean {
	if (!role) return false;
	return (permissions[permission] as readonly Role[]).includes(role);
}

/** Roles a member may give when inviting a colleague: their own level or below. */
export function rolesInvitableBy(role: Role): Role[] {
	if (role === 'coordinator') return ['coordinator', 'member', 'viewer'];
	if (role === 'member') return ['member'];
	return [];
}
