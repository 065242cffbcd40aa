import Testing

@testable import PeaceBoardNews

/// From a fourth batch measured before tuning (own 130–135): a group named with its noun after a
/// described government, movements named after their state, offers to continue talks, taking
/// part in talks, hosting announced, names with a "whose" aside, releases and their counts.
@Suite struct GroupsTalksAndReleasesTests {
    @Test func aDescribedGovernmentActsWithTheGroupNamedAfterIt() {
        let found = TestReading.events("Yemen's internationally recognised government and the Houthi rebels agreed on Sunday to exchange detainees.")
        #expect(TestReading.actors(.accept, in: found) == ["YEM", "Houthis"])
    }

    @Test func aMovementNamedAfterItsStateIsNotTheState() {
        let reading = NewsReader.read("Talks\nThe South Sudan Opposition Movements Alliance said in a statement that it would stay away.")
        #expect(reading.organisations.map(\.name) == ["South Sudan Opposition Movements Alliance"])
        #expect(reading.states.isEmpty)
        // A state's own institutions stay the state's.
        #expect(NewsReader.read("Talks\nThe Russian Armed Forces said the strikes would go on.").states.map(\.state) == ["RUS"])
    }

    @Test func willingnessToContinueTalksIsAnOffer() {
        #expect(TestReading.actors(.propose, in: TestReading.events("He said Afghanistan was still willing to continue the dialogue.")) == ["AFG"])
        #expect(TestReading.actors(.propose, in: TestReading.events("ECOWAS said it remained open to dialogue.")) == ["ECOWAS"])
        #expect(TestReading.actors(.propose, in: TestReading.events("Afghanistan was open to criticism.")).isEmpty)
    }

    @Test func refusingToTakePartInTalksIsANegatedMeeting() {
        let found = TestReading.events("The Polisario Front said it would not take part in any talks based on the proposal.")
        #expect(TestReading.actors(.meet, in: found) == ["Polisario Front"])
        #expect(found.first { $0.kind == .meet }?.negated == true)
        #expect(TestReading.events("Thousands took part in the protests.").isEmpty)
    }

    @Test func hostingAnnouncedIsAnOfferToHost() {
        #expect(TestReading.actors(.offerToHost, in: TestReading.events("Turkey said it would host another round of talks.")) == ["TUR"])
    }

    @Test func aNameBeforeAWhoseAsideThatSpeaksIsAPerson() {
        let reading = NewsReader.read("Talks\nMohamed Khaled Nordin, whose country chairs ASEAN this year, told reporters the talks went well.")
        #expect(reading.people.map(\.name) == ["Mohamed Khaled Nordin"])
    }

    @Test func releasesAndTheirCounts() {
        let exchanged = NewsReader.read("Talks\nThe parties agreed to exchange more than 900 detainees.").provisions
        #expect(exchanged.map(\.type) == ["prisoner-exchange"])
        #expect(exchanged.first?.parameters["count"] == .integer(900))
        let released = NewsReader.read("Talks\nTalks could resume only if the rebels released all kidnapped civilians.").provisions
        #expect(released.map(\.type) == ["prisoner-exchange"])
    }

    @Test func givingUpWeaponsAndGuaranteesAgainstAttacksAreProvisions() {
        let disarm = NewsReader.read("Talks\nThe group refused to give up its weapons before a political agreement was signed.").provisions
        #expect(disarm.map(\.type) == ["armed-forces-limit"])
        let guarantees = NewsReader.read("Talks\nIslamabad demanded written guarantees that Afghan soil would not be used for attacks on Pakistan.").provisions
        #expect(guarantees.map(\.type) == ["security-guarantees"])
        #expect(NewsReader.read("Talks\nThe army called for calm amid reports of troop movements along the border.").provisions.isEmpty)
    }
}
