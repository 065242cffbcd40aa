/// Checks raw bytes before they are read as a report, so that a batch can say why a file was
/// skipped and go on with the rest.
public enum ReportInput {
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        case tooLarge(bytes: Int, limit: Int)
        case notUTF8
        case binary
        case html

        public var description: String {
            switch self {
            case .empty: "the file is empty"
            case .tooLarge(let bytes, let limit): "the file has \(bytes) bytes; reports over \(limit) bytes are not read"
            case .notUTF8: "the file is not UTF-8 text"
            case .binary: "the file holds binary data, not text"
            case .html: "the file is HTML; save the article as plain text first"
            }
        }
    }

    public static let defaultLimit = 5 * 1024 * 1024

    /// The report's length in UTF-16 code units, the unit of every offset the reader gives:
    /// counted on its bytes, since `utf16.count` walks a string that is not ASCII scalar by scalar.
    public static func utf16Length(of text: String) -> Int {
        text.withBytes(UTF8Scan.utf16Count)
    }

    public static func text(from bytes: [UInt8], limit: Int = defaultLimit) throws(Problem) -> String {
        guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { throw .empty }
        guard bytes.count <= limit else { throw .tooLarge(bytes: bytes.count, limit: limit) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notUTF8 }
        let controls = bytes.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard controls == 0 || controls * 1000 < bytes.count && !bytes.contains(0) else { throw .binary }
        let head = String(decoding: bytes.prefix(2048).map { UTF8Scan.isASCIIUppercase($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        func has(_ tag: String) -> Bool { head.firstRange(of: tag) != nil }
        if has("<!doctype html") || has("<html") || (has("<body") && has("</")) { throw .html }
        return text
    }
}
