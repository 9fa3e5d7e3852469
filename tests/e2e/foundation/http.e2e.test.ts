/**
 * The HTTP surface of the production server: language negotiation on `/`, the language switch,
 * cross-site form posts refused, the Content-Security-Policy and other headers, /healthz.
 * Everything but the language switch is plain fetch from Node, so it runs without Chromium.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, hydrated, launchBrowser, newContext } from '../../support/browser.ts';
import { demo, demoPassword, langs, peoplePage } from '../../support/demo.ts';
import { startSeededServer } from '../../support/seeded.ts';
import type { RunningServer } from '../../support/server.ts';

const executable = await findChromium();

function signInBody(email: string, password: string): string {
	return new URLSearchParams({ email, password }).toString();
}

/** script-src (and friends) of a Content-Security-Policy header, as lists of tokens. */
function directives(header: string): Record<string, string[]> {
	return Object.fromEntries(
		header
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name, values])
	);
}

describe('HTTP surface', () => {
	let server: RunningServer;

	beforeAll(async () => {
		server = await startSeededServer();
	});

	afterAll(async () => {
		await server?.stop();
	});

	describe('/ sends each visitor to their language', () => {
		const cases: [string | null, string][] = [
			['fr-CA', '/fr'],
			['fr-CA,fr;q=0.9,en;q=0.8', '/fr'],
			['en-US', '/en'],
			['en-CA,en;q=0.9,fr-CA;q=0.5', '/en'],
			['de-DE,en;q=0.5', '/en'],
			['es-MX', '/fr'],
			[null, '/fr']
		];
		for (const [acceptLanguage, target] of cases) {
			it(`Accept-Language: ${acceptLanguage ?? '(none)'} → ${target}`, async () => {
				const response = await fetch(`${server.url}/`, {
					redirect: 'manual',
					headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {}
				});
				expect(response.status).toBe(303);
				expect(response.headers.get('location')).toBe(target);
				expect(response.headers.get('vary')?.toLowerCase()).toContain('accept-language');
			});
		}
	});

	describe('cross-site request forgery', () => {
		const post = (path: string, origin: string | null, body: string) =>
			fetch(`${server.url}${path}`, {
				method: 'POST',
				redirect: 'manual',
				// accept: text/html as a browser's form submission sends (with */* SvelteKit answers JSON).
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'text/html',
					...(origin ? { origin } : {})
				},
				body
			});

		it('a sign-in POST from another site is refused with 403', async () => {
			const response = await post('/en/signin', 'https://evil.example', signInBody(demo.coordinator, demoPassword));
			expect(response.status).toBe(403);
			expect(response.headers.get('set-cookie')).toBeNull();
		});

		it('a form POST with no Origin at all is refused too', async () => {
			const response = await post('/en/signin', null, signInBody(demo.coordinator, demoPassword));
			expect(response.status).toBe(403);
		});

		it('a cross-site invitation POST is refused even with a valid session cookie', async () => {
			const signedIn = await post('/en/signin', server.url, signInBody(demo.coordinator, demoPassword));
			const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
			expect(cookie).toMatch(/=/);
			const response = await fetch(`${server.url}/en/london-middlesex/app/${peoplePage}?/invite`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'text/html',
					origin: 'https://evil.example',
					cookie
				},
				body: new URLSearchParams({ email: 'victim@example.org', role: 'coordinator', locale: 'en' }).toString()
			});
			expect(response.status).toBe(403);
		});

		it('the same POST from the site itself signs in (303 and a session cookie)', async () => {
			const response = await post('/en/signin', server.url, signInBody(demo.coordinator, demoPassword));
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toBe('/en');
			const cookie = response.headers.get('set-cookie') ?? '';
			expect(cookie).toMatch(/HttpOnly/i);
			expect(cookie).toMatch(/SameSite=Lax/i);
		});
	});

	describe('Content-Security-Policy and security headers', () => {
		const paths = ['/fr', '/en/signin', '/fr/london-middlesex', '/en/no-such-partnership'];
		for (const path of paths) {
			it(`${path}: strict script-src, no inline script without its nonce`, async () => {
				const response = await fetch(`${server.url}${path}`);
				const header = response.headers.get('content-security-policy');
				expect(header, 'CSP header').toBeTruthy();
				expect(header).toContain("script-src 'self'");
				const d = directives(header!);
				expect(d['script-src']).toContain("'self'");
				expect(d['script-src']).not.toContain("'unsafe-inline'");
				expect(d['script-src']).not.toContain("'unsafe-eval'");
				expect(
					d['script-src'].some((v) => /^'(nonce|sha256)-/.test(v)),
					'a nonce or hash'
				).toBe(true);
				expect(d['style-src'] ?? [], 'style-src').not.toContain("'unsafe-inline'");
				expect(d['frame-ancestors']).toEqual(["'none'"]);
				expect(d['object-src']).toEqual(["'none'"]);
				expect(d['form-action']).toContain("'self'");
				expect(d['default-src']).toEqual(["'self'"]);
				// Every inline script carries the nonce the header allows.
				const html = await response.text();
				const nonces = d['script-src'].filter((v) => v.startsWith("'nonce-")).map((v) => v.slice(7, -1));
				const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
				expect(inline.length).toBeGreaterThan(0);
				for (const attrs of inline) {
					const nonce = /nonce="([^"]+)"/.exec(attrs)?.[1];
					expect(nonce && nonces.includes(nonce), `inline <script${attrs}> allowed by the CSP`).toBe(true);
				}
				expect(response.headers.get('x-content-type-options')).toBe('nosniff');
				expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
				expect(response.headers.get('x-request-id')).toBeTruthy();
			});
		}

		it('the nonce changes from one response to the next', async () => {
			const nonce = async () =>
				/'nonce-([^']+)'/.exec((await fetch(`${server.url}/fr`)).headers.get('content-security-policy') ?? '')?.[1];
			const [a, b] = [await nonce(), await nonce()];
			expect(a).toBeTruthy();
			expect(a).not.toBe(b);
		});
	});

	it('/healthz answers JSON {status: ok, database: pglite}', async () => {
		const response = await fetch(`${server.url}/healthz`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = (await response.json()) as Record<string, unknown>;
		expect(body).toMatchObject({ status: 'ok', database: 'pglite' });
		expect(typeof body.uptime_s).toBe('number');
	});

	describe.skipIf(!executable)('language switch (browser)', () => {
		let browser: Browser;

		beforeAll(async () => {
			browser = await launchBrowser(executable);
		});

		afterAll(async () => {
			await browser?.close();
		});

		for (const lang of langs) {
			const other = lang === 'fr' ? 'en' : 'fr';
			it(`${lang} → ${other} keeps the path and the query`, async () => {
				const context = await newContext(browser);
				const page = await context.newPage();
				try {
					const path = `/signin?next=${encodeURIComponent(`/${lang}/london-middlesex/app`)}&done=accounts.signed_out`;
					await page.goto(`${server.url}/${lang}${path}`);
					await hydrated(page);
					const link = page.locator('a.lang-switch');
					expect(await link.getAttribute('href')).toBe(`/${other}${path}`);
					expect(await link.getAttribute('hreflang')).toBe(other);
					expect(await link.getAttribute('lang')).toBe(other);
					await Promise.all([page.waitForURL(`${server.url}/${other}${path}`), link.click()]);
					await hydrated(page);
					expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
					expect(await page.locator('a.lang-switch').getAttribute('href')).toBe(`/${lang}${path}`);
					// The page really is in the other language: the sign-in title changed.
					const title = { fr: 'Se connecter', en: 'Sign in' };
					expect(await page.locator('h1').innerText()).toBe(title[other]);
					expect(context.blocked).toEqual([]);
				} finally {
					await context.close();
				}
			});

			it(`${lang}: on a partnership page the switch keeps the slug`, async () => {
				const context = await newContext(browser);
				const page = await context.newPage();
				try {
					await page.goto(`${server.url}/${lang}/london-middlesex`);
					expect(await page.locator('a.lang-switch').getAttribute('href')).toBe(`/${other}/london-middlesex`);
				} finally {
					await context.close();
				}
			});
		}
	});
});
