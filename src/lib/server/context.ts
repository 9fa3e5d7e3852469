import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { Database, EngineName } from './db/engine.ts';
import type { DB } from './db/schema.ts';
import type { Logger } from './log.ts';
import type { MailTransport } from './mail/transport.ts';

/** What every domain function may need; one per process, built at start-up. */
export interface AppContext {
	config: Config;
	db: Kysely<DB>;
	engine: EngineName;
	database: Database;
	log: Logger;
	mail: MailTransport;
	startedAt: Date;
}

// The server entry (scripts/server.ts) and the SvelteKit bundle are loaded separately; a global
// symbol lets both see the one context the server built.
const KEY = Symbol.for('passerelle.app-context');
type Holder = { [KEY]?: AppContext; [key: symbol]: unknown };

export function setAppContext(context: AppContext | undefined): void {
	(globalThis as unknown as Holder)[KEY] = context;
}

export function findAppContext(): AppContext | undefined {
	return (globalThis as unknown as Holder)[KEY];
}

export function appContext(): AppContext {
	const context = findAppContext();
	if (!context) throw new Error('Passerelle is not started (no app context)');
	return context;
}
