import { error } from '@sveltejs/kit';
import { csvFromTables, exportHsdsJson, zipStore } from '#lib/server/directory/hsds/export.ts';
import { loadDataset, toHsds } from '#lib/server/directory/hsds/dataset.ts';
import { tableByFile } from '#lib/server/directory/hsds/tables.ts';
import { workbookFromCsvFiles } from '#lib/server/directory/hsds/workbook.ts';
import { requirePartnership } from '#lib/server/web.ts';
import type { RequestHandler } from './$types';

/**
 * Downloads: `hsds.json` (the JSON package), `hsds-csv.zip` (the CSV data package in a
 * store-only ZIP), `hsds.xlsx` (the same tables, one sheet each) or one table (`services.csv`…), with `?lang=fr|en` for the standard fields.
 */
export const GET: RequestHandler = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'directory.view');
	const lang =
		event.url.searchParams.get('lang') === 'en'
			? 'en'
			: event.url.searchParams.get('lang') === 'fr'
				? 'fr'
				: partnership.default_locale;
	const format = event.params.format;
	const origin = event.url.origin;
	const stamp = new Date().toISOString().slice(0, 10);
	const name = `${partnership.slug}-hsds-${lang}-${stamp}`;
	const headers = (type: string, file: string) => ({
		'content-type': type,
		'content-disposition': `attachment; filename="${file}"`,
		'cache-control': 'private, no-store'
	});
	if (format === 'hsds.json') {
		const pkg = await exportHsdsJson(ctx.db, partnership.id, { lang, origin, slug: partnership.slug });
		return new Response(JSON.stringify(pkg, null, 2), {
			headers: headers('application/json; charset=utf-8', `${name}.json`)
		});
	}
	if (format !== 'hsds-csv.zip' && format !== 'hsds.xlsx' && !tableByFile[format]) error(404, 'errors.not_found');
	const tables = toHsds(await loadDataset(ctx.db, partnership.id), {
		lang,
		virtualTaxonomies: true,
		logoUrl: (id) => `${origin}/${lang}/${partnership.slug}/partners/${id}/logo`
	});
	const files = csvFromTables(tables, lang, origin);
	if (format === 'hsds.xlsx') {
		return new Response(new Uint8Array(await workbookFromCsvFiles(files)), {
			headers: headers('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${name}.xlsx`)
		});
	}
	if (format === 'hsds-csv.zip') {
		return new Response(new Uint8Array(zipStore(files)), { headers: headers('application/zip', `${name}.zip`) });
	}
	return new Response(`\uFEFF${files[format]}`, {
		headers: headers('text/csv; charset=utf-8', `${partnership.slug}-${lang}-${format}`)
	});
};
