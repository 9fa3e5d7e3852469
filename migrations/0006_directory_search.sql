-- Directory search: one denormalized row per searchable hit, rebuilt by refreshServiceSearch()
-- (src/lib/server/directory/search-index.ts) after every write, so a search reads one table and
-- needs no join. A hit is one service_at_location, or a service without any location (virtual,
-- phone). Only active services have rows. And the anonymous search log for the coordinators.

-- A description's first ~200 characters for a hit, cut at a word, with an ellipsis when cut.
create or replace function passerelle_summary(text) returns text
	language sql immutable parallel safe strict
	as $$ select case when length(d) <= 200 then d
		else regexp_replace(left(d, 201), '\s+\S*$', '') || '…' end
		from (select btrim(regexp_replace($1, '\s+', ' ', 'g')) as d) as x $$;

-- How searches and labels are compared: lower case, no accents, punctuation as spaces.
create or replace function passerelle_search_norm(text) returns text
	language sql immutable parallel safe strict
	as $$ select btrim(regexp_replace(lower(immutable_unaccent($1)), '[[:space:][:punct:]’‘«»“”„¿¡،؟、。]+', ' ', 'g')) $$;

-- Whether day d is the n-th (1..5) or the last-n-th (-1..-5) of its weekday in its month.
create or replace function passerelle_nth_weekday(d date, n integer) returns boolean
	language sql immutable parallel safe
	as $$ select case when n is null or n = 0 then true
		when n > 0 then (extract(day from d)::int + 6) / 7 = n
		else (extract(day from (date_trunc('month', d) + interval '1 month - 1 day'))::int - extract(day from d)::int) / 7 = -n - 1
		end $$;

-- Whether a weekly/monthly rule (see service_search.hours) has an opening on local date d.
create or replace function passerelle_rule_applies(h jsonb, d date) returns boolean
	language sql immutable parallel safe
	as $$ select (h ->> 'f' is null or d >= (h ->> 'f')::date) and (h ->> 't' is null or d <= (h ->> 't')::date)
		and case when h ->> 'm' is not null
			then extract(day from d)::int = (h ->> 'm')::int
				or ((h ->> 'm')::int = -1 and extract(day from d + 1)::int = 1)
			else extract(isodow from d)::int = (h ->> 'd')::int and passerelle_nth_weekday(d, (h ->> 'n')::int)
		end $$;

-- "Open now" from a search row's rules in its time zone (the same reading as hours.ts): a
-- closing time at or before the opening time runs past midnight into the next day.
create or replace function passerelle_open_at(hours jsonb, tz text, at timestamptz) returns boolean
	language sql stable parallel safe
	as $$ select exists (
		select 1
		from jsonb_array_elements(hours) as h,
			lateral (select (at at time zone tz) as lt) as t,
			lateral (select (h ->> 'o')::time as o, (h ->> 'c')::time as c) as r
		where (passerelle_rule_applies(h, t.lt::date) and t.lt::time >= r.o and (r.c <= r.o or t.lt::time < r.c))
			or (r.c <= r.o and passerelle_rule_applies(h, (t.lt - interval '1 day')::date) and t.lt::time < r.c)
	) $$;

-- Concatenates text vectors (the categories of a service).
create aggregate passerelle_tsv_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

