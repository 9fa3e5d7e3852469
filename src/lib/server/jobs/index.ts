import { hostname } from 'node:os';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Logger } from '../log.ts';

export type JobHandler = (payload: Record<string, unknown>, job: { id: number; attempts: number }) => Promise<void>;

export interface EnqueueOptions {
	runAt?: Date;
	maxAttempts?: number;
}

/** Adds a job; call it inside the transaction that makes the job necessary. */
export async function enqueueJob(
	trx: Transaction<DB> | Kysely<DB>,
	kind: string,
	payload: Record<string, unknown>,
	options: EnqueueOptions = {}
): Promise<number> {
	const row = await trx
		.insertInto('job')
		.values({
			kind,
			payload: JSON.stringify(payload),
			run_at: options.runAt ?? new Date(),
			max_attempts: options.maxAttempts ?? 5
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Seconds before the next try: 10 s, 40 s, 90 s, … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
	return Math.min(3600, 10 * attempts * attempts);
}

/**
 * Polls the job table. Any number of instances may run one: each claims a job with
 * FOR UPDATE SKIP LOCKED. A job left "running" by a crashed instance is retried after `staleAfterMs`.
 */
export class JobRunner {
	private handlers = new Map<string, JobHandler>();
	private timer: NodeJS.Timeout | undefined;
	private running: Promise<unknown> | undefined;
	private stopped = true;
	private stopping = false;
	readonly workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

	private db: Kysely<DB>;
	private log: Logger;
	private options: { pollMs: number; staleAfterMs?: number };

	constructor(db: Kysely<DB>, log: Logger, options: { pollMs: number; staleAfterMs?: number } = { pollMs: 1000 }) {
		this.db = db;
		this.log = log;
		this.options = options;
	}

	register(kind: string, handler: JobHandler): this {
		this.handlers.set(kind, handler);
		return this;
	}

	start(): void {
		if (!this.stopped) return;
		this.stopped = false;
		this.stopping = false;
		this.schedule(0);
	}

	private schedule(ms: number) {
		if (this.stopped) return;
		this.timer = setTimeout(() => {
			this.running = this.drain()
				.catch((error) => this.log.error({ err: error }, 'job runner failed'))
				.finally(() => {
					this.running = undefined;
					this.schedule(this.options.pollMs);
				});
		}, ms);
	}

	/** Runs ready jobs until none is left; returns how many ran. Tests call it directly. */
	async drain(): Promise<number> {
		let count = 0;
		await this.releaseStale();
		while (!this.stopping) {
			const ran = await this.runOne();
			if (!ran) break;
			count++;
		}
		return count;
	}

	private async releaseStale() {
		const staleMs = this.options.staleAfterMs ?? 5 * 60_000;
		await this.db
			.updateTable('job')
			.set({ status: 'pending', locked_at: null, locked_by: null })
			.where('status', '=', 'running')
			.where('locked_at', '<', new Date(Date.now() - staleMs))
			.execute();
	}

	async runOne(): Promise<boolean> {
		const kinds = [...this.handlers.keys()];
		if (kinds.length === 0) return false;
		const claimed = await sql<{
			id: number;
			kind: string;
			payload: Record<string, unknown>;
			attempts: number;
			max_attempts: number;
		}>`
			update job set status = 'running', locked_at = now(), locked_by = ${this.workerId}, attempts = attempts + 1
			where id = (
				select id from job
				where status = 'pending' and run_at <= now() and kind = any(${kinds})
				order by run_at, id
				for update skip locked
				limit 1
			)
			returning id, kind, payload, attempts, max_attempts`.execute(this.db);
		const job = claimed.rows[0];
		if (!job) return false;
		const handler = this.handlers.get(job.kind)!;
		try {
			await handler(job.payload, { id: job.id, attempts: job.attempts });
			await this.db
				.updateTable('job')
				.set({ status: 'done', finished_at: new Date(), last_error: null })
				.where('id', '=', job.id)
				.execute();
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			const finalTry = job.attempts >= job.max_attempts;
			this.log.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: message }, 'job failed');
			await this.db
				.updateTable('job')
				.set({
					status: finalTry ? 'failed' : 'pending',
					last_error: message.slice(0, 2000),
					locked_at: null,
					locked_by: null,
					run_at: new Date(Date.now() + retryDelaySeconds(job.attempts) * 1000),
					finished_at: finalTry ? new Date() : null
				})
				.where('id', '=', job.id)
				.execute();
		}
		return true;
	}

	/** Stops polling and waits for the job in hand to finish. */
	async stop(): Promise<void> {
		this.stopped = true;
		this.stopping = true;
		if (this.timer) clearTimeout(this.timer);
		await this.running;
	}
}

/**
 * Makes sure one pending run of a recurring job exists (several instances may call this at once:
 * the advisory lock lets one of them decide).
 */
export async function ensureRecurringJob(
	db: Kysely<DB>,
	kind: string,
	everyMs: number,
	currentJobId?: number
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await sql`select pg_advisory_xact_lock(7351002)`.execute(trx);
		const pending = await trx
			.selectFrom('job')
			.select('id')
			.where('kind', '=', kind)
			.where('status', 'in', ['pending', 'running'])
			.where('id', '!=', currentJobId ?? -1)
			.executeTakeFirst();
		if (!pending) await enqueueJob(trx, kind, { everyMs }, { runAt: new Date(Date.now() + everyMs), maxAttempts: 3 });
	});
}
