import { error, redirect } from '@sveltejs/kit';
import { appContext } from '#lib/server/context.ts';
import {
	answerVerification,
	changesFromForm,
	formFieldErrors,
	openVerification
} from '#lib/server/directory/curation/index.ts';
import { findPartnershipBySlug } from '#lib/server/tenancy/partnerships.ts';
import { formFailure, formValues } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

async function partnershipOf(slug: string) {
	const partnership = await findPartnershipBySlug(appContext(), slug);
	if (!partnership || partnership.status !== 'active') error(404, 'directory.campaign_error_link');
	return partnership;
}

/**
 * Public, behind the signed link of a verification campaign: the organization's contact reviews
 * each listing and confirms it or sends a correction. A bad or expired link is a 404.
 */
export const load: PageServerLoad = async ({ params, url }) => {
	const partnership = await partnershipOf(params.partnership);
	const view = await openVerification(appContext(), partnership.id, params.token);
	if (!view) error(404, 'directory.campaign_error_link');
	return {
		partnership: { slug: partnership.slug, name: { fr: partnership.name_fr, en: partnership.name_en } },
		view,
		done: url.searchParams.get('done') ?? ''
	};
};

function answerFailure(
	result: { ok: false; code: string; fieldErrors?: Record<string, string[]> },
	values: Record<string, string>
) {
	if (result.code === 'directory.campaign_error_link') error(404, 'directory.campaign_error_link');
	return formFailure(
		{ ...result, fieldErrors: formFieldErrors(result.fieldErrors) },
		values,
		result.code === 'common.error_not_found' ? 404 : 400
	);
}

export const actions: Actions = {
	confirm: async (event) => {
		const partnership = await partnershipOf(event.params.partnership);
		const values = formValues(await event.request.formData());
		const result = await answerVerification(appContext(), partnership.id, event.params.token, values.serviceId ?? '', {
			kind: 'confirm'
		});
		if (!result.ok) return answerFailure(result, values);
		redirect(303, `${event.url.pathname}?done=directory.campaign_confirmed_one`);
	},
	confirmAll: async (event) => {
		const partnership = await partnershipOf(event.params.partnership);
		const result = await answerVerification(appContext(), partnership.id, event.params.token, 'all', {
			kind: 'confirm'
		});
		if (!result.ok) return answerFailure(result, {});
		redirect(303, `${event.url.pathname}?done=directory.campaign_confirmed_all`);
	},
	correct: async (event) => {
		const partnership = await partnershipOf(event.params.partnership);
		const values = formValues(await event.request.formData());
		const result = await answerVerification(appContext(), partnership.id, event.params.token, values.serviceId ?? '', {
			kind: 'correct',
			input: { message: values.message ?? '', changes: changesFromForm(values) }
		});
		if (!result.ok) return answerFailure(result, values);
		redirect(303, `${event.url.pathname}?done=directory.campaign_corrected_one`);
	}
};
