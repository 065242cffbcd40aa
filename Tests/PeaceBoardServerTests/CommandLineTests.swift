import Foundation
import PeaceBoardTestSupport
import Testing

/// The executable as a user runs it: demo, standing, export, import, verify, and bad input.
@Suite struct CommandLineTests {
    let scratch = ScratchFiles()

    func temporaryDatabase() -> String { scratch.path("pb-cli", suffix: ".sqlite") }

    @Test func demoExportImportRoundTripsTheChain() throws {
        let original = temporaryDatabase()
        #expect(try PeaceBoardExecutable.run(["demo", "--database", original]).status == 0)
        let exported = try PeaceBoardExecutable.run(["export", "--database", original])
        #expect(exported.status == 0)
        let file = original + ".jsonl"
        #expect(try PeaceBoardExecutable.run(["export", "--database", original, "--output", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == exported.output)

        let restored = temporaryDatabase()
        #expect(try PeaceBoardExecutable.run(["import", "--database", restored, file]).status == 0)
        #expect(try PeaceBoardExecutable.run(["export", "--database", restored]).output == exported.output)
        #expect(try PeaceBoardExecutable.run(["verify", "--database", restored]).status == 0)
        // Importing again would fork the chain: refused, and nothing changes.
        #expect(try PeaceBoardExecutable.run(["import", "--database", restored, file]).status != 0)
        #expect(try PeaceBoardExecutable.run(["export", "--database", restored]).output == exported.output)
    }

    @Test func demoStandingShowsTheSeedFacts() throws {
        let database = temporaryDatabase()
        #expect(try PeaceBoardExecutable.run(["demo", "--database", database]).status == 0)
        let standing = try PeaceBoardExecutable.run(["standing", "--database", database, "--as-of", "2026-01-20"])
        #expect(standing.status == 0)
        for fact in ["Chair: Donald Trump", "Marco Rubio", "Jared Kushner", "Ajay Banga", "HUN Hungary", "RUS Russian Federation",
            "underReview", "Vladimir Putin", "BLR Belarus", "about 60", "000_29b8582172693ca8.txt", "not in force"]
        {
            #expect(standing.output.contains(fact), "missing \(fact)")
        }
    }

    @Test func aBrokenImportFileNamesItsLineAndWritesNothing() throws {
        let database = temporaryDatabase()
        let file = database + ".jsonl"
        try Data("\n{\"sequence\": \"one\"}\n".utf8).write(to: URL(fileURLWithPath: file))
        let result = try PeaceBoardExecutable.run(["import", "--database", database, file])
        #expect(result.status != 0)
        #expect(try PeaceBoardExecutable.run(["verify", "--database", database]).output.contains("intact: 0 entries"))
    }

    @Test func tokenCreationRefusesADelegateWithoutAState() throws {
        let result = try PeaceBoardExecutable.run(["token", "create", "--database", temporaryDatabase(), "--role", "delegate"])
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
    }
}

/// The seeds as a scenario: what a new user sees of the Russia–Ukraine dossier.
@Suite struct SeedScenarioTests {
    let database: String
    let scratch = ScratchFiles()

    init() throws {
        database = scratch.path("pb-seeds", suffix: ".sqlite")
        let demo = try PeaceBoardExecutable.run(["demo", "--database", database])
        #expect(demo.status == 0, "\(demo.output)")
    }

    func run(_ arguments: [String]) throws -> String {
        let result = try PeaceBoardExecutable.run(arguments + ["--database", database])
        #expect(result.status == 0, "\(arguments): \(result.output)")
        return result.output
    }

    @Test func theRussiaUkraineDossierShowsWhatTheSeedsReport() throws {
        let dossier = try run(["dossier", "ukraine-russia", "--as-of", "2025-05-12"])
        for fact in [
            "istanbul-direct-talks-2025: Resume direct Russia–Ukraine talks in Istanbul — by RUS", "supported by USA",
            "european-30-day-ceasefire: 30-day full and unconditional ceasefire — by UKR, FRA, DEU, POL, GBR, org:eu",
            "{\"days\":30,\"full\":true,\"unconditional\":true}",
            "eu-new-sanctions-2025: threatened by org:eu, FRA, DEU, POL, GBR on RUS (trigger: Russia rejects the 30-day ceasefire)",
            "trump-team-plan-2024: Peace plan attributed to Donald Trump", "nato-postponed-20-years (membership-postponement)",
            "{\"candidate\":\"UKR\",\"organisation\":\"org:nato\",\"years\":20}", "buffer-zone (demilitarised-zone)",
            "envoy: Keith Kellogg", "mediators: USA (claimed), CHN (claimed)", "facilitators: TUR", "CHE offeredToHost", "SRB offeredToHost",
            "RUS excluded by UKR", "outcome: followUpCommitment, noConcreteOutcome", "istanbul-2022-collapse (contested)",
        ] {
            #expect(dossier.contains(fact), "missing \(fact)")
        }
        let positions = try run(["positions", "european-30-day-ceasefire", "--as-of", "2025-05-12"])
        #expect(positions.contains("RUS     underReview"))
        #expect(positions.contains("conditions: Western arms shipments are halted during the ceasefire"))
        let lavrov = try run(["positions", "trump-team-plan-2024", "--format", "json"])
        #expect(lavrov.contains("Sergei Lavrov") && lavrov.contains("\"speaksFor\" : [\n") && lavrov.contains("\"RUS\""))
    }

