import { listAuditEvents } from '#lib/server/audit/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'audit.read');
	const before = Number(event.url.searchParams.get('before')) || undefined;
	const entityType = event.url.searchParams.get('type')?.slice(0, 60) || undefined;
	const events = await listAuditEvents(ctx.db, { partnershipId: partnership.id, before, entityType, limit: 50 });
	return { events, entityType: entityType ?? '' };
};
