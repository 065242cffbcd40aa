import Testing
@testable import PeaceBoardNews

/// Gulf styles of address and long names of a father's line, rulers and officials named by office,
/// long descriptions before a speaker, and quotations signed after a dash (the sentences here are
/// the house's own).
@Suite struct GulfStylesAndSignedQuotationsTests {
    @Test func aStyleOfAddressOpensNoNameAndALongNameOfAFathersLineIsWhole() {
        let reading = NewsReader.read("Talks\nThe minister H E Sheikh Khalid bin Saud bin Faisal Al Nahyan said on Monday that the talks had ended.")
        #expect(reading.people.map(\.name) == ["Khalid bin Saud bin Faisal Al Nahyan"])
        let highness = NewsReader.read("Talks\nThe ruler H H Sheikh Saud bin Rashid Al Mualla said the talks had ended.")
        #expect(highness.people.map(\.name) == ["Saud bin Rashid Al Mualla"])
    }

    @Test func aRulerNamedByOfficeIsTheLeaderOfThatState() {
        let text = "Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, opened the talks. “We never doubted it would succeed,” the Qatari ruler said."
        #expect(NewsReader.read("Talks\n" + text).quotes.map(\.speaker) == ["Tamim bin Hamad Al Thani"])
    }

    @Test func aSpeakerAfterALongDescription() {
        let text = "“The talks helped a great deal,” Kenyan lawyer and former justice minister Tomas Okello said."
        #expect(NewsReader.read("Talks\n" + text).quotes.map(\.speaker) == ["Tomas Okello"])
    }

    @Test func aQuotationSignedAfterADashIsTheSignersAndIsNoFurniture() {
        let reading = NewsReader.read("Talks\n\nKenya signed the accord on Monday.\n\n“The peace of the brave is within our reach.” — Tomas Okello\n")
        #expect(reading.quotes.map(\.speaker) == ["Tomas Okello"])
        #expect(!reading.furniture.contains { $0.contains("peace of the brave") })
        #expect(QuoteFinder.signature(after: "x — a long clause that goes on and on".startIndex, in: "x — a long clause that goes on and on") == nil)
    }

    @Test func aQuotationAfterDeclaringIsTheSpeakers() {
        let text = "Kenyan President Tomas Okello, relishing his moment, answered Uganda, declaring in Swahili: “Our two peoples are awaiting this historic hope.”"
        #expect(NewsReader.read("Talks\n" + text).quotes.map(\.speaker) == ["Tomas Okello"])
    }
}
