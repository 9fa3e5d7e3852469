import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../../tests/support/engines.ts';
import { migrationsDir } from '../paths.ts';
import { migrate, readMigrations } from './migrate.ts';
import { createPartnership } from '../tenancy/partnerships.ts';
import { scoped } from '../tenancy/scoped.ts';
import { systemActor } from '../accounts/types.ts';

describe.each(engines)('database layer on %s', (engine) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(engine);
	});
	afterAll(() => t?.close());

	it('applied every migration once, and a second run applies nothing', async () => {
		const rows = await sql<{ name: string }>`select name from schema_migration order by version`.execute(t.ctx.db);
		expect(rows.rows.map((r) => r.name)).toEqual(readMigrations().map((m) => m.name));
		expect(await migrate(t.ctx.db)).toEqual([]);
	});

	it('refuses to run when an applied migration file was edited', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
		for (const m of readMigrations()) copyFileSync(join(migrationsDir, `${m.name}.sql`), join(dir, `${m.name}.sql`));
		const first = readMigrations()[0];
		writeFileSync(join(dir, `${first.name}.sql`), `${first.sql}\n-- edited\n`);
		await expect(migrate(t.ctx.db, dir)).rejects.toThrow(/was changed after it was applied/);
	});

	it('loads the search extensions and the French configuration', async () => {
		const row = await sql<{ u: string; km: number; s: number; fr: string }>`
			select immutable_unaccent('Élève à Montréal') as u,
				round((earth_distance(ll_to_earth(42.9849, -81.2453), ll_to_earth(43.6532, -79.3832)) / 1000)::numeric) as km,
				similarity('établissement', 'etablissement') as s,
				to_tsvector('french', 'les services d''établissement')::text as fr`.execute(t.ctx.db);
		expect(row.rows[0].u).toBe('Eleve a Montreal');
		expect(row.rows[0].km).toBeGreaterThan(160);
		expect(row.rows[0].km).toBeLessThan(175);
		expect(row.rows[0].s).toBeGreaterThan(0.3);
		expect(row.rows[0].fr).toContain("'établ'");
	});

	it('rolls back a failed transaction whole', async () => {
		await expect(
			t.ctx.db.transaction().execute(async (trx) => {
				await trx.insertInto('partnership').values({ slug: 'half-done', name_fr: 'A', name_en: 'A' }).execute();
				await trx.insertInto('partnership').values({ slug: 'half-done', name_fr: 'B', name_en: 'B' }).execute();
			})
		).rejects.toThrow();
		const left = await t.ctx.db.selectFrom('partnership').select('id').where('slug', '=', 'half-done').execute();
		expect(left).toEqual([]);
	});

	it('scopes reads, updates and deletes to one partnership', async () => {
		const a = await createPartnership(t.ctx, systemActor, { slug: 'tenant-a', nameFr: 'A', nameEn: 'A' });
		const b = await createPartnership(t.ctx, systemActor, { slug: 'tenant-b', nameFr: 'B', nameEn: 'B' });
		if (!a.ok || !b.ok) throw new Error('setup');
		const inA = scoped(t.ctx.db, a.value.id);
		const inB = scoped(t.ctx.db, b.value.id);
		await inA
			.insertInto('mail_message', {
				to_address: 'a@example.org',
				subject: 'A',
				text_body: 'a',
				html_body: 'a',
				locale: 'fr',
				template: 't'
			})
			.execute();
		expect(await inA.selectFrom('mail_message').select('subject').execute()).toEqual([{ subject: 'A' }]);
		expect(await inB.selectFrom('mail_message').select('subject').execute()).toEqual([]);
		const updated = await inB.updateTable('mail_message').set({ subject: 'hijacked' }).executeTakeFirst();
		expect(Number(updated.numUpdatedRows)).toBe(0);
		const deleted = await inB.deleteFrom('mail_message').executeTakeFirst();
		expect(Number(deleted.numDeletedRows)).toBe(0);
		expect(await inA.selectFrom('mail_message').select('subject').execute()).toEqual([{ subject: 'A' }]);
	});
});
