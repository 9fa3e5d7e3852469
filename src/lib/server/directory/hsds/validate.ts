import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * HSDS 3.1 JSON Schema validation for tests (the standard's compiled schemas, read from the
 * shared folder beside the repository: never used by the running app).
 */

export type HsdsSchema =
	| 'service'
	| 'service_list'
	| 'organization'
	| 'organization_list'
	| 'service_at_location'
	| 'service_at_location_list'
	| 'organization_package'
	| 'taxonomy'
	| 'taxonomy_term';

export function hsdsValidator(schemaDir: string) {
	const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
	// ajv-formats is CommonJS; its default export differs between loaders.
	const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
		a: Ajv
	) => void;
	addFormats(ajv);
	ajv.addFormat('csv', true);
	const read = (file: string) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
	for (const file of ['metadata.json', 'taxonomy.json', 'taxonomy_term.json']) ajv.addSchema(read(file), file);
	const compiled = new Map<HsdsSchema, ValidateFunction>();
	const get = (name: HsdsSchema) => {
		let fn = compiled.get(name);
		if (!fn) {
			fn =
				name === 'taxonomy' || name === 'taxonomy_term'
					? ajv.getSchema(`${name}.json`)!
					: ajv.compile(read(`compiled/${name}.json`));
			compiled.set(name, fn);
		}
		return fn;
	};
	return {
		/** The errors (instance path and message), empty when valid. */
		errors(name: HsdsSchema, value: unknown): string[] {
			const fn = get(name);
			if (fn(value)) return [];
			return (fn.errors ?? []).slice(0, 20).map((e) => `${e.instancePath} ${e.message}`);
		}
	};
}
