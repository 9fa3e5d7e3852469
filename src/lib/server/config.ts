import { resolve } from 'node:path';
import { z } from 'zod';

/** Environment variables, validated once at start-up. README documents each one. */
const schema = z.object({
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
		.optional(),
	DATA_DIR: z.string().min(1).default('./data'),
	DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
	ORIGIN: z.url().optional(),
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	HOST: z.string().min(1).default('0.0.0.0'),
	TRUST_PROXY: z.enum(['true', 'false']).default('false'),
	SHUTDOWN_TIMEOUT: z.coerce.number().int().min(1).max(600).default(30),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
		.optional(),
	MAIL_FROM: z.string().min(3).default('Passerelle <no-reply@passerelle.localhost>'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
	DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
	JOBS: z.enum(['on', 'off']).default('on'),
	JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
	SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
	SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
	// Raster tiles under the directory's SVG map (https://…/{z}/{x}/{y}.png); unset = no tiles.
	MAP_TILE_URL: z
		.string()
		.regex(/^https:\/\/[a-z0-9.-]+(:\d+)?\/[^\s"'<>]*$/i, 'must be an https:// address')
		.refine((v) => ['{z}', '{x}', '{y}'].every((part) => v.includes(part)), 'must contain {z}, {x} and {y}')
		.optional()
});

export type Config = z.infer<typeof schema> & { dataDir: string; publicOrigin: string };

export class ConfigError extends Error {}

const frenchReasons: Record<string, string> = {
	DATABASE_URL: 'doit commencer par postgres:// ou postgresql://',
	SMTP_URL: 'doit commencer par smtp:// ou smtps://',
	ORIGIN: 'doit être une adresse complète, par exemple https://passerelle.example.ca',
	PORT: 'doit être un nombre entier de 0 à 65535',
	MAP_TILE_URL: 'doit être une adresse https:// contenant {z}, {x} et {y}'
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	// Empty strings mean "not set", as they do in most .env files.
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
	const parsed = schema.safeParse(cleaned);
	if (!parsed.success) {
		// Operators read this in either language: French, then Zod's English detail.
		const lines = parsed.error.issues.map((issue) => {
			const name = issue.path.join('.');
			const fr = frenchReasons[name] ?? 'valeur non valide';
			return `  ${name}: ${fr} / ${issue.message}`;
		});
		throw new ConfigError(`Invalid configuration / Configuration invalide:\n${lines.join('\n')}`);
	}
	const value = parsed.data;
	return {
		...value,
		dataDir: value.DATA_DIR.startsWith('memory://') ? value.DATA_DIR : resolve(value.DATA_DIR),
		publicOrigin: (value.ORIGIN ?? `http://localhost:${value.PORT}`).replace(/\/$/, '')
	};
}
