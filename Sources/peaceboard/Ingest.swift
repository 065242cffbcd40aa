import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardNews
import PeaceBoardStore

/// `peaceboard ingest FILE|DIR…`: reads reports into the record as claims citing each report.
/// A report already read (same bytes) is skipped; a bad file is named with why, and the rest
/// of the batch goes on; each batch of reports is stored all or nothing.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read news reports into the record as claims citing each report; re-reading a report changes nothing.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Report files, or directories read recursively (.txt files).")
    var paths: [String]

    @Option(name: .long, help: "The reports' publication day (YYYY-MM-DD), for \"on Monday\" and \"May 15\".")
    var date: String?

    @Option(name: .long, help: "Reports stored per transaction.")
    var batch: Int = 500

    func run() async throws {
        let reportDate = try Printing.date(date, option: "--date")
        guard batch >= 1 else { throw ValidationError("--batch: must be at least 1") }
        let walk = try ReportFileWalk(paths)
        // The total only draws the progress bar; counting walks the directories once more.
        let progress = Progress(total: Progress.isTerminal ? try ReportFileWalk.count(paths) : nil)
        var summary = Summary()
        let principal = Principal(name: "ingest", role: .secretariat)
        try await database.withLedger { ledger in
            // The next batches are read while this one is stored, so no core waits for the database:
            // with only one read ahead, the cores idled whenever a commit took longer than a batch's reading.
            var reading: [Task<[ReportFiles.Outcome], any Error>] = []
            func readNextBatch() {
                let files = walk.next(upTo: batch)
                if !files.isEmpty { reading.append(ReportFiles.readLater(files, reportDate: reportDate, ledger: ledger)) }
            }
            for _ in 0..<Self.batchesReadAhead { readNextBatch() }
            // The digests of the batches stored while the next ones were being read, which asked the
            // store before these were in it: a bounded window, where a set of every report would grow.
            var storedWhileReading: [Set<String>] = []
            while !reading.isEmpty {
                let outcomes = try await reading.removeFirst().value
                readNextBatch()
                var submissions: [Ledger.Submission] = []
                var digests = Set<String>()
                for outcome in outcomes {
                    switch outcome {
                    case .failure(let file, let problem):
                        summary.failed.append("\(file): \(problem)")
                    case .alreadyRead:
                        summary.duplicates += 1
                    case .read(let file, let report):
                        guard !storedWhileReading.contains(where: { $0.contains(report.report) }), digests.insert(report.report).inserted else {
                            summary.duplicates += 1
                            continue
                        }
                        submissions.append(.init(event: .process(.reportIngested(report)), day: report.publishedOn ?? Timestamp(Date()).day, source: file))
                    }
                }
                summary.stored += try await store(submissions, in: ledger, by: principal, summary: &summary)
                storedWhileReading = Array((storedWhileReading + [digests]).suffix(Self.batchesReadAhead))
                summary.files += outcomes.count
                progress.advance(to: summary)
            }
        }
        progress.finish()
        print(summary.text)
        if !summary.failed.isEmpty { throw ExitCode(1) }
    }

    /// Batches being read while one is stored: enough to keep every core busy through a slow
    /// commit, few enough that memory stays flat however many reports there are.
    private static let batchesReadAhead = 2

    /// Stores a batch; if another writer stored one of its reports meanwhile, stores the rest one by one.
    private func store(_ submissions: [Ledger.Submission], in ledger: Ledger, by principal: Principal, summary: inout Summary) async throws -> Int {
        guard !submissions.isEmpty else { return 0 }
        do {
            return try await ledger.record(submissions, by: principal).count
        } catch let error as RecordError {
            guard case .conflict = error else { throw error }
        }
        var stored = 0
        for submission in submissions {
            do {
                stored += try await ledger.record([submission], by: principal).count
            } catch RecordError.conflict {
                summary.duplicates += 1
            }
        }
        return stored
    }

    struct Summary {
        var files = 0
        var stored = 0
        var duplicates = 0
        var failed: [String] = []

        var text: String {
            var lines = ["\(files) reports: \(stored) read into the record, \(duplicates) skipped as already read, \(failed.count) failed"]
            lines += failed.map { "  failed: \($0)" }
            return lines.joined(separator: "\n")
        }
    }

    /// A progress bar on standard error when it is a terminal; nothing otherwise.
    final class Progress {
        /// The number of files, when there is a terminal to draw on.
        let total: Int?
        static let isTerminal = isatty(FileHandle.standardError.fileDescriptor) == 1

        init(total: Int?) { self.total = total }

        func advance(to summary: Summary) {
            guard let total, total > 0 else { return }
            let done = summary.files
            let width = 30
            let filled = min(width, done * width / total)
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) · \(summary.stored) read · \(summary.duplicates) skipped · \(summary.failed.count) failed".utf8))
        }

        func finish() {
            if total != nil { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}

/// Finding report files and reading them, on every core.
enum ReportFiles {
    enum Outcome: Sendable {
        case read(file: String, report: ReportIngested)
        case alreadyRead(file: String)
        case failure(file: String, problem: String)
    }

    /// A file's bytes and their digest, or why it could not be read. Bytes past `keptBytes` are
    /// dropped and read again if the report is new, so that a batch of large files stays small.
    struct Digested: Sendable {
        let file: String
        let digest: String?
        let bytes: [UInt8]?

        static let keptBytes = 64 * 1024
    }

    static func digest(_ file: String) -> Digested {
        guard let data = FileManager.default.contents(atPath: file) else { return Digested(file: file, digest: nil, bytes: nil) }
        let bytes = Array(data)
        return Digested(file: file, digest: ReportIngested.digest(of: bytes), bytes: bytes.count <= Digested.keptBytes ? bytes : nil)
    }

    /// Reads one report that is not in the record yet.
    static func read(_ digested: Digested, reportDate: LocalDate?) -> Outcome {
        let file = digested.file
        guard let bytes = digested.bytes ?? FileManager.default.contents(atPath: file).map(Array.init) else {
            return .failure(file: file, problem: "cannot be read")
        }
        // Kept bytes are the ones digested; bytes read again are digested again, in case the file changed.
        let digest = digested.bytes != nil ? digested.digest : nil
        let text: String
        do {
            text = try ReportInput.text(from: bytes)
        } catch {
            return .failure(file: file, problem: error.description)
        }
        let reading = NewsReader.read(text, reportDate: reportDate)
        return .read(
            file: file,
            report: ReportIngested(
                report: digest ?? ReportIngested.digest(of: bytes), name: (file as NSString).lastPathComponent, title: reading.title,
                publishedOn: reportDate, characters: ReportInput.utf16Length(of: text), findings: reading.findings))
    }

    /// Starts reading the files on all cores, off the cooperative threads the ledger needs: first
    /// their digests, then, after asking the record which of them it holds, the reports it does not.
    static func readLater(_ files: [String], reportDate: LocalDate?, ledger: Ledger) -> Task<[Outcome], any Error> {
        Task {
            let digested = await onEveryCore(files, digest)
            let recorded = try await ledger.recordedReports(Set(digested.compactMap(\.digest)))
            var seen = Set<String>()
            let new = digested.indices.filter { index in digested[index].digest.map { recorded[$0] == nil && seen.insert($0).inserted } ?? true }
            var outcomes = digested.map { Outcome.alreadyRead(file: $0.file) }
            for (index, outcome) in zip(new, await onEveryCore(new.map { digested[$0] }) { Self.read($0, reportDate: reportDate) }) {
                outcomes[index] = outcome
            }
            return outcomes
        }
    }

    /// `transform` of each element on every core, in order, on Dispatch's threads.
    private static func onEveryCore<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: ParallelMap.map(elements, transform)) }
        }
    }
}
