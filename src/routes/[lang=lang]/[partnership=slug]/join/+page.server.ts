import { error, redirect } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import { flattenTree, sectors, submitJoinRequest, tableTree } from '#lib/server/partnership/index.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import { formFailure, formValues } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

const done = 'governance.join_received';

async function publicPartnership(slug: string) {
	const partnership = await findPartnershipBySlug(appContext(), slug);
	if (!partnership || partnership.status !== 'active') error(404, 'errors.not_found');
	return partnership;
}

/** The public "join the partnership" form; the membership committee reviews in the workspace. */
export const load: PageServerLoad = async ({ params, url }) => {
	const partnership = await publicPartnership(params.partnership);
	const tables = flattenTree(await tableTree(appContext(), partnership.id)).filter((t) => t.status === 'active');
	return {
		partnership: { slug: partnership.slug, name: { fr: partnership.name_fr, en: partnership.name_en } },
		tables: tables.map((t) => ({ id: t.id, kind: t.kind, depth: t.depth, name: { fr: t.name_fr, en: t.name_en } })),
		sectors: [...sectors],
		done: url.searchParams.get('done') === done
	};
};

export const actions: Actions = {
	default: async ({ params, request, url }) => {
		const partnership = await publicPartnership(params.partnership);
		const data = await request.formData();
		const values = formValues(data);
		// The honeypot: people never see this field, robots fill it. Answer as if all went well.
		if (values.website?.trim()) redirect(303, `${url.pathname}?done=${done}`);
		const tableIds = data.getAll('tableIds').filter((v): v is string => typeof v === 'string');
		const result = await submitJoinRequest(appContext(), partnership.id, {
			organizationName: values.organizationName ?? '',
			sector: values.sector ?? '',
			contactName: values.contactName ?? '',
			contactEmail: values.contactEmail ?? '',
			contactPhone: values.contactPhone ?? '',
			preferredLanguage: (values.preferredLanguage ?? '') as 'fr',
			tableIds,
			message: values.message ?? '',
			consent: values.consent === 'on'
		});
		if (!result.ok) {
			// "tableIds.2" (one bad box) is reported on the group of boxes.
			const fieldErrors: Record<string, string[]> = {};
			for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
				const name = field.startsWith('tableIds') ? 'tableIds' : field;
				fieldErrors[name] = [...(fieldErrors[name] ?? []), ...keys];
			}
			const { website: _honeypot, ...kept } = values;
			return formFailure({ ...result, fieldErrors }, { ...kept, tableIds });
		}
		redirect(303, `${url.pathname}?done=${done}`);
	}
};
