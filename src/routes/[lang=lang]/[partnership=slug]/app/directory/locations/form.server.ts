import { error } from '@sveltejs/kit';
import { accessibilityFeatures, isUuid, weekdays } from '#lib/server/directory/index.ts';
import { locationEditValues } from '#lib/server/directory/locations.ts';
import { scoped } from '#lib/server/tenancy/scoped.ts';
import type { TenantRequest } from '#lib/server/web.ts';
import { editScope } from '../scope.server.ts';

export type FormValues = Record<string, string | string[]>;

/** The location, if this person may edit it (partner staff: their organization's only; else 404). */
export async function requireEditableLocation(req: TenantRequest, id: string) {
	if (!isUuid(id)) error(404, 'errors.not_found');
	const values = await locationEditValues(req.ctx.db, req.partnership.id, id);
	if (!values) error(404, 'errors.not_found');
	const scope = await editScope(req);
	if (!scope.all && values.organizationId !== scope.organizationId) error(404, 'errors.not_found');
	return { values, scope };
}

/** locationEditValues → the flat form fields (phones.0.number, hours.MO.opens, …). */
export function flatLocation(v: Awaited<ReturnType<typeof locationEditValues>> & object): FormValues {
	const out: FormValues = {};
	for (const [key, value] of Object.entries(v)) {
		if (key === 'phones' || key === 'hours' || key === 'serviceIds' || key === 'id') continue;
		out[key] = Array.isArray(value) ? value.map(String) : value === null || value === undefined ? '' : String(value);
	}
	const phones = (v.phones ?? []) as Record<string, unknown>[];
	phones.slice(0, 3).forEach((p, i) => {
		for (const [k, val] of Object.entries(p))
			out[`phones.${i}.${k}`] = val === null || val === undefined ? '' : String(val);
	});
	const hours = (v.hours ?? {}) as Record<string, unknown>;
	for (const day of weekdays) {
		const h = (hours[day] ?? {}) as { opens?: string; closes?: string };
		out[`hours.${day}.opens`] = (h.opens ?? '').slice(0, 5);
		out[`hours.${day}.closes`] = (h.closes ?? '').slice(0, 5);
	}
	out['hours.notesFr'] = String(hours.notesFr ?? '');
	out['hours.notesEn'] = String(hours.notesEn ?? '');
	return out;
}

export async function locationChoices(req: TenantRequest, organizationId: string | null, all: boolean) {
	const orgs = await scoped(req.ctx.db, req.partnership.id)
		.selectFrom('organization')
		.select(['id', 'name_fr', 'name_en'])
		.$if(!all, (q) => q.where('id', '=', organizationId ?? '00000000-0000-0000-0000-000000000000'))
		.orderBy('name_fr')
		.execute();
	return {
		organizations: orgs.map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } })),
		features: accessibilityFeatures.filter((f) => f !== 'other'),
		weekdays: [...weekdays]
	};
}

export function postedLocation(data: FormData): FormValues {
	const out: FormValues = {};
	for (const key of new Set(data.keys())) {
		const values = data.getAll(key).filter((x): x is string => typeof x === 'string');
		out[key] = key === 'accessibility' ? values : (values[0] ?? '');
	}
	out.accessibility ??= [];
	return out;
}
