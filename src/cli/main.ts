/**
 * The command line: thin, like the pages — parse arguments, call one domain function, print.
 * Exit codes: 0 done, 1 failure, 2 usage error, 65 invalid data, 78 invalid configuration.
 */
import { parseArgs } from 'node:util';
import { negotiateLocale, type Locale } from '../lib/i18n/locales.ts';
import { ConfigError, loadConfig } from '../lib/server/config.ts';
import type { AppContext } from '../lib/server/context.ts';
import { openDatabase } from '../lib/server/db/engine.ts';
import { migrate } from '../lib/server/db/migrate.ts';
import { t as translatorFor } from '../lib/server/i18n.ts';
import { log } from '../lib/server/log.ts';
import { createMailTransport } from '../lib/server/mail/index.ts';
import { commands, type CliCommand, UsageError } from './commands.ts';

const lang: Locale = negotiateLocale(
	(process.env.PASSERELLE_LANG ?? process.env.LANG ?? 'en').replace('_', '-').split('.')[0]
);
const t = translatorFor(lang);

function usage(): string {
	const lines = commands.map((c) => `  npx passerelle ${c.usage}\n      ${t(c.summaryKey)}`);
	return `${t('cli.usage_title')}\n${lines.join('\n')}\n`;
}

async function withContext<T>(migrateFirst: boolean, run: (ctx: AppContext) => Promise<T>): Promise<T> {
	const config = loadConfig({ ...process.env, JOBS: 'off' });
	const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, poolMax: 2 });
	try {
		if (migrateFirst) await migrate(database.db);
		const quiet = log.child({});
		quiet.level = process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn';
		return await run({
			config,
			db: database.db,
			engine: database.engine,
			database,
			log: quiet,
			mail: createMailTransport(config.SMTP_URL),
			startedAt: new Date()
		});
	} finally {
		await database.close();
	}
}

function find(argv: string[]): { command: CliCommand; rest: string[] } | null {
	for (const command of commands) {
		const words = command.words;
		if (words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(words.length) };
	}
	return null;
}

async function main(argv: string[]): Promise<number> {
	if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
		process.stdout.write(usage());
		return argv.length === 0 ? 2 : 0;
	}
	const found = find(argv);
	if (!found) {
		process.stderr.write(`${t('cli.error_unknown_command', { command: argv.join(' ') })}\n\n${usage()}`);
		return 2;
	}
	let values: Record<string, string | boolean | undefined>;
	let positionals: string[];
	try {
		const parsed = parseArgs({
			args: found.rest,
			options: found.command.options,
			allowPositionals: true,
			strict: true
		});
		values = parsed.values as Record<string, string | boolean | undefined>;
		positionals = parsed.positionals;
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n  npx passerelle ${found.command.usage}\n`);
		return 2;
	}
	try {
		return await withContext(!found.command.skipMigrate, (ctx) =>
			found.command.run({ ctx, values, positionals, t, lang })
		);
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`${t(error.key, error.params)}\n  npx passerelle ${found.command.usage}\n`);
			return 2;
		}
		if (error instanceof ConfigError) {
			process.stderr.write(`${error.message}\n`);
			return 78;
		}
		process.stderr.write(`${t('cli.error_failed')}: ${(error as Error).message}\n`);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));
