/// Recomputes a hash chain entry by entry and names the first entry that breaks it.
public struct ChainVerifier: Sendable {
    public enum Break: Error, Hashable, Sendable, CustomStringConvertible {
        case sequenceGap(expected: Int64, found: Int64)
        case wrongPreviousHash(sequence: Int64)
        case contentAltered(sequence: Int64)

        public var sequence: Int64 {
            switch self {
            case .sequenceGap(let expected, _): expected
            case .wrongPreviousHash(let sequence), .contentAltered(let sequence): sequence
            }
        }

        public var description: String {
            switch self {
            case .sequenceGap(let expected, let found):
                "entry \(expected) is missing: the chain jumps to entry \(found)"
            case .wrongPreviousHash(let sequence):
                "entry \(sequence) does not link to the hash of entry \(sequence - 1)"
            case .contentAltered(let sequence):
                "entry \(sequence) was altered: its content no longer matches its hash"
            }
        }
    }

    public private(set) var head: ChainHead?

    public init(startingAfter head: ChainHead? = nil) {
        self.head = head
    }

    public mutating func check(_ entry: LedgerEntry) throws(Break) {
        let expected = (head?.sequence ?? 0) + 1
        guard entry.sequence == expected else { throw .sequenceGap(expected: expected, found: entry.sequence) }
        guard entry.previousHash == (head?.hash ?? ChainHead.genesisHash) else {
            throw .wrongPreviousHash(sequence: entry.sequence)
        }
        guard entry.recomputedHash == entry.hash else { throw .contentAltered(sequence: entry.sequence) }
        head = entry.head
    }
}
