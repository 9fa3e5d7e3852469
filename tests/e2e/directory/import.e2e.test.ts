/**
 * A coordinator imports a partner's spreadsheet: the first file has broken rows, the row-by-row
 * report says which (in French and in English) and nothing is written; the fixed file imports and
 * its services are found, in the HSDS API and in the export. Without JavaScript, like every form.
 * axe on the import (upload, mapping, report) and export pages in both languages.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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
import { demo, demoPassword, langs } from '../../support/demo.ts';
import { startSeededServer } from '../../support/seeded.ts';
import { hsdsValidator } from '../../../src/lib/server/directory/hsds/validate.ts';
import type { RunningServer } from '../../support/server.ts';

const executable = await findChromium();
const fixtures = join(import.meta.dirname, '../../fixtures/directory');
const lm = (lang: string) => `/${lang}/london-middlesex/app/directory`;
const hsds = join(import.meta.dirname, '../../../../shared/hsds/3.1');

const expected = {
	fr: {
		rejected: 'Rien n’a été importé',
		postal: 'Ce n’est pas un code postal canadien',
		language: 'Langue inconnue : « klingon »',
		hours: 'Ces heures d’ouverture sont illisibles',
		required: 'Cette valeur est obligatoire'
	},
	en: {
		rejected: 'Nothing was imported',
		postal: 'This is not a Canadian postal code',
		language: 'Unknown language: “klingon”',
		hours: 'These opening hours cannot be read',
		required: 'This value is required'
	}
} as const;

describe.skipIf(!executable)('directory import and export pages', () => {
	let server: RunningServer;
	let browser: Browser;
	let withJs: BrowserContext & { blocked: string[] };
	let noJs: BrowserContext & { blocked: string[] };
	let page: Page;
	let plain: Page;
	let errors: string[];

	beforeAll(async () => {
		server = await startSeededServer();
		browser = await launchBrowser(executable);
		withJs = await newContext(browser);
		noJs = await newContext(browser, { javaScriptEnabled: false });
		page = await withJs.newPage();
		errors = watchErrors(page);
		plain = await noJs.newPage();
		await signIn(page, server.url, 'en', demo.coordinator, demoPassword);
		await signIn(plain, server.url, 'en', demo.coordinator, demoPassword, { js: false });
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	async function uploadSheet(p: Page, lang: string, file: string) {
		await p.goto(`${server.url}${lm(lang)}/import`);
		await p.locator('#sheet-file').setInputFiles(join(fixtures, file));
		await p.locator('form[action="?/analyze"] button[type="submit"]').click();
		await p.locator('#mapping-title').waitFor({ timeout: 30_000 });
	}

	it('the import and export pages pass axe in fr and en (upload, mapping, report)', async () => {
		for (const lang of langs) {
			errors.length = 0;
			await page.goto(`${server.url}${lm(lang)}/import`);
			await hydrated(page);
			await checkPageBasics(page, lang, `import (${lang})`);
			await checkA11y(page, `import (${lang})`);
			await uploadSheet(page, lang, 'partner-locations.csv');
			await checkA11y(page, `import mapping (${lang})`);
			await page.locator('form[action="?/spreadsheet"] button[value="dry_run"]').click();
			await waitForText(page.locator('#report-title + .alert'), expected[lang].rejected, 30_000);
			await checkA11y(page, `import report (${lang})`);
			await page.goto(`${server.url}${lm(lang)}/export`);
			await hydrated(page);
			await checkPageBasics(page, lang, `export (${lang})`);
			await checkA11y(page, `export (${lang})`);
			expect(errors).toEqual([]);
		}
		expect(withJs.blocked).toEqual([]);
	}, 180_000);

	it('a broken spreadsheet is reported row by row in both languages and writes nothing (no JavaScript)', async () => {
		for (const lang of langs) {
			await uploadSheet(plain, lang, 'partner-locations.csv');
			// The guessed mapping is shown; the coordinator runs the dry run.
			await expect(plain.locator('select[name="column_0"]').inputValue()).resolves.toBe('service.name_fr');
			await plain.locator('form[action="?/spreadsheet"] button[value="dry_run"]').click();
			await waitForText(plain.locator('#report-title + .alert'), expected[lang].rejected, 30_000);
			const rows = await plain.locator('.import-report tbody tr').allInnerTexts();
			const errorRows = rows.filter((r) => r.includes(lang === 'fr' ? 'Erreur' : 'Error'));
			expect(errorRows).toHaveLength(4);
			const text = rows.join('\n');
			for (const message of [
				expected[lang].postal,
				expected[lang].language,
				expected[lang].hours,
				expected[lang].required
			])
				expect(text).toContain(message);
			expect(text).toContain('partner-locations.csv:4');
			// No "import" button after a rejected dry run.
			expect(await plain.locator('form[action="?/spreadsheet"] button[value="import"]').count()).toBe(0);
		}
		const api = await fetch(`${server.url}/api/hsds/london-middlesex/services?search=coffee%20meetup`);
		expect((await api.json()).total_items).toBe(0);
	}, 180_000);

	it('the fixed file imports with a saved mapping, and its services are found', async () => {
		await uploadSheet(plain, 'en', 'partner-locations-fixed.csv');
		await plain.locator('#field-mappingName').fill('Partner locations (e2e)');
		await plain.locator('form[action="?/spreadsheet"] button[value="dry_run"]').click();
		await waitForText(plain.locator('#report-title + .alert'), 'Dry run: everything is valid', 30_000);
		await plain.locator('form[action="?/spreadsheet"] button[value="import"]').click();
		await waitForText(plain.locator('#report-title + .alert'), 'Imported.', 30_000);
		await waitForText(plain.locator('.alert.success'), 'Mapping “Partner locations (e2e)” saved.');

		// The HSDS API and the public search find the new services.
		const api = await fetch(`${server.url}/api/hsds/london-middlesex/services?search=coffee%20meetup&lang=en`);
		expect(api.headers.get('cache-control')).toBe('public, max-age=60');
		const body = await api.json();
		expect(body.total_items).toBe(1);
		expect(body.contents[0].name).toBe('Newcomer coffee meetup');
		const fr = await (
			await fetch(`${server.url}/api/hsds/london-middlesex/services/${body.contents[0].id}?lang=fr`)
		).json();
		expect(fr.name).toBe('Café-rencontre des nouveaux arrivants');
		const search = await (await fetch(`${server.url}/api/directory/london-middlesex/search?lang=en&q=homework`)).json();
		expect(search.hits.map((h: { name: { en: string } }) => h.name.en)).toContain('Homework help');

		// The saved mapping is offered next time, and re-importing changes nothing.
		await plain.goto(`${server.url}${lm('fr')}/import`);
		const option = plain.locator('#field-mappingId option', { hasText: 'Partner locations (e2e)' });
		await plain.locator('#field-mappingId').selectOption(await option.getAttribute('value'));
		await plain.locator('#sheet-file').setInputFiles(join(fixtures, 'partner-locations-fixed.csv'));
		await plain.locator('form[action="?/analyze"] button[type="submit"]').click();
		await waitForText(plain.locator('#report-title + .alert'), 'Essai à blanc : tout est valide', 30_000);
		expect(await plain.locator('.import-report').innerText()).toContain(
			'Services : 0 nouveau(x), 0 mis à jour, 5 inchangé(s)'
		);

		// The export has them.
		const csv = await plain.request.get(`${server.url}${lm('en')}/export/services.csv?lang=en`);
		expect(csv.status()).toBe(200);
		expect(await csv.text()).toContain('Newcomer coffee meetup');
		const zip = await plain.request.get(`${server.url}${lm('fr')}/export/hsds-csv.zip?lang=fr`);
		expect(zip.headers()['content-type']).toBe('application/zip');
		// API errors are bilingual JSON; other partnerships' ids are unknown.
		const missing = await fetch(`${server.url}/api/hsds/quinte/services/${body.contents[0].id}`);
		expect(missing.status).toBe(404);
		expect((await missing.json()).error).toMatchObject({
			code: 'directory.api_error_not_found',
			message_fr: 'Introuvable.'
		});
		expect(noJs.blocked).toEqual([]);
	}, 180_000);

	it('imports the HSDS example CSV package from the web page (dry run), texts in English', async () => {
		await plain.goto(`${server.url}${lm('en')}/import`);
		const dir = join(hsds, 'examples/csv');
		await plain.locator('#hsds-files').setInputFiles(readdirSync(dir).map((f) => join(dir, f)));
		await plain.locator('form[action="?/hsds"] button[value="dry_run"]').click();
		await waitForText(plain.locator('#report-title + .alert'), 'Dry run: everything is valid', 30_000);
		const report = await plain.locator('.import-report').innerText();
		expect(report).toContain('Services: 1 new, 0 updated, 0 unchanged');
		expect(report).toContain('The coordinates are out of range and were left out.');
		// The file travels with the page: "Import" commits without a second upload.
		await plain.locator('form[action="?/hsds"] button[value="import"]').first().click();
		await waitForText(plain.locator('#report-title + .alert'), 'Imported.', 30_000);
		const one = await fetch(
			`${server.url}/api/hsds/london-middlesex/services/ac148810-d857-441c-9679-408f346de14b?lang=fr`
		);
		const service = await one.json();
		expect(service.name).toBe('Community Counselling'); // English only: it stands in for French
		expect(hsdsValidator(join(hsds, 'schema')).errors('service', service)).toEqual([]);
	}, 120_000);

	it('answers the HSDS API as the standard says: pages, errors, OpenAPI, profile', async () => {
		const v = hsdsValidator(join(hsds, 'schema'));
		const root = await (await fetch(`${server.url}/api/hsds/london-middlesex`)).json();
		expect(root.version).toBe('3.1');
		const openapi = await fetch(root.openapi_url.replace(/^https?:\/\/[^/]+/, server.url));
		expect((await openapi.json()).servers[0].url).toBe(`${server.url}/api/hsds/{partnership}`);
		const profile = await fetch(`${server.url}/api/hsds/profile`);
		expect(await profile.text()).toContain('passerelle-i18n');
		const list = await (await fetch(`${server.url}/api/hsds/quinte/services?per_page=5&page=1`)).json();
		expect(Object.keys(list).sort()).toEqual(
			['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages'].sort()
		);
		for (const s of list.contents) expect(v.errors('service_list', s)).toEqual([]);
		const bad = await fetch(`${server.url}/api/hsds/quinte/services?per_page=1000`);
		expect(bad.status).toBe(400);
		expect((await bad.json()).error).toMatchObject({
			code: 'directory.api_error_parameter',
			message_fr: 'Un paramètre de la requête n’est pas valide.',
			message_en: 'A query parameter is not valid.'
		});
		expect((await fetch(`${server.url}/api/hsds/no-such-lip/services`)).status).toBe(404);
		const near = await (
			await fetch(
				`${server.url}/api/hsds/london-middlesex/service_at_locations?lat=42.9849&lon=-81.2453&radius=10&lang=en`
			)
		).json();
		expect(near.total_items).toBeGreaterThan(0);
		for (const s of near.contents) expect(v.errors('service_at_location_list', s)).toEqual([]);
	});
});
