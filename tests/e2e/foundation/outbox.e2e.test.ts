/**
 * Without SMTP_URL, e-mail stays in the outbox, readable by the coordinator; and the forms work
 * without JavaScript (plain POSTs): sign in, invite a colleague, sign out.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, hydrated, launchBrowser, newContext, signIn, waitForText } from '../../support/browser.ts';
import { demo, demoPassword, peoplePage, type Both, type Lang } from '../../support/demo.ts';
import { originEnv } from '../../support/ports.ts';
import { startSeededServer } from '../../support/seeded.ts';
import type { RunningServer } from '../../support/server.ts';
import { firstLink } from '../../support/smtp.ts';

const executable = await findChromium();

const outboxStatus: Both = { fr: 'Dans la boîte d’envoi (non transmis)', en: 'In the outbox (not delivered)' };

describe.skipIf(!executable)('outbox (no SMTP_URL) and pages without JavaScript', () => {
	let server: RunningServer;
	let browser: Browser;
	let coordinator: Page;

	beforeAll(async () => {
		const env = await originEnv();
		[server, browser] = await Promise.all([startSeededServer(env), launchBrowser(executable)]);
		coordinator = await (await newContext(browser)).newPage();
		await signIn(coordinator, server.url, 'fr', demo.coordinator, demoPassword);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	const workspace = (lang: Lang) => `${server.url}/${lang}/london-middlesex/app`;

	/** The outbox row for `address`, once the delivery job has marked it "outbox". */
	async function outboxRow(lang: Lang, address: string) {
		await expect
			.poll(
				async () => {
					await coordinator.goto(`${workspace(lang)}/outbox`);
					return coordinator
						.locator('table.data tbody tr', { hasText: address })
						.first()
						.innerText()
						.catch(() => '');
				},
				{ timeout: 20_000, interval: 250 }
			)
			.toContain(outboxStatus[lang]);
		return coordinator.locator('table.data tbody tr', { hasText: address }).first();
	}

	it('an invitation shows in the outbox with status "outbox", in fr and en, and its text is readable', async () => {
		const invitee = 'boite.envoi@example.org';
		await coordinator.goto(`${workspace('fr')}/${peoplePage}`);
		await hydrated(coordinator);
		const form = coordinator.locator('form[action="?/invite"]');
		await form.locator('input[name="email"]').fill(invitee);
		await form.locator('select[name="locale"]').selectOption('fr');
		await form.locator('button[type="submit"]').click();
		await waitForText(coordinator.locator('main .alert.success'), invitee);

		for (const lang of ['fr', 'en'] as const) {
			const row = await outboxRow(lang, invitee);
			expect(await row.innerText()).toContain('Invitation : Partenariat local en immigration de London et Middlesex');
		}

		// The message page shows the whole text, with a link that works.
		const row = await outboxRow('fr', invitee);
		await Promise.all([coordinator.waitForURL(/\/outbox\/[0-9a-f-]{36}$/), row.locator('a').click()]);
		const messageUrl = coordinator.url();
		for (const lang of ['fr', 'en'] as const) {
			await coordinator.goto(messageUrl.replace(/\/(fr|en)\//, `/${lang}/`));
			expect(await coordinator.locator('h1').innerText()).toContain('Invitation : Partenariat local');
			expect(await coordinator.locator('main dl').innerText()).toContain(outboxStatus[lang]);
			expect(await coordinator.locator('main dl').innerText()).toContain(invitee);
		}
		const body = await coordinator.locator('[data-testid="mail-body"]').innerText();
		expect(body).toContain('Bonjour,');
		expect(body).toContain('(English follows)');
		expect(body).toContain(
			'Amina Haddad vous invite à rejoindre Partenariat local en immigration de London et Middlesex'
		);
		expect(body).toContain('Amina Haddad invites you to join London & Middlesex Local Immigration Partnership');
		const link = firstLink(body, '/fr/invitation/');
		expect(link.startsWith(`${server.url}/fr/invitation/`)).toBe(true);
		// The HTML body is not sent to the page.
		expect(await coordinator.content()).not.toContain('<hr>');

		// The link from the outbox opens the invitation.
		const guest = await (await newContext(browser)).newPage();
		await guest.goto(link);
		expect(await guest.locator('h1').innerText()).toBe(
			'Invitation à rejoindre Partenariat local en immigration de London et Middlesex'
		);
		await guest.context().close();
	});

	it('without JavaScript a member signs in, brings a colleague and signs out (plain form POSTs)', async () => {
		const colleague = 'collegue.sans.js@example.org';
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			// The wrong password first: the page answers with the error, no script needed.
			await page.goto(`${server.url}/en/signin`);
			await page.locator('main input[name="email"]').fill(demo.member);
			await page.locator('main input[name="password"]').fill('not-the-password');
			const [failed] = await Promise.all([
				page.waitForResponse((r) => r.request().method() === 'POST'),
				page.locator('main form button[type="submit"]').click()
			]);
			expect(failed.status()).toBe(400);
			expect(failed.request().resourceType()).toBe('document');
			await page.waitForLoadState();
			expect(await page.locator('.error-summary').innerText()).toContain('Incorrect e-mail address or password.');

			await signIn(page, server.url, 'en', demo.member, demoPassword, { js: false });
			expect(new URL(page.url()).pathname).toBe('/en');
			expect(await page.locator('#svelte-announcer').count(), 'no script ran').toBe(0);

			await page.goto(`${workspace('en')}/${peoplePage}`);
			expect(await page.locator('h2#invite').innerText()).toBe('Bring a colleague');
			const form = page.locator('form[action="?/invite"]');
			expect(await form.locator('select[name="role"]').count(), 'a member can only invite members').toBe(0);
			await form.locator('input[name="email"]').fill(colleague);
			const [sent] = await Promise.all([
				page.waitForResponse((r) => r.request().method() === 'POST'),
				form.locator('button[type="submit"]').click()
			]);
			expect(sent.request().resourceType()).toBe('document');
			// Post/Redirect/Get: reloading the confirmation cannot send the invitation twice.
			expect(sent.status()).toBe(303);
			await page.waitForLoadState();
			expect(await page.locator('main .alert.success').innerText()).toBe(`Invitation sent to ${colleague}.`);

			await Promise.all([
				page.waitForURL((url) => url.pathname === '/en/signin'),
				page.locator('header .user-menu button[type="submit"]').click()
			]);
			expect(await page.locator('main .alert.success').innerText()).toBe('You are signed out.');
			expect(context.blocked).toEqual([]);
		} finally {
			await context.close();
		}

		// The coordinator sees the colleague's invitation in the outbox, as a member invitation.
		const row = await outboxRow('en', colleague);
		expect(await row.innerText()).toContain('Invitation: London & Middlesex Local Immigration Partnership');
		await coordinator.goto(`${workspace('en')}/${peoplePage}`);
		const pending = coordinator.locator('table.data tbody tr', { hasText: colleague }).first();
		expect(await pending.innerText()).toContain('Member');
		expect(await pending.innerText()).toContain('Julien Lévesque');
	});
});
