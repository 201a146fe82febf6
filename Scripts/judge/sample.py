#!/usr/bin/env python3
"""Draw judged samples from a NewsGraph store (SQLite) into TSV files for a human or LLM judge.

    python3 Scripts/judge/sample.py entities --db store.sqlite --out entities.tsv
    python3 Scripts/judge/sample.py links    --db store.sqlite --out links.tsv [--top 2000] [--rank weight]
    python3 Scripts/judge/sample.py typed    --db store.sqlite --out typed.tsv
    python3 Scripts/judge/sample.py merges   --db store.sqlite --out merges.tsv [--reason identity.legal-form]

Every subcommand draws with a fixed seed (--seed, default 12), so the same store gives the same sample.
Each TSV has one row per item: the item number, what is judged, up to three evidence sentences
(whitespace squeezed, at most 300 characters, mentions of the judged names marked [[like this]]),
and two empty columns, `judgment` and `note`, for the judge. See Scripts/judge/README.md.

Python 3 standard library only. The store is opened read-only. Columns are named explicitly and checked
with PRAGMA table_info, so columns added to the schema later do not break the sampler; a missing optional
column degrades to an empty value.
"""

import argparse
import random
import re
import sqlite3
import sys

DEFAULT_SEED = 12
SNIPPET = 300
COOCCURRENCE_KINDS = ("co-occurrence", "co-paragraph")


# ----------------------------------------------------------------------------------------------------------
# Store access


