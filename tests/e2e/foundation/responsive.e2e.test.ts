/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide nothing scrolls sideways. Also leaves
 * screenshots at 1280 and 320 in /tmp/shots/ (SHOTS_DIR) for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, hydrated, launchBrowser, newContext, signIn } from '../../support/browser.ts';
import { demo, demoPassword, langs, peoplePage } from '../../support/demo.ts';
import { startSeededServer } from '../../support/seeded.ts';
import type { RunningServer } from '../../support/server.ts';

const executable = await findChromium();
const shots = process.env.SHOTS_DIR ?? '/tmp/shots';

describe.skipIf(!executable)('responsive layout', () => {
	let server: RunningServer;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		mkdirSync(shots, { recursive: true });
		[server, browser] = await Promise.all([startSeededServer(), launchBrowser(executable)]);
		context = await newContext(browser, { viewport: { width: 320, height: 640 } });
		page = await context.newPage();
		await signIn(page, server.url, 'en', demo.coordinator, demoPassword);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	const pages = [
		{ name: 'home', path: '' },
		{ name: 'dashboard', path: '/london-middlesex/app' },
		{ name: 'people', path: `/london-middlesex/app/${peoplePage}` },
		{ name: 'outbox', path: '/london-middlesex/app/outbox' },
		{ name: 'audit', path: '/london-middlesex/app/audit' }
	];

	for (const lang of langs) {
		for (const p of pages) {
			it(`${lang}: ${p.name} has no horizontal scroll at 320px`, async () => {
				await page.setViewportSize({ width: 320, height: 640 });
				await page.goto(`${server.url}/${lang}${p.path}`);
				await hydrated(page);
				const widths = await page.evaluate(() => ({
					scroll: document.scrollingElement!.scrollWidth,
					// The widest element that sticks out, to make a failure readable.
					culprit: [...document.querySelectorAll('body *')]
						.filter((el) => el.getBoundingClientRect().right > 321 && !el.closest('.table-wrap > *, pre > *'))
						.slice(0, 3)
						.map(
							(el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)}px)`
						)
				}));
				expect(widths.scroll, `wider than 320: ${widths.culprit.join(', ')}`).toBeLessThanOrEqual(320);
			});
		}
	}

	it('the sign-in page (fr, signed out) has no horizontal scroll at 320px', async () => {
		const anonymous = await (await newContext(browser, { viewport: { width: 320, height: 640 } })).newPage();
		await anonymous.goto(`${server.url}/fr/signin`);
		expect(await anonymous.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
		await anonymous.context().close();
	});

	it('screenshots: home and people (en), sign-in (fr), at 1280 and 320', async () => {
		const anonymous = await (await newContext(browser)).newPage();
		const targets: [Page, string, string][] = [
			[page, 'home-en', '/en'],
			[page, 'people-en', `/en/london-middlesex/app/${peoplePage}`],
			[anonymous, 'signin-fr', '/fr/signin']
		];
		for (const width of [1280, 320]) {
			for (const [tab, name, path] of targets) {
				await tab.setViewportSize({ width, height: width === 320 ? 640 : 800 });
				await tab.goto(`${server.url}${path}`);
				await hydrated(tab);
				await tab.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
			}
		}
		await anonymous.context().close();
	});
});
