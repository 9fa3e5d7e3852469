import { requirePartnership } from '#lib/server/web.ts';
import { docxResponse } from '../files.server.ts';
import type { RequestHandler } from './$types';

/** The community achievements report as a Word document, in the language asked for. */
export const GET: RequestHandler = async (event) =>
	docxResponse(await requirePartnership(event, 'reports.view'), 'achievements', event.url);
