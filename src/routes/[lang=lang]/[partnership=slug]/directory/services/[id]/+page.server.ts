import { error, fail, redirect } from '@sveltejs/kit';
import { getServiceDetail } from '#lib/server/directory/index.ts';
import { sendDirectoryMail } from '#lib/server/directory/public/index.ts';
import { formValues } from '#lib/server/web.ts';
import { distanceKm, languageLinks, languageNamer, partnershipSummary, publicDirectory } from '../../public.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** One service, with everything a newcomer needs to act on it. */
// Read on phones over slow networks: plain HTML and forms, plus static/directory.js for the few
// enhancements (near me, copy, print). No client-side app to download.
export const csr = false;

export const load: PageServerLoad = async ({ params, url, locals, cookies }) => {
	const { ctx, partnership, listIds } = await publicDirectory(params.partnership, cookies);
	const service = await getServiceDetail(ctx.db, partnership.id, params.id);
	if (!service || service.status === 'inactive' || service.status === 'defunct') error(404, 'errors.not_found');
	const lat = Number(url.searchParams.get('lat'));
	const lon = Number(url.searchParams.get('lon'));
	const from =
		url.searchParams.has('lat') && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && Number.isFinite(lat + lon)
			? { lat, lon }
			: null;
	const languageName = languageNamer(locals.uiLang);
	const origin = ctx.config.publicOrigin;
	return {
		partnership: partnershipSummary(partnership),
		languages: languageLinks(url),
		listIds,
		inList: listIds.includes(service.id),
		service: {
			...service,
			updatedAt: service.updatedAt.toISOString(),
			createdAt: service.createdAt.toISOString(),
			assurerEmail: undefined,
			languages: service.languages.map((l) => ({ ...l, label: languageName(l.code) })),
			categories: service.categories.map((c) => ({
				code: c.code,
				name: c.name,
				local: locals.uiLang !== 'fr' && locals.uiLang !== 'en' ? (c.names[locals.uiLang] ?? '') : ''
			})),
			locations: service.locations.map((l) => ({
				...l,
				nextOpening: l.nextOpening ? { ...l.nextOpening, at: l.nextOpening.at.toISOString() } : null,
				distanceKm:
					from && l.latitude !== null && l.longitude !== null
						? distanceKm(from, { lat: l.latitude, lon: l.longitude })
						: null
			}))
		},
		shareUrl: `${origin}/${locals.uiLang}/${partnership.slug}/directory/services/${service.id}`
	};
};

export const actions: Actions = {
	email: async (event) => {
		const { params, request, cookies, locals } = event;
		const { ctx, partnership } = await publicDirectory(params.partnership, cookies);
		const values = formValues(await request.formData());
		const origin = ctx.config.publicOrigin;
		const result = await sendDirectoryMail(ctx, partnership, {
			to: values.to ?? '',
			serviceIds: [params.id],
			locale: locals.lang,
			clientAddress: event.getClientAddress(),
			requestId: locals.requestId,
			links: {
				service: (id) => `${origin}/${locals.uiLang}/${partnership.slug}/directory/services/${id}`,
				list: (ids) => `${origin}/${locals.uiLang}/${partnership.slug}/directory/list?ids=${ids.join('.')}`
			}
		});
		if (!result.ok) {
			return fail(result.code === 'directory-public.send_rate_limited' ? 429 : 400, {
				error: result.code,
				fieldErrors: result.fieldErrors ?? {},
				values: { to: values.to ?? '' }
			});
		}
		redirect(303, `/${locals.uiLang}/${partnership.slug}/directory/services/${params.id}?sent=1`);
	}
};
