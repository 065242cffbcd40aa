import Testing
@testable import PeaceBoardNews

/// Deals inked and signed as a witness, refusals of an act, pressure and praise by what a deal is
/// called, lists past a signer's state, and quotation marks of two kinds (the sentences here are the house's own).
@Suite struct InkedWitnessesAndMixedMarksTests {
    @Test func aDealInkedIsSigned() {
        let text = "The accord was inked by Foreign Minister Amara Diallo of Kenya and his Ugandan counterpart Tomas Okello."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "UGA"])
        #expect(Set(TestReading.actors(.accept, in: TestReading.events("Kenya and Uganda inked a border pact on Friday."))) == ["KEN", "UGA"])
    }

    @Test func whoSignsAsAWitnessAttends() {
        let events = TestReading.events("Kenya and Uganda signed the accord, and Tanzania signed it as a witness.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "UGA"])
        #expect(TestReading.actors(.meet, in: events).contains("TZA"))
        let refused = TestReading.events("The opposition party declined to sign as a witness.")
        #expect(!refused.contains { $0.kind == .meet })
    }

    @Test func refusingAnActRejectsIt() {
        #expect(TestReading.actors(.reject, in: TestReading.events("The talks stalled, with Kenya refusing to recognise the commission's ruling.")) == ["KEN"])
        #expect(TestReading.actors(.reject, in: TestReading.events("Kenya defended its policy of refusing to criticise either party.")).isEmpty)
    }

    @Test func pressureToActDemands() {
        let text = "Kenyan President Amara Diallo, who has been pressuring Kampala to reopen the border, spoke at the summit."
        #expect(TestReading.actors(.demand, in: TestReading.events(text)) == ["KEN"])
        #expect(TestReading.actors(.demand, in: TestReading.events("Kenya was pressured to sign the accord.")).isEmpty)
    }

    @Test func aDealCalledATurningPointOrReferredToAsAStepIsPraised() {
        #expect(TestReading.actors(.support, in: TestReading.events("Ugandan Foreign Minister Tomas Okello called the accord a turning point.")) == ["UGA"])
        #expect(TestReading.actors(.support, in: TestReading.events("Kenya referred to the signing as an important step towards peace.")) == ["KEN"])
    }

    @Test func aSubjectNamedByANounAfterAnOpeningPhraseIsNotTheOneInIt() {
        let text = "At a ceremony with Tanzanian President Juma Mwinyi in Arusha, the two countries' foreign ministers signed the accord."
        #expect(!TestReading.actors(.accept, in: TestReading.events(text)).contains("TZA"))
    }

    @Test func aQuotationOpenedStraightAndClosedCurlyIsOne() {
        let text = "Talks\nKenyan President Amara Diallo hailed it as \"a new dawn for the region,” while warning that \"much work lies ahead.”"
        #expect(NewsReader.read(text).quotes.map(\.text) == ["a new dawn for the region,", "much work lies ahead."])
    }

    @Test func whatTheSpeakerWentOnToSayNamesNoOtherSpeaker() {
        let text = "Talks\nKenyan Foreign Minister Amara Diallo signed the accord. Diallo called it “a turning point,” adding that Rwanda had acted as mediator."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Amara Diallo"])
    }

    @Test func aQuotedParagraphGoesOnFromTheSpeakerAttributedBefore() {
        let text = "Talks\nThe talks were facilitated by Kenyan President William Ruto.\n\n"
            + "\"They fought for many years, and with machetes - it was one of the worst wars. And I just happened to have somebody that was "
            + "able to get it settled,\" President Ruto said on Friday, ahead of the signing of the deal in Nairobi.\n\n"
            + "\"We are getting, for Kenya, a lot of the trade routes from Uganda as part of it. They are so honored to be here.\""
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["William Ruto", "William Ruto"])
    }
}

/// Signers named by a pair noun after "by" (the sentences here are the house's own).
@Suite struct SignersNamedByAPairTests {
    @Test func signersNamedByAPairAfterByAreThePairNamedBefore() {
        let text = "Kenya and Uganda reached a peace agreement on Friday. The agreement was signed by the foreign ministers of both countries in Arusha."
        let signing = TestReading.events(text).filter { $0.kind == .accept && $0.trigger.text == "signed" }
        #expect(Set(TestReading.actors(.accept, in: signing)) == ["KEN", "UGA"])
    }
}
