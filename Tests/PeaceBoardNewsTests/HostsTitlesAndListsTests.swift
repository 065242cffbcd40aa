import Testing
@testable import PeaceBoardNews

/// Hosts and their guests at a signing, titles stacked before a name, and names in lists of
/// leaders: rules written for real pages read once before any rule for them (the sentences here
/// are the house's own).
@Suite struct HostsTitlesAndListsTests {
    func person(_ name: String, in text: String) -> PersonMention? {
        NewsReader.read("Talks\n" + text).people.first { $0.name == name }
    }

    @Test func whoHostsGuestsForASigningMeetsThemAllAndTheyMeetTheHost() {
        let text = """
            Kenyan President William Ruto on Friday hosted Ethiopian Prime Minister Abiy Ahmed and the foreign ministers \
            of Somalia and Eritrea for the signing of the Nairobi accord.
            """
        let events = TestReading.events(text).filter { $0.kind == .meet }
        #expect(events.contains { $0.actors.map(\.state) == ["KEN"] && Set($0.targets.compactMap(\.state)).isSuperset(of: ["ETH", "SOM", "ERI"]) })
        // The states of the unnamed ministers are guests, as the named prime minister is.
        #expect(Set(TestReading.actors(.meet, in: events)) == ["KEN", "ETH", "SOM", "ERI"])
        // A state named after "of" that is no official's is no guest: "the capital of Kenya".
        let dinner = "Kenyan President William Ruto hosted Abiy Ahmed in the capital of Somalia for the signing."
        #expect(!TestReading.actors(.meet, in: TestReading.events(dinner)).contains("SOM"))
    }

