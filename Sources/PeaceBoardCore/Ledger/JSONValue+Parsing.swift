/// A direct reader of JSON text into `JSONValue`: payloads are built and read on every append
/// and replay, and decoding through `Codable` probes each value's type by throwing errors.
extension JSONValue {
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public let offset: Int
        public let reason: String
        public var description: String { "JSON byte \(offset): \(reason)" }
    }

    public init(parsing bytes: some Collection<UInt8>) throws(ParseError) {
        var parser = Parser(bytes: Array(bytes))
        parser.skipWhitespace()
        self = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.error("unexpected text after the value") }
    }

    /// The string that member `key` of the JSON object `bytes` holds, nil when it has none; the
    /// other members are passed over without being built. A ledger entry names its report this
    /// way without reading the findings around the name.
    public static func stringMember(_ key: String, ofObject bytes: some Collection<UInt8>) throws(ParseError) -> String? {
        var parser = Parser(bytes: Array(bytes))
        parser.skipWhitespace()
        try parser.expect("{")
        parser.skipWhitespace()
        if parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "}") { return nil }
        while true {
            parser.skipWhitespace()
            guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"") else {
                throw parser.error("a member name was expected")
            }
            let name = try parser.string()
            parser.skipWhitespace()
            try parser.expect(":")
            parser.skipWhitespace()
            if name == key {
                guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"") else { return nil }
                return try parser.string()
            }
            try parser.skipValue()
            parser.skipWhitespace()
            if try parser.separatorOrEnd("}") { return nil }
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        func error(_ reason: String) -> ParseError { ParseError(offset: index, reason: reason) }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func value(depth: Int) throws(ParseError) -> JSONValue {
            guard depth < 64 else { throw error("nested too deeply") }
            guard index < bytes.count else { throw error("a value was expected") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return .integer(try integer())
            }
        }

        mutating func object(depth: Int) throws(ParseError) -> JSONValue {
            index += 1
            var members: [String: JSONValue] = [:]
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("a member name was expected") }
                let key = try string()
                skipWhitespace()
                try expect(":")
                skipWhitespace()
                guard members.updateValue(try value(depth: depth + 1), forKey: key) == nil else {
                    throw error("the member name '\(key)' appears twice")
                }
                skipWhitespace()
                if try separatorOrEnd("}") { return .object(members) }
            }
        }

        mutating func array(depth: Int) throws(ParseError) -> JSONValue {
            index += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            while true {
                skipWhitespace()
                elements.append(try value(depth: depth + 1))
                skipWhitespace()
                if try separatorOrEnd("]") { return .array(elements) }
            }
        }

        /// Moves past one value without building it: strings are scanned for their closing quote,
        /// objects and arrays for the bracket that closes them.
        mutating func skipValue() throws(ParseError) {
            var depth = 0
            repeat {
                guard index < bytes.count else { throw error("a value was expected") }
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    index += 1
                    while true {
                        guard index < bytes.count else { throw error("the string is not closed") }
                        let byte = bytes[index]
                        index += byte == UInt8(ascii: "\\") ? 2 : 1
                        if byte == UInt8(ascii: "\"") { break }
                    }
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    guard depth < 64 else { throw error("nested too deeply") }
                    index += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard depth > 0 else { throw error("a value was expected") }
                    depth -= 1
                    index += 1
                case UInt8(ascii: ","), UInt8(ascii: ":"), 0x20, 0x0A, 0x0D, 0x09:
                    guard depth > 0 else { throw error("a value was expected") }
                    index += 1
                default:
                    // A number or a literal: up to the next delimiter.
                    while index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) {
                        index += 1
                    }
                }
            } while depth > 0
        }

        /// Consumes a comma (false) or the closing bracket (true).
        mutating func separatorOrEnd(_ closing: Unicode.Scalar) throws(ParseError) -> Bool {
            guard index < bytes.count else { throw error("'\(closing)' was expected") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; return false }
            if bytes[index] == UInt8(ascii: closing) { index += 1; return true }
            throw error("',' or '\(closing)' was expected")
        }

        mutating func expect(_ character: Unicode.Scalar) throws(ParseError) {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { throw error("'\(character)' was expected") }
            index += 1
        }

        mutating func literal(_ word: String) throws(ParseError) {
            let expected = Array(word.utf8)
            guard index + expected.count <= bytes.count, Array(bytes[index..<(index + expected.count)]) == expected else {
                throw error("'\(word)' was expected")
            }
            index += expected.count
        }

        /// Integers only: amounts are minor units, so a fraction or an exponent is an error.
        mutating func integer() throws(ParseError) -> Int64 {
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            let digitsStart = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > digitsStart else { throw error("a value was expected") }
            if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
                throw error("only whole numbers are allowed")
            }
            guard let value = Int64(String(decoding: bytes[start..<index], as: UTF8.self)) else {
                throw error("the number does not fit in 64 bits")
            }
            return value
        }

        mutating func string() throws(ParseError) -> String {
            index += 1
            var scalars = String.UnicodeScalarView()
            var runStart = index
            while true {
                guard index < bytes.count else { throw error("the string is not closed") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let run = String(decoding: bytes[runStart..<index], as: UTF8.self)
                    index += 1
                    scalars.append(contentsOf: run.unicodeScalars)
                    return String(scalars)
                }
                guard byte >= 0x20 else { throw error("a control character must be escaped") }
                guard byte == UInt8(ascii: "\\") else { index += 1; continue }
                scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars)
                index += 1
                guard index < bytes.count else { throw error("the escape is not complete") }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
                default: throw error("'\\\(Character(Unicode.Scalar(escaped)))' is not an escape")
                }
                runStart = index
            }
        }

        mutating func unicodeEscape() throws(ParseError) -> Unicode.Scalar {
            let high = try hexQuad()
            if (0xD800..<0xDC00).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("a high surrogate must be followed by a low one")
                }
                index += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw error("a high surrogate must be followed by a low one") }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("a lone surrogate is not a character") }
            return scalar
        }

        mutating func hexQuad() throws(ParseError) -> UInt32 {
            guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
            else { throw error("four hexadecimal digits were expected") }
            index += 4
            return value
        }
    }
}
