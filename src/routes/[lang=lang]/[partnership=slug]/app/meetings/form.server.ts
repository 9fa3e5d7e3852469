import type { AppContext } from '#lib/server/context.ts';
import { dateToTorontoLocal, type MeetingInput } from '#lib/server/partnership/meetings.ts';
import { flattenTree, tableTree } from '#lib/server/partnership/tables.ts';
import { formValues } from '#lib/server/web.ts';

/** The meeting form's fields as the domain's input, and the values to show again on failure. */
export function meetingFromForm(
	data: FormData,
	fallbackStatus = 'scheduled'
): { input: MeetingInput; values: Record<string, string> } {
	const v = formValues(data);
	const input: MeetingInput = {
		tableId: v.tableId ?? '',
		titleFr: v.titleFr ?? '',
		titleEn: v.titleEn ?? '',
		startsAt: v.startsAt ?? '',
		endsAt: v.endsAt ?? '',
		location: v.location ?? '',
		onlineUrl: v.onlineUrl ?? '',
		agendaFr: v.agendaFr ?? '',
		agendaEn: v.agendaEn ?? '',
		status: (v.status || fallbackStatus) as 'scheduled'
	};
	return { input, values: v };
}

export function meetingToValues(m: {
	table_id: string;
	title_fr: string;
	title_en: string;
	starts_at: Date | string;
	ends_at: Date | string;
	location: string;
	online_url: string;
	agenda_fr: string;
	agenda_en: string;
	status: string;
}): Record<string, string> {
	return {
		tableId: m.table_id,
		titleFr: m.title_fr,
		titleEn: m.title_en,
		startsAt: dateToTorontoLocal(m.starts_at),
		endsAt: dateToTorontoLocal(m.ends_at),
		location: m.location,
		onlineUrl: m.online_url,
		agendaFr: m.agenda_fr,
		agendaEn: m.agenda_en,
		status: m.status
	};
}

/** The tables a meeting may belong to, in tree order with their depth (closed ones last in their branch). */
export async function tableChoices(ctx: Pick<AppContext, 'db'>, partnershipId: string) {
	const flat = flattenTree(await tableTree(ctx, partnershipId, { includeClosed: true }));
	return flat.map((n) => ({ id: n.id, name_fr: n.name_fr, name_en: n.name_en, depth: n.depth, status: n.status }));
}

const fieldOrder = [
	'tableId',
	'titleFr',
	'titleEn',
	'startsAt',
	'endsAt',
	'location',
	'onlineUrl',
	'agendaFr',
	'agendaEn',
	'status'
];

/** Field errors in the order the fields appear, so the error summary reads top to bottom. */
export function inFormOrder<T extends { fieldErrors?: Record<string, string[]> }>(result: T): T {
	if (!result.fieldErrors) return result;
	const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);
	const entries = Object.entries(result.fieldErrors).sort(([a], [b]) => rank(a) - rank(b));
	return { ...result, fieldErrors: Object.fromEntries(entries) };
}
