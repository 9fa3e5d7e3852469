/**
 * Every page of the foundation, in French and in English, visited with the role that can see
 * it: no axe violation (WCAG 2.2 AA), <html lang> is the URL's language, exactly one h1, the
 * skip link is the first Tab stop and targets #main, no console error (a CSP-blocked script
 * would show there) and no request leaves the machine.
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
	watchErrors
} from '../../support/browser.ts';
import { demo, demoPassword, langs, peoplePage, type Lang } from '../../support/demo.ts';
import { startSeededServer } from '../../support/seeded.ts';
import type { RunningServer } from '../../support/server.ts';

const executable = await findChromium();

type Role = 'anonymous' | 'admin' | 'coordinator' | 'member' | 'viewer';

interface PageCase {
	name: string;
	role: Role;
	path: (lang: Lang) => string;
	status?: number;
}

const lm = (lang: Lang) => `/${lang}/london-middlesex`;

describe.skipIf(!executable)('every page passes axe and shares the page structure, in fr and en', () => {
	let server: RunningServer;
	let browser: Browser;
	const contexts = {} as Record<Role, BrowserContext & { blocked: string[] }>;
	/** One tab per role, reused from page to page; `errors` is emptied before each visit. */
	const tabs = {} as Record<Role, { page: Page; errors: string[] }>;
	let mailId = '';
	/** Ids of one demo row of each kind, read from the list pages. */
	const ids = { organization: '', person: '', table: '', meeting: '', join: '' };

	const pages: PageCase[] = [
		{ name: 'home', role: 'anonymous', path: (l) => `/${l}` },
		{ name: 'sign-in', role: 'anonymous', path: (l) => `/${l}/signin` },
		{ name: 'forgot password', role: 'anonymous', path: (l) => `/${l}/forgot-password` },
		{
			name: 'reset password, invalid link',
			role: 'anonymous',
			path: (l) => `/${l}/reset-password/not-a-real-token-0123456789`
		},
		{
			name: 'invitation, invalid link',
			role: 'anonymous',
			path: (l) => `/${l}/invitation/not-a-real-token-0123456789`
		},
		{ name: 'partnership public page', role: 'anonymous', path: lm },
		{ name: '404 page', role: 'anonymous', path: (l) => `/${l}/no-such-partnership`, status: 404 },
		{ name: '404 page (no route)', role: 'anonymous', path: (l) => `/${l}/a/b/c/d/e`, status: 404 },
		{ name: 'home, signed in', role: 'coordinator', path: (l) => `/${l}` },
		{ name: 'admin', role: 'admin', path: (l) => `/${l}/admin` },
		{ name: 'partnership public page, with role', role: 'coordinator', path: lm },
		{ name: 'dashboard', role: 'coordinator', path: (l) => `${lm(l)}/app` },
		{ name: 'people (coordinator)', role: 'coordinator', path: (l) => `${lm(l)}/app/${peoplePage}` },
		{ name: 'people (member: bring a colleague)', role: 'member', path: (l) => `${lm(l)}/app/${peoplePage}` },
		{ name: 'outbox', role: 'coordinator', path: (l) => `${lm(l)}/app/outbox` },
		{ name: 'outbox message', role: 'coordinator', path: (l) => `${lm(l)}/app/outbox/${mailId}` },
		{ name: 'audit', role: 'coordinator', path: (l) => `${lm(l)}/app/audit` },
		{ name: '403 page (member opens the audit trail)', role: 'member', path: (l) => `${lm(l)}/app/audit`, status: 403 },
		// Partnership module: public pages
		{ name: 'public partners', role: 'anonymous', path: (l) => `${lm(l)}/partners` },
		{ name: 'public tables', role: 'anonymous', path: (l) => `${lm(l)}/tables` },
		{ name: 'public governance chart', role: 'anonymous', path: (l) => `${lm(l)}/governance` },
		{ name: 'join form', role: 'anonymous', path: (l) => `${lm(l)}/join` },
		// Partnership module: workspace pages
		{ name: 'organizations', role: 'coordinator', path: (l) => `${lm(l)}/app/organizations` },
		{ name: 'new organization', role: 'coordinator', path: (l) => `${lm(l)}/app/organizations/new` },
		{ name: 'organization', role: 'coordinator', path: (l) => `${lm(l)}/app/organizations/${ids.organization}` },
		{
			name: 'organization, edit',
			role: 'coordinator',
			path: (l) => `${lm(l)}/app/organizations/${ids.organization}?edit=1`
		},
		{ name: 'contacts', role: 'coordinator', path: (l) => `${lm(l)}/app/contacts` },
		{ name: 'new contact', role: 'coordinator', path: (l) => `${lm(l)}/app/contacts/new` },
		{ name: 'contact', role: 'coordinator', path: (l) => `${lm(l)}/app/contacts/${ids.person}` },
		{ name: 'tables', role: 'coordinator', path: (l) => `${lm(l)}/app/tables` },
		{ name: 'new table', role: 'coordinator', path: (l) => `${lm(l)}/app/tables/new` },
		{ name: 'table with history', role: 'coordinator', path: (l) => `${lm(l)}/app/tables/${ids.table}?history=1` },
		{ name: 'table (funder view)', role: 'viewer', path: (l) => `${lm(l)}/app/tables/${ids.table}` },
		{ name: 'meetings', role: 'coordinator', path: (l) => `${lm(l)}/app/meetings` },
		{ name: 'new meeting', role: 'coordinator', path: (l) => `${lm(l)}/app/meetings/new` },
		{ name: 'meeting', role: 'coordinator', path: (l) => `${lm(l)}/app/meetings/${ids.meeting}` },
		{ name: 'meeting, edit', role: 'coordinator', path: (l) => `${lm(l)}/app/meetings/${ids.meeting}/edit` },
		{ name: 'meeting, minutes', role: 'coordinator', path: (l) => `${lm(l)}/app/meetings/${ids.meeting}/minutes` },
		{ name: 'follow-ups', role: 'member', path: (l) => `${lm(l)}/app/follow-ups` },
		{ name: 'join requests', role: 'coordinator', path: (l) => `${lm(l)}/app/join-requests` },
		{ name: 'join request', role: 'coordinator', path: (l) => `${lm(l)}/app/join-requests/${ids.join}` },
		{ name: 'representation', role: 'coordinator', path: (l) => `${lm(l)}/app/representation` },
		{ name: 'representation (funder view)', role: 'viewer', path: (l) => `${lm(l)}/app/representation` },
		{ name: 'partner network', role: 'coordinator', path: (l) => `${lm(l)}/app/network` },
		{ name: 'governance chart (workspace)', role: 'coordinator', path: (l) => `${lm(l)}/app/governance` }
	];

	beforeAll(async () => {
		[server, browser] = await Promise.all([startSeededServer(), launchBrowser(executable)]);
		const logins: [Role, string | null][] = [
			['anonymous', null],
			['admin', demo.admin],
			['coordinator', demo.coordinator],
			['member', demo.member],
			['viewer', demo.viewer]
		];
		for (const [role, email] of logins) {
			contexts[role] = await newContext(browser);
			const page = await contexts[role].newPage();
			tabs[role] = { page, errors: watchErrors(page) };
			if (email) await signIn(page, server.url, 'en', email, demoPassword);
		}
		// One e-mail in the outbox (no SMTP_URL here), so the outbox and a message have content.
		const page = tabs.coordinator.page;
		await page.goto(`${server.url}/en/london-middlesex/app/${peoplePage}`);
		await hydrated(page);
		const invite = page.locator('form[action="?/invite"]');
		await invite.locator('input[name="email"]').fill('new.partner@example.org');
		await invite.locator('textarea[name="message"]').fill('Bienvenue / Welcome');
		await invite.locator('button[type="submit"]').click();
		await page.locator('.alert.success').waitFor();
		await page.goto(`${server.url}/en/london-middlesex/app/outbox`);
		const href = await page.locator('table.data tbody a').first().getAttribute('href');
		mailId = href?.split('/').pop() ?? '';
		expect(mailId).toMatch(/^[0-9a-f-]{36}$/);
		const uuid = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
		for (const [key, list, pattern] of [
			['organization', 'organizations', `/app/organizations/${uuid}`],
			['person', 'contacts', `/app/contacts/${uuid}`],
			['table', 'tables', `/app/tables/${uuid}`],
			['meeting', 'meetings', `/app/meetings/${uuid}`],
			['join', 'join-requests', `/app/join-requests/${uuid}`]
		] as const) {
			await page.goto(`${server.url}/en/london-middlesex/app/${list}`);
			const found = new RegExp(pattern).exec(await page.content());
			expect(found, list).not.toBeNull();
			ids[key] = found![1];
		}
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	it('the checks themselves fail on a broken page (no false green)', async () => {
		const { page } = tabs.anonymous;
		await page.goto(`${server.url}/en`);
		await hydrated(page);
		await page.evaluate(() => {
			const main = document.getElementById('main')!;
			main.insertAdjacentHTML('beforeend', '<h1>Second</h1><img src="/favicon.svg"><input type="text">');
			document.documentElement.lang = 'fr';
		});
		const axeError = await checkA11y(page, 'broken on purpose').then(
			() => 'no error',
			(error: Error) => error.message
		);
		expect(axeError).toMatch(/- image-alt \[critical\]/);
		expect(axeError).toMatch(/- label \[critical\]/);
		const basicsError = await checkPageBasics(page, 'en', 'broken on purpose').then(
			() => 'no error',
			(error: Error) => error.message
		);
		expect(basicsError).toContain('<html lang="fr">, expected "en"');
		expect(basicsError).toContain('2 h1 elements');
		// And the browser cannot reach another host (in a tab of its own: the error page it ends
		// on would interrupt the next visit).
		const probe = await contexts.anonymous.newPage();
		const outside = await probe.goto('https://example.com/').then(
			() => 'reached',
			(error: Error) => error.message
		);
		await probe.close();
		expect(outside).toContain('ERR_BLOCKED_BY_CLIENT');
		expect(contexts.anonymous.blocked).toEqual(['https://example.com/']);
		contexts.anonymous.blocked.length = 0;
	});

	for (const lang of langs) {
		describe(lang, () => {
			for (const p of pages) {
				it(`${p.name} (${p.role})`, async () => {
					const { page, errors } = tabs[p.role];
					errors.length = 0;
					const response = await page.goto(`${server.url}${p.path(lang)}`);
					expect(response?.status(), `${p.path(lang)} status`).toBe(p.status ?? 200);
					const landed = new URL(page.url());
					expect(landed.pathname + landed.search, 'no redirect').toBe(p.path(lang));
					await hydrated(page);
					await checkPageBasics(page, lang, p.name);
					await checkA11y(page, `${p.name} [${lang}]`);
					expect(errors, 'console errors').toEqual([]);
					expect(contexts[p.role].blocked, 'requests to other hosts').toEqual([]);
				});
			}

			it('sign-in page showing a form error passes axe', async () => {
				const { page } = tabs.anonymous;
				await page.goto(`${server.url}/${lang}/signin`);
				await hydrated(page);
				await page.locator('main input[name="email"]').fill('not-an-address');
				await page.locator('main input[name="password"]').fill('x');
				// Bypass the browser's own type=email check so the server answers.
				await page.locator('main form').evaluate((form) => form.setAttribute('novalidate', ''));
				await page.locator('main form button[type="submit"]').click();
				await page.locator('.error-summary').waitFor();
				await checkA11y(page, `sign-in with errors [${lang}]`);
			});

			it('forgot-password confirmation passes axe', async () => {
				const { page } = tabs.anonymous;
				await page.goto(`${server.url}/${lang}/forgot-password`);
				await page.locator('main input[name="email"]').fill('nobody@example.org');
				await page.locator('main form button[type="submit"]').click();
				await page.locator('.alert.success').waitFor();
				await checkA11y(page, `forgot-password sent [${lang}]`);
			});
		});
	}
});
