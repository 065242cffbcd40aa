import Foundation

/// When the record learned a fact: an ISO 8601 UTC instant with millisecond precision.
///
/// Kept as its canonical text so that the hash of an entry never depends on how a platform
/// formats dates.
public struct Timestamp: Hashable, Comparable, Sendable, TextCoded, CustomStringConvertible {
    public let text: String

    public init(_ date: Date) {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = millis / 1000
        let day = LocalDate(dayNumber: Int(seconds / 86_400) - (seconds % 86_400 < 0 ? 1 : 0))
        let secondOfDay = Int(((seconds % 86_400) + 86_400) % 86_400)
        let millisecond = Int(((millis % 1000) + 1000) % 1000)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        self.text =
            "\(day)T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(millisecond, 3))Z"
    }

    /// Accepts the canonical form this type writes (`YYYY-MM-DDTHH:MM:SS.mmmZ`).
    public init?(canonical text: String) {
        guard text.utf8.count == 24, text.hasSuffix("Z"), LocalDate(iso8601: text.prefix(10)) != nil else { return nil }
        self.text = text
    }

    public var day: LocalDate { LocalDate(iso8601: text.prefix(10))! }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.text < rhs.text }

    public var description: String { text }

    public init?(text: String) { self.init(canonical: text) }
    public static let expectedText = "a timestamp of the form YYYY-MM-DDTHH:MM:SS.mmmZ"
}
