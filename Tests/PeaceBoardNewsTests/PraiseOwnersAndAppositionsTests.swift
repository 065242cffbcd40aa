import Testing

@testable import PeaceBoardNews

/// From a sixth batch measured before tuning (own 142–147): praise by what something is called,
/// calls made somewhere, force announced to go on, hosting a conference, bodies named after a
/// possessive state in a list, groups named in apposition, borders demarcated, truces worded as
/// stopping attacks, and labels in quotation marks after "his".
@Suite struct PraiseOwnersAndAppositionsTests {
    @Test func callingADealAModelOrHailingItIsSupportButCallingForItIsADemand() {
        #expect(TestReading.actors(.support, in: TestReading.events("President Gustavo Petro called the accord a model for other armed groups.")) == ["COL"])
        #expect(TestReading.actors(.support, in: TestReading.events("Turkish President Recep Tayyip Erdogan hailed the ceremony as the start of a new era.")) == ["TUR"])
        let demand = TestReading.events("Petro called for a first step toward disarmament.")
        #expect(demand.map(\.kind) == [.demand])
    }

    @Test func aCallMadeSomewhereIsStillADemand() {
        let found = TestReading.events("The jailed leader, Abdullah Ocalan, called in a video message for the group to lay down its arms.")
        #expect(found.map(\.kind) == [.demand])
    }

    @Test func attacksAnnouncedToGoOnAreAThreat() {
        let found = TestReading.events("A senior Houthi official said the group would keep attacking Israel until the war in Gaza ends.")
        #expect(TestReading.actors(.threaten, in: found) == ["Houthis"])
        #expect(TestReading.events("China said it would continue to play a constructive role.").filter { $0.kind == .threaten }.isEmpty)
    }

    @Test func hostingAConferenceIsAMeetingButANewsConferenceIsNot() {
        #expect(TestReading.actors(.meet, in: TestReading.events("Egypt hosted a conference of Sudanese civilian groups in Cairo on Tuesday.")) == ["EGY"])
        #expect(TestReading.events("Egypt hosted a news conference in Cairo on Tuesday.").filter { $0.kind == .meet }.isEmpty)
    }

    @Test func aBodyOwnedByAStateActsInTheListNotTheState() {
        let agreed = TestReading.events("The United States and Yemen's Houthis have agreed to stop attacking each other.")
        #expect(TestReading.actors(.accept, in: agreed) == ["USA", "Houthis"])
        let vowed = TestReading.events("Yemen's Houthi movement said it would stop targeting ships, but vowed to keep attacking Israel.")
        #expect(TestReading.actors(.threaten, in: vowed) == ["Houthis"])
    }

    @Test func aGroupNamedInAppositionActsUnderItsName() {
        let reading = NewsReader.read(
            "Talks\nColombia's government and a small rebel group, the Comuneros del Sur, signed an agreement on Saturday.")
        #expect(reading.organisations.map(\.name) == ["Comuneros del Sur"])
        #expect(TestReading.actors(.accept, in: reading.events) == ["COL", "Comuneros del Sur"])
    }

    @Test func demarcatingABorderAndStoppingAttacksAreProvisions() {
        let border = NewsReader.read("Talks\nLebanon and Syria signed an agreement on Friday to demarcate their disputed land border.").provisions
        #expect(border.map(\.type) == ["territorial-arrangement"])
        let marking = NewsReader.read("Talks\nThe commissions agreed on rules for marking the next section of their frontier.").provisions
        #expect(marking.map(\.type) == ["territorial-arrangement"])
        let truce = NewsReader.read("Talks\nThe United States and the Houthis have agreed to stop attacking each other.").provisions
        #expect(truce.map(\.type) == ["ceasefire"])
    }

    @Test func aLabelAfterHisQuotesNobodyButHisWordsBeforeAPrepositionDo() {
        let label = NewsReader.read("Talks\nPetro called the accord a model for his \u{201C}total peace\u{201D} policy.")
        #expect(label.quotes.isEmpty)
        let words = NewsReader.read("Talks\nAliyev thanked Putin for his \u{201C}personal attention\u{201D} to the investigation.")
        #expect(words.quotes.map(\.text) == ["personal attention"])
    }
}
