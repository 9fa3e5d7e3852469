import { error } from '@sveltejs/kit';
import { getMail } from '#lib/server/mail/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'mail.read_outbox');
	if (!/^[0-9a-f-]{36}$/.test(event.params.id)) error(404, 'errors.not_found');
	const message = await getMail(ctx.db, partnership.id, event.params.id);
	if (!message) error(404, 'errors.not_found');
	return { message: { ...message, html_body: undefined } };
};
