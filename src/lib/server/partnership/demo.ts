import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import { newToken } from '../accounts/tokens.ts';
import { recordAudit } from '../audit/index.ts';
import { scoped } from '../tenancy/scoped.ts';
import {
	demoMemberships,
	demoOrganizations,
	demoPeople,
	demoTables,
	demoTargetSectors,
	type DemoMembership,
	type DemoOrganization,
	type DemoPerson,
	type DemoTable
} from './demo-data.ts';
import {
	quinteMemberships,
	quinteOrganizations,
	quintePeople,
	quinteTables,
	quinteTargetSectors
} from './demo-quinte.ts';
import { addFollowUpItem, recordMinutes, saveMeeting } from './meetings.ts';
import { submitJoinRequest } from './join-requests.ts';

interface DemoSet {
	organizations: DemoOrganization[];
	tables: DemoTable[];
	people: DemoPerson[];
	memberships: DemoMembership[];
	targets: DemoOrganization['sector'][];
	memberAccountEmail?: string;
}

const londonMiddlesex: DemoSet = {
	organizations: demoOrganizations,
	tables: demoTables,
	people: demoPeople,
	memberships: demoMemberships,
	targets: demoTargetSectors,
	memberAccountEmail: 'membre@lmlip.example'
};
const quinte: DemoSet = {
	organizations: quinteOrganizations,
	tables: quinteTables,
	people: quintePeople,
	memberships: quinteMemberships,
	targets: quinteTargetSectors
};

/**
 * The London & Middlesex partnership as the seeds describe it: partner organizations, people,
 * the central council, six sub-councils, the CLIF and working groups, with membership history.
 * Idempotent: does nothing when the partnership already has organizations.
 */
export async function seedPartnershipDemo(
	ctx: AppContext,
	actor: Actor,
	partnershipId: string,
	which: 'london-middlesex' | 'quinte' = 'london-middlesex'
): Promise<void> {
	const set = which === 'quinte' ? quinte : londonMiddlesex;
	const seeded = await seedSet(ctx, actor, partnershipId, set);
	if (seeded) await seedActivity(ctx, actor, partnershipId, seeded, which);
}

type Seeded = { orgIds: Map<string, string>; tableIds: Map<string, string>; personIds: Map<string, string> };

async function seedSet(ctx: AppContext, actor: Actor, partnershipId: string, set: DemoSet): Promise<Seeded | null> {
	const {
		organizations: demoOrganizations,
		tables: demoTables,
		people: demoPeople,
		memberships: demoMemberships,
		targets: demoTargetSectors
	} = set;
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const existing = await s.selectFrom('organization').select('id').limit(1).executeTakeFirst();
		if (existing) return null;
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
		await s
			.insertInto(
				'target_sector',
				demoTargetSectors.map((sector) => ({ sector }))
			)
			.execute();
		// The demo member account is also a person of the partnership.
		const member = set.memberAccountEmail
			? await trx.selectFrom('app_user').select('id').where('email', '=', set.memberAccountEmail).executeTakeFirst()
			: undefined;
		const firstFrancophone = demoPeople.find((p) => p.preferredLanguage === 'fr');
		if (member && firstFrancophone) {
			await s
				.updateTable('person')
				.set({ user_id: member.id })
				.where('id', '=', personIds.get(firstFrancophone.key)!)
				.execute();
		}
		await recordAudit(trx, actor, {
			partnershipId,
			action: 'demo.seed',
			entityType: 'partnership',
			entityId: partnershipId,
			after: { organizations: orgIds.size, tables: tableIds.size, people: personIds.size, memberships: rows.length }
		});
		return { orgIds, tableIds, personIds };
	});
}

/** A local "YYYY-MM-DDTHH:mm" some days from now, for demo meetings that stay current. */
function daysFromNow(days: number, hour: number): string {
	const d = new Date(Date.now() + days * 86_400_000);
	return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
}

