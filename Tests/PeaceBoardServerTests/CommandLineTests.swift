import Foundation
import PeaceBoardTestSupport
import Testing

/// The executable as a user runs it: demo, standing, export, import, verify, and bad input.
@Suite struct CommandLineTests {
    func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pb-cli-\(UUID().uuidString).sqlite").path
    }

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
