/// The gazetteer's phrases, looked up by the bytes of a report's words joined by spaces: every
/// capitalised word that may start a phrase is tried against them, and hashing arrays of
/// strings cost more than the rest of finding places.
struct PhraseTable<Value>: Sendable where Value: Sendable {
    private let joined: WordTable<Value>
    /// For words that are not ASCII: compared as strings, which take canonically equivalent
    /// spellings ("é" composed or not) as one.
    private let byWords: [[String]: Value]

    init(_ phrases: [[String]: Value]) {
        joined = WordTable(phrases.map { ($0.key.joined(separator: " "), $0.value) })
        byWords = phrases
    }

    /// Words of ASCII, the common case, are joined and looked up by their bytes: hashing an
    /// array of strings costs more than the rest of the lookup.
    subscript(words: [String]) -> Value? {
        let joinedByBytes: Value?? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { bytes in
            var used = 0
            for (position, word) in words.enumerated() {
                if position > 0 {
                    guard used < bytes.count else { return .none }
                    bytes[used] = UInt8(ascii: " ")
                    used += 1
                }
                for byte in word.utf8 {
                    guard byte < 0x80, byte != UInt8(ascii: " "), used < bytes.count else { return .none }
                    bytes[used] = byte
                    used += 1
                }
            }
            return .some(joined.value(forBytes: UnsafeBufferPointer(rebasing: bytes[..<used])))
        }
        if let joinedByBytes { return joinedByBytes }
        return byWords[words]
    }

    /// The longest phrase of at most `longest` words starting at `index`, and its length.
    func longestMatch(at index: Int, in words: [Word], longest: Int) -> (Int, Value)? {
        let count = min(longest, words.count - index)
        guard count > 0 else { return nil }
        let matched: (Int, Value)?? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { bytes in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { ends -> (Int, Value)?? in
                var used = 0
                for length in 0..<count {
                    if length > 0 {
                        guard used < bytes.count else { return .none }
                        bytes[used] = UInt8(ascii: " ")
                        used += 1
                    }
                    for byte in words[index + length].text.utf8 {
                        guard byte < 0x80, used < bytes.count else { return .none }
                        bytes[used] = byte
                        used += 1
                    }
                    ends[length] = used
                }
                for length in stride(from: count, through: 1, by: -1) {
                    if let value = joined.value(forBytes: UnsafeBufferPointer(rebasing: bytes[..<ends[length - 1]])) { return .some((length, value)) }
                }
                return .some(nil)
            }
        }
        if let matched { return matched }
        for length in stride(from: count, through: 1, by: -1) {
            if let value = byWords[words[index..<(index + length)].map(\.text)] { return (length, value) }
        }
        return nil
    }
}
