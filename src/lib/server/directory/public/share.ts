import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Locale } from '#lib/i18n/locales.ts';
import { emailSchema } from '#lib/server/accounts/schemas.ts';
import { recordAudit } from '#lib/server/audit/index.ts';
import type { AppContext } from '#lib/server/context.ts';
import { t } from '#lib/server/i18n.ts';
import { queueMail } from '#lib/server/mail/index.ts';
import { failure, ok, zodFailure, type Result } from '#lib/server/result.ts';
import { getServiceDetail, type ServiceDetail } from '../read.ts';
import { maxListItems } from './list-cookie.ts';

/**
 * "Send by e-mail" on the public directory: one service, or a worker's list with a note. Anyone
 * may use it, so it is limited per client (a keyed hash of the address, never the address) and
 * per partnership, counted in the audit trail so the limit holds across instances. The
 * recipient's address is not kept anywhere but the message itself.
 */
export const shareLimits = { perClientPerHour: 5, perPartnershipPerHour: 200 };

const input = z.object({
	to: emailSchema,
	serviceIds: z.array(z.uuid()).min(1, { error: 'directory-public.send_nothing' }).max(maxListItems),
	note: z.string().trim().max(1000, { error: 'validation.too_long' }).default(''),
	locale: z.enum(['fr', 'en'])
});

export interface ShareInput {
	to: unknown;
	serviceIds: string[];
	note?: unknown;
	/** The content language of the page (the e-mail's first language). */
	locale: Locale;
	clientAddress: string;
	requestId?: string;
	/** Absolute links: the service pages, or the shared list. */
	links: { service: (id: string) => string; list: (ids: string[]) => string };
}

export function visitorHash(address: string): string {
	return createHash('sha256').update(`passerelle-directory-share:${address}`).digest('base64url').slice(0, 32);
}

const action = 'directory.share_mail';

function dayName(locale: Locale, index: number): string {
	return t(locale)(`directory-public.day_${index + 1}`);
}

/** A plain-text block for one service in one language: what someone needs to go there. */
export function serviceText(service: ServiceDetail, locale: Locale, url: string): string {
	const tr = t(locale);
	const pick = (v: { fr: string; en: string }) => (v[locale] || v[locale === 'fr' ? 'en' : 'fr']).trim();
	const lines = [pick(service.name), pick(service.organization.name)];
	for (const location of service.locations) {
		for (const a of location.addresses.filter((x) => x.addressType !== 'postal').slice(0, 1)) {
			lines.push(
				`${tr('directory-public.address')}: ${[a.address1, a.address2, a.city, a.postalCode].filter(Boolean).join(', ')}`
			);
		}
		for (const p of location.phones.slice(0, 2)) {
			lines.push(`${tr('directory-public.phone')}: ${p.number}${p.extension ? ` #${p.extension}` : ''}`);
		}
		const open = location.hours
			.map((d, i) =>
				d.ranges.length ? `${dayName(locale, i)} ${d.ranges.map((r) => `${r.opens}–${r.closes}`).join(', ')}` : ''
			)
			.filter(Boolean);
		if (open.length) lines.push(`${tr('directory-public.hours')}: ${open.join('; ')}`);
	}
	for (const p of service.phones.slice(0, 1)) {
		if (!lines.some((l) => l.includes(p.number))) lines.push(`${tr('directory-public.phone')}: ${p.number}`);
	}
	if (service.languages.length) {
		const names = new Intl.DisplayNames([locale], { type: 'language' });
		lines.push(
			`${tr('directory-public.languages')}: ${service.languages.map((l) => safeName(names, l.code)).join(', ')}`
		);
	}
	lines.push(url);
	return lines.join('\n');
}

export function safeName(names: Intl.DisplayNames, code: string): string {
	try {
		return names.of(code) ?? code;
	} catch {
		return code;
	}
}

export async function sendDirectoryMail(
	ctx: Pick<AppContext, 'db'>,
	partnership: { id: string; name_fr: string; name_en: string },
	raw: ShareInput
): Promise<Result<{ mailId: string }>> {
	const parsed = input.safeParse({ to: raw.to, serviceIds: raw.serviceIds, note: raw.note ?? '', locale: raw.locale });
	if (!parsed.success) return zodFailure(parsed.error);
	const { to, serviceIds, note, locale } = parsed.data;
	const client = `visitor:${visitorHash(raw.clientAddress)}`;
	const since = new Date(Date.now() - 3_600_000);
	const counts = await ctx.db
		.selectFrom('audit_event')
		.select([
			(eb) => eb.fn.countAll<number>().filterWhere('actor_label', '=', client).as('by_client'),
			(eb) => eb.fn.countAll<number>().as('by_partnership')
		])
		.where('partnership_id', '=', partnership.id)
		.where('action', '=', action)
		.where('at', '>', since)
		.executeTakeFirstOrThrow();
	if (
		Number(counts.by_client) >= shareLimits.perClientPerHour ||
		Number(counts.by_partnership) >= shareLimits.perPartnershipPerHour
	) {
		return failure('directory-public.send_rate_limited');
	}
	const services: ServiceDetail[] = [];
	for (const id of serviceIds) {
		const service = await getServiceDetail(ctx.db, partnership.id, id);
		if (service && service.status === 'active') services.push(service);
	}
	if (!services.length) return failure('directory-public.send_nothing');
	const partnershipName = { fr: partnership.name_fr, en: partnership.name_en };
	const details = (l: Locale) => services.map((s) => serviceText(s, l, raw.links.service(s.id))).join('\n\n');
	const single = serviceIds.length === 1 && !note;
	const mailId = await ctx.db.transaction().execute(async (trx) => {
		const id = await queueMail(trx, {
			to,
			locale,
			partnershipId: partnership.id,
			template: single
				? {
						name: 'directory-public.mail_share',
						params: {
							partnership: partnershipName,
							name: { fr: services[0].name.fr || services[0].name.en, en: services[0].name.en || services[0].name.fr },
							details: { fr: details('fr'), en: details('en') }
						},
						action: { url: raw.links.service(services[0].id), labelKey: 'directory-public.mail_share.action' }
					}
				: {
						name: 'directory-public.mail_list',
						params: {
							partnership: partnershipName,
							count: services.length,
							note: note || '—',
							details: { fr: details('fr'), en: details('en') }
						},
						action: { url: raw.links.list(services.map((s) => s.id)), labelKey: 'directory-public.mail_list.action' }
					}
		});
		// The trail keeps who (a hash) and how many, never the address or the note.
		await recordAudit(
			trx,
			{ userId: null, label: client, requestId: raw.requestId },
			{
				partnershipId: partnership.id,
				action,
				entityType: 'mail_message',
				entityId: id,
				after: { services: services.map((s) => s.id) }
			}
		);
		return id;
	});
	return ok({ mailId });
}
