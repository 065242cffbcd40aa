/// The life of an invitation to join the Board.
///
/// `invited → underReview → accepted | declined`, or `withdrawn` by the chair, or `lapsed`
/// after its deadline. The last four are final.
public enum InvitationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case invited
    case underReview
    case accepted
    case declined
    case withdrawn
    case lapsed

    public var isOpen: Bool { self == .invited || self == .underReview }

    /// Why moving from `self` to `next` is impossible, or nil when it is allowed.
    public func refusal(movingTo next: InvitationStatus) -> String? {
        switch (self, next) {
        case (_, .invited):
            return "an invitation is issued once; it cannot return to 'invited'"
        case (.invited, _), (.underReview, .accepted), (.underReview, .declined), (.underReview, .withdrawn),
            (.underReview, .lapsed):
            return nil
        case (.underReview, .underReview):
            return "the invitation is already under review"
        case (.accepted, .accepted):
            return "the invitation was already accepted"
        case (.accepted, _), (.declined, _), (.withdrawn, _), (.lapsed, _):
            return "the invitation was \(self.rawValue == "underReview" ? "under review" : rawValue) and is closed"
        }
    }
}

/// An invitation's identifier, `INV-0001`, assigned by the record in order of issue.
public struct InvitationID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(number: Int) {
        let digits = String(number)
        self.rawValue = "INV-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public var number: Int? {
        guard rawValue.hasPrefix("INV-") else { return nil }
        return Int(rawValue.dropFirst(4))
    }

    public var description: String { rawValue }
    public static func < (lhs: InvitationID, rhs: InvitationID) -> Bool { (lhs.number ?? 0) < (rhs.number ?? 0) }
}
