import type { Kysely, Transaction } from 'kysely';
import type { Locale } from '../../i18n/locales.ts';
import type { DB } from '../db/schema.ts';
import { enqueueJob } from '../jobs/index.ts';
import type { AppContext } from '../context.ts';
import { renderMail, type MailTemplate } from './render.ts';

export { renderMail, type MailTemplate } from './render.ts';
export { createMailTransport, type MailTransport } from './transport.ts';

export interface QueueMailInput {
	to: string;
	locale: Locale;
	partnershipId: string | null;
	template: MailTemplate;
}

/** Writes the message and its delivery job in the caller's transaction: no mail for a rolled-back change. */
export async function queueMail(trx: Transaction<DB> | Kysely<DB>, input: QueueMailInput): Promise<string> {
	const rendered = renderMail(input.template, input.locale);
	const row = await trx
		.insertInto('mail_message')
		.values({
			partnership_id: input.partnershipId,
			to_address: input.to,
			subject: rendered.subject,
			text_body: rendered.text,
			html_body: rendered.html,
			locale: input.locale,
			template: input.template.name
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await enqueueJob(trx, 'send_mail', { mailId: row.id }, { maxAttempts: 6 });
	return row.id;
}

/** The job that delivers one queued message. */
export function mailSendHandler(ctx: Pick<AppContext, 'db' | 'mail' | 'config'>) {
	return async (payload: Record<string, unknown>, job: { attempts: number }) => {
		const id = String(payload.mailId);
		const message = await ctx.db.selectFrom('mail_message').selectAll().where('id', '=', id).executeTakeFirst();
		if (!message || message.status === 'sent' || message.status === 'outbox') return;
		if (ctx.mail.kind === 'outbox') {
			await ctx.db.updateTable('mail_message').set({ status: 'outbox' }).where('id', '=', id).execute();
			return;
		}
		try {
			await ctx.mail.send({
				from: ctx.config.MAIL_FROM,
				to: message.to_address,
				subject: message.subject,
				text: message.text_body,
				html: message.html_body,
				headers: { 'Content-Language': `${message.locale}, ${message.locale === 'fr' ? 'en' : 'fr'}` }
			});
			await ctx.db
				.updateTable('mail_message')
				.set({ status: 'sent', sent_at: new Date(), error: null })
				.where('id', '=', id)
				.execute();
		} catch (error) {
			const text = error instanceof Error ? error.message : String(error);
			await ctx.db
				.updateTable('mail_message')
				.set({ status: job.attempts >= 6 ? 'failed' : 'queued', error: text.slice(0, 1000) })
				.where('id', '=', id)
				.execute();
			throw error;
		}
	};
}

export async function listMail(db: Kysely<DB>, partnershipId: string, limit = 100) {
	return db
		.selectFrom('mail_message')
		.select(['id', 'to_address', 'subject', 'status', 'locale', 'template', 'created_at', 'sent_at', 'error'])
		.where('partnership_id', '=', partnershipId)
		.orderBy('created_at', 'desc')
		.limit(limit)
		.execute();
}

export async function getMail(db: Kysely<DB>, partnershipId: string, id: string) {
	return db
		.selectFrom('mail_message')
		.selectAll()
		.where('partnership_id', '=', partnershipId)
		.where('id', '=', id)
		.executeTakeFirst();
}
