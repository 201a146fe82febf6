#!/usr/bin/env bash
# Runs the test suite under the address and the thread sanitizer, each with its own scratch path
# (.build-asan, .build-tsan), so the normal .build stays as it is. Heavy: run on demand, not in CI.
#
#   Scripts/sanitize.sh                 # both, whole suite
#   Scripts/sanitize.sh Robustness      # both, only tests matching a filter
set -uo pipefail
cd "$(dirname "$0")/.."
filter=()
[ $# -gt 0 ] && filter=(--filter "$1")
status=0
# SANITIZERS="thread" runs one of them.
for sanitizer in ${SANITIZERS:-address thread}; do
    scratch=".build-${sanitizer:0:1}san"
    log="$scratch/sanitize.log"
    mkdir -p "$scratch"
    echo "== swift test --sanitize=$sanitizer --scratch-path $scratch ${filter[*]}"
    if SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=halt_on_error=1 \
        swift test --sanitize="$sanitizer" --scratch-path "$scratch" "${filter[@]}" >"$log" 2>&1; then
        echo "passed"
    else
        status=1
        echo "FAILED; see $log"
    fi
    grep -E "Test run with|Executed [0-9]+ tests|ERROR: (Address|Thread)Sanitizer|WARNING: ThreadSanitizer|SUMMARY:" "$log" | sort | uniq -c | head -20
done
exit "$status"
