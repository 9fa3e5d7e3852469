import { fail } from '@sveltejs/kit';
import { findLikelyDuplicates, type DuplicateMatch } from '#lib/server/directory/curation/index.ts';
import {
	deliveryModes,
	flattenTaxonomy,
	immigrationStatuses,
	listLocations,
	listTaxonomyTree,
	serviceStatuses,
	weekdays,
	weekFromRules,
	type ServiceDetail
} from '#lib/server/directory/index.ts';
import { newcomerLanguages } from '#lib/server/directory/taxonomy-data.ts';
import { scoped } from '#lib/server/tenancy/scoped.ts';
import type { TenantRequest } from '#lib/server/web.ts';

export type FormValues = Record<string, string | string[]>;

/** The editor's fields from a stored service (the names match serviceInput and serviceFormInput). */
export function serviceValues(s: ServiceDetail): FormValues {
	const v: FormValues = {
		organizationId: s.organization.id,
		status: s.status,
		nameFr: s.name.fr,
		nameEn: s.name.en,
		alternateNameFr: s.alternateName.fr,
		alternateNameEn: s.alternateName.en,
		descriptionFr: s.description.fr,
		descriptionEn: s.description.en,
		url: s.url,
		email: s.email,
		interpretationServicesFr: s.interpretationServices.fr,
		interpretationServicesEn: s.interpretationServices.en,
		applicationProcessFr: s.applicationProcess.fr,
		applicationProcessEn: s.applicationProcess.en,
		feesDescriptionFr: s.feesDescription.fr,
		feesDescriptionEn: s.feesDescription.en,
		waitTimeFr: s.waitTime.fr,
		waitTimeEn: s.waitTime.en,
		eligibilityDescriptionFr: s.eligibilityDescription.fr,
		eligibilityDescriptionEn: s.eligibilityDescription.en,
		alertFr: s.alert.fr,
		alertEn: s.alert.en,
		minimumAge: s.minimumAge === null ? '' : String(s.minimumAge),
		maximumAge: s.maximumAge === null ? '' : String(s.maximumAge),
		eligibleStatuses: s.eligibleStatuses,
		deliveryModes: s.deliveryModes,
		freeOfCharge: s.freeOfCharge ? 'on' : '',
		categories: s.categories.map((c) => c.termId),
		languages: s.languages.filter((l) => !l.viaInterpreter).map((l) => l.code),
		interpreterLanguages: s.languages.filter((l) => l.viaInterpreter).map((l) => l.code),
		locationIds: s.locations.map((l) => l.id),
		hoursMode: s.schedules.length ? 'own' : 'location'
	};
	s.phones.slice(0, 3).forEach((p, i) => {
		v[`phones.${i}.number`] = p.number;
		v[`phones.${i}.extension`] = p.extension === null ? '' : String(p.extension);
		v[`phones.${i}.type`] = p.type;
	});
	s.costOptions.slice(0, 3).forEach((c, i) => {
		v[`costOptions.${i}.optionFr`] = c.option.fr;
		v[`costOptions.${i}.optionEn`] = c.option.en;
		v[`costOptions.${i}.amount`] = c.amount === null ? '' : String(c.amount);
	});
	s.requiredDocuments.slice(0, 3).forEach((d, i) => {
		v[`requiredDocuments.${i}.documentFr`] = d.document.fr;
		v[`requiredDocuments.${i}.documentEn`] = d.document.en;
	});
	const week = weekFromRules(s.schedules);
	for (const day of weekdays) {
		v[`hours.${day}.opens`] = week.days[day]?.opens?.slice(0, 5) ?? '';
		v[`hours.${day}.closes`] = week.days[day]?.closes?.slice(0, 5) ?? '';
	}
	v['hours.notesFr'] = week.notesFr ?? '';
	v['hours.notesEn'] = week.notesEn ?? '';
	return v;
}

/** A form post as the values to show again (repeated keys as lists). */
export function postedValues(data: FormData): FormValues {
	const lists = ['eligibleStatuses', 'deliveryModes', 'categories', 'languages', 'interpreterLanguages', 'locationIds'];
	const out: FormValues = {};
	for (const key of new Set(data.keys())) {
		const values = data.getAll(key).filter((x): x is string => typeof x === 'string');
		out[key] = lists.includes(key) ? values : (values[0] ?? '');
	}
	for (const key of lists) out[key] ??= [];
	return out;
}

/** What the editor offers: organizations (all, or the member's own), categories, languages, locations. */
export async function editorChoices(req: TenantRequest, organizationId: string | null, all: boolean) {
	const { ctx, partnership } = req;
	const orgs = await scoped(ctx.db, partnership.id)
		.selectFrom('organization')
		.select(['id', 'name_fr', 'name_en'])
		.$if(!all, (q) => q.where('id', '=', organizationId ?? '00000000-0000-0000-0000-000000000000'))
		.orderBy('name_fr')
		.execute();
	const terms = flattenTaxonomy(await listTaxonomyTree(ctx.db, partnership.id));
	const locations = await listLocations(
		ctx.db,
		partnership.id,
		all ? {} : { organizationId: organizationId ?? undefined }
	);
	return {
		organizations: orgs.map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } })),
		categories: terms.map((term) => ({ id: term.id, depth: term.depth, name: term.name })),
		languages: [
			'fr',
			'en',
			...newcomerLanguages,
			'so',
			'ti',
			'am',
			'sw',
			'ur',
			'hi',
			'ta',
			'vi',
			'ru',
			'pt',
			'ko',
			'tr'
		],
		locations: locations.map((l) => ({
			id: l.id,
			name: l.name,
			address: [l.address, l.city].filter(Boolean).join(', ')
		})),
		statuses: [...serviceStatuses],
		immigrationStatuses: [...immigrationStatuses],
		deliveryModes: [...deliveryModes],
		weekdays: [...weekdays]
	};
}

/**
 * The duplicate warning: before a new listing is saved (or a name changes), likely duplicates
 * are shown and the save waits for "save anyway".
 */
export async function duplicateWarning(
	req: TenantRequest,
	values: FormValues,
	excludeId: string | null,
	previousName: { fr: string; en: string } | null
) {
	if (values.confirmNotDuplicate === 'on') return null;
	const name = { fr: String(values.nameFr ?? ''), en: String(values.nameEn ?? '') };
	if (previousName && previousName.fr === name.fr && previousName.en === name.en) return null;
	if (!name.fr && !name.en) return null;
	const matches: DuplicateMatch[] = await findLikelyDuplicates(req.ctx.db, req.partnership.id, {
		name,
		phone: String(values['phones.0.number'] ?? ''),
		organizationId: String(values.organizationId ?? ''),
		excludeId
	});
	if (!matches.length) return null;
	return fail(409, {
		error: 'directory.editor_duplicate_warning',
		fieldErrors: {} as Record<string, string[]>,
		values,
		duplicates: matches.map((m) => ({
			id: m.id,
			name: m.name,
			organizationName: m.organizationName,
			reasons: m.reasons
		}))
	});
}
