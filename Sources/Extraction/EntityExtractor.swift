import NewsGraphCore

/// Finds mentions of people, places, organizations and groups in a `Document`, with rules and gazetteers only.
///
/// In: a tokenized document. Out: mentions with kind, rule id and confidence, sorted by range, not overlapping.
/// `Mention.entity` is still the surface name; `Resolver` sets canonical names.
///
/// ```swift
/// let document = Tokenizer.document(text: TextBuffer("Ms Zhumatai was detained in Urumqi."), blocks: [TextRange(0, 35)])
/// let mentions = EntityExtractor().mentions(in: document)   // Zhumatai: person, Urumqi: place
/// ```
///
/// Steps: user patterns and user gazetteer phrases claim their tokens; the remaining capitalised runs (split at
/// sentence-start common words, joined over connecting words inside organization names, titles cut off) are classified
/// by the priority in `RuleTable`; then a document pass gives weakly typed names the kind of a stronger mention of
/// the same name or of the full name they are part of, and raises confidence for repeated names.
public struct EntityExtractor: Sendable {
    public let gazetteer: Gazetteer
    public let userRules: UserRules

    /// An extractor with the standard gazetteers (empty ones if the resources are missing: check `Gazetteer.standard`).
    public init() {
        self.init(userRules: UserRules())
    }

    /// An extractor with the standard gazetteers plus user gazetteer entries and patterns.
    public init(userRules: UserRules, gazetteer: Gazetteer? = nil) {
        var base = gazetteer ?? ((try? Gazetteer.standard.get()) ?? Gazetteer())
        for entry in userRules.entries { base.add(entry.name, .userFlag(for: entry.kind)) }
        self.gazetteer = base
        self.userRules = userRules
    }

    public func mentions(in document: Document) -> [Mention] {
        mentions(in: document, documentPass: true)
    }

    /// The mentions of `document`; without the document pass, each as its run rule found it, unsupported ones included
    /// (what the rule-table tests check).
    package func mentions(in document: Document, documentPass: Bool) -> [Mention] {
        document.text.scalars.withUnsafeBufferPointer { s in
            var pass = ExtractionPass(document: document, scalars: s, gazetteer: gazetteer, userRules: userRules)
            return pass.run(documentPass: documentPass)
        }
    }
}
