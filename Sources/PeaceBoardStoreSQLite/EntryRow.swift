import GRDB
import PeaceBoardCore

/// Columns of the `entry` table, read by position for speed when replaying a large ledger.
enum EntryRow {
    static let columns =
        "sequence, recordedAt, effectiveDate, author, kind, payload, supersedes, source, previousHash, hash"

    static func entry(from row: Row) throws -> LedgerEntry {
        let sequence: Int64 = row[0]
        let recordedText: String = row[1]
        let dayText: String = row[2]
        guard let recordedAt = Timestamp(canonical: recordedText), let day = LocalDate(iso8601: dayText) else {
            throw SQLiteStoreError.unreadableRow(sequence)
        }
        return LedgerEntry(
            sequence: sequence, recordedAt: recordedAt, effectiveDate: day, author: row[3], kind: EntryKind(row[4] as String),
            payloadText: row[5], supersedes: row[6], source: row[7], previousHash: row[8], hash: row[9])
    }

    static func arguments(of entry: LedgerEntry) -> StatementArguments {
        [
            entry.sequence, entry.recordedAt.text, entry.effectiveDate.description, entry.author, entry.kind.rawValue,
            entry.payloadText, entry.supersedes, entry.source, entry.previousHash, entry.hash,
        ]
    }
}

public enum SQLiteStoreError: Error, CustomStringConvertible {
    case unreadableRow(Int64)

    public var description: String {
        switch self {
        case .unreadableRow(let sequence): "entry \(sequence) has a date or time the ledger cannot read"
        }
    }
}
