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

    /// Words of ASCII, the common case, are looked up by their joined bytes as phrases are.
    subscript(words: [String]) -> Value? {
        let joinedByBytes: Value?? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { bytes in
            var used = 0
            for (position, word) in words.enumerated() {
                guard Self.append(word, spaced: position > 0, to: bytes, used: &used) else { return .none }
            }
            return .some(joined.value(forBytes: UnsafeBufferPointer(rebasing: bytes[..<used])))
        }
        if let joinedByBytes { return joinedByBytes }
        return byWords[words]
    }

    /// Appends `word`'s bytes after a space when `spaced`; false when it is not ASCII, holds a
    /// space, or `bytes` is full, and the words must be looked up as strings.
    private static func append(_ word: String, spaced: Bool, to bytes: UnsafeMutableBufferPointer<UInt8>, used: inout Int) -> Bool {
        if spaced {
            guard used < bytes.count else { return false }
            bytes[used] = UInt8(ascii: " ")
            used += 1
        }
        for byte in word.utf8 {
            guard byte < 0x80, byte != UInt8(ascii: " "), used < bytes.count else { return false }
            bytes[used] = byte
            used += 1
        }
        return true
    }

    /// The longest phrase of at most `longest` words starting at `index`, and its length.
    func longestMatch(at index: Int, in words: [Word], longest: Int) -> (Int, Value)? {
        let count = min(longest, words.count - index)
        guard count > 0 else { return nil }
        let matched: (Int, Value)?? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { bytes in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { ends -> (Int, Value)?? in
                var used = 0
                for length in 0..<count {
                    guard Self.append(words[index + length].text, spaced: length > 0, to: bytes, used: &used) else { return .none }
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
