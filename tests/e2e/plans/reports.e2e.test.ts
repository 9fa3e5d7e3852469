/**
 * Contributions, the two reports and the funder's roll-ups, in a real browser on the demo data:
 * a partner records a contribution and the coordinator confirms it; both reports come out as PDF
 * and DOCX in French and in English with their headings and figures; the funder sees both demo
 * partnerships and nothing else; every page passes axe in both languages.
 */
import JSZip from 'jszip';
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
import { demo, demoPassword, langs, type Both, type Lang } from '../../support/demo.ts';
import { startSeededServer } from '../../support/seeded.ts';
import type { RunningServer } from '../../support/server.ts';

const executable = await findChromium();

type Who = 'coordinator' | 'member' | 'viewer' | 'quinte';

/** Spaces as Intl and PDF text write them, collapsed to one plain space. */
const plain = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ');

async function pdfText(body: Buffer): Promise<string> {
	const pdf = await getDocumentProxy(new Uint8Array(body));
	const { text } = await extractText(pdf, { mergePages: true });
	return plain(text);
}

async function docxText(body: Buffer): Promise<string> {
	const zip = await JSZip.loadAsync(body);
	const xml = await zip.file('word/document.xml')!.async('string');
	return plain(
		xml
			.replace(/<\/w:p>/g, '\n')
			.replace(/<[^>]+>/g, '')
			.replace(/&amp;/g, '&')
			.replace(/&apos;/g, "'")
			.replace(/&quot;/g, '"')
	);
}

const lmName: Both = {
	fr: 'Partenariat local en immigration de London et Middlesex',
	en: 'London & Middlesex Local Immigration Partnership'
};
const quinteName: Both = {
	fr: "Partenariat local d'immigration de Quinte",
	en: 'Quinte Local Immigration Partnership'
};

