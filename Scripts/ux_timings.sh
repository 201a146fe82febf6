#!/usr/bin/env bash
# What a user waits for on a real corpus: `build`, every example command of README.md and docs/, and a single
# curation `merge`, each run as a user would on a terminal (a pseudo-terminal: progress shows), with its wall time
# and the longest stretch with nothing new on the terminal.
#
#   bash Scripts/ux_timings.sh CORPUS.jsonl [NEWSGRAPH]
#   bash Scripts/ux_timings.sh /work/shared/bench/reuters21578.jsonl .build/release/newsgraph
#
# Budgets (issue 16): build < 60 s, every example < 10 s, a single curation decision (merge, split, undo) < 1 s,
# nothing silent for more than 2 s.
# Each line: wall seconds, CPU seconds (user + system: on a loaded shared machine the wall time is several times
# the CPU time), longest silence in seconds, exit status, OK or OVER (by wall time), then cpu-ok or cpu-over (the CPU
# time against the same budget: what stays comparable at any load; a command that fits its budget in CPU fits it in
# wall time on an idle machine unless it waits on disk or uses both cores), the command. Names in the examples are
# those of the seed article; on another corpus they are replaced by names of that corpus (set below for Reuters).
# Everything is written under a temporary folder, removed at the end (the store is never kept: Reuters is
# research use only).
set -euo pipefail

corpus=${1:?usage: ux_timings.sh CORPUS.jsonl [NEWSGRAPH]}
newsgraph=$(realpath "${2:-.build/release/newsgraph}")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/ux-timings.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"

# Reuters names standing for the seed's: a person, an organization, a place, another person and a misspelling.
person=${UX_PERSON:-Paul Volcker}
organization=${UX_ORGANIZATION:-Federal Reserve}
place=${UX_PLACE:-Tokyo}
other=${UX_OTHER:-James Baker}
misspelt=${UX_MISSPELT:-Paul Volker}
# A duplicate the audit lists, and the entity it should join (a single curation decision).
duplicate=${UX_DUPLICATE:-Coca Cola Co}
keep=${UX_KEEP:-Coca-Cola Co}
eval_gold=${UX_GOLD:-/work/shared/eval/gum_dev.jsonl}

# Runs a command on a pseudo-terminal (standard output and error, unless standard output is redirected to a file
# with `> FILE` as the last two words) and prints seconds, the longest silence and the exit status.
cat > runner.py <<'PY'
import os, pty, resource, select, subprocess, sys, time
args = sys.argv[1:]
out = None
if len(args) > 2 and args[-2] == ">":
    out = open(args[-1], "wb")
    args = args[:-2]
master, slave = pty.openpty()
start = last = time.monotonic()
silence = 0.0
process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=out or slave, stderr=slave, close_fds=True)
os.close(slave)
while True:
    ready, _, _ = select.select([master], [], [], 0.05)
    now = time.monotonic()
    if ready:
        try:
            data = os.read(master, 65536)
        except OSError:
            data = b""
        if data:
            silence = max(silence, now - last)
            last = now
            continue
    if process.poll() is not None and not ready:
        break
    if ready and not data:
        break
process.wait()
end = time.monotonic()
silence = max(silence, end - last)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{end - start:.2f} {silence:.2f} {process.returncode} {usage.ru_utime + usage.ru_stime:.2f}")
PY

over=0
cpu_over=0
# run BUDGET [--exit N] COMMAND...: one timed line; the command must exit with status N (0 unless given).
run() {
    local budget=$1 expected=0
    shift
    if [ "$1" = --exit ]; then
        expected=$2
        shift 2
    fi
    local result seconds silence status cpu verdict=OK cpu_verdict=cpu-ok
    result=$(python3 runner.py "$@")
    read -r seconds silence status cpu <<< "$result"
    if [ "$status" != "$expected" ] || awk -v s="$seconds" -v b="$budget" -v q="$silence" 'BEGIN { exit !(s > b || q > 2) }'; then
        verdict=OVER
        over=$((over + 1))
    fi
    if awk -v c="$cpu" -v b="$budget" 'BEGIN { exit !(c > b) }'; then
        cpu_verdict=cpu-over
        cpu_over=$((cpu_over + 1))
    fi
    local shown=("${@/#$newsgraph/newsgraph}")
    printf '%7s s  cpu %6s s  silent %5s s  exit %s  %-4s  %-8s  %s\n' "$seconds" "$cpu" "$silence" "$status" \
        "$verdict" "$cpu_verdict" "${shown[*]}"
}

