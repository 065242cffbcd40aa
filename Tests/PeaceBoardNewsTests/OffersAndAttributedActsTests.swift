import Testing

@testable import PeaceBoardNews

/// Offers of talks and what they offer, pressing for something, opposing, attending a meeting
/// by sending people to it, force announced to go on, and a participle after an attribution.
@Suite struct OffersAndAttributedActsTests {
    @Test func anOfferOfTalksIsAProposalAndTheTalksAreNotHeld() {
        let offered = TestReading.events("Somalia's President Hassan Sheikh Mohamud on Wednesday offered to negotiate with al-Shabaab.")
        #expect(TestReading.actors(.propose, in: offered) == ["SOM"])
        let rejected = TestReading.events("Taiwan on Monday rejected an offer by China to hold talks on reunification.")
        #expect(TestReading.actors(.propose, in: rejected) == ["CHN"])
        #expect(TestReading.actors(.reject, in: rejected) == ["TWN"])
        #expect(TestReading.actors(.meet, in: rejected).isEmpty)
    }

    @Test func pressingForIsADemandButAPurposeIsNot() {
        #expect(TestReading.actors(.demand, in: TestReading.events("Rubio said Washington would keep pressing for free elections in Venezuela.")) == ["USA"])
        #expect(TestReading.actors(.demand, in: TestReading.events("Egyptian mediators met Hamas negotiators in Cairo to press for the second phase.")).isEmpty)
    }

    @Test func notOpposingIsANegatedRefusal() {
        let found = TestReading.events("Hezbollah said it did not oppose the talks.")
        #expect(found.map(\.kind) == [.reject])
        #expect(found.first?.negated == true)
    }

    @Test func sendingPeopleToAMeetingIsMeeting() {
        let found = TestReading.events("Lebanon and Israel sent civilian representatives to a meeting of the monitoring committee on Wednesday.")
        #expect(TestReading.actors(.meet, in: found) == ["LBN", "ISR"])
        #expect(TestReading.events("Sudan sent troops to the border.").isEmpty)
    }

    @Test func aParticipleAfterAnAttributionIsTheSpeakers() {
        let found = TestReading.events(
            "Pakistan will not negotiate with the militants, Defence Minister Khawaja Asif said on Tuesday, rejecting an offer by Afghanistan to mediate.")
        // The speaker, whom the gazetteer knows as Pakistan's defence minister.
        #expect(TestReading.events("Peace is far off, Defence Minister Khawaja Asif said, rejecting an offer by Afghanistan.").first { $0.kind == .reject }?
            .actors.map(\.name) == ["Khawaja Asif"])
        #expect(TestReading.actors(.reject, in: found) == ["PAK"])
    }

    @Test func aBodyNamedWithACapitalParticleIsFound() {
        let found = TestReading.events("Al-Shabaab spokesman Ali Dhere rejected the offer in an audio message.")
        #expect(TestReading.actors(.reject, in: found) == ["al-Shabaab"])
    }

    @Test func forceAnnouncedToContinueIsAThreat() {
        let found = TestReading.events("The Israeli military said strikes would continue until the group is disarmed.")
        #expect(found.map(\.kind) == [.threaten])
    }
}
