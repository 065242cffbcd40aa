import Testing
@testable import PeaceBoardNews

/// A signing told as a gerund after the clause's own act ("shook hands after signing") is the clause's
/// actors' (the sentences here are the house's own).
@Suite struct SigningAfterTheClausesActTests {
    @Test func whoShookHandsAfterSigningSigned() {
        let text = "The Kenyan president, Amara Diallo, and the opposition leader, Tomas Okello, shook hands after signing an agreement to share power."
        let signers = TestReading.events(text).filter { $0.kind == .accept }.flatMap(\.actors).map(\.name)
        #expect(signers == ["Amara Diallo", "Tomas Okello"])
        // The signing as an occasion is no signing by them.
        let occasion = "Kenya and Uganda met after the signing ceremony."
        #expect(TestReading.actors(.accept, in: TestReading.events(occasion)).isEmpty)
    }
}
