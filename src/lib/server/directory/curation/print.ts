import { sql } from 'kysely';
import { z } from 'zod';
import { pick, type Locale } from '../../../i18n/locales.ts';
import type { AppContext } from '../../context.ts';
import { t as translatorFor } from '../../i18n.ts';
import { scoped } from '../../tenancy/scoped.ts';

/**
 * The printed directory: a booklet of the active listings for the categories, areas (cities) and
 * languages a coordinator chooses, in French or in English. The app page
 * app/directory/print/booklet renders it (cover, table of contents with section anchors, sections
 * by category then area) and booklet.pdf prints that page with Chromium.
 */

type Ctx = Pick<AppContext, 'db'>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const bookletOptions = z.object({
	categories: z.array(z.string().regex(uuidPattern)).max(200).default([]),
	areas: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
	languages: z
		.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))
		.max(50)
		.default([]),
	lang: z.enum(['fr', 'en']).default('fr')
});
export type BookletOptions = z.output<typeof bookletOptions>;

/** Options from a query string (?category=…&area=…&language=…&booklet=fr); bad values are dropped. */
export function bookletOptionsFromQuery(params: URLSearchParams, fallbackLang: Locale): BookletOptions {
	const clean = (values: string[], test: (v: string) => boolean) => values.map((v) => v.trim()).filter(test);
	return {
		categories: clean(params.getAll('category'), (v) => uuidPattern.test(v)).slice(0, 200),
		areas: clean(params.getAll('area'), (v) => v.length > 0 && v.length <= 200).slice(0, 200),
		languages: clean(params.getAll('language'), (v) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v)).slice(0, 50),
		lang: params.get('booklet') === 'en' ? 'en' : params.get('booklet') === 'fr' ? 'fr' : fallbackLang
	};
}

export function bookletQuery(options: BookletOptions): string {
	const p = new URLSearchParams();
	for (const c of options.categories) p.append('category', c);
	for (const a of options.areas) p.append('area', a);
	for (const l of options.languages) p.append('language', l);
	p.set('booklet', options.lang);
	return p.toString();
}

export interface BookletListing {
	id: string;
	name: string;
	nameLang: Locale;
	organization: string;
	address: string;
	phones: string[];
	hours: string[];
	languages: string[];
	eligibility: string;
	cost: string;
	url: string;
	email: string;
}

export interface BookletSection {
	anchor: string;
	category: string;
	areas: { anchor: string; area: string; listings: BookletListing[] }[];
}

export interface Booklet {
	lang: Locale;
	title: string;
	partnership: string;
	generatedOn: string;
	filters: { categories: string[]; areas: string[]; languages: string[] };
	sections: BookletSection[];
	listingCount: number;
}

/** What the print form offers: the top-level categories and their children, the cities, the languages. */
export async function bookletChoices(ctx: Ctx, partnershipId: string, lang: Locale) {
	const s = scoped(ctx.db, partnershipId);
	const terms = await s
		.selectFrom('taxonomy_term')
		.select(['id', 'parent_id', 'name_fr', 'name_en', 'position'])
		.orderBy('position')
		.orderBy('name_fr')
		.execute();
	const cities = await sql<{ city: string }>`
		select distinct a.city from address a
		join service_at_location sal on sal.partnership_id = a.partnership_id and sal.location_id = a.location_id
		join service sv on sv.partnership_id = sal.partnership_id and sv.id = sal.service_id and sv.status = 'active'
		where a.partnership_id = ${partnershipId}
		order by a.city
	`.execute(ctx.db);
	const codes = await s.selectFrom('language').select('code').distinct().where('service_id', 'is not', null).execute();
	const names = new Intl.DisplayNames([lang], { type: 'language' });
	const languageName = (code: string) => {
		try {
			return names.of(code) ?? code;
		} catch {
			return code;
		}
	};
	return {
		categories: terms
			.filter((t) => !t.parent_id)
			.map((t) => ({
				id: t.id,
				name: pick({ fr: t.name_fr, en: t.name_en }, lang).text,
				children: terms
					.filter((c) => c.parent_id === t.id)
					.map((c) => ({ id: c.id, name: pick({ fr: c.name_fr, en: c.name_en }, lang).text }))
			})),
		areas: cities.rows.map((r) => r.city),
		languages: codes
			.map((r) => ({ code: r.code, name: languageName(r.code) }))
			.sort((a, b) => a.name.localeCompare(b.name, lang))
	};
}

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function slugify(value: string): string {
	return (
		value
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || 'x'
	);
}

