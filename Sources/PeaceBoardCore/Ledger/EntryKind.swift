/// The kind of a ledger entry, e.g. `invitation.accepted`.
///
/// An open set on purpose: the ledger stores and verifies kinds that this version of the
/// domain does not interpret yet (dossiers, claims, votes), and projections skip them.
public struct EntryKind: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
    public static func < (lhs: EntryKind, rhs: EntryKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Lower-case dotted words: `area.event`, letters, digits and dots only.
    public var isWellFormed: Bool {
        let parts = rawValue.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && rawValue.utf8.count <= 64
            && parts.allSatisfy { part in
                !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
            }
    }
}
