import { existsSync, readFileSync } from 'node:fs';
import type { AxeResults, RunOptions } from 'axe-core';
import { join } from 'node:path';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Locator,
	type Page
} from 'playwright-core';
import { requireInCI } from './env.ts';

const root = join(import.meta.dirname, '../..');

/**
 * Where Chromium is: CHROMIUM_PATH, else the distribution's /usr/bin/chromium, else the build
 * shipped in @sparticuz/chromium. Null when none is usable; under CI=true that is an error, so
 * the browser layer can never be skipped silently there.
 */
export async function findChromium(): Promise<string | null> {
	let path: string | null;
	if (process.env.CHROMIUM_PATH) {
		path = existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
	} else if (existsSync('/usr/bin/chromium')) {
		path = '/usr/bin/chromium';
	} else {
		try {
			const sparticuz = (await import('@sparticuz/chromium')).default;
			path = await sparticuz.executablePath();
		} catch {
			path = null;
		}
	}
	requireInCI('Chromium (CHROMIUM_PATH, /usr/bin/chromium or @sparticuz/chromium)', path !== null);
	if (!path) {
		console.warn(
			'\n[e2e] SKIPPED: no Chromium found. Set CHROMIUM_PATH, install the distribution package ' +
				'(/usr/bin/chromium) or @sparticuz/chromium. Under CI=true this is a failure.\n'
		);
	}
	return path;
}

/** The flags that let Chromium run as root in a container, and keep it from calling home. */
function launchArgs(): string[] {
	const args = [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run'
	];
	if (process.getuid?.() === 0) args.unshift('--no-sandbox', '--disable-gpu');
	return args;
}

export async function launchBrowser(executablePath?: string | null): Promise<Browser> {
	const path = executablePath ?? (await findChromium());
	if (!path) throw new Error('no Chromium available (see findChromium)');
	return chromium.launch({ executablePath: path, args: launchArgs() });
}

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A browser context that can only reach this machine: any request to another host is aborted
 * (and remembered in `blocked`), so a test can never touch the internet.
 */
export async function newContext(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<BrowserContext & { blocked: string[] }> {
	const context = (await browser.newContext({ locale: 'fr-CA', ...options })) as BrowserContext & { blocked: string[] };
	context.blocked = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		let host = '';
		try {
			host = new URL(url).hostname;
		} catch {
			/* not a URL: block */
		}
		if (localHosts.has(host)) return route.continue();
		context.blocked.push(url);
		return route.abort('blockedbyclient');
	});
	return context;
}

let axeSource: string | null = null;

