import Testing
@testable import PeaceBoardNews

/// A surname the report gave someone in full, old wire copy's double primes and underscore dashes,
/// broadcasters that announce, and legislatures that ratify (the sentences here are the house's own).
@Suite struct SurnamesPrimesAndLegislaturesTests {
    @Test func aSurnameIsTheOneTheReportNamedInFull() {
        // The gazetteer lists Joseph Aoun; the report names another Aoun.
        let reading = NewsReader.read("Talks\nArmy commander Michel Aoun rejected the accord on Monday. Aoun said the vote was void.")
        #expect(Set(reading.people.map(\.name)) == ["Michel Aoun"])
        // A surname with the nisba's final vowel is another's: Husseini is not Hussein.
        let speaker = NewsReader.read("Talks\nOfficials met on Monday. Speaker Hussein Husseini said the vote was fair.")
        #expect(speaker.people.map(\.name) == ["Hussein Husseini"])
        // Vowels that transliterations differ in still match: Ahmad al-Shara is Ahmed al-Sharaa.
        #expect(NewsReader.read("Talks\nOfficials met on Monday. Ahmad al-Shara said the vote was fair.").people.map(\.name) == ["Ahmed al-Sharaa"])
    }

    @Test func doublePrimesAreQuotationMarks() {
        let text = """
            Talks
            Officials met on Monday.

            ″We call upon the general to respect the vote,″ said spokeswoman Amina Odhiambo.

            The statement said: ″The general does a disservice to the state.

            ″The election is the first step toward peace.″
            """
        let quotes = NewsReader.read(text).quotes
        #expect(quotes.map(\.text) == [
            "We call upon the general to respect the vote,", "The general does a disservice to the state.", "The election is the first step toward peace.",
        ])
        #expect(quotes.first?.speaker == "Amina Odhiambo")
    }

    @Test func anUnderscoreClosesOldWireDatelines() {
        let text = "NAIROBI _ President Amina Odhiambo signed the accord with the rebels on Sunday."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["KEN"])
        // Where the copy was filed from acts in nothing.
        let filed = "KAMPALA _ The rebels signed the accord on Sunday."
        #expect(!TestReading.actors(.accept, in: TestReading.events(filed)).contains("UGA"))
    }

    @Test func broadcastersAndTheFirstPersonAreNoNames() {
        let text = """
            Talks
            Officials met on Monday. "The nation is determined to survive," Kenya Television announced.
            "May he live long," he said of the new president. "I ask God to shield him," he added.
            """
        #expect(NewsReader.read(text).people.isEmpty)
    }

    @Test func aLegislatureThatRatifiesAccepts() {
        let text = "Members of Kenya's Parliament met on Sunday. The legislators also ratified the peace agreement."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["KEN"])
        // What is ratified by someone is theirs.
        #expect(TestReading.actors(.accept, in: TestReading.events("The treaty was ratified by Uganda's parliament.")) == ["UGA"])
    }
}
