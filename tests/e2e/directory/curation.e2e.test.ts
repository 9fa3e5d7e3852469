/**
 * Keeping the directory true, in the browser: a coordinator starts a verification campaign and
 * the organization's contact confirms a listing through the link in the e-mail; a visitor
 * reports a problem and the coordinator accepts it; a partner staff member edits their own
 * listing and cannot open another organization's; the printed directory downloads as a PDF
 * with its table of contents; and every curation page passes axe in French and in English.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
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
import { demo, demoPassword, langs } from '../../support/demo.ts';
import { startSeededServer } from '../../support/seeded.ts';
import type { RunningServer } from '../../support/server.ts';

const executable = await findChromium();
const uuid = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const lm = '/london-middlesex';

describe.skipIf(!executable)('directory curation in the browser', () => {
	let server: RunningServer;
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	let coordinator: Page;
	let member: Page;
	let visitor: Page;
	let serviceId = '';
	let memberServiceId = '';
	let otherServiceId = '';
	let verifyPath = '';

	async function tab(email: string | null): Promise<Page> {
		const context = await newContext(browser);
		contexts.push(context);
		const page = await context.newPage();
		if (email) await signIn(page, server.url, 'en', email, demoPassword);
		return page;
	}

	beforeAll(async () => {
		[server, browser] = await Promise.all([startSeededServer(), launchBrowser(executable)]);
		coordinator = await tab(demo.coordinator);
		member = await tab(demo.member);
		visitor = await tab(null);
		await coordinator.goto(`${server.url}/en${lm}/app/directory`);
		const html = await coordinator.content();
		serviceId = new RegExp(`/app/directory/services/${uuid}`).exec(html)?.[1] ?? '';
		expect(serviceId).toMatch(/^[0-9a-f-]{36}$/);
		await member.goto(`${server.url}/en${lm}/app/directory`);
		memberServiceId = new RegExp(`/app/directory/services/${uuid}`).exec(await member.content())?.[1] ?? '';
		// A listing of another organization: on the coordinator's list, not on the member's.
		const mine = new Set(
			[...(await member.content()).matchAll(new RegExp(`/app/directory/services/${uuid}`, 'g'))].map((m) => m[1])
		);
		otherServiceId =
			[...html.matchAll(new RegExp(`/app/directory/services/${uuid}`, 'g'))]
				.map((m) => m[1])
				.find((id) => !mine.has(id)) ?? '';
	}, 120_000);

	afterAll(async () => {
		for (const context of contexts) await context.close();
		await browser?.close();
		await server?.stop();
	});

	it('a coordinator starts a campaign; the contact opens the link from the outbox and confirms a listing', async () => {
		await coordinator.goto(`${server.url}/fr${lm}/app/directory/campaigns`);
		await hydrated(coordinator);
		await coordinator.locator('input[name="name"]').fill('Vérification e2e');
		await coordinator.locator('form[action="?/start"] button[type="submit"]').click();
		await waitForText(coordinator.locator('.alert.success'), 'Campagne lancée');
		await coordinator.locator('text=Envoyés').first().waitFor();
		// The e-mail, in the outbox (no SMTP here): both languages, a link to the verification page.
		await coordinator.goto(`${server.url}/en${lm}/app/outbox`);
		const link = coordinator
			.locator('table.data tbody a', { hasText: /directory listings|fiches du répertoire/ })
			.first();
		await link.click();
		const body = await coordinator.locator('[data-testid="mail-body"]').innerText();
		expect(body).toMatch(/Le français suit|English follows/);
		const path = /https?:\/\/[^/\s]+(\/(fr|en)\/london-middlesex\/directory\/verify\/[A-Za-z0-9_-]+)/.exec(body);
		expect(path, body).not.toBeNull();
		verifyPath = path![1];
		// The contact has no account: a fresh browser.
		await visitor.goto(`${server.url}${verifyPath}`);
		await hydrated(visitor);
		const first = visitor.locator('form[action="?/confirm"]').first();
		await first.locator('button[type="submit"]').click();
		await visitor.locator('.alert.success').first().waitFor();
		await expect(visitor.locator('.badge.ok').count()).resolves.toBeGreaterThan(0);
		await checkA11y(visitor, 'verification page after confirming');
		// Progress shows the answer.
		await coordinator.goto(`${server.url}/en${lm}/app/directory/campaigns`);
		await waitForText(coordinator.locator('table.data'), 'Confirmed');
		// A bad link: a clear page, 404.
		const bad = await visitor.goto(`${server.url}/en${lm}/directory/verify/not-a-real-token-at-all`);
		expect(bad?.status()).toBe(404);
		await waitForText(visitor.locator('h1'), 'This link no longer works');
		await waitForText(visitor.locator('main'), 'Ce lien ne fonctionne plus');
	});

	it('a visitor reports a problem without JavaScript; the coordinator accepts it and the listing changes', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		contexts.push(context);
		const page = await context.newPage();
		await page.goto(`${server.url}/en${lm}/directory/services/${serviceId}/report`);
		await page.locator('#kind-wrong_info').check();
		await page.locator('textarea[name="message"]').fill('The website address changed.');
		await page.locator('details summary').click();
		await page.locator('input[name="change_url"]').fill('https://e2e-new-site.example.org');
		await page.locator('form button[type="submit"]').click();
		await waitForText(page.locator('.alert.success'), 'Thank you');
		await coordinator.goto(`${server.url}/en${lm}/app/directory/suggestions`);
		await hydrated(coordinator);
		const item = coordinator.locator('li.card', { hasText: 'The website address changed.' });
		await item.locator('button[value="accept"]').click();
		await waitForText(coordinator.locator('.alert.success'), 'Suggestion accepted');
		await coordinator.goto(`${server.url}/en${lm}/app/directory/services/${serviceId}`);
		await expect(coordinator.locator('input[name="url"]').inputValue()).resolves.toBe(
			'https://e2e-new-site.example.org'
		);
		await waitForText(
			coordinator.locator('#history-title + .table-wrap, section[aria-labelledby="history-title"]'),
			'e2e-new-site'
		);
	});

	it('a member edits their own listing and cannot open another organization’s', async () => {
		expect(memberServiceId, 'the demo member’s organization has listings').toMatch(/^[0-9a-f-]{36}$/);
		await member.goto(`${server.url}/en${lm}/app/directory/services/${memberServiceId}`);
		await hydrated(member);
		await member.locator('textarea[name="descriptionEn"]').fill('Updated by partner staff in the e2e test.');
		await member.locator('form[action="?/save"] button[type="submit"]').first().click();
		// A possible-duplicate warning asks to confirm; confirm and save again.
		const warned = await member
			.locator('input[name="confirmNotDuplicate"]')
			.waitFor({ timeout: 3000 })
			.then(() => true)
			.catch(() => false);
		if (warned) {
			await member.locator('input[name="confirmNotDuplicate"]').check();
			await member.locator('form[action="?/save"] button[type="submit"]').first().click();
		}
		await waitForText(member.locator('.alert.success'), 'Listing saved');
		expect(otherServiceId, 'another organization’s listing').toMatch(/^[0-9a-f-]{36}$/);
		const refused = await member.goto(`${server.url}/en${lm}/app/directory/services/${otherServiceId}`);
		expect(refused?.status()).toBe(404);
		// Nor can they save into it.
		const write = await member.request.post(`${server.url}/en${lm}/app/directory/services/${otherServiceId}?/save`, {
			form: { nameFr: 'HACKED', organizationId: otherServiceId },
			headers: { origin: server.url }
		});
		expect(write.status()).toBe(404);
	});

	it('downloads the printed directory as a PDF with a table of contents and a listing, in each language', async () => {
		for (const [lang, toc] of [
			['fr', 'Table des matières'],
			['en', 'Contents']
		] as const) {
			const response = await coordinator.request.get(
				`${server.url}/${lang}${lm}/app/directory/print/booklet.pdf?booklet=${lang}`
			);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toBe('application/pdf');
			const pdf = new Uint8Array(await response.body());
			const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
			expect(text).toContain(toc);
			expect(text).toMatch(lang === 'fr' ? /Téléphone|Adresse/ : /Phone|Address/);
		}
	});

	describe('every curation page passes axe, in fr and en', () => {
		const pages: { name: string; who: () => Page; path: () => string; status?: number }[] = [
			{ name: 'listings', who: () => coordinator, path: () => '/app/directory' },
			{ name: 'listings (member)', who: () => member, path: () => '/app/directory' },
			{ name: 'stale listings', who: () => coordinator, path: () => '/app/directory?stale=stale' },
			{ name: 'service editor', who: () => coordinator, path: () => `/app/directory/services/${serviceId}` },
			{ name: 'new service', who: () => coordinator, path: () => '/app/directory/services/new' },
			{ name: 'locations', who: () => coordinator, path: () => '/app/directory/locations' },
			{ name: 'new location', who: () => coordinator, path: () => '/app/directory/locations/new' },
			{ name: 'campaigns', who: () => coordinator, path: () => '/app/directory/campaigns' },
			{ name: 'suggestions', who: () => coordinator, path: () => '/app/directory/suggestions' },
			{
				name: 'accepted suggestions',
				who: () => coordinator,
				path: () => '/app/directory/suggestions?status=accepted'
			},
			{ name: 'duplicates', who: () => coordinator, path: () => '/app/directory/duplicates' },
			{ name: 'print form', who: () => coordinator, path: () => '/app/directory/print' },
			{ name: 'taxonomy', who: () => coordinator, path: () => '/app/directory/taxonomy' },
			{ name: 'report form', who: () => visitor, path: () => `/directory/services/${serviceId}/report` },
			{
				name: 'verification page',
				who: () => visitor,
				path: () => verifyPath.replace(/^\/(fr|en)\/london-middlesex/, '')
			},
			{
				name: 'bad verification link',
				who: () => visitor,
				path: () => '/directory/verify/not-a-real-token-at-all',
				status: 404
			}
		];
		for (const lang of langs) {
			for (const p of pages) {
				it(`${p.name} [${lang}]`, async () => {
					const page = p.who();
					const errors = watchErrors(page);
					const response = await page.goto(`${server.url}/${lang}${lm}${p.path()}`);
					expect(response?.status(), p.path()).toBe(p.status ?? 200);
					await hydrated(page);
					await checkPageBasics(page, lang, p.name);
					await checkA11y(page, `${p.name} [${lang}]`);
					expect(errors).toEqual([]);
				});
			}
			it(`booklet preview [${lang}]`, async () => {
				const response = await coordinator.goto(
					`${server.url}/${lang}${lm}/app/directory/print/booklet?booklet=${lang}`
				);
				expect(response?.status()).toBe(200);
				await checkA11y(coordinator, `booklet [${lang}]`);
			});
			it(`duplicates after a scan, and a pair side by side [${lang}]`, async () => {
				await coordinator.goto(`${server.url}/${lang}${lm}/app/directory/duplicates`);
				await hydrated(coordinator);
				await coordinator.locator('form[action="?/scan"] button').click();
				await coordinator.locator('.alert.success').waitFor();
				await checkA11y(coordinator, `duplicates scanned [${lang}]`);
				const pair = coordinator.locator('table.data tbody a').first();
				if (await pair.count()) {
					await pair.click();
					await coordinator.locator('h1').waitFor();
					await checkA11y(coordinator, `duplicate pair [${lang}]`);
				}
			});
		}
	});
});