    @Test func changesBetweenTwoDaysListWhatTheMaySeedReports() throws {
        let changes = try run(["changes", "--dossier", "ukraine-russia", "--since", "2025-05-01", "--until", "2025-05-20", "--format", "csv"])
        let rows = changes.split(separator: "\n")
        #expect(rows.first == "sequence,date,kind,summary,basis,author,source,statement,speaker")
        #expect(rows.dropFirst().allSatisfy { $0.contains(",2025-05-1") })
        #expect(rows.contains { $0.contains("RUS underReview european-30-day-ceasefire") })
        #expect(rows.contains { $0.contains("FRA welcomedAsInsufficient istanbul-direct-talks-2025") })
        let before = try run(["changes", "--dossier", "ukraine-russia", "--since", "2025-04-01", "--until", "2025-04-30"])
        #expect(before.isEmpty)
        let gaza = try run(["show", "mandate", "unsc-board-of-peace"])
        #expect(gaza.contains("\"abstained\" : [\n    \"RUS\",\n    \"CHN\"\n  ]"))
    }

    @Test func everyFactOfTheScenarioCitesItsSeed() throws {
        let export = try run(["export"])
        for line in export.split(separator: "\n") where !line.contains("bundled provision catalogue") {
            #expect(line.contains("\"source\":\"seed:00"), "uncited: \(line.prefix(160))")
        }
    }
}

/// `peaceboard ingest`: a directory of reports, a bad file among them, read twice.
@Suite struct IngestCommandTests {
    @Test func ingestReadsEachReportOnceAndNamesWhatFailed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pb-ingest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        try Data([0, 1, 2, 3]).write(to: directory.appendingPathComponent("binary.txt"))
        let database = directory.appendingPathComponent("record.sqlite").path
        let first = try PeaceBoardExecutable.run(["ingest", "--database", database, directory.path])
        #expect(first.status == 1)
        #expect(first.output.contains("6 reports: 5 read into the record, 0 skipped as already read, 1 failed"), "\(first.output)")
        #expect(first.output.contains("binary.txt: the file holds binary data, not text"))
        let second = try PeaceBoardExecutable.run(["ingest", "--database", database, directory.path])
        #expect(second.output.contains("6 reports: 0 read into the record, 5 skipped as already read, 1 failed"), "\(second.output)")
        let export = try PeaceBoardExecutable.run(["export", "--database", database])
        #expect(export.output.split(separator: "\n").count == 5)
        #expect(export.output.contains("\"kind\":\"report.ingested\""))
    }

    /// Copies of one report are read once, whether they share a batch, fall in batches read
    /// while an earlier one was being stored, or come long after it.
    @Test(arguments: [2, 3])
    func copiesOfAReportAreReadOnceWhateverBatchTheyFallIn(batch: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pb-copies-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        // In name order: 000, 001, "002-copy" (of 001), 002, 003, 004, binary, "zz-a" and "zz-b" (of 000).
        try FileManager.default.copyItem(at: seeds.appendingPathComponent(names[1]), to: directory.appendingPathComponent("002-copy.txt"))
        try FileManager.default.copyItem(at: seeds.appendingPathComponent(names[0]), to: directory.appendingPathComponent("zz-a.txt"))
        try FileManager.default.copyItem(at: seeds.appendingPathComponent(names[0]), to: directory.appendingPathComponent("zz-b.txt"))
        try Data([0, 1, 2, 3]).write(to: directory.appendingPathComponent("binary.txt"))
        let database = directory.appendingPathComponent("record.sqlite").path
        let result = try PeaceBoardExecutable.run(["ingest", "--batch", "\(batch)", "--database", database, directory.path])
        #expect(result.output.contains("9 reports: 5 read into the record, 3 skipped as already read, 1 failed"), "\(result.output)")
        let export = try PeaceBoardExecutable.run(["export", "--database", database])
        #expect(export.output.split(separator: "\n").count == 5)
    }
}

/// `peaceboard read`: what the reader finds, as JSON lines; a bad file fails the run, the others are still read.
@Suite struct ReadCommandTests {
    @Test func readPrintsTheFindingsAndNamesAFileItCannotRead() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let seed = try #require(try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix("003") })
        let html = FileManager.default.temporaryDirectory.appendingPathComponent("pb-read-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: html) }
        try Data("<html><body>Not a report</body></html>".utf8).write(to: html)
        let result = try PeaceBoardExecutable.run(["read", "--json", seeds.appendingPathComponent(seed).path, html.path])
        #expect(result.status == 1)
        #expect(result.output.contains(#""type":"membership-postponement""#) && result.output.contains(#""years":20"#))
        #expect(result.output.contains(#""kind":"reject""#))
        // The HTML file is reported on standard error; the seed before it was still read.
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test func readTakesADirectoryAndPrintsItsReportsInOrder() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        let result = try PeaceBoardExecutable.run(["read", "--json", seeds.path])
        #expect(result.status == 0)
        // Read on every core, printed in the order of the files.
        let files = result.output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["file"] as? String
        }
        #expect(files == names.map { seeds.appendingPathComponent($0).path })
    }

    /// A directory is read a run of entries at a time: more files than one run, and a
    /// subdirectory, are each read exactly once, the directory's own files before the subdirectory's.
    @Test func readWalksALargeDirectoryAndItsSubdirectoriesOnce() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pb-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let nested = directory.appendingPathComponent("nested")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let count = 4_200
        for index in 0..<count {
            try Data("Report \(index).\n".utf8).write(to: directory.appendingPathComponent(String(format: "r%05d.txt", index)))
        }
        try Data("A nested report.\n".utf8).write(to: nested.appendingPathComponent("a.txt"))
        try Data("Not a report.\n".utf8).write(to: directory.appendingPathComponent("notes.md"))
        let result = try PeaceBoardExecutable.run(["read", "--json", directory.path])
        #expect(result.status == 0)
        let files = result.output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["file"] as? String
        }
        #expect(files.count == count + 1)
        #expect(Set(files).count == count + 1)
        #expect(files.last == nested.appendingPathComponent("a.txt").path)
    }
}
