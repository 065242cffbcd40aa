import Testing

@testable import PeaceBoardNews

/// Who watched or was present at a signing, applause joined, a gerund's subject after "before", whom "he" stands
/// for after those described, and hostilities ceased (the sentences here are the house's own).
@Suite struct WitnessesApplauseAndHostilitiesTests {
    @Test func whoWatchedOrWasPresentAtASigningWasThere() {
        let watched = TestReading.events("Watched on by Kenyan President William Ruto, the signing of the declaration by Ghana and Togo took place on Sunday.")
        #expect(TestReading.actors(.meet, in: watched).contains("KEN"))
        let present = TestReading.events("Ghana and Togo signed the declaration. Also present at the signing was Kenyan President William Ruto.")
        #expect(TestReading.actors(.meet, in: present).contains("KEN"))
    }

    @Test func whoJoinsAnotherInApplaudingSupports() {
        let events = TestReading.events("Ruto joined Ghana's president John Mahama in applauding the accord as a step toward peace.")
        #expect(Set(TestReading.actors(.support, in: events)) == ["KEN", "GHA"])
        // A crowd of applauding diplomats supports nothing.
        let crowd = TestReading.events("Ghana and Togo signed the accord before a crowd of applauding diplomats.")
        #expect(crowd.filter { $0.kind == .support }.isEmpty)
    }

    @Test func aGerundAfterBeforeIsTheSentencesSubjects() {
        let events = TestReading.events(
            "President Ruto opened the event by expressing his condolences over the passing of Queen Mother Amina before praising Mahama's role in the agreement.")
        #expect(TestReading.actors(.support, in: events) == ["KEN"])
    }

    @Test func whomSomeoneDescribesIsNotWhomHeStandsFor() {
        let text = """
            Talks
            Ghana's President John Mahama and Togo's President Faure Gnassingbe signed the accord in the presence of Kenyan President William Ruto.

            Meanwhile, Ruto described both Mahama and Gnassingbe as “good men”, who he said, “have great respect for each other.”
            """
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["William Ruto", "William Ruto"])
    }

    @Test func allHostilitiesCeasedAndHeavyWeaponsWithdrawnAreProvisions() {
        let reading = NewsReader.read("Talks\nThe conditions include cessation of all hostilities and withdrawing heavy weapons from the border.")
        #expect(Set(reading.provisions.map(\.type)) == ["ceasefire", "demilitarised-zone"])
    }
}
