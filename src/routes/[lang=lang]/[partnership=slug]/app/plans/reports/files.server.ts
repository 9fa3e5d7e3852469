import { error, type RequestEvent } from '@sveltejs/kit';
import type { Locale } from '#lib/i18n/locales.ts';
import { sessionCookieName } from '#lib/server/accounts/sessions.ts';
import { internalOrigin, PdfUnavailableError, printPageToPdf } from '#lib/server/chromium.ts';
import type { Result } from '#lib/server/result.ts';
import {
	achievementsReport,
	annualReport,
	currentFiscalYear,
	defaultAchievementsRange
} from '#lib/server/plans/reports.ts';
import { achievementsDocument, annualDocument, type ReportDocument } from '#lib/server/plans/reports-view.ts';
import { reportDocx } from '#lib/server/plans/reports-docx.ts';
import type { TenantRequest } from '#lib/server/web.ts';

/** The report pages' parameters: the query string, with defaults; the report language defaults to the page's. */
export function achievementsParams(url: URL, lang: Locale) {
	const d = defaultAchievementsRange();
	const language = url.searchParams.get('language');
	return {
		from: url.searchParams.get('from') || d.from,
		to: url.searchParams.get('to') || d.to,
		lang: language === 'fr' || language === 'en' ? language : lang
	};
}

export function annualParams(url: URL, lang: Locale) {
	const language = url.searchParams.get('language');
	return {
		year: url.searchParams.get('year') || String(currentFiscalYear() - 1),
		lang: language === 'fr' || language === 'en' ? language : lang
	};
}

/** Field errors keyed by the form's field names (the report language's field is "language"). */
export function renameLang(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [key, messages] of Object.entries(fieldErrors ?? {})) out[key === 'lang' ? 'language' : key] = messages;
	return out;
}

export type ReportKind = 'achievements' | 'annual';

/** Builds one report as a document, from the request's query. */
export async function reportFor(
	request: TenantRequest,
	kind: ReportKind,
	url: URL
): Promise<{ params: Record<string, string>; result: Result<ReportDocument> }> {
	const { ctx, partnership, lang } = request;
	if (kind === 'achievements') {
		const params = achievementsParams(url, lang);
		const result = await achievementsReport(ctx, partnership.id, params);
		return { params, result: result.ok ? { ok: true, value: achievementsDocument(result.value) } : result };
	}
	const params = annualParams(url, lang);
	const result = await annualReport(ctx, partnership.id, params);
	return { params, result: result.ok ? { ok: true, value: annualDocument(result.value) } : result };
}

function fileName(kind: ReportKind, params: Record<string, string>, extension: string): string {
	const lang = params.lang;
	if (kind === 'annual') {
		const year = Number(params.year);
		return `${lang === 'fr' ? 'rapport-annuel' : 'annual-report'}-${year}-${year + 1}.${extension}`;
	}
	return `${lang === 'fr' ? 'rapport-realisations' : 'achievements-report'}-${params.from}-${params.to}.${extension}`;
}

function attachment(body: Uint8Array<ArrayBuffer>, type: string, name: string): Response {
	return new Response(body, {
		headers: {
			'content-type': type,
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
}

export async function docxResponse(request: TenantRequest, kind: ReportKind, url: URL): Promise<Response> {
	const { params, result } = await reportFor(request, kind, url);
	if (!result.ok) error(400, 'reports.error_parameters');
	const docx = await reportDocx(result.value);
	return attachment(
		new Uint8Array(docx),
		'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		fileName(kind, params, 'docx')
	);
}

/** The report page's print view as a PDF, in the report's language, printed as the signed-in user sees it. */
export async function pdfResponse(event: RequestEvent, request: TenantRequest, kind: ReportKind): Promise<Response> {
	const { params, result } = await reportFor(request, kind, event.url);
	if (!result.ok) error(400, 'reports.error_parameters');
	const query = new URLSearchParams({
		...(kind === 'annual' ? { year: params.year } : { from: params.from, to: params.to }),
		language: params.lang,
		print: '1'
	});
	const session = event.cookies.get(sessionCookieName);
	try {
		const pdf = await printPageToPdf({
			origin: internalOrigin(event.url.origin),
			path: `/${params.lang}/${request.partnership.slug}/app/plans/reports/${kind}?${query}`,
			sessionCookie: session ? { name: sessionCookieName, value: session } : undefined
		});
		return attachment(new Uint8Array(pdf), 'application/pdf', fileName(kind, params, 'pdf'));
	} catch (err) {
		if (err instanceof PdfUnavailableError) {
			return new Response(
				'Le PDF ne peut pas être produit sur ce serveur pour l’instant. Utilisez la version Word ou imprimez la page.\n\n' +
					'The PDF cannot be produced on this server right now. Use the Word version or print the page.\n',
				{
					status: 503,
					headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': 'fr, en', 'retry-after': '300' }
				}
			);
		}
		throw err;
	}
}