export interface A11yViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; html: string; summary: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) on the page as it is now. The script is
 * injected through the DevTools protocol, which the page's Content-Security-Policy does not
 * govern. Throws with one readable block per violation.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
	axeSource ??= readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
	const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
	if (!present) await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } })
			.axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
			resultTypes: ['violations']
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? null,
			help: v.help,
			nodes: v.nodes.map((n) => ({
				target: n.target.map(String),
				html: String(n.html).slice(0, 300),
				summary: String(n.failureSummary ?? '')
					.split('\n')
					.slice(0, 3)
					.join(' / ')
			}))
		}));
	});
	if (violations.length === 0) return;
	const lines = violations.flatMap((v: A11yViolation) => [
		`- ${v.id} [${v.impact ?? 'n/a'}] ${v.help}`,
		...v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${n.html}\n      ${n.summary}`)
	]);
	throw new Error(`axe: ${violations.length} violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`);
}

/**
 * The structure every page shares: <html lang> is the URL's language, one h1, and the first
 * thing the keyboard reaches is the skip link to #main, which exists.
 */
export async function checkPageBasics(page: Page, lang: 'fr' | 'en', label: string): Promise<void> {
	const facts = await page.evaluate(() => ({
		lang: document.documentElement.lang,
		h1: document.querySelectorAll('h1').length,
		title: document.title.trim(),
		skipHref: document.querySelector('a.skip-link')?.getAttribute('href') ?? null,
		mainExists: document.getElementById('main')?.tagName === 'MAIN',
		emptyNavs: [...document.querySelectorAll('nav')].filter((nav) => !nav.querySelector('a[href]')).length
	}));
	const problems: string[] = [];
	if (facts.lang !== lang) problems.push(`<html lang="${facts.lang}">, expected "${lang}"`);
	if (facts.h1 !== 1) problems.push(`${facts.h1} h1 elements, expected exactly 1`);
	if (!facts.title) problems.push('empty <title>');
	if (facts.skipHref !== '#main') problems.push(`skip link href is ${facts.skipHref}, expected #main`);
	if (!facts.mainExists) problems.push('no <main id="main">');
	if (facts.emptyNavs) problems.push(`${facts.emptyNavs} navigation landmark(s) without a link`);
	// The skip link must be the first stop of the keyboard.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('Tab');
	const first = await page.evaluate(() => {
		const el = document.activeElement as HTMLAnchorElement | null;
		const box = el?.getBoundingClientRect();
		return el
			? { tag: el.tagName, href: el.getAttribute('href'), width: box?.width ?? 0, height: box?.height ?? 0 }
			: null;
	});
	if (first?.href !== '#main')
		problems.push(`first Tab stop is ${JSON.stringify(first)}, expected the skip link to #main`);
	else if (first.width < 20 || first.height < 10)
		problems.push(`the focused skip link is not visible (${first.width}×${first.height})`);
	if (problems.length) throw new Error(`${label} (${page.url()}):\n  ${problems.join('\n  ')}`);
}

/**
 * Signs in through the form and waits until the browser has left the sign-in page. Pass
 * `{ js: false }` for a context without JavaScript (nothing to hydrate).
 */
export async function signIn(
	page: Page,
	baseUrl: string,
	lang: 'fr' | 'en',
	email: string,
	password: string,
	options: { js?: boolean } = {}
): Promise<void> {
	await page.goto(`${baseUrl}/${lang}/signin`);
	if (options.js !== false) await hydrated(page);
	await page.locator('main input[name="email"]').fill(email);
	await page.locator('main input[name="password"]').fill(password);
	await page.locator('main form button[type="submit"]').click();
	const left = page.waitForURL((url) => !url.pathname.endsWith('/signin'), { timeout: 20_000 }).then(() => null);
	const refused = page
		.locator('.error-summary')
		.waitFor({ timeout: 20_000 })
		.then(() => page.locator('.error-summary').innerText());
	const problem = await Promise.race([left, refused]).catch((error: Error) => `${error.message}\n${page.url()}`);
	if (problem !== null) throw new Error(`sign-in as ${email} failed: ${problem}`);
}

/**
 * Waits (up to `timeout`) until an element matching `locator` contains `text`; fails with what
 * the element says instead. For answers that arrive after a POST, however slow the machine.
 */
export async function waitForText(locator: Locator, text: string, timeout = 20_000): Promise<void> {
	try {
		await locator.filter({ hasText: text }).first().waitFor({ timeout });
	} catch {
		const actual = await locator
			.first()
			.innerText({ timeout: 1000 })
			.catch(() => '(no such element)');
		throw new Error(`expected ${locator} to contain "${text}" within ${timeout} ms; it reads:\n${actual}`);
	}
}

/**
 * Waits until SvelteKit has hydrated the page: its root component adds #svelte-announcer once
 * mounted. Only for contexts with JavaScript.
 */
export async function hydrated(page: Page): Promise<void> {
	try {
		await page.locator('#svelte-announcer').waitFor({ state: 'attached', timeout: 15_000 });
	} catch (error) {
		// Say why: usually a script that did not load (e.g. build/ replaced under a running server).
		const failed = await page
			.evaluate(() =>
				(performance.getEntriesByType('resource') as (PerformanceResourceTiming & { responseStatus?: number })[])
					.filter((e) => e.initiatorType !== 'img' && (e.responseStatus ?? 200) >= 400)
					.map((e) => `${e.responseStatus} ${e.name}`)
			)
			.catch(() => []);
		throw new Error(
			`${page.url()} did not hydrate within 15 s` +
				(failed.length ? `; failed loads:\n  ${failed.join('\n  ')}` : '') +
				`\n${(error as Error).message}`,
			{ cause: error }
		);
	}
}

/** The hash of the style attribute on SvelteKit's #svelte-announcer. */
const announcerStyleHash = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** Collects console errors and uncaught exceptions (e.g. a script blocked by the CSP). */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const text = message.text();
		// An error page (403/404) or a refused form (400/429) is answered on purpose, and the
		// browser logs it as a failed load; a script or style of the app failing is still an error.
		const failedLoad = /^Failed to load resource: the server responded with a status of (400|403|404|429)/;
		if (failedLoad.test(text) && !/\/_app\/|\.(css|js|svg)$/.test(message.location().url)) return;
		// SvelteKit's route announcer carries an inline style that style-src 'self' refuses
		// (sveltejs/kit#11993); app.css hides #svelte-announcer instead. Only that exact style
		// (identified by its hash) is tolerated: any other inline style is still an error.
		if (text.includes('inline style') && text.includes(announcerStyleHash)) return;
		errors.push(`console: ${text}`);
	});
	return errors;
}
