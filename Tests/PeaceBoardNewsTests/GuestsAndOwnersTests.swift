import Testing

@testable import PeaceBoardNews

/// Guests, received proposals, plural owners and what is already in place.
@Suite struct GuestsAndOwnersTests {
    @Test func theGuestsAHostReceivesMeetToo() {
        let found = TestReading.events("U.N. Secretary-General Antonio Guterres hosted Greek Cypriot leader Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar at an informal meeting on Tuesday.")
        #expect(found.filter { $0.kind == .meet }.map { $0.actors.map(\.name) } == [["Antonio Guterres"], ["Nikos Christodoulides", "Ersin Tatar"]])
    }

    @Test func aProposalReceivedIsNotTheReceiversOwn() {
        #expect(TestReading.events("The Kremlin said it had not received any proposal to extend the truce.").allSatisfy { $0.kind != .propose })
    }

    @Test func aPluralOwnersOfferIsTheirs() {
        #expect(TestReading.actors(.mediate, in: TestReading.events("The junta took note of Algiers' offer to mediate.")) == ["DZA"])
    }

    @Test func aBodyDefinedByInitialsOfItsNameInAnotherLanguageIsFound() {
        let reading = NewsReader.read("Talks\nThe main rebel group, the Front for Change and Concord in Chad (FACT), refused to sign. FACT said its demands were not met.")
        #expect(reading.organisations.map(\.name) == ["Front for Change and Concord in Chad", "Front for Change and Concord in Chad"])
    }

    @Test func aZoneAlreadyInPlaceIsNoProvision() {
        let reading = NewsReader.read("Talks\nThe participants agreed to open more crossing points along the U.N.-controlled buffer zone. They agreed to a demilitarised buffer zone along the new line.")
        #expect(reading.provisions.map(\.type) == ["demilitarised-zone"])
        #expect(reading.provisions.first?.sentence.text.hasPrefix("They agreed") == true)
    }

    @Test func wiresSpellingsOfKnownNamesAreThePerson() {
        #expect(NewsReader.read("Talks\nUkrainian President Volodymyr Zelenskiy said Kyiv would mirror any ceasefire.").people.map(\.name) == ["Volodymyr Zelensky"])
    }
}
