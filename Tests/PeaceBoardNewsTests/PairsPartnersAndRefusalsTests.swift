import Testing

@testable import PeaceBoardNews

/// From an eighth batch measured before tuning (own 154–159): "the two countries" as the states
/// the sentence named, whom one holds talks with, what a refusal refuses, intent to support, a
/// body's official set off by commas in a list, a known person's name as one mention, and counts
/// and cues of provisions.
@Suite struct PairsPartnersAndRefusalsTests {
    @Test func aPairTheReportNeverNamedIsNobodyToCode() {
        // Who "both sides" are is not said: no event, rather than one by nobody.
        #expect(TestReading.events("After a week of talks, delegates from both sides signed an agreement in Lusaka.").filter { $0.kind == .accept }.isEmpty)
        #expect(TestReading.events("The two sides have agreed to meet again.").filter { $0.kind == .accept }.isEmpty)
        // Named before, they are the pair.
        let named = TestReading.events("Uganda and Kenya held talks in Lusaka. Delegates from both sides signed an agreement.")
        #expect(TestReading.actors(.accept, in: named) == ["UGA", "KEN"])
    }

    @Test func allPartiesAreThoseToTheConflictNotWhoSaysSo() {
        let text = "“All parties have agreed on a permanent ceasefire,” Kenyan Foreign Minister Musalia Mudavadi announced."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)).isEmpty)
    }

    @Test func talksHeldWithNobodyNamedAreThePairsTheReportIsAbout() {
        let text = "Uganda and Kenya agreed on a truce. Talks were held in Kampala on Monday, officials said."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["UGA", "KEN"])
        // Only possible, or held by someone named: not theirs, or not without hedging.
        let possible = TestReading.events("Uganda and Kenya agreed on a truce. A meeting could only take place after the vote.")
        #expect(possible.filter { $0.kind == .meet }.allSatisfy { $0.hedged })
        let named = TestReading.events("Uganda and Kenya agreed on a truce. Talks were held by their foreign ministers.")
        #expect(TestReading.actors(.meet, in: named).isEmpty)
    }

    @Test func theirLeadersAreTheLeadersOfThePairNamedBefore() {
        let text = "Uganda and Kenya are no longer at odds, the neighbours said, a day after their leaders held a meeting in Kampala."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["UGA", "KEN"])
    }

    @Test func theTwoCountriesAreTheStatesNamedBeforeButNotInsideAnAside() {
        let signed = TestReading.events("Thailand suspended a declaration with Cambodia, a month after the two countries signed the accord.")
        #expect(TestReading.actors(.accept, in: signed) == ["THA", "KHM"])
        let urged = TestReading.events("China, which is building a pipeline through both countries, has urged the two neighbours to talk.")
        #expect(TestReading.actors(.demand, in: urged) == ["CHN"])
    }

    @Test func whomOneHoldsTalksWithMeetsToo() {
        let found = TestReading.events("The M23 rebels have held separate talks with Congo's government in Doha.")
        #expect(Set(TestReading.actors(.meet, in: found)) == ["M23", "COD"])
    }

    @Test func aRefusalToAcceptIsARejectionOnly() {
        let found = TestReading.events("The summit was put on hold after Moscow refused to accept an immediate ceasefire.")
        #expect(found.map(\.kind) == [.reject])
    }

    @Test func intentToSupportIsSupportButTheNounIsNot() {
        #expect(TestReading.actors(.support, in: TestReading.events("Ortagus said Washington would support the Lebanese army.")) == ["USA"])
        #expect(TestReading.events("The plan has the support of the army.").filter { $0.kind == .support }.isEmpty)
    }

    @Test func aBodysOfficialSetOffByCommasActsForItInAList() {
        let found = TestReading.events(
            "Somali President Hassan Sheikh Mohamud and Somaliland's leader, Abdirahman Mohamed Abdullahi, committed to work together.")
        #expect(TestReading.actors(.accept, in: found) == ["SOM", "Somaliland"])
        let region = TestReading.events("Somalia and the breakaway region of Somaliland agreed on Thursday to resume dialogue.")
        #expect(TestReading.actors(.accept, in: region) == ["SOM", "Somaliland"])
    }

    @Test func aKnownPersonsNameIsOneMention() {
        let reading = NewsReader.read("Talks\nWang Yi held talks in New Delhi. Wang said the two countries should be partners.")
        #expect(reading.people.count == 2)
        #expect(Set(reading.people.map(\.name)) == ["Wang Yi"])
        #expect(reading.events.first { $0.kind == .meet }?.actors.count == 1)
    }

    @Test func countsWithAStatesAdjectiveAndOtherProvisionCues() {
        let release = NewsReader.read("Talks\nThe deal called for the release of 18 Cambodian soldiers held by Thailand.").provisions
        #expect(release.first?.parameters["count"] == .integer(18))
        let line = NewsReader.read("Talks\nLee had proposed talks to clarify the military demarcation line.").provisions
        #expect(line.map(\.type) == ["territorial-arrangement"])
        let funds = NewsReader.read("Talks\nFrance has offered to host a conference to raise funds for Lebanon's reconstruction.").provisions
        #expect(funds.map(\.type) == ["reconstruction-funding"])
    }

    @Test func aWarningToDefendItselfIsAThreat() {
        let found = TestReading.events("Hezbollah's leader, Naim Qassem, warned that the group would defend itself if attacked.")
        #expect(TestReading.actors(.threaten, in: found) == ["Hezbollah"])
    }
}
