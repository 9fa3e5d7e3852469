import { randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { Actor } from '../accounts/types.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/index.ts';
import type { DB } from '../db/schema.ts';
import { demoOrganizations } from '../partnership/demo-data.ts';
import { quinteOrganizations } from '../partnership/demo-quinte.ts';
import { scoped, type TenantTable } from '../tenancy/scoped.ts';
import { weekdays, type Weekday } from './hours.ts';
import { refreshServiceSearch } from './search-index.ts';
import { ensureDirectoryTaxonomy } from './taxonomy.ts';
import {
	areas,
	directoryOnlyOrganizations,
	languageNames,
	londonLocations,
	londonServices,
	quinteLocations,
	quinteServices,
	type DemoLocation,
	type DemoService
} from './demo-data.ts';

type Rows<T extends TenantTable> = Omit<Insertable<DB[T]>, 'partnership_id'>[];

/**
 * 'MO-FR 08:30-16:30; TU,TH 18:00-20:30' → weekly schedule rows (one per group of days and
 * range). 00:00-00:00 is open all day.
 */
export function parseHours(spec: string): { byday: string; opens_at: string; closes_at: string }[] {
	return spec
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const m = /^([A-Z,-]+)\s+(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(part);
			if (!m) throw new Error(`demo hours: cannot read "${part}"`);
			const days: Weekday[] = [];
			for (const piece of m[1].split(',')) {
				const [from, to] = piece.split('-') as [Weekday, Weekday | undefined];
				const start = weekdays.indexOf(from);
				const end = to ? weekdays.indexOf(to) : start;
				if (start < 0 || end < 0) throw new Error(`demo hours: bad day in "${part}"`);
				for (let i = start; i <= end; i++) days.push(weekdays[i]);
			}
			return { byday: days.join(','), opens_at: `${m[2]}:00`, closes_at: `${m[3]}:00` };
		});
}

const dayMs = 86_400_000;
const daysAgoDate = (now: number, n: number) => new Date(now - n * dayMs);
const daysAgoIso = (now: number, n: number) => daysAgoDate(now, n).toISOString().slice(0, 10);

async function insertChunks<T extends TenantTable>(
	trx: Transaction<DB>,
	partnershipId: string,
	table: T,
	rows: Rows<T>
): Promise<void> {
	const s = scoped(trx, partnershipId);
	for (let i = 0; i < rows.length; i += 200) {
		await s.insertInto(table, rows.slice(i, i + 200) as never).execute();
	}
}

/**
 * Loads the demo directory of a demo partnership: directory-only organizations, locations,
 * services with their categories, languages, eligibility, costs, documents, hours and areas.
 * Idempotent: does nothing when the partnership already has services. Returns what it created.
 */
