/**
 * The plans module in a real browser on the demo data: the coordinator imports the seed's CLIF
 * table (XLSX), reads the row-by-row report, commits and opens the plan; runs a check-in round
 * by e-mail; a responsible person opens the link from the outbox and updates an action; the
 * dashboard shows it. Every plans page passes axe in French and in English.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '#lib/server/paths.ts';
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
const shots = process.env.PLANS_SCREENSHOTS ?? '';

describe.skipIf(!executable)('plans: import, check-in by e-mail, dashboards, in fr and en', () => {
	let server: RunningServer;
	let browser: Browser;
	let coordinator: BrowserContext;
	let page: Page;
	let errors: string[];
	const ids = { plan2026: '', imported: '', action: '', member: '' };

	async function visit(path: string, lang: 'fr' | 'en', label: string) {
		errors.length = 0;
		const response = await page.goto(`${server.url}${path}`);
		expect(response?.status(), `${label}: ${path}`).toBe(200);
		await hydrated(page);
		await checkPageBasics(page, lang, label);
		await checkA11y(page, label);
		expect(errors, label).toEqual([]);
		if (shots) {
			const name = label.replace(/[^a-z0-9]+/gi, '-');
			await page.setViewportSize({ width: 375, height: 800 });
			await page.screenshot({ path: join(shots, `${name}-375.png`), fullPage: true });
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.screenshot({ path: join(shots, `${name}-1280.png`), fullPage: false });
		}
	}

	beforeAll(async () => {
		[server, browser] = await Promise.all([startSeededServer(), launchBrowser(executable)]);
		coordinator = await newContext(browser);
		page = await coordinator.newPage();
		errors = watchErrors(page);
		await signIn(page, server.url, 'fr', demo.coordinator, demoPassword);
		await page.goto(`${server.url}/fr/london-middlesex/app/plans`);
		const href = await page.locator('table.data a', { hasText: '2026' }).first().getAttribute('href');
		ids.plan2026 = new RegExp(`/app/plans/${uuid}`).exec(href ?? '')?.[1] ?? '';
		expect(ids.plan2026).toMatch(/^[0-9a-f-]{36}$/);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	it('the coordinator imports the seed table (XLSX), reads the report, commits and opens the plan', async () => {
		await page.goto(`${server.url}/fr/london-middlesex/app/plans/import`);
		await hydrated(page);
		const upload = page.locator('form[action="?/preview"]');
		await upload
			.locator('input[name="file"]')
			.setInputFiles(join(projectRoot, 'tests/fixtures/plans/clif-2019-2020.xlsx'));
		await upload.locator('input[name="titleFr"]').fill('CLIF 2019-2020 (importé)');
		await upload.locator('input[name="titleEn"]').fill('CLIF 2019-2020 (imported)');
		const clif = await upload
			.locator('select[name="tableId"] option', { hasText: 'CLIF' })
			.first()
			.getAttribute('value');
		await upload.locator('select[name="tableId"]').selectOption(clif!);
		await upload.locator('button[type="submit"]').click();
		await waitForText(
			page.locator('[role="status"]'),
			'Prêt à importer — axes\u00a0: 5, résultats visés\u00a0: 9, priorités\u00a0: 12, actions\u00a0: 17'
		);
		// what matched and what did not, row by row
		await waitForText(page.locator('h3'), 'Noms non reconnus (11)');
		const report = await page.locator('main').innerText();
		for (const name of ['Tous les membres', 'Nabila', 'Jean Pierre', 'Fairouze', 'Jérôme'])
			expect(report).toContain(name);
		expect(report).toContain('Septembre 2019- Février 2020');
		await checkA11y(page, 'import report (fr)');
		// nothing written yet
		const other = await coordinator.newPage();
		const before = await other.goto(`${server.url}/fr/london-middlesex/app/plans`).then((r) => r?.text());
		expect(before).not.toContain('CLIF 2019-2020 (importé)');
		await other.close();
		await page.locator('button[formaction="?/commit"]').click();
		await page.waitForURL(new RegExp(`/app/plans/${uuid}\\?done=plans.import_done`));
		ids.imported = new RegExp(`/app/plans/${uuid}`).exec(page.url())![1];
		await waitForText(page.locator('h1'), 'CLIF 2019-2020 (importé)');
		await waitForText(page.locator('main'), "Organiser une rencontre de travail à partir du mois d'avril 2019");
		await waitForText(page.locator('main'), 'Gabrielle');
	});

	it('runs a check-in round; a responsible person updates an action from the e-mail link; the dashboard shows it', async () => {
		await page.goto(`${server.url}/en/london-middlesex/app/plans/${ids.plan2026}/checkins`);
		await hydrated(page);
		await page.locator('form[action="?/open"] button[type="submit"]').click();
		await waitForText(page.locator('.alert'), 'Check-in started');
		// Nadia Haddad (French first) is responsible for the Welcoming Week campaign.
		await page.goto(`${server.url}/en/london-middlesex/app/outbox`);
		const href = await page
			.locator('table.data tbody tr', { hasText: 'n.haddad@london.example' })
			.first()
			.locator('a')
			.getAttribute('href');
		await page.goto(new URL(href!, page.url()).toString());
		const body = await page.locator('[data-testid="mail-body"]').innerText();
		expect(body.indexOf('Bonjour')).toBeLessThan(body.indexOf('Hello'));
		const link = /\/(fr|en)\/london-middlesex\/checkin\/[A-Za-z0-9_-]+/.exec(body)!;
		expect(link[1]).toBe('fr');

		const anonymous = await newContext(browser);
		const guest = await anonymous.newPage();
		const guestErrors = watchErrors(guest);
		await guest.goto(`${server.url}${link[0]}`);
		await hydrated(guest);
		await checkPageBasics(guest, 'fr', 'check-in page');
		await checkA11y(guest, 'check-in page');
		if (shots) {
			await guest.setViewportSize({ width: 375, height: 800 });
			await guest.screenshot({ path: join(shots, 'check-in-page-375.png'), fullPage: true });
			await guest.setViewportSize({ width: 1280, height: 900 });
		}
		const fieldset = guest.locator('fieldset', { hasText: '#LdnOntWelcomes' });
		await fieldset.locator('select').selectOption('at_risk');
		await fieldset.locator('input[type="number"]').first().fill('77');
		await fieldset.locator('textarea').first().fill('Deux partenaires se sont retirés.');
		await guest.locator('main form button[type="submit"]').click();
		await waitForText(guest.locator('.alert'), 'Merci');
		expect(guestErrors).toEqual([]);
		await anonymous.close();

		await page.goto(`${server.url}/en/london-middlesex/app/plans/${ids.plan2026}/dashboard`);
		const risk = page.locator('section', { has: page.locator('h2#dash-risk') });
		const row = risk.locator('tr', { hasText: '#LdnOntWelcomes' });
		await waitForText(row, '77%');
		ids.action = new RegExp(`/app/plans/actions/${uuid}`).exec(
			(await row.locator('a').first().getAttribute('href')) ?? ''
		)![1];
		await page.goto(`${server.url}/en/london-middlesex/app/plans/actions/${ids.action}`);
		await waitForText(page.locator('table.data'), 'Deux partenaires se sont retirés.');
		await waitForText(page.locator('table.data'), 'E-mail check-in');
	});

	it('a member updates the progress of an action they are responsible for, and only that', async () => {
		const context = await newContext(browser);
		const member = await context.newPage();
		await signIn(member, server.url, 'en', demo.member, demoPassword);
		// The demo member account is Nadia Haddad's, responsible for the Welcoming Week campaign.
		await member.goto(`${server.url}/en/london-middlesex/app/plans/actions/${ids.action}`);
		const form = member.locator('form[action="?/progress"]');
		await form.locator('select[name="status"]').selectOption('on_track');
		await form.locator('input[name="progress"]').fill('85');
		await form.locator('textarea[name="comment"]').fill('New partners found.');
		await form.locator('button[type="submit"]').click();
		await waitForText(member.locator('.alert'), 'Progress saved');
		await waitForText(member.locator('table.data'), 'New partners found.');
		expect(await member.locator('form[action="?/save"]').count()).toBe(0);
		// Someone else's action: no progress form for the member.
		await member.goto(`${server.url}/en/london-middlesex/app/plans/${ids.plan2026}`);
		const other = await member
			.locator('a', { hasText: 'Update and distribute the Guide' })
			.first()
			.getAttribute('href');
		await member.goto(new URL(other!, member.url()).toString());
		await waitForText(member.locator('h1'), 'Action');
		expect(await member.locator('form[action="?/progress"]').count()).toBe(0);
		await context.close();
	});

	for (const lang of langs) {
		it(`every plans page passes axe (${lang})`, async () => {
			const base = `/${lang}/london-middlesex/app/plans`;
			await visit(base, lang, `plans list ${lang}`);
			await visit(`${base}/dashboard`, lang, `dashboard ${lang}`);
			await visit(`${base}/strategy`, lang, `strategy ${lang}`);
			await visit(`${base}/measurements`, lang, `measurements ${lang}`);
			await visit(`${base}/import`, lang, `import ${lang}`);
			await visit(`${base}/${ids.plan2026}`, lang, `plan ${lang}`);
			await visit(`${base}/${ids.imported}`, lang, `imported plan ${lang}`);
			await visit(`${base}/${ids.plan2026}/dashboard`, lang, `plan dashboard ${lang}`);
			await visit(`${base}/${ids.plan2026}/indicators`, lang, `indicators ${lang}`);
			await visit(`${base}/${ids.plan2026}/checkins`, lang, `check-ins ${lang}`);
			await visit(`${base}/actions/${ids.action}`, lang, `action ${lang}`);
			await visit(
				`/${lang}/london-middlesex/checkin/not-a-real-check-in-token`,
				lang,
				`check-in, invalid link ${lang}`
			);
		});
	}
});
