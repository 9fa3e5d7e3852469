import { permissions, roleCan, type Permission } from '#lib/server/accounts/permissions.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { partnership, role } = await requirePartnership(event, 'partnership.view');
	const can = Object.fromEntries(
		(Object.keys(permissions) as Permission[]).map((permission) => [permission, roleCan(role, permission)])
	) as Record<Permission, boolean>;
	return {
		workspace: {
			slug: partnership.slug,
			name: { fr: partnership.name_fr, en: partnership.name_en },
			role,
			can
		}
	};
};
