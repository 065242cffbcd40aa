import Testing
@testable import PeaceBoardNews

/// Who acts or speaks when a relative clause or an apposition stands between the name and the
/// verb, attributions that come late in a sentence, and page layouts that hid paragraphs: rules
/// written for real pages read once before any rule for them (the sentences here are the house's own).
@Suite struct RelativeClausesAndLaterAttributionsTests {
    private func quotes(_ text: String) -> [Quote] {
        NewsReader.read("Talks\n" + text).quotes
    }

    private func person(_ name: String, in text: String) -> PersonMention? {
        NewsReader.read("Talks\n" + text).people.first { $0.name == name }
    }

    @Test func anEventInARelativeClauseAfterAnAppositionIsTheNamedPersons() {
        let brokered = "The two leaders shook hands beside Amara Diallo, the Senegalese foreign minister, who helped broker the deal."
        #expect(TestReading.actors(.mediate, in: TestReading.events(brokered)) == ["SEN"])
        let mediating = "Daniel Ekwueme, Angola's president, who had been mediating the talks between Sudan and Chad, said agreement had been reached."
        #expect(TestReading.actors(.mediate, in: TestReading.events(mediating)) == ["AGO"])
        // A passive clause says what was done to the person, not by them.
        let appointed = "Former Ghanaian president John Mahama, who was appointed as the moderator of the talks, said both sides would meet."
        #expect(TestReading.actors(.appoint, in: TestReading.events(appointed)).isEmpty)
    }

    @Test func aStateOfSeveralWordsBeforeAnOfficeInAnAppositionIsTheOfficeHolders() {
        #expect(person("Daniel Ekwueme", in: "Daniel Ekwueme, South Africa's president, said agreement had been reached.")?.state == "ZAF")
        #expect(person("Amara Diallo", in: "Amara Diallo, the South Sudanese foreign minister, said the talks would resume.")?.state == "SSD")
    }

    @Test func whoSpeaksAfterARelativeClauseSpeaks() {
        let text = """
            Amara Diallo met Daniel Ekwueme on Monday. Diallo, who spoke before Ekwueme, said: "No one should lose their life again."
            """
        #expect(quotes(text).map(\.speaker) == ["Amara Diallo"])
        // A relative clause with more after its comma is not the speaker's: who is credited is spoken of.
        let credited = """
            Kenyan President William Ruto welcomed the deal. He also thanked President Daniel Ekwueme, who chairs the bloc, for hosting the talks, saying Angola offered "a neutral venue" for both sides.
            """
        #expect(quotes(credited).map(\.speaker) == ["William Ruto"])
    }

    @Test func anAttributionLaterInTheSentenceNamesTheSpeaker() {
        let according = "A deal for a \"full and lasting ceasefire,\" according to Angolan Foreign Minister Amara Diallo, was signed on Friday."
        #expect(quotes(according).map(\.speaker) == ["Amara Diallo"])
        let said = """
            The truce will test the next round of talks, as will a "pilot plan" for the border, said Daniel Ekwueme, head of the government delegation.
            """
        #expect(quotes(said).map(\.speaker) == ["Daniel Ekwueme"])
        // A name later in the sentence that nobody says anything through is not the speaker.
        let mentioned = "The rebels called it a \"pilot plan\" and said Daniel Ekwueme had drafted it."
        #expect(quotes(mentioned).first?.speaker != "Daniel Ekwueme")
    }

    @Test func aQuotedParagraphWhoseAttributionThePageLostIsStillText() {
        let page = """
            Talks end with a truce in the port

            "You have reached an agreement on the port and the city," Amara Diallo said.
            "The mission will play a leading role in the port and this will help the flow of goods to civilians,"
            He hailed the deal as "an important step".
            """
        let reading = NewsReader.read(page)
        #expect(reading.quotes.map(\.speaker) == ["Amara Diallo", "Amara Diallo", "Amara Diallo"])
    }

    @Test func aTitleBetweenAStateAndAnOfficeBelongsToAnotherPerson() {
        let text = "The accord was signed in the presence of Angolan President Daniel Ekwueme and FLEC leader Amara Diallo."
        #expect(person("Amara Diallo", in: text)?.state == nil)
        #expect(person("Daniel Ekwueme", in: text)?.state == "AGO")
    }

