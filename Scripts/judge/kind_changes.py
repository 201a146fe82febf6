#!/usr/bin/env python3
"""Entities whose kind differs between two stores built from the same articles, as a TSV to judge.

Usage: python3 Scripts/judge/kind_changes.py --before OLD.sqlite --after NEW.sqlite [--top 30] [--count 30]
       [--seed 12] [--out FILE]

Entities are matched by identity key (`entity.key`). Prints how many changed kind and how many mentions they hold,
then writes the `--top` most mentioned changed entities and `--count` more drawn at random (fixed seed) from the rest,
each with its mentions, old and new kind, the rules that typed its mentions (kind.rule:mentions/articles) and three
mentions in their sentence, drawn at random. Judge each row `fixed` (the new kind is what most mentions name),
`broke` (the old kind was), `neither` (not a name, or neither kind), with a note that starts with a category word.
Stores are opened read-only.
"""
import argparse
import random
import sqlite3
import sys


def open_store(path):
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        sys.exit(f"Error: {path}: cannot open ({error})")


def snippet(text, start, end, sentence_start, sentence_end):
    before = text[sentence_start:start]
    after = text[end:sentence_end]
    line = " ".join((before + "[[" + text[start:end] + "]]" + after).split())
    if len(line) > 300:
        mark = line.find("[[")
        line = "…" + line[max(0, mark - 140) : mark + 150] + "…"
    return line.replace("\t", " ")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", required=True)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()
    before = open_store(args.before)
    after = open_store(args.after)
    old = {key: kind for key, kind in before.execute("SELECT key, kind FROM entity WHERE key IS NOT NULL")}
    changed = []
    for entity_id, key, name, kind in after.execute("SELECT id, key, name, kind FROM entity WHERE key IS NOT NULL"):
        if key in old and old[key] != kind:
            mentions = after.execute("SELECT count(*) FROM mention WHERE entity_id = ?", (entity_id,)).fetchone()[0]
            changed.append((mentions, name, entity_id, old[key], kind))
    changed.sort(key=lambda row: (-row[0], row[1]))
    total = sum(row[0] for row in changed)
    print(f"entities whose kind changed: {len(changed)} ({total} mentions)", file=sys.stderr)
    for old_kind in ("person", "place", "organization", "group"):
        for new_kind in ("person", "place", "organization", "group"):
            n = [row for row in changed if row[3] == old_kind and row[4] == new_kind]
            if n:
                print(f"  {old_kind} -> {new_kind}: {len(n)} ({sum(r[0] for r in n)} mentions)", file=sys.stderr)
    rng = random.Random(args.seed)
    top = changed[: args.top]
    rest = changed[args.top :]
    drawn = sorted(rng.sample(rest, min(args.count, len(rest))), key=lambda row: (-row[0], row[1]))
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    columns = ["item", "part", "entity_id", "entity", "mentions", "before", "after", "rules", "examples"]
    print("\t".join(columns + ["judgment", "note"]), file=out)
    for item, (part, row) in enumerate([("top", r) for r in top] + [("random", r) for r in drawn], start=1):
        mentions, name, entity_id, old_kind, new_kind = row
        rules = after.execute(
            """SELECT extracted_kind, rule, count(*), count(DISTINCT article_id) FROM mention WHERE entity_id = ?
            GROUP BY 1, 2 ORDER BY 3 DESC, 2""",
            (entity_id,),
        ).fetchall()
        rule_text = " ".join(f"{k}.{r.split('.', 1)[-1]}:{n}/{a}" for k, r, n, a in rules)
        rows = after.execute(
            """SELECT m.start, m.end, m.rule, a.text, s.start, s.end FROM mention m JOIN article a ON a.id = m.article_id
            JOIN sentence s ON s.article_id = m.article_id AND s.position = m.sentence
            WHERE m.entity_id = ? ORDER BY m.id""",
            (entity_id,),
        ).fetchall()
        examples = [f"({r[2]}) " + snippet(r[3], r[0], r[1], r[4], r[5]) for r in rng.sample(rows, min(3, len(rows)))]
        cells = [str(item), part, str(entity_id), name, str(mentions), old_kind, new_kind, rule_text, " | ".join(examples)]
        print("\t".join(cells + ["", ""]), file=out)
    if out is not sys.stdout:
        out.close()
        print(f"wrote {len(top) + len(drawn)} items to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
