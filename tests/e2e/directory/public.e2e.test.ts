/**
 * The public directory as a newcomer and a settlement worker use it: no account, phone-sized,
 * without JavaScript, in French, English and the newcomers' languages (Arabic right to left).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkA11y,
	checkPageBasics,
	findChromium,
	hydrated,
	launchBrowser,
	newContext,
	signIn,
	waitForText,
	watchErrors
} from '../../support/browser.ts';
import { demo, demoPassword } from '../../support/demo.ts';
import { originEnv } from '../../support/ports.ts';
import { startSeededServer } from '../../support/seeded.ts';
import type { RunningServer } from '../../support/server.ts';

const executable = await findChromium();
const slug = 'london-middlesex';

describe.skipIf(!executable)('the public directory', () => {
	let server: RunningServer;
	let browser: Browser;
	let context: BrowserContext & { blocked: string[] };
	let page: Page;
	let errors: string[];

	beforeAll(async () => {
		const env = await originEnv();
		[server, browser] = await Promise.all([startSeededServer(env), launchBrowser(executable)]);
		context = await newContext(browser, { viewport: { width: 375, height: 800 } });
		page = await context.newPage();
		errors = watchErrors(page);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	const url = (path: string, lang = 'en') => `${server.url}/${lang}/${slug}/directory${path}`;
	const hitNames = () => page.locator('.dir-hit h3').allInnerTexts();
	const total = async () => Number((await page.locator('#dir-results-title').innerText()).match(/\d+/)?.[0] ?? 0);

	it('finds services by keyword in French and in English, with facet counts beside the filters', async () => {
		await page.goto(url('?q=logement', 'fr'));
		expect((await hitNames()).join('\n')).toContain('Centre d’accès au logement');
		await page.goto(url('?q=housing'));
		expect((await hitNames()).join('\n')).toContain('Housing Access Centre');
		// Facet counts: every status and mode option says how many services it would show.
		const statusLabel = await page.locator('label[for="f-status-refugee_claimant"]').textContent();
		expect(statusLabel).toMatch(/Refugee claimant \(\d+\)/);
		expect(await page.locator('#dir-category option[value="housing"]').textContent()).toMatch(/Housing \(\d+\)/);
		expect(await page.locator('#dir-language option').count()).toBeGreaterThan(3);
	});

	it('filters by category, language, status, free and open now, and explains an empty result', async () => {
		await page.goto(url(''));
		const all = await total();
		expect(all).toBeGreaterThan(10);
		await page.goto(url('?category=housing'));
		const housing = await total();
		expect(housing).toBeGreaterThan(0);
		expect(housing).toBeLessThan(all);
		for (const card of await page.locator('.dir-hit').all())
			expect(await card.innerText()).toMatch(/Housing|Emergency shelter/);
		await page.goto(url('?language=ar'));
		const arabic = await total();
		expect(arabic).toBeGreaterThan(0);
		expect(arabic).toBeLessThan(all);
		for (const card of await page.locator('.dir-hit .dir-langs').all())
			expect(await card.innerText()).toContain('Arabic');
		await page.goto(url('?status=refugee_claimant&free=1'));
		expect(await total()).toBeGreaterThan(0);
		expect(await total()).toBeLessThan(all);
		await page.goto(url('?open=1'));
		for (const card of await page.locator('.dir-hit').all()) expect(await card.innerText()).toContain('Open now');
		// Nothing matches: the page offers to take each filter off.
		await page.goto(url('?q=zzzzqqqxxx&free=1'));
		expect(await total()).toBe(0);
		await waitForText(page.locator('.empty'), 'No service matches your search');
		const removeFree = page.locator('.dir-remove a', { hasText: 'Free of charge' });
		expect(await removeFree.getAttribute('href')).not.toContain('free=1');
	});

	it('searches within a radius of a chosen place, nearest first', async () => {
		await page.goto(url('?where=area&area=cma-555&radius=10&sort=distance'));
		const distances = await page.locator('.dir-hit .badge', { hasText: 'km away' }).allInnerTexts();
		expect(distances.length).toBeGreaterThan(0);
		const km = distances.map((d) => Number(d.match(/[\d.]+/)![0]));
		for (const d of km) expect(d).toBeLessThanOrEqual(10);
		expect([...km].sort((a, b) => a - b)).toEqual(km);
		expect(await page.locator('#dir-area').inputValue()).toBe('cma-555');
		// Wider: more services.
		const near = await total();
		await page.goto(url('?where=area&area=cma-555&radius=50&sort=distance'));
		expect(await total()).toBeGreaterThan(near);
	});

	it('shows the map and searches around a point clicked on it, without JavaScript', async () => {
		const noJs = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const p = await noJs.newPage();
		await p.goto(url('?view=map&q=settlement'));
		const map = p.locator('input[type="image"][name="map"]');
		expect(await map.getAttribute('alt')).toBeTruthy();
		expect(await p.locator('.dir-map-list li').count()).toBeGreaterThan(0);
		const svg = await (await fetch(new URL((await map.getAttribute('src'))!, url('')).toString())).text();
		expect(svg).toContain('<svg');
		expect(svg).toContain('Middlesex');
		const box = (await map.boundingBox())!;
		await Promise.all([p.waitForURL(/where=point/), map.click({ position: { x: box.width / 2, y: box.height / 2 } })]);
		const point = new URL(p.url());
		expect(Number(point.searchParams.get('lat'))).toBeGreaterThan(42);
		expect(Number(point.searchParams.get('lat'))).toBeLessThan(44);
		expect(Number(point.searchParams.get('lon'))).toBeLessThan(-80);
		expect(point.searchParams.get('q')).toBe('settlement');
		expect(await p.locator('#where-point').isChecked()).toBe(true);
		await noJs.close();
		expect(context.blocked).toEqual([]);
	});

	it('works as a plain GET form without JavaScript', async () => {
		const noJs = await newContext(browser, { javaScriptEnabled: false });
		const p = await noJs.newPage();
		await p.goto(url('', 'fr'));
		await p.locator('#dir-q').fill('emploi');
		await p.locator('.dir-filters > summary').click();
		await p.locator('#f-free').check();
		await Promise.all([p.waitForURL(/q=emploi/), p.locator('.dir-keyword button[type="submit"]').click()]);
		expect(p.url()).toContain('free=1');
		expect(await p.locator('.dir-hit').count()).toBeGreaterThan(0);
		await noJs.close();
	});

	it('shows a service: hours, open now, verified date, languages and the report link', async () => {
		await page.goto(url('?q=housing'));
		await Promise.all([
			page.waitForURL(/\/services\//),
			page.locator('.dir-hit h3 a', { hasText: 'Housing Access Centre' }).click()
		]);
		expect(await page.locator('h1').innerText()).toContain('Housing Access Centre');
		expect(await page.locator('table.dir-hours tbody tr').count()).toBe(7);
		expect(await page.locator('table.dir-hours').innerText()).toContain('Monday');
		expect(await page.locator('.dir-open-status').innerText()).toMatch(/Open now|Closed now/);
		expect(await page.locator('.dir-verified').innerText()).toMatch(/verified on|last verified|not been verified/);
		const report = page.locator('a', { hasText: 'Report a problem' });
		expect(await report.getAttribute('href')).toMatch(/\/directory\/services\/[0-9a-f-]{36}\/report$/);
		expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
		expect(await page.locator('img.dir-location-map').count()).toBeGreaterThan(0);
		// Plain HTML, no client-side app: only the directory's small script, which adds print and copy.
		const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || 'inline'));
		expect(scripts).toEqual([`${server.url}/directory.js`]);
		await page.locator('button[data-print]').waitFor({ state: 'visible' });
	});

	it('with JavaScript, "near me" fills the point from the browser’s position', async () => {
		const located = await newContext(browser, {
			permissions: ['geolocation'],
			geolocation: { latitude: 42.9849, longitude: -81.2453 }
		});
		const p = await located.newPage();
		await p.goto(url('?q=settlement'));
		await p.locator('.dir-filters > summary').click();
		await p.locator('button[data-locate]').click();
		await waitForText(p.locator('[data-locate-status]'), 'Location found');
		expect(await p.locator('#where-me').isChecked()).toBe(true);
		await Promise.all([p.waitForURL(/where=me/), p.locator('.dir-actions button[type="submit"]').click()]);
		expect(new URL(p.url()).searchParams.get('lat')).toBe('42.9849');
		expect(await p.locator('.dir-hit .badge', { hasText: 'km away' }).count()).toBeGreaterThan(0);
		await located.close();
	});

	it('builds a list for a client, prints it as a handout in Arabic, and sends it by e-mail to the outbox', async () => {
		await page.goto(url('?q=housing'));
		for (const index of [0, 1]) {
			await Promise.all([
				page.waitForResponse((r) => r.url().includes('/directory/list') && r.request().method() === 'POST'),
				page.locator('.dir-hit').nth(index).locator('button', { hasText: 'Add to my list' }).click()
			]);
		}
		await waitForText(page.locator('.dir-mylist'), 'My list (2 services)');
		await page.goto(url('/list'));
		expect(await page.locator('.dir-handout-list > li').count()).toBe(2);
		await page.locator('#field-note').fill('Appelez lundi matin. Bonne chance!');
		await page.locator('#field-hl').selectOption('ar');
		await Promise.all([page.waitForURL(/hl=ar/), page.locator('button', { hasText: 'Update the handout' }).click()]);
		const handout = page.locator('#handout');
		expect(await handout.getAttribute('dir')).toBe('rtl');
		expect(await handout.getAttribute('lang')).toBe('ar');
		expect(await handout.innerText()).toContain('خدمات من أجلك');
		expect(await handout.innerText()).toContain('Appelez lundi matin');
		// Printed, only the handout remains: no header, filters, forms or buttons.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.dir-list-tools').isVisible()).toBe(false);
		expect(await page.locator('.dir-languages').isVisible()).toBe(false);
		expect(await handout.isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });

		const to = 'client.list@example.org';
		await page.locator('#field-to').fill(to);
		await page.locator('.dir-send button[type="submit"]').click();
		await waitForText(page.locator('main .alert.success'), 'Sent');
		// The share link carries the same services.
		const shared = await page.locator('.dir-copy input').first().inputValue();
		expect(shared).toMatch(/\/directory\/list\?ids=[0-9a-f-]{36}\.[0-9a-f-]{36}$/);

		const coordinator = await (await newContext(browser)).newPage();
		await signIn(coordinator, server.url, 'en', demo.coordinator, demoPassword);
		await expect
			.poll(
				async () => {
					await coordinator.goto(`${server.url}/en/${slug}/app/outbox`);
					return coordinator.locator('table.data tbody tr', { hasText: to }).count();
				},
				{ timeout: 20_000, interval: 300 }
			)
			.toBe(1);
		expect(await coordinator.locator('table.data tbody tr', { hasText: to }).innerText()).toContain(
			'Services for you (2)'
		);
		await coordinator.context().close();
	});

	it('speaks Arabic, right to left: سكن finds housing, with the French-and-English-only note', async () => {
		await page.goto(url(`?q=${encodeURIComponent('سكن')}`, 'ar'));
		expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
			'ar',
			'rtl'
		]);
		expect(await page.locator('h1').innerText()).toBe('ابحث عن خدمات');
		expect((await hitNames()).join('\n')).toMatch(/Housing Access Centre|Community housing/);
		expect(await page.locator('.dir-content-note').innerText()).toContain('الفرنسية والإنجليزية');
		// Links stay in Arabic; the listing itself says it is in English only.
		const first = page.locator('.dir-hit h3 a').first();
		expect(await first.getAttribute('href')).toMatch(new RegExp(`^/ar/${slug}/directory/services/`));
		await Promise.all([page.waitForURL(/\/ar\/.*\/services\//), first.click()]);
		expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
		expect(await page.locator('.dir-content-note').innerText()).toBe(
			'هذه المعلومات متوفرة باللغتين الفرنسية والإنجليزية فقط.'
		);
		expect(await page.locator('.dir-service-actions a').getAttribute('href')).toMatch(/^\/ar\/.*\/report$/);
		await page.goto(url(`?q=${encodeURIComponent('سكن')}`, 'ar'));
		// Other pages in Arabic open in English.
		const elsewhere = await fetch(`${server.url}/ar/${slug}/partners`, { redirect: 'manual' });
		expect(elsewhere.status).toBe(307);
		expect(elsewhere.headers.get('location')).toBe(`/en/${slug}/partners`);
		// The picker lists the nine languages by their own names.
		const names = await page.locator('.dir-languages a').allInnerTexts();
		expect(names).toEqual([
			'Français',
			'English',
			'العربية',
			'Español',
			'中文（简体）',
			'ਪੰਜਾਬੀ',
			'Tagalog',
			'Українська',
			'فارسی'
		]);
	});

	it('has no accessibility violation on any directory page in fr, en, ar and es', async () => {
		const a11y = await newContext(browser);
		const p = await a11y.newPage();
		const pageErrors = watchErrors(p);
		await p.goto(url('?q=housing'));
		const serviceHref = (await p.locator('.dir-hit h3 a').first().getAttribute('href'))!
			.replace(/^\/en/, '')
			.replace(/\?.*$/, '');
		const servicePath = serviceHref.replace(`/${slug}/directory`, '');
		for (const lang of ['fr', 'en', 'ar', 'es'] as const) {
			for (const path of [
				'',
				'?q=housing&status=permanent_resident',
				'?view=map',
				servicePath,
				'/list',
				'?q=zzzzqqq'
			]) {
				await p.goto(url(path, lang));
				const label = `${lang} directory${path}`;
				if (lang === 'fr' || lang === 'en') await checkPageBasics(p, lang, label);
				else {
					expect(await p.evaluate(() => document.documentElement.lang), label).toBe(lang);
					expect(await p.locator('h1').count(), label).toBe(1);
				}
				await checkA11y(p, label);
			}
		}
		expect(pageErrors).toEqual([]);
		await a11y.close();
	});

	it('is linked from the partnership’s public page (a full page load: no client-side app here)', async () => {
		const js = await newContext(browser);
		const p = await js.newPage();
		await p.goto(`${server.url}/fr/${slug}`);
		await hydrated(p);
		await Promise.all([
			p.waitForURL(/\/fr\/london-middlesex\/directory$/),
			p.locator('a', { hasText: 'Trouver des services' }).click()
		]);
		expect(await p.locator('h1').innerText()).toBe('Trouver des services');
		await p.locator('.dir-filters > summary').click();
		await p.locator('button[data-locate]').waitFor({ state: 'visible' });
		await js.close();
	});

	it('draws optional raster tiles under the map when MAP_TILE_URL is set, and lets the CSP allow them', async () => {
		const tiled = await startSeededServer({ MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' });
		try {
			const response = await fetch(`${tiled.url}/en/${slug}/directory?view=map`);
			const html = await response.text();
			expect(response.headers.get('content-security-policy')).toMatch(/img-src https:\/\/tiles\.example\.org /);
			expect(html).toMatch(/<image href="https:\/\/tiles\.example\.org\/\d+\/\d+\/\d+\.png"/);
			expect(html).toContain('transparent=1');
		} finally {
			await tiled.stop();
		}
		// Unset (the default): no tile, and the CSP allows images from this site only.
		const plain = await fetch(url('?view=map'));
		expect(plain.headers.get('content-security-policy')).toMatch(/img-src 'self' data:/);
		expect(await plain.text()).not.toContain('<image href');
	});

	it('loaded nothing from another machine and logged no error', () => {
		expect(context.blocked).toEqual([]);
		expect(errors).toEqual([]);
	});
});
