import Testing
@testable import PeaceBoardNews

/// Reports of a signing kept in archives: signatures added after the parties', a ceremony told of by
/// what it formalized, a surname a title tied to one person, dashes typed as two hyphens, lines
/// wrapped with a blank line after each, and states that no longer exist (the sentences here are the house's own).
@Suite struct SignaturesCeremoniesAndArchivePagesTests {
    @Test func whoAddedTheirSignaturesSigned() {
        let text = "Kenya and Uganda signed the treaty. Then Tanzanian President Amara Diallo and Rwandan President Tomas Okello added their signatures."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "UGA", "TZA", "RWA"])
    }

    @Test func aCeremonyThatFormalizedAnAgreementIsTheSigningCeremony() {
        let text = "The leaders of Kenya and Uganda signed a treaty on Thursday. The ceremony, which formalized an agreement reached last month in Arusha, was brief."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        let other = "The leaders of Kenya and Uganda signed a treaty on Thursday. The ceremony for the new stadium was brief."
        #expect(TestReading.actors(.meet, in: TestReading.events(other)).isEmpty)
    }

    @Test func aSurnameATitleTiedToOnePersonIsThatPersonLater() {
        let found = TestReading.events("President Clinton spoke first. Then Clinton, French President Jacques Chirac and Kenya signed the treaty.")
        #expect(Set(TestReading.actors(.accept, in: found)) == ["USA", "FRA", "KEN"])
    }

    @Test func twoHyphensSetOffAnAsideAsADashDoes() {
        let text = "Tanzanian President Amara Diallo and Kenyan President Tomas Okello--for the East African Community--added their signatures."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["TZA", "KEN"])
    }

    @Test func linesWrappedWithABlankLineAfterEachAreOneParagraph() {
        let page = """
            Treaty signed

            ARUSHA -- In a crowded hall of the conference centre, the leaders of

            Kenya and Uganda solemnly signed a treaty Thursday to end the long

            border war, setting in motion the withdrawal of troops from the

            disputed districts. The treaty was signed by Presidents Amara

            Diallo of Kenya and Tomas Okello of Uganda.
            """
        let reading = NewsReader.read(page)
        #expect(reading.title == "Treaty signed")
        #expect(Set(reading.people.map(\.name)) == ["Amara Diallo", "Tomas Okello"])
        #expect(Set(TestReading.actors(.accept, in: reading.events)) == ["KEN", "UGA"])
        let withdrawal = reading.provisions.first { $0.type == "territorial-arrangement" }
        #expect(withdrawal?.parameters["territory"] == .string("withdrawal of troops from the disputed districts"))
    }

    @Test func aHeadlineAndASubheadingOverBlankLinesStayApart() {
        let page = """
            Kenya Backs Uganda's Proposal for Border Peace Talks in Arusha

            Kenya reacts to Uganda's proposal for border talks in Arusha — News

            In a significant development, Kenyan President Amara Diallo has expressed support for the proposal made by Uganda.
            """
        #expect(NewsReader.read(page).title == "Kenya Backs Uganda's Proposal for Border Peace Talks in Arusha")
    }

    @Test func statesThatNoLongerExistAreStillNamed() {
        let reading = NewsReader.read("Talks\nYugoslavia's Slobodan Milosevic and Zaire's army met Soviet envoys.")
        #expect(Set(reading.states.map(\.state)).isSuperset(of: ["YUG", "ZAR", "SUN"]))
    }

    @Test func aStatesAdjectiveBeforeAPeopleNamesACommunityNotTheState() {
        #expect(TestReading.actors(.reject, in: TestReading.events("Bosnian Serb leaders rejected the plan.")).isEmpty)
        #expect(TestReading.actors(.reject, in: TestReading.events("Iraqi Kurdish officials rejected the plan.")).isEmpty)
        #expect(TestReading.actors(.reject, in: TestReading.events("Turkish Cypriot officials rejected the plan.")) == ["CYP"])
        #expect(TestReading.actors(.reject, in: TestReading.events("Bosnian officials rejected the plan.")) == ["BIH"])
    }

    @Test func aCityAroundWhichSomethingLiesActsInNothing() {
        let text = "The draft includes an exchange of territory around Sarajevo, rejecting the demand for a division of the city."
        #expect(TestReading.actors(.reject, in: TestReading.events(text)).isEmpty)
    }

    @Test func aListGoesOnPastAStateNamedAsFormer() {
        let text = "Croatia’s Franjo Tudjman and ex-Yugoslavia’s Slobodan Milosevic initialled the agreement."
        let reading = NewsReader.read("Talks\n" + text)
        #expect(reading.people.first { $0.name == "Slobodan Milosevic" }?.state == "YUG")
        #expect(Set(TestReading.actors(.accept, in: reading.events)) == ["HRV", "YUG"])
    }

    @Test func whoJoinedOthersToSignSigned() {
        let text = "Balkan presidents joined with U.S. and Russian leaders Thursday to sign a treaty ending the war."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["USA", "RUS"])
    }

    @Test func whatStrifeThreatensIsNoThreatMade() {
        #expect(TestReading.events("Lingering animosities threaten to reignite war in shattered Bosnia.").filter { $0.kind == .threaten }.isEmpty)
        #expect(TestReading.events("Several European leaders have threatened to impose new sanctions on Serbia.").contains { $0.kind == .threaten })
    }

    @Test func aPassivesAgentIsWhomHeStandsForNext() {
        let text = "It was minutes later that the Ugandan President, Amara Diallo, spoke the words that reminded the leaders in attendance how precarious the deal may prove to be.\n\n\"We are tired,\" he announced.\n\nIf Mr Diallo's bleak assessment threatened to cast a pall over the ceremony, optimism was quickly restored by Kenya's President, Tomas Okello, once widely viewed as a villain. \"For my part,\" he said, \"I am convinced.\""
        #expect(NewsReader.read("Talks\n" + text).quotes.map(\.speaker) == ["Amara Diallo", "Tomas Okello", "Tomas Okello"])
        let described = "The army led by Field Marshal Tomas Okello attacked. Amara Diallo, the UN envoy, spoke. “We signed,” she said."
        #expect(NewsReader.read("Talks\n" + described).quotes.first?.speaker == "Amara Diallo")
    }

    @Test func whoRemindedOthersOfWordsQuotedSaidThem() {
        let text = "Kenyan President Tomas Okello bluntly reminded the leaders that he was putting up troops “in the face of skeptics who say peace cannot last.”"
        #expect(NewsReader.read("Talks\n" + text).quotes.first?.speaker == "Tomas Okello")
    }
}
