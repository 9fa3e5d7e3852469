import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '#lib/server/db/schema.ts';

/**
 * The directory's search rows (service_search, migrations/0006_directory_search.sql): one per
 * service_at_location, plus one per service without any location, holding everything a search
 * filters, ranks or shows, so a search reads one table. Only active services have rows.
 *
 * Rebuilt by refreshServiceSearch() after every write to a service or to what it shows (its
 * organization, locations, addresses, schedules, languages, categories, accessibility). Call it
 * inside the write's transaction, with the transaction.
 */
export async function refreshServiceSearch(
	db: Kysely<DB> | Transaction<DB>,
	partnershipId: string,
	serviceIds?: string[]
): Promise<void> {
	if (serviceIds && serviceIds.length === 0) return;
	const all = !serviceIds;
	const ids = [...new Set(serviceIds ?? [])];
	const work = async (trx: Transaction<DB>) => {
		// Many services: hash joins. Freshly written tables have no statistics yet (PGlite never
		// gathers them on its own) and the planner would otherwise nest loops over whole tables.
		const many = all || ids.length > bulkThreshold;
		let previous: string | null = null;
		if (many) {
			previous = (await sql<{ v: string }>`select current_setting('enable_nestloop') as v`.execute(trx)).rows[0].v;
			await sql`select set_config('enable_nestloop', 'off', true)`.execute(trx);
		}
		if (all) await refreshTermLabels(trx, partnershipId);
		await sql`delete from service_search
			where partnership_id = ${partnershipId} and (${all}::boolean or service_id = any(${ids}::uuid[]))`.execute(trx);
		await rowsStatement(partnershipId, all, ids).execute(trx);
		await refreshWords(trx, partnershipId, all ? undefined : ids);
		// Back to the caller's setting (an error aborts the transaction, which undoes it anyway).
		if (previous) await sql`select set_config('enable_nestloop', ${previous}, true)`.execute(trx);
		if (many) {
			// Move the GIN indexes' pending entries into the index proper (a search would otherwise
			// read the whole pending list each time), and give the planner fresh statistics.
			await sql`select gin_clean_pending_list(i::regclass)
				from unnest(array['service_search_tokens', 'service_search_tsv_fr', 'service_search_tsv_en',
					'service_search_trgm', 'service_search_word_trgm']) as i`.execute(trx);
			await sql`analyze service_search, service_search_word, service_search_label`.execute(trx);
		}
	};
	if (db.isTransaction) await work(db as Transaction<DB>);
	else await db.transaction().execute(work);
}

/** Above this many services, a refresh is planned as a bulk rebuild. */
const bulkThreshold = 200;

