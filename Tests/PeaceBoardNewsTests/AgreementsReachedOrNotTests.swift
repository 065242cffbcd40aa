import Testing
@testable import PeaceBoardNews

/// An agreement reached or not, as opposed to one aimed at (the sentences here are the house's own).
@Suite struct AgreementsReachedOrNotTests {
    @Test func anAgreementNotReachedIsNegated() {
        for text in ["Kenya and Uganda failed to reach an agreement.", "Kenya and Uganda were unable to reach a deal on Friday.", "Kenya and Uganda could not reach a deal."] {
            let accepted = TestReading.events(text).filter { $0.kind == .accept }
            #expect(Set(TestReading.actors(.accept, in: accepted)) == ["KEN", "UGA"])
            #expect(accepted.allSatisfy { $0.negated })
        }
        let reached = TestReading.events("Kenya and Uganda were able to reach an agreement.").filter { $0.kind == .accept }
        #expect(Set(TestReading.actors(.accept, in: reached)) == ["KEN", "UGA"])
        #expect(!reached.contains { $0.negated })
    }

    @Test func anAgreementAimedAtIsNoAct() {
        for text in ["Mediators continued efforts to reach a deal.", "Tanzania has been engaging with the parties to reach a truce."] {
            #expect(TestReading.actors(.accept, in: TestReading.events(text)).isEmpty)
        }
    }
}
