import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../accounts/types.ts';
import type { DB } from '../db/schema.ts';
import { failure, ok, zodFailure, type Result } from '../result.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';
import { importHsds, type ImportIssue, type ImportReport } from './hsds/import.ts';
import type { SourceRow } from './hsds/nest.ts';
import { uuidv5 } from './hsds/profile.ts';

/**
 * A partner's own spreadsheet (CSV or XLSX) → services and locations, through a saved column
 * mapping (import_mapping rows, module 'directory'): source column → target field, plus value
 * rules (yes/no words, languages by name, opening hours as people write them). The rows then go
 * through the HSDS import (same checks, same report, one transaction). Ids are derived from the
 * partnership, the mapping and the row's key, so importing the same sheet again updates it.
 */

export const spreadsheetTargets = [
	'ignore',
	'key',
	'organization',
	'service.name_fr',
	'service.name_en',
	'service.description_fr',
	'service.description_en',
	'service.email',
	'service.url',
	'service.fees_description_fr',
	'service.fees_description_en',
	'service.eligibility_description_fr',
	'service.eligibility_description_en',
	'service.free_of_charge',
	'service.languages',
	'service.interpreters',
	'location.name_fr',
	'location.name_en',
	'address.address_1',
	'address.city',
	'address.postal_code',
	'address.state_province',
	'location.latitude',
	'location.longitude',
	'location.wheelchair',
	'phone.number',
	'schedule.hours'
] as const;
export type SpreadsheetTarget = (typeof spreadsheetTargets)[number];

export const mappingSchema = z.object({
	columns: z.record(
		z.string().max(200),
		z.enum(spreadsheetTargets, { error: 'directory.import_error_mapping_invalid' })
	),
	/** The organization offering every service of the sheet (else the `organization` column). */
	organizationId: z.string().uuid({ error: 'directory.import_error_mapping_invalid' }).nullable().optional(),
	/** Extra words read as yes / no. */
	yes: z.array(z.string().max(30)).max(20).optional(),
	no: z.array(z.string().max(30)).max(20).optional(),
	/** The XLSX worksheet (default the first). */
	sheet: z.string().max(100).optional()
});
export type SpreadsheetMapping = z.infer<typeof mappingSchema>;

export interface Sheet {
	name: string;
	headers: string[];
	rows: { line: number; values: Record<string, string> }[];
}

/** Reads the first (or named) worksheet of an XLSX file, or a CSV file (comma, semicolon or tab). */
export async function readSheet(bytes: Uint8Array, fileName: string, sheetName?: string): Promise<Result<Sheet>> {
	if (/\.xlsx$/i.test(fileName)) {
		const workbook = new ExcelJS.Workbook();
		try {
			await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
		} catch {
			return failure('directory.import_error_xlsx');
		}
		const ws = (sheetName && workbook.getWorksheet(sheetName)) || workbook.worksheets[0];
		if (!ws) return failure('directory.import_error_sheet_empty');
		const text = (v: ExcelJS.CellValue): string => {
			if (v === null || v === undefined) return '';
			if (v instanceof Date) return v.toISOString().slice(0, 10);
			if (typeof v === 'object') {
				if ('richText' in v) return v.richText.map((r) => r.text).join('');
				if ('text' in v) return String(v.text);
				if ('result' in v) return text(v.result as ExcelJS.CellValue);
				return '';
			}
			return String(v);
		};
		const headers: string[] = [];
		ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = text(cell.value).trim()));
		const rows: Sheet['rows'] = [];
		for (let i = 2; i <= ws.rowCount; i++) {
			const row = ws.getRow(i);
			const values: Record<string, string> = {};
			let any = false;
			headers.forEach((h, c) => {
				const v = text(row.getCell(c + 1).value).trim();
				if (v) any = true;
				if (h) values[h] = v;
			});
			if (any) rows.push({ line: i, values });
		}
		return ok({ name: ws.name, headers: headers.filter(Boolean), rows });
	}
	if (!/\.(csv|txt)$/i.test(fileName)) return failure('directory.import_error_file_type');
	const content = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
	const first = content.split(/\r?\n/, 1)[0] ?? '';
	const delimiter = [';', '\t', ','].sort((a, b) => first.split(b).length - first.split(a).length)[0];
	let records: string[][];
	try {
		records = parse(content, { delimiter, relax_column_count: true, skip_empty_lines: false });
	} catch (error) {
		return failure('directory.import_error_csv', { _: [(error as Error).message.slice(0, 100)] });
	}
	const headers = (records[0] ?? []).map((h) => h.trim());
	const rows: Sheet['rows'] = [];
	records.slice(1).forEach((r, i) => {
		if (!r.some((v) => v.trim())) return;
		const values: Record<string, string> = {};
		headers.forEach((h, c) => h && (values[h] = (r[c] ?? '').trim()));
		rows.push({ line: i + 2, values });
	});
	return ok({ name: fileName, headers: headers.filter(Boolean), rows });
}

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim();

