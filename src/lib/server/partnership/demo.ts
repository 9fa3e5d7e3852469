import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';

/** Partnership-module demo data (organizations, tables, memberships); filled by the module. */
export async function seedPartnershipDemo(_ctx: AppContext, _actor: Actor, _partnershipId: string): Promise<void> {}
