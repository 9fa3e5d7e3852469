import { sql } from 'kysely';
import type { AppContext } from './context.ts';

const state = { lastOkAt: null as Date | null, lastLatencyMs: null as number | null, lastError: null as string | null };

/**
 * Checks the database every few seconds in the background, so /healthz answers at once from
 * memory even while a long query holds the (single) PGlite connection.
 */
export function startHeartbeat(ctx: Pick<AppContext, 'db'>, everyMs = 5000): NodeJS.Timeout {
	let busy = false;
	const beat = async () => {
		if (busy) return;
		busy = true;
		const started = performance.now();
		try {
			await sql`select 1`.execute(ctx.db);
			state.lastOkAt = new Date();
			state.lastLatencyMs = Math.round((performance.now() - started) * 10) / 10;
			state.lastError = null;
		} catch (error) {
			state.lastError = error instanceof Error ? error.message : String(error);
		} finally {
			busy = false;
		}
	};
	void beat();
	const timer = setInterval(beat, everyMs);
	timer.unref();
	return timer;
}

export function healthReport(ctx: Pick<AppContext, 'engine' | 'startedAt'>, shuttingDown: boolean) {
	return {
		status: shuttingDown ? 'shutting_down' : 'ok',
		database: ctx.engine,
		database_last_ok_at: state.lastOkAt?.toISOString() ?? null,
		database_latency_ms: state.lastLatencyMs,
		database_error: state.lastError,
		uptime_s: Math.round((Date.now() - ctx.startedAt.getTime()) / 1000),
		memory_rss_mb: Math.round(process.memoryUsage().rss / 1048576)
	};
}