export async function seedDirectoryDemo(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	slug: 'london-middlesex' | 'quinte'
): Promise<{ services: number; locations: number; organizations: number } | null> {
	const set =
		slug === 'quinte'
			? { locations: quinteLocations, services: quinteServices, members: quinteOrganizations, extra: [] }
			: {
					locations: londonLocations,
					services: londonServices,
					members: demoOrganizations,
					extra: directoryOnlyOrganizations
				};
	return ctx.db.transaction().execute(async (trx) => {
		const { termIds } = await ensureDirectoryTaxonomy(trx, partnershipId, actor);
		const s = scoped(trx, partnershipId);
		const already = await s.selectFrom('service').select('id').limit(1).executeTakeFirst();
		if (already) return null;
		const now = Date.now();

		// Organizations: the partnership's own (found by name), then directory-only ones.
		const orgIds = new Map<string, string>();
		const byName = new Map(set.members.map((o) => [o.name.fr, o.key]));
		const found = await s
			.selectFrom('organization')
			.select(['id', 'name_fr'])
			.where('name_fr', 'in', [...byName.keys()])
			.execute();
		for (const o of found) orgIds.set(byName.get(o.name_fr)!, o.id);
		const extraRows: Rows<'organization'> = [];
		for (const o of set.extra) {
			const existing = await s
				.selectFrom('organization')
				.select('id')
				.where('name_fr', '=', o.name.fr)
				.executeTakeFirst();
			if (existing) {
				orgIds.set(o.key, existing.id);
				continue;
			}
			const id = randomUUID();
			orgIds.set(o.key, id);
			extraRows.push({
				id,
				name_fr: o.name.fr,
				name_en: o.name.en,
				description_fr: o.description.fr,
				description_en: o.description.en,
				sector: o.sector,
				network_type: 'institutional',
				languages: ['en', 'fr'],
				website: o.website,
				phone: o.phone,
				email: o.email,
				is_member: false,
				status: 'active'
			});
		}
		await insertChunks(trx, partnershipId, 'organization', extraRows);

		// Locations with their addresses, phones, hours and accessibility.
		const locationIds = new Map<string, string>();
		const locationRows: Rows<'location'> = [];
		const addressRows: Rows<'address'> = [];
		const phoneRows: Rows<'phone'> = [];
		const scheduleRows: Rows<'schedule'> = [];
		const accessibilityRows: Rows<'accessibility'> = [];
		const usable = (l: DemoLocation) => l.org === null || orgIds.has(l.org);
		for (const l of set.locations.filter(usable)) {
			const id = randomUUID();
			locationIds.set(l.key, id);
			locationRows.push({
				id,
				organization_id: l.org ? orgIds.get(l.org)! : null,
				location_type: 'physical',
				name_fr: l.name.fr,
				name_en: l.name.en,
				description_fr: l.description?.fr ?? '',
				description_en: l.description?.en ?? '',
				transportation_fr: l.transportation?.fr ?? '',
				transportation_en: l.transportation?.en ?? '',
				latitude: l.lat,
				longitude: l.lon,
				time_zone: 'America/Toronto'
			});
			addressRows.push({
				location_id: id,
				address_1: l.address.line1,
				address_2: l.address.line2 ?? '',
				city: l.address.city,
				state_province: 'ON',
				postal_code: l.address.postal,
				country: 'CA',
				address_type: 'physical'
			});
			if (l.phone) phoneRows.push({ location_id: id, number: l.phone, type: 'voice' });
			for (const rule of l.hours ? parseHours(l.hours) : []) {
				scheduleRows.push({ location_id: id, freq: 'WEEKLY', ...rule });
			}
			for (const feature of l.accessibility) {
				accessibilityRows.push({
					location_id: id,
					feature,
					description_fr: '',
					description_en: ''
				});
			}
		}
		await insertChunks(trx, partnershipId, 'location', locationRows);
		await insertChunks(trx, partnershipId, 'address', addressRows);
		await insertChunks(trx, partnershipId, 'accessibility', accessibilityRows);

		// Programs (one per organization and program name).
		const programIds = new Map<string, string>();
		const programRows: Rows<'program'> = [];
		for (const svc of set.services) {
			if (!svc.program || !orgIds.has(svc.org)) continue;
			const key = `${svc.org}|${svc.program.fr}`;
			if (programIds.has(key)) continue;
			const id = randomUUID();
			programIds.set(key, id);
			programRows.push({ id, organization_id: orgIds.get(svc.org)!, name_fr: svc.program.fr, name_en: svc.program.en });
		}
		await insertChunks(trx, partnershipId, 'program', programRows);

		const serviceRows: Rows<'service'> = [];
		const salRows: Rows<'service_at_location'> = [];
		const languageRows: Rows<'language'> = [];
		const costRows: Rows<'cost_option'> = [];
		const documentRows: Rows<'required_document'> = [];
		const areaRows: Rows<'service_area'> = [];
		const fundingRows: Rows<'funding'> = [];
		const contactRows: Rows<'contact'> = [];
		const attributeRows: Rows<'attribute'> = [];
		const created: { id: string; svc: DemoService }[] = [];
		// Child rows keep their order (lists are read back by created_at).
		let tick = 0;
		const stamp = () => new Date(now - 60_000 + tick++);
		set.services.forEach((svc, index) => {
			const organizationId = orgIds.get(svc.org);
			if (!organizationId) return;
			const id = randomUUID();
			created.push({ id, svc });
			const verified = svc.verifiedDaysAgo;
			const edited = verified === null ? 300 + (index % 40) : Math.max(1, verified - (index % 4) * 3);
			serviceRows.push({
				id,
				organization_id: organizationId,
				program_id: svc.program ? (programIds.get(`${svc.org}|${svc.program.fr}`) ?? null) : null,
				name_fr: svc.name.fr,
				name_en: svc.name.en,
				description_fr: svc.description.fr,
				description_en: svc.description.en,
				url: svc.url ?? '',
				email: svc.email ?? '',
				status: 'active',
				interpretation_services_fr: svc.interpretationServices?.fr ?? '',
				interpretation_services_en: svc.interpretationServices?.en ?? '',
				application_process_fr: svc.applicationProcess?.fr ?? '',
				application_process_en: svc.applicationProcess?.en ?? '',
				fees_description_fr: svc.fee
					? `${svc.fee.option.fr} : ${svc.fee.amount} $`
					: svc.free
						? svc.name.fr
							? 'Gratuit'
							: ''
						: '',
				fees_description_en: svc.fee
					? `${svc.fee.option.en}: $${svc.fee.amount}`
					: svc.free
						? svc.name.en
							? 'Free'
							: ''
						: '',
				wait_time_fr: svc.waitTime?.fr ?? '',
				wait_time_en: svc.waitTime?.en ?? '',
				eligibility_description_fr: svc.eligibility?.fr ?? '',
				eligibility_description_en: svc.eligibility?.en ?? '',
				alert_fr: svc.alert?.fr ?? '',
				alert_en: svc.alert?.en ?? '',
				minimum_age: svc.ages?.[0] ?? null,
				maximum_age: svc.ages?.[1] ?? null,
				eligible_statuses: svc.statuses,
				delivery_modes: svc.modes,
				free_of_charge: svc.free,
				assured_date: verified === null ? null : daysAgoIso(now, verified),
				assurer_email: verified === null ? '' : 'verification@passerelle.example',
				created_at: daysAgoDate(now, Math.max(edited, verified ?? 0) + 200),
				updated_at: daysAgoDate(now, edited)
			});
			for (const key of svc.locations) {
				const locationId = locationIds.get(key);
				if (!locationId) continue;
				const salId = randomUUID();
				salRows.push({ id: salId, service_id: id, location_id: locationId });
				for (const rule of svc.hours ? parseHours(svc.hours) : []) {
					scheduleRows.push({ service_at_location_id: salId, freq: 'WEEKLY', ...rule });
				}
			}
			if (!svc.locations.length && svc.hours) {
				for (const rule of parseHours(svc.hours)) scheduleRows.push({ service_id: id, freq: 'WEEKLY', ...rule });
			}
			const spoken = svc.languages.split(/\s+/).filter(Boolean);
			const interpreted = (svc.interpreted ?? '').split(/\s+/).filter((c) => c && !spoken.includes(c));
			for (const code of spoken) languageRows.push({ service_id: id, code, name: languageNames[code] ?? code });
			for (const code of interpreted) {
				languageRows.push({ service_id: id, code, name: languageNames[code] ?? code, via_interpreter: true });
			}
			if (svc.phone) {
				phoneRows.push({ service_id: id, number: svc.phone, type: 'voice', languages: spoken, created_at: stamp() });
			}
			if (svc.fee) {
				costRows.push({
					service_id: id,
					option_fr: svc.fee.option.fr,
					option_en: svc.fee.option.en,
					amount: svc.fee.amount,
					currency: 'CAD',
					amount_description_fr: svc.fee.description?.fr ?? '',
					amount_description_en: svc.fee.description?.en ?? '',
					created_at: stamp()
				});
			}
			for (const d of svc.documents ?? []) {
				documentRows.push({ service_id: id, document_fr: d.fr, document_en: d.en, created_at: stamp() });
			}
			if (svc.area) {
				const area = areas[svc.area];
				areaRows.push({
					service_id: id,
					name_fr: area.name.fr,
					name_en: area.name.en,
					uri: area.uri,
					extent_type: area.extentType
				});
			}
			if (svc.funding) fundingRows.push({ service_id: id, source_fr: svc.funding.fr, source_en: svc.funding.en });
			if (svc.contact) {
				contactRows.push({
					service_id: id,
					name: svc.contact.name,
					title_fr: svc.contact.title.fr,
					title_en: svc.contact.title.en,
					email: svc.contact.email
				});
			}
			for (const code of svc.categories) {
				const termId = termIds.get(code);
				if (!termId) throw new Error(`demo directory: unknown category ${code}`);
				attributeRows.push({ link_id: id, link_entity: 'service', taxonomy_term_id: termId });
			}
		});
		await insertChunks(trx, partnershipId, 'service', serviceRows);
		await insertChunks(trx, partnershipId, 'service_at_location', salRows);
		await insertChunks(trx, partnershipId, 'schedule', scheduleRows);
		await insertChunks(trx, partnershipId, 'phone', phoneRows);
		await insertChunks(trx, partnershipId, 'language', languageRows);
		await insertChunks(trx, partnershipId, 'cost_option', costRows);
		await insertChunks(trx, partnershipId, 'required_document', documentRows);
		await insertChunks(trx, partnershipId, 'service_area', areaRows);
		await insertChunks(trx, partnershipId, 'funding', fundingRows);
		await insertChunks(trx, partnershipId, 'contact', contactRows);
		await insertChunks(trx, partnershipId, 'attribute', attributeRows);

		// One audit row per service (the trail says where each listing came from).
		await trx
			.insertInto('audit_event')
			.values(
				created.map(({ id, svc }) => ({
					partnership_id: partnershipId,
					actor_user_id: actor.userId,
					actor_label: actor.label,
					action: 'service.create',
					entity_type: 'service',
					entity_id: id,
					before: null,
					after: JSON.stringify({ source: 'demo', key: svc.key, name_fr: svc.name.fr, name_en: svc.name.en }),
					request_id: actor.requestId ?? null
				}))
			)
			.execute();
		await recordAudit(trx, actor, {
			partnershipId,
			action: 'demo.seed_directory',
			entityType: 'partnership',
			entityId: partnershipId,
			after: { services: created.length, locations: locationRows.length, organizations: extraRows.length }
		});
		await refreshServiceSearch(trx, partnershipId);
		return { services: created.length, locations: locationRows.length, organizations: extraRows.length };
	});
}
