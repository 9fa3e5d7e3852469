import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import { newToken } from '../accounts/tokens.ts';
import { recordAudit } from '../audit/index.ts';
import { scoped } from '../tenancy/scoped.ts';
import { demoMemberships, demoOrganizations, demoPeople, demoTables, demoTargetSectors } from './demo-data.ts';

/**
 * The London & Middlesex partnership as the seeds describe it: partner organizations, people,
 * the central council, six sub-councils, the CLIF and working groups, with membership history.
 * Idempotent: does nothing when the partnership already has organizations.
 */
export async function seedPartnershipDemo(ctx: AppContext, actor: Actor, partnershipId: string): Promise<void> {
	await ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const existing = await s.selectFrom('organization').select('id').limit(1).executeTakeFirst();
		if (existing) return;
		const orgIds = new Map<string, string>();
		for (const o of demoOrganizations) {
			const row = await s
				.insertInto('organization', {
					name_fr: o.name.fr,
					name_en: o.name.en,
					sector: o.sector,
					network_type: o.networkType,
					languages: o.languages,
					area_served_fr: o.areaServed.fr,
					area_served_en: o.areaServed.en,
					is_lead: o.isLead,
					description_fr: o.description.fr,
					description_en: o.description.en,
					website: o.website ?? '',
					email: o.email ?? '',
					phone: o.phone ?? '',
					status: 'active',
					joined_on: '2010-02-01'
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			orgIds.set(o.key, row.id);
		}
		const tableIds = new Map<string, string>();
		// Parents first, so children can point at them.
		const pending = [...demoTables];
		let position = 0;
		while (pending.length) {
			const index = pending.findIndex((t) => !t.parentKey || tableIds.has(t.parentKey));
			if (index < 0) throw new Error('demo tables: unknown parent');
			const [t] = pending.splice(index, 1);
			const row = await s
				.insertInto('governance_table', {
					parent_id: t.parentKey ? tableIds.get(t.parentKey)! : null,
					kind: t.type,
					theme: t.theme,
					name_fr: t.name.fr,
					name_en: t.name.en,
					mandate_fr: t.mandate.fr,
					mandate_en: t.mandate.en,
					start_date: t.startDate,
					position: position++,
					calendar_token: newToken()
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			tableIds.set(t.key, row.id);
		}
		const personIds = new Map<string, string>();
		for (const p of demoPeople) {
			const row = await s
				.insertInto('person', {
					organization_id: orgIds.get(p.organizationKey) ?? null,
					given_name: p.givenName,
					family_name: p.familyName,
					email: p.email,
					title_fr: p.title.fr,
					title_en: p.title.en,
					preferred_language: p.preferredLanguage,
					public_profile: p.publicProfile,
					calendar_token: newToken()
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			personIds.set(p.key, row.id);
		}
		const rows = demoMemberships.map((m) => ({
			table_id: tableIds.get(m.tableKey)!,
			person_id: m.personKey ? personIds.get(m.personKey)! : null,
			organization_id: m.organizationKey ? orgIds.get(m.organizationKey)! : null,
			role: m.role,
			start_date: m.startDate,
			end_date: m.endDate ?? null
		}));
		for (let i = 0; i < rows.length; i += 100) await s.insertInto('table_membership', rows.slice(i, i + 100)).execute();
		await s.insertInto('target_sector', demoTargetSectors.map((sector) => ({ sector }))).execute();
		// The demo member account is also a person of the partnership.
		const member = await trx.selectFrom('app_user').select('id').where('email', '=', 'membre@lmlip.example').executeTakeFirst();
		const firstFrancophone = demoPeople.find((p) => p.preferredLanguage === 'fr');
		if (member && firstFrancophone) {
			await s.updateTable('person').set({ user_id: member.id }).where('id', '=', personIds.get(firstFrancophone.key)!).execute();
		}
		await recordAudit(trx, actor, {
			partnershipId,
			action: 'demo.seed',
			entityType: 'partnership',
			entityId: partnershipId,
			after: { organizations: orgIds.size, tables: tableIds.size, people: personIds.size, memberships: rows.length }
		});
	});
}
