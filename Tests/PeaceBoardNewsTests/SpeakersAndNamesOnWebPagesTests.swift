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
            “The first steps were taken,” said Pablo Ekwueme, chief ELN negotiator. “We must all change.”
            """) == ["Pablo Ekwueme", "Pablo Ekwueme"])
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

    @Test func honorificsRanksAndAmbassadorsBeforeNames() {
        #expect(people("Malaysia's position was set out by Prime Minister Datuk Seri Anwar Ibrahim on Sunday.") == ["Anwar Ibrahim"])
        #expect(people("The team is led by Chief of Defence Force, General Tan Sri Mohd Nizam Jaafar, who flew in on Monday.") == ["Mohd Nizam Jaafar"])
        #expect(people("UN envoy Jan Kubis met Libyan military commander Field Marshal Khalifa Haftar in Benghazi.") == ["Jan Kubis", "Khalifa Haftar"])
        #expect(people("The uprising toppled longtime ruler Moammar Gadhafi in 2011.") == ["Moammar Gadhafi"])
        #expect(people("""
            Also attending were US Ambassador to Malaysia Edgard Kagan and Chinese Ambassador to Malaysia Ouyang Yujing, who are co-facilitators.
            """) == ["Edgard Kagan", "Ouyang Yujing"])
        #expect(people("“We welcome the talks,” said Stephanie Tremblay, a spokesperson for the global body in New York.") == ["Stephanie Tremblay"])
    }

    @Test func speakersNamedAfterAnAppositionOrAsQuotedOrAsFramers() {
        #expect(speakers("""
            Haftar will discuss “the issue of his meeting with the prime minister” of the recognised government, Fayez al-Sarraj, said Lev Dengov.
            “Relevant questions will be raised,” Dengov was quoted as saying by the Interfax news agency.
            """) == ["Lev Dengov", "Lev Dengov"])
        #expect(speakers("""
            UN envoy Jan Kubis met Khalifa Haftar on Friday. Mr Kubis declared that Libya was "back on the path of reconciliation" at the talks, the UN said.
            """) == ["Jan Kubis"])
        #expect(speakers("""
            Cambodian prime minister Hun Manet spoke by phone. “The key is the willingness to accept a ceasefire,” the Cambodian premier said.
            """) == ["Hun Manet"])
        #expect(speakers("""
            Speaking after the meeting, Vladimir Medinsky, who headed the Russian delegation, said: “We are satisfied.”
            He said Russia had taken note of the request for talks between Ukrainian President Volodymyr Zelenskyy and Russian counterpart Vladimir Putin.
            “We agreed that each side will present its vision,” he said.
            """) == ["Vladimir Medinsky", "Vladimir Medinsky"])
    }

    @Test func singleQuotationMarksWhereAPaperUsesNoDoubleOnes() {
        let reading = NewsReader.read("""
            Talks
            'The purpose of this meeting is an immediate 'ceasefire', agreed to by both prime ministers,' Hun Manet said in a post on X.
            'We are not confident in Cambodia's sincerity,' acting Thai Prime Minister Phumtham Wechayachai told reporters on the leaders' way out.
            """)
        #expect(reading.quotes.map(\.speaker) == ["Hun Manet", "Phumtham Wechayachai"])
        #expect(reading.quotes.first?.text == "The purpose of this meeting is an immediate 'ceasefire', agreed to by both prime ministers,")
    }

    @Test func aPronounThatOpensTheSentenceSpeaksBeforeAnyoneItNames() {
        let reading = NewsReader.read("""
            Talks
            Kenyan President William Ruto hailed the accord as a “momentous day”.

            He also credited Prime Minister Abiy Ahmed for hosting the talks, saying Ethiopia provided “a neutral place” for both sides.

            Clashes continued sporadically into September.
            """)
        #expect(reading.quotes.map(\.speaker) == ["William Ruto", "William Ruto"])
        #expect(!reading.people.map(\.name).contains("Clashes"))
    }

    @Test func phrasesInSingleMarksAreQuotedButApostrophesAndTitlesAreNot() {
        let reading = NewsReader.read("""
            Talks
            General Abdel Fattah al-Burhan said the rebels would be defeated, calling the war 'a struggle for the nation.'             The rebels' envoys, who rock 'n' roll, dismissed the 'Agreement on the path to peace' of March as 'a dead letter,' and left.
            """)
        #expect(reading.quotes.map(\.text) == ["a struggle for the nation.", "a dead letter,"])
        #expect(reading.quotes.first?.speaker == "Abdel Fattah al-Burhan")
    }

    @Test func familyNamesFirstKinAndCaptions() {
        #expect(people("South Korean President Moon Jae-in met North Korean leader Kim Jong-un. Kim said he was ready. President Moon agreed.")
            == ["Kim Jong Un", "Moon Jae-in"])
        // A place's name is no one's first name: "Israel" of "Israel Katz".
        #expect(people("Hochstein met Defense Minister Israel Katz. Israel said the talks had gone well.") == ["Amos Hochstein", "Israel Katz"])
        #expect(people("The North Korean leader's sister Kim Yo Jong awaited the motorcade.") == ["Kim Yo Jong"])
        #expect(people("Cho Myoung-gyon (left), South Korea's Unification minister, shakes hands with his counterpart.") == ["Cho Myoung-gyon"])
        #expect(people("Both Trump, who has spoken of his relationship with Kim, and the North Korean leader want to meet.") == ["Donald Trump"])
    }

    @Test func whoGoesOnSpeakingAfterAClauseOrATypo() {
        #expect(speakers("""
            Hochstein revealed that U.S. President Joe Biden had personally asked him to return. "This region has suffered enough," he stated.
            """) == ["Amos Hochstein"])
        #expect(speakers("""
            Hochstein met with Lebanon's parliament Speaker and Hezbollah ally Nabih Berri at his residence. "We made progress," he said.
            """) == ["Amos Hochstein"])
        #expect(speakers("""
            US envoy Amos Hochstein arrived. “We have a real opportunity,” Hochsten told reporters, adding, “This is a moment of decision.”
            """) == ["Amos Hochstein", "Amos Hochstein"])
    }

    @Test func headlinesThatEndInAnAbbreviationAndNavigationLinks() {
        let cleaned = ReportCleaner.clean("Skip to main content\nMoon declares summit a success, will brief Trump next week in U.S.\nMoon returned home on Thursday.")
        #expect(cleaned.title == "Moon declares summit a success, will brief Trump next week in U.S.")
        #expect(cleaned.furniture == ["Skip to main content"])
    }

    @Test func aParticipleAfterACommaIsTheSubjectsAndAPlaceBeforeItIsNobody() {
        let text = """
            The army plans to take Kidal City. General Ibrahim Toure has vowed to take all of Kidal, saying the rebels are under \
            “heavy pressure,” while aid groups warn of hunger.
            """
        #expect(speakers(text) == ["Ibrahim Toure"])
        #expect(people(text) == ["Ibrahim Toure"])
    }

    @Test func officesOfAPlaceAndEnvoysForADialogue() {
        let found = NewsReader.read("Talks\nThe talks began before Prime Minister of Moldova Ion Popescu arrived.").people
        #expect(found.map(\.name) == ["Ion Popescu"])
        #expect(found.first?.state == "MDA")
        #expect(PersonFinder.stateOfOffice("the EU's special envoy for the Belgrade-Pristina dialogue") == nil)
        #expect(PersonFinder.stateOfOffice("Prime Minister of Moldova") == "MDA")
    }

    @Test func aNameRunsUpToACommaAndSpeakersPostOrConfirm() {
        #expect(speakers("""
            Envoy Ana Novak met both leaders. They agreed on the “framework for a lasting settlement” that the bloc tabled last September, \
            Novak said.
            """) == ["Ana Novak"])
        #expect(speakers("""
            President Lula also expressed doubts about the talks, posting on social media: “We will only see peace when the guns fall silent.”
            """) == ["Luiz Inácio Lula da Silva"])
        #expect(speakers("Foreign Minister Ana Novak confirmed that mediators are “making every effort” to revive the talks.") == ["Ana Novak"])
    }

    @Test func outletsAndWritersAreNoOneInTheStory() {
        #expect(people("Al Arabiya and Al Hadath added that US envoy Steve Witkoff will be invited to Cairo.") == ["Steve Witkoff"])
        let cleaned = ReportCleaner.clean("From: Jane Roe\nDialogue Will Not Be Easy, Says Top Diplomat\nThe talks resumed on Tuesday.")
        #expect(cleaned.title == "Dialogue Will Not Be Easy, Says Top Diplomat")
        #expect(cleaned.furniture == ["From: Jane Roe"])
    }

    @Test func aSurnameThatSpeaksIsSomeoneEvenUnnamedInFull() {
        let text = "“Both sides would stop all firing from five o’clock,” Okonkwo said. Sources said the talks went on. SANA said nothing."
        #expect(people(text) == ["Okonkwo"])
        #expect(speakers(text) == ["Okonkwo"])
        // A name in the next sentence is not who spoke: "Misri said. External Affairs Minister S Jaishankar confirmed".
        #expect(speakers("“The generals will talk again on Monday,” Okonkwo said. Foreign Minister Ada Eze confirmed the ceasefire.") == ["Okonkwo"])
    }

    @Test func exclamationsPostsAndTheMinisterNamedBefore() {
        #expect(speakers("""
            Kenyan President William Ruto spoke late on Friday. “Thank you for your attention to this matter!” Ruto posted on X.
            """) == ["William Ruto"])
        #expect(speakers("""
            Mozambique's Foreign Minister Maria Manuela Lucas hosted the talks. In a post on X, the minister said both sides \
            commenced “a process of dialogue and negotiations.” She thanked the delegations for talks held “in a friendly atmosphere.”
            """) == ["Maria Manuela Lucas", "Maria Manuela Lucas"])
        #expect(people("Colonel Amina Bello of the Nigerian Army said the operation had ended.") == ["Amina Bello"])
    }

    @Test func aCourtesyTitleBeforeAFamilyNameFirstAndTheBodyOneSpeaksFor() {
        #expect(speakers("""
            Foreign Ministry spokesperson Mao Ning said talks would go on. Ms Mao said: “The two sides promised not to harm civilians.”
            """) == ["Mao Ning"])
        #expect(people("Tar Bhone Kyaw of the Ta'ang National Liberation Army mentioned that trade would reopen.") == ["Tar Bhone Kyaw"])
    }
}

