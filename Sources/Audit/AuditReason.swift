/// Why the audit lists an entity: a stable code (what JSON output and scripts match on) and the chance,
/// on its own, that an entity with this reason is wrong (junk, mistyped, or a duplicate to merge).
///
/// The chances are judgement calls checked against the baseline judgments of the Reuters store
/// (docs/judgments/baseline/): a case variant (NEW YORK beside New York) is nearly always a split
/// entity; an all-caps word seen mostly in headlines (SELLS, USX SAYS) is usually a headline word.
public enum AuditReason: String, Sendable, CaseIterable, Codable {
    case caseVariant = "duplicate.case-variant"
    case nearDuplicate = "duplicate.near"
    case headline = "junk.headline"
    case furniture = "junk.furniture"
    case veryLong = "junk.very-long"
    case allCaps = "shape.all-caps"
    case kindConflict = "kind.conflict"
    case ambiguousName = "identity.ambiguous"
    case storeWideJoin = "identity.store-wide-join"
    case lowConfidence = "evidence.low-confidence"
    case seenOnce = "evidence.seen-once"
    case rejected = "curation.rejected"

    /// How likely an entity with this reason alone is wrong, between 0 and 1. For a kind conflict and a duplicate
    /// pair the audit weighs it by the entity (share of mentions typed otherwise; the pair's sizes): `Auditor.audit`.
    public var chance: Double {
        switch self {
        case .caseVariant: 0.9
        case .headline: 0.8
        case .furniture: 0.7
        case .nearDuplicate: 0.5
        case .veryLong: 0.5
        case .kindConflict: 0.4
        case .ambiguousName: 0.4
        case .storeWideJoin: 0.3
        case .allCaps: 0.3
        case .lowConfidence: 0.3
        case .seenOnce: 0.1
        case .rejected: 0
        }
    }
}
