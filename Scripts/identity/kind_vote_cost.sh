#!/usr/bin/env bash
# CPU of the two queries the article-by-article kind vote adds to every identity refresh (GraphStore+Kinds), run by the
# sqlite3 shell on a copy of a store: the per-article mention groups of entities typed several kinds, and the one-word
# towns whose name ends a person named in full in the same article. Prints sqlite3's timer lines.
# Usage: Scripts/identity/kind_vote_cost.sh STORE.sqlite
set -euo pipefail
store=${1:?usage: kind_vote_cost.sh STORE.sqlite}
[ -f "$store" ] || { echo "Error: $store: no such store" >&2; exit 1; }
copy=$(mktemp)
trap 'rm -f "$copy"' EXIT
cp "$store" "$copy"
towns="'place.city', 'place.context-cue', 'place.gazetteer'"
people="'person.administration-cue', 'person.age-cue', 'person.citation-cue', 'person.given-name', 'person.role-cue', 'person.title-cue'"
sqlite3 "$copy" <<SQL
CREATE TEMP TABLE kind_entity AS SELECT entity_id AS id FROM mention WHERE entity_id IS NOT NULL
  GROUP BY entity_id HAVING count(DISTINCT extracted_kind) > 1;
CREATE TEMP TABLE last_word AS SELECT DISTINCT lower(substr(extracted_name,
  length(rtrim(extracted_name, replace(extracted_name, ' ', ''))) + 1)) AS word FROM mention
  WHERE extracted_kind = 'person' AND instr(extracted_name, ' ') > 0 AND rule IN ($people);
CREATE TEMP TABLE kind_town AS SELECT DISTINCT entity_id AS id FROM mention WHERE extracted_kind = 'place'
  AND rule IN ($towns) AND instr(extracted_name, ' ') = 0 AND lower(extracted_name) IN (SELECT word FROM last_word);
SELECT 'entities typed several kinds: ' || count(*) FROM kind_entity;
SELECT 'towns ending a full name somewhere: ' || count(*) FROM kind_town;
.timer on
SELECT 'per-article groups: ' || count(*) FROM (SELECT entity_id, article_id, extracted_kind, rule, count(*),
  sum(confidence) FROM mention WHERE entity_id IN (SELECT id FROM temp.kind_entity)
  GROUP BY entity_id, article_id, extracted_kind, rule);
SELECT 'town articles naming the person: ' || count(*) FROM (SELECT DISTINCT m.entity_id, m.article_id FROM mention m
  JOIN mention p ON p.article_id = m.article_id WHERE m.entity_id IN (SELECT id FROM temp.kind_town)
  AND m.extracted_kind = 'place' AND m.rule IN ($towns) AND instr(m.extracted_name, ' ') = 0
  AND p.extracted_kind = 'person' AND p.rule IN ($people) AND length(p.extracted_name) > length(m.extracted_name) + 1
  AND substr(p.extracted_name, -length(m.extracted_name) - 1) = ' ' || m.extracted_name COLLATE NOCASE);
SQL
