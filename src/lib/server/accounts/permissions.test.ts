import { describe, expect, it } from 'vitest';
import { permissions, roleCan, rolesInvitableBy, type Permission } from './permissions.ts';
import type { Role } from './types.ts';

// The expected table, written out by hand: changing a permission means changing this table too.
const expected: Record<Permission, Record<Role, boolean>> = {
	'partnership.view': { coordinator: true, member: true, viewer: true },
	'people.view': { coordinator: true, member: true, viewer: true },
	'people.invite': { coordinator: true, member: true, viewer: false },
	'people.manage_roles': { coordinator: true, member: false, viewer: false },
	'mail.read_outbox': { coordinator: true, member: false, viewer: false },
	'audit.read': { coordinator: true, member: false, viewer: false },
	'organizations.view': { coordinator: true, member: true, viewer: true },
	'organizations.manage': { coordinator: true, member: false, viewer: false },
	'contacts.view': { coordinator: true, member: true, viewer: false },
	'contacts.manage': { coordinator: true, member: false, viewer: false },
	'tables.view': { coordinator: true, member: true, viewer: true },
	'tables.manage': { coordinator: true, member: false, viewer: false },
	'joins.review': { coordinator: true, member: false, viewer: false },
	'meetings.view': { coordinator: true, member: true, viewer: true },
	'meetings.manage': { coordinator: true, member: true, viewer: false },
	'representation.view': { coordinator: true, member: true, viewer: true },
	'representation.manage': { coordinator: true, member: false, viewer: false },
	'directory.view': { coordinator: true, member: true, viewer: true },
	'directory.edit_own': { coordinator: true, member: true, viewer: false },
	'directory.manage': { coordinator: true, member: false, viewer: false },
	'directory.insights': { coordinator: true, member: false, viewer: true },
	'plans.view': { coordinator: true, member: true, viewer: true },
	'plans.manage': { coordinator: true, member: false, viewer: false },
	'plans.update_own': { coordinator: true, member: true, viewer: false },
	'contributions.record': { coordinator: true, member: true, viewer: false },
	'contributions.manage': { coordinator: true, member: false, viewer: false },
	'reports.view': { coordinator: true, member: false, viewer: true }
};

describe('role × permission matrix', () => {
	it('covers every permission', () => {
		expect(Object.keys(permissions).sort()).toEqual(Object.keys(expected).sort());
	});
	for (const [permission, row] of Object.entries(expected) as [Permission, Record<Role, boolean>][]) {
		for (const [role, allowed] of Object.entries(row) as [Role, boolean][]) {
			it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
				expect(roleCan(role, permission)).toBe(allowed);
			});
		}
	}
	it('denies everything to someone with no role', () => {
		for (const permission of Object.keys(expected) as Permission[]) expect(roleCan(null, permission)).toBe(false);
	});
	it('lets a member bring a colleague only as a member, and a viewer invite no one', () => {
		expect(rolesInvitableBy('member')).toEqual(['member']);
		expect(rolesInvitableBy('viewer')).toEqual([]);
		expect(rolesInvitableBy('coordinator')).toEqual(['coordinator', 'member', 'viewer']);
	});
});
