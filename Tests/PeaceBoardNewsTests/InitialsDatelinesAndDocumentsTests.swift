import Testing
@testable import PeaceBoardNews

/// Groups known by initials nobody spells out, datelines in title case, crawlers' image marks,
/// documents that "call for" things, and rivals named by their state: rules written for real
/// pages read once before any rule for them (the sentences here are the house's own).
@Suite struct InitialsDatelinesAndDocumentsTests {
    @Test func initialsBeforeAWordForAnArmedGroupNameTheGroup() {
        let text = """
            Talks

            The Angolan government and the FNLC rebel movement have signed a ceasefire.
            FNLC leader Amara Okello said the talks had been hard.
            """
        let reading = NewsReader.read(text)
        #expect(reading.organisations.map(\.name) == ["FNLC", "FNLC"])
        #expect(Set(TestReading.actors(.accept, in: reading.events)) == ["AGO", "FNLC"])
        // Initials of a body the report spelled out are that body.
        let spelled = NewsReader.read("""
            Talks

            The government signed a peace deal with the rebels of the Revolutionary Liberation Front on Wednesday.
            It was reached after RLF negotiators backed down on their demands.
            """)
        #expect(Set(spelled.organisations.map(\.name)) == ["Revolutionary Liberation Front"])
        // Backing down is no support.
        #expect(TestReading.actors(.support, in: spelled.events).isEmpty)
        // Initials the report spelled out before are that body wherever a group word follows them.
        let defined = NewsReader.read("""
            Talks

            One of the leaders of the United Tajik Opposition (UTO) said the accord was near.
            UTO leaders met the mediators three times on Thursday.
            """)
        #expect(Set(defined.organisations.map(\.name)) == ["United Tajik Opposition"])
        // Initials alone, with no word for a group, are no body: "the IMF said", "a NEW start".
        #expect(NewsReader.read("Talks\n\nThe ABC programme said the talks would resume.").organisations.isEmpty)
    }

    @Test func aDatelineInTitleCaseIsWhereTheStoryWasFiled() {
        let text = "Skhirat, Morocco – Libya’s rival factions on Thursday signed a long-delayed deal."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["LBY"])
        // A headline that lists two states is no dateline.
        #expect(Set(TestReading.actors(.accept, in: TestReading.events("Pakistan, Afghanistan agree to a ceasefire in Doha – Qatar mediated."))) == ["PAK", "AFG"])
    }

    @Test func aCrawlersImageMarksPartLines() {
        let page = """
            ![]() Wednesday, July 7, 1999 ![]() World: Africa ![]() Sierra Leone peace deal signed ![]() Sierra Leone's government has signed a peace deal with the rebels, in a move towards ending the war.
            The deal was reached after six weeks of talks in Lome.
            """
        let cleaned = ReportCleaner.clean(page)
        #expect(cleaned.title == "Sierra Leone peace deal signed")
        #expect(cleaned.body.first?.text.hasPrefix("Sierra Leone's government has signed") == true)
    }

    @Test func whatADocumentCallsForIsNoOnesDemand() {
        #expect(TestReading.actors(.demand, in: TestReading.events("The UN deal calls for a presidential council to lead a unified government.")).isEmpty)
        #expect(TestReading.actors(.demand, in: TestReading.events("The UN calls for a presidential council to lead a unified government.")) == ["United Nations"])
    }

    @Test func rivalsNamedByTheirStateAreIt() {
        #expect(TestReading.actors(.accept, in: TestReading.events("Libyan political rivals signed Thursday a deal on a unity government.")) == ["LBY"])
    }

    @Test func initialsBeforeANameDoNotEndTheAttribution() {
        let reading = NewsReader.read("""
            Talks

            “The doors remain wide open to those who are not here today,” U.N. envoy Amara Okello said at the ceremony.
            """)
        #expect(reading.quotes.map(\.speaker) == ["Amara Okello"])
    }

    @Test func anArmedForcesChiefSpeaksForTheStateWhoseArmyTheReportNames() {
        let text = """
            Angola's army fought the FNLC rebels for years.
            The deal was signed by armed forces chief General Tomas Okello and FNLC chief-of-staff General Amara Diallo at the parliament.
            """
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["AGO", "FNLC"])
    }

    @Test func anArmedForcesChiefNamedAgainBySurnameStillSpeaksForTheState() {
        let text = """
            Kenya's army fought the FNLC rebels for years.
            The deal was signed by armed forces chief General Tomas Okello at the parliament.
            After the signing, Okello and the rebel commander embraced.
            """
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["KEN"])
    }

    @Test func aListGoesOnPastAStateDescribedBeforeItsName() {
        let text = "Representatives of the United Nations and the United States, Russia and former colonial power Portugal attended the signing."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["United Nations", "USA", "RUS", "PRT"])
    }

    @Test func whomASpeakerToldIsNoSpeakerOfTheNextQuotation() {
        let reading = NewsReader.read("""
            Talks

            “Libya is going to move on,” U.S. envoy to Libya Amara Okello told Reuters. “Ultimately, Libyans have to be responsible for Libya.”
            """)
        #expect(reading.quotes.map(\.speaker) == ["Amara Okello", "Amara Okello"])
    }

    /// What the record keeps of a reading: who acts, with the body they speak for.
    @Test func theFindingsKeepTheBodyAnActorSpeaksFor() {
        let reading = NewsReader.read("Talks\n\nEU foreign policy chief Kaja Kallas signed the agreement on Monday.")
        guard case .array(let events)? = reading.findings["events"], case .array(let actors)? = events.first?["actors"] else {
            Issue.record("no events in the findings")
            return
        }
        #expect(actors.first?["name"] == .string("Kaja Kallas"))
        #expect(actors.first?["organisation"] == .string("European Union"))
    }
}
