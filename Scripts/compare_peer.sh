#!/usr/bin/env bash
# Extraction speed against the peer (spaCy's small English model, NER only) on the same 1 MB sample,
# in the same run, on this machine. Prints the median words/s of each and their ratio.
# Usage: Scripts/compare_peer.sh [CORPUS.jsonl] [RUNS]
#   CORPUS defaults to ../shared/bench/reuters21578.jsonl; RUNS to 3.
#   The peer venv is made by ../shared/eval/setup_peer_spacy.sh (default /tmp/spacy-venv; SPACY_VENV overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/bench/reuters21578.jsonl}
runs=${2:-3}
venv=${SPACY_VENV:-/tmp/spacy-venv}
[ -x "$venv/bin/python" ] || bash ../shared/eval/setup_peer_spacy.sh "$venv" >/dev/null
sample=$(mktemp --suffix=.jsonl)
trap 'rm -f "$sample"' EXIT
# The first whole articles whose texts add up to at most 1,000,000 UTF-8 bytes.
python3 - "$corpus" "$sample" <<'PY'
import json, sys
total = 0
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as dst:
    for line in src:
        doc = json.loads(line)
        size = len(doc["text"].encode("utf-8"))
        if total + size > 1_000_000:
            break
        total += size
        dst.write(json.dumps({"id": str(doc["id"]), "text": doc["text"]}, ensure_ascii=False) + "\n")
print(f"sample: {total} bytes of text", file=sys.stderr)
PY
swift build -c release --product newsgraph-bench >/dev/null
peer=()
for _ in $(seq "$runs"); do
  peer+=("$("$venv/bin/python" ../shared/eval/peer_spacy.py "$sample" --only-ner --out /dev/null 2>&1 | sed -n 's/^words_per_s: //p')")
done
ours=$(.build/release/newsgraph-bench "$sample" --phases extract --runs "$runs" | sed -n 's/^extract, 1 core: words\/s *\([0-9.]*\).*/\1/p')
python3 - "$ours" "${peer[@]}" <<'PY'
import statistics, sys
ours = float(sys.argv[1])
peer = statistics.median(float(x) for x in sys.argv[2:])
print(f"peer (spaCy en_core_web_sm, NER only, 1 process): {peer:12.0f} words/s (median of {len(sys.argv) - 2})")
print(f"newsgraph extract (1 core):                        {ours:12.0f} words/s (median)")
print(f"ratio:                                             {ours / peer:12.1f}x")
PY
