/// The name the secretariat gives a dossier, meeting, proposal, person or sanction:
/// `ukraine-russia`, `istanbul-talks-2025`, `vladimir-putin`. Stable, readable, typed in URLs.
public struct RecordName: TextCoded, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let text: String

    public init?(text: String) {
        let bytes = text.utf8
        guard (1...64).contains(bytes.count), let first = bytes.first, first != UInt8(ascii: "-"),
            bytes.allSatisfy({ ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") })
        else { return nil }
        self.text = text
    }

    public static let expectedText = "a name of 1 to 64 lower-case letters, digits and hyphens (e.g. ukraine-russia)"
    public var description: String { text }
    public static func < (lhs: RecordName, rhs: RecordName) -> Bool { lhs.text < rhs.text }
}