/** The statement that writes the search rows (exported for the benchmark's query plans). */
export function rowsStatement(partnershipId: string, all: boolean, ids: string[]) {
	return sql`
		with recursive
		-- Each service's own texts, once per service (a service at several places has several rows).
		svc as materialized (
			select s.id, s.partnership_id, s.organization_id, s.name_fr, s.name_en, s.eligible_statuses,
				s.delivery_modes, s.free_of_charge, s.minimum_age, s.maximum_age, s.status, s.assured_date,
				s.interpretation_services_fr <> '' or s.interpretation_services_en <> '' as interpretation,
				passerelle_summary(s.description_fr) as summary_fr, passerelle_summary(s.description_en) as summary_en,
				lower(immutable_unaccent(coalesce(nullif(s.name_fr, ''), s.name_en))) as sort_fr,
				lower(immutable_unaccent(coalesce(nullif(s.name_en, ''), s.name_fr))) as sort_en,
				setweight(to_tsvector('french', immutable_unaccent(concat_ws(' ', s.name_fr, s.alternate_name_fr))), 'A')
					|| setweight(to_tsvector('french', immutable_unaccent(concat_ws(' ', s.description_fr,
						s.eligibility_description_fr, s.interpretation_services_fr))), 'C') as tsv_fr,
				setweight(to_tsvector('english', immutable_unaccent(concat_ws(' ', s.name_en, s.alternate_name_en))), 'A')
					|| setweight(to_tsvector('english', immutable_unaccent(concat_ws(' ', s.description_en,
						s.eligibility_description_en, s.interpretation_services_en))), 'C') as tsv_en,
				lower(immutable_unaccent(concat_ws(' ', s.name_fr, s.name_en, s.alternate_name_fr, s.alternate_name_en)))
					as words
			from service s
			where s.partnership_id = ${partnershipId} and s.status = 'active'
				and (${all}::boolean or s.id = any(${ids}::uuid[]))
		),
		orgs as materialized (
			select o.id, o.name_fr, coalesce(nullif(o.name_en, ''), o.name_fr) as name_en,
				setweight(to_tsvector('french', immutable_unaccent(concat_ws(' ', o.name_fr, o.acronym))), 'B') as tsv_fr,
				setweight(to_tsvector('english', immutable_unaccent(concat_ws(' ', o.name_en, o.acronym))), 'B') as tsv_en,
				lower(immutable_unaccent(concat_ws(' ', o.name_fr, o.name_en, o.acronym))) as words
			from organization o
			where o.partnership_id = ${partnershipId} and o.id in (select organization_id from svc)
		),
		term as materialized (
			select t.id, t.parent_id, t.code, t.name_fr, t.name_en, t.position
			from taxonomy_term t where t.partnership_id = ${partnershipId}
		),
		anc (term_id, ancestor_id, depth) as (
			select id, id, 0 from term
			union all
			select anc.term_id, term.parent_id, anc.depth + 1
			from anc join term on term.id = anc.ancestor_id
			where term.parent_id is not null and anc.depth < 20
		),
		-- Each term with its ancestors: their French and English names as text vectors, computed
		-- once per term. (Synonyms and newcomer-language names are matched through
		-- service_search_label instead, which expands them to the category: rows stay small.)
		closure as materialized (
			select anc.term_id,
				setweight(to_tsvector('french', immutable_unaccent(string_agg(term.name_fr, ' '))), 'B') as tsv_fr,
				setweight(to_tsvector('english', immutable_unaccent(string_agg(term.name_en, ' '))), 'B') as tsv_en,
				lower(immutable_unaccent(string_agg(concat_ws(' ', term.name_fr, term.name_en), ' '))) as words
			from anc join term on term.id = anc.ancestor_id
			group by anc.term_id
		),
		linked as materialized (
			select distinct a.link_id as service_id, a.taxonomy_term_id as term_id
			from attribute a
			where a.partnership_id = ${partnershipId} and a.link_entity = 'service'
				and a.link_id in (select id from svc)
		),
		cats as (
			select l.service_id, passerelle_tsv_agg(c.tsv_fr) as tsv_fr, passerelle_tsv_agg(c.tsv_en) as tsv_en,
				string_agg(c.words, ' ') as words
			from linked l join closure c on c.term_id = l.term_id
			group by l.service_id
		),
		cat_ids as (
			select l.service_id, array_agg(distinct anc.ancestor_id) as ids
			from linked l join anc on anc.term_id = l.term_id
			group by l.service_id
		),
		shown as (
			select l.service_id,
				jsonb_agg(jsonb_build_object('id', term.id, 'code', term.code, 'fr', term.name_fr, 'en', term.name_en)
					order by term.position, term.name_fr) as categories
			from linked l join term on term.id = l.term_id
			group by l.service_id
		),
		langs as (
			select lg.service_id, array_agg(distinct c.code) as codes, bool_or(lg.via_interpreter) as interpreter
			from language lg
			cross join lateral unnest(array[lower(lg.code), lower(split_part(lg.code, '-', 1))]) as c(code)
			where lg.partnership_id = ${partnershipId} and lg.service_id in (select id from svc)
			group by lg.service_id
		),
		places as materialized (
			select sal.id as sal_id, sal.service_id, l.id as location_id, l.name_fr as location_name_fr,
				l.name_en as location_name_en, l.latitude, l.longitude, l.time_zone
			from service_at_location sal
			join location l on l.partnership_id = sal.partnership_id and l.id = sal.location_id
			where sal.partnership_id = ${partnershipId} and sal.service_id in (select id from svc)
		),
		zones as materialized (
			select distinct p.time_zone from places p
			where p.time_zone in (select name from pg_timezone_names)
		),
		addr as (
			select distinct on (a.location_id) a.location_id,
				concat_ws(', ', nullif(a.address_1, ''), nullif(a.address_2, '')) as line, a.city, a.postal_code
			from address a
			where a.partnership_id = ${partnershipId} and a.location_id in (select location_id from places)
			order by a.location_id, (a.address_type = 'physical') desc, a.created_at, a.id
		),
		acc as (
			select x.location_id, array_agg(distinct x.feature) as features
			from accessibility x
			where x.partnership_id = ${partnershipId} and x.location_id in (select location_id from places)
			group by x.location_id
		),
		-- Schedules as rules: one per weekday (with its ordinal, "1MO") or month day of each schedule
		-- with opening and closing times (hours.ts reads schedules the same way).
		rules as materialized (
			select sc.service_id, sc.location_id, sc.service_at_location_id,
				jsonb_build_object('d', d.dow, 'n', d.nth, 'm', d.monthday, 'o', sc.opens_at::text,
					'c', sc.closes_at::text, 'f', sc.valid_from,
					't', case when sc.until is null then sc.valid_to when sc.valid_to is null then sc.until
						else least(sc.valid_to, sc.until) end) as rule
			from schedule sc
			cross join lateral (
				select array_position(array['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], m[2]) as dow,
					nullif(m[1], '')::int as nth, null::int as monthday
				from regexp_split_to_table(upper(sc.byday), ',') as tok,
					regexp_matches(btrim(tok), '^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$') as m
				where sc.byday <> '' and (sc.freq = 'WEEKLY' or sc.freq is null or sc.bymonthday = '')
				union all
				select g, null, null from generate_series(1, 7) as g
				where sc.byday = '' and coalesce(sc.freq, 'WEEKLY') = 'WEEKLY'
				union all
				select null, null, x.v
				from regexp_split_to_table(sc.bymonthday, ',') as tok,
					lateral (select case when btrim(tok) ~ '^-?[0-9]{1,2}$' then btrim(tok)::int end as v) as x
				where sc.freq = 'MONTHLY' and (x.v between 1 and 31 or x.v = -1)
			) as d
			where sc.partnership_id = ${partnershipId} and sc.opens_at is not null and sc.closes_at is not null
				and (sc.service_id in (select id from svc)
					or sc.service_at_location_id in (select sal_id from places)
					or (sc.service_id is null and sc.location_id in (select location_id from places)))
		),
		h_sal as (
			select service_at_location_id as id, jsonb_agg(rule) as hours from rules
			where service_at_location_id is not null group by service_at_location_id
		),
		h_svc_loc as (
			select service_id, location_id, jsonb_agg(rule) as hours from rules
			where service_at_location_id is null and service_id is not null and location_id is not null
			group by service_id, location_id
		),
		h_svc as (
			select service_id, jsonb_agg(rule) as hours from rules
			where service_at_location_id is null and service_id is not null and location_id is null
			group by service_id
		),
		h_loc as (
			select location_id, jsonb_agg(rule) as hours from rules
			where service_at_location_id is null and service_id is null and location_id is not null
			group by location_id
		)
		insert into service_search (
			id, partnership_id, service_id, service_at_location_id, location_id, organization_id,
			name_fr, name_en, organization_name_fr, organization_name_en, summary_fr, summary_en, categories,
			address_line, city, postal_code, latitude, longitude, assured_date, sort_fr, sort_en,
			tsv_fr, tsv_en, trgm, category_ids, languages, statuses, modes, accessibility,
			free, french, interpretation, min_age, max_age, status, time_zone, hours, tokens
		)
		select
			coalesce(p.sal_id, s.id), s.partnership_id, s.id, p.sal_id, p.location_id, s.organization_id,
			s.name_fr, s.name_en, o.name_fr, o.name_en, s.summary_fr, s.summary_en,
			coalesce(sh.categories, '[]'::jsonb),
			ad.line, ad.city, ad.postal_code, p.latitude, p.longitude, s.assured_date, s.sort_fr, s.sort_en,
			s.tsv_fr || o.tsv_fr || coalesce(c.tsv_fr, ''::tsvector)
				|| setweight(to_tsvector('french', immutable_unaccent(concat_ws(' ', p.location_name_fr, ad.city))), 'D'),
			s.tsv_en || o.tsv_en || coalesce(c.tsv_en, ''::tsvector)
				|| setweight(to_tsvector('english', immutable_unaccent(concat_ws(' ', p.location_name_en, ad.city))), 'D'),
			left(concat_ws(' ', s.words, c.words, o.words), 2000),
			coalesce(ci.ids, '{}'), coalesce(lg.codes, '{}'), s.eligible_statuses, s.delivery_modes,
			coalesce(x.features, '{}'),
			s.free_of_charge, coalesce('fr' = any(lg.codes), false),
			s.interpretation or coalesce(lg.interpreter, false),
			s.minimum_age, s.maximum_age, s.status,
			coalesce((select z.time_zone from zones z where z.time_zone = p.time_zone), 'America/Toronto'),
			coalesce(hs.hours, hsl.hours, hv.hours, hl.hours, '[]'::jsonb),
			array(select 'c' || v from unnest(ci.ids) as v)
				|| array(select 'l' || v from unnest(lg.codes) as v)
				|| case when cardinality(s.eligible_statuses) = 0 then array['s*']
					else array(select 's' || v from unnest(s.eligible_statuses) as v) end
				|| array(select 'm' || v from unnest(s.delivery_modes) as v)
				|| array(select 'a' || v from unnest(x.features) as v)
				|| array_remove(array[
					case when s.free_of_charge then 'free' end,
					case when 'fr' = any(lg.codes) then 'fr' end,
					case when s.interpretation or coalesce(lg.interpreter, false) then 'int' end,
					case when p.latitude is not null then 'g1:' || floor(p.latitude / 0.2)::int || ':' || floor(p.longitude / 0.2)::int end,
					case when p.latitude is not null then 'g2:' || floor(p.latitude)::int || ':' || floor(p.longitude)::int end,
					case when p.latitude is not null then 'g3:' || floor(p.latitude / 5)::int || ':' || floor(p.longitude / 5)::int end
				], null)
		from svc s
		join orgs o on o.id = s.organization_id
		left join places p on p.service_id = s.id
		left join cats c on c.service_id = s.id
		left join cat_ids ci on ci.service_id = s.id
		left join shown sh on sh.service_id = s.id
		left join langs lg on lg.service_id = s.id
		left join addr ad on ad.location_id = p.location_id
		left join acc x on x.location_id = p.location_id
		left join h_sal hs on hs.id = p.sal_id
		left join h_svc_loc hsl on hsl.service_id = s.id and hsl.location_id = p.location_id
		left join h_svc hv on hv.service_id = s.id
		left join h_loc hl on hl.location_id = p.location_id
	`;
}

