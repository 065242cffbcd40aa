import Testing
@testable import PeaceBoardNews

/// Offices written around names in ways agency copy has and the finder missed: one office for
/// two people, hyphenated and capitalised offices, offices of faith (the sentences are the house's own).
@Suite struct OfficesAroundNamesTests {
    func people(_ text: String) -> [String] {
        NewsReader.read("Talks\n" + text).people.map { "\($0.name) \($0.state ?? "-")" }
    }

    @Test func oneOfficeInThePluralNamesTwoPeopleEachOfTheirState() {
        #expect(people("The accord was initialled by Ghanaian and Togolese foreign ministers Samuel Ablakwa and Robert Dussey.")
            == ["Samuel Ablakwa GHA", "Robert Dussey TGO"])
        #expect(people("The visit was hosted by the presidents Nana Akufo and Faure Gnassingbe.") == ["Nana Akufo -", "Faure Gnassingbe -"])
        // Not two names after the office: nobody found that way.
        #expect(people("The foreign ministers of the region met in Accra.").isEmpty)
    }

    @Test func aHyphenatedOfficeStandsBeforeAName() {
        #expect(people("The panel included former Kenyan Vice-President Kalonzo Musyoka.") == ["Kalonzo Musyoka KEN"])
    }

    @Test func aStatesOfficeSetOffByCommasAfterANameIsTheirs() {
        let text = "Faisal bin Saleh Al-Harbi, Saudi Minister of State, Member of the Council of Ministers, led the delegation."
        #expect(people(text) == ["Faisal bin Saleh Al-Harbi SAU"])
    }

    @Test func aKnownPersonsShortFormInsideAnotherNameIsThatOtherPerson() {
        // The gazetteer knows "Anwar" for Anwar Ibrahim; "Anwar Gargash" is someone else, and "the Trump Route" a road.
        #expect(people("Emirati Minister of State for Foreign Affairs Anwar Gargash welcomed the deal.") == ["Anwar Gargash ARE"])
        #expect(people("The corridor will be called the Trump Route for International Peace.").isEmpty)
        #expect(people("Anwar Ibrahim met Hun Manet. Later Anwar told reporters the truce held.") == ["Anwar Ibrahim MYS", "Hun Manet KHM", "Anwar Ibrahim MYS"])
    }

    @Test func whomTheReportCallsARebelSpeaksForNoStateWhateverTheGazetteerSays() {
        // The gazetteer lists Riek Machar as South Sudan's First Vice President, as he is now.
        #expect(people("President Salva Kiir and rebel leader Riek Machar signed the accord. Machar said it would hold.")
            == ["Salva Kiir SSD", "Riek Machar -", "Riek Machar -"])
        #expect(people("President Salva Kiir and Riek Machar signed the accord.") == ["Salva Kiir SSD", "Riek Machar SSD"])
    }

    @Test func aClericIsNamedByHisCalling() {
        #expect(people("Protesters gathered after the arrest of cleric Ahmed al-Tayeb in Cairo.") == ["Ahmed al-Tayeb -"])
    }

    @Test func aRegionInTheRemitBeforeTheName() {
        func people(_ text: String) -> [PersonMention] { NewsReader.read("Talks\n" + text).people }
        let balkans = people("Kenyan Envoy for the Western Balkans Amara Diallo praised the progress made.")
        #expect(balkans.map(\.name) == ["Amara Diallo"])
        #expect(balkans.first?.state == "KEN")
        #expect(people("The Kenyan special envoy for the Horn of Africa Amara Diallo met the rebels.").map(\.name) == ["Amara Diallo"])
        // A list of regions in a remit goes on past a comma; its next region is no one's name.
        let listed = people("The talks were attended by Kenyan Minister of State for Europe, North America and overseas territories Amara Diallo.")
        #expect(!listed.map(\.name).contains("North America"))
    }
}