/** A first mapping from the headers' names (the coordinator checks it before use). */
export function guessMapping(headers: string[]): SpreadsheetMapping {
	const rules: [RegExp, SpreadsheetTarget][] = [
		[/^(id|code|cle|key)$/, 'key'],
		[/^(organisme|organisation|organization|agency|agence)/, 'organization'],
		[/^(nom|name|service|titre|title)(_| )?(du service )?(fr|francais|french)?$/, 'service.name_fr'],
		[/^(nom|name|service|titre|title)(_| )?(en|anglais|english)$/, 'service.name_en'],
		[/^description(_| )?(fr|francais)?$/, 'service.description_fr'],
		[/^description(_| )?(en|anglais|english)$/, 'service.description_en'],
		[/^(courriel|e-?mail|adresse courriel)$/, 'service.email'],
		[/^(site|site web|url|web|website)$/, 'service.url'],
		[/^(gratuit|free|free of charge|sans frais)/, 'service.free_of_charge'],
		[/^(langues?|languages?)( offertes| spoken)?$/, 'service.languages'],
		[/^(interpretes?|interpreters?|interpretation)/, 'service.interpreters'],
		[/^(lieu|location|site name)(_| )?(fr)?$/, 'location.name_fr'],
		[/^(lieu|location|site name)(_| )?en$/, 'location.name_en'],
		[/^(adresse|address|rue|street)/, 'address.address_1'],
		[/^(ville|city|municipalite|town)/, 'address.city'],
		[/^(code postal|code_postal|postal code|postal_code|postcode)/, 'address.postal_code'],
		[/^(province|prov)/, 'address.state_province'],
		[/^(lat|latitude)$/, 'location.latitude'],
		[/^(lon|lng|longitude)$/, 'location.longitude'],
		[/(fauteuil|wheelchair|accessible)/, 'location.wheelchair'],
		[/^(telephone|tel|phone|numero)/, 'phone.number'],
		[/^(heures|horaire|hours|opening hours|heures d'ouverture)/, 'schedule.hours']
	];
	const columns: Record<string, SpreadsheetTarget> = {};
	for (const h of headers) {
		const f = fold(h).replace(/[:?]+$/, '');
		columns[h] = rules.find(([re]) => re.test(f))?.[1] ?? 'ignore';
	}
	return { columns };
}

// Value rules ------------------------------------------------------------------------------------

const yesWords = ['oui', 'o', 'yes', 'y', 'x', 'vrai', 'true', '1', '✓', '✔', 'gratuit', 'free'];
const noWords = ['non', 'n', 'no', 'faux', 'false', '0', '', '-'];

export function parseFlag(value: string, mapping: Pick<SpreadsheetMapping, 'yes' | 'no'> = {}): boolean | null {
	let v = fold(value);
	// "gratuit: oui" written in the cell itself
	const colon = v.lastIndexOf(':');
	if (colon >= 0) v = v.slice(colon + 1).trim();
	if ([...yesWords, ...(mapping.yes ?? []).map(fold)].includes(v)) return true;
	if ([...noWords, ...(mapping.no ?? []).map(fold)].includes(v)) return false;
	return null;
}

const languageNames: Record<string, string> = {
	francais: 'fr',
	french: 'fr',
	anglais: 'en',
	english: 'en',
	arabe: 'ar',
	arabic: 'ar',
	espagnol: 'es',
	spanish: 'es',
	mandarin: 'zh',
	chinois: 'zh',
	chinese: 'zh',
	cantonais: 'yue',
	cantonese: 'yue',
	pendjabi: 'pa',
	penjabi: 'pa',
	punjabi: 'pa',
	tagalog: 'tl',
	filipino: 'tl',
	ukrainien: 'uk',
	ukrainian: 'uk',
	farsi: 'fa',
	persan: 'fa',
	persian: 'fa',
	dari: 'prs',
	pachto: 'ps',
	pashto: 'ps',
	somali: 'so',
	tigrigna: 'ti',
	tigrinya: 'ti',
	amharique: 'am',
	amharic: 'am',
	swahili: 'sw',
	ourdou: 'ur',
	urdu: 'ur',
	hindi: 'hi',
	portugais: 'pt',
	portuguese: 'pt',
	russe: 'ru',
	russian: 'ru',
	turc: 'tr',
	turkish: 'tr',
	vietnamien: 'vi',
	vietnamese: 'vi',
	coreen: 'ko',
	korean: 'ko',
	tamoul: 'ta',
	tamil: 'ta',
	bengali: 'bn',
	gujarati: 'gu',
	kurde: 'ku',
	kurdish: 'ku',
	polonais: 'pl',
	polish: 'pl',
	italien: 'it',
	italian: 'it',
	allemand: 'de',
	german: 'de',
	roumain: 'ro',
	romanian: 'ro',
	serbe: 'sr',
	serbian: 'sr',
	croate: 'hr',
	croatian: 'hr',
	albanais: 'sq',
	albanian: 'sq',
	nepalais: 'ne',
	nepali: 'ne',
	lingala: 'ln',
	wolof: 'wo',
	haoussa: 'ha',
	hausa: 'ha',
	yoruba: 'yo',
	igbo: 'ig',
	'langue des signes americaine': 'ase',
	asl: 'ase',
	lsq: 'fcs',
	'langue des signes quebecoise': 'fcs',
	japonais: 'ja',
	japanese: 'ja',
	grec: 'el',
	greek: 'el',
	hebreu: 'he',
	hebrew: 'he',
	birman: 'my',
	burmese: 'my',
	karen: 'kar',
	oromo: 'om',
	kinyarwanda: 'rw',
	kirundi: 'rn',
	creole: 'ht',
	'creole haitien': 'ht',
	'haitian creole': 'ht'
};
const languageLabel: Record<string, string> = {
	fr: 'français',
	en: 'English',
	ar: 'العربية',
	es: 'español',
	zh: '中文',
	yue: '粵語',
	pa: 'ਪੰਜਾਬੀ',
	tl: 'Tagalog',
	uk: 'українська',
	fa: 'فارسی',
	prs: 'دری',
	ps: 'پښتو',
	so: 'Soomaali',
	ti: 'ትግርኛ',
	am: 'አማርኛ'
};

/** "arabe, espagnol" → ['ar', 'es']; unknown names come back in `unknown`. */
export function parseLanguages(value: string): { codes: string[]; unknown: string[] } {
	const codes: string[] = [];
	const unknown: string[] = [];
	for (const part of value.split(/[,;/]| et | and /)) {
		const p = fold(part);
		if (!p) continue;
		const code =
			languageNames[p] ?? (/^[a-z]{2,3}$/.test(p) && Object.values(languageNames).includes(p) ? p : undefined);
		if (code) {
			if (!codes.includes(code)) codes.push(code);
		} else unknown.push(part.trim());
	}
	return { codes, unknown };
}

const dayWords: Record<string, number> = {
	lun: 0,
	lundi: 0,
	mon: 0,
	monday: 0,
	mo: 0,
	mar: 1,
	mardi: 1,
	tue: 1,
	tues: 1,
	tuesday: 1,
	tu: 1,
	mer: 2,
	mercredi: 2,
	wed: 2,
	wednesday: 2,
	we: 2,
	jeu: 3,
	jeudi: 3,
	thu: 3,
	thur: 3,
	thurs: 3,
	thursday: 3,
	th: 3,
	ven: 4,
	vendredi: 4,
	fri: 4,
	friday: 4,
	fr: 4,
	sam: 5,
	samedi: 5,
	sat: 5,
	saturday: 5,
	sa: 5,
	dim: 6,
	dimanche: 6,
	sun: 6,
	sunday: 6,
	su: 6
};
const byday = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function parseClock(s: string): number | null {
	const m = /^(\d{1,2})(?:\s*[h:.]\s*(\d{2})?)?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(s.trim().toLowerCase());
	if (!m) return null;
	let h = Number(m[1]);
	const min = Number(m[2] ?? 0);
	const ampm = m[3]?.replace(/\./g, '');
	if (ampm === 'pm' && h < 12) h += 12;
	if (ampm === 'am' && h === 12) h = 0;
	if (h > 24 || min > 59) return null;
	return h * 60 + min;
}

export interface WeeklyHours {
	days: string;
	opens: string;
	closes: string;
}

/**
 * "lun-ven 9h-17h", "Mon-Fri 9am-5pm; Sat 10am-2pm", "lun, mer 13h à 16h30", "dim fermé" →
 * weekly schedules (null when a part cannot be read).
 */
export function parseHours(value: string): WeeklyHours[] | null {
	const out: WeeklyHours[] = [];
	const parts = value
		.split(/[;\n|]+/)
		.map((p) => p.trim())
		.filter(Boolean);
	if (!parts.length) return null;
	for (const part of parts) {
		const p = fold(part).replace(/\s+/g, ' ');
		const m =
			/^(.+?)\s*:?\s+(\d{1,2}(?:\s*[h:.]\s*\d{0,2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)\s*(?:-|–|à|a|to|au)\s*(\d{1,2}(?:\s*[h:.]\s*\d{0,2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)$/.exec(
				p
			);
		if (!m) {
			if (/(ferme|closed)$/.test(p)) continue;
			return null;
		}
		const days = new Set<number>();
		for (const chunk of m[1].split(/,| et | and /)) {
			const range = chunk
				.trim()
				.replace(/\.$/, '')
				.split(/\s*(?:-|–| au | a | to )\s*/);
			const idx = range.map((d) => dayWords[d.replace(/\.$/, '').trim()]);
			if (idx.some((d) => d === undefined) || idx.length > 2 || idx.length === 0) return null;
			if (idx.length === 1) days.add(idx[0]);
			else
				for (let d = idx[0]; ; d = (d + 1) % 7) {
					days.add(d);
					if (d === idx[1]) break;
				}
		}
		const opens = parseClock(m[2]);
		let closes = parseClock(m[3]);
		if (opens === null || closes === null) return null;
		// "9-5" with no am/pm: an afternoon close.
		if (closes <= opens && closes < 12 * 60 && !/am|pm|h/.test(m[2] + m[3])) closes += 12 * 60;
		if (closes <= opens) return null;
		const hhmm = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
		out.push({
			days: [...days]
				.sort()
				.map((d) => byday[d])
				.join(','),
			opens: hhmm(opens),
			closes: hhmm(closes)
		});
	}
	return out.length ? out : null;
}

const postalCode = /^([a-z]\d[a-z])\s?-?(\d[a-z]\d)$/i;

// The import -------------------------------------------------------------------------------------

export interface SpreadsheetOptions {
	dryRun?: boolean;
	/** For the row ids: the same mapping name gives the same ids on the next import. */
	mappingName?: string;
}

/** A spreadsheet with a mapping → the HSDS import's report (same checks, one transaction). */
export async function importSpreadsheet(
	ctx: { db: Kysely<DB> },
	actor: Actor,
	partnershipId: string,
	sheet: Sheet,
	rawMapping: unknown,
	options: SpreadsheetOptions = {}
): Promise<Result<ImportReport>> {
	const parsedMapping = mappingSchema.safeParse(rawMapping);
	if (!parsedMapping.success) return zodFailure(parsedMapping.error);
	const mapping = parsedMapping.data;
	const targets = Object.values(mapping.columns);
	if (!targets.includes('service.name_fr') && !targets.includes('service.name_en'))
		return failure('directory.import_error_mapping_no_name');
	if (!mapping.organizationId && !targets.includes('organization'))
		return failure('directory.import_error_organization_missing');
	if (!sheet.rows.length) return failure('directory.import_error_sheet_empty');

	const s = scoped(ctx.db, partnershipId);
	if (mapping.organizationId) {
		const org = await s
			.selectFrom('organization')
			.select('id')
			.where('id', '=', mapping.organizationId)
			.executeTakeFirst();
		if (!org) return failure('directory.import_error_mapping_invalid');
	}
	const organizations = await s.selectFrom('organization').select(['id', 'name_fr', 'name_en', 'acronym']).execute();
	const orgByName = new Map<string, string>();
	for (const o of organizations) for (const n of [o.name_fr, o.name_en, o.acronym]) if (n) orgByName.set(fold(n), o.id);

	const issues: ImportIssue[] = [];
	const rows: SourceRow[] = [];
	const scope = `${partnershipId}:${options.mappingName ?? 'spreadsheet'}`;
	const newOrgs = new Set<string>();
	for (const { line, values } of sheet.rows) {
		const where = `${sheet.name}:${line}`;
		const get = (target: SpreadsheetTarget) => {
			const column = Object.entries(mapping.columns).find(([, t]) => t === target)?.[0];
			return column === undefined ? undefined : { column, value: values[column] ?? '' };
		};
		const text = (target: SpreadsheetTarget) => get(target)?.value ?? '';
		const nameFr = text('service.name_fr');
		const nameEn = text('service.name_en');
		const key =
			text('key') || `${fold(nameFr || nameEn)}|${fold(text('address.address_1'))}|${fold(text('address.city'))}`;
		const id = (kind: string) => uuidv5(`spreadsheet:${scope}:${kind}:${key}`);
		const serviceId = id('service');
		const issue = (table: string, target: SpreadsheetTarget, code: string, params?: Record<string, string>) =>
			issues.push({ severity: 'error', table, row: where, id: '', field: get(target)?.column ?? target, code, params });

		let organizationId = mapping.organizationId ?? null;
		if (!organizationId) {
			const orgName = text('organization');
			if (!orgName) issue('organization', 'organization', 'directory.import_error_required');
			else {
				organizationId =
					orgByName.get(fold(orgName)) ?? uuidv5(`spreadsheet:${partnershipId}:organization:${fold(orgName)}`);
				if (!orgByName.has(fold(orgName)) && !newOrgs.has(organizationId)) {
					newOrgs.add(organizationId);
					rows.push({ table: 'organization', where, data: { id: organizationId, name_fr: orgName, name_en: orgName } });
				}
			}
		}
		const service: Record<string, unknown> = { id: serviceId, organization_id: organizationId, status: 'active' };
		for (const field of ['name', 'description', 'fees_description', 'eligibility_description'] as const) {
			for (const lang of ['fr', 'en'] as const) {
				const got = get(`service.${field}_${lang}` as SpreadsheetTarget);
				if (got) service[`${field}_${lang}`] = got.value;
			}
		}
		if (!nameFr && !nameEn)
			issue(
				'service',
				get('service.name_fr') ? 'service.name_fr' : 'service.name_en',
				'directory.import_error_required'
			);
		for (const field of ['email', 'url'] as const) {
			const got = get(`service.${field}`);
			if (got) service[field] = got.value;
		}
		const free = get('service.free_of_charge');
		if (free) {
			const v = parseFlag(free.value, mapping);
			if (v === null) issue('service', 'service.free_of_charge', 'directory.import_error_flag', { value: free.value });
			else service.free_of_charge = v;
		}
		rows.push({ table: 'service', where, data: service });

		for (const [target, viaInterpreter] of [
			['service.languages', false],
			['service.interpreters', true]
		] as const) {
			const got = get(target);
			if (!got?.value) continue;
			const { codes, unknown } = parseLanguages(got.value);
			for (const u of unknown) issue('language', target, 'directory.import_error_language_unknown', { value: u });
			for (const code of codes)
				rows.push({
					table: 'language',
					where,
					data: {
						id: id(`language:${viaInterpreter ? 'i' : 's'}:${code}`),
						service_id: serviceId,
						code,
						name: languageLabel[code] ?? code,
						via_interpreter: viaInterpreter
					}
				});
		}

		const address1 = text('address.address_1');
		const city = text('address.city');
		const hasLocation = Boolean(
			address1 || city || text('location.name_fr') || text('location.name_en') || text('location.latitude')
		);
		let locationId: string | null = null;
		// Services at the same address share one location.
		const placeKey = address1 || city ? `${fold(address1)}|${fold(city)}` : `service:${key}`;
		const placeId = (kind: string) => uuidv5(`spreadsheet:${scope}:${kind}:${placeKey}`);
		if (hasLocation) {
			locationId = placeId('location');
			const location: Record<string, unknown> = {
				id: locationId,
				organization_id: organizationId,
				location_type: 'physical',
				name_fr: text('location.name_fr'),
				name_en: text('location.name_en')
			};
			const lat = text('location.latitude');
			const lon = text('location.longitude');
			if (lat || lon) {
				location.latitude = lat;
				location.longitude = lon;
			}
			rows.push({ table: 'location', where, data: location });
			rows.push({
				table: 'service_at_location',
				where,
				data: { id: id('sal'), service_id: serviceId, location_id: locationId }
			});
			if (address1 || city) {
				let postal = text('address.postal_code');
				const m = postalCode.exec(postal.trim());
				if (postal && !m) issue('address', 'address.postal_code', 'directory.import_error_postal_code');
				else if (m) postal = `${m[1]} ${m[2]}`.toUpperCase();
				if (!address1) issue('address', 'address.address_1', 'directory.import_error_required');
				if (!city) issue('address', 'address.city', 'directory.import_error_required');
				rows.push({
					table: 'address',
					where,
					data: {
						id: placeId('address'),
						location_id: locationId,
						address_1: address1,
						city,
						postal_code: postal,
						state_province: text('address.state_province') || 'ON',
						country: 'CA'
					}
				});
			}
			const wheelchair = get('location.wheelchair');
			if (wheelchair) {
				const v = parseFlag(wheelchair.value, mapping);
				if (v === null)
					issue('accessibility', 'location.wheelchair', 'directory.import_error_flag', { value: wheelchair.value });
				else if (v)
					rows.push({
						table: 'accessibility',
						where,
						data: {
							id: placeId('wheelchair'),
							location_id: locationId,
							feature: 'wheelchair',
							description_fr: 'Accessible en fauteuil roulant',
							description_en: 'Wheelchair accessible'
						}
					});
			}
		}
		const phone = text('phone.number');
		if (phone)
			rows.push({
				table: 'phone',
				where,
				data: { id: id('phone'), service_id: serviceId, number: phone, type: 'voice' }
			});
		const hours = get('schedule.hours');
		if (hours?.value) {
			const parsed = parseHours(hours.value);
			if (!parsed) issue('schedule', 'schedule.hours', 'directory.import_error_hours', { value: hours.value });
			else
				parsed.forEach((h, i) =>
					rows.push({
						table: 'schedule',
						where,
						data: {
							id: id(`schedule:${i}`),
							...(locationId ? { location_id: locationId } : { service_id: serviceId }),
							freq: 'WEEKLY',
							wkst: 'MO',
							byday: h.days,
							opens_at: h.opens,
							closes_at: h.closes,
							description_fr: hours.value,
							description_en: hours.value
						}
					})
				);
		}
	}
	const blocked = issues.length > 0;
	const result = await importHsds(
		ctx,
		actor,
		partnershipId,
		{ kind: 'rows', rows },
		{
			dryRun: options.dryRun || blocked,
			sourceLanguage: 'fr'
		}
	);
	if (!result.ok) return result;
	const report = result.value;
	report.rows = sheet.rows.length;
	if (blocked) {
		// The sheet's own findings first; the import's findings on the same row and problem are the same news.
		const said = new Set(issues.map((i) => `${i.row}|${i.code}`));
		report.issues = [...issues, ...report.issues.filter((i) => !said.has(`${i.row}|${i.code}`))];
		report.status = 'rejected';
	}
	return ok(report);
}

// Saved mappings -----------------------------------------------------------------------------------

export const mappingNameSchema = z
	.string({ error: 'directory.import_error_mapping_name' })
	.trim()
	.min(1, { error: 'directory.import_error_mapping_name' })
	.max(200, { error: 'directory.import_error_mapping_name' });

export async function listMappings(ctx: { db: Kysely<DB> }, partnershipId: string) {
	const rows = await scoped(ctx.db, partnershipId)
		.selectFrom('import_mapping')
		.select(['id', 'name', 'mapping', 'updated_at'])
		.where('module', '=', 'directory')
		.orderBy(sql`lower(name)`)
		.execute();
	return rows.map((r) => ({
		...r,
		mapping: (typeof r.mapping === 'string' ? JSON.parse(r.mapping) : r.mapping) as SpreadsheetMapping
	}));
}

export async function findMapping(ctx: { db: Kysely<DB> }, partnershipId: string, idOrName: string) {
	return (await listMappings(ctx, partnershipId)).find((m) => m.id === idOrName || m.name === idOrName) ?? null;
}

/** Saves a mapping by name (replacing one of the same name). */
export async function saveMapping(
	ctx: { db: Kysely<DB> },
	actor: Actor,
	partnershipId: string,
	input: { name: unknown; mapping: unknown }
): Promise<Result<{ id: string }>> {
	const name = mappingNameSchema.safeParse(input.name);
	if (!name.success) return zodFailure(name.error);
	const mapping = mappingSchema.safeParse(input.mapping);
	if (!mapping.success) return zodFailure(mapping.error);
	return ctx.db.transaction().execute(async (trx) => {
		const existing = await scoped(trx, partnershipId)
			.selectFrom('import_mapping')
			.select('id')
			.where('module', '=', 'directory')
			.where('name', '=', name.data)
			.executeTakeFirst();
		const value = JSON.stringify(mapping.data);
		if (existing) {
			await updateAudited(trx, actor, partnershipId, 'import_mapping', existing.id, { mapping: value });
			return ok({ id: existing.id });
		}
		const created = await insertAudited(trx, actor, partnershipId, 'import_mapping', {
			module: 'directory',
			name: name.data,
			mapping: value,
			created_by: actor.userId
		});
		return ok({ id: created.id });
	});
}
