/**
 * E-mail through a real SMTP server (tests/support/smtp.ts): an invitation sent from the
 * people page and accepted from the link in the message, and a password reset. The server's
 * ORIGIN is its real address, so the links are followed exactly as written in the e-mails.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	findChromium,
	hydrated,
	launchBrowser,
	newContext,
	signIn,
	waitForText
} from '../../support/browser.ts';
import { demo, demoPassword, peoplePage } from '../../support/demo.ts';
import { originEnv } from '../../support/ports.ts';
import { startSeededServer } from '../../support/seeded.ts';
import type { RunningServer } from '../../support/server.ts';
import { firstLink, startSmtpCapture } from '../../support/smtp.ts';

const executable = await findChromium();

describe.skipIf(!executable)('e-mail through SMTP', () => {
	let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
	let server: RunningServer;
	let browser: Browser;
	let origin = '';

	beforeAll(async () => {
		smtp = await startSmtpCapture();
		const env = await originEnv();
		origin = env.ORIGIN;
		[server, browser] = await Promise.all([
			startSeededServer({ ...env, SMTP_URL: smtp.url }),
			launchBrowser(executable)
		]);
		expect(server.url).toBe(origin);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		await smtp?.close();
	});

	it('a coordinator invites someone; the bilingual e-mail arrives; its link creates the account once', async () => {
		const newcomer = 'nouvelle.personne@example.org';
		const coordinator = await newContext(browser);
		const page = await coordinator.newPage();
		await signIn(page, server.url, 'en', demo.coordinator, demoPassword);
		await page.goto(`${server.url}/en/london-middlesex/app/${peoplePage}`);
		await hydrated(page);
		const form = page.locator('form[action="?/invite"]');
		await form.locator('input[name="email"]').fill(newcomer);
		await form.locator('select[name="role"]').selectOption('member');
		await form.locator('select[name="locale"]').selectOption('en');
		await form.locator('textarea[name="message"]').fill('Welcome to the settlement table!');
		await form.locator('button[type="submit"]').click();
		await waitForText(page.locator('main .alert.success'), newcomer);

		const mail = await smtp.waitFor(newcomer);
		expect(smtp.inbox.filter((m) => m.to.includes(newcomer))).toHaveLength(1);
		// Subject: English first (the chosen language), then French.
		expect(mail.subject).toContain('Invitation: London & Middlesex Local Immigration Partnership');
		expect(mail.subject).toContain('Invitation : Partenariat local en immigration de London et Middlesex');
		expect(mail.subject.indexOf('Invitation:')).toBeLessThan(mail.subject.indexOf('Invitation :'));
		expect(mail.text).toContain('(Le français suit)');
		expect(mail.text).toContain('Amina Haddad invites you to join London & Middlesex Local Immigration Partnership');
		expect(mail.text).toContain('Amina Haddad vous invite à rejoindre');
		expect(mail.text).toContain('Welcome to the settlement table!');
		expect(mail.parsed.headers.get('content-language')).toBe('en, fr');
		const link = firstLink(mail.text, '/en/invitation/');
		expect(link.startsWith(`${origin}/en/invitation/`)).toBe(true);
		expect(mail.html).toContain(link);

		// The coordinator sees it pending. (goto, not reload: the page is the answer to a POST.)
		const peopleUrl = `${server.url}/en/london-middlesex/app/${peoplePage}`;
		await page.goto(peopleUrl);
		expect(await page.locator('main').innerText()).toContain(newcomer);

		// The invited person opens the link and creates the account.
		const guest = await newContext(browser);
		const invited = await guest.newPage();
		await invited.goto(link);
		await hydrated(invited);
		expect(await invited.locator('h1').innerText()).toBe(
			'Invitation to join London & Middlesex Local Immigration Partnership'
		);
		expect(await invited.locator('main').innerText()).toContain(newcomer);
		await checkA11y(invited, 'invitation page (valid link)');
		await invited.locator('input[name="displayName"]').fill('Nouvelle Personne');
		await invited.locator('input[name="password"]').fill('Une phrase de passe assez longue');
		await invited.locator('input[name="passwordConfirm"]').fill('Une phrase de passe assez longue');
		await Promise.all([
			invited.waitForURL((url) => url.pathname === '/en/london-middlesex/app'),
			invited.locator('main form button[type="submit"]').click()
		]);
		await waitForText(invited.locator('main'), 'Invitation accepted. Welcome!');
		expect(await invited.locator('main').innerText()).toContain('Your role: Member');
		expect(await invited.locator('header .user-menu').innerText()).toContain('Nouvelle Personne');

		// The coordinator now sees a member, and no pending invitation.
		await page.goto(peopleUrl);
		const row = page.locator('table.data tbody tr', { hasText: newcomer }).first();
		expect(await row.innerText()).toContain('Member');
		expect(await page.locator('main').innerText()).toContain('No pending invitation.');

		// The link works once.
		const again = await (await newContext(browser)).newPage();
		await again.goto(link);
		expect(await again.locator('h1').innerText()).toContain('This link is no longer valid');
		expect(await again.locator('form').count()).toBe(0);
		await Promise.all([coordinator.close(), guest.close(), again.context().close()]);
	});

	it('a password reset requested on /fr/forgot-password arrives by e-mail and works once', async () => {
		const newPassword = 'Un tout nouveau mot de passe 2026';
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/fr/forgot-password`);
		await hydrated(page);
		await page.locator('main input[name="email"]').fill(demo.member);
		await page.locator('main form button[type="submit"]').click();
		await waitForText(page.locator('main .alert.success'), 'Si un compte existe pour cette adresse');

		const mail = await smtp.waitFor(demo.member, (m) => m.subject.includes('mot de passe'));
		expect(mail.subject).toBe('Réinitialisation de votre mot de passe | Resetting your password');
		expect(mail.text).toContain('(English follows)');
		expect(mail.text).toContain('Julien Lévesque');
		const link = firstLink(mail.text, '/fr/reset-password/');
		expect(link.startsWith(`${origin}/fr/reset-password/`)).toBe(true);

		await page.goto(link);
		await hydrated(page);
		expect(await page.locator('h1').innerText()).toBe('Choisir un nouveau mot de passe');
		await checkA11y(page, 'reset page (valid link)');
		await page.locator('main input[name="password"]').fill(newPassword);
		await page.locator('main input[name="passwordConfirm"]').fill(newPassword);
		await Promise.all([
			page.waitForURL((url) => url.pathname === '/fr/signin' && url.searchParams.get('done') === 'accounts.reset_done'),
			page.locator('main form button[type="submit"]').click()
		]);
		await waitForText(page.locator('main .alert.success'), 'Votre mot de passe a été changé');

		// The new password works…
		await signIn(page, server.url, 'fr', demo.member, newPassword);
		expect(new URL(page.url()).pathname).toBe('/fr');
		await context.close();

		// …the old one no longer does…
		const old = await (await newContext(browser)).newPage();
		await old.goto(`${server.url}/fr/signin`);
		await hydrated(old);
		await old.locator('main input[name="email"]').fill(demo.member);
		await old.locator('main input[name="password"]').fill(demoPassword);
		await old.locator('main form button[type="submit"]').click();
		await waitForText(old.locator('.error-summary'), 'Adresse courriel ou mot de passe incorrect.');

		// …and the link is spent.
		await old.goto(link);
		expect(await old.locator('main [role="alert"]').innerText()).toContain('Ce lien n’est plus valide');
		expect(await old.locator('input[name="password"]').count()).toBe(0);
		await old.context().close();
	});
});
