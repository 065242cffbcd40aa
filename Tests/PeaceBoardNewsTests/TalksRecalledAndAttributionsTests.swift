import Testing
@testable import PeaceBoardNews

/// Talks a later sentence recalls, refusals, arguments for something, who was present with whom,
/// meeting partners listed past a comma, and speakers named after an apposition, by office or for
/// a quotation's first fragment (the sentences here are the house's own).
@Suite struct TalksRecalledAndAttributionsTests {
    @Test func whoAgreedMetAtTheTalksALaterSentencePlacesTheAgreementAt() {
        let text = "Kenya and the Lord's Resistance Army agreed on Saturday to a truce. The truce, reached during peace talks in Arusha, takes effect on Tuesday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "Lord's Resistance Army"])
        let brokered = "Kenya and Uganda agreed on Saturday to a truce. The truce, brokered by Tanzania during talks in Arusha, takes effect on Tuesday."
        #expect(TestReading.actors(.meet, in: TestReading.events(brokered)).isEmpty)
    }

    @Test func anAgreementFinalisedInThePresenceOfOthersPastAnAsideMakesItsPartiesMeet() {
        let text = "Kenya and Uganda signed a peace agreement on Friday. The deal, mediated by Tanzania and Qatar, was finalised in the presence of both foreign ministers."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func anAgreementReachedOrSignedOnADayByItsPartiesIsTheirs() {
        let reached = "The agreement reached on 21 November 2025 by the presidents of Kenya, Uganda and Tanzania ended the war."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(reached))) == ["KEN", "UGA", "TZA"])
        let signed = "The deal signed on Monday by Kenya and Uganda ended the war."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(signed))) == ["KEN", "UGA"])
    }

    @Test func talksThatBeganOrEndedWereHeldByThePair() {
        let text = "Kenya and Uganda signed their first truce on Friday. The two sides inked the pact a month after the talks began in Arusha."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func decliningToSignIsARefusalAndDecliningToCommentIsNone() {
        #expect(TestReading.actors(.reject, in: TestReading.events("Uganda declined to sign the accord on Monday.")) == ["UGA"])
        #expect(TestReading.events("Uganda declined to comment on the accord.").isEmpty)
    }

    @Test func arguingForSomethingDemandsIt() {
        #expect(TestReading.actors(.demand, in: TestReading.events("Uganda has long argued for the sanctions to be lifted.")) == ["UGA"])
    }

    @Test func whoWasPresentAlongWithSomeoneMetThem() {
        let text = "Kenyan President Tomas Okello was present along with Ugandan President Amara Diallo."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))).isSuperset(of: ["KEN"]))
        #expect(TestReading.events("Kenya will present the plan at the talks on Monday.").filter { $0.kind == .meet }.isEmpty)
    }

    @Test func whomOneMeetsWithIsEveryoneListed() {
        let text = "The U.N. envoy is meeting with foreign ministers from Algeria, Morocco and Mauritania plus leaders of Kenya."
        let partners = TestReading.events(text).filter { $0.kind == .meet && $0.targets.contains { $0.organisation == "United Nations" } }
        #expect(Set(partners.flatMap(\.actors).compactMap(\.state)) == ["DZA", "MAR", "MRT", "KEN"])
    }

    @Test func aSpeakerNamedBeforeAnAppositionAndTheVerb() {
        let text = "“We will engage,” Tomas Okello, the movement's UN representative, said on Friday."
        #expect(NewsReader.read("Talks\n" + text).quotes.map(\.speaker) == ["Tomas Okello"])
    }

    @Test func theFirstFragmentOfAQuotationTakesTheSpeakerOfTheNext() {
        let text = "“We hope that Kenya will cooperate” with the plan and “will engage in talks,” Tomas Okello, the rebels' envoy, said on Friday."
        #expect(NewsReader.read("Talks\n" + text).quotes.map(\.speaker) == ["Tomas Okello", "Tomas Okello"])
    }

    @Test func anOfficeNamesItsHolderAndAnOfficeNobodyHoldsNamesNobody() {
        let held = "Kenyan President Tomas Okello signed the accord. “The door is open,” the president said, according to DW."
        #expect(NewsReader.read("Talks\n" + held).quotes.map(\.speaker) == ["Tomas Okello"])
        #expect(NewsReader.read("Talks\n“The door is open,” the minister said.").quotes.map(\.speaker) == [nil])
    }

    @Test func whoHoldAJointPressConferenceMeet() {
        let agents = "The declaration, issued after a joint press conference by Kenyan President Tomas Okello and Ugandan President Amara Diallo, set a deadline."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(agents))) == ["KEN", "UGA"])
        let subjects = "Kenyan President Tomas Okello and Ugandan President Amara Diallo held a joint news conference in Nairobi."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(subjects))) == ["KEN", "UGA"])
    }

    @Test func aMeetingAfterAWordOfTimeIsTheSubjects() {
        let text = "Tomas Okello said on Tuesday that a deal was near, following a private meeting with the African Union's mediator."
        let meeting = TestReading.events(text).first { $0.kind == .meet }
        #expect(meeting?.actors.map(\.name) == ["Tomas Okello"])
    }
}
