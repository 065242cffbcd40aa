import Foundation

/// A process fact as the record holds it: with the entry that recorded it.
public struct RecordedFact: Hashable, Sendable, Codable {
    public let sequence: Int64
    public let date: LocalDate
    public let author: String
    public let source: String?
    public let fact: ProcessFact

    public init(sequence: Int64, date: LocalDate, author: String, source: String?, fact: ProcessFact) {
        self.sequence = sequence
        self.date = date
        self.author = author
        self.source = source
        self.fact = fact
    }

    /// Whose word it rests on: a delegation's own answer, a vote or a closing is the record's
    /// own; a finding settles claims; anything else reported from a source is a claim.
    public var basis: Basis {
        switch fact {
        case .findingRecorded: return .finding
        case .reportIngested: return .claim
        case .responseRecorded(let response):
            if author.hasPrefix("delegate:") { return .ownRecord }
            return response.basis ?? .claim
        case .voteCast, .resolutionApproved, .votingClosed, .resolutionTabled, .catalogueAdopted, .dossierOpened,
            .dossierStatusChanged:
            return .ownRecord
        default:
            return source == nil && fact.claimant == nil ? .ownRecord : .claim
        }
    }

    /// Orders facts by effective date, then by the order they were recorded.
    static func precedes(_ lhs: RecordedFact, _ rhs: RecordedFact) -> Bool {
        (lhs.date, lhs.sequence) < (rhs.date, rhs.sequence)
    }
}

extension ProcessFact {
    /// Who the fact says asserted it, when that is not the acting party itself.
    public var claimant: Party? {
        switch self {
        case .dossierRoleAssigned(let value): value.claimant
        case .participationChanged(let value): value.claimant
        case .proposalTabled(let value): value.claimant
        case .responseRecorded(let value): value.claimant
        case .ceasefireChanged(let value): value.claimant
        case .sanctionChanged(let value): value.claimant
        case .claimRecorded(let value): value.claimant
        default: nil
        }
    }

    /// The statement the fact rests on, when it quotes one.
    public var statement: Statement? {
        switch self {
        case .dossierRoleAssigned(let value): value.statement
        case .envoyAppointed(let value): value.statement
        case .meetingPlanned(let value): value.statement
        case .participationChanged(let value): value.statement
        case .meetingConcluded(let value): value.statement
        case .proposalTabled(let value): value.statement
        case .responseRecorded(let value): value.statement
        case .ceasefireChanged(let value): value.statement
        case .sanctionChanged(let value): value.statement
        case .claimRecorded(let value): value.statement
        default: nil
        }
    }
}

/// Stored in snapshots as its entry kind and payload, the same form as the ledger.
extension ProcessFact: Codable {
    private enum CodingKeys: String, CodingKey { case kind, payload }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(EntryKind.self, forKey: .kind)
        let payload = try container.decode(JSONValue.self, forKey: .payload)
        guard let fact = try ProcessFact(kind: kind, payload: Data(payload.canonicalText.utf8)) else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "\(kind) is not a process fact")
        }
        self = fact
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(payload, forKey: .payload)
    }
}

/// Facts kept in date order, so that "as of a day" is a binary search.
struct Timeline: Hashable, Sendable, Codable {
    private(set) var facts: [RecordedFact] = []

    mutating func insert(_ fact: RecordedFact) {
        // Facts mostly arrive in date order; a late report of an old fact is slotted in.
        if let last = facts.last, RecordedFact.precedes(fact, last) {
            facts.insert(fact, at: endIndex(through: fact.date))
        } else {
            facts.append(fact)
        }
    }

    /// The index after the last fact dated on or before `day`.
    func endIndex(through day: LocalDate) -> Int {
        var low = 0
        var high = facts.count
        while low < high {
            let middle = (low + high) / 2
            if facts[middle].date <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func through(_ day: LocalDate) -> ArraySlice<RecordedFact> { facts[..<endIndex(through: day)] }

    /// Facts dated after `since` and on or before `until`.
    func between(after since: LocalDate, through until: LocalDate) -> ArraySlice<RecordedFact> {
        guard since < until else { return [] }
        return facts[endIndex(through: since)..<endIndex(through: until)]
    }
}
