import Foundation

/// A board history saved at one point of the chain, so that a restart replays only the
/// entries recorded after it instead of the whole ledger.
///
/// A snapshot is a cache derived from the ledger, never part of the record: a reader checks
/// that the chain still holds the snapshot's head before trusting it, and one of another
/// format is ignored.
extension BoardHistory {
    /// Changes whenever the projection's rules or layout change, which invalidates older snapshots.
    public static let snapshotFormat = "board-history-5"

    /// Past this many process facts a snapshot is not taken: encoding and decoding a record that
    /// large as JSON costs more time and memory than replaying its entries.
    public static let snapshotProcessFactLimit = 100_000

    public struct SnapshotTooLarge: Error {}

    public func snapshot() throws -> Data {
        guard process.factCount <= Self.snapshotProcessFactLimit else { throw SnapshotTooLarge() }
        return try JSONEncoder().encode(
            Snapshot(
                head: head, charters: charters, chairs: chairs, executives: executives,
                invitations: Array(invitations.values), memberships: memberships, acceptanceDays: acceptanceDays,
                contributions: contributions, reportedInvitations: reportedInvitations,
                highestInvitationNumber: highestInvitationNumber, entryKindCodes: RawArray(entryKindCodes),
                kindNames: kindNames, supersededSequences: Array(supersededSequences), process: process))
    }

    public init(snapshot data: Data) throws {
        let snapshot = try JSONDecoder().decode(Snapshot.self, from: data)
        self.init()
        head = snapshot.head
        charters = snapshot.charters
        chairs = snapshot.chairs
        executives = snapshot.executives
        invitations = Dictionary(uniqueKeysWithValues: snapshot.invitations.map { ($0.id, $0) })
        openInvitationByState = Dictionary(
            uniqueKeysWithValues: snapshot.invitations.filter { $0.current.status.isOpen }.map { ($0.state, $0.id) })
        memberships = snapshot.memberships
        acceptanceDays = snapshot.acceptanceDays
        contributions = snapshot.contributions
        reportedInvitations = snapshot.reportedInvitations
        highestInvitationNumber = snapshot.highestInvitationNumber
        entryKindCodes = snapshot.entryKindCodes.values
        kindNames = snapshot.kindNames
        kindCodes = Dictionary(uniqueKeysWithValues: snapshot.kindNames.enumerated().map { ($1, UInt16($0)) })
        supersededSequences = Set(snapshot.supersededSequences)
        process = snapshot.process
    }

    private struct Snapshot: Codable {
        var head: ChainHead?
        var charters: [Charter]
        var chairs: [Dated<BoardEvent.ChairAppointment>]
        var executives: [Dated<BoardEvent.ExecutiveAppointment>]
        var invitations: [InvitationRecord]
        var memberships: [StateCode: [Membership]]
        var acceptanceDays: [LocalDate]
        var contributions: [StateCode: ContributionBook]
        var reportedInvitations: [Dated<BoardEvent.InvitationsReported>]
        var highestInvitationNumber: Int
        var entryKindCodes: RawArray<UInt16>
        var kindNames: [EntryKind]
        var supersededSequences: [Int64]
        var process: ProcessRecord
    }
}

/// A large array of fixed-width integers, encoded as its little-endian bytes (base64 in JSON):
/// a million numbers as text would cost more to read than the replay it saves.
struct RawArray<Element: FixedWidthInteger & Sendable>: Codable, Hashable, Sendable {
    var values: [Element]

    init(_ values: [Element]) { self.values = values }

    init(from decoder: any Decoder) throws {
        let data = try decoder.singleValueContainer().decode(Data.self)
        let width = MemoryLayout<Element>.size
        guard data.count % width == 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "truncated array"))
        }
        values = data.withUnsafeBytes { bytes in
            (0..<(data.count / width)).map { Element(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * width, as: Element.self)) }
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let littleEndian = values.map(\.littleEndian)
        try container.encode(littleEndian.withUnsafeBytes { Data($0) })
    }
}
