import { requirePartnership } from '#lib/server/web.ts';
import { renameLang, reportFor } from '../files.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const request = await requirePartnership(event, 'reports.view');
	const { params, result } = await reportFor(request, 'annual', event.url);
	return {
		kind: 'annual' as const,
		params,
		report: result.ok ? result.value : null,
		problem: result.ok ? null : { error: result.code, fieldErrors: renameLang(result.fieldErrors) },
		print: event.url.searchParams.get('print') === '1'
	};
};
