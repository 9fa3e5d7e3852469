import { fail, redirect } from '@sveltejs/kit';
import { isDirectoryLocale, isRtl, languageTag, type DirectoryLocale } from '#lib/i18n/locales.ts';
import { getServiceDetail, type ServiceDetail } from '#lib/server/directory/index.ts';
import {
	addId,
	listCookieName,
	listCookieOptions,
	parseIds,
	removeId,
	sendDirectoryMail,
	serializeIds
} from '#lib/server/directory/public/index.ts';
import { t } from '#lib/server/i18n.ts';
import { formValues, safeNext } from '#lib/server/web.ts';
import { languageLinks, languageNamer, partnershipSummary, publicDirectory } from '../public.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** The handout's own words, in the client's language (which may differ from the page's). */
const handoutKeys = [
	'handout_title',
	'handout_prepared',
	'handout_source',
	'address',
	'phone',
	'hours',
	'languages',
	'website',
	'closed',
	'content_note',
	'day_1',
	'day_2',
	'day_3',
	'day_4',
	'day_5',
	'day_6',
	'day_7'
];

function summary(service: ServiceDetail, languageName: (code: string) => string) {
	return {
		id: service.id,
		name: service.name,
		organization: service.organization.name,
		url: service.url || service.organization.website,
		phones: [...new Set([...service.locations.flatMap((l) => l.phones), ...service.phones].map((p) => p.number))].slice(
			0,
			3
		),
		languages: service.languages.filter((l) => !l.code.includes('-')).map((l) => languageName(l.code)),
		locations: service.locations.map((l) => ({
			id: l.id,
			name: l.name,
			address:
				l.addresses
					.filter((a) => a.addressType !== 'postal')
					.slice(0, 1)
					.map((a) => [a.address1, a.address2, a.city, a.postalCode].filter(Boolean).join(', '))[0] ?? '',
			hours: l.hours.map((d) => d.ranges.map((r) => `${r.opens}–${r.closes}`).join(', '))
		}))
	};
}

function backTo(value: string | undefined, fallback: string): string {
	const next = safeNext(value ?? null, fallback);
	// Only back into this partnership's directory.
	return next.startsWith(fallback.replace(/\/list$/, '')) ? next : fallback;
}

// Read on phones over slow networks: plain HTML and forms, plus static/directory.js for the few
// enhancements (near me, copy, print). No client-side app to download.
export const csr = false;

export const load: PageServerLoad = async ({ params, url, locals, cookies }) => {
	const { ctx, partnership, listIds } = await publicDirectory(params.partnership, cookies);
	const sharedIds = url.searchParams.has('ids') ? parseIds(url.searchParams.get('ids')) : null;
	const ids = sharedIds ?? listIds;
	const wanted = url.searchParams.get('hl') ?? '';
	const handoutLang: DirectoryLocale = isDirectoryLocale(wanted) ? wanted : locals.uiLang;
	// Language names in the handout's language (the client reads it).
	const languageName = languageNamer(handoutLang);
	const services = [];
	for (const id of ids) {
		const service = await getServiceDetail(ctx.db, partnership.id, id);
		if (service && service.status === 'active') services.push(summary(service, languageName));
	}
	const tr = t(handoutLang);
	const origin = ctx.config.publicOrigin;
	return {
		partnership: partnershipSummary(partnership),
		languages: languageLinks(url),
		listIds,
		shared: sharedIds !== null,
		services,
		note: (url.searchParams.get('note') ?? '').slice(0, 1000),
		handout: {
			lang: handoutLang,
			tag: languageTag(handoutLang),
			dir: isRtl(handoutLang) ? ('rtl' as const) : ('ltr' as const),
			content: handoutLang === 'fr' ? ('fr' as const) : ('en' as const),
			text: Object.fromEntries(handoutKeys.map((k) => [k, tr(`directory-public.${k}`)])) as Record<string, string>,
			// "Lundi : 08:30" in French, "Monday: 08:30" in English (common.label_value's separator).
			colon: tr('common.label_value', { label: '', value: '' }).trimEnd().replace(/^ /, '\u00a0'),
			source: tr('directory-public.handout_source', {
				partnership: handoutLang === 'fr' ? partnership.name_fr : partnership.name_en,
				url: `${origin}/${handoutLang}/${partnership.slug}/directory`
			})
		},
		shareUrl: `${origin}/${locals.uiLang}/${partnership.slug}/directory/list?ids=${ids.join('.')}`
	};
};

export const actions: Actions = {
	add: async ({ params, request, cookies, url, locals }) => {
		const { listIds } = await publicDirectory(params.partnership, cookies);
		const values = formValues(await request.formData());
		const ids = addId(listIds, values.id ?? '');
		cookies.set(listCookieName, serializeIds(ids), listCookieOptions('/', url.protocol === 'https:'));
		redirect(303, backTo(values.back, `/${locals.uiLang}/${params.partnership}/directory/list`));
	},
	remove: async ({ params, request, cookies, url, locals }) => {
		const { listIds } = await publicDirectory(params.partnership, cookies);
		const values = formValues(await request.formData());
		const ids = removeId(listIds, values.id ?? '');
		cookies.set(listCookieName, serializeIds(ids), listCookieOptions('/', url.protocol === 'https:'));
		redirect(303, backTo(values.back, `/${locals.uiLang}/${params.partnership}/directory/list`));
	},
	clear: async ({ params, cookies, locals }) => {
		await publicDirectory(params.partnership, cookies);
		cookies.delete(listCookieName, { path: '/' });
		redirect(303, `/${locals.uiLang}/${params.partnership}/directory/list`);
	},
	keep: async ({ params, request, cookies, url, locals }) => {
		// A shared list (?ids=…) becomes this browser's list.
		const { listIds } = await publicDirectory(params.partnership, cookies);
		const values = formValues(await request.formData());
		const ids = parseIds([...listIds, ...parseIds(values.ids)].join('.'));
		cookies.set(listCookieName, serializeIds(ids), listCookieOptions('/', url.protocol === 'https:'));
		redirect(303, `/${locals.uiLang}/${params.partnership}/directory/list`);
	},
	email: async (event) => {
		const { params, request, cookies, locals } = event;
		const { ctx, partnership, listIds } = await publicDirectory(params.partnership, cookies);
		const values = formValues(await request.formData());
		const ids = values.ids ? parseIds(values.ids) : listIds;
		const origin = ctx.config.publicOrigin;
		const result = await sendDirectoryMail(ctx, partnership, {
			to: values.to ?? '',
			serviceIds: ids,
			note: values.note ?? '',
			locale: locals.lang,
			clientAddress: event.getClientAddress(),
			requestId: locals.requestId,
			links: {
				service: (id) => `${origin}/${locals.uiLang}/${partnership.slug}/directory/services/${id}`,
				list: (list) => `${origin}/${locals.uiLang}/${partnership.slug}/directory/list?ids=${list.join('.')}`
			}
		});
		if (!result.ok) {
			return fail(result.code === 'directory-public.send_rate_limited' ? 429 : 400, {
				error: result.code,
				fieldErrors: result.fieldErrors ?? {},
				values: { to: values.to ?? '', note: values.note ?? '' }
			});
		}
		const back = new URLSearchParams({ sent: '1' });
		if (values.ids) back.set('ids', ids.join('.'));
		redirect(303, `/${locals.uiLang}/${partnership.slug}/directory/list?${back}`);
	}
};
