import Testing
@testable import PeaceBoardNews

/// A broker named by a state of two words before a hyphen ("the South African-brokered deal"),
/// who spoke at a signing was there, and backing a side in a war is no support of a deal (the
/// sentences here are the house's own).
@Suite struct BrokersSpeakersAndSidesBackedTests {
    @Test func aStateOfTwoWordsBeforeTheHyphenBrokered() {
        let events = TestReading.events("Kenya and Uganda signed the South African-brokered deal in Pretoria.")
        #expect(TestReading.actors(.mediate, in: events) == ["ZAF"])
        // A capitalised word that makes no name with the joined one is not the broker's.
        #expect(TestReading.actors(.mediate, in: TestReading.events("Kenya and Uganda signed the Final Qatari-brokered deal.")) == ["QAT"])
    }

    @Test func whoSpokeAtTheSigningWasThere() {
        let text = "The Kenyan president, Amara Diallo, speaking at the signing of the deal in Arusha, said the people were tired of war."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["KEN"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan President Amara Diallo spoke at the ceremony in Arusha.")) == ["KEN"])
        // Speaking at a news conference is no signing attended.
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan President Amara Diallo, speaking at the university, said the deal would hold.")).isEmpty)
    }

    @Test func backingASideInAWarIsNoSupport() {
        #expect(TestReading.actors(.support, in: TestReading.events("War broke out when Kenya and Uganda backed Congolese rebels.")).isEmpty)
        #expect(TestReading.actors(.support, in: TestReading.events("Kenya backed the rebels' call for talks.")) == ["KEN"])
        #expect(TestReading.actors(.support, in: TestReading.events("Uganda supported the peace deal.")) == ["UGA"])
    }
}
