import Testing
@testable import PeaceBoardNews

/// Speakers named far from their words, quotations left open, names misspelt or written with a
/// title the gazetteer keeps: rules written for real pages read once before any rule for them
/// (the sentences here are the house's own).
@Suite struct SpeakersFarFromTheirWordsTests {
    private func read(_ body: String) -> Reading {
        NewsReader.read("Talks\n\n" + body)
    }

    @Test func aSpeakerAfterALongAppositionSpeaks() {
        let reading = read("""
            “This is a different kind of enthusiasm,” Amara Okello, executive vice chairman of the Conference of Presidents of Major African Business Organizations, said after the ceremony.
            """)
        #expect(reading.quotes.map(\.speaker) == ["Amara Okello"])
        // The bodies' words are no person's name.
        #expect(!reading.people.contains { $0.name.contains("Organizations") || $0.name.contains("Conference") })
    }

    @Test func aColonMayCloseALongerClauseAfterTheVerb() {
        let reading = read("""
            The treaty was signed in the desert.
            President Tomas Okello said at the ceremony, held in the Arava desert: “This vast bleak desert hides great signs of life.
            “Today we see the proof of it, for peace is no longer a mirage.”
            """)
        // The quotation left open runs on into the next paragraph, by the same speaker.
        #expect(reading.quotes.map(\.speaker) == ["Tomas Okello", "Tomas Okello"])
    }

    @Test func aTitleBeforeAGivenNameIsThePersonNamedInFull() {
        let reading = read("""
            Thai acting Prime Minister Phumtham Wichaiyachai met Cambodian Prime Minister Hun Manet.
            However, Thai acting Prime Minister Phumtham told reporters before departing Bangkok: “We do not believe that Cambodia is acting in good faith.”
            """)
        // The gazetteer lists him, spelled its way.
        #expect(reading.quotes.first?.speaker == "Phumtham Wechayachai")
    }

    @Test func aGivenNameALetterOffIsTheListedPersons() {
        let reading = read("Israeli Prime Minister Yizhak Rabin and Jordan’s King Hussein signed a declaration ending the state of war.")
        #expect(Set(reading.people.map(\.name)) == ["Yitzhak Rabin", "Hussein bin Talal"])
        // The king is one person, found once under the title the gazetteer's alias holds.
        #expect(reading.people.filter { $0.name == "Hussein bin Talal" }.count == 1)
    }

    @Test func theEvaluationComparesQuotationsWhateverTheirWrapping() {
        #expect(ReaderEvaluation.normalised("Hug,\nhug,  hug!") == ReaderEvaluation.normalised("Hug, hug, hug!"))
    }
}
