import Testing
@testable import PeaceBoardNews

/// Signers set off by what the report says of them ("whose forces hold the south", "neighbouring
/// Uganda's president"), wire copy's datelines without a dash, and words quoted from a document or
/// read out from a statement (the sentences here are the house's own).
@Suite struct NeighboursAsidesAndWireCopyTests {
    @Test func anOwnerPlacedAsANeighbourStillGivesTheOffice() {
        let text = "The accord, brokered by Amara Diallo, neighbouring Uganda’s president, was signed."
        let person = NewsReader.read("Talks\n" + text).people.first { $0.name == "Amara Diallo" }
        #expect(person?.state == "UGA")
        #expect(TestReading.actors(.mediate, in: TestReading.events(text)) == ["UGA"])
    }

    @Test func aSubjectListGoesOnPastWhoseAsidesAndALowerCaseOffice() {
        let text = "Kenya's President Tomas Okello, whose forces hold the south, and rebel leader Amara Diallo, who holds the north, met in neighbouring Uganda to sign an agreement."
        let found = TestReading.events(text)
        #expect(Set(TestReading.actors(.meet, in: found)) == ["KEN", "Amara Diallo"])
        #expect(Set(TestReading.actors(.accept, in: found)) == ["KEN", "Amara Diallo"])
    }

    @Test func aLowerCaseWordAfterCommaAndStillOpensANewClause() {
        let found = TestReading.events("Kenya signed the deal, and rebel leaders later agreed to it.")
        #expect(TestReading.actors(.accept, in: found) == ["KEN"])
    }

    @Test func aPurposeToSignIsASigningOnlyAfterComingTogether() {
        #expect(TestReading.actors(.accept, in: TestReading.events("Kenya and Uganda gathered in Arusha to sign the accord.")).sorted() == ["KEN", "UGA"])
        let planned = TestReading.events("Kenya and Uganda will travel to Arusha to sign the accord.")
        #expect(planned.filter { $0.kind == .accept && !$0.hedged }.isEmpty)
        #expect(TestReading.actors(.accept, in: TestReading.events("Kenya asked Uganda to sign the accord.")).isEmpty)
    }

    @Test func aWireDatelineWithoutADashHoldsNoActor() {
        let found = TestReading.events("NAIROBI, Mar 3 (Reuters) Rebel negotiators and their foes agreed a new peace plan today.")
        #expect(!TestReading.actors(.accept, in: found).contains("KEN"))
        #expect(!TestReading.actors(.meet, in: found).contains("KEN"))
    }

    @Test func aDocumentQuotedHasNoSpeakerAndAStatementReadOutIsItsAuthors() {
        let document = NewsReader.read("Talks\n\"We will end the war,\" said an agreement signed on Wednesday in Arusha.").quotes
        #expect(document.count == 1)
        #expect(document.first?.speaker == nil)
        let statement = NewsReader.read(
            "Talks\nUN Secretary-General Amara Diallo welcomed the deal. “The Secretary-General stresses that it must be implemented,” Diallo's statement read."
        ).quotes
        #expect(statement.first?.speaker == "Amara Diallo")
    }

    @Test func initialsGivenToAKnownBodyNameThatBody() {
        let reading = NewsReader.read("Talks\nAmara Diallo, leader of the rebel group New Forces (NF), signed the deal.")
        #expect(reading.organisations.map(\.name).contains("Forces Nouvelles"))
        #expect(!reading.organisations.map(\.name).contains("New Forces"))
    }

    @Test func twoApostrophesOpenAQuotationAsTheyCloseOne() {
        let quotes = NewsReader.read("Talks\n''We have initialled it,'' said rebel envoy Amara Diallo.").quotes
        #expect(quotes.map(\.text) == ["We have initialled it,"])
        #expect(quotes.first?.speaker == "Amara Diallo")
        #expect(NewsReader.read("Talks\nThe rebels' leaders'' demands were heard.").quotes.isEmpty)
    }

    @Test func helpOfferedToCarryADealOutIsSupport() {
        let found = TestReading.events("Amara Diallo said the United Nations was ready to assist the leaders in the implementation of the agreement.")
        #expect(TestReading.actors(.support, in: found) == ["United Nations"])
        #expect(TestReading.actors(.support, in: TestReading.events("Kenya said it was ready to help Uganda fight the rebels.")).isEmpty)
    }

    @Test func whomAnAppositionOrARelativeClauseCallsABodysMediatorMediates() {
        let apposition = TestReading.events("Kenyan President Tomas Okello, the African Union's mediator, said the talks had gone well.")
        #expect(TestReading.actors(.mediate, in: apposition) == ["KEN"])
        let relative = TestReading.events("The talks were hosted by Kenyan President Tomas Okello, who is the African Union's mediator.")
        #expect(TestReading.actors(.mediate, in: relative) == ["KEN"])
        let other = TestReading.events("Kenyan President Tomas Okello, the man who criticised the mediators, said no.")
        #expect(TestReading.actors(.mediate, in: other).isEmpty)
    }

    @Test func anIncumbentOfficeStillBelongsToTheStateBeforeIt() {
        let person = NewsReader.read("Talks\nUnder the deal, Kenya's incumbent President Tomas Okello will remain in power.").people.first { $0.name == "Tomas Okello" }
        #expect(person?.state == "KEN")
    }
}
