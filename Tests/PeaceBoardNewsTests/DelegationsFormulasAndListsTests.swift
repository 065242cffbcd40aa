import Testing

@testable import PeaceBoardNews

/// Delegations' meetings and what they hand over, formulas named in marks, and lists a colon opens
/// (the sentences here are the house's own).
@Suite struct DelegationsFormulasAndListsTests {
    @Test func aGeneralStaffIsAnOfficeNotAName() {
        let reading = NewsReader.read("Talks\nChief of the General Staff Kofi Asante met the mediators on Monday.")
        #expect(reading.people.map(\.name) == ["Kofi Asante"])
        let directorate = NewsReader.read("Talks\nThe delegation includes the head of the General Staff, Main Directorate Kofi Asante, and two ministers.")
        #expect(directorate.people.map(\.name) == ["Kofi Asante"])
    }

    @Test func satisfactionExpressedWithAMeetingIsSupport() {
        let events = TestReading.events("Kenyan President William Ruto met the mediators, expressing satisfaction with the results.")
        #expect(TestReading.actors(.support, in: events) == ["KEN"])
        let overall = TestReading.events("Ghana's foreign minister expressed overall satisfaction with the meeting.")
        #expect(TestReading.actors(.support, in: overall) == ["GHA"])
    }

    @Test func comingToTermsOnSomethingIsAnAgreement() {
        let events = TestReading.events("Officials from Ghana and Togo held talks. They came to terms on an exchange of prisoners.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["GHA", "TGO"])
        // Coming to terms with a loss is no agreement.
        #expect(TestReading.events("Ghana came to terms with the defeat.").filter { $0.kind == .accept }.isEmpty)
    }

    @Test func whoChairsTheTalksMediatesThem() {
        let events = TestReading.events("Kenyan Foreign Minister Amina Odhiambo, who chairs the talks, said both sides were committed.")
        #expect(TestReading.actors(.mediate, in: events) == ["KEN"])
    }

    @Test func requestedNegotiationsAreDemanded() {
        let events = TestReading.events("Togo requested direct negotiations at the level of presidents.")
        #expect(TestReading.actors(.demand, in: events) == ["TGO"])
    }

    @Test func aMemorandumHandedOverIsProposed() {
        let events = TestReading.events("Togo handed over to Ghana its memorandum on a ceasefire.")
        #expect(TestReading.actors(.propose, in: events) == ["TGO"])
        // An adverb after the auxiliary leaves the verb the subject's.
        let earlier = TestReading.events("Ghana had previously handed over to Togo a document with the terms of the truce.")
        #expect(TestReading.actors(.propose, in: earlier) == ["GHA"])
        #expect(TestReading.events("Ghana handed over the prisoners to Togo.").filter { $0.kind == .propose }.isEmpty)
    }

    @Test func aMeetingOfTwoStatesDelegationsIsTheirs() {
        let events = TestReading.events("On June 2, the second meeting of the delegations of Ghana and Togo took place in Lome.")
        #expect(Set(TestReading.actors(.meet, in: events)) == ["GHA", "TGO"])
        #expect(TestReading.events("The meeting of the delegations of Ghana was short.").filter { $0.kind == .meet }.isEmpty)
    }

    @Test func marksThatNameAFormulaAreNoQuotation() {
        let texts = [
            "Ghana and Togo agreed on an exchange in the \"all for all\" format, Ruto said.",
            "The exchange followed the formula \"1000 for 1000\".",
            "Togo handed over a so-called \"memorandum\" on the truce.",
        ]
        for text in texts { #expect(NewsReader.read("Talks\n" + text).quotes.isEmpty, "\(text)") }
        // A word of the speaker's before a noun still quotes him.
        let quoted = NewsReader.read("Talks\nRuto called it the \"historic\" deal both sides needed.")
        #expect(quoted.quotes.map(\.text) == ["historic"])
    }

    @Test func wordsAPersonPromisesAreTheirs() {
        let reading = NewsReader.read("Talks\nKenyan Foreign Minister Amina Odhiambo promises to \"soon announce\" details of further talks.")
        #expect(reading.quotes.map(\.speaker) == ["Amina Odhiambo"])
    }

    @Test func theItemsOfAListQuoteWhoeverOpenedIt() {
        let text = """
            Talks

            The head of the Togolese delegation, Kofi Mensah, named three results of the meeting:

            → in the "coming days" Ghana and Togo will exchange prisoners in equal numbers;

            → the Ghanaian side "invited" direct negotiations between the two presidents, and Togo "took note of this request";

            → both will "present their vision" of a possible ceasefire.
            """
        let reading = NewsReader.read(text)
        #expect(reading.quotes.map(\.text) == ["coming days", "invited", "took note of this request", "present their vision"])
        #expect(reading.quotes.allSatisfy { $0.speaker == "Kofi Mensah" })
    }
}
