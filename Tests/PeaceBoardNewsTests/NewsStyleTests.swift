import Testing

@testable import PeaceBoardNews

/// Ways news names people and attributes words and acts, beyond the seeds' own.
@Suite struct NewsStyleTests {
    @Test func namesKeepTheirParticles() {
        let reading = NewsReader.read("Talks\nQatari Prime Minister Mohammed bin Abdulrahman Al Thani said the talks would resume.")
        #expect(reading.people.map(\.name) == ["Mohammed bin Abdulrahman Al Thani"])
        #expect(reading.people.first?.state == "QAT")
    }

    @Test func aPortfolioStandsBetweenTheStateAndTheMinister() {
        let reading = NewsReader.read("Talks\nEritrean Information Minister Yemane Gebremeskel dismissed the remarks as “a smokescreen.”")
        #expect(reading.people.first?.state == "ERI")
        #expect(reading.quotes.first?.speaker == "Yemane Gebremeskel")
        #expect(reading.events.first { $0.kind == .reject }?.actors.first?.state == "ERI")
    }

    @Test func aPersonGivenARoleIsAPerson() {
        let reading = NewsReader.read("Talks\nThe secretary-general appointed Maria Angela Holguin as his personal envoy on Cyprus.")
        #expect(reading.people.map(\.name) == ["Maria Angela Holguin"])
    }

    @Test func anAccusationFramesTheQuotedWords() {
        let reading = NewsReader.read("Talks\nSerbian President Aleksandar Vucic accused Kurti of “provoking a conflict” and demanded the withdrawal of police units.")
        #expect(reading.quotes.first?.speaker == "Aleksandar Vucic")
        // The sentence's subject, behind its titles, is who demanded.
        #expect(reading.events.first { $0.kind == .demand }?.actors.first?.state == "SRB")
    }

    @Test func statesListedBeforeAGroupAct() {
        let reading = NewsReader.read("Talks\nEgyptian and Qatari mediators met Hamas negotiators in Cairo on Sunday to press for a deal.")
        let meeting = reading.events.first { $0.kind == .meet }
        #expect(meeting?.actors.compactMap(\.state) == ["EGY", "QAT"])
    }

    @Test func aMeetingOfNobodyNamedWithNobodyIsNoEvent() {
        #expect(TestReading.events("Thousands of people gathered at the main square to witness the televised signing.").filter { $0.kind == .meet }.isEmpty)
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan Foreign Minister Musalia Mudavadi was on hand to witness the signing.")) == ["KEN"])
    }

    @Test func aPassiveWithNoAgentAndNobodyNamedIsNoEvent() {
        #expect(TestReading.events("Sixteen documents were signed during the visit.").isEmpty)
        #expect(TestReading.events("A new truce was formally agreed on Sunday.").filter { $0.kind == .accept }.isEmpty)
        // With its agent, or whom it concerns, it is one.
        #expect(TestReading.actors(.accept, in: TestReading.events("Sixteen documents were signed by Kenya and Uganda during the visit.")) == ["KEN", "UGA"])
    }

    @Test func aProposalToResumeTalksIsNotAMeeting() {
        let reading = NewsReader.read("Talks\nThe M23 rebels resumed talks in Doha on Monday. Putin’s proposal to resume talks has been welcomed by Trump.")
        #expect(reading.events.filter { $0.kind == .meet }.count == 1)
    }
}
