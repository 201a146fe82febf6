#!/usr/bin/env python3
"""Counts same-kind entities whose names differ only in case, accents, spacing or a listed country variant, and
shows which entity each of the names named in issue 13 belongs to.

    python3 Scripts/identity/twins.py --db /tmp/reuters.sqlite [--examples 10]

Works on any NewsGraph store (before or after identity keys): it reads only entity(name, kind) and mention(text,
extracted_name, entity_id). The fold mirrors NameVariants.fold/key in Sources/Resolution.
"""
import argparse
import collections
import pathlib
import re
import sqlite3
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
NAMED = ["NEW YORK", "New York", "WASHINGTON", "Washington", "KUWAIT", "Kuwait", "U.S.", "United States",
         "IBM", "International Business Machines Corp", "GM", "General Motors", "IMF",
         "International Monetary Fund", "SEC", "Securities and Exchange Commission", "EEP",
         "Export Enhancement Program", "Funaro", "FUNARO", "Dilson Funaro", "Baker", "James Baker", "Howard Baker",
         "EC", "European Community", "EC Commission", "Bundesbank",
         # Round 3 (homonym towns, kind by weight of evidence, acronyms against their own evidence).
         "CANTON", "Canton", "MADISON", "HAMILTON", "MONROE", "Chicago", "CHICAGO", "AMC", "Md", "MD", "FGIC"]


def fold(name):
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("\u2019", "'")
    return " ".join(text.split())


def variants():
    table = {}
    source = (ROOT / "Sources/Resolution/NameVariants+Table.swift").read_text(encoding="utf-8")
    for variant, canonical in re.findall(r'\("((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\)', source):
        table[fold(variant)] = fold(canonical)
    return table


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--examples", type=int, default=10)
    args = parser.parse_args()
    db = sqlite3.connect("file:%s?mode=ro" % args.db, uri=True)
    table = variants()
    groups = collections.defaultdict(list)
    for entity_id, name, kind in db.execute("SELECT id, name, kind FROM entity"):
        key = fold(name)
        groups[(kind, table.get(key, key))].append(name)
    twins = {k: v for k, v in groups.items() if len(v) > 1}
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in twins.values())
    print("entities: %d" % sum(len(v) for v in groups.values()))
    print("same-kind groups differing only in case/accents/spacing/listed variant: %d (%d pairs)"
          % (len(twins), pairs))
    for (kind, key), names in sorted(twins.items(), key=lambda kv: -len(kv[1]))[:args.examples]:
        print("  %s: %s" % (kind, " | ".join(sorted(names))))
    print("named pairs (extracted name -> entity, mentions of the entity):")
    for name in NAMED:
        rows = db.execute(
            "SELECT e.name, e.kind, count(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
            "WHERE m.extracted_name = ? OR m.text = ? GROUP BY e.id ORDER BY count(*) DESC LIMIT 3",
            (name, name)).fetchall()
        shown = "; ".join("%s (%s) x%d" % row for row in rows) or "(no mention)"
        print("  %-38s -> %s" % (name, shown))


if __name__ == "__main__":
    main()