    @Test func concludingOrLeadingTalksIsMeeting() {
        let concluded = "Colombia's government and the ELN concluded their second cycle of talks in Mexico City on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(concluded))) == ["COL", "ELN"])
        let conclude = "Colombia's government and the ELN postponed the signing by a day to conclude a third round of peace talks in Havana."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(conclude))) == ["COL", "ELN"])
        let leading = "The prosecutor lifted the warrant for Pablo Ekwueme, who is leading talks with the government."
        #expect(TestReading.actors(.meet, in: TestReading.events(leading)) == ["Pablo Ekwueme"])
    }

    @Test func whereTalksBetweenTwoSidesWereHeldIsNoSide() {
        let text = "The announcement came at the end of a week of talks between the Houthi rebels and the Saudi-backed government in Sweden."
        let actors = TestReading.actors(.meet, in: TestReading.events(text))
        #expect(actors.contains("Houthis"))
        #expect(!actors.contains("SWE"))
    }

    @Test func aStatesWarringPartiesAreItAndTheArmedMovementTheReportNames() {
        let text = """
            Sudan's warring parties have agreed to a truce in El Fasher, the mediators said.
            The talks between the Rapid Support Forces and the army were held in Jeddah.
            """
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["SDN", "Rapid Support Forces"])
        let inTheWar = "The warring parties in the Sudan war have agreed on a truce, a week after the Rapid Support Forces took the city."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(inTheWar))) == ["SDN", "Rapid Support Forces"])
        // With no armed movement named, the state is the one party known.
        #expect(TestReading.actors(.accept, in: TestReading.events("Sudan's warring parties have agreed to a truce.")) == ["SDN"])
    }

    @Test func whomASignerSignedWithSignedToo() {
        let signed = "Senegal signed a peace accord with Guinea-Bissau and Gambia on Sunday in a ceremony overseen by the African Union."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(signed))) == ["SEN", "GNB", "GMB"])
        // Who is ready to sign with someone speaks for itself only; a faction of a body is not the body.
        #expect(TestReading.actors(.accept, in: TestReading.events("Senegal is ready to sign a peace accord with Gambia by November.")) == ["SEN"])
        let faction = "Senegal's government signed a peace agreement on Sunday with a faction of the Rapid Support Forces."
        #expect(TestReading.actors(.accept, in: TestReading.events(faction)) == ["SEN"])
        // Initials in square brackets are the body just named, not a second one.
        let bracketed = "Santos had signed a peace treaty with the Revolutionary Armed Forces of Colombia [FARC] rebel group."
        #expect(TestReading.events(bracketed).filter { $0.kind == .accept }.first?.targets.map(\.name) == ["FARC"])
    }

    @Test func aParticipleDescribingAnAgreementIsNoOnesActNow() {
        let text = "Petro pledged to implement the agreement with the Revolutionary Armed Forces of Colombia (FARC), signed in 2016."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)).isEmpty)
        #expect(TestReading.actors(.accept, in: TestReading.events("Petro pledged to implement a previously signed agreement with the FARC.")).isEmpty)
        // Said of the one who signs, a comma before the verb changes nothing.
        #expect(TestReading.actors(.accept, in: TestReading.events("The FARC, after years of talks, signed in Havana a final accord.")) == ["FARC"])
    }

    @Test func yieldingToDemandsIsAcceptingAndOneRemovedFromOfficeIsNoRefusal() {
        let bent = "Odinga will become prime minister after President Mwai Kibaki bent to demands to give up some of his power."
        let events = TestReading.events(bent)
        #expect(TestReading.actors(.accept, in: events) == ["KEN"])
        #expect(TestReading.actors(.demand, in: events).isEmpty)
        #expect(TestReading.events("Under the deal, the prime minister can only be dismissed by a vote of no confidence.").filter { $0.kind == .reject }.isEmpty)
        #expect(TestReading.actors(.reject, in: TestReading.events("Kenya dismissed the proposal on Monday.")) == ["KEN"])
    }
}
