import { error, redirect } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import {
	changesFromForm,
	formFieldErrors,
	submitSuggestion,
	suggestionKinds
} from '#lib/server/directory/curation/index.ts';
import { isUuid } from '#lib/server/directory/index.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import { scoped } from '#lib/server/tenancy/scoped.ts';
import { formFailure, formValues } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

async function publicService(slug: string, id: string) {
	const ctx = appContext();
	const partnership = await findPartnershipBySlug(ctx, slug);
	if (!partnership || partnership.status !== 'active' || !isUuid(id)) error(404, 'errors.not_found');
	const service = await scoped(ctx.db, partnership.id)
		.selectFrom('service')
		.innerJoin('organization', (j) =>
			j
				.onRef('organization.id', '=', 'service.organization_id')
				.onRef('organization.partnership_id', '=', 'service.partnership_id')
		)
		.select([
			'service.id',
			'service.name_fr',
			'service.name_en',
			'service.url',
			'service.email',
			'organization.name_fr as org_fr',
			'organization.name_en as org_en'
		])
		.where('service.id', '=', id)
		.executeTakeFirst();
	if (!service) error(404, 'errors.not_found');
	return { ctx, partnership, service };
}

/** Public: "report a problem / suggest an edit" on a listing. Works without JavaScript. */
export const load: PageServerLoad = async ({ params, url }) => {
	const { partnership, service } = await publicService(params.partnership, params.id);
	return {
		partnership: { slug: partnership.slug, name: { fr: partnership.name_fr, en: partnership.name_en } },
		service: {
			id: service.id,
			name: { fr: service.name_fr, en: service.name_en },
			organization: { fr: service.org_fr, en: service.org_en },
			url: service.url,
			email: service.email
		},
		kinds: [...suggestionKinds],
		done: url.searchParams.get('done') === 'directory.suggestion_thanks'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { ctx, partnership, service } = await publicService(event.params.partnership, event.params.id);
		const values = formValues(await event.request.formData());
		const result = await submitSuggestion(
			ctx,
			partnership.id,
			service.id,
			{
				kind: values.kind ?? '',
				message: values.message ?? '',
				changes: changesFromForm(values),
				email: values.email ?? '',
				language: event.params.lang === 'en' ? 'en' : 'fr',
				website: values.website ?? ''
			},
			event.getClientAddress()
		);
		if (!result.ok) {
			const { website: _honeypot, ...kept } = values;
			return formFailure(
				{ ...result, fieldErrors: formFieldErrors(result.fieldErrors) },
				kept,
				result.code === 'directory.suggestion_error_rate_limited' ? 429 : 400
			);
		}
		redirect(303, `${event.url.pathname}?done=directory.suggestion_thanks`);
	}
};