/** Builds the booklet: every active listing in the chosen categories, areas and languages. */
export async function buildBooklet(ctx: Ctx, partnershipId: string, options: BookletOptions): Promise<Booklet> {
	const lang = options.lang;
	const tr = translatorFor(lang);
	const s = scoped(ctx.db, partnershipId);
	const partnership = await ctx.db
		.selectFrom('partnership')
		.select(['name_fr', 'name_en'])
		.where('id', '=', partnershipId)
		.executeTakeFirstOrThrow();
	const terms = await s
		.selectFrom('taxonomy_term')
		.select(['id', 'parent_id', 'name_fr', 'name_en', 'position'])
		.execute();
	const byId = new Map(terms.map((t) => [t.id, t]));
	// The sections: the chosen terms, or every top-level term.
	const chosen = options.categories.filter((id) => byId.has(id));
	const sectionTerms = chosen.length
		? chosen.map((id) => byId.get(id)!)
		: terms.filter((t) => !t.parent_id).sort((a, b) => a.position - b.position);
	const descendants = (id: string): Set<string> => {
		const out = new Set([id]);
		let grew = true;
		while (grew) {
			grew = false;
			for (const t of terms) {
				if (t.parent_id && out.has(t.parent_id) && !out.has(t.id)) {
					out.add(t.id);
					grew = true;
				}
			}
		}
		return out;
	};

	let servicesQuery = s
		.selectFrom('service')
		.innerJoin('organization', (j) =>
			j
				.onRef('organization.id', '=', 'service.organization_id')
				.onRef('organization.partnership_id', '=', 'service.partnership_id')
		)
		.select([
			'service.id',
			'service.name_fr',
			'service.name_en',
			'service.url',
			'service.email',
			'service.eligibility_description_fr',
			'service.eligibility_description_en',
			'service.eligible_statuses',
			'service.minimum_age',
			'service.maximum_age',
			'service.free_of_charge',
			'service.fees_description_fr',
			'service.fees_description_en',
			'organization.name_fr as org_fr',
			'organization.name_en as org_en'
		])
		.where('service.status', '=', 'active');
	if (options.languages.length) {
		servicesQuery = servicesQuery.where((eb) =>
			eb.exists(
				eb
					.selectFrom('language')
					.select('language.id')
					.whereRef('language.partnership_id', '=', 'service.partnership_id')
					.whereRef('language.service_id', '=', 'service.id')
					.where('language.code', 'in', options.languages)
			)
		);
	}
	const services = await servicesQuery.execute();
	const ids = services.map((r) => r.id);
	const none = ['00000000-0000-0000-0000-000000000000'];
	const list = ids.length ? ids : none;
	const [attributes, places, phones, schedules, languages, costs] = await Promise.all([
		s
			.selectFrom('attribute')
			.select(['link_id', 'taxonomy_term_id'])
			.where('link_entity', '=', 'service')
			.where('link_id', 'in', list)
			.execute(),
		sql<{
			service_id: string;
			location_id: string;
			address_1: string;
			address_2: string;
			city: string;
			postal_code: string;
		}>`
			select sal.service_id, sal.location_id, a.address_1, a.address_2, a.city, a.postal_code
			from service_at_location sal
			join address a on a.partnership_id = sal.partnership_id and a.location_id = sal.location_id and a.address_type <> 'postal'
			where sal.partnership_id = ${partnershipId} and sal.service_id = any(${list}::uuid[])
			order by a.city, a.address_1
		`.execute(ctx.db),
		sql<{ service_id: string; location_id: string | null; number: string; extension: number | null }>`
			select p.service_id, null::uuid as location_id, p.number, p.extension from phone p
			where p.partnership_id = ${partnershipId} and p.service_id = any(${list}::uuid[])
			union all
			select sal.service_id, p.location_id, p.number, p.extension from phone p
			join service_at_location sal on sal.partnership_id = p.partnership_id and sal.location_id = p.location_id
			where p.partnership_id = ${partnershipId} and sal.service_id = any(${list}::uuid[]) and p.service_id is null
		`.execute(ctx.db),
		sql<{
			service_id: string;
			location_id: string | null;
			byday: string;
			opens_at: string | null;
			closes_at: string | null;
			description_fr: string;
			description_en: string;
		}>`
			select coalesce(sc.service_id, sal.service_id) as service_id, coalesce(sc.location_id, sal.location_id) as location_id,
				sc.byday, sc.opens_at::text as opens_at, sc.closes_at::text as closes_at, sc.description_fr, sc.description_en
			from schedule sc
			left join service_at_location sal on sal.partnership_id = sc.partnership_id and sal.id = sc.service_at_location_id
			where sc.partnership_id = ${partnershipId}
				and (sc.service_id = any(${list}::uuid[]) or sal.service_id = any(${list}::uuid[]))
		`.execute(ctx.db),
		s
			.selectFrom('language')
			.select(['service_id', 'code', 'via_interpreter'])
			.where('service_id', 'in', list)
			.execute(),
		s
			.selectFrom('cost_option')
			.select(['service_id', 'option_fr', 'option_en', 'amount', 'currency'])
			.where('service_id', 'in', list)
			.execute()
	]);

	const displayNames = new Intl.DisplayNames([lang], { type: 'language' });
	const languageName = (code: string) => {
		try {
			return displayNames.of(code) ?? code;
		} catch {
			return code;
		}
	};
	const money = (amount: number, currency: string) =>
		new Intl.NumberFormat(`${lang}-CA`, { style: 'currency', currency: currency || 'CAD' }).format(amount);
	const time = (value: string | null) => {
		if (!value) return '';
		const [h, m] = value.split(':');
		return lang === 'fr' ? `${Number(h)} h ${m}` : `${Number(h) % 12 || 12}:${m} ${Number(h) < 12 ? 'a.m.' : 'p.m.'}`;
	};
	const hoursLine = (row: (typeof schedules.rows)[number]) => {
		const days = row.byday
			.split(',')
			.map((d) => d.trim().toUpperCase())
			.filter((d): d is (typeof weekdays)[number] => (weekdays as readonly string[]).includes(d))
			.sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
		const dayText = days.map((d) => tr(`directory.print_day_${d.toLowerCase()}`)).join(', ');
		const hours = row.opens_at && row.closes_at ? `${time(row.opens_at)} – ${time(row.closes_at)}` : '';
		const note = pick({ fr: row.description_fr, en: row.description_en }, lang).text;
		return [dayText, hours, note].filter(Boolean).join(' · ');
	};

	// One listing per service and place; a service with no address is listed under "by phone or online".
	const remote = tr('directory.print_area_remote');
	const wantedAreas = new Set(options.areas.map((a) => a.toLowerCase()));
	const sections: BookletSection[] = [];
	let listingCount = 0;
	for (const term of sectionTerms) {
		const within = descendants(term.id);
		const inSection = services.filter((sv) =>
			attributes.some((a) => a.link_id === sv.id && within.has(a.taxonomy_term_id))
		);
		const areas = new Map<string, BookletListing[]>();
		for (const sv of inSection) {
			const svPlaces = places.rows.filter((p) => p.service_id === sv.id);
			const spots = svPlaces.length ? svPlaces : [null];
			for (const place of spots) {
				const area = place?.city ?? remote;
				if (wantedAreas.size && !wantedAreas.has(area.toLowerCase())) continue;
				const name = pick({ fr: sv.name_fr, en: sv.name_en }, lang);
				const statuses = sv.eligible_statuses.map((st) => tr(`directory.print_status_${st}`));
				const age =
					sv.minimum_age !== null || sv.maximum_age !== null
						? tr('directory.print_ages', { min: sv.minimum_age ?? 0, max: sv.maximum_age ?? 130 })
						: '';
				const eligibility = [
					pick({ fr: sv.eligibility_description_fr, en: sv.eligibility_description_en }, lang).text,
					statuses.length ? statuses.join(', ') : tr('directory.print_everyone'),
					age
				]
					.filter(Boolean)
					.join(' — ');
				const svCosts = costs.filter((c) => c.service_id === sv.id);
				const cost = [
					sv.free_of_charge ? tr('directory.print_free') : '',
					pick({ fr: sv.fees_description_fr, en: sv.fees_description_en }, lang).text,
					...svCosts.map((c) =>
						[
							pick({ fr: c.option_fr, en: c.option_en }, lang).text,
							c.amount !== null ? money(Number(c.amount), c.currency) : ''
						]
							.filter(Boolean)
							.join(' ')
					)
				]
					.filter(Boolean)
					.join(' — ');
				const here = (row: { service_id: string; location_id: string | null }) =>
					row.service_id === sv.id && (row.location_id === null || row.location_id === (place?.location_id ?? null));
				(areas.get(area) ?? areas.set(area, []).get(area)!).push({
					id: sv.id,
					name: name.text,
					nameLang: name.lang,
					organization: pick({ fr: sv.org_fr, en: sv.org_en }, lang).text,
					address: place
						? [place.address_1, place.address_2, place.city, place.postal_code].filter(Boolean).join(', ')
						: '',
					phones: [
						...new Set(
							phones.rows
								.filter(here)
								.map((p) => (p.extension ? `${p.number} (${tr('directory.print_ext')} ${p.extension})` : p.number))
						)
					],
					hours: [...new Set(schedules.rows.filter(here).map(hoursLine).filter(Boolean))],
					languages: languages
						.filter((l) => l.service_id === sv.id)
						.map((l) =>
							l.via_interpreter
								? `${languageName(l.code)} (${tr('directory.print_interpreter')})`
								: languageName(l.code)
						),
					eligibility,
					cost,
					url: sv.url,
					email: sv.email
				});
				listingCount++;
			}
		}
		if (!areas.size) continue;
		const termName = pick({ fr: term.name_fr, en: term.name_en }, lang).text;
		const anchor = `cat-${slugify(termName)}-${term.id.slice(0, 8)}`;
		sections.push({
			anchor,
			category: termName,
			areas: [...areas.entries()]
				.sort(([a], [b]) => (a === remote ? 1 : b === remote ? -1 : a.localeCompare(b, lang)))
				.map(([area, listings]) => ({
					anchor: `${anchor}-${slugify(area)}`,
					area,
					listings: listings.sort((x, y) => x.name.localeCompare(y.name, lang))
				}))
		});
	}
	const partnershipName = pick({ fr: partnership.name_fr, en: partnership.name_en }, lang).text;
	return {
		lang,
		title: tr('directory.print_booklet_title'),
		partnership: partnershipName,
		generatedOn: new Intl.DateTimeFormat(`${lang}-CA`, { dateStyle: 'long', timeZone: 'America/Toronto' }).format(
			new Date()
		),
		filters: {
			categories: chosen.map((id) => pick({ fr: byId.get(id)!.name_fr, en: byId.get(id)!.name_en }, lang).text),
			areas: options.areas,
			languages: options.languages.map(languageName)
		},
		sections,
		listingCount
	};
}
