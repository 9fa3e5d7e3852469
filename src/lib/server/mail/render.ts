import type { Locale } from '../../i18n/locales.ts';
import { otherLocale } from '../../i18n/locales.ts';
import type { Params } from '../../i18n/translate.ts';
import { t } from '../i18n.ts';

export interface RenderedMail {
	subject: string;
	text: string;
	html: string;
}

/** A template parameter: the same in both languages, or one value per language (a partnership's name). */
export type MailParam = Params[string] | { fr: string; en: string };

/** An e-mail template: message keys under mail.<name>.*, plus an optional action link. */
export interface MailTemplate {
	name: string;
	params: Record<string, MailParam>;
	action?: { url: string; labelKey: string };
}

function paramsIn(params: Record<string, MailParam>, locale: Locale): Params {
	return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[locale] : v]));
}

function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

function part(template: MailTemplate, locale: Locale) {
	const tr = t(locale);
	const params = paramsIn(template.params, locale);
	// 'invitation' → mail.invitation.*; a module's own template 'meetings.notice' → meetings.notice.*
	const prefix = template.name.includes('.') ? template.name : `mail.${template.name}`;
	const key = (k: string) => `${prefix}.${k}`;
	const paragraphs = tr(key('body'), params).split('\n\n');
	const action = template.action ? { url: template.action.url, label: tr(template.action.labelKey) } : null;
	const footer = tr('mail.footer');
	const text = [
		tr('mail.greeting', params),
		...paragraphs,
		action ? tr('mail.action_line', { label: action.label, url: action.url }) : '',
		footer
	]
		.filter(Boolean)
		.join('\n\n');
	const html = [
		`<div lang="${locale}">`,
		`<p>${escapeHtml(tr('mail.greeting', params))}</p>`,
		...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
		action
			? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 16px;background:#00585f;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(action.label)}</a></p><p style="font-size:13px;color:#444">${escapeHtml(action.url)}</p>`
			: '',
		`<p style="font-size:13px;color:#444">${escapeHtml(footer)}</p>`,
		`</div>`
	].join('\n');
	return { subject: tr(key('subject'), params), text, html };
}

/**
 * Every e-mail carries both official languages: the recipient's first, then the other one,
 * as federal correspondence does ("English follows" / "Le français suit").
 */
export function renderMail(template: MailTemplate, locale: Locale): RenderedMail {
	const first = part(template, locale);
	const second = part(template, otherLocale(locale));
	const notice = t(locale)('mail.other_language_follows');
	return {
		subject: `${first.subject} | ${second.subject}`,
		text: `${notice}\n\n${first.text}\n\n----------\n\n${second.text}`,
		html: `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;max-width:40rem">
<p style="font-size:13px;color:#444">${escapeHtml(notice)}</p>
${first.html}
<hr>
${second.html}
</body></html>`
	};
}
