import { error, redirect } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import { flattenTree, tableTree } from '#lib/server/partnership/index.ts';
import { getAction, resolveResponsibles, saveAction, updateActionProgress } from '#lib/server/plans/index.ts';
import { scoped } from '#lib/server/tenancy/scoped.ts';
import { formFailure, formValues, requirePartnership, type TenantRequest } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

/** A member may update an action they are responsible for (their person record is linked to their account). */
async function ownsAction(req: TenantRequest, actionId: string): Promise<boolean> {
	if (roleCan(req.role, 'plans.manage')) return true;
	if (!roleCan(req.role, 'plans.update_own')) return false;
	const row = await scoped(req.ctx.db, req.partnership.id)
		.selectFrom('action_responsible')
		.innerJoin('person', 'person.id', 'action_responsible.person_id')
		.select('action_responsible.id')
		.where('action_responsible.action_id', '=', actionId)
		.where('person.user_id', '=', req.user.id)
		.executeTakeFirst();
	return Boolean(row);
}

export const load: PageServerLoad = async (event) => {
	const req = await requirePartnership(event, 'plans.view');
	const found = await getAction(req.ctx.db, req.partnership.id, event.params.id);
	if (!found) error(404, 'errors.not_found');
	const manage = roleCan(req.role, 'plans.manage');
	const s = scoped(req.ctx.db, req.partnership.id);
	const [tables, services, followUps] = manage
		? await Promise.all([
				tableTree(req.ctx, req.partnership.id),
				s.selectFrom('service').select(['id', 'name_fr', 'name_en']).orderBy('name_fr').limit(500).execute(),
				s
					.selectFrom('follow_up_item')
					.select(['id', 'description_fr', 'description_en', 'due_date'])
					.orderBy('due_date', 'desc')
					.limit(300)
					.execute()
			])
		: [[], [], []];
	const a = found.action;
	return {
		...found,
		canUpdate: await ownsAction(req, a.id),
		manage,
		tables: flattenTree(tables).map((n) => ({ id: n.id, name_fr: n.name_fr, name_en: n.name_en, depth: n.depth })),
		services,
		followUps,
		values: {
			descriptionFr: a.description_fr,
			descriptionEn: a.description_en,
			timelineText: a.timeline_text,
			startDate: a.start_date ?? '',
			endDate: a.end_date ?? '',
			status: a.status,
			progress: String(a.progress),
			weight: String(a.weight),
			tableId: a.table_id ?? '',
			leads: a.responsibles
				.filter((r) => r.role === 'lead')
				.map((r) => (r.note ? `${r.label} (${r.note})` : r.label))
				.join('\n'),
			supports: a.responsibles
				.filter((r) => r.role === 'support')
				.map((r) => (r.note ? `${r.label} (${r.note})` : r.label))
				.join('\n'),
			milestones: a.milestones
				.map((m) => `${m.done_at ? '[x] ' : ''}${m.due_date ? `${m.due_date} | ` : ''}${m.title_fr || m.title_en}`)
				.join('\n'),
			serviceIds: found.services.map((x) => x.id),
			followUpIds: found.followUps.map((x) => x.id)
		}
	};
};

/** "2026-03-31 | Titre" lines, "[x] " for done ones. */
function milestonesFrom(text: string) {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)
		.map((line) => {
			const done = /^\[x\]\s*/i.test(line);
			const rest = line.replace(/^\[x\]\s*/i, '');
			const m = /^(\d{4}-\d{2}-\d{2})\s*\|\s*(.+)$/.exec(rest);
			return { titleFr: (m ? m[2] : rest).slice(0, 1000), titleEn: '', dueDate: m ? m[1] : '', done };
		});
}

export const actions: Actions = {
	save: async (event) => {
		const req = await requirePartnership(event, 'plans.manage');
		const data = await event.request.formData();
		const values = formValues(data);
		const serviceIds = data.getAll('serviceIds').map(String).filter(Boolean);
		const followUpIds = data.getAll('followUpIds').map(String).filter(Boolean);
		const responsibles = await resolveResponsibles(
			req.ctx.db,
			req.partnership.id,
			values.leads ?? '',
			values.supports ?? ''
		);
		const result = await saveAction(req.ctx, req.actor, req.partnership.id, null, event.params.id, {
			...values,
			responsibles,
			milestones: milestonesFrom(values.milestones ?? ''),
			serviceIds,
			followUpIds
		});
		if (!result.ok) return formFailure(result, { ...values, serviceIds, followUpIds, form: 'save' });
		redirect(303, `${event.url.pathname}?done=plans.action_saved`);
	},
	progress: async (event) => {
		const req = await requirePartnership(event, 'plans.update_own');
		const values = formValues(await event.request.formData());
		// Members update only the actions they are responsible for (a form answer, not a 403: the page is theirs to see).
		if (!(await ownsAction(req, event.params.id)))
			return formFailure({ ok: false, code: 'plans.error_not_yours' }, { ...values, form: 'progress' });
		const result = await updateActionProgress(req.ctx, req.actor, req.partnership.id, event.params.id, values);
		if (!result.ok) return formFailure(result, { ...values, form: 'progress' });
		redirect(303, `${event.url.pathname}?done=plans.progress_saved`);
	}
};
