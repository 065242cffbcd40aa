import Testing
@testable import PeaceBoardNews

/// Speakers and names as agency copy on the web writes them, found on real pages read before
/// any rule was written for them (the sentences here are the house's own).
@Suite struct SpeakersAndNamesOnWebPagesTests {
    func speakers(_ text: String) -> [String?] {
        NewsReader.read("Talks\n" + text).quotes.map(\.speaker)
    }

    func people(_ text: String) -> [String] {
        Array(Set(NewsReader.read("Talks\n" + text).people.map(\.name))).sorted()
    }

    @Test func heIsTheLastSubjectNotSomeoneMetOrAgreedWith() {
        #expect(speakers("""
            Progress was made, Norwegian Foreign Minister Espen Barth Eide said in Oslo, where he was due to meet envoys as well as \
            Palestinian Authority President Mahmoud Abbas.
            "We need a ceasefire now," he told reporters.
            """) == ["Espen Barth Eide"])
        #expect(speakers("""
            Ukrainian Foreign Minister Dmytro Kuleba said he agreed with Lavrov to keep talking. He said: “They want our surrender.”
            """) == ["Dmytro Kuleba"])
    }

    @Test func aDescriptionStandsForThePersonNamedWithThatOffice() {
        #expect(speakers("""
            Russian President Vladimir Putin said Moscow could help. "We would be happy to do so," the Russian leader told reporters.
            """) == ["Vladimir Putin"])
    }

    @Test func aParagraphThatIsOnlyAQuotationGoesOnWithTheSpeakerBefore() {
        #expect(speakers("""
            “The text is agreed and awaits signing,” Pashinyan said on Thursday in a post on Telegram.
            “I propose that President Aliyev begin consultations on the signing.”
            """) == ["Nikol Pashinyan", "Nikol Pashinyan"])
        #expect(speakers("""
            “The first steps were taken,” said Pablo Beltran, chief ELN negotiator. “We must all change.”
            """) == ["Pablo Beltran", "Pablo Beltran"])
    }

    @Test func aNameAfterSaidIsWhoSpokeAndWhatFollowsIsTheOffice() throws {
        let reading = NewsReader.read("""
            Talks
            "It is an expression of hope," said Fabrizio Carboni, ICRC regional director for the Middle East, who sat between the delegations.
            """)
        let carboni = try #require(reading.people.first)
        #expect(reading.people.map(\.name) == ["Fabrizio Carboni"])
        #expect(carboni.office == "ICRC regional director for the Middle East")
        #expect(reading.quotes.map(\.speaker) == ["Fabrizio Carboni"])
    }

    @Test func honorificsParticlesAndSpellingsFindThePersonNamedBefore() {
        #expect(people("""
            “We are pleased,” said Fabrizio Carboni, the ICRC's regional director. Mr Carboni said the swap would go ahead.
            """) == ["Fabrizio Carboni"])
        #expect(speakers("""
            Abdul-Qader el-Murtaza, a Houthi official, said 13 prisoners had arrived. “The deal will be implemented,” said al-Murtaza.
            """) == ["Abdul-Qader el-Murtaza"])
        // Other transliterations of a name the gazetteer lists.
        #expect(people("Russian Foreign Minister Sergey Lavrov said the talks had failed.") == ["Sergei Lavrov"])
        #expect(people("Leader of the RSF, Mohammed Dagalo, said he wanted a truce.") == ["Mohamed Hamdan Dagalo"])
        #expect(people("Forces loyal to Syria's president Bashar Al-Assad shelled the district.") == ["Bashar al-Assad"])
    }

    @Test func anOfficeOfABodyBeforeANameSetOffByCommas() {
        #expect(people("The representative of the Bishops’ Conference, Héctor Fabio Henao, called for courage.") == ["Héctor Fabio Henao"])
    }

    @Test func straightQuotationMarksNestAndAPlaceIsNoPerson() {
        let reading = NewsReader.read("""
            Talks
            He added that "a truce depends on obliging "rebels" to leave public buildings".
            """)
        #expect(reading.quotes.map(\.text) == [#"a truce depends on obliging "rebels" to leave public buildings"#])
        #expect(people("The envoy for the Middle East, who spoke first, said the talks would resume.").isEmpty)
    }
}