    @Test func whoOverseesOrPresidesOverASigningIsThere() {
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan President William Ruto presided over the signing in Nairobi.")) == ["KEN"])
        let text = "Sudan and Chad signed the accord on Friday, with Kenyan President William Ruto overseeing the signing ceremony."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["KEN"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan President William Ruto oversaw the army's withdrawal.")).isEmpty)
    }

    @Test func whoSignsForAStatesGovernmentSignsForIt() {
        let initialled = "The accord was initialled by President Faustin Archange Touadera for the CAR government and the rebel leaders."
        #expect(TestReading.actors(.accept, in: TestReading.events(initialled)).contains("CAF"))
        #expect(TestReading.actors(.accept, in: TestReading.events("The deal was signed by Ambassador Idriss Mahamat for the government of Chad.")) == ["TCD"])
        // Pressing for a government to act is no acting for it.
        #expect(!TestReading.actors(.demand, in: TestReading.events("Kenyan President William Ruto pressed for the Sudanese government to sign.")).contains("SDN"))
    }

    @Test func whoSpeakOrAppearTogetherAtAJointNewsConferenceMeet() {
        let held = "Kenyan President William Ruto held a joint press conference with Ethiopian Prime Minister Abiy Ahmed in Nairobi."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(held))) == ["KEN", "ETH"])
        // In a clause the sentence opens with, the subject after its comma is who was there; the capital where is no one.
        let fronted = """
            Kenyan President William Ruto flew to Addis Ababa on Monday.
            Speaking at a joint news conference with Ruto in the Ethiopian capital of Addis Ababa, Ethiopian Prime Minister Abiy Ahmed welcomed the accord.
            """
        let events = TestReading.events(fronted)
        #expect(Set(TestReading.actors(.meet, in: events)) == ["KEN", "ETH"])
        #expect(events.first { $0.kind == .support }?.actors.map(\.name) == ["Abiy Ahmed"])
    }

    @Test func datelinedCopyNamesItsOwnGovernmentAndLeadersWithoutTheState() {
        let text = """
            NAIROBI, Kenya — The government and the rebel alliance signed a truce on Monday.
            Prime Minister Joseph Mwangi and rebel commander Peter Otieno signed the accord at a Nairobi hotel.
            """
        let events = TestReading.events(text)
        #expect(TestReading.actors(.accept, in: events).contains("KEN"))
        #expect(events.filter { $0.kind == .accept }.flatMap(\.actors).first { $0.name == "Joseph Mwangi" }?.state == "KEN")
        // AP's double hyphen ends a dateline too, and the government opens a subject of two.
        let doubleHyphen = "KAMPALA, Uganda -- The government and the rebel alliance signed a truce on Monday."
        #expect(TestReading.actors(.accept, in: TestReading.events(doubleHyphen)) == ["UGA"])
        #expect(TestReading.events(doubleHyphen).flatMap(\.actors).map(\.name) == ["government"])
        // Without a dateline nobody's state is guessed; copy filed from one capital about other states is about them.
        #expect(!TestReading.actors(.accept, in: TestReading.events("Prime Minister Joseph Mwangi signed the accord.")).contains("KEN"))
        let abroad = """
            NAIROBI, Kenya — Ugandan and Sudanese officials met in the Kenyan capital.
            Prime Minister Joseph Mwangi signed the accord.
            """
        #expect(!TestReading.actors(.accept, in: TestReading.events(abroad)).contains("KEN"))
    }

    @Test func aBodysOrStatesTitledMediatorIsItsMediation() {
        #expect(TestReading.actors(.mediate, in: TestReading.events("IGAD mediator Ismail Wais said the talks would resume on Monday.")) == ["IGAD"])
        #expect(TestReading.actors(.mediate, in: TestReading.events("Kenyan mediator Peter Otieno said the talks would resume.")) == ["KEN"])
        // A mediator with nobody to speak for names no one's mediation.
        #expect(TestReading.actors(.mediate, in: TestReading.events("The mediator Peter Otieno said the talks would resume.")).isEmpty)
    }

    @Test func thePresidentsAPairReportedAgreeingAreThePairNotWhoReportsIt() {
        let text = """
            Sudanese President Omar al-Bashir and South Sudanese President Salva Kiir met on Friday in Addis Ababa.
            IGAD mediator Ismail Wais said on Saturday that the two presidents agreed to open the border.
            "They’ve agreed to act quickly," Wais told reporters. "The presidents have also agreed to withdraw troops," he said.
            """
        let accepts = TestReading.events(text).filter { $0.kind == .accept }
        #expect(accepts.count == 3)
        #expect(accepts.allSatisfy { Set($0.actors.compactMap(\.state)) == ["SDN", "SSD"] })
    }

    @Test func leadersOfPastPeaceProcessesAreKnownWithTheirStates() {
        let signed = "The documents were signed by Presidents Dmitry Medvedev and Mikheil Saakashvili."
        #expect(TestReading.actors(.accept, in: TestReading.events(signed)) == ["RUS", "GEO"])
        // Whom the report calls a former head keeps the state, but is no head whose state "the government" is.
        let found = person("Uhuru Kenyatta", in: "Kenya's former president Uhuru Kenyatta offered to help.")
        #expect(found?.state == "KEN")
        #expect(found?.office == "former president")
        // A former official the gazetteer lists speaks for the body they led in reports of their time.
        #expect(TestReading.actors(.support, in: TestReading.events("Ban Ki-moon welcomed the agreements on Thursday.")) == ["United Nations"])
    }

    @Test func mediatorsLedByAStateAreItsMediation() {
        let text = "It was signed by Chadian Foreign Minister Idriss Mahamat and a team of mediators led by Algeria."
        #expect(TestReading.actors(.mediate, in: TestReading.events(text)) == ["DZA"])
        #expect(TestReading.actors(.mediate, in: TestReading.events("The talks resumed under a mediation led by Qatar.")) == ["QAT"])
    }

    @Test func aThreatOfSanctionsIsWhoeversSanctionsTheyAreAndIsFacedByItsTarget() {
        let faced = "Faced with the threat of U.N. sanctions, Chad and Sudan agreed to a buffer zone."
        let threat = TestReading.events(faced).first { $0.kind == .threaten }
        #expect(threat?.actors.map(\.name) == ["United Nations"])
        let facing = TestReading.events("Chad faces the threat of sanctions.").first { $0.kind == .threaten }
        #expect(facing?.actors.isEmpty == true)
        #expect(facing?.targets.compactMap(\.state) == ["TCD"])
    }

    @Test func whoMeetsSomeoneInAClauseOpeningWithATimeIsTheSubjectAfterIt() {
        let text = "After meeting with Kenyan President William Ruto in Nairobi, Ethiopian Prime Minister Abiy Ahmed welcomed the accord."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "ETH"])
    }

    @Test func aCrowdThatWitnessedASigningIncludesWhoWereThere() {
        let text = """
            The signing was witnessed by over 1,000 people in the palace grounds, including Kenyan President William Ruto \
            and Ugandan President Yoweri Museveni.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        #expect(TestReading.events("The signing was witnessed by over 1,000 people, including farmers.").isEmpty)
    }

    @Test func initialsWrittenAsAWordDefineTheBodyAndArmedMovementsAreKnown() {
        let text = """
            The Union for Peace and Progress (Upp) signed the agreement.
            "Today is a good day," the Upp leader Joseph Kamara said.
            """
        let reading = NewsReader.read("Talks\n" + text)
        #expect(reading.organisations.map(\.name) == ["Union for Peace and Progress", "Union for Peace and Progress"])
        #expect(TestReading.actors(.accept, in: reading.events) == ["Union for Peace and Progress"])
        // A word in brackets that the name before does not spell is no initials: the body is known by its
        // name's form alone ("Union for …"), and "Reuters" names nothing.
        #expect(NewsReader.read("Talks\nThe Union for Peace and Progress (Reuters) signed.").organisations.map(\.name) == ["Union for Peace and Progress"])
        let tigers = "The ceasefire was signed by Vellupillai Prabhakaran, the leader of the Tamil Tigers, and the Sri Lankan government."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(tigers))).contains("LKA"))
        #expect(NewsReader.read("Talks\n" + tigers).organisations.map(\.name) == ["Liberation Tigers of Tamil Eelam"])
    }

    @Test func whoOpensTalksHoldsThem() {
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenya opened the Sudanese peace talks in Nairobi on Monday.")) == ["KEN"])
        #expect(TestReading.events("Kenya opened a new embassy in Khartoum.").isEmpty)
    }

    @Test func anHonorificAfterAnOfficeIsPartOfItAndTheOfficesStateIsTheirs() {
        let found = person("Salem Abdullah Al-Sabah", in: "Kuwait’s foreign minister Sheikh Salem Abdullah Al-Sabah said the talks would resume.")
        #expect(found?.state == "KWT")
        #expect(found?.office == "foreign minister Sheikh")
    }

    @Test func aLongAppositionThatGoesOnWithAndListsSomeoneElse() {
        let text = "The accord was witnessed by Yusuf Karim Bello, the foreign minister of Chad and Nigerien Prime Minister Ali Lamine Zeine."
        #expect(person("Yusuf Karim Bello", in: text)?.state == "TCD")
        #expect(person("Ali Lamine Zeine", in: text)?.state == "NER")
    }

    @Test func aStateNamedPossessiveBeforeANameIsThatPersons() {
        #expect(person("Mahamat Bichara", in: "Chad’s Mahamat Bichara said the accord was fair.")?.state == "TCD")
        // Not a state's adjective, nor a state far before the name.
        #expect(person("Mahamat Bichara", in: "Mahamat Bichara said the accord was fair to Chad.")?.state == nil)
    }

    @Test func namesOwnedByStatesInAListAreTheirLeaders() {
        let text = "Chad’s wartime President Idriss Mahamat, Niger’s Ali Zeine and Mali’s Assimi Goita initialled the accord."
        let people = NewsReader.read("Talks\n" + text).people
        #expect(people.map(\.name) == ["Idriss Mahamat", "Ali Zeine", "Assimi Goita"])
        #expect(people.map(\.state) == ["TCD", "NER", "MLI"])
        // What a state owns that is no one: "Israel's Iron Dome intercepted", "Russia's Black Sea Fleet sailed".
        #expect(NewsReader.read("Talks\nIsrael's Iron Dome intercepted the rockets. Russia's Black Sea Fleet sailed.").people.isEmpty)
        #expect(NewsReader.read("Talks\nThe government and Venezuela's Unitary Platform have decided to resume talks.").people.isEmpty)
    }

    @Test func anOfficeAndANameAfterACommaIsTheNextLeaderInAListNotAnApposition() {
        let text = "Uganda’s Yoweri Museveni, Rwandan President Paul Kagame and Tanzanian President Samia Suluhu Hassan held talks in Arusha."
        let people = NewsReader.read("Talks\n" + text).people
        #expect(!people.contains { $0.office?.contains("Kagame") == true })
        #expect(people.first { $0.name == "Paul Kagame" }?.state == "RWA")
    }
}
