#!/usr/bin/env bash
# CPU cost of binding by name (Statement.set(":name", ...)) against binding by number, for the 13 columns of the
# evidence insert, 1,000,000 rows, 3 rounds. Compiles the store's connection files with -O outside SwiftPM.
#
#   bash Scripts/bench-named-binds/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cp Scripts/bench-named-binds/main.swift.txt "$out/main.swift"
export PATH=/opt/swift/usr/bin:$PATH
swiftc -O -package-name bench -I Sources/CSQLite -module-name Bench \
    Sources/Store/{Database,Statement,StoreError,ResultCode,SQLValue,SQLBindable}.swift "$out/main.swift" -o "$out/bench"
"$out/bench"
