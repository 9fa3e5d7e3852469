import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { openDatabase } from './db/engine.ts';
import { migrate } from './db/migrate.ts';
import { ensureRecurringJob, JobRunner } from './jobs/index.ts';
import { log as rootLog } from './log.ts';
import { createMailTransport, mailSendHandler } from './mail/index.ts';
import { deleteExpiredSessions } from './accounts/sessions.ts';
import { pruneSignInAttempts } from './accounts/sign-in.ts';
import { seedDemo, type DemoAccount } from './demo/seed.ts';
import { registerCurationJobs } from './directory/curation/index.ts';
import { registerPlansJobs } from './plans/checkins.ts';

export interface RunningApp extends AppContext {
	jobs: JobRunner;
	migrationsApplied: string[];
	demoAccounts: DemoAccount[] | null;
	stop(): Promise<void>;
}

export interface StartOptions {
	/** Run the background job runner (default: config.JOBS). */
	jobs?: boolean;
}

/** Opens the database, migrates it, loads demo data on an empty one, and starts the job runner. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
	const log = rootLog.child({});
	log.level = config.LOG_LEVEL;
	const database = await openDatabase({
		databaseUrl: config.DATABASE_URL,
		dataDir: config.dataDir,
		poolMax: config.DB_POOL_MAX
	});
	const migrationsApplied = await migrate(database.db);
	const mail = createMailTransport(config.SMTP_URL);
	const context: AppContext = {
		config,
		db: database.db,
		engine: database.engine,
		database,
		log,
		mail,
		startedAt: new Date()
	};
	const demoAccounts = config.DEMO_DATA === 'auto' ? await seedDemo(context, { onlyIfEmpty: true }) : null;
	const jobs = new JobRunner(database.db, log, { pollMs: config.JOBS_POLL_MS });
	jobs.register('send_mail', mailSendHandler(context));
	const cleanupEveryMs = 3_600_000;
	jobs.register('cleanup', async (_payload, job) => {
		await deleteExpiredSessions(database.db);
		await pruneSignInAttempts(context);
		await database.db
			.deleteFrom('job')
			.where('status', '=', 'done')
			.where('finished_at', '<', new Date(Date.now() - 7 * 86_400_000))
			.execute();
		await enqueueNextCleanup(job.id);
	});
	const enqueueNextCleanup = (currentJobId?: number) =>
		ensureRecurringJob(database.db, 'cleanup', cleanupEveryMs, currentJobId);
	// Directory curation: verification reminders, campaigns closed at their due date.
	await registerCurationJobs(jobs, context, options.jobs ?? config.JOBS === 'on');
	// Plans: check-in round reminders (scheduled when a round opens).
	registerPlansJobs(jobs, context);
	if (options.jobs ?? config.JOBS === 'on') {
		await enqueueNextCleanup();
		jobs.start();
	}
	log.info({ engine: database.engine, migrationsApplied, mail: mail.kind }, 'passerelle started');
	let stopped = false;
	return {
		...context,
		jobs,
		migrationsApplied,
		demoAccounts,
		async stop() {
			if (stopped) return;
			stopped = true;
			await jobs.stop();
			mail.close();
			await database.close();
		}
	};
}
