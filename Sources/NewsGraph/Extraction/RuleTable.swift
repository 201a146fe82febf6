/// The extraction rules: stable ids stored on every mention, with the base confidence each gives.
///
/// Priority when rules disagree on one span (first wins): user gazetteer and user patterns, group gazetteer,
/// title or role cue, whole-span place gazetteer for countries, regions and multi-word places, organization head word,
/// acronym, single-word place gazetteer, place head word, given name or surname, context cues, capitalised-name
/// default. Spans never overlap: runs are cut left to right and user patterns take their tokens first.
enum RuleTable {
    static let baseConfidence: [String: Double] = [
        "user.gazetteer": 0.95,
        "group.gazetteer": 0.9,
        "group.demonym-noun": 0.75,
        "group.morphology": 0.6,
        "person.title-cue": 0.9,
        "person.role-cue": 0.8,
        "person.given-name": 0.8,
        "person.surname": 0.6,
        "person.name-part": 0.75,
        "person.age-cue": 0.8,
        "person.speech-cue": 0.7,
        "person.citation-cue": 0.7,
        "person.repeated-name": 0.7,
        "person.possessive-cue": 0.5,
        "person.capitalized-name": 0.45,
        "person.non-latin-name": 0.5,
        "person.capitalized-word": 0.35,
        "place.gazetteer": 0.85,
        "place.head-word": 0.75,
        "place.context-cue": 0.55,
        "organization.head-word": 0.8,
        "organization.acronym": 0.65,
        "organization.acronym-definition": 0.9,
        "organization.context-cue": 0.7,
        "organization.statement-cue": 0.6,
        "organization.capitalized-name": 0.35,
        "organization.repeated-full-name": 0.6,
        "organization.camel-case": 0.6,
        "organization.gazetteer": 0.85,
        "organization.team-cue": 0.6,
    ]

    /// Default rules: their mentions are kept only when the document pass finds support (same name typed by a
    /// stronger rule, or part of a full person name).
    static func isDefault(_ rule: String) -> Bool {
        rule == "person.capitalized-word" || rule == "person.capitalized-name" || rule == "organization.capitalized-name"
    }

    /// Rules whose evidence is about personal names themselves (a title, a role, a known given name or an age).
    static func isPersonalNameEvidence(_ rule: String) -> Bool {
        rule == "person.title-cue" || rule == "person.role-cue" || rule == "person.given-name" || rule == "person.age-cue"
            || rule == "person.citation-cue" || rule == "user.gazetteer"
    }

    static func confidence(_ rule: String) -> Double {
        baseConfidence[rule] ?? 0.5
    }
}
