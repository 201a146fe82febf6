#!/usr/bin/env bash
# Fuzzes reading/tokenizing/extraction (text), the exporters' escaping and the GraphML and DOT writers (export), and
# the curation-file and user-rules parsers (parsers) with libFuzzer, SECONDS per target.
#
#   Scripts/fuzz.sh 60
#
# Builds the fuzz targets with -sanitize=fuzzer and address (own scratch path .build-fuzz), seeds each working
# corpus (.build-fuzz/corpus/TARGET, kept between runs) from Tests/Fixtures/robustness/fuzz-seeds and the
# regressions, and writes crashing inputs to .build-fuzz/findings/TARGET/. Each finding becomes a regression:
# copy it to Tests/Fixtures/robustness/fuzz-regressions/TARGET/ (RobustnessFuzzRegressionTests replays them)
# and fix the bug. Exit status: 0 when no target found anything. FUZZ_TARGETS picks targets (default: text export
# parsers); FUZZ_TIMEOUT is the seconds one input may take (default 30: the first input loads the gazetteers, which
# under the address sanitizer on a loaded machine took 12 s and was reported as a timeout at 10).
set -euo pipefail
seconds="${1:?usage: Scripts/fuzz.sh SECONDS}"
cd "$(dirname "$0")/.."
scratch=.build-fuzz
# One combined -sanitize flag: as two flags the later one replaces the first and coverage is lost.
flags=(--scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING)
status=0
for target in ${FUZZ_TARGETS:-text export parsers}; do
    product="newsgraph-fuzz-$target"
    swift build "${flags[@]}" --product "$product"
    binary="$(swift build "${flags[@]}" --show-bin-path)/$product"
    corpus="$scratch/corpus/$target"
    findings="$scratch/findings/$target"
    mkdir -p "$corpus" "$findings"
    cp -n Tests/Fixtures/robustness/fuzz-seeds/"$target"/* "$corpus"/ 2>/dev/null || true
    cp -n Tests/Fixtures/robustness/fuzz-regressions/"$target"/* "$corpus"/ 2>/dev/null || true
    echo "== $product: $seconds s, corpus $corpus ($(ls "$corpus" | wc -l) inputs)"
    # Swift's own backtracer would catch the trap first; let libFuzzer see the signal and save the input.
    if ! SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary" "$corpus" \
        -max_total_time="$seconds" -max_len=16384 -len_control=20 -timeout="${FUZZ_TIMEOUT:-30}" -rss_limit_mb=4096 \
        -artifact_prefix="$findings/" -print_final_stats=1 2>"$scratch/fuzz-$target.log"; then
        status=1
        echo "!! $product found a problem; see $scratch/fuzz-$target.log and $findings/"
    fi
    grep -E "^(stat::number_of_executed_units|stat::new_units_added|Done|#[0-9]+.*DONE)" "$scratch/fuzz-$target.log" || true
    tail -n 3 "$scratch/fuzz-$target.log"
done
exit "$status"
