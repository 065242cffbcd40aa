import Foundation
import PeaceBoardCore
import PeaceBoardStore
import PeaceBoardStoreSQLite

/// A generated record of peace processes: 20 dossiers, 2,000 proposals of three provisions,
/// and answers and claims up to 1,000,000 entries over ten years.
enum ProcessFixtures {
    static let dossiers = (0..<20).map { RecordName(text: "dossier-\($0)")! }
    static let proposalsPerDossier = 100
    static let parties: [Party] = Fixtures.states.prefix(40).map { .state($0) }
    static let catalogue = ProvisionCatalogue(
        version: "bench-1", effectiveDate: LocalDate(iso8601: "2026-01-01")!,
        types: [
            .init(type: RecordName(text: "ceasefire")!, label: "Ceasefire", parameters: [.init(name: "days", kind: .integer)]),
            .init(
                type: RecordName(text: "membership-postponement")!, label: "Membership postponed",
                parameters: [.init(name: "organisation", kind: .party), .init(name: "years", kind: .integer)]),
            .init(type: RecordName(text: "other")!, label: "Other", parameters: [.init(name: "description", kind: .text)]),
        ])

    static func proposal(_ dossier: Int, _ number: Int) -> RecordName { RecordName(text: "p-\(dossier)-\(number)")! }

    /// Built once through the ledger (role- and rule-checked) and kept in the temporary folder.
    static func millionEntryDatabase() async throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pb-bench-process-1M-v1.sqlite").path
        let total: Int64 = 1_000_000
        let store = try SQLiteLedgerStore(path: path)
        let existing = try await store.head()
        if existing?.sequence == total { return path }
        precondition(existing == nil, "remove the incomplete \(path) and run again")
        let ledger = try await Fixtures.emptyLedger(store: store)
        try await ledger.record(.process(.catalogueAdopted(catalogue)), on: catalogue.effectiveDate, by: Fixtures.chair)
        let start = LocalDate(iso8601: "2026-01-02")!
        var setup: [Ledger.Submission] = []
        for (index, dossier) in dossiers.enumerated() {
            setup.append(
                .init(event: .process(.dossierOpened(.init(dossier: dossier, title: "Dossier \(index)", parties: Array(parties[index % 30..<index % 30 + 4])))), day: start))
            for number in 0..<proposalsPerDossier {
                let provisions = [
                    Provision(id: RecordName(text: "ceasefire")!, type: RecordName(text: "ceasefire")!, parameters: ["days": .integer(30)]),
                    Provision(
                        id: RecordName(text: "nato")!, type: RecordName(text: "membership-postponement")!,
                        parameters: ["organisation": .string("org:nato"), "years": .integer(Int64(number % 25))]),
                    Provision(id: RecordName(text: "zone")!, type: RecordName(text: "other")!, parameters: ["description": .string("buffer zone")]),
                ]
                setup.append(
                    .init(
                        event: .process(
                            .proposalTabled(
                                .init(proposal: proposal(index, number), dossier: dossier, kind: .peacePlan, title: "Plan \(number)",
                                      proposers: [parties[(index + number) % parties.count]], provisions: provisions))), day: start))
            }
        }
        _ = try await ledger.record(setup, by: Fixtures.secretariat)
        var written = try await store.head()!.sequence
        var day = start.adding(days: 1)
        var counter = 0
        let stances = Stance.allCases.filter { $0 != .conditional }
        while written < total {
            let batch = Int(min(10_000, total - written))
            var submissions: [Ledger.Submission] = []
            for _ in 0..<batch {
                counter += 1
                let dossier = counter % dossiers.count
                let party = parties[(counter / 7) % parties.count]
                if counter % 5 == 0 {
                    submissions.append(
                        .init(
                            event: .process(
                                .claimRecorded(
                                    .init(dossier: dossiers[dossier], topic: RecordName(text: "topic-\(counter % 50)")!, claimant: party,
                                          assertion: "Claim \(counter)", statement: Statement(text: "As reported in report \(counter)")))),
                            day: day, source: "report-\(counter)"))
                } else {
                    let provisions: [RecordName?] = [nil, RecordName(text: "ceasefire")!, RecordName(text: "nato")!, RecordName(text: "zone")!]
                    submissions.append(
                        .init(
                            event: .process(
                                .responseRecorded(
                                    .init(proposal: proposal(dossier, (counter / 20) % proposalsPerDossier), provision: provisions[counter % 4],
                                          party: party, stance: stances[counter % stances.count],
                                          statement: Statement(text: "Statement \(counter) on the proposal")))),
                            day: day, source: "report-\(counter)"))
                }
            }
            _ = try await ledger.record(submissions, by: Fixtures.secretariat)
            written += Int64(batch)
            day = day.adding(days: 1)
        }
        return path
    }

    private static let warm = WarmLedger()

    static func millionEntryLedger() async throws -> Ledger { try await warm.ledger() }

    actor WarmLedger {
        private var loaded: Ledger?
        func ledger() async throws -> Ledger {
            if let loaded { return loaded }
            let ledger = try await Ledger(store: try SQLiteLedgerStore(path: try await ProcessFixtures.millionEntryDatabase()))
            loaded = ledger
            return ledger
        }
    }
}
