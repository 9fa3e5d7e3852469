import type { Role } from '../db/schema.ts';
import type { Locale } from '../../i18n/locales.ts';

export type { Role };
export const roles: readonly Role[] = ['coordinator', 'member', 'viewer'];

export interface PartnershipAccess {
	partnershipId: string;
	slug: string;
	name: { fr: string; en: string };
	role: Role;
}

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	locale: Locale;
	isInstanceAdmin: boolean;
	access: PartnershipAccess[];
}

/** Who is acting, for permission checks and the audit trail. `userId` null = the system or the CLI. */
export interface Actor {
	userId: string | null;
	label: string;
	requestId?: string;
}

export const systemActor: Actor = { userId: null, label: 'system' };
