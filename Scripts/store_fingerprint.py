#!/usr/bin/env python3
"""Compares NewsGraph stores by content: articles (key, hash, counts), entities (name, kind, mentions) and relations
(ends by name, undirected ends in name order, kind, label, weight, articles, dates), independent of row ids.

    Scripts/store_fingerprint.py A.sqlite [B.sqlite]

Prints each store's line count and SHA-256 of its sorted lines; with two stores, the number of lines only in each and
the first few of them. Exit status 1 when two stores differ. The same queries as StoreInvariants.fingerprint (tests).
"""
import hashlib
import sqlite3
import sys

QUERIES = [
    """SELECT 'article', key, hash, coalesce(title, ''), coalesce(date, ''),
              (SELECT count(*) FROM mention m WHERE m.article_id = a.id),
              (SELECT count(*) FROM evidence e WHERE e.article_id = a.id),
              (SELECT count(*) FROM sentence s WHERE s.article_id = a.id)
       FROM article a""",
    """SELECT 'entity', name, kind, (SELECT count(*) FROM mention m WHERE m.entity_id = entity.id),
              (SELECT count(*) FROM alias l WHERE l.entity_id = entity.id)
       FROM entity""",
    """SELECT 'relation',
              CASE WHEN r.directed OR s.name || s.kind <= t.name || t.kind THEN s.name || '/' || s.kind
                   ELSE t.name || '/' || t.kind END,
              CASE WHEN r.directed OR s.name || s.kind <= t.name || t.kind THEN t.name || '/' || t.kind
                   ELSE s.name || '/' || s.kind END,
              r.kind, r.label, r.directed, r.weight, r.articles, coalesce(r.first_date, ''), coalesce(r.last_date, '')
       FROM relation r JOIN entity s ON s.id = r.source_id JOIN entity t ON t.id = r.target_id""",
]


def fingerprint(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    lines = []
    for query in QUERIES:
        for row in db.execute(query):
            lines.append("\t".join("NULL" if v is None else str(v) for v in row))
    return sorted(lines)


def main():
    stores = sys.argv[1:]
    if not 1 <= len(stores) <= 2:
        sys.exit(__doc__)
    prints = [fingerprint(p) for p in stores]
    for path, lines in zip(stores, prints):
        digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
        print(f"{path}: {len(lines)} lines, sha256 {digest}")
    if len(prints) == 2:
        a, b = set(prints[0]), set(prints[1])
        only_a, only_b = sorted(a - b), sorted(b - a)
        print(f"only in the first: {len(only_a)}; only in the second: {len(only_b)}")
        for line in only_a[:5]:
            print("  < " + line)
        for line in only_b[:5]:
            print("  > " + line)
        sys.exit(1 if only_a or only_b else 0)


if __name__ == "__main__":
    main()