/** The typo-correction vocabulary: rebuilt on a whole refresh, extended on a partial one. */
async function refreshWords(db: Kysely<DB> | Transaction<DB>, partnershipId: string, serviceIds?: string[]) {
	if (!serviceIds) await sql`delete from service_search_word where partnership_id = ${partnershipId}`.execute(db);
	const all = !serviceIds;
	await sql`
		insert into service_search_word (partnership_id, word)
		select distinct ${partnershipId}::uuid, w
		from service_search s, regexp_split_to_table(passerelle_search_norm(s.trgm), ' ') as w
		where s.partnership_id = ${partnershipId} and (${all}::boolean or s.service_id = any(${serviceIds ?? []}::uuid[]))
			and length(w) between 3 and 40
		on conflict do nothing
	`.execute(db);
}

/**
 * The taxonomy's labels (names in every language, synonyms), normalized, for the search's
 * category expansion. A whole-partnership refreshServiceSearch() rebuilds them; call it after a
 * taxonomy edit (category words are in every service's row anyway).
 */
export async function refreshTermLabels(db: Kysely<DB> | Transaction<DB>, partnershipId: string): Promise<void> {
	await sql`delete from service_search_label where partnership_id = ${partnershipId}`.execute(db);
	await sql`
		insert into service_search_label (partnership_id, term_id, label)
		select distinct t.partnership_id, t.id, passerelle_search_norm(x.label)
		from taxonomy_term t
		cross join lateral unnest(array[t.name_fr, t.name_en] || t.synonyms
			|| array(select v from jsonb_each_text(t.names) as n(k, v))) as x(label)
		where t.partnership_id = ${partnershipId} and length(passerelle_search_norm(x.label)) between 2 and 200
	`.execute(db);
}
