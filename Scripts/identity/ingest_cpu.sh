#!/usr/bin/env bash
# CPU time (user+sys) of the Reuters ingest benchmark for a baseline build and this build, alternated back to back.
# Usage: Scripts/identity/ingest_cpu.sh BASE-BENCH-BINARY THIS-BENCH-BINARY CORPUS.jsonl [RUNS] [MAIN-BENCH-BINARY]
# Each run is `newsgraph-bench CORPUS --runs 1 --phases ingest` (two fresh ingests and one unchanged re-ingest);
# prints one line per run and the median of each build. With MAIN-BENCH-BINARY (the branch point, e.g. main) it is
# measured in the same rotation, so a difference can be told apart from what the branch point already costs.
# Build the baseline in a worktree, e.g.
#   git worktree add /tmp/base 2669b3b && (cd /tmp/base && swift build -c release --product newsgraph-bench)
set -euo pipefail
base=$1 this=$2 corpus=$3 runs=${4:-3} main=${5:-}
builds="base this"
[ -n "$main" ] && builds="base main this"
out=$(mktemp -d)
for i in $(seq 1 "$runs"); do
  for v in $builds; do
    bin=$base
    [ "$v" = this ] && bin=$this
    [ "$v" = main ] && bin=$main
    /usr/bin/time -f "%U %S" -o "$out/$v-$i.time" "$bin" "$corpus" --runs 1 --phases ingest > "$out/$v-$i.log" 2>&1
    echo "$v run $i: $(awk '{printf "%.2f", $1 + $2}' "$out/$v-$i.time") s CPU"
  done
done
for v in $builds; do
  echo "$v median: $(cat "$out"/$v-*.time | awk '{print $1 + $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s CPU"
done
rm -rf "$out"