/** Meetings (one held with minutes, others upcoming), follow-up items and a pending join request. */
async function seedActivity(
	ctx: AppContext,
	actor: Actor,
	partnershipId: string,
	seeded: Seeded,
	which: 'london-middlesex' | 'quinte'
) {
	const firstTable = [...seeded.tableIds.values()][0];
	const secondTable = [...seeded.tableIds.values()][1] ?? firstTable;
	const fail = (what: string, r: { ok: boolean; code?: string }) => {
		if (!r.ok) throw new Error(`demo ${what}: ${r.code}`);
	};
	const held = await saveMeeting(ctx, actor, partnershipId, null, {
		tableId: firstTable,
		titleFr: which === 'quinte' ? 'Réunion du conseil — automne' : 'Réunion du Conseil central — automne',
		titleEn: which === 'quinte' ? 'Council meeting — fall' : 'Central Council meeting — fall',
		startsAt: daysFromNow(-40, 9),
		endsAt: daysFromNow(-40, 11),
		location:
			which === 'quinte'
				? 'Belleville Public Library, 254 Pinnacle St.'
				: 'Hôtel de ville de London, 300 Dufferin Ave., salle 5',
		agendaFr: "1. Mot de bienvenue\n2. Bilan du plan d'action\n3. Rapports des sous-conseils\n4. Varia",
		agendaEn: '1. Welcome\n2. Action plan review\n3. Sub-council reports\n4. Other business'
	});
	fail('meeting', held);
	if (held.ok) {
		fail(
			'minutes',
			await recordMinutes(ctx, actor, partnershipId, held.value.id, {
				minutesFr: 'Les membres ont passé en revue les priorités de l’année et les rapports des sous-conseils.',
				minutesEn: 'Members reviewed the year’s priorities and the sub-council reports.',
				decisions: [
					{ fr: 'Adopter le rapport des réalisations communautaires.', en: 'Adopt the community achievements report.' }
				],
				attendance: {}
			})
		);
		const assignee = [...seeded.personIds.values()][0];
		fail(
			'follow-up',
			await addFollowUpItem(ctx, actor, partnershipId, {
				meetingId: held.value.id,
				descriptionFr: 'Faire circuler le rapport aux partenaires',
				descriptionEn: 'Circulate the report to partners',
				assigneePersonId: assignee,
				dueDate: daysFromNow(-5, 0).slice(0, 10)
			})
		);
		fail(
			'follow-up',
			await addFollowUpItem(ctx, actor, partnershipId, {
				meetingId: held.value.id,
				descriptionFr: 'Préparer le calendrier des réunions de l’an prochain',
				descriptionEn: 'Prepare next year’s meeting calendar',
				assigneePersonId: assignee,
				dueDate: daysFromNow(20, 0).slice(0, 10)
			})
		);
	}
	fail(
		'meeting',
		await saveMeeting(ctx, actor, partnershipId, null, {
			tableId: firstTable,
			titleFr: 'Réunion du conseil — hiver',
			titleEn: 'Council meeting — winter',
			startsAt: daysFromNow(15, 13),
			endsAt: daysFromNow(15, 15),
			location:
				which === 'quinte' ? 'Loyalist College, Belleville' : 'Bibliothèque publique de London, succursale centrale',
			onlineUrl: 'https://meet.example/council',
			agendaFr: '1. Plan d’action 2027\n2. Portrait des besoins',
			agendaEn: '1. 2027 action plan\n2. Needs assessment'
		})
	);
	fail(
		'meeting',
		await saveMeeting(ctx, actor, partnershipId, null, {
			tableId: secondTable,
			titleFr: 'Rencontre de travail',
			titleEn: 'Working session',
			startsAt: daysFromNow(8, 10),
			endsAt: daysFromNow(8, 12),
			onlineUrl: 'https://meet.example/table'
		})
	);
	fail(
		'join request',
		await submitJoinRequest(ctx, partnershipId, {
			organizationName:
				which === 'quinte'
					? 'Centre de santé communautaire de Belleville'
					: 'Centre de santé communautaire de London InterCommunity',
			sector: 'health',
			contactName: which === 'quinte' ? 'Nadia Haddad' : 'Kwame Mensah',
			contactEmail: which === 'quinte' ? 'nadia.haddad@chc.example' : 'kwame.mensah@ichc.example',
			preferredLanguage: which === 'quinte' ? 'fr' : 'en',
			tableIds: [secondTable],
			message:
				which === 'quinte' ? 'Nous aimerions joindre l’équipe santé.' : 'We would like to join the health sub-council.',
			consent: true
		})
	);
}
