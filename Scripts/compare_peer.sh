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
python3 Scripts/bench_sample.py "$corpus" "$sample"
swift build -c release --product newsgraph-bench >/dev/null
# The two alternate, run by run, so that a change in the machine's speed during the script affects both alike.
peer=()
ours=()
for _ in $(seq "$runs"); do
  peer+=("$("$venv/bin/python" ../shared/eval/peer_spacy.py "$sample" --only-ner --out /dev/null 2>&1 | sed -n 's/^words_per_s: //p')")
  ours+=("$(.build/release/newsgraph-bench "$sample" --phases extract --runs 1 | sed -n 's/^extract, 1 core: words\/s *\([0-9.]*\).*/\1/p')")
done
python3 - "${#peer[@]}" "${peer[@]}" "${ours[@]}" <<'PY'
import statistics, sys
n = int(sys.argv[1])
peer = [float(x) for x in sys.argv[2:2 + n]]
ours = [float(x) for x in sys.argv[2 + n:]]
print(f"peer (spaCy en_core_web_sm, NER only, 1 process): {statistics.median(peer):12.0f} words/s (median of {n})")
print(f"newsgraph extract (1 core):                        {statistics.median(ours):12.0f} words/s (median of {n})")
print(f"ratio of medians:                                  {statistics.median(ours) / statistics.median(peer):12.1f}x")
print(f"ratio run by run:                                  " + ", ".join(f"{o / p:.1f}x" for o, p in zip(ours, peer)))
PY
