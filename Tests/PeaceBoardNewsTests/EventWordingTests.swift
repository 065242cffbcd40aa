import Testing

@testable import PeaceBoardNews

/// Events worded as wire copy words them on reports the reader was not tuned to: meetings named
/// by who they were between, words of an event split by when it happened, decisions not yet
/// taken, demands named by their agent, and a speaker's own movement or government.
@Suite struct EventWordingTests {
    @Test func talksBetweenTwoSidesAreAMeetingOfBoth() {
        let found = TestReading.events("The deal followed talks in Manila between Philippine and Chinese diplomats, the ministry said.")
        let meeting = found.first { $0.kind == .meet }
        #expect(meeting?.actors.compactMap(\.state) == ["PHL", "CHN"])
        #expect(meeting?.hedged == false)
    }

    @Test(arguments: [
        "Turkey called for talks between Israel and Hamas.",
        "Talks between Israel and Hamas are expected next week.",
        "Qatar offered to host talks between Israel and Hamas.",
    ])
    func talksBetweenThatAreOnlyAskedForOrPlannedAreHedged(sentence: String) {
        let meetings = TestReading.events(sentence).filter { $0.kind == .meet }
        #expect(meetings.count == 1)
        #expect(meetings.allSatisfy { $0.hedged })
    }

    @Test func whenSomethingHappenedMayStandInsideItsWords() {
        let found = TestReading.events("Pope Leo XIV offered on Wednesday to host direct negotiations. Egypt offered again to mediate.")
        #expect(TestReading.actors(.offerToHost, in: found) == ["VAT"])
        #expect(TestReading.actors(.mediate, in: found) == ["EGY"])
    }

    @Test func aDecisionNotYetTakenIsConsidered() {
        let found = TestReading.events("Kremlin spokesman Dmitry Peskov said Moscow appreciated the offer but had not yet decided. Hamas has yet to decide.")
        #expect(TestReading.actors(.consider, in: found) == ["RUS", "Hamas"])
        #expect(found.filter { $0.kind == .consider }.allSatisfy { !$0.negated })
    }

    @Test func aDemandOrCallBySomeoneIsTheirDemand() {
        let found = TestReading.events("Moldova rejected a demand by Russia to reopen the talks, answering a call by the European Union.")
        #expect(TestReading.actors(.reject, in: found) == ["MDA"])
        #expect(TestReading.actors(.demand, in: found) == ["RUS", "European Union"])
    }

    @Test func aSpeakersOwnAdministrationIsTheSpeaker() {
        let found = TestReading.events("Transnistria's leader, Vadim Krasnoselsky, said his administration would not accept conditions set by Chisinau.")
        let refusal = found.first { $0.kind == .accept }
        #expect(refusal?.actors.map(\.name) == ["Vadim Krasnoselsky"])
        #expect(refusal?.negated == true)
    }

    @Test func whatOneSideMustDoIsNotDone() {
        let found = TestReading.events("Chisinau said the separatist authorities must first accept aid offered by the European Union. European leaders said any deal must include guarantees and rejected any change of borders.")
        #expect(found.first { $0.kind == .accept }?.hedged == true)
        #expect(found.first { $0.kind == .reject }?.hedged == false)
    }

    @Test func reachingAnArrangementIsAnAgreement() {
        let found = TestReading.events("The Philippines and China have reached a provisional arrangement on resupply missions.")
        #expect(TestReading.actors(.accept, in: found) == ["PHL", "CHN"])
    }

    @Test func facilitatingAProcessIsMediationButFacilitatingTradeIsNot() {
        #expect(TestReading.actors(.mediate, in: TestReading.events("Ottawa would facilitate the process, Canada's foreign minister said.")) == ["CAN"])
        #expect(TestReading.events("Kazakhstan facilitated trade with its neighbours and said it would facilitate exports.").allSatisfy { $0.kind != .mediate || $0.trigger.text == "facilitated" })
    }

    @Test func notRecognisingIsARejection() {
        let found = TestReading.events("Venezuela does not recognise the jurisdiction of the court.")
        #expect(TestReading.actors(.reject, in: found) == ["VEN"])
        #expect(found.first?.negated == false)
    }

    @Test func aQuotationAfterWelcomingBelongsToTheOneWhoWelcomed() {
        let reading = NewsReader.read("Talks\nTurkish President Tayyip Erdogan welcomed the announcement as \"an important step towards peace\" and said the state would monitor it.")
        #expect(reading.quotes.map(\.speaker) == ["Recep Tayyip Erdogan"])
    }
}
