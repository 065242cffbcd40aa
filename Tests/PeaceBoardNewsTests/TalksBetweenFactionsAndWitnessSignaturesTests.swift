import Testing
@testable import PeaceBoardNews

/// Bodies whose names open with a state's adjective, an accord concluded at talks told in an aside,
/// how long talks took, and a signature given as a witness (the sentences here are the house's own).
@Suite struct TalksBetweenFactionsAndWitnessSignaturesTests {
    @Test func aBodysNameMayOpenWithAStatesAdjective() {
        let reading = NewsReader.read("Talks\nThe Kenyan National Army (KNA) and the Sudanese Armed Forces (SAF) met in Arusha. The KNA agreed.")
        #expect(reading.organisations.map(\.name).contains("Kenyan National Army"))
        // A state's own forces stay the state's.
        #expect(!reading.organisations.map(\.name).contains("Sudanese Armed Forces"))
        #expect(TestReading.actors(.accept, in: reading.events) == ["Kenyan National Army"])
    }

    @Test func anAccordConcludedAtTalksToldInAnAsideBindsWhoHeldThem() {
        let text = """
            The accord, concluded after talks between military representatives of Amara Diallo's Kenyan National Army (KNA) \
            and the Ugandan Patriotic Front (UPF), will be followed by elections next month.
            """
        let events = TestReading.events(text).filter { !$0.hedged }
        #expect(Set(TestReading.actors(.meet, in: events)) == ["Kenyan National Army", "Ugandan Patriotic Front"])
        #expect(Set(TestReading.actors(.accept, in: events)) == ["Kenyan National Army", "Ugandan Patriotic Front"])
        // Talks still to come are no meeting.
        let planned = TestReading.events("Talks between Kenya and Uganda, which will open in Arusha, were announced.")
        #expect(TestReading.actors(.meet, in: planned.filter { !$0.hedged }).isEmpty)
    }

    @Test func daysOfTalksAreNoLengthOfTheCeasefire() {
        let provisions = NewsReader.read("Talks\nKenya and Uganda signed a permanent ceasefire on Friday after five days of talks in Arusha.").provisions
        #expect(provisions.map(\.type) == ["ceasefire"])
        #expect(provisions.first?.parameters["days"] == nil)
        let fiveDays = NewsReader.read("Talks\nKenya and Uganda agreed a five-day ceasefire after two days of talks.").provisions
        #expect(fiveDays.first?.parameters["days"] == .integer(5))
    }

    @Test func aSignatureGivenAsAWitnessIsNoAcceptance() {
        let text = "“The agreement was facilitated by the United Nations and we signed it as witnesses,” UN envoy Amara Diallo told reporters."
        let events = TestReading.events(text)
        #expect(TestReading.actors(.accept, in: events).isEmpty)
        #expect(TestReading.actors(.meet, in: events) == ["United Nations"])
    }
}
