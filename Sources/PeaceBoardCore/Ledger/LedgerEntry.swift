import Foundation

/// What a writer asks the ledger to record; the ledger assigns sequence, time and hashes.
public struct EntryDraft: Hashable, Sendable {
    public var effectiveDate: LocalDate
    public var author: String
    public var kind: EntryKind
    public var payload: JSONValue
    /// The sequence number of an earlier entry that this one corrects or retracts.
    public var supersedes: Int64?
    /// Where the fact comes from: a document, a report, a meeting record.
    public var source: String?

    public init(
        effectiveDate: LocalDate, author: String, kind: EntryKind, payload: JSONValue,
        supersedes: Int64? = nil, source: String? = nil
    ) {
        self.effectiveDate = effectiveDate
        self.author = author
        self.kind = kind
        self.payload = payload
        self.supersedes = supersedes
        self.source = source
    }
}

/// One immutable entry of the append-only record, chained to its predecessor by hash.
public struct LedgerEntry: Hashable, Sendable {
    public let sequence: Int64
    public let recordedAt: Timestamp
    public let effectiveDate: LocalDate
    public let author: String
    public let kind: EntryKind
    /// The payload in canonical JSON text, exactly as hashed and stored.
    public let payloadText: String
    public let supersedes: Int64?
    public let source: String?
    public let previousHash: String
    public let hash: String

    public init(
        sequence: Int64, recordedAt: Timestamp, effectiveDate: LocalDate, author: String, kind: EntryKind,
        payloadText: String, supersedes: Int64?, source: String?, previousHash: String, hash: String
    ) {
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.effectiveDate = effectiveDate
        self.author = author
        self.kind = kind
        self.payloadText = payloadText
        self.supersedes = supersedes
        self.source = source
        self.previousHash = previousHash
        self.hash = hash
    }

    /// Seals a draft as the entry that follows `previous` (nil for the first entry).
    public init(sealing draft: EntryDraft, after previous: ChainHead?, recordedAt: Timestamp) {
        let sequence = (previous?.sequence ?? 0) + 1
        let previousHash = previous?.hash ?? ChainHead.genesisHash
        let payloadText = draft.payload.canonicalText
        self.init(
            sequence: sequence, recordedAt: recordedAt, effectiveDate: draft.effectiveDate, author: draft.author,
            kind: draft.kind, payloadText: payloadText, supersedes: draft.supersedes, source: draft.source,
            previousHash: previousHash,
            hash: EntryHasher.hash(
                sequence: sequence, recordedAt: recordedAt, effectiveDate: draft.effectiveDate, author: draft.author,
                kind: draft.kind, payloadText: payloadText, supersedes: draft.supersedes, source: draft.source,
                previousHash: previousHash))
    }

    public var head: ChainHead { ChainHead(sequence: sequence, hash: hash) }

    /// The hash this entry's content should have; differs from `hash` if the row was altered.
    public var recomputedHash: String {
        EntryHasher.hash(
            sequence: sequence, recordedAt: recordedAt, effectiveDate: effectiveDate, author: author, kind: kind,
            payloadText: payloadText, supersedes: supersedes, source: source, previousHash: previousHash)
    }
}

/// The last entry of a chain: the point a new entry must link to.
public struct ChainHead: Hashable, Sendable, Codable {
    public let sequence: Int64
    public let hash: String

    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// The `previousHash` of entry 1.
    public static let genesisHash = String(repeating: "0", count: 64)
}

/// The exchange form (API, export, import): the payload travels as a JSON object and is
/// brought back to its canonical text on the way in, so a round trip keeps every hash.
extension LedgerEntry: Codable {
    private enum CodingKeys: String, CodingKey {
        case sequence, recordedAt, effectiveDate, author, kind, payload, supersedes, source, previousHash, hash
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            sequence: try container.decode(Int64.self, forKey: .sequence),
            recordedAt: try container.decode(Timestamp.self, forKey: .recordedAt),
            effectiveDate: try container.decode(LocalDate.self, forKey: .effectiveDate),
            author: try container.decode(String.self, forKey: .author),
            kind: try container.decode(EntryKind.self, forKey: .kind),
            payloadText: try container.decode(JSONValue.self, forKey: .payload).canonicalText,
            supersedes: try container.decodeIfPresent(Int64.self, forKey: .supersedes),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            previousHash: try container.decode(String.self, forKey: .previousHash),
            hash: try container.decode(String.self, forKey: .hash))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(recordedAt, forKey: .recordedAt)
        try container.encode(effectiveDate, forKey: .effectiveDate)
        try container.encode(author, forKey: .author)
        try container.encode(kind, forKey: .kind)
        try container.encode(payload, forKey: .payload)
        try container.encodeIfPresent(supersedes, forKey: .supersedes)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encode(previousHash, forKey: .previousHash)
        try container.encode(hash, forKey: .hash)
    }

    /// The payload as a JSON value; stored text that no longer parses shows as a string.
    public var payload: JSONValue {
        (try? JSONValue(parsing: payloadText.utf8)) ?? .string(payloadText)
    }
}
