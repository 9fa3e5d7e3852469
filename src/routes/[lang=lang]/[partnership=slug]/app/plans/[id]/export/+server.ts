import { error } from '@sveltejs/kit';
import { exportPlanCsv, exportPlanDocx, exportPlanXlsx, getPlan } from '#lib/server/plans/index.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { RequestHandler } from './$types';

const types = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	csv: 'text/csv; charset=utf-8'
} as const;

/** The plan in the layout of the seed's table: ?format=xlsx|docx|csv&lang=fr|en. */
export const GET: RequestHandler = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'plans.view');
	const format = (event.url.searchParams.get('format') ?? 'xlsx') as keyof typeof types;
	if (!(format in types)) error(404, 'errors.not_found');
	const lang =
		event.url.searchParams.get('lang') === 'en'
			? 'en'
			: event.url.searchParams.get('lang') === 'fr'
				? 'fr'
				: event.locals.lang;
	const plan = await getPlan(ctx.db, partnership.id, event.params.id);
	if (!plan) error(404, 'errors.not_found');
	const make = { xlsx: exportPlanXlsx, docx: exportPlanDocx, csv: exportPlanCsv }[format];
	const body = await make(ctx.db, partnership.id, plan.id, { lang });
	if (!body) error(404, 'errors.not_found');
	const name = `${
		(lang === 'fr' ? plan.title_fr : plan.title_en)
			.normalize('NFD')
			.replace(/[^\w-]+/g, '-')
			.replace(/-+/g, '-')
			.slice(0, 80) || 'plan'
	}-${lang}.${format}`;
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': types[format],
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
};
