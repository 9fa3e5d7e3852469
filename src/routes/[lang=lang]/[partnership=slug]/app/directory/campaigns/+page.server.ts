import { redirect } from '@sveltejs/kit';
import {
	closeCampaign,
	listCampaignRequests,
	listCampaigns,
	sendCampaignReminders,
	startVerificationCampaign,
	torontoToday
} from '#lib/server/directory/curation/index.ts';
import { addDays } from '#lib/server/directory/curation/verification.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

/** Verification campaigns: start one, follow its progress, send reminders now, close it. */
export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'directory.manage');
	const campaigns = await listCampaigns(ctx, partnership.id);
	const open = campaigns.find((c) => c.status === 'open') ?? null;
	const shown = open ?? campaigns[0] ?? null;
	return {
		campaigns,
		open,
		shown,
		requests: shown ? await listCampaignRequests(ctx, partnership.id, shown.id) : [],
		defaults: { dueDate: addDays(torontoToday(), 30), reminderDays: '7, 14', maxReminders: '2' }
	};
};

export const actions: Actions = {
	start: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const values = formValues(await event.request.formData());
		const result = await startVerificationCampaign(ctx, actor, partnership.id, {
			name: values.name ?? '',
			dueDate: values.dueDate ?? '',
			reminderDays: values.reminderDays ?? '',
			maxReminders: values.maxReminders ?? ''
		});
		if (!result.ok) return formFailure(result, values);
		redirect(303, `${event.url.pathname}?done=directory.campaign_started&count=${result.value.requests}`);
	},
	remind: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const values = formValues(await event.request.formData());
		const result = await sendCampaignReminders(ctx, actor, partnership.id, values.campaignId ?? '');
		if (!result.ok) return formFailure(result, {}, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=directory.campaign_reminded&count=${result.value.count}`);
	},
	close: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'directory.manage');
		const values = formValues(await event.request.formData());
		const result = await closeCampaign(ctx, actor, partnership.id, values.campaignId ?? '');
		if (!result.ok) return formFailure(result, {}, result.code === 'common.error_not_found' ? 404 : 400);
		redirect(303, `${event.url.pathname}?done=directory.campaign_closed`);
	}
};
