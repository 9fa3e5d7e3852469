import { listMail } from '#lib/server/mail/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'mail.read_outbox');
	return { messages: await listMail(ctx.db, partnership.id), transport: ctx.mail.kind };
};
