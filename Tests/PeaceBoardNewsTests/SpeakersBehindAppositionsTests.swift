import Testing
@testable import PeaceBoardNews

/// Who speaks when an apposition or a clause stands between the name and the verb, and the
/// offices of bodies and portfolios written in full: rules written for real pages read once
/// before any rule for them (the sentences here are the house's own).
@Suite struct SpeakersBehindAppositionsTests {
    private func speakers(_ text: String) -> [String?] {
        NewsReader.read("Talks\n" + text).quotes.map(\.speaker)
    }

    private func people(_ text: String) -> [PersonMention] {
        NewsReader.read("Talks\n" + text).people
    }

    @Test func aNameSetOffAfterALongDescriptionSpeaks() {
        let text = "\"The text will be published next week,\" the head of the Chadian government delegation, Idriss Mahamat, said."
        #expect(speakers(text) == ["Idriss Mahamat"])
    }

    @Test func aBodysOfficeIsAnAppositionAndItsRemitIsNoName() {
        let text = """
            Later, Amina Diallo, UN Assistant Secretary-General for Political Affairs, wrote: "Now the accord must be implemented."
            """
        let found = people(text)
        #expect(found.map(\.name) == ["Amina Diallo"])
        #expect(found.first?.office == "UN Assistant Secretary-General for Political Affairs")
        #expect(speakers(text) == ["Amina Diallo"])
    }

    @Test func whoSpeaksInAClauseBeforeTheVerbSpeaks() {
        let text = "Jean-Marc Kossi Ngoupande, speaking on behalf of the armed groups, said: \"The hard part starts now.\""
        #expect(people(text).map(\.name) == ["Jean-Marc Kossi Ngoupande"])
        #expect(speakers(text) == ["Jean-Marc Kossi Ngoupande"])
    }

    @Test func anArabicNameShortenedToItsGivenNameIsThePersonNamedInFull() {
        let text = """
            Kuwait’s foreign minister Sheikh Salem bin Abdullah attended the signing.
            "We extend a hand of peace," Sheikh Salem said.
            """
        #expect(speakers(text) == ["Salem bin Abdullah"])
        #expect(Set(people(text).map(\.name)) == ["Salem bin Abdullah"])
    }

    @Test func whomTheSentenceOpensByAddressingIsNotWhoHeIs() {
        let text = """
            "We choose peace," Kenyan Foreign Minister Musalia Mudavadi said.
            Addressing Abiy Ahmed, he said: "Thank you for your courage."
            """
        #expect(speakers(text) == ["Musalia Mudavadi", "Musalia Mudavadi"])
        // The quotation before a name, ending on a word that may describe an office ("peace"), does not make the name an object.
        let closing = """
            "This is a day of peace," Kenyan Foreign Minister Musalia Mudavadi said.
            Welcoming Abiy Ahmed, he said: "Thank you."
            """
        #expect(speakers(closing) == ["Musalia Mudavadi", "Musalia Mudavadi"])
    }

    @Test func theNameAfterTheVerbPastHowTheReportDescribesTheSpeakerSpeaks() {
        #expect(speakers("\"Peace will hold,\" said the retired Ghanaian general Joseph Mensah, who led the talks.") == ["Joseph Mensah"])
        #expect(speakers("\"Peace will hold,\" said retired Ghanaian Gen. Joseph Mensah, chief mediator for the talks.") == ["Joseph Mensah"])
        // And the mediator set off after the name mediates for his state.
        let events = NewsReader.read("Talks\n\"Peace will hold,\" said retired Ghanaian Gen. Joseph Mensah, chief mediator for the talks.").events
        #expect(TestReading.actors(.mediate, in: events) == ["GHA"])
    }

    @Test func aDelegationMemberAndAWarlordAreNamedAndADocumentOrRegionIsNoOne() {
        let text = """
            Rebel delegation member Joseph Kamara called it a big mistake.
            "Our delegation did not accept this plan," he said.
            """
        #expect(speakers(text) == ["Joseph Kamara"])
        #expect(people("Talks began a week after rebels forced warlord Charles Kamara into exile.").map(\.name) == ["Charles Kamara"])
        #expect(people("The Nairobi Peace Agreement, a treaty which ended the war, was signed in 2005.").isEmpty)
        #expect(people("West African diplomats, who brokered the talks, welcomed the deal.").isEmpty)
    }

    @Test func aNameThenALongAppositionThenTheVerbSpeaks() {
        let text = "“The accord will be signed on Sunday,” Joseph Kamara, Kenyan special envoy to the Sudan peace talks, told reporters by telephone."
        #expect(speakers(text) == ["Joseph Kamara"])
    }

    @Test func namesOfStatesInAListAreTheirLeadersAndWhoMediatesInAClauseAfterANameIsThem() {
        let found = people("Among those present were Joseph Kamara of Kenya, Ali Zeine of Niger and Assimi Goita of Mali.")
        #expect(found.map(\.name) == ["Joseph Kamara", "Ali Zeine", "Assimi Goita"])
        #expect(found.map(\.state) == ["KEN", "NER", "MLI"])
        #expect(people("The Bank of England and the Republic of Congo agreed.").isEmpty)
        let clause = "The Kenyan President, Mr Joseph Kamara, who mediated on behalf of the African Union, hosted the signing."
        #expect(TestReading.actors(.mediate, in: TestReading.events(clause)) == ["African Union"])
    }

    @Test func aPortfolioOfSeveralWordsStandsBetweenTheStateAndTheMinister() {
        let found = people("Chadian Justice and Human Rights Minister Mahamat Ahmat Alhabo said the amnesty would hold.")
        #expect(found.first?.state == "TCD")
    }
}
