import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../../tests/support/engines.ts';
import { systemActor } from '../../accounts/types.ts';
import { createPartnership } from '../../tenancy/partnerships.ts';
import { seedDirectoryDemo } from '../demo.ts';
import { sendDirectoryMail, shareLimits } from './share.ts';

/** "Send by e-mail" from the public directory: validated, bilingual, rate-limited per client. */
describe.each(engines)('directory share mail on %s', (engine) => {
	let t: TestDatabase;
	let partnership: { id: string; name_fr: string; name_en: string };
	let serviceIds: string[];
	const links = {
		service: (id: string) => `http://localhost:3999/en/london-middlesex/directory/services/${id}`,
		list: (ids: string[]) => `http://localhost:3999/en/london-middlesex/directory/list?ids=${ids.join('.')}`
	};

	beforeAll(async () => {
		t = await openTestDatabase(engine);
		const created = await createPartnership(t.ctx, systemActor, {
			slug: 'london-middlesex',
			nameFr: 'Partenariat local en immigration de London et Middlesex',
			nameEn: 'London & Middlesex Local Immigration Partnership'
		});
		if (!created.ok) throw new Error(created.code);
		partnership = { id: created.value.id, name_fr: created.value.name_fr, name_en: created.value.name_en };
		await seedDirectoryDemo(t.ctx, systemActor, partnership.id, 'london-middlesex');
		const rows = await t.ctx.db
			.selectFrom('service')
			.select('id')
			.where('partnership_id', '=', partnership.id)
			.where('status', '=', 'active')
			.orderBy('name_en')
			.limit(2)
			.execute();
		serviceIds = rows.map((r) => r.id);
	});

	afterAll(async () => {
		await t?.close();
	});

	it('refuses a bad address and an empty list, writing nothing', async () => {
		const bad = await sendDirectoryMail(t.ctx, partnership, {
			to: 'not an address',
			serviceIds,
			locale: 'fr',
			clientAddress: '203.0.113.1',
			links
		});
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.fieldErrors?.to).toEqual(['validation.email']);
		const none = await sendDirectoryMail(t.ctx, partnership, {
			to: 'a@example.org',
			serviceIds: [],
			locale: 'fr',
			clientAddress: '203.0.113.1',
			links
		});
		expect(none.ok).toBe(false);
		const mails = await t.ctx.db.selectFrom('mail_message').select('id').execute();
		expect(mails).toHaveLength(0);
	});

	it('queues one bilingual message, recipient’s language first, and audits without the address', async () => {
		const sent = await sendDirectoryMail(t.ctx, partnership, {
			to: 'Client@Example.org',
			serviceIds,
			note: 'Appelez lundi.',
			locale: 'fr',
			clientAddress: '203.0.113.2',
			links
		});
		if (!sent.ok) throw new Error(sent.code);
		const mail = await t.ctx.db
			.selectFrom('mail_message')
			.selectAll()
			.where('id', '=', sent.value.mailId)
			.executeTakeFirstOrThrow();
		expect(mail.to_address).toBe('client@example.org');
		expect(mail.subject).toBe('Des services pour vous (2) | Services for you (2)');
		expect(mail.text_body.indexOf('Appelez lundi.')).toBeGreaterThan(0);
		expect(mail.text_body.indexOf('Quelqu’un a préparé')).toBeLessThan(mail.text_body.indexOf('Someone prepared'));
		expect(mail.text_body).toContain(links.list(serviceIds));
		const audit = await t.ctx.db
			.selectFrom('audit_event')
			.selectAll()
			.where('action', '=', 'directory.share_mail')
			.execute();
		expect(audit).toHaveLength(1);
		expect(audit[0].actor_label).toMatch(/^visitor:[\w-]{32}$/);
		expect(JSON.stringify(audit[0])).not.toContain('example.org');
		expect(JSON.stringify(audit[0])).not.toContain('203.0.113.2');
	});

	it('limits each client to a few messages an hour; others can still send', async () => {
		const send = (clientAddress: string) =>
			sendDirectoryMail(t.ctx, partnership, {
				to: 'someone@example.org',
				serviceIds: serviceIds.slice(0, 1),
				locale: 'en',
				clientAddress,
				links
			});
		for (let i = 0; i < shareLimits.perClientPerHour; i++) expect((await send('198.51.100.7')).ok).toBe(true);
		const refused = await send('198.51.100.7');
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.code).toBe('directory-public.send_rate_limited');
		expect((await send('198.51.100.8')).ok).toBe(true);
		const one = await t.ctx.db
			.selectFrom('mail_message')
			.select('subject')
			.where('to_address', '=', 'someone@example.org')
			.executeTakeFirstOrThrow();
		expect(one.subject).toMatch(/^A service for you: .+ \| Un service pour vous : .+$/);
	});
});
