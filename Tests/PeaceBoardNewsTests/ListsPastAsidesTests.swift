import Testing
@testable import PeaceBoardNews

/// A list of officials past an aside about its first member, and "his" counterpart (the sentences
/// here are the house's own).
@Suite struct ListsPastAsidesTests {
    @Test func aListGoesOnPastAnAsideAboutItsFirstMember() {
        let office = "Kenyan envoy Amara Diallo, the head of the AU mission, and Ugandan President Tomas Okello welcomed the commitment."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(office))) == ["KEN", "UGA"])
        let former = "Kenyan Foreign Minister Amara Diallo, former head of the AU mission, and his Ugandan counterpart Tomas Okello "
            + "welcomed the commitment and urged Rwanda to comply."
        #expect(Set(TestReading.actors(.demand, in: TestReading.events(former))) == ["KEN", "UGA"])
    }

    @Test func hisCounterpartIsListedWithHim() {
        let text = "Kenyan Foreign Minister Amara Diallo and his Ugandan counterpart Tomas Okello welcomed the commitment."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(text))) == ["KEN", "UGA"])
        // "his government" opens a clause of its own.
        let clause = "Kenyan President Amara Diallo spoke in Kampala, and his government welcomed the commitment."
        #expect(TestReading.actors(.support, in: TestReading.events(clause)) == ["KEN"])
    }
}
