/// The store's schema: every table, index and migration, in one place.
///
/// Raw facts (article, sentence, mention, alias, evidence) keep what extraction found, with the
/// extracted name and kind. Derived tables (entity, relation, and the `entity_id` / `relation_id`
/// columns) apply the analyst's curation to them, so curation survives re-ingestion.
package enum Schema {
    /// `PRAGMA application_id`: "NGRF", marks a file as a NewsGraph store.
    package static let applicationID: Int32 = 0x4E47_5246
    /// The newest schema version this build reads and writes (`PRAGMA user_version`).
    package static var currentVersion: Int { migrations.count }

    /// Secondary indexes whose keys arrive in no particular order (names, entity and relation ids), as migration 1
    /// creates them (keep the two in step). Each new row lands on a random page of each of them, so an ingest into an
    /// empty store drops them and builds them once at the end, by sorting (`GraphStore.deferIndexes`): on the
    /// Reuters corpus that is a quarter of the ingest time, and more as the store grows past the page cache.
    /// Indexes by article stay: rows arrive in article order, and replacing an article needs them.
    package static let deferrableIndexes: [(name: String, sql: String)] = [
        ("article_date", "CREATE INDEX IF NOT EXISTS article_date ON article(date)"),
        ("mention_entity", "CREATE INDEX IF NOT EXISTS mention_entity ON mention(entity_id)"),
        (
            "mention_extracted",
            "CREATE INDEX IF NOT EXISTS mention_extracted ON mention(extracted_name, extracted_kind)"
        ),
        ("mention_text_nocase", "CREATE INDEX IF NOT EXISTS mention_text_nocase ON mention(text COLLATE NOCASE)"),
        ("alias_entity", "CREATE INDEX IF NOT EXISTS alias_entity ON alias(entity_id)"),
        ("alias_extracted", "CREATE INDEX IF NOT EXISTS alias_extracted ON alias(extracted_name, extracted_kind)"),
        ("alias_name_nocase", "CREATE INDEX IF NOT EXISTS alias_name_nocase ON alias(name COLLATE NOCASE)"),
        ("relation_target", "CREATE INDEX IF NOT EXISTS relation_target ON relation(target_id)"),
        ("evidence_relation", "CREATE INDEX IF NOT EXISTS evidence_relation ON evidence(relation_id)"),
    ]

    /// Migrations in order; migration N brings a store from version N-1 to N. Never edit a released one.
    package static let migrations: [(name: String, sql: String)] = [
        (
            "create articles, sentences, entities, mentions, aliases, relations, evidence and curation",
            """
            CREATE TABLE article (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                hash TEXT NOT NULL,
                external_id TEXT NOT NULL,
                title TEXT,
                author TEXT,
                date TEXT,
                url TEXT,
                text TEXT NOT NULL
            );
            CREATE INDEX article_hash ON article(hash);
            CREATE INDEX article_date ON article(date);

            CREATE TABLE sentence (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                UNIQUE (article_id, position)
            );

            CREATE TABLE entity (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                UNIQUE (name, kind)
            );
            CREATE INDEX entity_name_nocase ON entity(name COLLATE NOCASE);

            CREATE TABLE mention (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                entity_id INTEGER REFERENCES entity(id),
                sentence INTEGER NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                text TEXT NOT NULL,
                rule TEXT NOT NULL,
                confidence REAL NOT NULL,
                extracted_name TEXT NOT NULL,
                extracted_kind TEXT NOT NULL
            );
            CREATE INDEX mention_article ON mention(article_id);
            CREATE INDEX mention_entity ON mention(entity_id);
            CREATE INDEX mention_extracted ON mention(extracted_name, extracted_kind);
            CREATE INDEX mention_text_nocase ON mention(text COLLATE NOCASE);

            CREATE TABLE alias (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                entity_id INTEGER REFERENCES entity(id),
                name TEXT NOT NULL,
                reason TEXT NOT NULL,
                extracted_name TEXT NOT NULL,
                extracted_kind TEXT NOT NULL
            );
            CREATE INDEX alias_article ON alias(article_id);
            CREATE INDEX alias_entity ON alias(entity_id);
            CREATE INDEX alias_extracted ON alias(extracted_name, extracted_kind);
            CREATE INDEX alias_name_nocase ON alias(name COLLATE NOCASE);

            CREATE TABLE relation (
                id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES entity(id),
                target_id INTEGER NOT NULL REFERENCES entity(id),
                kind TEXT NOT NULL,
                label TEXT NOT NULL DEFAULT '',
                directed INTEGER NOT NULL,
                weight INTEGER NOT NULL DEFAULT 0,
                articles INTEGER NOT NULL DEFAULT 0,
                first_date TEXT,
                last_date TEXT,
                UNIQUE (source_id, target_id, kind, label)
            );
            CREATE INDEX relation_target ON relation(target_id);

            CREATE TABLE evidence (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                relation_id INTEGER REFERENCES relation(id) ON DELETE SET NULL,
                sentence INTEGER NOT NULL,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                rule TEXT NOT NULL,
                kind TEXT NOT NULL,
                label TEXT NOT NULL DEFAULT '',
                directed INTEGER NOT NULL,
                source_name TEXT NOT NULL,
                source_kind TEXT NOT NULL,
                target_name TEXT NOT NULL,
                target_kind TEXT NOT NULL
            );
            CREATE INDEX evidence_article ON evidence(article_id);
            CREATE INDEX evidence_relation ON evidence(relation_id);

            CREATE TABLE curation (
                id INTEGER PRIMARY KEY,
                action TEXT NOT NULL,
                name TEXT NOT NULL,
                kind TEXT,
                argument TEXT,
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                undone_at TEXT
            );
            """
        ),
        (
            "add an association score to relations",
            """
            ALTER TABLE relation ADD COLUMN score REAL;
            """
        ),
        (
            "give each entity an identity key, and record the store-wide joins and why each name joined its entity",
            """
            ALTER TABLE entity ADD COLUMN key TEXT;
            CREATE UNIQUE INDEX entity_key ON entity(key);

            CREATE TABLE identity_join (
                key TEXT PRIMARY KEY,
                target TEXT NOT NULL,
                name TEXT NOT NULL,
                reason TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT ''
            ) WITHOUT ROWID;

            CREATE TABLE name_join (
                id INTEGER PRIMARY KEY,
                entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                reason TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '',
                mentions INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX name_join_entity ON name_join(entity_id);
            """
        ),
    ]
}
