import Testing
@testable import PeaceBoardNews

/// Initials said as a word and written with one capital, as British papers write them
/// ("Unita", "Ecowas") (the sentences here are the house's own).
@Suite struct InitialsWrittenAsWordsTests {
    @Test func initialsWrittenWithOneCapitalNameTheBody() {
        let reading = NewsReader.read("Talks\nThe Kenyan army has signed a memorandum with the Unita rebel movement, and Ecowas welcomed it.")
        #expect(Set(reading.organisations.map(\.name)) == ["UNITA", "ECOWAS"])
        #expect(Set(TestReading.actors(.accept, in: reading.events)) == ["KEN", "UNITA"])
    }

    @Test func initialsOfThreeLettersAreNotReadAsAWord() {
        // "Eln" is no spelling of the ELN: three capitals are read letter by letter.
        #expect(NewsReader.read("Talks\nThe Eln group met.").organisations.isEmpty)
    }
}
