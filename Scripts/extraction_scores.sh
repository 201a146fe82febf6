#!/usr/bin/env bash
# Exact-match F1 of `newsgraph extract` on the four gold files of ../shared/eval (train and dev of GUM and CoNLL-2003):
# person, place, organization and the three together, as score.py computes them.
# Usage: bash Scripts/extraction_scores.sh [BINARY] [EVAL_DIR]
set -euo pipefail
bin=${1:-.build/release/newsgraph}
eval_dir=${2:-/work/shared/eval}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-16s %7s %7s %7s %7s\n' set person place org p+p+o
for set in gum_train gum_dev conll2003_train conll2003_dev; do
    "$bin" extract "$eval_dir/$set.jsonl" > "$out/$set.jsonl"
    python3 "$eval_dir/score.py" "$eval_dir/$set.jsonl" "$out/$set.jsonl" --types person,place,organization --json \
        | python3 -c '
import json, sys
d = json.load(sys.stdin)
ex = d["exact"]
f = lambda t: ex[t]["f1"]
print("%-16s %7.3f %7.3f %7.3f %7.3f" % (sys.argv[1], f("person"), f("place"), f("organization"), f("all") if "all" in ex else f("overall")))
' "$set"
done
