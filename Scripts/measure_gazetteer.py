#!/usr/bin/env python3
"""Measure a name list against gold organization spans.

Usage: python3 Scripts/measure_gazetteer.py LIST GOLD.jsonl [--type organization] [--top 30] [--by-category]

LIST: one entry a line (first tab-separated field is the name, the second, if any, its category; `#` lines are
comments). GOLD: one JSON object a line {"id","text","entities":[{"start","end","type"}]}, offsets in Unicode
code points, half-open (Python string indices).

Reports
  coverage     the fraction of gold spans of --type whose text is exactly a list entry (case-sensitive, and
               with case folded);
  matched      the fraction of gold spans that a greedy leftmost-longest whole-word match of the list over the
               text finds exactly (case-sensitive);
  false fires  matches of list entries in the text (whole words, leftmost-longest, case-sensitive; and again
               with case folded) that are not inside any gold span of --type, with the most frequent ones and
               the gold type they fall in (person, place, misc, or none).
It only reads the gold file to measure; nothing from it is written anywhere.
"""
import argparse
import collections
import json
import re

TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def norm(s):
    return s.replace("’", "'")


def tokenize(text):
    return [(m.start(), m.end(), norm(m.group())) for m in TOKEN.finditer(text)]


def load_list(path):
    entries = {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        entries[parts[0]] = (parts[1] if len(parts) > 1 else "", parts[2] if len(parts) > 2 else "")
    return entries


def build_index(entries, fold):
    index = {}
    maxlen = 0
    for name, (cat, src) in entries.items():
        key = tuple(t for _, _, t in tokenize(name))
        if fold:
            key = tuple(t.lower() for t in key)
        if key:
            index.setdefault(key, (name, cat, src))
            maxlen = max(maxlen, len(key))
    return index, maxlen


def matches(text, index, maxlen, fold):
    toks = tokenize(text)
    words = [t.lower() if fold else t for _, _, t in toks]
    i = 0
    while i < len(toks):
        for n in range(min(maxlen, len(toks) - i), 0, -1):
            key = tuple(words[i:i + n])
            hit = index.get(key)
            if hit:
                yield toks[i][0], toks[i + n - 1][1], hit
                i += n
                break
        else:
            i += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("list")
    ap.add_argument("gold")
    ap.add_argument("--type", default="organization")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--by-category", action="store_true",
                    help="matches inside/outside gold spans per list category (2nd field) and source tag (3rd field)")
    args = ap.parse_args()

    entries = load_list(args.list)
    folded = {norm(k).lower() for k in entries}
    exact = {norm(k) for k in entries}
    idx_cs = build_index(entries, False)
    idx_ci = build_index(entries, True)

    docs = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    n_gold = in_cs = in_ci = found = 0
    stats = {}
    for fold, (index, maxlen) in (("case-sensitive", idx_cs), ("case-folded", idx_ci)):
        stats[fold] = {"hits": 0, "false": 0, "false_names": collections.Counter(), "false_type": collections.Counter(),
                       "cat_false": collections.Counter(), "cat_hit": collections.Counter(),
                       "src_false": collections.Counter(), "src_hit": collections.Counter()}
    for d in docs:
        text = d["text"]
        gold = [(e["start"], e["end"]) for e in d["entities"] if e["type"] == args.type]
        other = [(e["start"], e["end"], e["type"]) for e in d["entities"] if e["type"] != args.type]
        gold_set = set(gold)
        for s, e in gold:
            n_gold += 1
            t = norm(text[s:e])
            in_cs += t in exact
            in_ci += t.lower() in folded
        for fold, (index, maxlen) in (("case-sensitive", idx_cs), ("case-folded", idx_ci)):
            st = stats[fold]
            for s, e, (name, cat, src) in matches(text, index, maxlen, fold == "case-folded"):
                if fold == "case-sensitive" and (s, e) in gold_set:
                    found += 1
                if any(gs <= s and e <= ge for gs, ge in gold):
                    st["hits"] += 1
                    st["cat_hit"][cat] += 1
                    for t in src.split(","):
                        st["src_hit"][t] += 1
                else:
                    st["false"] += 1
                    st["cat_false"][cat] += 1
                    for t in src.split(","):
                        st["src_false"][t] += 1
                    st["false_names"][text[s:e]] += 1
                    inside = [t for os_, oe, t in other if os_ <= s and e <= oe]
                    st["false_type"][inside[0] if inside else "none"] += 1

    pct = lambda a, b: f"{100.0 * a / b:.1f}%" if b else "n/a"
    print(f"list: {args.list} ({len(entries)} entries); gold: {args.gold} ({len(docs)} documents, {n_gold} {args.type} spans)")
    print(f"coverage: gold span text in list: case-sensitive {in_cs}/{n_gold} = {pct(in_cs, n_gold)}; "
          f"case-folded {in_ci}/{n_gold} = {pct(in_ci, n_gold)}")
    print(f"matched: leftmost-longest match equals a gold span: {found}/{n_gold} = {pct(found, n_gold)}")
    for fold, st in stats.items():
        total = st["hits"] + st["false"]
        print(f"{fold}: {total} matches in text, {st['hits']} inside a gold {args.type} span, "
              f"{st['false']} outside (false fires; {pct(st['false'], total)} of matches); "
              f"false fires inside gold spans of other types: {dict(st['false_type'].most_common())}")
        if args.by_category:
            cats = sorted(set(st["cat_hit"]) | set(st["cat_false"]))
            print("  per category (inside/outside): " + ", ".join(f"{c or '-'} {st['cat_hit'][c]}/{st['cat_false'][c]}" for c in cats))
            srcs = sorted(set(st["src_hit"]) | set(st["src_false"]))
            print("  per source tag (inside/outside; a name with several tags counts for each): "
                  + ", ".join(f"{c or '-'} {st['src_hit'][c]}/{st['src_false'][c]}" for c in srcs))
        print(f"  top {args.top} false fires: " + "; ".join(f"{n} x{c}" for n, c in st["false_names"].most_common(args.top)))


if __name__ == "__main__":
    main()
