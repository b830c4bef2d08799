-- Keyword search that scales (issue 12): PostgreSQL's pg_trgm needs words of three characters, but most Chinese
-- words people type have two (按摩, 农村). Every offer keeps, in columns the database itself computes, its searched text
-- in lower case and the set of its one- and two-character pieces ("grams"), with a GIN index on the set. A search for
-- a word first asks the index for the offers that contain every two-character piece of the word (one-character words:
-- the character), then checks the few candidates with the exact substring test, so results are those of the old
-- '%word%' scan. No extension is needed, so the embedded and any external PostgreSQL both support it; rows that arrive
-- by plain SQL (imports, a sync, a restore) are searchable at once because generated columns are always up to date.

create function catalogue_search_text(variadic parts text[]) returns text
    language sql immutable parallel safe
    return lower(array_to_string(parts, ' '));

-- The distinct one- and two-character pieces of a text, without whitespace: what an offer can be found by. PL/pgSQL
-- because its arrays are indexed in constant time: a plain SQL version with substr() or c[i] on a 2,000-character text
-- took ~100× longer (both count from the start of the text each time).
create function catalogue_text_grams(t text) returns text[]
    language plpgsql immutable parallel safe strict
as $$
declare
    c text[] := string_to_array(regexp_replace(t, '\s+', ' ', 'g'), null);
    n integer := coalesce(cardinality(c), 0);
    pieces text[] := '{}';
begin
    for i in 1..n loop
        continue when c[i] = ' ';
        pieces := pieces || c[i];
        if i < n and c[i + 1] <> ' ' then
            pieces := pieces || (c[i] || c[i + 1]);
        end if;
    end loop;
    return array(select distinct p from unnest(pieces) as p);
end
$$;

-- The pieces an offer must have to contain the word: its two-character pieces, or the character of a one-character word.
create function catalogue_word_grams(word text) returns text[]
    language sql immutable parallel safe strict
    return case when length(word) < 2 then array[lower(word)]
        else array(select distinct substr(lower(word), i, 2) from generate_series(1, length(word) - 1) as i) end;

alter table catalogue_offer
    add column search_text text generated always as (catalogue_search_text(title_zh, title_en, summary_zh,
        summary_en, provider_zh, provider_en, township_zh, township_en, details_zh, details_en)) stored,
    add column search_grams text[] generated always as (catalogue_text_grams(catalogue_search_text(title_zh,
        title_en, summary_zh, summary_en, provider_zh, provider_en, township_zh, township_en, details_zh,
        details_en))) stored;

create index catalogue_offer_search_grams on catalogue_offer using gin (search_grams);
