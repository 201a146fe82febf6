#!/usr/bin/env bash
# Instructions (callgrind, deterministic) that the analysis of one article costs, by stage, on the first 291 Reuters
# articles of the 1 MB sample Scripts/compare_peer.sh uses; with a base binary, side by side with the base and the ratio.
#
# Usage: Scripts/analysis_instructions.sh [BASE_BENCH_BINARY]
#   BASE_BENCH_BINARY: a release newsgraph-bench of another commit, e.g. the speed budget's base:
#     git worktree add /tmp/base 2669b3b && (cd /tmp/base && swift build -c release --product newsgraph-bench)
#     Scripts/analysis_instructions.sh /tmp/base/.build/release/newsgraph-bench
#   CORPUS (environment) defaults to ../shared/bench/reuters21578.jsonl.
#
# What is counted: `newsgraph-bench SAMPLE --phases extract --runs 1` analyzes the 291 articles twice (the one-core
# pass, then the all-cores pass; valgrind runs the threads one at a time) plus one warm-up article: 583 calls of
# `Analyzer.analyze`. Only instructions inside `Analyzer.analyze` are collected (--toggle-collect), so loading the
# gazetteers is not counted. "Analyzer.analyze, all" is that total; each stage is the inclusive cost of the functions
# `Analyzer.analyze` calls for it (matched by mangled name, so that builds with other module layouts compare).
# Hash seeds are random per process (Set, Dictionary), so figures move by about 1% from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-}
corpus=${CORPUS:-../shared/bench/reuters21578.jsonl}
command -v valgrind >/dev/null || { echo "Error: valgrind not found (apt-get install -y valgrind)" >&2; exit 1; }
if [ -n "$base" ] && [ ! -x "$base" ]; then echo "Error: '$base' is not an executable newsgraph-bench" >&2; exit 1; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The sample of compare_peer.sh (whole articles, at most 1,000,000 bytes of text), then its first 300,000 bytes
# without the cut last line: 291 articles.
python3 Scripts/bench_sample.py "$corpus" "$work/sample.jsonl" 2>/dev/null
head -c 300000 "$work/sample.jsonl" | head -n -1 > "$work/small.jsonl"
swift build -c release --product newsgraph-bench >/dev/null
profile() {  # binary, output name
  valgrind --tool=callgrind --toggle-collect='*AnalyzerV7analyze*' --callgrind-out-file="$work/$2.out" \
    "$1" "$work/small.jsonl" --phases extract --runs 1 >/dev/null 2>"$work/$2.log"
  callgrind_annotate --inclusive=yes --tree=calling --threshold=100 "$work/$2.out" >"$work/$2.tree" 2>/dev/null
}
profile .build/release/newsgraph-bench this
[ -n "$base" ] && profile "$base" base
python3 - "$(wc -l < "$work/small.jsonl")" "$work/this.tree" ${base:+"$work/base.tree"} <<'PY'
import re, sys
stages = [
    ("relations (RelationFinder.find)", r"RelationFinderV4find"),
    ("tokenizing, sentences, extraction (Document + EntityExtractor.mentions)",
     r"TokenizerV8document|DocumentV4text6blocks|EntityExtractorV8mentions|ExtractionPassV3run|ExtractionPassV8document7scalars|ExtractionPassVWOh"),
    ("cleaning (Cleaner.clean)", r"CleanerV5clean"),
    ("resolution (Resolver.resolve)", r"ResolverV7resolve"),
    ("metadata sniffing (MetadataSniffer)", r"MetadataSniffer"),
]
def parse(path):
    text = open(path).read()
    total = int(re.search(r"^\s*([\d,]+) +\(100\.0%\)\s+PROGRAM TOTALS", text, re.M).group(1).replace(",", ""))
    cost = {name: 0 for name, _ in stages}
    for block in text.split("\n\n"):
        lines = block.strip("\n").split("\n")
        head = [l for l in lines if "  *  " in l]
        if not head or not re.search(r"AnalyzerV7analyze", head[0]):
            continue
        for l in lines:
            if "  >   " not in l:
                continue
            value = int(l.split("(")[0].replace(",", "").strip())
            for name, pattern in stages:
                if re.search(pattern, l):
                    cost[name] += value
                    break
    rows = [("Analyzer.analyze, all", total)] + [(name, cost[name]) for name, _ in stages]
    rows.append(("other (TextBuffer, copies, the rest)", total - sum(cost.values())))
    return rows
articles = int(sys.argv[1])
this = parse(sys.argv[2])
base = parse(sys.argv[3]) if len(sys.argv) > 3 else None
print(f"instructions, callgrind, {articles} articles analyzed twice (one-core and all-cores passes) + 1 warm-up")
width = max(len(name) for name, _ in this)
if base:
    print(f"{'stage':<{width}}  {'base':>10}  {'this':>10}  {'this/base':>9}")
    for (name, b), (_, t) in zip(base, this):
        ratio = f"{t / b:9.2f}" if b else "        -"
        print(f"{name:<{width}}  {b / 1e6:9.1f}M  {t / 1e6:9.1f}M  {ratio}")
    print(f"budget (base x 1.15) for Analyzer.analyze: {base[0][1] * 1.15 / 1e6:.1f}M")
else:
    print(f"{'stage':<{width}}  {'this':>10}")
    for name, t in this:
        print(f"{name:<{width}}  {t / 1e6:9.1f}M")
PY
