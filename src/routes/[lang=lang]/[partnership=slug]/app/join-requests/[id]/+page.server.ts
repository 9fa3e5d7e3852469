import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	flattenTree,
	getJoinRequest,
	listOrganizations,
	reviewJoinRequest,
	tableTree
} from '#lib/server/partnership/index.ts';
import { formFailure, formValues, requirePartnership } from '#lib/server/web.ts';
import type { Actions, PageServerLoad } from './$types';

const normalize = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

export const load: PageServerLoad = async (event) => {
	const { ctx, partnership } = await requirePartnership(event, 'joins.review');
	const request = await getJoinRequest(ctx, partnership.id, event.params.id);
	if (!request) error(404, 'errors.not_found');
	const [tree, organizations] = await Promise.all([
		tableTree(ctx, partnership.id, { includeClosed: true }),
		listOrganizations(ctx, partnership.id, { status: 'all' })
	]);
	const tables = new Map(flattenTree(tree).map((t) => [t.id, t]));
	const wanted = normalize(request.organization_name);
	const similar = organizations.filter(
		(o) =>
			wanted &&
			[o.name_fr, o.name_en, o.acronym].some(
				(n) =>
					n &&
					(normalize(n) === wanted ||
						(normalize(n).length > 3 && (normalize(n).includes(wanted) || wanted.includes(normalize(n)))))
			)
	);
	const linked = request.organization_id ? organizations.find((o) => o.id === request.organization_id) : undefined;
	return {
		request: {
			...request,
			tables: request.table_ids.map((id) => {
				const t = tables.get(id);
				return t ? { id, name: { fr: t.name_fr, en: t.name_en }, kind: t.kind } : { id, name: null, kind: '' };
			})
		},
		organizations: organizations
			.filter((o) => o.status === 'active')
			.map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } })),
		similar: similar.map((o) => ({ id: o.id, name: { fr: o.name_fr, en: o.name_en } })),
		linked: linked ? { id: linked.id, name: { fr: linked.name_fr, en: linked.name_en } } : null
	};
};

async function decide(event: RequestEvent, decision: 'accept' | 'decline' | 'more_info') {
	const { ctx, partnership, actor } = await requirePartnership(event, 'joins.review');
	const values = formValues(await event.request.formData());
	const id = event.params.id ?? '';
	const result = await reviewJoinRequest(
		ctx,
		actor,
		partnership.id,
		id,
		decision === 'accept'
			? { decision, organizationId: values.organizationId ?? '', message: values.message ?? '' }
			: { decision, message: values.message ?? '' }
	);
	if (!result.ok) return formFailure(result, { ...values, decision });
	redirect(303, `${event.url.pathname}?done=governance.joins_done_${decision}`);
}

export const actions: Actions = {
	accept: (event) => decide(event, 'accept'),
	decline: (event) => decide(event, 'decline'),
	more_info: (event) => decide(event, 'more_info')
};
