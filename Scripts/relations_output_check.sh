#!/usr/bin/env bash
# Dumps the relations and their evidence that `newsgraph ingest` stores for the seed folder and for the first
# 3,000 Reuters articles, as sorted text, so that a speed change of Sources/Relations can be checked to give
# IDENTICAL output: make the dump with the build before the change, then with the build after, and diff.
#
# Usage: Scripts/relations_output_check.sh NEWSGRAPH_BINARY OUTPUT_FILE
#   e.g. Scripts/relations_output_check.sh .build/release/newsgraph /tmp/relations-before.txt
#        ... change, swift build -c release ...
#        Scripts/relations_output_check.sh .build/release/newsgraph /tmp/relations-after.txt
#        diff /tmp/relations-before.txt /tmp/relations-after.txt && echo identical
#   CORPUS (environment) defaults to ../shared/bench/reuters21578.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:?Usage: Scripts/relations_output_check.sh NEWSGRAPH_BINARY OUTPUT_FILE}
output=${2:?Usage: Scripts/relations_output_check.sh NEWSGRAPH_BINARY OUTPUT_FILE}
corpus=${CORPUS:-../shared/bench/reuters21578.jsonl}
[ -x "$binary" ] || { echo "Error: '$binary' is not an executable newsgraph" >&2; exit 1; }
[ -f "$corpus" ] || { echo "Error: corpus '$corpus' not found (a JSON Lines file expected)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "Error: sqlite3 not found" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n 3000 "$corpus" > "$work/reuters3000.jsonl"
dump() {  # store, label
  sqlite3 -separator $'\t' "$1" "
    SELECT 'relation', s.name, s.kind, t.name, t.kind, r.kind, r.label, r.directed, r.weight, r.articles,
           IFNULL(r.first_date, ''), IFNULL(r.last_date, '')
    FROM relation r JOIN entity s ON s.id = r.source_id JOIN entity t ON t.id = r.target_id;
    SELECT 'evidence', a.key, e.sentence, e.start, e.end, e.rule, e.kind, e.label, e.directed,
           e.source_name, e.source_kind, e.target_name, e.target_kind
    FROM evidence e JOIN article a ON a.id = e.article_id;" | sed -e "s#$work/##" -e "s#$PWD/##" -e "s/^/$2\t/" | LC_ALL=C sort
}
"$binary" ingest seeds --db "$work/seed.sqlite" >/dev/null
"$binary" ingest "$work/reuters3000.jsonl" --db "$work/reuters.sqlite" >/dev/null
{ dump "$work/seed.sqlite" seed; dump "$work/reuters.sqlite" reuters; } > "$output"
echo "$(grep -c $'\trelation\t' "$output") relations, $(grep -c $'\tevidence\t' "$output") evidence rows -> $output"
