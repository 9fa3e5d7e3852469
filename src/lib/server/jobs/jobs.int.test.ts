import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import { startSmtpCapture } from '../../../../tests/support/smtp.ts';
import { createMailTransport, mailSendHandler, queueMail } from '../mail/index.ts';
import { enqueueJob, JobRunner } from './index.ts';

describe.each(engines)('job queue and mail on %s', (engine) => {
	let t: TestDatabase;
	let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

	beforeAll(async () => {
		smtp = await startSmtpCapture();
		t = await openTestDatabase(engine);
	});
	afterAll(async () => {
		await t?.close();
		await smtp?.close();
	});

	it('retries a failing job with back-off, then marks it failed after the last attempt', async () => {
		const runner = new JobRunner(t.ctx.db, t.ctx.log, { pollMs: 50 });
		let calls = 0;
		runner.register('flaky', async () => {
			calls++;
			throw new Error('boom');
		});
		const id = await enqueueJob(t.ctx.db, 'flaky', {}, { maxAttempts: 2 });
		await runner.drain();
		let job = await t.ctx.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'boom' });
		expect(new Date(job.run_at).getTime()).toBeGreaterThan(Date.now());
		await t.ctx.db.updateTable('job').set({ run_at: new Date() }).where('id', '=', id).execute();
		await runner.drain();
		job = await t.ctx.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect(job).toMatchObject({ status: 'failed', attempts: 2 });
		expect(calls).toBe(2);
	});

	it('picks up a job left running by a crashed instance', async () => {
		const id = await enqueueJob(t.ctx.db, 'recover', {});
		await t.ctx.db
			.updateTable('job')
			.set({ status: 'running', locked_at: new Date(Date.now() - 10 * 60_000), locked_by: 'dead-instance' })
			.where('id', '=', id)
			.execute();
		const seen: unknown[] = [];
		const runner = new JobRunner(t.ctx.db, t.ctx.log, { pollMs: 50 });
		runner.register('recover', async (payload) => void seen.push(payload));
		expect(await runner.drain()).toBe(1);
		const job = await t.ctx.db
			.selectFrom('job')
			.select(['status', 'locked_by'])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(job.status).toBe('done');
		expect(job.locked_by).toBe(runner.workerId);
	});

	it('two runners never run the same job twice', async () => {
		const ran: number[] = [];
		const make = () =>
			new JobRunner(t.ctx.db, t.ctx.log, { pollMs: 50 }).register('once', async (payload) => {
				ran.push(Number(payload.n));
			});
		for (let n = 0; n < 10; n++) await enqueueJob(t.ctx.db, 'once', { n });
		await Promise.all([make().drain(), make().drain()]);
		expect(ran.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('delivers queued mail through a real SMTP server', async () => {
		const ctx = { ...t.ctx, mail: createMailTransport(smtp.url) };
		await queueMail(t.ctx.db, {
			to: 'someone@example.org',
			locale: 'en',
			partnershipId: null,
			template: {
				name: 'password_reset',
				params: { name: 'Sam', minutes: 60 },
				action: { url: 'http://x/reset/abc', labelKey: 'mail.password_reset.action' }
			}
		});
		const runner = new JobRunner(t.ctx.db, t.ctx.log, { pollMs: 50 }).register('send_mail', mailSendHandler(ctx));
		await runner.drain();
		const mail = await smtp.waitFor('someone@example.org');
		expect(mail.subject).toBe('Resetting your password | Réinitialisation de votre mot de passe');
		expect(mail.text).toContain('http://x/reset/abc');
		expect(mail.text).toContain('(Le français suit)');
		expect(mail.html).toContain('lang="en"');
		const row = await t.ctx.db
			.selectFrom('mail_message')
			.select('status')
			.where('to_address', '=', 'someone@example.org')
			.executeTakeFirstOrThrow();
		expect(row.status).toBe('sent');
	});

	it('keeps mail in the outbox when no SMTP server is configured', async () => {
		await queueMail(t.ctx.db, {
			to: 'outbox@example.org',
			locale: 'fr',
			partnershipId: null,
			template: { name: 'password_reset', params: { name: 'Sam', minutes: 60 } }
		});
		const runner = new JobRunner(t.ctx.db, t.ctx.log, { pollMs: 50 }).register('send_mail', mailSendHandler(t.ctx));
		await runner.drain();
		const row = await t.ctx.db
			.selectFrom('mail_message')
			.select('status')
			.where('to_address', '=', 'outbox@example.org')
			.executeTakeFirstOrThrow();
		expect(row.status).toBe('outbox');
	});

	it('escapes user text in HTML mail', async () => {
		await queueMail(t.ctx.db, {
			to: 'xss@example.org',
			locale: 'en',
			partnershipId: null,
			template: {
				name: 'invitation',
				params: { partnership: 'P', inviter: '<script>alert(1)</script>', days: 14, message: '"><img src=x>' }
			}
		});
		const row = await t.ctx.db
			.selectFrom('mail_message')
			.select('html_body')
			.where('to_address', '=', 'xss@example.org')
			.executeTakeFirstOrThrow();
		expect(row.html_body).not.toContain('<script>');
		expect(row.html_body).toContain('&lt;script&gt;');
		expect(row.html_body).not.toContain('<img src=x>');
	});
});

describe.each(engines)('recurring jobs on %s', (engine) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(engine);
	});
	afterAll(() => t?.close());

	it('keeps exactly one pending run, and a run schedules the next', async () => {
		const { ensureRecurringJob } = await import('./index.ts');
		await ensureRecurringJob(t.ctx.db, 'tick', 60_000);
		await ensureRecurringJob(t.ctx.db, 'tick', 60_000);
		const pending = () =>
			t.ctx.db
				.selectFrom('job')
				.select(['id', 'run_at'])
				.where('kind', '=', 'tick')
				.where('status', '=', 'pending')
				.execute();
		expect(await pending()).toHaveLength(1);
		await t.ctx.db.updateTable('job').set({ run_at: new Date() }).where('kind', '=', 'tick').execute();
		const runner = new JobRunner(t.ctx.db, t.ctx.log, { pollMs: 50 }).register('tick', async (_p, job) => {
			await ensureRecurringJob(t.ctx.db, 'tick', 60_000, job.id);
		});
		expect(await runner.drain()).toBe(1);
		const next = await pending();
		expect(next).toHaveLength(1);
		expect(new Date(next[0].run_at).getTime()).toBeGreaterThan(Date.now() + 50_000);
	});
});
