import Testing
@testable import PeaceBoardNews

/// A state before an office too long to be asked of word by word, and a state named inside the
/// office, are the holder's (the sentences here are the house's own).
@Suite struct LongOfficesTests {
    @Test func theStateOfALongOfficeAndItsRemitAreTheHolders() {
        let text = """
            The accord was signed by Kenyan Special Representative for Ugandan Border Affairs Joseph Mwangi \
            and ELN commander Tomas Okello on Friday.
            """
        let signers = TestReading.events(text).filter { $0.kind == .accept }.flatMap(\.actors)
        #expect(signers.map(\.name) == ["Joseph Mwangi", "Tomas Okello"])
        #expect(signers.first?.state == "KEN")
        // A state written by its name before the office, and one named inside it.
        let named = "The accord was signed by U.S. Special Representative for Uganda Reconciliation Joseph Mwangi and ELN commander Tomas Okello."
        let namedSigners = TestReading.events(named).filter { $0.kind == .accept }.flatMap(\.actors)
        #expect(namedSigners.map(\.name) == ["Joseph Mwangi", "Tomas Okello"])
        #expect(namedSigners.first?.state == "USA")
    }
}