describe.skipIf(!executable)('contributions, reports and roll-ups', () => {
	let server: RunningServer;
	let browser: Browser;
	const contexts = {} as Record<Who, BrowserContext & { blocked: string[] }>;
	const tabs = {} as Record<Who, { page: Page; errors: string[] }>;
	let contributionId = '';
	const lm = (lang: Lang) => `/${lang}/london-middlesex/app/plans`;

	beforeAll(async () => {
		[server, browser] = await Promise.all([startSeededServer(), launchBrowser(executable)]);
		for (const [who, email] of [
			['coordinator', demo.coordinator],
			['member', demo.member],
			['viewer', demo.viewer],
			['quinte', demo.quinteCoordinator]
		] as const) {
			contexts[who] = await newContext(browser);
			const page = await contexts[who].newPage();
			tabs[who] = { page, errors: watchErrors(page) };
			await signIn(page, server.url, 'en', email, demoPassword);
		}
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	it('a partner records a contribution (bad input first, kept), and the coordinator confirms it', async () => {
		const { page } = tabs.member;
		await page.goto(`${server.url}${lm('fr')}/contributions/new`);
		await hydrated(page);
		const form = page.locator('form[action="?/create"]');
		await form.locator('select[name="kind"]').selectOption('cash');
		await form.locator('input[name="amount"]').fill('beaucoup');
		await form.locator('textarea[name="descriptionFr"]').fill('Atelier e2e pour les nouveaux arrivants');
		await form.locator('input[name="periodStart"]').fill('2026-11-02');
		await form.locator('input[name="periodEnd"]').fill('2026-11-06');
		await form.locator('button[type="submit"]').click();
		await waitForText(page.locator('.error-summary'), 'Indiquez un montant en dollars');
		expect(await page.locator('textarea[name="descriptionFr"]').inputValue()).toBe(
			'Atelier e2e pour les nouveaux arrivants'
		);
		await checkA11y(page, 'contribution form with errors [fr]');

		await page.locator('select[name="kind"]').selectOption('in_kind_staff');
		await page.locator('input[name="amount"]').fill('');
		await page.locator('input[name="hours"]').fill('7,5');
		await page.locator('input[name="hourlyRate"]').fill('40');
		await page.locator('form[action="?/create"] button[type="submit"]').click();
		await waitForText(page.locator('.alert.success'), 'La contribution a été inscrite.');
		const row = page.locator('tr', { hasText: 'Atelier e2e' });
		expect(plain(await row.innerText())).toContain('300 $');
		expect(await row.innerText()).toContain('À confirmer');
		// 7,5 h × 40 $ is in kind: the confirmed totals do not count it yet.
		contributionId = (await row.locator('a').first().getAttribute('href'))!.split('/').pop()!;
		expect(contributionId).toMatch(/^[0-9a-f-]{36}$/);

		const coordinator = tabs.coordinator.page;
		await coordinator.goto(`${server.url}${lm('en')}/contributions?status=submitted`);
		await hydrated(coordinator);
		await coordinator.locator('tr', { hasText: 'Atelier e2e' }).locator('button', { hasText: 'Confirm' }).click();
		await waitForText(coordinator.locator('.alert.success'), 'The contribution was confirmed.');
		await coordinator.goto(`${server.url}${lm('en')}/contributions/${contributionId}`);
		expect(await coordinator.locator('.page-header').innerText()).toContain('Confirmed');
		expect(plain(await coordinator.locator('main').innerText())).toContain('7.5 h × $40.00/h');

		// The CSV export lists it, in the page's language.
		const csv = await coordinator.request.get(`${server.url}${lm('fr')}/contributions/export.csv?year=2026`);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const text = await csv.text();
		expect(text).toContain('Atelier e2e pour les nouveaux arrivants');
		expect(text).toContain('300.00');
		expect(text.split('\n')[0]).toContain('Organisme');
	});

	const range = 'from=2025-04-01&to=2026-11-30';
	const achievementsTitle: Both = {
		fr: 'Rapport sur les réalisations communautaires',
		en: 'Community Achievements Report'
	};
	const annual: Record<Lang, string[]> = {
		fr: [
			'Rapport annuel au bailleur de fonds 2025–2026',
			'Résultats et indicateurs',
			'Contributions des partenaires',
			// The demo's fiscal 2025–2026: 70 000 $ cash, 28 410,50 $ in kind.
			'Les partenaires ont versé 70 000 $ en espèces, s’ajoutent des contributions en nature estimées à 28 410,50 $, pour un total de 98 410,50 $.',
			'Composition par secteur',
			'Réunions et événements'
		],
		en: [
			'Annual Report to the Funder 2025–2026',
			'Results and indicators',
			'Partners’ contributions',
			'Partners contributed $70,000 in cash, plus in-kind contributions estimated at $28,410.50, for a total of $98,410.50.',
			'Membership by sector',
			'Meetings and events'
		]
	};

	for (const lang of langs) {
		const other: Lang = lang === 'fr' ? 'en' : 'fr';
		it(`the achievements report comes out in ${lang} as PDF and DOCX (asked from the ${other} screen)`, async () => {
			const request = tabs.coordinator.page.request;
			const base = `${server.url}${lm(other)}/reports/achievements`;
			const pdf = await request.get(`${base}.pdf?${range}&language=${lang}`);
			expect(pdf.status()).toBe(200);
			expect(pdf.headers()['content-type']).toBe('application/pdf');
			const docx = await request.get(`${base}.docx?${range}&language=${lang}`);
			expect(docx.status()).toBe(200);
			for (const [format, text] of [
				['pdf', await pdfText(await pdf.body())],
				['docx', await docxText(await docx.body())]
			] as const) {
				expect(text, format).toContain(achievementsTitle[lang]);
				expect(text, format).toContain(plain(lmName[lang]));
				expect(text, format).toContain(lang === 'fr' ? 'Plans d’action' : 'Action plans');
				expect(text, format).toContain(
					lang === 'fr' ? 'Du 1 avril 2025 au 30 novembre 2026' : 'From April 1, 2025 to November 30, 2026'
				);
				expect(text, format).not.toContain(achievementsTitle[other]);
			}
		});

		it(`the annual report for the funder comes out in ${lang} as PDF and DOCX, with its figures`, async () => {
			const request = tabs.viewer.page.request;
			const base = `${server.url}${lm(lang)}/reports/annual`;
			const pdf = await request.get(`${base}.pdf?year=2025&language=${lang}`);
			expect(pdf.status()).toBe(200);
			const docx = await request.get(`${base}.docx?year=2025&language=${lang}`);
			expect(docx.status()).toBe(200);
			expect(docx.headers()['content-disposition']).toContain(
				lang === 'fr' ? 'rapport-annuel-2025-2026.docx' : 'annual-report-2025-2026.docx'
			);
			for (const [format, text] of [
				['pdf', await pdfText(await pdf.body())],
				['docx', await docxText(await docx.body())]
			] as const) {
				for (const expected of annual[lang]) expect(text, format).toContain(plain(expected));
				expect(text, format).not.toContain(annual[other][0]);
			}
		});
	}

	it('the funder sees both demo partnerships, live; a member is refused; a coordinator sees only their own', async () => {
		const { page } = tabs.viewer;
		await page.goto(`${server.url}/en`);
		await page.locator('#funder-title a').click();
		await page.waitForURL(`${server.url}/en/funder`);
		await page.goto(`${server.url}/en/funder?year=2025`);
		const main = plain(await page.locator('main').innerText());
		expect(main).toContain(lmName.en);
		expect(main).toContain(quinteName.en);
		// London & Middlesex 70 000 $ cash; in kind 28 410,50 $ + Quinte's 1 800 $ + 1 200 $.
		expect(main).toContain('Partners contributed $70,000 in cash, plus $31,410.50 in kind');
		expect(main).toContain('Settlement');
		await page.goto(`${server.url}/fr/funder?year=2025`);
		expect(plain(await page.locator('main').innerText())).toContain('70 000 $ en espèces, plus 31 410,50 $ en nature');

		const refused = await tabs.member.page.goto(`${server.url}/en/funder`);
		expect(refused?.status()).toBe(403);
		await tabs.quinte.page.goto(`${server.url}/en/funder`);
		const quinte = plain(await tabs.quinte.page.locator('main').innerText());
		expect(quinte).toContain(quinteName.en);
		expect(quinte).not.toContain(lmName.en);
	});

	for (const lang of langs) {
		describe(`every page passes axe [${lang}]`, () => {
			const pages: { name: string; who: Who; path: () => string }[] = [
				{ name: 'contributions', who: 'coordinator', path: () => `${lm(lang)}/contributions` },
				{ name: 'contributions (partner)', who: 'member', path: () => `${lm(lang)}/contributions` },
				{ name: 'new contribution', who: 'coordinator', path: () => `${lm(lang)}/contributions/new` },
				{ name: 'new contribution (partner)', who: 'member', path: () => `${lm(lang)}/contributions/new` },
				{ name: 'contribution', who: 'coordinator', path: () => `${lm(lang)}/contributions/${contributionId}` },
				{
					name: 'contribution (partner, read only)',
					who: 'member',
					path: () => `${lm(lang)}/contributions/${contributionId}`
				},
				{ name: 'reports', who: 'coordinator', path: () => `${lm(lang)}/reports` },
				{ name: 'achievements report', who: 'coordinator', path: () => `${lm(lang)}/reports/achievements?${range}` },
				{
					name: 'achievements report in the other language',
					who: 'viewer',
					path: () => `${lm(lang)}/reports/achievements?${range}&language=${lang === 'fr' ? 'en' : 'fr'}`
				},
				{
					name: 'achievements report, bad period',
					who: 'coordinator',
					path: () => `${lm(lang)}/reports/achievements?from=2026-01-01&to=2025-01-01`
				},
				{ name: 'annual report', who: 'viewer', path: () => `${lm(lang)}/reports/annual?year=2025` },
				{
					name: 'annual report, print view',
					who: 'viewer',
					path: () => `${lm(lang)}/reports/annual?year=2025&print=1`
				},
				{ name: 'funder roll-ups', who: 'viewer', path: () => `/${lang}/funder` },
				{ name: 'home with the funder link', who: 'viewer', path: () => `/${lang}` }
			];
			for (const p of pages) {
				it(`${p.name} (${p.who})`, async () => {
					const { page, errors } = tabs[p.who];
					errors.length = 0;
					const response = await page.goto(`${server.url}${p.path()}`);
					expect(response?.status(), p.path()).toBe(200);
					await hydrated(page);
					await checkPageBasics(page, lang, p.name);
					await checkA11y(page, `${p.name} [${lang}]`);
					expect(errors, 'console errors').toEqual([]);
					expect(contexts[p.who].blocked, 'requests to other hosts').toEqual([]);
				});
			}
		});
	}
});
