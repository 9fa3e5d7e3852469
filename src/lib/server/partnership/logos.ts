import { createHash } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Actor } from '../accounts/types.ts';
import { failure, ok, type Result } from '../result.ts';
import { insertAudited, updateAudited } from '../tenancy/audited.ts';
import { scoped } from '../tenancy/scoped.ts';

export const logoMaxBytes = 300 * 1024;

/**
 * The image type from the file's first bytes, not from its name or the browser's word: PNG, JPEG
 * or WebP. SVG is refused on purpose (it can carry script).
 */
export function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/webp' | null {
	const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
	if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
	if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
	if (
		starts(0x52, 0x49, 0x46, 0x46) &&
		bytes[8] === 0x57 &&
		bytes[9] === 0x45 &&
		bytes[10] === 0x42 &&
		bytes[11] === 0x50
	)
		return 'image/webp';
	return null;
}

/** Stores a logo for an organization (replacing any previous one), or removes it with `null`. */
export async function setOrganizationLogo(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor,
	partnershipId: string,
	organizationId: string,
	bytes: Uint8Array | null
): Promise<Result<{ fileId: string | null }>> {
	if (!/^[0-9a-f-]{36}$/.test(organizationId)) return failure('common.error_not_found');
	if (bytes) {
		if (bytes.length === 0) return failure('common.error_form', { logo: ['validation.required'] });
		if (bytes.length > logoMaxBytes) return failure('common.error_form', { logo: ['orgs.logo_too_big'] });
		if (!imageType(bytes)) return failure('common.error_form', { logo: ['orgs.logo_bad_type'] });
	}
	return ctx.db.transaction().execute(async (trx) => {
		const s = scoped(trx, partnershipId);
		const org = await s
			.selectFrom('organization')
			.select(['id', 'logo_file_id'])
			.where('id', '=', organizationId)
			.executeTakeFirst();
		if (!org) return failure('common.error_not_found');
		let fileId: string | null = null;
		if (bytes) {
			const file = await insertAudited(trx, actor, partnershipId, 'stored_file', {
				content_type: imageType(bytes)!,
				size_bytes: bytes.length,
				sha256: createHash('sha256').update(bytes).digest('hex'),
				data: Buffer.from(bytes),
				created_by: actor.userId
			});
			fileId = file.id;
		}
		await updateAudited(
			trx,
			actor,
			partnershipId,
			'organization',
			organizationId,
			{ logo_file_id: fileId },
			bytes ? 'organization.set_logo' : 'organization.remove_logo'
		);
		if (org.logo_file_id) await s.deleteFrom('stored_file').where('id', '=', org.logo_file_id).execute();
		return ok({ fileId });
	});
}

/** The logo of an active organization, for public display. */
export async function organizationLogo(ctx: Pick<AppContext, 'db'>, partnershipId: string, organizationId: string) {
	if (!/^[0-9a-f-]{36}$/.test(organizationId)) return undefined;
	return scoped(ctx.db, partnershipId)
		.selectFrom('organization')
		.innerJoin('stored_file', 'stored_file.id', 'organization.logo_file_id')
		.select(['stored_file.content_type', 'stored_file.data', 'stored_file.sha256'])
		.where('organization.id', '=', organizationId)
		.where('organization.status', '=', 'active')
		.executeTakeFirst();
}
