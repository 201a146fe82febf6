/// The extraction rules: stable ids stored on every mention, with the base confidence each gives.
///
/// Priority when rules could disagree on one run of capitalised words (first wins, see `ExtractionPass.classify`):
/// 1. user patterns (before runs are built) and user gazetteer names;
/// 2. a whole multi-word gazetteer name (place, group, well-known organization) before any cutting;
/// 3. titles are cut off (`person.title-cue` for what follows), a trailing role is dropped;
/// 4. groups: plural forms, nouns ("a Kazakh"), plural after other words, morphology ("Nevadans");
/// 5. well-known organizations; countries and cities with a team verb (`organization.team-cue`);
/// 6. countries, regions, subdivisions and multi-word places (`place.gazetteer`);
/// 7. organization head words, then acronyms, then inner capitals (`organization.camel-case`);
/// 8. single-word cities unless the context says person; place head words;
/// 9. role, context, given-name and surname, age, speech, citation, place and possessive cues;
/// 10. defaults (`person.capitalized-*`, `organization.capitalized-name`), kept only with document support.
/// A document pass then retypes weak mentions by stronger mentions of the same name, joins name parts to full names,
/// turns multi-word names repeated in full into organizations, and raises confidence for repeated names.
/// Spans never overlap: runs are cut left to right and user patterns take their tokens first.
package enum RuleTable {
    package static let baseConfidence: [String: Double] = [
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
    package static func isDefault(_ rule: String) -> Bool {
        rule == "person.capitalized-word" || rule == "person.capitalized-name"
            || rule == "organization.capitalized-name"
    }

    /// Rules whose evidence is about personal names themselves (a title, a role, a known given name or an age).
    package static func isPersonalNameEvidence(_ rule: String) -> Bool {
        rule == "person.title-cue" || rule == "person.role-cue" || rule == "person.given-name"
            || rule == "person.age-cue"
            || rule == "person.citation-cue" || rule == "user.gazetteer"
    }

    package static func confidence(_ rule: String) -> Double {
        baseConfidence[rule] ?? 0.5
    }
}
