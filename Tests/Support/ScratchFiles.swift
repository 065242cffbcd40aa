import Foundation

/// Files a test writes in the temporary directory, removed with their SQLite and export
/// companions when the test's suite instance goes away (after each test).
public final class ScratchFiles: @unchecked Sendable {
    private var paths: [String] = []
    private let lock = NSLock()

    public init() {}

    /// A fresh path in the temporary directory, `prefix-UUID` followed by `suffix`.
    public func path(_ prefix: String, suffix: String = "") -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)").path
        lock.withLock { paths.append(path) }
        return path
    }

    deinit {
        for path in paths {
            for companion in ["", "-wal", "-shm", "-journal", ".jsonl"] { try? FileManager.default.removeItem(atPath: path + companion) }
        }
    }
}
