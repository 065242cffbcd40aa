import Crypto

/// SHA-256 over a canonical, unambiguous encoding of an entry's fields.
///
/// Each field is written as its UTF-8 byte count, a colon, the bytes and a newline, so no
/// choice of text in one field can imitate another field.
enum EntryHasher {
    static func hash(
        sequence: Int64, recordedAt: Timestamp, effectiveDate: LocalDate, author: String, kind: EntryKind,
        payloadText: String, supersedes: Int64?, source: String?, previousHash: String
    ) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 + payloadText.utf8.count)
        for field in [
            "peaceboard-entry-v1", String(sequence), recordedAt.text, effectiveDate.description, author, kind.rawValue,
            payloadText, supersedes.map(String.init) ?? "", source ?? "", previousHash,
        ] {
            bytes.append(contentsOf: String(field.utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: field.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        return SHA256.hash(data: bytes).hexString
    }
}

extension Sequence where Element == UInt8 {
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        for byte in self {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}

extension SHA256.Digest {
    var hexString: String { Array(self).hexString }
}
