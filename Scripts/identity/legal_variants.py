#!/usr/bin/env python3
"""Counts same-kind entities whose names differ only in full stops, commas or a trailing legal form, and shows which
entity each name of the issue's examples and traps belongs to.

    python3 Scripts/identity/legal_variants.py --db /tmp/reuters.sqlite [--top 40]

The grouping key lower-cases a name, drops `.` and `,`, squeezes spaces and strips trailing legal forms (Inc, Corp,
Co, Ltd, Corporation, Company, Plc, "and Co", ...), as the lead measured it: it is deliberately blunter than
NewsGraph's rule (Sources/Resolution/CorpusJoins+Spelling.swift), which keeps two kinds of legal form apart
("General Electric Co" / "General Electric Co Plc"), initials apart from words ("V.A." / "Va") and a well-known
institution apart from a company ("Treasury" / "TREASURY CORP"). So a few groups stay by design; the top of the list
shows which. Works on any NewsGraph store: it reads only entity(id, name, kind) and mention(entity_id, extracted_name).
"""
import argparse
import collections
import sqlite3

FORMS = ["inc", "incorporated", "corp", "corporation", "co", "company", "cos", "companies", "ltd", "limited", "plc",
         "llc", "and co", "& co", "and company", "ag", "sa", "nv", "spa", "gmbh", "bv", "ab", "kk", "pty"]
NAMED = ["General Motors", "General Motors Corp", "General Motors Corporation", "Chrysler", "Chrysler Corp", "Texaco",
         "Texaco Inc.", "Boeing", "Boeing Company", "Commodity Credit Corporation", "Commodity Credit Corp.",
         "Goldman, Sachs and Co", "Goldman Sachs", "Goldman Sachs and Co Inc", "First Boston Corp", "First Boston Inc",
         "Merrill Lynch", "Merrill Lynch and Co Inc", "St. Louis", "St Louis", "N.Y.", "NY", "N.C.", "N.C",
         # Traps: these stay apart.
         "Salomon Inc", "Salomon Brothers Inc", "General Electric Co", "General Electric Co Plc", "Treasury",
         "TREASURY CORP", "Goldman Sachs International", "Ford", "Ford Motor Co", "Va", "V.A."]


def spelling(name):
    return " ".join(name.lower().replace(".", "").replace(",", "").split())


def key(name):
    words = spelling(name).split()
    stripped = True
    while stripped:
        stripped = False
        for form in sorted(FORMS, key=len, reverse=True):
            n = len(form.split())
            if len(words) > n and " ".join(words[-n:]) == form:
                words = words[:-n]
                stripped = True
                break
    return " ".join(words)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    db = sqlite3.connect("file:%s?mode=ro" % args.db, uri=True)
    mentions = dict(db.execute("SELECT entity_id, count(*) FROM mention WHERE entity_id IS NOT NULL GROUP BY entity_id"))
    groups = collections.defaultdict(list)
    for entity_id, name, kind in db.execute("SELECT id, name, kind FROM entity"):
        groups[(kind, key(name))].append((mentions.get(entity_id, 0), name))
    split = {k: v for k, v in groups.items() if len(v) > 1}
    punctuation = sum(1 for v in split.values() if len({spelling(n) for _, n in v}) < len(v))
    print("entities: %d" % sum(len(v) for v in groups.values()))
    print("same-kind groups differing only in punctuation or a legal form: %d groups, %d extra nodes"
          % (len(split), sum(len(v) - 1 for v in split.values())))
    print("groups with two names differing in punctuation alone: %d" % punctuation)
    print("top %d by mentions:" % args.top)
    ranked = sorted(split.items(), key=lambda kv: (-sum(m for m, _ in kv[1]), kv[0]))
    for (kind, _), names in ranked[:args.top]:
        print("  %s: %s" % (kind, " | ".join("%s (%d)" % (n, m) for m, n in sorted(names, key=lambda x: (-x[0], x[1])))))
    print("named (extracted name -> entity, mentions of the entity):")
    for name in NAMED:
        rows = db.execute(
            "SELECT e.name, e.kind, (SELECT count(*) FROM mention x WHERE x.entity_id = e.id) FROM entity e "
            "WHERE e.id IN (SELECT entity_id FROM mention WHERE extracted_name = ?) ORDER BY 3 DESC LIMIT 2",
            (name,)).fetchall()
        shown = "; ".join("%s (%s) x%d" % row for row in rows) or "(no mention)"
        print("  %-30s -> %s" % (name, shown))


if __name__ == "__main__":
    main()
