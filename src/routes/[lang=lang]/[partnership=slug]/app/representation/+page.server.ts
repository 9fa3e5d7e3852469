import { redirect } from '@sveltejs/kit';
import {
	representation,
	representationOverTime,
	sectors,
	setTargetSectors,
	today
} from '#lib/server/partnership/index.ts';
import { formFailure, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

/** A date the history can be read on: a real calendar day, not after today. */
function readDate(raw: string | null): { at: string; invalid: boolean } {
	const now = today();
	if (!raw) return { at: now, invalid: false };
	const valid =
		/^\d{4}-\d{2}-\d{2}$/.test(raw) &&
		!Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) &&
		new Date(`${raw}T00:00:00Z`).toISOString().slice(0, 10) === raw;
	if (!valid || raw < '1900-01-01') return { at: now, invalid: true };
	return { at: raw > now ? now : raw, invalid: raw > now };
}

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'representation.view');
	const { at, invalid } = readDate(event.url.searchParams.get('at'));
	const [report, overTime] = await Promise.all([
		representation(ctx, partnership.id, at),
		representationOverTime(ctx, partnership.id)
	]);
	const present = new Set<string>([...report.targets, ...Object.keys(report.overall)]);
	return {
		today: today(),
		at,
		invalidDate: invalid,
		report,
		columns: sectors.filter((s) => present.has(s)),
		allSectors: [...sectors],
		// The current quarter ends in the future: its point is today's figures.
		overTime: overTime.map((p) => (p.at > today() ? { ...p, at: today() } : p))
	};
};

export const actions: Actions = {
	targets: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'representation.manage');
		const data = await event.request.formData();
		const wanted = data.getAll('sectors').filter((v): v is string => typeof v === 'string');
		const result = await setTargetSectors(ctx, actor, partnership.id, wanted);
		if (!result.ok) return formFailure(result, { sectors: wanted });
		redirect(303, `${event.url.pathname}?done=governance.targets_saved`);
	}
};
