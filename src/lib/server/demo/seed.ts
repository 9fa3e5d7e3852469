import type { AppContext } from '../context.ts';
import type { Role } from '../db/schema.ts';
import { systemActor } from '../accounts/types.ts';
import { createUser, findUserByEmail, setPartnershipRole } from '../accounts/users.ts';
import { createPartnership, findPartnershipBySlug } from '../tenancy/partnerships.ts';
import { seedPartnershipDemo } from '../partnership/demo.ts';
import { seedContributionsDemo } from '../plans/contributions-demo.ts';
import { seedPlansDemo } from '../plans/demo.ts';
import { seedDirectoryDemo } from '../directory/demo.ts';

export const demoPassword = 'Passerelle-demo-2026';

export interface DemoAccount {
	email: string;
	role: Role | 'instance_admin';
	partnership: string | null;
	/** Other partnerships where the account has the same role. */
	alsoIn?: string[];
	password: string;
}

/** The demo accounts, one per role; README lists the same. */
export const demoAccounts: DemoAccount[] = [
	{ email: 'admin@passerelle.example', role: 'instance_admin', partnership: null, password: demoPassword },
	{ email: 'coordination@lmlip.example', role: 'coordinator', partnership: 'london-middlesex', password: demoPassword },
	{ email: 'membre@lmlip.example', role: 'member', partnership: 'london-middlesex', password: demoPassword },
	// The funder's program officer follows both partnerships (the cross-partnership roll-ups at /funder).
	{
		email: 'ircc@funder.example',
		role: 'viewer',
		partnership: 'london-middlesex',
		alsoIn: ['quinte'],
		password: demoPassword
	},
	{ email: 'coordination@quinte.example', role: 'coordinator', partnership: 'quinte', password: demoPassword }
];

const names: Record<string, { name: string; locale: 'fr' | 'en' }> = {
	'admin@passerelle.example': { name: 'Admin Passerelle', locale: 'fr' },
	'coordination@lmlip.example': { name: 'Amina Haddad', locale: 'en' },
	'membre@lmlip.example': { name: 'Julien Lévesque', locale: 'fr' },
	'ircc@funder.example': { name: 'Priya Raman', locale: 'en' },
	'coordination@quinte.example': { name: 'Marie-Claude Tremblay', locale: 'fr' }
};

/**
 * Loads the demo partnerships and accounts. With onlyIfEmpty, does nothing on a database that
 * already has a partnership (so `npm start` seeds once).
 */
export async function seedDemo(ctx: AppContext, options: { onlyIfEmpty: boolean }): Promise<DemoAccount[] | null> {
	if (options.onlyIfEmpty) {
		const any = await ctx.db.selectFrom('partnership').select('id').limit(1).executeTakeFirst();
		if (any) return null;
	}
	const actor = { ...systemActor, label: 'demo-seed' };
	const partnerships = [
		{
			slug: 'london-middlesex',
			nameFr: 'Partenariat local en immigration de London et Middlesex',
			nameEn: 'London & Middlesex Local Immigration Partnership',
			regionFr: 'London et comté de Middlesex (Ontario)',
			regionEn: 'London and Middlesex County, Ontario',
			defaultLocale: 'en' as const
		},
		{
			slug: 'quinte',
			nameFr: "Partenariat local d'immigration de Quinte",
			nameEn: 'Quinte Local Immigration Partnership',
			regionFr: 'Région de Quinte (Ontario)',
			regionEn: 'Quinte Region, Ontario',
			defaultLocale: 'en' as const
		}
	];
	const ids: Record<string, string> = {};
	for (const input of partnerships) {
		const existing = await findPartnershipBySlug(ctx, input.slug);
		if (existing) {
			ids[input.slug] = existing.id;
			continue;
		}
		const created = await createPartnership(ctx, actor, input);
		if (!created.ok) throw new Error(`demo partnership ${input.slug}: ${created.code}`);
		ids[input.slug] = created.value.id;
	}
	for (const account of demoAccounts) {
		const meta = names[account.email];
		let user = await findUserByEmail(ctx.db, account.email);
		if (!user) {
			const created = await createUser(ctx, actor, {
				email: account.email,
				displayName: meta.name,
				password: account.password,
				locale: meta.locale,
				isInstanceAdmin: account.role === 'instance_admin'
			});
			if (!created.ok) throw new Error(`demo account ${account.email}: ${created.code}`);
			user = await findUserByEmail(ctx.db, account.email);
		}
		const role = account.role;
		if (account.partnership && role !== 'instance_admin' && user) {
			for (const slug of [account.partnership, ...(account.alsoIn ?? [])]) {
				const result = await setPartnershipRole(ctx, actor, { partnershipId: ids[slug], userId: user.id, role });
				if (!result.ok) throw new Error(`demo role ${account.email} in ${slug}: ${result.code}`);
			}
		}
	}
	await seedPartnershipDemo(ctx, actor, ids['london-middlesex'], 'london-middlesex');
	await seedDirectoryDemo(ctx, actor, ids['london-middlesex'], 'london-middlesex');
	await seedPartnershipDemo(ctx, actor, ids['quinte'], 'quinte');
	await seedDirectoryDemo(ctx, actor, ids['quinte'], 'quinte');
	await seedPlansDemo(ctx, actor, ids['london-middlesex'], 'london-middlesex');
	await seedPlansDemo(ctx, actor, ids['quinte'], 'quinte');
	// After the plans demo (contributions may be tied to its actions; without plans they stand alone).
	await seedContributionsDemo(ctx, actor, ids['london-middlesex'], 'london-middlesex');
	await seedContributionsDemo(ctx, actor, ids['quinte'], 'quinte');
	return demoAccounts;
}
