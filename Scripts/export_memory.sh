#!/usr/bin/env bash
# Peak resident memory of `newsgraph export`, per format and per filter, measured by /usr/bin/time -f %M.
#
#   Scripts/export_memory.sh STORE [NEWSGRAPH] [OUT_DIR]
#
#   STORE      a NewsGraph store, e.g. one built by
#              .build/release/newsgraph ingest /work/shared/bench/reuters21578.jsonl --db /tmp/NAME-reuters.sqlite
#   NEWSGRAPH  the binary to measure (default .build/release/newsgraph; build with swift build -c release)
#   OUT_DIR    scratch folder for the exports (default a temporary folder, removed at the end)
#
# Prints one line per run: the peak RSS in MB, the wall time, the output size, and the command's options, then
# the largest peak. AROUND names the entity for the --around runs (default "United States"). With CHECK=OTHER_BINARY
# every export is also written by OTHER_BINARY and compared byte for byte (the "before" build, say), so one run
# shows both that memory went down and that the bytes did not change.
set -euo pipefail

store=${1:?usage: Scripts/export_memory.sh STORE [NEWSGRAPH] [OUT_DIR]}
newsgraph=${2:-.build/release/newsgraph}
out=${3:-$(mktemp -d)}
around=${AROUND:-United States}
check=${CHECK:-}
[[ -n "${3:-}" ]] || trap 'rm -rf "$out"' EXIT
mkdir -p "$out"

formats=(graphml dot gexf cytoscape neo4j)
# Each filter as one line of options (read into an array below, so names with spaces stay one argument).
filters=(
    ""
    "--top|200"
    "--top|100|--rank|score"
    "--around|$around|--depth|2"
    "--min-weight|3"
    "--relation|affiliated-with|--relation|co-occurrence"
    "--kind|person|--kind|organization"
    "--since|1986|--until|1987-06"
)

peak=0
failed=0
printf '%8s %7s %9s  %s\n' "peak MB" "secs" "out MB" "options"
for format in "${formats[@]}"; do
    for line in "${filters[@]}"; do
        IFS='|' read -r -a options <<<"$line"
        rm -rf "$out/export" "$out/check"
        target="$out/export"
        [[ $format == neo4j ]] || target="$out/export.$format"
        rm -f "$target"
        stats=$(/usr/bin/time -f '%M %e' "$newsgraph" export --db "$store" --format "$format" \
            --output "$target" ${options[@]+"${options[@]}"} 2>&1 >/dev/null | grep -v '^wrote ' | tail -1)
        kb=${stats%% *}
        secs=${stats##* }
        bytes=$(du -sb "$target" | cut -f1)
        note=""
        if [[ -n "$check" ]]; then
            reference="$out/check"
            [[ $format == neo4j ]] || reference="$out/check.$format"
            rm -rf "$reference"
            "$check" export --db "$store" --format "$format" --output "$reference" \
                ${options[@]+"${options[@]}"} >/dev/null 2>&1
            if diff -rq "$reference" "$target" >/dev/null; then note="  (same bytes)"; else
                note="  DIFFERENT BYTES"
                failed=1
            fi
            rm -rf "$reference"
        fi
        printf '%8.1f %7s %9.1f  --format %s %s%s\n' "$(echo "$kb / 1024" | bc -l)" "$secs" \
            "$(echo "$bytes / 1000000" | bc -l)" "$format" "${options[*]:-}" "$note"
        ((kb > peak)) && peak=$kb
        rm -rf "$target"
    done
done
printf 'largest peak: %.1f MB\n' "$(echo "$peak / 1024" | bc -l)"
exit $failed
