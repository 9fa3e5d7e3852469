import type { ParseArgsOptionsConfig } from 'node:util';
import type { Locale } from '../lib/i18n/locales.ts';
import type { Params, Translate } from '../lib/i18n/translate.ts';
import type { AppContext } from '../lib/server/context.ts';
import { systemActor } from '../lib/server/accounts/types.ts';
import { createUser, findUserByEmail, setPartnershipRole } from '../lib/server/accounts/users.ts';
import { migrate } from '../lib/server/db/migrate.ts';
import { seedDemo } from '../lib/server/demo/seed.ts';
import type { Result } from '../lib/server/result.ts';
import { createPartnership, findPartnershipBySlug } from '../lib/server/tenancy/partnerships.ts';
import { moduleCommands } from './module-commands.ts';

export class UsageError extends Error {
	key: string;
	params?: Params;
	constructor(key: string, params?: Params) {
		super(key);
		this.key = key;
		this.params = params;
	}
}

export interface CliRun {
	ctx: AppContext;
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
	t: Translate;
	lang: Locale;
}

export interface CliCommand {
	words: string[];
	usage: string;
	summaryKey: string;
	options: ParseArgsOptionsConfig;
	/** Most commands migrate the database first; `migrate` does it itself, to report what it did. */
	skipMigrate?: boolean;
	run(run: CliRun): Promise<number>;
}

export const cliActor = { ...systemActor, label: 'cli' };

export function required(values: CliRun['values'], name: string): string {
	const value = values[name];
	if (typeof value !== 'string' || value.trim() === '')
		throw new UsageError('cli.error_missing_option', { option: `--${name}` });
	return value;
}

/** Prints a failed Result's message and field errors in the CLI's language; returns the exit code. */
export function reportFailure(result: Extract<Result<unknown>, { ok: false }>, t: Translate): number {
	process.stderr.write(`${t(result.code)}\n`);
	for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
		process.stderr.write(`  ${field}: ${keys.map((k) => t(k)).join(' ')}\n`);
	}
	return 65;
}

const coreCommands: CliCommand[] = [
	{
		words: ['migrate'],
		usage: 'migrate',
		summaryKey: 'cli.migrate_summary',
		options: {},
		skipMigrate: true,
		async run({ ctx, t }) {
			const applied = await migrate(ctx.db);
			console.log(t('cli.migrate_done', { count: applied.length, engine: ctx.engine }));
			return 0;
		}
	},
	{
		words: ['seed'],
		usage: 'seed --demo',
		summaryKey: 'cli.seed_summary',
		options: { demo: { type: 'boolean' } },
		async run({ ctx, values, t }) {
			if (!values.demo) throw new UsageError('cli.error_missing_option', { option: '--demo' });
			const accounts = await seedDemo(ctx, { onlyIfEmpty: false });
			console.log(t('cli.seed_done'));
			for (const a of accounts ?? []) console.log(`  ${a.role.padEnd(15)} ${a.email.padEnd(32)} ${a.password}`);
			return 0;
		}
	},
	{
		words: ['user', 'create'],
		usage:
			'user create --email <e-mail> --name <name> [--password <pw>] [--locale fr|en] [--admin] [--partnership <slug> --role coordinator|member|viewer]',
		summaryKey: 'cli.user_create_summary',
		options: {
			email: { type: 'string' },
			name: { type: 'string' },
			password: { type: 'string' },
			locale: { type: 'string' },
			admin: { type: 'boolean' },
			partnership: { type: 'string' },
			role: { type: 'string' }
		},
		async run({ ctx, values, t }) {
			const email = required(values, 'email');
			const password = typeof values.password === 'string' ? values.password : process.env.PASSERELLE_PASSWORD;
			let user = await findUserByEmail(ctx.db, email);
			if (!user) {
				const created = await createUser(ctx, cliActor, {
					email,
					displayName: required(values, 'name'),
					password,
					locale: (values.locale as 'fr' | 'en' | undefined) ?? 'fr',
					isInstanceAdmin: Boolean(values.admin)
				});
				if (!created.ok) return reportFailure(created, t);
				user = await findUserByEmail(ctx.db, email);
				console.log(t('cli.user_created', { email }));
			}
			if (values.partnership) {
				const partnership = await findPartnershipBySlug(ctx, String(values.partnership));
				if (!partnership) throw new UsageError('cli.error_unknown_partnership', { slug: String(values.partnership) });
				const role = await setPartnershipRole(ctx, cliActor, {
					partnershipId: partnership.id,
					userId: user!.id,
					role: (values.role as 'member') ?? 'member'
				});
				if (!role.ok) return reportFailure(role, t);
				console.log(t('cli.role_set', { email, slug: partnership.slug, role: role.value.role }));
			}
			return 0;
		}
	},
	{
		words: ['partnership', 'create'],
		usage:
			'partnership create --slug <slug> --name-fr <nom> --name-en <name> [--region-fr …] [--region-en …] [--locale fr|en]',
		summaryKey: 'cli.partnership_create_summary',
		options: {
			slug: { type: 'string' },
			'name-fr': { type: 'string' },
			'name-en': { type: 'string' },
			'region-fr': { type: 'string' },
			'region-en': { type: 'string' },
			locale: { type: 'string' }
		},
		async run({ ctx, values, t }) {
			const created = await createPartnership(ctx, cliActor, {
				slug: required(values, 'slug'),
				nameFr: required(values, 'name-fr'),
				nameEn: required(values, 'name-en'),
				regionFr: (values['region-fr'] as string) ?? '',
				regionEn: (values['region-en'] as string) ?? '',
				defaultLocale: (values.locale as 'fr' | 'en') ?? 'fr'
			});
			if (!created.ok) return reportFailure(created, t);
			console.log(t('cli.partnership_created', { slug: created.value.slug }));
			return 0;
		}
	}
];

export const commands: CliCommand[] = [...coreCommands, ...moduleCommands];
