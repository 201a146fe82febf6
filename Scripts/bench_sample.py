#!/usr/bin/env python3
"""The benchmark sample: the first whole articles of a JSON Lines corpus whose texts add up to at most 1,000,000
UTF-8 bytes, written as {"id", "text"} lines. Shared by Scripts/compare_peer.sh and Scripts/analysis_instructions.sh
so that both measure the same articles.

Usage: python3 Scripts/bench_sample.py CORPUS.jsonl OUT.jsonl
"""
import json
import sys

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
