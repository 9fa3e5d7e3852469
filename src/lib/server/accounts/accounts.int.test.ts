import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { acceptInvitation, findOpenInvitation, inviteToPartnership } from './invitations.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { loadSession } from './sessions.ts';
import { signIn } from './sign-in.ts';
import { systemActor } from './types.ts';
import { createUser, removePartnershipRole, setPartnershipRole } from './users.ts';

describe.each(engines)('accounts on %s', (engine) => {
	let t: TestDatabase;
	let partnershipId: string;
	let coordinatorId: string;
	const password = 'a long enough passphrase';

	beforeAll(async () => {
		t = await openTestDatabase(engine, { SIGNIN_MAX_FAILURES: '3' });
		const p = await createPartnership(t.ctx, systemActor, { slug: 'test-lip', nameFr: 'PLI test', nameEn: 'Test LIP' });
		if (!p.ok) throw new Error(p.code);
		partnershipId = p.value.id;
		const u = await createUser(t.ctx, systemActor, { email: 'Coord@Example.org', displayName: 'Coord', password });
		if (!u.ok) throw new Error(u.code);
		coordinatorId = u.value.id;
		await setPartnershipRole(t.ctx, systemActor, { partnershipId, userId: coordinatorId, role: 'coordinator' });
	});
	afterAll(() => t?.close());

	it('signs in case-insensitively and the session carries the role', async () => {
		const result = await signIn(t.ctx, { email: ' coord@example.ORG ', password, clientAddress: '10.0.0.1' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const user = await loadSession(t.ctx.db, result.value.token);
		expect(user?.email).toBe('coord@example.org');
		expect(user?.access).toEqual([
			{ partnershipId, slug: 'test-lip', name: { fr: 'PLI test', en: 'Test LIP' }, role: 'coordinator' }
		]);
		expect(await loadSession(t.ctx.db, 'forged-token')).toBeNull();
	});

	it('refuses a wrong password without saying which part was wrong, then rate-limits', async () => {
		const wrong = await signIn(t.ctx, { email: 'coord@example.org', password: 'nope', clientAddress: '10.0.0.2' });
		expect(wrong).toMatchObject({ ok: false, code: 'accounts.error_invalid_credentials' });
		const unknown = await signIn(t.ctx, { email: 'nobody@example.org', password: 'nope', clientAddress: '10.0.0.2' });
		expect(unknown).toMatchObject({ ok: false, code: 'accounts.error_invalid_credentials' });
		await signIn(t.ctx, { email: 'coord@example.org', password: 'nope', clientAddress: '10.0.0.3' });
		await signIn(t.ctx, { email: 'coord@example.org', password: 'nope', clientAddress: '10.0.0.4' });
		const blocked = await signIn(t.ctx, { email: 'coord@example.org', password, clientAddress: '10.0.0.5' });
		expect(blocked).toMatchObject({ ok: false, code: 'accounts.error_rate_limited' });
		await t.ctx.db.deleteFrom('sign_in_attempt').execute();
	});

	it('rejects malformed input with field message keys', async () => {
		const result = await signIn(t.ctx, { email: 'not-an-email', password: '', clientAddress: 'x' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.fieldErrors?.email).toEqual(['validation.email']);
		expect(result.fieldErrors?.password).toEqual(['validation.required']);
	});

	it('invites by e-mail with a single-use link, creating the account on acceptance', async () => {
		const actor = { userId: coordinatorId, label: 'Coord', role: 'coordinator' as const };
		const invited = await inviteToPartnership(t.ctx, actor, {
			partnershipId,
			email: 'new@example.org',
			role: 'member',
			locale: 'fr'
		});
		expect(invited.ok).toBe(true);
		if (!invited.ok) return;
		const mail = await t.ctx.db
			.selectFrom('mail_message')
			.selectAll()
			.where('to_address', '=', 'new@example.org')
			.executeTakeFirstOrThrow();
		expect(mail.subject).toContain('Invitation : PLI test');
		// Each half names the partnership in its own language.
		expect(mail.subject).toContain('Invitation: Test LIP');
		expect(mail.text_body).toContain(`http://localhost:3999/fr/invitation/${invited.value.token}`);
		expect(mail.text_body.indexOf('Bonjour')).toBeLessThan(mail.text_body.indexOf('Hello'));
		const job = await t.ctx.db.selectFrom('job').selectAll().where('kind', '=', 'send_mail').executeTakeFirstOrThrow();
		expect(job.payload).toEqual({ mailId: mail.id });

		expect(await findOpenInvitation(t.ctx, invited.value.token)).toMatchObject({
			email: 'new@example.org',
			role: 'member'
		});
		const missing = await acceptInvitation(t.ctx, { token: invited.value.token, locale: 'fr' });
		expect(missing).toMatchObject({
			ok: false,
			fieldErrors: { displayName: ['validation.required'], password: ['validation.required'] }
		});
		const accepted = await acceptInvitation(t.ctx, {
			token: invited.value.token,
			displayName: 'Nouvelle',
			password,
			locale: 'fr'
		});
		expect(accepted).toMatchObject({ ok: true, value: { slug: 'test-lip', created: true } });
		const again = await acceptInvitation(t.ctx, {
			token: invited.value.token,
			displayName: 'X',
			password,
			locale: 'fr'
		});
		expect(again).toMatchObject({ ok: false, code: 'accounts.error_link_invalid' });
		const signedIn = await signIn(t.ctx, { email: 'new@example.org', password, clientAddress: '1' });
		expect(signedIn.ok).toBe(true);
	});

	it('lets a member bring a colleague only as a member', async () => {
		const member = { userId: null, label: 'Member', role: 'member' as const };
		const asCoordinator = await inviteToPartnership(t.ctx, member, {
			partnershipId,
			email: 'boss@example.org',
			role: 'coordinator',
			locale: 'en'
		});
		expect(asCoordinator).toMatchObject({ ok: false, code: 'accounts.error_role_not_allowed' });
		const asMember = await inviteToPartnership(t.ctx, member, {
			partnershipId,
			email: 'colleague@example.org',
			role: 'member',
			locale: 'en'
		});
		expect(asMember.ok).toBe(true);
	});

	it('resets a password with a one-hour single-use link and signs out other sessions', async () => {
		const session = await signIn(t.ctx, { email: 'coord@example.org', password, clientAddress: '2' });
		const requested = await requestPasswordReset(t.ctx, { email: 'coord@example.org', locale: 'en' });
		expect(requested.ok && requested.value.token).toBeTruthy();
		const unknown = await requestPasswordReset(t.ctx, { email: 'ghost@example.org', locale: 'en' });
		expect(unknown).toEqual({ ok: true, value: { token: null } });
		if (!requested.ok || !requested.value.token || !session.ok) return;
		const short = await resetPassword(t.ctx, { token: requested.value.token, password: 'short' });
		expect(short).toMatchObject({ ok: false, fieldErrors: { password: ['validation.password_too_short'] } });
		const done = await resetPassword(t.ctx, { token: requested.value.token, password: 'a brand new passphrase' });
		expect(done.ok).toBe(true);
		expect(await loadSession(t.ctx.db, session.value.token)).toBeNull();
		const old = await signIn(t.ctx, { email: 'coord@example.org', password, clientAddress: '3' });
		expect(old.ok).toBe(false);
		const fresh = await signIn(t.ctx, {
			email: 'coord@example.org',
			password: 'a brand new passphrase',
			clientAddress: '3'
		});
		expect(fresh.ok).toBe(true);
		const reused = await resetPassword(t.ctx, { token: requested.value.token, password: 'another passphrase!' });
		expect(reused).toMatchObject({ ok: false, code: 'accounts.error_link_invalid' });
	});

	it('keeps at least one coordinator', async () => {
		const demote = await setPartnershipRole(t.ctx, systemActor, {
			partnershipId,
			userId: coordinatorId,
			role: 'member'
		});
		expect(demote).toMatchObject({ ok: false, code: 'accounts.error_last_coordinator' });
		const remove = await removePartnershipRole(t.ctx, systemActor, partnershipId, coordinatorId);
		expect(remove).toMatchObject({ ok: false, code: 'accounts.error_last_coordinator' });
	});

	it('records every change in the audit trail without secrets', async () => {
		const events = await t.ctx.db.selectFrom('audit_event').selectAll().orderBy('id').execute();
		const actions = events.map((e) => e.action);
		expect(actions).toEqual(
			expect.arrayContaining([
				'partnership.create',
				'user.create',
				'role.grant',
				'invitation.create',
				'user.password_reset'
			])
		);
		expect(JSON.stringify(events)).not.toContain('argon2id');
	});
});
