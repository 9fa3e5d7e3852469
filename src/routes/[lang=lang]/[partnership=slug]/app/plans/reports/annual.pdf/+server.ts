import { requirePartnership } from '#lib/server/web.ts';
import { pdfResponse } from '../files.server.ts';
import type { RequestHandler } from './$types';

/** The annual report for the funder as a PDF (the report page printed by Chromium). */
export const GET: RequestHandler = async (event) =>
	pdfResponse(event, await requirePartnership(event, 'reports.view'), 'annual');
