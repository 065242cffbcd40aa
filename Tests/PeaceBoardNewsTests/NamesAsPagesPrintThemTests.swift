import Testing
@testable import PeaceBoardNews

/// Names and quotations as pages print them: wrapped over lines, spaced twice, with a nickname,
/// under an office in the plural, closed by two apostrophes: rules written for real pages read
/// once before any rule for them (the sentences here are the house's own).
@Suite struct NamesAsPagesPrintThemTests {
    private func people(_ text: String) -> [PersonMention] {
        NewsReader.read("Talks\n\n" + text).people
    }

    @Test func aNameWrappedOverTwoLinesOrSpacedTwiceIsOneName() {
        let wrapped = """
            QNA said that Kenyan government representative Daniel Otieno
            Mwangi signed the accord with the leaders of the Justice and
            Equality Movement in Doha in the presence of the chief of the U.N.
            and African Union mission and of other envoys to the region.
            """
        let found = people(wrapped)
        #expect(found.map(\.name) == ["Daniel Otieno Mwangi"])
        // "Kenyan government representative": the government's, so the state's.
        #expect(found.first?.state == "KEN")
        #expect(people("\"We are working to meet the deadline,\" said chief negotiator Ahmed  Tugud.").map(\.name) == ["Ahmed Tugud"])
    }

    @Test func aNicknameInQuotationMarksIsNoPartOfTheName() {
        let text = "It was uncertain whether they would agree, according to National Security Advisor Samuel R. “Sandy” Okello."
        #expect(people(text).map(\.name) == ["Samuel R. Okello"])
    }

    @Test func anOfficeInThePluralOpensNoName() {
        let found = people("The rebuke took place in front of Presidents Tomas Okello of Uganda and Peter Mwangi of Kenya.")
        #expect(found.map(\.name) == ["Tomas Okello", "Peter Mwangi"])
        #expect(found.map(\.state) == ["UGA", "KEN"])
    }

    @Test func aSurnameUnderATitleIsTheOneListedPersonHoldingIt() {
        // The gazetteer lists two Clintons; a president is Bill.
        let found = people("President Clinton travelled to Arusha for the signing. Clinton said it was a good day.")
        #expect(Set(found.map(\.name)) == ["Bill Clinton"])
        #expect(found.first?.state == "USA")
    }

    @Test func twoApostrophesCloseACurlyQuotation() {
        let reading = NewsReader.read("""
            Talks

            Foreign Minister Amara Diallo called the deal “a remarkable moment for the region. This day marks a new start.''
            """)
        #expect(reading.quotes.map(\.text) == ["a remarkable moment for the region. This day marks a new start."])
        #expect(reading.quotes.first?.speaker == "Amara Diallo")
    }

    @Test func macedoniaIsTheStateOfThatName() {
        let reading = NewsReader.read("Talks\n\nMacedonia's rival political leaders signed a landmark peace accord today.")
        #expect(reading.states.map(\.state) == ["MKD"])
    }
}
