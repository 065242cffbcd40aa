import Testing
@testable import PeaceBoardNews

/// Who was present, who endorsed, who reports on talks just held, and a state's team led by someone
/// (the sentences here are the house's own).
@Suite struct PresenceEndorsementsAndReportedTalksTests {
    @Test func whoWasPresentMet() {
        let present = "The AU's chairperson, Amara Diallo, and Ugandan Foreign Minister Tomas Okello were present as well."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(present))) == ["African Union", "UGA"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Russian troops were present in Syria.")).isEmpty)
        let caption = "At the signing of the peace deal on August 7, from left, Kenyan President Amara Diallo, Ugandan President Tomas Okello and "
            + "European Union foreign affairs chief Federica Mogherini."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(caption))) == ["KEN", "UGA", "European Union"])
    }

    @Test func anEndorsementGivenSupports() {
        #expect(TestReading.actors(.support, in: TestReading.events("German Chancellor Angela Merkel gave her endorsement of the declaration.")) == ["DEU"])
    }

    @Test func whoReportsOnTalksJustHeldTookPart() {
        let text = "The participants agreed to end all support, Merkel said after about four hours of talks at the chancellery."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["DEU"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan President Amara Diallo said after the next talks he would decide.")).isEmpty)
    }

    @Test func aStatesTeamLedBySomeoneIsTheStates() {
        let text = "The envoy mediated talks between Lebanon and the Israeli negotiating team led by Eyal Hulata."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["LBN", "ISR"])
    }
}
