#!/usr/bin/env python3
"""The most mentioned entities of a NewsGraph store, each flagged when it is a legal suffix or organization head word
alone, or an ALL-CAPS headline verb (what issue 12 says must not be among them).

Usage: python3 Scripts/top_entities.py --db STORE.sqlite [--top 200]
Prints one line per entity (rank, mentions, kind, name, flag) and, last, the count of flagged entities; exits 1 when
any is flagged. The word lists below are the checks, not extraction rules: extraction never reads them.
"""
import argparse
import sqlite3
import sys

LEGAL = {"co", "co.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "nv", "gmbh", "cos",
         "co inc", "corp inc", "ltd inc", "and co", "& co", "bhd", "pty", "spa", "ab", "bv"}
HEADS = {"bank", "group", "ministry", "company", "corporation", "board", "commission", "committee", "council",
         "department", "agency", "exchange", "reserve board", "national bank", "exchange commission", "fund",
         "trust", "holdings", "industries", "institute", "association", "authority", "unit", "division", "office",
         "deposit insurance corp", "securities", "savings", "federal", "national", "international", "american"}
# Verbs and nouns typical of ALL-CAPS news headlines.
HEADLINE_WORDS = {"sells", "sell", "buy", "buys", "split", "holds", "hold", "sees", "see", "falls", "fall", "rises",
                  "rise", "sale", "deal", "questions", "sets", "set", "says", "to", "in", "on", "up", "down", "cuts",
                  "raises", "lowers", "ups", "unit", "stake", "bid", "offer", "merger", "acquire", "acquires",
                  "completes", "net", "loss", "profit", "qtr", "shr", "div", "dividend", "plans", "files", "agrees",
                  "talks", "rate", "rates", "prices", "price", "trade", "debt", "tax", "oil", "gold", "sugar"}


def flag(name):
    key = " ".join(name.lower().replace(".", " ").replace(",", " ").split())
    if key in LEGAL or name.lower() in LEGAL:
        return "legal-suffix"
    if key in HEADS:
        return "head-word"
    if name.isupper() and key in HEADLINE_WORDS:
        return "headline-word"
    return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--top", type=int, default=200)
    args = ap.parse_args()
    try:
        db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
        rows = db.execute(
            "SELECT e.name, e.kind, count(m.id) AS n FROM entity e JOIN mention m ON m.entity_id = e.id "
            "GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?", (args.top,)).fetchall()
    except sqlite3.Error as error:
        sys.exit(f"Error: {args.db}: {error}")
    flagged = 0
    for rank, (name, kind, n) in enumerate(rows, 1):
        f = flag(name)
        flagged += bool(f)
        print(f"{rank:4d} {n:7d} {kind:13s} {name}{'   <-- ' + f if f else ''}")
    print(f"flagged: {flagged} of the top {len(rows)}")
    sys.exit(1 if flagged else 0)


if __name__ == "__main__":
    main()