create table service_search (
	-- The service_at_location id, or the service id for a service without any location.
	id uuid primary key,
	partnership_id uuid not null references partnership (id) on delete cascade,
	service_id uuid not null,
	service_at_location_id uuid,
	location_id uuid,
	organization_id uuid not null,
	-- Display fields of the hit.
	name_fr text not null,
	name_en text not null,
	organization_name_fr text not null,
	organization_name_en text not null,
	summary_fr text not null,
	summary_en text not null,
	-- The service's own terms, for display: [{"id", "code", "fr", "en"}].
	categories jsonb not null default '[]'::jsonb,
	address_line text,
	city text,
	postal_code text,
	latitude double precision,
	longitude double precision,
	assured_date date,
	-- Sort keys: lower(unaccent(name)) in each language (the other language when one is empty).
	sort_fr text not null,
	sort_en text not null,
	-- Matching: weighted full text in each language (accents removed before stemming), and the
	-- unaccented names, organization and category words for typo-tolerant trigram matching.
	tsv_fr tsvector not null,
	tsv_en tsvector not null,
	trgm text not null,
	-- Filters. category_ids holds the service's terms and all their ancestors.
	category_ids uuid[] not null default '{}',
	languages text[] not null default '{}',
	statuses text[] not null default '{}',
	modes text[] not null default '{}',
	accessibility text[] not null default '{}',
	free boolean not null default false,
	french boolean not null default false,
	interpretation boolean not null default false,
	min_age integer,
	max_age integer,
	status text not null,
	-- "Open now": the location's IANA zone and the rules from the HSDS schedules, one per weekday
	-- or month day: [{"d": isodow, "n": nth weekday of the month or null, "m": day of the month
	-- (-1 the last) or null, "o": "09:00:00", "c": "17:00:00", "f": valid_from, "t": valid_to}].
	-- Empty: the service has no hours to tell.
	time_zone text not null default 'America/Toronto',
	hours jsonb not null default '[]'::jsonb,
	-- Every filter value as one token, for one GIN index that intersects filters inside a single
	-- index scan (and has element statistics the planner can use): 'c<term id>', 'l<language>',
	-- 's<status>' ('s*' open to everyone), 'm<mode>', 'a<feature>', 'free', 'fr', 'int', and the
	-- location's grid cells at three sizes 'g1:<lat/0.2>:<lon/0.2>', 'g2:…' (1°), 'g3:…' (5°).
	tokens text[] not null default '{}',
	refreshed_at timestamptz not null default now(),
	foreign key (partnership_id, service_id) references service (partnership_id, id) on delete cascade,
	foreign key (partnership_id, service_at_location_id) references service_at_location (partnership_id, id) on delete cascade,
	foreign key (partnership_id, location_id) references location (partnership_id, id) on delete cascade
);
create index service_search_partnership on service_search (partnership_id, service_id);
create index service_search_tsv_fr on service_search using gin (tsv_fr);
create index service_search_tsv_en on service_search using gin (tsv_en);
create index service_search_trgm on service_search using gin (trgm gin_trgm_ops);
create index service_search_earth on service_search using gist (ll_to_earth(latitude, longitude))
	where latitude is not null;
-- The arrays are filtered through tokens (one GIN index for every filter) and counted for facets.
create index service_search_tokens on service_search using gin (tokens);
create index service_search_sort_fr on service_search (partnership_id, sort_fr);
create index service_search_sort_en on service_search (partnership_id, sort_en);

-- Every name and synonym of every taxonomy term (fr, en, the newcomer languages), lowered and
-- unaccented, so a search whose words are a term's label expands to that category ("CLIC",
-- "anglais langue seconde", "سكن"). Rebuilt by a whole-partnership refreshServiceSearch().
create table service_search_label (
	partnership_id uuid not null references partnership (id) on delete cascade,
	term_id uuid not null,
	label text not null,
	primary key (partnership_id, label, term_id),
	foreign key (partnership_id, term_id) references taxonomy_term (partnership_id, id) on delete cascade
);

-- The words of the hits' names, organizations and categories (from service_search.trgm), for
-- typo correction: a search word found nowhere is replaced by its most similar word here
-- ("langauge" → "language", "logment" → "logement") before the full text runs again.
create table service_search_word (
	partnership_id uuid not null references partnership (id) on delete cascade,
	word text not null,
	primary key (partnership_id, word)
);
create index service_search_word_trgm on service_search_word using gin (word gin_trgm_ops);

-- What people searched for on the public directory, to show coordinators the needs people
-- bring and the searches that find nothing. Anonymous by design: no IP address, no account,
-- no cookie or session, no exact position (area is a coarse place label at most).
create table directory_search_log (
	id bigint generated always as identity primary key,
	partnership_id uuid not null references partnership (id) on delete cascade,
	searched_at timestamptz not null default now(),
	-- The interface language of the page the search came from.
	lang text not null check (lang in ('fr', 'en', 'ar', 'es', 'zh', 'pa', 'tl', 'uk', 'fa')),
	q text not null default '' check (length(q) <= 200),
	-- lower(unaccent(q)) with spaces collapsed: what the insights group by.
	normalized_q text not null default '' check (length(normalized_q) <= 200),
	filters jsonb not null default '{}'::jsonb check (jsonb_typeof(filters) = 'object'),
	result_count integer not null check (result_count >= 0),
	area text not null default '' check (length(area) <= 100)
);
create index directory_search_log_time on directory_search_log (partnership_id, searched_at);