class Store:
    def __init__(self, path):
        try:
            self.db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
            self.db.execute("SELECT 1 FROM entity LIMIT 1")
        except sqlite3.Error as error:
            sys.exit("error: cannot read NewsGraph store %s: %s" % (path, error))
        self._columns = {}
        self._texts = {}
        self._sentences = {}

    def columns(self, table):
        """Column name -> declared type, from PRAGMA table_info ({} if the table is missing)."""
        if table not in self._columns:
            rows = self.db.execute("PRAGMA table_info(%s)" % quote_ident(table)).fetchall()
            self._columns[table] = {row[1]: (row[2] or "").upper() for row in rows}
        return self._columns[table]

    def has(self, table, column):
        return column in self.columns(table)

    def col(self, table, column, alias=None, default="''"):
        """`alias.column` if the table has it, else a constant, so a SELECT survives schema changes."""
        prefix = (alias or table) + "."
        return prefix + quote_ident(column) if self.has(table, column) else default

    def require(self, table, columns):
        missing = [c for c in columns if not self.has(table, c)]
        if missing:
            sys.exit("error: table %s lacks column(s) %s; is this a NewsGraph store?" % (table, ", ".join(missing)))

    def text(self, article_id):
        if article_id not in self._texts:
            if len(self._texts) > 2000:
                self._texts.clear()
            row = self.db.execute("SELECT text FROM article WHERE id = ?", (article_id,)).fetchone()
            self._texts[article_id] = row[0] if row else ""
        return self._texts[article_id]

    def sentences(self, article_id):
        """[(position, start, end)] of the article, in order."""
        if article_id not in self._sentences:
            if len(self._sentences) > 2000:
                self._sentences.clear()
            self._sentences[article_id] = self.db.execute(
                "SELECT position, start, end FROM sentence WHERE article_id = ? ORDER BY position",
                (article_id,)).fetchall()
        return self._sentences[article_id]

    def sentence_range(self, article_id, position):
        for pos, start, end in self.sentences(article_id):
            if pos == position:
                return start, end
        return None

    def sentence_at(self, article_id, offset):
        """The (start, end) of the sentence holding a code-point offset, or None."""
        for _, start, end in self.sentences(article_id):
            if start <= offset < end:
                return start, end
        return None

    def external_id(self, article_id):
        row = self.db.execute("SELECT external_id FROM article WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else ""

    def mentions_in(self, article_id, start, end, entity_ids):
        """(start, end) of the mentions of these entities inside [start, end) of an article."""
        if not entity_ids:
            return []
        marks = ",".join("?" * len(entity_ids))
        return self.db.execute(
            "SELECT start, end FROM mention WHERE article_id = ? AND start >= ? AND end <= ? "
            "AND entity_id IN (%s) ORDER BY start" % marks,
            (article_id, start, end) + tuple(entity_ids)).fetchall()


def quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


# ----------------------------------------------------------------------------------------------------------
# Snippets


def squeeze(text):
    return " ".join(text.split())


def snippet(text, start, end, marks=(), size=SNIPPET):
    """text[start:end] (code points: Python str indices are code points, as the store's offsets are) with
    each (s, e) in marks wrapped in [[ ]], whitespace squeezed, cut to at most `size` characters around
    the first mark."""
    start = max(0, start)
    end = min(len(text), end)
    marks = sorted((max(s, start), min(e, end)) for s, e in marks if s < end and e > start)
    pieces, at, spots = [], start, []  # spots: (offset in the squeezed text, marked text)
    for s, e in marks:
        if s < at:
            continue  # overlapping marks: keep the first
        pieces.append(text[at:s])
        spots.append((len(squeeze("".join(pieces) + "x")) - 1, squeeze(text[s:e])))
        pieces.append("[[" + text[s:e] + "]]")
        at = e
    pieces.append(text[at:end])
    flat = squeeze("".join(pieces))
    if len(flat) <= size:
        return flat
    first = spots[0][0] if spots else 0
    other = next((o for o, t in spots if t != spots[0][1]), None) if spots else None
    if other is not None and other - first > size * 2 // 3:
        # two names far apart (a paragraph): a window around each
        half = size // 2 - 2
        return window(flat, first, half) + " " + window(flat, other, half)
    return window(flat, first, size)


def window(flat, focus, size):
    """`size` characters of flat around focus (a third before it), with … where cut."""
    begin = max(0, min(focus - size // 3, len(flat) - size))
    cut = flat[begin:begin + size]
    if begin > 0:
        cut = "…" + cut[1:]
    if begin + size < len(flat):
        cut = cut[:-1] + "…"
    return cut


def cell(value):
    if value is None:
        return ""
    if isinstance(value, float):
        value = "%.3g" % value
    return squeeze(str(value))


def write_tsv(path, header, rows):
    header = list(header) + ["judgment", "note"]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join(cell(v) for v in row) + "\t\t\n")
    print("wrote %d items to %s" % (len(rows), path), file=sys.stderr)


# ----------------------------------------------------------------------------------------------------------
# entities: 100 entities drawn by mention


def sample_entities(store, rng, count):
    store.require("mention", ["id", "article_id", "entity_id", "sentence", "start", "end"])
    store.require("entity", ["id", "name", "kind"])
    ids = [row[0] for row in store.db.execute(
        "SELECT id FROM mention WHERE entity_id IS NOT NULL ORDER BY id")]
    rng.shuffle(ids)
    seen, rows = set(), []
    rule = store.col("mention", "rule", "m")
    confidence = store.col("mention", "confidence", "m", "NULL")
    mtext = store.col("mention", "text", "m")
    for mention_id in ids:
        if len(rows) == count:
            break
        m = store.db.execute(
            "SELECT m.article_id, m.entity_id, m.sentence, m.start, m.end, %s, %s, %s, e.name, e.kind "
            "FROM mention m JOIN entity e ON e.id = m.entity_id WHERE m.id = ?" % (mtext, rule, confidence),
            (mention_id,)).fetchone()
        if m is None or m[1] in seen:
            continue  # redraw: one row per entity
        seen.add(m[1])
        article_id, entity_id, position, start, end, text, rule_id, conf, name, kind = m
        mentions = store.db.execute("SELECT count(*) FROM mention WHERE entity_id = ?", (entity_id,)).fetchone()[0]
        span = store.sentence_range(article_id, position) or store.sentence_at(article_id, start) or (start, end)
        sentence = snippet(store.text(article_id), span[0], span[1], [(start, end)])
        rows.append([len(rows) + 1, entity_id, name, kind, mentions, text, rule_id, conf,
                     store.external_id(article_id), sentence])
    header = ["item", "entity_id", "entity", "kind", "mentions", "mention_text", "rule", "confidence",
              "article", "sentence"]
    return header, rows


# ----------------------------------------------------------------------------------------------------------
# links: the heaviest co-occurrence relations


def evidence_snippets(store, rng, relation_id, entity_ids, limit=3):
    """Up to `limit` evidence snippets of a relation, drawn at random, sentence evidence first."""
    store.require("evidence", ["id", "article_id", "relation_id", "start", "end"])
    rule = store.col("evidence", "rule")
    rows = store.db.execute(
        "SELECT id, article_id, start, end, %s FROM evidence WHERE relation_id = ? ORDER BY id" % rule,
        (relation_id,)).fetchall()
    if len(rows) > limit:
        rows = rng.sample(rows, limit)
    rows.sort(key=lambda r: ("paragraph" in (r[4] or ""), r[0]))
    out = []
    for _, article_id, start, end, rule_id in rows:
        text = store.text(article_id)
        marks = store.mentions_in(article_id, start, end, entity_ids)
        prefix = "(%s) " % rule_id.split(".")[-1] if rule_id else ""
        out.append(prefix + snippet(text, start, end, marks, SNIPPET - len(prefix)))
    return out + [""] * (limit - len(out))


def sample_links(store, rng, count, top, rank):
    store.require("relation", ["id", "source_id", "target_id", "kind"])
    columns = store.columns("relation")
    if rank not in columns:
        sys.exit("error: relation has no column %r; columns: %s" % (rank, ", ".join(columns)))
    nonnumeric = store.db.execute(
        "SELECT count(*) FROM relation WHERE typeof(%s) NOT IN ('integer', 'real', 'null')" % quote_ident(rank)
    ).fetchone()[0]
    if nonnumeric:
        sys.exit("error: relation.%s is not numeric (%d non-numeric values)" % (rank, nonnumeric))
    weight = store.col("relation", "weight", "r", "NULL")
    articles = store.col("relation", "articles", "r", "NULL")
    kinds = ",".join("?" * len(COOCCURRENCE_KINDS))
    ranked = store.db.execute(
        "SELECT r.id, r.source_id, r.target_id, r.kind, r.%s, %s, %s FROM relation r "
        "WHERE r.kind IN (%s) ORDER BY r.%s DESC, r.id LIMIT ?"
        % (quote_ident(rank), weight, articles, kinds, quote_ident(rank)),
        COOCCURRENCE_KINDS + (top,)).fetchall()
    chosen = rng.sample(ranked, min(count, len(ranked)))
    chosen.sort(key=lambda r: ranked.index(r))
    rows = []
    for relation_id, source_id, target_id, kind, rank_value, w, n in chosen:
        s = store.db.execute("SELECT name, kind FROM entity WHERE id = ?", (source_id,)).fetchone() or ("?", "?")
        t = store.db.execute("SELECT name, kind FROM entity WHERE id = ?", (target_id,)).fetchone() or ("?", "?")
        place = ranked.index((relation_id, source_id, target_id, kind, rank_value, w, n)) + 1
        rows.append([len(rows) + 1, relation_id, place, s[0], s[1], t[0], t[1], kind, rank_value, w, n]
                    + evidence_snippets(store, rng, relation_id, [source_id, target_id]))
    header = ["item", "relation_id", "rank", "source", "source_kind", "target", "target_kind", "relation_kind",
              "by_" + rank, "weight", "articles", "evidence1", "evidence2", "evidence3"]
    return header, rows


# ----------------------------------------------------------------------------------------------------------
# typed: typed relation evidence, min(15, all) per rule id


def is_cooccurrence_rule(rule, kind):
    return kind in COOCCURRENCE_KINDS or rule.startswith("cooccurrence.") or rule.startswith("co-")


def sample_typed(store, rng, per_rule):
    store.require("evidence", ["id", "article_id", "sentence", "start", "end", "rule", "kind"])
    label = store.col("evidence", "label")
    src = store.col("evidence", "source_name")
    srck = store.col("evidence", "source_kind")
    tgt = store.col("evidence", "target_name")
    tgtk = store.col("evidence", "target_kind")
    rel = store.col("evidence", "relation_id", default="NULL")
    by_rule = {}
    for rule, kind in store.db.execute("SELECT DISTINCT rule, kind FROM evidence ORDER BY rule, kind"):
        if not is_cooccurrence_rule(rule, kind):
            by_rule.setdefault(rule, None)
    rows = []
    for rule in sorted(by_rule):
        ids = [r[0] for r in store.db.execute("SELECT id FROM evidence WHERE rule = ? ORDER BY id", (rule,))]
        picked = sorted(rng.sample(ids, min(per_rule, len(ids))))
        for evidence_id in picked:
            e = store.db.execute(
                "SELECT evidence.article_id, evidence.sentence, evidence.start, evidence.end, evidence.kind, "
                "%s, %s, %s, %s, %s, %s FROM evidence WHERE evidence.id = ?"
                % (label, src, srck, tgt, tgtk, rel), (evidence_id,)).fetchone()
            article_id, position, start, end, kind, lab, sname, skind, tname, tkind, relation_id = e
            ends = []
            if relation_id is not None:
                r = store.db.execute("SELECT source_id, target_id FROM relation WHERE id = ?",
                                     (relation_id,)).fetchone()
                if r:
                    ends = list(r)
            span = store.sentence_range(article_id, position) or (start, end)
            s0, s1 = min(span[0], start), max(span[1], end)
            marks = store.mentions_in(article_id, s0, s1, ends)
            rows.append([len(rows) + 1, evidence_id, rule, sname, skind, kind, lab, tname, tkind,
                         len(ids), store.external_id(article_id),
                         snippet(store.text(article_id), s0, s1, marks)])
    header = ["item", "evidence_id", "rule", "source", "source_kind", "relation_kind", "label", "target",
              "target_kind", "rule_total", "article", "sentence"]
    return header, rows


# ----------------------------------------------------------------------------------------------------------
# merges: aliases whose name differs from the entity's


def find_occurrence(store, article_id, name, entity_id):
    """(start, end) of the sentence where `name` occurs in the article, and the name's offsets."""
    text = store.text(article_id)
    if store.has("mention", "text"):
        row = store.db.execute(
            "SELECT start, end FROM mention WHERE article_id = ? AND text = ? ORDER BY (entity_id IS ?) DESC, "
            "start LIMIT 1", (article_id, name, entity_id)).fetchone()
        if row:
            return store.sentence_at(article_id, row[0]), row
    for flags in (0, re.IGNORECASE):
        match = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, flags)
        if match:
            return store.sentence_at(article_id, match.start()), (match.start(), match.end())
    return None, None


def sample_merges(store, rng, count, reasons=None):
    store.require("alias", ["id", "article_id", "name"])
    reason = store.col("alias", "reason", "a")
    has_entity = store.has("alias", "entity_id")
    extracted = store.col("alias", "extracted_name", "a", "NULL")
    extracted_kind = store.col("alias", "extracted_kind", "a", "NULL")
    if has_entity:
        query = ("SELECT a.id, a.article_id, a.name, %s, a.entity_id, coalesce(e.name, %s), coalesce(e.kind, %s) "
                 "FROM alias a LEFT JOIN entity e ON e.id = a.entity_id" % (reason, extracted, extracted_kind))
    else:
        query = ("SELECT a.id, a.article_id, a.name, %s, NULL, %s, %s FROM alias a"
                 % (reason, extracted, extracted_kind))
    candidates = [r for r in store.db.execute(query + " ORDER BY a.id") if r[5] is not None and r[2] != r[5]]
    # Store-wide joins (identity keys, acronyms defined elsewhere, lone surnames) live in `name_join`: one candidate
    # per joined name and entity, shown in the first article where a mention of that name belongs to the entity.
    # Their ids are negated so they never collide with alias ids; stores without the table have none.
    if store.has("name_join", "entity_id") and store.has("name_join", "name"):
        detail = store.col("name_join", "detail", "n", "''")
        joined = store.db.execute(
            "SELECT -n.id, (SELECT min(m.article_id) FROM mention m WHERE m.entity_id = n.entity_id "
            "AND m.extracted_name = n.name), n.name, n.reason || CASE WHEN %s != '' THEN ': ' || %s ELSE '' END, "
            "n.entity_id, e.name, e.kind FROM name_join n JOIN entity e ON e.id = n.entity_id ORDER BY n.id"
            % (detail, detail))
        candidates += [r for r in joined if r[1] is not None and r[2] != r[5]]
    if reasons:
        # Only merges of the given reason ids ("identity.legal-form" also takes "identity.legal-form: <detail>").
        candidates = [r for r in candidates
                      if any((r[3] or "") == x or (r[3] or "").startswith(x + ":") for x in reasons)]
    chosen = sorted(rng.sample(candidates, min(count, len(candidates))), key=lambda r: (r[0] < 0, abs(r[0])))
    rows = []
    for alias_id, article_id, name, why, entity_id, entity_name, kind in chosen:
        mentions = ""
        if entity_id is not None:
            mentions = store.db.execute("SELECT count(*) FROM mention WHERE entity_id = ?", (entity_id,)).fetchone()[0]
        text = store.text(article_id)
        evidence = []
        for needle in (name, entity_name):
            sentence, at = find_occurrence(store, article_id, needle, entity_id)
            if sentence:
                evidence.append(snippet(text, sentence[0], sentence[1], [at]))
            elif needle == name:
                evidence.append("(alias not found in the article text)")
        while len(evidence) < 2:
            evidence.append("")
        if evidence[0] == evidence[1]:
            evidence[1] = ""
        rows.append([len(rows) + 1, alias_id, name, entity_name, kind, mentions, why,
                     store.external_id(article_id)] + evidence)
    header = ["item", "alias_id", "alias", "entity", "kind", "mentions", "reason", "article",
              "alias_sentence", "entity_sentence"]
    return header, rows


# ----------------------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name, help_text):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db", required=True, help="NewsGraph store (SQLite file)")
        p.add_argument("--out", required=True, help="TSV file to write")
        p.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %d)" % DEFAULT_SEED)
        return p

    add("entities", "entities drawn by mention").add_argument("--count", type=int, default=100)
    links = add("links", "heaviest co-occurrence relations")
    links.add_argument("--count", type=int, default=50)
    links.add_argument("--top", type=int, default=2000, help="rank this many relations, sample from them")
    links.add_argument("--rank", default="weight", help="numeric relation column to rank by (default weight)")
    add("typed", "typed relation evidence per rule id").add_argument("--per-rule", type=int, default=15)
    merges = add("merges", "aliases whose name differs from the entity name")
    merges.add_argument("--count", type=int, default=100)
    merges.add_argument("--reason", action="append",
                        help="only merges of this reason id (repeatable), e.g. identity.legal-form")
    args = parser.parse_args(argv)

    store = Store(args.db)
    rng = random.Random(args.seed)
    if args.command == "entities":
        header, rows = sample_entities(store, rng, args.count)
    elif args.command == "links":
        header, rows = sample_links(store, rng, args.count, args.top, args.rank)
    elif args.command == "typed":
        header, rows = sample_typed(store, rng, args.per_rule)
    else:
        header, rows = sample_merges(store, rng, args.count, args.reason)
    write_tsv(args.out, header, rows)


if __name__ == "__main__":
    main()
