import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * Which Chromium prints PDFs (and drives the browser tests): CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium, else the binary carried by the npm package @sparticuz/chromium.
 */
export async function chromiumExecutable(): Promise<string | null> {
	if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	try {
		const { default: chromium } = await import('@sparticuz/chromium');
		return await chromium.executablePath();
	} catch {
		return null;
	}
}

/** Headless, quiet, and never reaching for the network on its own. */
export const chromiumArgs = [
	'--headless=new',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-dev-shm-usage',
	'--font-render-hinting=none',
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
];

export async function launchChromium(): Promise<Browser | null> {
	const executablePath = await chromiumExecutable();
	if (!executablePath) return null;
	const { chromium } = await import('playwright-core');
	try {
		return await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
	} catch {
		return null; // a binary that will not start is the same as none: callers answer 503
	}
}

export class PdfUnavailableError extends Error {}

/**
 * Prints one of the app's own pages to PDF with its print stylesheet, as the signed-in user sees
 * it (the session cookie is passed along). Only URLs on the app's own internal origin are loaded.
 */
export async function printPageToPdf(options: {
	origin: string;
	path: string;
	sessionCookie?: { name: string; value: string };
	landscape?: boolean;
}): Promise<Buffer> {
	const browser = await launchChromium();
	if (!browser) throw new PdfUnavailableError('no Chromium available');
	try {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const origin = new URL(options.origin);
		await context.route('**/*', (route) =>
			new URL(route.request().url()).origin === origin.origin ? route.continue() : route.abort()
		);
		if (options.sessionCookie) {
			await context.addCookies([{ ...options.sessionCookie, url: origin.origin, httpOnly: true, sameSite: 'Lax' }]);
		}
		const page = await context.newPage();
		const response = await page.goto(new URL(options.path, origin).toString(), { waitUntil: 'load', timeout: 30_000 });
		if (!response || response.status() >= 400) throw new Error(`page answered ${response?.status()}`);
		await page.emulateMedia({ media: 'print' });
		return await page.pdf({
			format: 'Letter',
			landscape: options.landscape ?? false,
			printBackground: true,
			margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate:
				'<div style="font-size:8px;width:100%;text-align:center;color:#444"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'
		});
	} finally {
		await browser.close();
	}
}

/** Where the server can reach itself (set by scripts/server.ts once it listens). */
export function internalOrigin(fallback: string): string {
	return process.env.PASSERELLE_INTERNAL_ORIGIN ?? fallback;
}
