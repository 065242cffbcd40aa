import Testing
@testable import PeaceBoardNews

/// A deal praised between two sides is one they concluded; who was the first to sign signed (the
/// sentences here are the house's own).
@Suite struct DealsPraisedAndFirstSignersTests {
    @Test func aDealPraisedBetweenTwoSidesIsTheirs() {
        let welcomed = "Kenyan President Amara Diallo welcomed the deal between Uganda and Rwanda."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(welcomed))) == ["UGA", "RWA"])
        #expect(TestReading.actors(.support, in: TestReading.events(welcomed)) == ["KEN"])
        let hailed = "Kenya hailed the historic accord between Uganda and Rwanda."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(hailed))) == ["UGA", "RWA"])
    }

    @Test func aDealToComeIsNoOnesYet() {
        let proposed = "Kenyan President Amara Diallo welcomed the proposed deal between Uganda and Rwanda."
        #expect(TestReading.actors(.accept, in: TestReading.events(proposed)).isEmpty)
        let talks = "Kenyan President Amara Diallo welcomed talks on a deal between Uganda and Rwanda."
        #expect(TestReading.actors(.accept, in: TestReading.events(talks)).isEmpty)
    }

    @Test func theFirstToSignSigned() {
        let first = "Uganda was the first to sign the accord."
        #expect(TestReading.actors(.accept, in: TestReading.events(first)) == ["UGA"])
        let agreed = "Uganda agreed to sign the accord next month."
        #expect(!TestReading.events(agreed).contains { $0.kind == .accept && $0.trigger.text == "sign" && !$0.hedged })
    }
}
