#!/usr/bin/env python3
"""Score a judged TSV written by sample.py and filled in by a judge.

    python3 Scripts/judge/score.py docs/judgments/baseline/entities.tsv --by rule --by kind
    python3 Scripts/judge/score.py docs/judgments/baseline/typed.tsv --by rule

Prints the count of each judgment value, precision (share of judged rows whose judgment is a positive
value: `ok` or `real`) with a 95% Wilson interval, then the same grouped by each --by column. Rows with
an empty judgment are counted as unjudged and left out. When the file has a `mentions` column (entities,
merges), it also prints mention-weighted precision (each row weighted by its entity's mention count); for
an entities sample (drawn by mention) also entity-level precision (each row weighted by 1 / mentions,
which undoes the draw's bias towards frequent entities). For a typed sample (`rule_total` column), it
prints evidence-weighted precision: each rule's precision weighted by its evidence count in the store.
With a `note` column, the note categories of negative rows (the first word of the note, up to a colon)
are counted too.

Python 3 standard library only.
"""

import argparse
import math
import sys
from collections import Counter, OrderedDict

POSITIVE = {"ok", "real"}


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def read(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n").rstrip("\r") for line in f if line.strip()]
    if not lines:
        sys.exit("error: %s is empty" % path)
    header = lines[0].split("\t")
    if "judgment" not in header:
        sys.exit("error: %s has no 'judgment' column" % path)
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        values = line.split("\t")
        if len(values) < len(header):
            values += [""] * (len(header) - len(values))
        elif len(values) > len(header):
            sys.exit("error: %s line %d has %d columns, the header %d" % (path, number, len(values), len(header)))
        rows.append(dict(zip(header, values)))
    return header, rows


def judgment(row):
    return row.get("judgment", "").strip().lower()


def note_category(row):
    note = row.get("note", "").strip().lower()
    if not note:
        return ""
    return note.replace(",", " ").replace(";", " ").replace(":", " ").split()[0]


def precision_line(rows):
    judged = [r for r in rows if judgment(r)]
    k = sum(judgment(r) in POSITIVE for r in judged)
    n = len(judged)
    if n == 0:
        return "n=0"
    lo, hi = wilson(k, n)
    return "%d/%d = %.2f [95%% %.2f-%.2f]" % (k, n, k / n, lo, hi)


def weighted(rows, weight):
    total = good = 0.0
    for r in rows:
        if not judgment(r):
            continue
        try:
            w = weight(float(r["mentions"]))
        except (KeyError, ValueError, ZeroDivisionError):
            continue
        total += w
        good += w * (judgment(r) in POSITIVE)
    return good / total if total else float("nan")


def stratified(rows):
    """Precision over all evidence rows: each rule's sample precision weighted by its row count in the
    store (typed samples draw min(15, all) per rule, so plain precision over-weights rare rules)."""
    total = good = 0.0
    for rule in set(r["rule"] for r in rows):
        group = [r for r in rows if r["rule"] == rule and judgment(r)]
        if not group:
            continue
        try:
            size = float(group[0]["rule_total"])
        except ValueError:
            continue
        total += size
        good += size * sum(judgment(r) in POSITIVE for r in group) / len(group)
    return good / total if total else float("nan")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="judged TSV")
    parser.add_argument("--by", action="append", default=[], help="group by this column (repeatable)")
    args = parser.parse_args(argv)

    header, rows = read(args.file)
    for column in args.by:
        if column not in header:
            sys.exit("error: no column %r; columns: %s" % (column, ", ".join(header)))

    judged = [r for r in rows if judgment(r)]
    print("%s: %d rows, %d judged, %d unjudged" % (args.file, len(rows), len(judged), len(rows) - len(judged)))
    counts = Counter(judgment(r) for r in judged)
    print("judgments: " + ", ".join("%s %d" % (v, c) for v, c in counts.most_common()))
    print("precision: " + precision_line(rows))
    if "mentions" in header:
        print("mention-weighted precision (weight = mentions): %.3f" % weighted(rows, lambda m: m))
        if "mention_text" in header:  # an entities sample, drawn by mention
            print("entity-level precision (weight = 1/mentions):   %.3f" % weighted(rows, lambda m: 1 / m))
    if "rule_total" in header and "rule" in header:
        print("evidence-weighted precision (rules weighted by rule_total): %.3f" % stratified(rows))
    if "note" in header:
        notes = Counter(note_category(r) for r in judged if judgment(r) not in POSITIVE and note_category(r))
        if notes:
            print("notes on negatives: " + ", ".join("%s %d" % (v, c) for v, c in notes.most_common()))

    values = [v for v, _ in counts.most_common()]
    for column in args.by:
        groups = OrderedDict()
        for r in sorted(rows, key=lambda r: r[column]):
            groups.setdefault(r[column], []).append(r)
        print()
        print("by %s:" % column)
        width = max([len(column)] + [len(g) for g in groups])
        print("  %-*s  %5s  %-28s  %s" % (width, column, "n", "precision", "  ".join(values)))
        order = sorted(groups, key=lambda g: (-len(groups[g]), g))
        for g in order:
            group_rows = groups[g]
            c = Counter(judgment(r) for r in group_rows if judgment(r))
            print("  %-*s  %5d  %-28s  %s" % (width, g or "(empty)", len(group_rows), precision_line(group_rows),
                                               "  ".join("%*d" % (len(v), c[v]) for v in values)))


if __name__ == "__main__":
    main()
