/// A party's answer to a proposal or to one of its provisions.
public enum Stance: String, Hashable, Sendable, Codable, CaseIterable {
    case accepted
    case rejected
    /// Accepted on conditions, which the response lists.
    case conditional
    /// "We need to think about it."
    case underReview
    /// "A first step, but not enough."
    case welcomedAsInsufficient
    /// Supports a proposal made by others ("the US supports this initiative").
    case supported
}

/// Whose word a process fact rests on.
public enum Basis: String, Hashable, Sendable, Codable {
    /// Reported by a source and attributed to a claimant; other claims may contradict it.
    case claim
    /// The secretariat's conclusion where claims conflicted.
    case finding
    /// Recorded by the secretariat or a delegation as a fact of its own (a vote cast, a party's own answer).
    case ownRecord
}
