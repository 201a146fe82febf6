#!/usr/bin/env bash
# Dumps what resolution decides, as sorted text, so that a speed change of Sources/Resolution can be checked to leave
# the output identical: every mention (article, offsets, text, rule, the resolver's entity name and kind, the stored
# entity) and alias (name, reason, entity) of `newsgraph ingest` on the seeds and the first 3,000 Reuters articles,
# and the entities of `newsgraph extract` on the GUM dev file.
#
# Usage: Scripts/resolution_output_check.sh NEWSGRAPH_BINARY OUT_DIR
#   then `diff -r OUT_DIR_BEFORE OUT_DIR_AFTER` (no output = identical).
#   CORPUS (environment) defaults to ../shared/bench/reuters21578.jsonl, GUM to ../shared/eval/gum_dev.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:?usage: resolution_output_check.sh NEWSGRAPH_BINARY OUT_DIR}
out=${2:?usage: resolution_output_check.sh NEWSGRAPH_BINARY OUT_DIR}
corpus=${CORPUS:-../shared/bench/reuters21578.jsonl}
gum=${GUM:-../shared/eval/gum_dev.jsonl}
[ -x "$binary" ] || { echo "Error: '$binary' is not an executable newsgraph" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "Error: sqlite3 not found" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n 3000 "$corpus" > "$work/reuters.jsonl"
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
seeds=$(pwd)/seeds
dump() {  # input, name (article keys name the input's path: the temporary folder is cut from them)
  (cd "$work" && "$binary" ingest "$1" --db "$2.sqlite" >/dev/null 2>"$2.log")
  sqlite3 -separator $'\t' "$work/$2.sqlite" "
    SELECT a.key, m.start, m.end, m.text, m.rule, m.extracted_name, m.extracted_kind, e.name, e.kind
    FROM mention m JOIN article a ON a.id = m.article_id LEFT JOIN entity e ON e.id = m.entity_id;" \
    | sed "s|$work/||" | LC_ALL=C sort > "$out/$2.mentions.tsv"
  sqlite3 -separator $'\t' "$work/$2.sqlite" "
    SELECT a.key, al.name, al.reason, al.extracted_name, al.extracted_kind, e.name, e.kind
    FROM alias al JOIN article a ON a.id = al.article_id LEFT JOIN entity e ON e.id = al.entity_id;" \
    | sed "s|$work/||" | LC_ALL=C sort > "$out/$2.aliases.tsv"
}
dump "$seeds" seeds
dump reuters.jsonl reuters
"$binary" extract "$gum" > "$out/gum.extract.txt" 2>&1 || true
wc -l "$out"/*
