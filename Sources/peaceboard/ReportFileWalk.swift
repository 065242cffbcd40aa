import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The report files named on a command line, found as they are wanted: a directory of a
/// hundred thousand reports is read from the file system a run at a time rather than listed
/// whole, so that reading it takes as little memory as reading a hundred.
///
/// The order is stable: the files named, in order; in a directory, its `.txt` files by name
/// (in runs of `runLength` as the directory yields them), then its subdirectories by name.
final class ReportFileWalk {
    /// Paths still to visit, the next last: files named and directories.
    private var pending: [String]
    private var directory: (path: String, stream: OpaquePointer, subdirectories: [String])?
    private var ready: [String] = []
    private let runLength: Int

    /// Checks that every path exists before any is read.
    init(_ paths: [String], runLength: Int = 4096) throws {
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else { throw ValidationError("\(path): no such file or directory") }
        }
        pending = paths.reversed()
        self.runLength = runLength
    }

    deinit {
        if let directory { closedir(directory.stream) }
    }

    /// How many report files there are, walking them once without keeping their names.
    static func count(_ paths: [String]) throws -> Int {
        let walk = try ReportFileWalk(paths)
        var count = 0
        while true {
            let batch = walk.next(upTo: 4096)
            if batch.isEmpty { return count }
            count += batch.count
        }
    }

    /// The next files, at most `limit`; none when the walk is over. A directory that cannot be
    /// listed comes back as a file, so that reading it fails with its name.
    func next(upTo limit: Int) -> [String] {
        var batch: [String] = []
        while batch.count < limit {
            if !ready.isEmpty {
                let taken = min(limit - batch.count, ready.count)
                batch += ready.prefix(taken)
                ready.removeFirst(taken)
            } else if directory != nil {
                readRun()
            } else if let path = pending.popLast() {
                if isDirectory(path), let stream = opendir(path) {
                    directory = (path, stream, [])
                } else {
                    ready.append(path)
                }
            } else {
                break
            }
        }
        return batch
    }

    /// Reads the next run of the open directory's entries: its report files become ready, its
    /// subdirectories wait until the directory is done.
    private func readRun() {
        guard var current = directory else { return }
        var files: [String] = []
        while files.count < runLength, let entry = readdir(current.stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let path = (current.path as NSString).appendingPathComponent(name)
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && isDirectory(path)) {
                current.subdirectories.append(path)
            } else if name.hasSuffix(".txt") {
                files.append(path)
            }
        }
        ready = files.sorted()
        if files.count < runLength {
            closedir(current.stream)
            pending += current.subdirectories.sorted().reversed()
            directory = nil
        } else {
            directory = current
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
