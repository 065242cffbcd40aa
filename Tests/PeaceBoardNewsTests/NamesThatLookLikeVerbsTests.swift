import Testing
@testable import PeaceBoardNews

/// A state's name whose last word is a verb of speech, and an apposition that calls someone another
/// of a kind (the sentences here are the house's own).
@Suite struct NamesThatLookLikeVerbsTests {
    @Test func theUnitedStatesSaysNothing() {
        let text = """
            Talks
            Amina Odhiambo, president of the Kenyan government, travelled to the border. She called the plan "a great \
            challenge for all Kenyans" and called on the United States "to support this effort."
            """
        let quotes = NewsReader.read(text).quotes
        #expect(quotes.map(\.speaker) == ["Amina Odhiambo", "Amina Odhiambo"])
    }

    @Test func anotherOfAKindIsAnApposition() {
        let reading = NewsReader.read("Talks\nTomas Rivera, another leader of the rebels, said the agreement was good.")
        #expect(reading.people.map(\.name) == ["Tomas Rivera"])
        #expect(reading.people.first?.office == "another leader of the rebels")
    }
}
