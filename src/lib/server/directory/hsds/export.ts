import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { projectRoot } from '../../paths.ts';
import { loadDataset, toHsds, type HsdsTables, type Lang } from './dataset.ts';
import { Nester, type Json } from './nest.ts';
import { hsdsVersion } from './profile.ts';
import { tableSpecs, type OurTable } from './tables.ts';

/**
 * The directory as HSDS 3.1: a JSON package (organizations fully nested, plus the taxonomies)
 * and the CSV data package (one CSV per table and datapackage.json). Both are deterministic:
 * rows sorted by id, fields in the standard's order, so two exports of the same data are equal.
 */

export interface ExportOptions {
	lang: Lang;
	/** The partnership's public address parts, for logo URLs. */
	origin?: string;
	slug?: string;
}

export interface HsdsPackage {
	version: string;
	profile: string;
	language: Lang;
	organizations: Json[];
	/** Locations attached to no organization (others are inside their organization). */
	locations: Json[];
	taxonomies: Json[];
	taxonomy_terms: Json[];
}

/** Where the profile is described: served by the API (docs/hsds-profile.md). */
export const profileUri = (origin?: string) =>
	origin ? `${origin}/api/hsds/profile` : 'urn:passerelle:hsds:profile:1';

async function tablesFor(db: Kysely<DB>, partnershipId: string, options: ExportOptions): Promise<HsdsTables> {
	const data = await loadDataset(db, partnershipId);
	return toHsds(data, {
		lang: options.lang,
		virtualTaxonomies: true,
		logoUrl:
			options.origin && options.slug
				? (id) => `${options.origin}/${options.lang}/${options.slug}/partners/${id}/logo`
				: undefined
	});
}

export function packageFromTables(tables: HsdsTables, lang: Lang, origin?: string): HsdsPackage {
	const n = new Nester(tables, { lang });
	return {
		version: hsdsVersion,
		profile: profileUri(origin),
		language: lang,
		organizations: tables.organization.map((o) => n.organization(o, 'full')),
		locations: tables.location.filter((l) => !l.organization_id).map((l) => n.location(l)),
		taxonomies: tables.taxonomy.map((t) => n.taxonomyObject(t)),
		taxonomy_terms: tables.taxonomy_term.map((t) => n.termObject(t))
	};
}

export async function exportHsdsJson(db: Kysely<DB>, partnershipId: string, options: ExportOptions) {
	return packageFromTables(await tablesFor(db, partnershipId, options), options.lang, options.origin);
}

let datapackageTemplate: { resources: { name: string; path: string }[] } & Json;
function template() {
	datapackageTemplate ??= JSON.parse(
		readFileSync(join(projectRoot, 'src/lib/server/directory/hsds/datapackage.json'), 'utf8')
	);
	return datapackageTemplate;
}

function cell(v: unknown): string {
	if (v === null || v === undefined) return '';
	return String(v);
}

/** Flat tables → CSV files (name → content) and datapackage.json. */
export function csvFromTables(tables: HsdsTables, lang: Lang, origin?: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const table of Object.keys(tableSpecs) as OurTable[]) {
		const spec = tableSpecs[table];
		const rows = tables[table].map((r) => spec.columns.map((c) => cell(r[c])));
		files[spec.file] = stringify([spec.columns as string[], ...rows], { record_delimiter: '\r\n' });
	}
	const dp = structuredClone(template());
	dp.title = 'Passerelle — HSDS 3.1';
	dp.description = `Human Services Data Specification 3.1 data package, profile ${profileUri(origin)}, language ${lang}.`;
	dp.version = '3.1.0';
	files['datapackage.json'] = `${JSON.stringify(dp, null, '\t')}\n`;
	return files;
}

export async function exportHsdsCsv(db: Kysely<DB>, partnershipId: string, options: ExportOptions) {
	return csvFromTables(await tablesFor(db, partnershipId, options), options.lang, options.origin);
}

/**
 * A store-only ZIP (no compression) of a few files: enough for a data package download without
 * a zip library. CRC-32 and the local/central headers as in APPNOTE 6.3.
 */
export function zipStore(files: Record<string, string | Uint8Array>): Uint8Array {
	const table = new Uint32Array(256).map((_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc32 = (data: Uint8Array) => {
		let c = 0xffffffff;
		for (const b of data) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const parts: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	const enc = new TextEncoder();
	for (const [name, content] of Object.entries(files)) {
		const data = typeof content === 'string' ? enc.encode(content) : content;
		const nameBytes = enc.encode(name);
		const crc = crc32(data);
		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, 0x04034b50, true);
		local.setUint16(4, 20, true);
		local.setUint16(6, 0x0800, true); // UTF-8 names
		local.setUint16(8, 0, true); // stored
		local.setUint16(10, 0, true);
		local.setUint16(12, 0x21, true); // 1980-01-01
		local.setUint32(14, crc, true);
		local.setUint32(18, data.length, true);
		local.setUint32(22, data.length, true);
		local.setUint16(26, nameBytes.length, true);
		local.setUint16(28, 0, true);
		parts.push(new Uint8Array(local.buffer), nameBytes, data);
		const c = new DataView(new ArrayBuffer(46));
		c.setUint32(0, 0x02014b50, true);
		c.setUint16(4, 20, true);
		c.setUint16(6, 20, true);
		c.setUint16(8, 0x0800, true);
		c.setUint16(10, 0, true);
		c.setUint16(12, 0, true);
		c.setUint16(14, 0x21, true);
		c.setUint32(16, crc, true);
		c.setUint32(20, data.length, true);
		c.setUint32(24, data.length, true);
		c.setUint16(28, nameBytes.length, true);
		c.setUint32(42, offset, true);
		central.push(new Uint8Array(c.buffer), nameBytes);
		offset += 30 + nameBytes.length + data.length;
	}
	const centralSize = central.reduce((n, p) => n + p.length, 0);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, Object.keys(files).length, true);
	end.setUint16(10, Object.keys(files).length, true);
	end.setUint32(12, centralSize, true);
	end.setUint32(16, offset, true);
	const all = [...parts, ...central, new Uint8Array(end.buffer)];
	const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of all) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** Reads back a store-only ZIP (ours, or any zip whose entries are stored uncompressed). */
export function unzipStore(bytes: Uint8Array): Record<string, Uint8Array> | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const out: Record<string, Uint8Array> = {};
	let at = 0;
	const dec = new TextDecoder();
	while (at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50) {
		const flags = view.getUint16(at + 6, true);
		const method = view.getUint16(at + 8, true);
		const size = view.getUint32(at + 18, true);
		const nameLength = view.getUint16(at + 26, true);
		const extraLength = view.getUint16(at + 28, true);
		if (method !== 0 || flags & 0x08) return null;
		const name = dec.decode(bytes.subarray(at + 30, at + 30 + nameLength));
		const start = at + 30 + nameLength + extraLength;
		out[name.split('/').pop() ?? name] = bytes.subarray(start, start + size);
		at = start + size;
	}
	return Object.keys(out).length ? out : null;
}
