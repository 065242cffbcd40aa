import Testing
@testable import PeaceBoardNews

/// Who signs, who watches and for whom, at the ceremonies that close talks: rules written for
/// real pages read once before any rule for them (the sentences here are the house's own).
@Suite struct SignersWitnessesAndPrincipalsTests {
    func actors(_ kind: EventKind, _ text: String) -> [String] {
        TestReading.actors(kind, in: TestReading.events(text))
    }

    @Test func whoHostsASigningMeetsThoseWhoSign() {
        let text = "Norwegian Foreign Minister Espen Barth Eide hosted the formal signing of the accord between Colombia and the ELN."
        #expect(actors(.meet, text) == ["NOR"])
        #expect(actors(.meet, "The minister hosted a dinner for the press corps.").isEmpty)
    }

    @Test func whoSignsOnBehalfOfAStateSignsForIt() {
        let text = "Foreign minister Maria Lopez signed on behalf of the government of Colombia, and rebel commander Pablo Ruiz signed on behalf of the ELN."
        #expect(actors(.accept, text) == ["COL", "ELN"])
        let events = TestReading.events(text).filter { $0.kind == .accept }
        #expect(events.allSatisfy { $0.targets.isEmpty })
    }

    @Test func aWitnessWhoSignsAttendsButIsBoundByNothing() {
        let text = "Ethiopia and Eritrea signed the accord in Jeddah, while Saudi Foreign Minister Faisal bin Farhan signed as a witness."
        #expect(actors(.accept, text) == ["ETH", "ERI"])
        #expect(actors(.meet, text).contains("SAU"))
    }

    @Test func whoAttendsOrIsOnHandToWitnessASigningMeetsAndSignsNothing() {
        let text = """
            The accord was signed in the Kenyan capital Nairobi by Somali envoy Abdi Warsame and Jubaland leader Ahmed Madobe, \
            with Kenyan Foreign Minister Musalia Mudavadi on hand to witness the ceremony.
            """
        #expect(actors(.accept, text) == ["SOM", "Ahmed Madobe"])
        #expect(actors(.meet, text) == ["KEN"])
        let attended = "Kenyan Foreign Minister Musalia Mudavadi attended the ceremony in Nairobi but did not sign the accord."
        #expect(actors(.meet, attended) == ["KEN"])
    }

    @Test func whoAsksAnotherToActDemandsAndWhatIsAskedForIsNotDone() {
        let events = TestReading.events("Kenyan President William Ruto asked Ethiopia to persuade the rebels to accept the truce.")
        #expect(TestReading.actors(.demand, in: events) == ["KEN"])
        #expect(TestReading.actors(.accept, in: events).isEmpty)
        // Asked, with nobody named who asked: no demand of anyone's.
        #expect(actors(.demand, "Ethiopia was asked to send a delegation.").isEmpty)
        #expect(NewsReader.read("Talks\nReporters asked him about the talks.").people.isEmpty)
    }

    @Test func whoSpeaksWithAStatesOfficialsMeetsThem() {
        #expect(actors(.meet, "Kenyan President William Ruto spoke with Ethiopian officials on Monday.").contains("KEN"))
    }

    @Test func anAccordSealedByOneAndByAnotherBindsBothAndTheyMeetWhenTheyShakeHands() {
        let text = """
            The accord was sealed by Ugandan President Yoweri Museveni and by rebel commander Amara Diallo. \
            They shook hands for the first time.
            """
        #expect(actors(.accept, text) == ["UGA", "Amara Diallo"])
        #expect(actors(.meet, text) == ["UGA", "Amara Diallo"])
    }

    @Test func thoseAnAudienceIncludesWitnessASigningBeforeIt() {
        let text = """
            Ugandan President Yoweri Museveni and Kenyan President William Ruto signed the accord before a crowd of \
            2,000 guests, including Ghanaian President John Mahama.
            """
        #expect(actors(.meet, text).contains("GHA"))
        #expect(actors(.meet, text).contains("UGA"))
    }

    @Test func aStateNamedInABodysNameIsNotWhoseTheOfficeIs() {
        let people = NewsReader.read("Talks\nIvan Marquez, a commander of the Revolutionary Armed Forces of Colombia, said the talks would resume.").people
        #expect(people.map(\.state) == [nil])
    }

    @Test func anAttendanceListGoesOnPastWhomOneOfThemRepresents() {
        let text = """
            The ceremony was attended by African Union chairperson Moussa Faki, Kenyan foreign minister Musalia Mudavadi, \
            on behalf of IGAD, and Qatari minister of state Ahmed Saeed as observers.
            """
        #expect(actors(.meet, text) == ["African Union", "IGAD", "QAT"])
    }

    @Test func everyoneBetweenWhomAnAgreementWasReachedAgreed() {
        #expect(actors(.accept, "The accord, which was reached between Egypt, Ethiopia and Sudan in Washington, covers the dam.") == ["EGY", "ETH", "SDN"])
        #expect(actors(.accept, "A truce signed between Armenia and Azerbaijan in 1994 froze the conflict.") == ["ARM", "AZE"])
        // Talks about a deal between two parties are no agreement of theirs.
        #expect(actors(.accept, "Talks on a deal between Israel and Hamas resumed in Doha.").isEmpty)
    }

    @Test func thePartiesToAConflictAreThePairNotTheMediatorWhoSaysSo() {
        let text = """
            Ethiopia and Eritrea met in Jeddah. “The two parties to the border conflict have formally agreed to a truce,” \
            Saudi envoy Adel al-Jubeir said.
            """
        #expect(actors(.accept, text) == ["ETH", "ERI"])
    }
}
