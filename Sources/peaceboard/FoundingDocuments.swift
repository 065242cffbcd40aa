import ArgumentParser
import Foundation
import PeaceBoardCore
import PeaceBoardStore

/// `--charter` and `--provision-catalogue`: the documents brought into force at start, the
/// bundled defaults otherwise. Both are data, recorded in the ledger as versions.
struct FoundingDocuments: ParsableArguments {
    @Option(name: .long, help: "Charter document (JSON); the bundled default charter when omitted.")
    var charter: String?

    @Option(name: .long, help: "Provision catalogue (JSON); the bundled default catalogue when omitted.")
    var provisionCatalogue: String?

    func loadCharter() throws -> Charter {
        let document = try Self.load(Charter.self, path: charter, resource: "charter", name: "charter")
        if let problem = document.problems.first { throw ValidationError("charter \(charter ?? "(default)"): \(problem)") }
        return document
    }

    func loadCatalogue() throws -> ProvisionCatalogue {
        let document = try Self.load(ProvisionCatalogue.self, path: provisionCatalogue, resource: "provision-catalogue", name: "provision catalogue")
        if let problem = document.problems.first {
            throw ValidationError("provision catalogue \(provisionCatalogue ?? "(default)"): \(problem)")
        }
        return document
    }

    /// Records each document unless its version is already in the ledger; refuses a changed
    /// document that kept its version name, since a version is immutable once adopted.
    func adopt(into ledger: Ledger) async throws {
        let charter = try loadCharter()
        try await adopt(
            .charterAdopted(charter), on: charter.effectiveDate, version: charter.version, source: self.charter ?? "bundled charter",
            into: ledger, field: "charter.version"
        ) { history in
            history.charters.first { $0.version == charter.version }.map { $0 == charter }
        }
        let catalogue = try loadCatalogue()
        try await adopt(
            .process(.catalogueAdopted(catalogue)), on: catalogue.effectiveDate, version: catalogue.version,
            source: provisionCatalogue ?? "bundled provision catalogue", into: ledger, field: "version"
        ) { history in
            history.process.catalogues.first { $0.version == catalogue.version }.map { $0 == catalogue }
        }
    }

    /// `existing` answers nil when the version is not adopted, else whether it was adopted with these terms.
    private func adopt(
        _ event: BoardEvent, on day: LocalDate, version: String, source: String, into ledger: Ledger, field: String,
        existing: @escaping (BoardHistory) -> Bool?
    ) async throws {
        func isAdopted() async throws -> Bool {
            guard let same = existing(try await ledger.currentHistory()) else { return false }
            guard same else {
                throw ValidationError("\(event.kind) version '\(version)' is already adopted with different terms: give the amendment a new version")
            }
            return true
        }
        guard try await !isAdopted() else { return }
        do {
            try await ledger.recordTrusted(event, on: day, source: source)
        } catch RecordError.conflict(field, let message) {
            // Another server sharing the database may have adopted this version first.
            guard try await isAdopted() else { throw ValidationError(message) }
        }
    }

    private static func load<Document: Decodable>(_ type: Document.Type, path: String?, resource: String, name: String) throws -> Document {
        let data: Data
        if let path {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } else {
            guard let url = Bundle.module.url(forResource: resource, withExtension: "json", subdirectory: "Resources") else {
                throw ValidationError("the default \(name) is missing from the executable's resources")
            }
            data = try Data(contentsOf: url)
        }
        do {
            return try JSONDecoder().decode(Document.self, from: data)
        } catch let error as DecodingError {
            throw ValidationError("\(name) \(path ?? "(default)"): \(FieldError(error, whole: "document"))")
        }
    }
}
