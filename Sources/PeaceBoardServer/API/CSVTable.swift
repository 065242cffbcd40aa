import CSV
import Foundation
import PeaceBoardCore

/// Lists as CSV (RFC 4180 quoting by CSV.swift), one header row from the row type's columns.
public enum CSVTable {
    public static func render<Row: Tabular>(_ rows: some Sequence<Row>) throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: Row.columns)
        for row in rows { try writer.write(row: row.cells) }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
