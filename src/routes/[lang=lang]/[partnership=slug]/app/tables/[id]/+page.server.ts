import { error, redirect } from '@sveltejs/kit';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import {
	addMembership,
	changeMembershipRole,
	endMembership,
	flattenTree,
	getTable,
	listOrganizations,
	listPeople,
	listTableMembers,
	saveTable,
	tableTree,
	today
} from '#lib/server/partnership/index.ts';
import { membershipRoles } from '#lib/server/partnership/vocabulary.ts';
import type { AppContext } from '#lib/server/context.ts';
import { failure } from '#lib/server/result.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import { parentChoices, tableFromForm, tableToValues, tableVocabulary } from '../form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership, role } = await requirePartnership(event, 'tables.view');
	const table = await getTable(ctx, partnership.id, event.params.id);
	if (!table) error(404, 'errors.not_found');
	const history = event.url.searchParams.get('history') === '1';
	const manage = roleCan(role, 'tables.manage');
	const seesContacts = roleCan(role, 'contacts.view');
	const [rows, tree, people, organizations, parents] = await Promise.all([
		listTableMembers(ctx, partnership.id, table.id, { history }),
		tableTree(ctx, partnership.id, { includeClosed: true }),
		manage ? listPeople(ctx, partnership.id) : Promise.resolve([]),
		manage ? listOrganizations(ctx, partnership.id) : Promise.resolve([]),
		manage ? parentChoices(ctx, partnership.id, table.id) : Promise.resolve([])
	]);

	// A person's name is personal data: roles without contacts see it only when the person agreed
	// to appear publicly; otherwise the seat shows as "a representative" of their organization.
	const members = rows.map((r) => {
		const isPerson = Boolean(r.person_id);
		const shown = !isPerson || seesContacts || r.public_profile;
		return {
			id: r.id,
			role: r.role,
			start_date: r.start_date,
			end_date: r.end_date,
			note: seesContacts ? r.note : '',
			kind: isPerson ? ('person' as const) : ('organization' as const),
			memberId: shown ? (r.person_id ?? r.organization_id) : null,
			personName: isPerson && shown ? `${r.given_name ?? ''} ${r.family_name ?? ''}`.trim() : null,
			organization: isPerson
				? r.person_org_name_fr
					? { fr: r.person_org_name_fr, en: r.person_org_name_en ?? '' }
					: null
				: { fr: r.organization_name_fr ?? '', en: r.organization_name_en ?? '' },
			sector: (isPerson ? r.person_org_sector : r.organization_sector) ?? null
		};
	});

	const flat = flattenTree(tree);
	const byId = new Map(flat.map((n) => [n.id, n]));
	const ancestors: { id: string; name_fr: string; name_en: string }[] = [];
	for (let cursor = table.parent_id ? byId.get(table.parent_id) : undefined; cursor && ancestors.length < 20;) {
		ancestors.unshift({ id: cursor.id, name_fr: cursor.name_fr, name_en: cursor.name_en });
		cursor = cursor.parent_id ? byId.get(cursor.parent_id) : undefined;
	}
	const children = (byId.get(table.id)?.children ?? []).map((c) => ({
		id: c.id,
		name_fr: c.name_fr,
		name_en: c.name_en,
		kind: c.kind,
		status: c.status
	}));

	const seated = new Set(members.filter((m) => !m.end_date).map((m) => m.memberId));
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { calendar_token, ...tableFields } = table;
	return {
		table: tableFields,
		members,
		history,
		ancestors,
		children,
		today: today(),
		roles: [...membershipRoles],
		manage,
		seesContacts,
		editing: manage && event.url.searchParams.has('edit'),
		values: manage ? tableToValues(table) : null,
		parents,
		vocabulary: manage ? tableVocabulary() : null,
		seatChoices: manage
			? {
					people: people
						.filter((p) => !seated.has(p.id))
						.map((p) => ({ id: p.id, name: `${p.given_name} ${p.family_name}`.trim() })),
					organizations: organizations
						.filter((o) => !seated.has(o.id))
						.map((o) => ({ id: o.id, name_fr: o.name_fr, name_en: o.name_en }))
				}
			: null
	};
};

/** A seat action may only touch the current seats of the table in the URL. */
async function seatOfThisTable(
	ctx: Pick<AppContext, 'db'>,
	partnershipId: string,
	tableId: string,
	membershipId: string
): Promise<boolean> {
	if (!(await getTable(ctx, partnershipId, tableId))) return false;
	const seats = await listTableMembers(ctx, partnershipId, tableId);
	return seats.some((s) => s.id === membershipId);
}

export const actions: Actions = {
	update: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'tables.manage');
		const { input, values } = tableFromForm(await event.request.formData());
		const result = await saveTable(ctx, actor, partnership.id, event.params.id, input);
		if (!result.ok) return formFailure(result, { ...values, form: 'update' });
		redirect(303, `${event.url.pathname}?done=orgs.table_saved`);
	},
	addSeat: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'tables.manage');
		const values = formValues(await event.request.formData());
		const [kind, memberId] = (values.member ?? '').split(':');
		const result = await addMembership(ctx, actor, partnership.id, {
			tableId: event.params.id,
			personId: kind === 'person' ? (memberId ?? '') : '',
			organizationId: kind === 'organization' ? (memberId ?? '') : '',
			role: values.role ?? '',
			startDate: values.startDate?.trim() || undefined,
			note: values.note ?? ''
		});
		if (!result.ok) {
			// The form has one "member" select for a person or an organization.
			const fieldErrors: Record<string, string[]> = {};
			for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
				const field = key === 'personId' || key === 'organizationId' ? 'member' : key;
				(fieldErrors[field] ??= []).push(...messages);
			}
			return formFailure({ ...result, fieldErrors }, { ...values, form: 'addSeat' });
		}
		redirect(303, `${event.url.pathname}?done=orgs.seat_added`);
	},
	changeRole: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'tables.manage');
		const values = formValues(await event.request.formData());
		const membershipId = values.membershipId ?? '';
		const result = (await seatOfThisTable(ctx, partnership.id, event.params.id, membershipId))
			? await changeMembershipRole(ctx, actor, partnership.id, membershipId, values.role ?? '')
			: failure('common.error_not_found');
		if (!result.ok) return formFailure(result, { ...values, form: 'changeRole' });
		redirect(303, `${event.url.pathname}?done=orgs.role_changed`);
	},
	endSeat: async (event) => {
		const { ctx, partnership, actor } = await requirePartnership(event, 'tables.manage');
		const values = formValues(await event.request.formData());
		const membershipId = values.membershipId ?? '';
		const result = (await seatOfThisTable(ctx, partnership.id, event.params.id, membershipId))
			? await endMembership(ctx, actor, partnership.id, membershipId, values.endDate?.trim() || today())
			: failure('common.error_not_found');
		if (!result.ok) return formFailure(result, { ...values, form: 'endSeat' });
		redirect(303, `${event.url.pathname}?done=orgs.seat_ended`);
	}
};
