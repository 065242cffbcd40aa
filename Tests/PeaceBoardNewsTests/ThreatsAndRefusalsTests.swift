import Testing

@testable import PeaceBoardNews

/// Threats without a verb of threatening, blocked proposals, commitments not to act, and "it"
/// for an institution that speaks.
@Suite struct ThreatsAndRefusalsTests {
    @Test func aThreatWithoutAThreatVerbIsTheSayers() {
        let found = TestReading.events("Yemen's Houthis said on Tuesday that ships linked to the United States would be \"legitimate targets\" in the Red Sea.")
        #expect(TestReading.actors(.threaten, in: found) == ["Houthis"])
        #expect(TestReading.actors(.threaten, in: TestReading.events("Houthi spokesman Yahya Saree said the group would not hesitate to strike any vessel.")) == ["Houthis"])
        #expect(TestReading.actors(.threaten, in: TestReading.events("EU foreign policy chief Kaja Kallas said the bloc was ready to impose further sanctions.")) == ["European Union"])
    }

    @Test func aWarningToStopIsADemandAndWhatIsToStopIsNoEvent() {
        let found = TestReading.events("The U.S. military warned the group to stop threatening international shipping.")
        #expect(found.map(\.kind) == [.demand])
        #expect(TestReading.actors(.demand, in: found) == ["USA"])
    }

    @Test func whatIsForswornDidNotHappen() {
        let found = TestReading.events("The presidents of Venezuela and Guyana agreed on Thursday not to threaten or use force against each other.")
        #expect(found.map(\.kind) == [.accept])
    }

    @Test func blockingAProposalIsARefusal() {
        let found = TestReading.events("Hungary and Slovakia blocked a proposal to sanction individual ministers.")
        #expect(TestReading.actors(.reject, in: found) == ["HUN", "SVK"])
        #expect(found.allSatisfy { $0.kind == .reject })
        #expect(TestReading.events("Protesters blocked roads in Tbilisi.").isEmpty)
    }

    @Test func readyToHoldTalksIsAnOfferOfTalksAndFacilitatingThemIsMediation() {
        let found = TestReading.events("Ethiopia's government said it was ready to hold talks with the militia. The African Union had agreed to facilitate any negotiations.")
        #expect(found.map(\.kind) == [.propose, .accept, .mediate])
    }

    @Test func itIsTheInstitutionThatSaysSo() {
        let found = TestReading.events("Sudan's army and the RSF were invited. The army said it was studying the invitation.")
        #expect(TestReading.actors(.consider, in: found) == ["SDN"])
    }
}
