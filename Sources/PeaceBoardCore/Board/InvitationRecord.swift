/// An invitation and every change of its status, oldest first.
public struct InvitationRecord: Hashable, Sendable, Codable {
    public struct Change: Hashable, Sendable, Codable {
        public let status: InvitationStatus
        public let date: LocalDate
        public let sequence: Int64
        public let author: String
        public let statement: Statement?
        public let source: String?
    }

    public let id: InvitationID
    public let state: StateCode
    public let addressee: Addressee?
    public let deadline: LocalDate?
    public private(set) var changes: [Change]

    init(issued: BoardEvent.InvitationIssued, entry: LedgerEntry) {
        self.id = issued.invitation
        self.state = issued.state
        self.addressee = issued.addressee
        self.deadline = issued.deadline
        self.changes = [
            Change(
                status: .invited, date: entry.effectiveDate, sequence: entry.sequence, author: entry.author,
                statement: issued.statement, source: entry.source)
        ]
    }

    public var issuedOn: LocalDate { changes[0].date }
    public var current: Change { changes[changes.count - 1] }

    /// The latest change on or before `day`; nil if the invitation was not issued yet.
    public func change(asOf day: LocalDate) -> Change? {
        changes.last { $0.date <= day }
    }

    mutating func append(_ change: Change) {
        changes.append(change)
    }
}
