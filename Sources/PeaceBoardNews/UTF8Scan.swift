import Foundation

/// Character classes read straight from UTF-8 bytes. The reader walks every byte of every
/// report several times; going through `Character` costs a grapheme-cluster break and a
/// Unicode property lookup per step, which made it the reader's largest cost.
enum UTF8Scan {
    /// The scalar starting at `index` and how many bytes it takes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        var offset = 1
        while offset < width, index + offset < bytes.count {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
            offset += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", offset)
    }

    /// The scalar ending just before `end` and how many bytes it takes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (Unicode.Scalar, Int) {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, end - start < 4 { start -= 1 }
        return (scalar(in: bytes, at: start).0, end - start)
    }

    @inline(__always)
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isASCIILowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isASCIILetter(_ byte: UInt8) -> Bool { isASCIIUppercase(byte) || isASCIILowercase(byte) }

    /// "in the two-year conflict.The TPLF has agreed": pages whose paragraphs were run together
    /// lose the space after a sentence. A period after a lower-case word of three letters or more,
    /// then a capitalised word, ends a sentence, though no abbreviation or address ("U.S.", "gov.uk") is written so.
    static func isRunTogetherSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, next: Int) -> Bool {
        guard next + 1 < bytes.count, isASCIIUppercase(bytes[next]), isASCIILowercase(bytes[next + 1]) else { return false }
        var start = period
        while start > 0, isASCIILowercase(bytes[start - 1]) { start -= 1 }
        guard period - start >= 3 else { return false }
        // "Salva Kiir.Abdel Fattah": a capitalised word run into the next sentence too.
        if start > 0, isASCIIUppercase(bytes[start - 1]) { start -= 1 }
        return start == 0 || !isASCIILetterOrDigit(bytes[start - 1]) && bytes[start - 1] != UInt8(ascii: ".")
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Letters and digits of any script, and the marks that combine with them.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIILetterOrDigit(UInt8(scalar.value)) }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIIUppercase(UInt8(scalar.value)) : scalar.properties.isUppercase
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x61 && scalar.value <= 0x7A : scalar.properties.isLowercase
    }

    /// `range` without leading and trailing whitespace.
    static func trimmingWhitespace(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, width) = scalar(in: bytes, at: lower)
            guard isWhitespace(scalar) else { break }
            lower += width
        }
        while upper > lower {
            let (scalar, width) = scalar(in: bytes, endingAt: upper)
            guard isWhitespace(scalar) else { break }
            upper -= width
        }
        return lower..<upper
    }

    /// How many UTF-16 code units these bytes make: one per scalar, two for those past U+FFFF.
    static func utf16Count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes { count &+= (byte & 0xC0 != 0x80 ? 1 : 0) &+ (byte >= 0xF0 ? 1 : 0) }
        return count
    }

    /// The byte offset where the scalar `offset` UTF-16 code units in starts, or the end.
    static func utf8Offset(ofUTF16 offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var units = 0
        var index = 0
        // Eight ASCII bytes at a time: each is one unit, and most of a report is ASCII.
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count, units + 8 <= offset,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                units += 8
            }
        }
        while index < bytes.count, units < offset {
            let lead = bytes[index]
            let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            units += width == 4 ? 2 : 1
            index += width
        }
        return min(index, bytes.count)
    }

    /// UTF-16 offsets of byte offsets asked in increasing order, each counted from the last.
    struct UTF16Counter {
        private var byteOffset = 0
        private var utf16Offset = 0

        mutating func offset(ofUTF8 target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            if target < byteOffset { self = UTF16Counter() }
            utf16Offset += UTF8Scan.utf16Count(UnsafeBufferPointer(rebasing: bytes[byteOffset..<target]))
            byteOffset = target
            return utf16Offset
        }
    }

    /// Where `needle` first occurs in `haystack` at or after `start`.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard !needle.isEmpty, start >= 0, start <= haystack.count - needle.count, let base = haystack.baseAddress else { return nil }
        // memchr to each candidate first byte, then memcmp: `memmem` is not exported to Swift here.
        let last = haystack.count - needle.count
        var position = start
        while position <= last {
            guard let found = memchr(base + position, Int32(needle[0]), last - position + 1) else { return nil }
            position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return position }
            position += 1
        }
        return nil
    }

    /// Where `needle` last occurs wholly inside `haystack`.
    static func lastOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
        let first = needle[0]
        var position = haystack.count - needle.count
        while position >= 0 {
            if base[position] == first, memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return position }
            position -= 1
        }
        return nil
    }

    /// `text` lower-cased, sharing the text when it has no capitals (most words).
    static func folded(_ text: String) -> String {
        var needsFolding = false
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false }
            if isASCIIUppercase(byte) { needsFolding = true }
        }
        if isASCII { return needsFolding ? String(decoding: text.utf8.map { isASCIIUppercase($0) ? $0 | 0x20 : $0 }, as: UTF8.self) : text }
        return text.lowercased()
    }
}

extension String {
    /// The index `offset` UTF-8 bytes from the start: constant time for native strings.
    @inline(__always)
    func utf8Index(_ offset: Int) -> Index { utf8.index(utf8.startIndex, offsetBy: offset) }

    func utf8Offset(of index: Index) -> Int { utf8.distance(from: utf8.startIndex, to: index) }

    /// Whether `needle` occurs in the string, found on bytes: Foundation's `contains` on strings
    /// goes through a locale-aware search, slow on every paragraph.
    func containsBytes(of needle: StaticString) -> Bool {
        withBytes { bytes in
            UTF8Scan.firstOffset(of: UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount), in: bytes) != nil
        }
    }

    /// Runs `body` over the string's UTF-8 bytes without copying them when it can.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
