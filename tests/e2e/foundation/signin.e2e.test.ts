/**
 * Signing in and out in the browser, in both languages, and the failure limit
 * (this file's server runs with SIGNIN_MAX_FAILURES=3).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, hydrated, launchBrowser, newContext, signIn, waitForText } from '../../support/browser.ts';
import { demo, demoPassword, type Both, type Lang } from '../../support/demo.ts';
import { startSeededServer } from '../../support/seeded.ts';
import type { RunningServer } from '../../support/server.ts';

const executable = await findChromium();

const invalidCredentials: Both = {
	fr: 'Adresse courriel ou mot de passe incorrect.',
	en: 'Incorrect e-mail address or password.'
};
const rateLimited: Both = {
	fr: 'Trop de tentatives de connexion.',
	en: 'Too many sign-in attempts.'
};
const signedOut: Both = { fr: 'Vous êtes déconnecté·e.', en: 'You are signed out.' };
const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

describe.skipIf(!executable)('sign-in and sign-out (SIGNIN_MAX_FAILURES=3)', () => {
	let server: RunningServer;
	let browser: Browser;

	beforeAll(async () => {
		[server, browser] = await Promise.all([startSeededServer({ SIGNIN_MAX_FAILURES: '3' }), launchBrowser(executable)]);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	async function freshPage(): Promise<Page> {
		const context = await newContext(browser);
		return context.newPage();
	}

	/** Submits the sign-in form once and returns the HTTP status of the POST. */
	async function attempt(page: Page, lang: Lang, email: string, password: string): Promise<number> {
		if (!page.url().endsWith(`/${lang}/signin`)) {
			await page.goto(`${server.url}/${lang}/signin`);
			await hydrated(page);
		}
		await page.locator('main input[name="email"]').fill(email);
		await page.locator('main input[name="password"]').fill(password);
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/${lang}/signin`),
			page.locator('main form button[type="submit"]').click()
		]);
		return response.status();
	}

	// One account per language, so no e-mail comes near the limit here.
	const wrongPasswordAccount: Record<Lang, string> = { fr: demo.coordinator, en: demo.viewer };
	for (const lang of ['fr', 'en'] as const) {
		it(`${lang}: a wrong password shows the error in ${lang} and keeps the e-mail`, async () => {
			const page = await freshPage();
			try {
				const email = wrongPasswordAccount[lang];
				expect(await attempt(page, lang, email, 'not-the-password')).toBe(400);
				const summary = page.locator('.error-summary[role="alert"]');
				await waitForText(summary, invalidCredentials[lang]);
				expect(await summary.innerText()).not.toContain(invalidCredentials[other(lang)]);
				expect(await page.locator('main input[name="email"]').inputValue()).toBe(email);
				expect(new URL(page.url()).pathname).toBe(`/${lang}/signin`);
				expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
			} finally {
				await page.context().close();
			}
		});
	}

	const accounts: Record<Lang, { email: string; name: string }> = {
		fr: { email: demo.member, name: 'Julien Lévesque' },
		en: { email: demo.viewer, name: 'Priya Raman' }
	};
	for (const lang of ['fr', 'en'] as const) {
		it(`${lang}: signing in lands on the home page with the partnership link; signing out works`, async () => {
			const page = await freshPage();
			try {
				await signIn(page, server.url, lang, accounts[lang].email, demoPassword);
				expect(new URL(page.url()).pathname).toBe(`/${lang}`);
				const link = page.locator('nav.main-nav a', {
					hasText:
						lang === 'fr'
							? 'Partenariat local en immigration de London et Middlesex'
							: 'London & Middlesex Local Immigration Partnership'
				});
				expect(await link.getAttribute('href')).toBe(`/${lang}/london-middlesex`);
				expect(await page.locator('header .user-menu').innerText()).toContain(accounts[lang].name);
				// After a client-side navigation SvelteKit's announcer exists; it must stay invisible.
				const box = await page.locator('#svelte-announcer').boundingBox();
				expect(box === null || (box.width <= 1 && box.height <= 1), `announcer box ${JSON.stringify(box)}`).toBe(true);
				// The workspace opens.
				await link.click();
				await page.locator('a.button', { hasText: lang === 'fr' ? 'Ouvrir' : 'Open' }).click();
				await page.waitForURL(`${server.url}/${lang}/london-middlesex/app`);

				await Promise.all([
					page.waitForURL((url) => url.pathname === `/${lang}/signin`),
					page.locator('header .user-menu button[type="submit"]').click()
				]);
				expect(new URL(page.url()).searchParams.get('done')).toBe('accounts.signed_out');
				await waitForText(page.locator('main .alert.success'), signedOut[lang]);
				expect(await page.locator('header a.user-menu').getAttribute('href')).toBe(`/${lang}/signin`);
				// The session is gone: the workspace sends back to the sign-in page.
				await page.goto(`${server.url}/${lang}/london-middlesex/app`);
				const url = new URL(page.url());
				expect(url.pathname).toBe(`/${lang}/signin`);
				expect(url.searchParams.get('next')).toBe(`/${lang}/london-middlesex/app`);
			} finally {
				await page.context().close();
			}
		});
	}

	it('what is typed (or autofilled) before the page script starts is kept', async () => {
		const page = await freshPage();
		try {
			// Hold the page's JavaScript back until the fields are filled, as on a slow connection.
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/_app/**', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(`${server.url}/en/signin`, { waitUntil: 'domcontentloaded' });
			await page.locator('main input[name="email"]').fill(demo.coordinator);
			await page.locator('main input[name="password"]').fill(demoPassword);
			release();
			await hydrated(page);
			expect(await page.locator('main input[name="email"]').inputValue()).toBe(demo.coordinator);
			expect(await page.locator('main input[name="password"]').inputValue()).toBe(demoPassword);
		} finally {
			await page.context().close();
		}
	});

	it('signing in from a protected page returns to it (next=)', async () => {
		const page = await freshPage();
		try {
			await page.goto(`${server.url}/en/london-middlesex/app`);
			expect(new URL(page.url()).pathname).toBe('/en/signin');
			await hydrated(page);
			await page.locator('main input[name="email"]').fill(demo.coordinator);
			await page.locator('main input[name="password"]').fill(demoPassword);
			await Promise.all([
				page.waitForURL(`${server.url}/en/london-middlesex/app`),
				page.locator('main form button[type="submit"]').click()
			]);
			expect(await page.locator('h1').count()).toBe(1);
		} finally {
			await page.context().close();
		}
	});

	// Accounts that nothing else in this file fails with.
	const limitedAccount: Record<Lang, string> = { fr: demo.quinteCoordinator, en: demo.admin };
	for (const lang of ['fr', 'en'] as const) {
		it(`${lang}: after 3 failures the right password is refused with 429 and the rate-limit message`, async () => {
			const page = await freshPage();
			try {
				const email = limitedAccount[lang];
				for (let i = 0; i < 3; i++) {
					expect(await attempt(page, lang, email, `wrong-password-${i}`), `failure ${i + 1}`).toBe(400);
				}
				expect(await attempt(page, lang, email, demoPassword)).toBe(429);
				const summary = page.locator('.error-summary[role="alert"]');
				await waitForText(summary, rateLimited[lang]);
				expect(new URL(page.url()).pathname).toBe(`/${lang}/signin`);
				expect(await page.context().cookies()).toEqual([]);
				// Without JavaScript the answer is the same page with status 429.
				const response = await fetch(`${server.url}/${lang}/signin`, {
					method: 'POST',
					redirect: 'manual',
					headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: server.url },
					body: new URLSearchParams({ email, password: demoPassword }).toString()
				});
				expect(response.status).toBe(429);
				expect(await response.text()).toContain(rateLimited[lang]);
			} finally {
				await page.context().close();
			}
		});
	}
});
