#!/usr/bin/env bash
# Times single curation decisions on a copy of a store: `merge NAME TARGET`, then its `split`.
# Usage: Scripts/identity/curation_speed.sh NEWSGRAPH-BINARY STORE.sqlite NAME TARGET
# Prints the wall-clock seconds of each command (the store given is not modified).
set -euo pipefail
bin=$1 store=$2 name=$3 target=$4
copy=$(mktemp -d)/store.sqlite
sqlite3 "$store" ".backup '$copy'"
time_it() {
  local start end
  start=$(date +%s.%N)
  "$bin" "$@" --db "$copy" > /dev/null
  end=$(date +%s.%N)
  echo "$*: $(echo "$end - $start" | bc) s"
}
time_it merge "$name" "$target"
time_it split "$name"
time_it merge "$name" "$target"
rm -rf "$(dirname "$copy")"
