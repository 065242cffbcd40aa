import Foundation

/// A fixed table from words to values, looked up by a word's UTF-8 bytes. The reader looks up
/// every word it splits; `Dictionary<String, _>` hashes each with SipHash and a fresh seed,
/// which cost more than splitting the word. Keys are compared byte for byte, so a word and its
/// key must be written the same way (the reader folds words to lower case first).
struct WordTable<Value>: @unchecked Sendable {
    /// Each slot holds an index into `values` plus one, or zero when empty.
    private let slots: [Int32]
    private let keyBytes: [UInt8]
    private let keyBounds: [Range<Int>]
    fileprivate let values: [Value]
    private let mask: Int

    init(_ pairs: some Sequence<(String, Value)>) {
        var keyBytes: [UInt8] = []
        var keyBounds: [Range<Int>] = []
        var values: [Value] = []
        var indexOfKey: [String: Int] = [:]
        for (key, value) in pairs {
            if let existing = indexOfKey[key] {
                values[existing] = value
                continue
            }
            indexOfKey[key] = values.count
            let start = keyBytes.count
            keyBytes += key.utf8
            keyBounds.append(start..<keyBytes.count)
            values.append(value)
        }
        var capacity = 16
        while capacity < values.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (index, bounds) in keyBounds.enumerated() {
            var slot = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[bounds])) } & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
        self.keyBytes = keyBytes
        self.keyBounds = keyBounds
        self.values = values
        self.mask = capacity - 1
    }

    func value(forBytes word: UnsafeBufferPointer<UInt8>) -> Value? {
        var slot = Self.hash(word) & mask
        return keyBytes.withUnsafeBufferPointer { keys in
            slots.withUnsafeBufferPointer { slots in
                keyBounds.withUnsafeBufferPointer { keyBounds in
                    while true {
                        let entry = Int(slots[slot])
                        if entry == 0 { return nil }
                        let bounds = keyBounds[entry - 1]
                        if bounds.count == word.count, word.isEmpty || memcmp(keys.baseAddress! + bounds.lowerBound, word.baseAddress!, word.count) == 0 {
                            return values[entry - 1]
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    subscript(word: String) -> Value? {
        word.withBytes(value(forBytes:))
    }

    /// FNV-1a: short words, no adversary (the keys are fixed), so a simple hash does.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

extension WordTable: ExpressibleByArrayLiteral where Value == Void {
    /// Not inlined: the lexicon writes hundreds of these literals in one initializer, and with the
    /// table's construction inlined into each, an incremental release build took 38–47 minutes,
    /// nearly all of it optimizing that one function; without, 3.
    @inline(never)
    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// A set of words.
    init(_ words: some Sequence<String>) {
        self.init(words.lazy.map { ($0, ()) })
    }

    func contains(_ word: String) -> Bool { self[word] != nil }

    var isEmpty: Bool { values.isEmpty }
}