db=out/graph.sqlite
echo "# load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
echo "# build (budget 60 s)"
run 60 "$newsgraph" build "$corpus" --out out
if [ -f out/graph.svg ]; then
    svg_bytes=$(wc -c < out/graph.svg)
    svg_nodes=$(grep -c 'class="node"' out/graph.svg || true)
    svg_edges=$(grep -c 'class="edge"' out/graph.svg || true)
    echo "picture: out/graph.svg, $svg_bytes bytes, $svg_nodes nodes, $svg_edges edges"
fi

echo "# README.md examples (budget 10 s each)"
run 10 "$newsgraph" --version
run 10 "$newsgraph" clean "$root/seeds"
run 10 "$newsgraph" entities --db "$db" --kind person
run 10 "$newsgraph" why "$person" "$organization" --db "$db"
run 10 "$newsgraph" links "$place" --db "$db"
run 10 "$newsgraph" path "$person" "$other" --db "$db"
run 10 "$newsgraph" stats --db "$db"
run 10 "$newsgraph" extract "$eval_gold" ">" pred.jsonl
run 10 "$newsgraph" eval --gold "$eval_gold" --errors 20

echo "# docs/queries.md examples"
run 10 --exit 1 "$newsgraph" links "$misspelt" --db "$db"
run 10 "$newsgraph" links "$person" --depth 2 --db "$db"
run 10 "$newsgraph" path "$person" "$organization" --db "$db"
run 10 "$newsgraph" why "$place" "$person" --db "$db"
run 10 "$newsgraph" path "Clayton Yeutter" "Karl Otto Poehl" --exclude-kind place --max-degree 200 --db "$db"

echo "# docs/audit.md examples"
run 10 "$newsgraph" show "$person" --db "$db"
run 10 "$newsgraph" audit --db "$db" --format json --output audit.json
run 10 "$newsgraph" audit --format html --output audit.html --db "$db"
run 10 "$newsgraph" audit --limit 50 --db "$db"

echo "# docs/export.md examples"
run 10 "$newsgraph" export --db "$db" --output graph.graphml
run 10 "$newsgraph" export --db "$db" --format dot --around "$person" --depth 2 ">" z.dot
run 10 "$newsgraph" export --db "$db" --format neo4j --output neo4j/
run 10 "$newsgraph" export --db "$db" --top 100 --rank weight --min-weight 20 --output graph.svg

echo "# docs/quality.md and docs/rules.md examples"
run 10 "$newsgraph" ingest "$corpus" --db reuters.sqlite
run 10 "$newsgraph" eval --gold "$corpus" --timing ">" /dev/null
mkdir -p my-rules
printf 'organization\tSalomon Brothers\n' > my-rules/companies.gazetteer
run 10 "$newsgraph" extract --rules my-rules "$root/seeds" ">" mentions.jsonl
run 10 "$newsgraph" eval --gold "$eval_gold" --rules my-rules

echo "# curation (budget 1 s for merge, split and undo; 10 s for the others)"
run 1 "$newsgraph" merge "$duplicate" "$keep" --note "same company" --db "$db"
run 1 "$newsgraph" split "$duplicate" --db "$db"
run 1 "$newsgraph" merge "$duplicate" "$keep" --db "$db"
undo_id=$("$newsgraph" log --db "$db" --format json | python3 -c 'import json, sys; print(max(e["id"] for e in json.load(sys.stdin) if not e.get("undone")))')
run 1 "$newsgraph" curation undo "$undo_id" --db "$db"
run 10 "$newsgraph" log --db "$db"
run 10 "$newsgraph" curation export --output curation.txt --db "$db"

echo "# first 50 rows of the audit"
python3 - audit.json <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
print(f"{len(rows)} rows")
for i, r in enumerate(rows[:50], 1):
    print(f"{i:3} {r['score']:6.2f}  {r['name']} ({r['kind']}, {r['mentions']} mentions, {r['degree']} relations)  {' '.join(r['codes'])}")
PY

echo "over budget: $over (by wall time), $cpu_over (by CPU time)"
uptime
