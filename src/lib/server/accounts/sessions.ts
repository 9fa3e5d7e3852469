import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import { hashToken, newToken } from './tokens.ts';
import type { SessionUser } from './types.ts';

export const sessionCookieName = 'passerelle_session';

export async function createSession(
	db: Kysely<DB>,
	userId: string,
	days: number,
	userAgent = ''
): Promise<{ token: string; expiresAt: Date }> {
	const token = newToken();
	const expiresAt = new Date(Date.now() + days * 86_400_000);
	await db
		.insertInto('user_session')
		.values({ id: hashToken(token), user_id: userId, expires_at: expiresAt, user_agent: userAgent.slice(0, 300) })
		.execute();
	return { token, expiresAt };
}

/** The signed-in user behind a cookie, with their roles; null if the session is unknown or expired. */
export async function loadSession(db: Kysely<DB>, token: string | undefined): Promise<SessionUser | null> {
	if (!token || token.length > 100) return null;
	const id = hashToken(token);
	const row = await db
		.selectFrom('user_session')
		.innerJoin('app_user', 'app_user.id', 'user_session.user_id')
		.select([
			'app_user.id',
			'app_user.email',
			'app_user.display_name',
			'app_user.locale',
			'app_user.is_instance_admin',
			'app_user.status',
			'user_session.last_seen_at'
		])
		.where('user_session.id', '=', id)
		.where('user_session.expires_at', '>', new Date())
		.executeTakeFirst();
	if (!row || row.status !== 'active') return null;
	// Touch at most once an hour: a read-mostly session costs no write per request.
	if (Date.now() - new Date(row.last_seen_at).getTime() > 3_600_000) {
		await db.updateTable('user_session').set({ last_seen_at: new Date() }).where('id', '=', id).execute();
	}
	const access = await db
		.selectFrom('partnership_role')
		.innerJoin('partnership', 'partnership.id', 'partnership_role.partnership_id')
		.select([
			'partnership.id as partnershipId',
			'partnership.slug',
			'partnership.name_fr',
			'partnership.name_en',
			'partnership_role.role'
		])
		.where('partnership_role.user_id', '=', row.id)
		.where('partnership.status', '=', 'active')
		.orderBy('partnership.slug')
		.execute();
	return {
		id: row.id,
		email: row.email,
		displayName: row.display_name,
		locale: row.locale as Locale,
		isInstanceAdmin: row.is_instance_admin,
		access: access.map(({ name_fr, name_en, ...rest }) => ({ ...rest, name: { fr: name_fr, en: name_en } }))
	};
}

export async function deleteSession(db: Kysely<DB>, token: string | undefined): Promise<void> {
	if (!token) return;
	await db.deleteFrom('user_session').where('id', '=', hashToken(token)).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>): Promise<number> {
	const result = await db.deleteFrom('user_session').where('expires_at', '<', new Date()).executeTakeFirst();
	return Number(result.numDeletedRows);
}
