import Testing
@testable import PeaceBoardNews

/// Who acts in events as agency copy on the web words them, found on real pages read before
/// any rule was written for them (the sentences here are the house's own).
@Suite struct PartiesGroupsAndWebCopyTests {
    func actors(_ kind: EventKind, _ text: String) -> [String] {
        TestReading.actors(kind, in: TestReading.events(text))
    }

    @Test func thePartiesAreThoseWhoMetNotThoseWhoUrgedThem() {
        let text = """
            Representatives of the Sudanese Armed Forces and the Rapid Support Forces commenced talks in Jeddah on Saturday. \
            Saudi Arabia and the United States urged both parties to engage seriously. The parties agreed to protect civilians.
            """
        #expect(actors(.accept, text) == ["SDN", "Rapid Support Forces"])
        #expect(actors(.meet, text) == ["SDN", "Rapid Support Forces"])
    }

    @Test func theFourAndTheQuartetAreTheFourNamedTogether() {
        let text = """
            The foreign ministers of Russia, Ukraine, France and Germany tried to revive the talks on Tuesday. \
            Lavrov said afterwards that the four agreed to keep the deal alive. The quartet of foreign ministers called for restraint.
            """
        #expect(actors(.accept, text) == ["RUS", "UKR", "FRA", "DEU"])
        #expect(actors(.demand, text) == ["RUS", "UKR", "FRA", "DEU"])
    }

    @Test func theTwoCountriesNamedTogetherBeforeAnyEvent() {
        let text = "Baku and Yerevan fought two wars over Karabakh. On Friday, the two countries said they had wrapped up talks on a treaty."
        #expect(actors(.meet, text) == ["AZE", "ARM"])
    }

    @Test func anOpeningPhraseHoldsNoSubject() {
        let events = TestReading.events("Under the auspices of Qatar, delegations of Congo and the M23 resumed their talks in Doha.")
        #expect(TestReading.actors(.meet, in: events) == ["COD", "M23"])
        #expect(TestReading.actors(.mediate, in: events) == ["QAT"])
    }

    @Test func aGroupFromAStateActsForIt() {
        #expect(actors(.accept, "Political advisers from Russia, Ukraine and France agreed on a ceasefire after talks in Paris.") == ["RUS", "UKR", "FRA"])
    }

    @Test func governmentsAndBodiesNamedAsWiresNameThem() {
        #expect(actors(.meet, "Colombia’s government and the National Liberation Army (ELN) rebel group resumed peace talks in Mexico City.") == ["COL", "ELN"])
        #expect(actors(.accept, "Colombia’s government and the leftist ELN guerrillas have agreed to begin ceasefire negotiations.") == ["COL", "ELN"])
        #expect(
            actors(.accept, "The mediator said the Government of Ethiopia and the Popular Front for the Liberation of Tigray (TPLF) have signed an agreement.")
                == ["ETH", "Tigray People’s Liberation Front"])
        #expect(actors(.meet, "Representatives of the Ethiopian Government and the TPLF held a high-level meeting.") == ["ETH", "Tigray People’s Liberation Front"])
        #expect(
            actors(.meet, "The National Participation Committee, made up of representatives of the government, the ELN and civil society, met in Bogotá.")
                == ["National Participation Committee"])
        #expect(actors(.propose, "The envoy welcomed an offer by Yemen’s Houthi movement to release detainees.") == ["Houthis"])
    }

    @Test func whatDescribesADocumentOrADecreeReportsNoAgreement() {
        #expect(actors(.accept, "Pashinyan hopes for progress on the three principles agreed upon during the Brussels talks.").isEmpty)
        #expect(actors(.accept, "The president of the breakaway republic signed a decree on its dissolution.").isEmpty)
        let hosting = TestReading.events("The government announced that Cuba agreed to host the third cycle of talks.")
        #expect(TestReading.actors(.offerToHost, in: hosting) == ["CUB"])
        #expect(TestReading.actors(.accept, in: hosting).isEmpty)
    }

    @Test func offersRefusalsConditionsAndPraiseWorded() throws {
        let refusal = try #require(TestReading.events("Kuleba said Moscow is not ready to offer a cease-fire.").first { $0.kind == .propose })
        #expect(refusal.actors.map(\.state) == ["RUS"] && refusal.negated)
        #expect(actors(.reject, "Sudan's foreign minister Ali al-Sadiq ruled out a truce on Sunday.") == ["SDN"])
        #expect(actors(.demand, "Armenian Prime Minister Nikol Pashinyan said Armenia was ready to sign by November, provided the principles are reflected.") == ["ARM"])
        #expect(actors(.demand, "The United Nations provided aid to the displaced.").isEmpty)
        #expect(actors(.support, "Saudi Arabia commended the efforts of the mediators.") == ["SAU"])
        #expect(actors(.accept, "Houthi officials on Tuesday approved the release of a Saudi prisoner.") == ["Houthis"])
        // What talks are about does not act: "talks on Sudan".
        let readiness = try #require(TestReading.events("The mediators expressed their readiness to recommence talks on Sudan.").first { $0.kind == .propose })
        #expect(readiness.actors.isEmpty)
    }

    @Test func hisMeetingsAndQuotedProposalsAreTheSpeakers() {
        #expect(actors(.meet, "Nikol Pashinyan said a roadmap had been drawn up during his meetings with Azerbaijani President Ilham Aliyev.").contains("ARM"))
        let events = NewsReader.read("""
            Talks
            “The text is agreed and awaits signing,” Pashinyan said on Thursday in a post on Telegram.
            “I propose that President Aliyev begin consultations on the signing.”
            """).events
        #expect(TestReading.actors(.propose, in: events) == ["ARM"])
    }

    @Test func agentsPastTimeAndPrepositionsAndPairsOfRivals() {
        #expect(actors(.meet, "The pair reached agreement during talks hosted last month by French President Emmanuel Macron.") == ["FRA"])
        let passive = TestReading.events("The purpose is a ceasefire initiated by President Donald Trump and agreed to by the Prime Ministers of Cambodia and Thailand.")
        #expect(TestReading.actors(.propose, in: passive) == ["USA"])
        #expect(TestReading.actors(.accept, in: passive) == ["KHM", "THA"])
        #expect(actors(.mediate, "The talks were co-organised by Malaysia and the United States.") == ["MYS", "USA"])
        #expect(actors(.meet, "Fayez al-Sarraj and rival strongman Khalifa Haftar meet in Abu Dhabi to agree on elections.") == ["LBY", "Khalifa Haftar"])
        #expect(actors(.meet, "Russia and Ukraine fought for years. The officials from the warring neighbouring nations met in Istanbul on Friday.") == ["RUS", "UKR"])
        #expect(actors(.mediate, "The United Arab Emirates and partly Saudi Arabia and Qatar mediated exchanges between Russia and Ukraine.") == ["ARE", "SAU", "QAT"])
    }

    @Test func bodiesAndAgentsThatOnlyDescribe() {
        #expect(actors(.demand, "The UN’s Libya mission and world powers on Tuesday urged the warring parties to engage.") == ["United Nations"])
        #expect(actors(.support, "The mission will be supported by satellite monitoring provided by the United States Government.").isEmpty)
        #expect(actors(.demand, "Anwar said the appeal followed a telephone call from United States President Donald Trump.").isEmpty)
        #expect(actors(.meet, "Haftar will discuss the issue of his eventual meeting with the prime minister.").isEmpty)
        #expect(actors(.meet, "The two sides must meet the conditions set by the mediators.").isEmpty)
    }

    @Test func appealsAdvisementUnlessAndVoicedSupport() {
        #expect(actors(.demand, "Malaysian Prime Minister Anwar Ibrahim called both leaders, appealing to them to agree to an immediate ceasefire.") == ["MYS"])
        #expect(actors(.consider, "Ukraine requested direct talks and Russia took this under advisement.") == ["RUS"])
        #expect(actors(.demand, "Trump said he would not conclude trade deals with them unless they ended their fighting.") == ["USA"])
        #expect(actors(.support, "Five western powers and the European Union also voiced support for the talks.") == ["European Union"])
    }

    @Test func meetingsCalledOffToComeOrByGerund() {
        #expect(actors(.meet, "President Trump canceled his meeting with Kim on Thursday.").isEmpty)
        let planned = TestReading.events("Officials from South Korea and North Korea said their leaders will meet in September.").filter { $0.kind == .meet }
        let plannedAllHedged = planned.allSatisfy { $0.hedged }
        #expect(!planned.isEmpty && plannedAllHedged)
        let toCome = TestReading.events("Moon will carry a message from Kim when he meets with U.S. President Donald Trump next week.").filter { $0.kind == .meet }
        let toComeAllHedged = toCome.allSatisfy { $0.hedged }
        #expect(!toCome.isEmpty && toComeAllHedged)
        #expect(actors(.meet, "Amos Hochstein began his engagements by meeting with Lebanese Parliament Speaker Nabih Berri.").contains("USA"))
        #expect(actors(.meet, "Hochstein said after his second meeting with Parliament Speaker Nabih Berri that progress was made.").contains("USA"))
    }

    @Test func demandsListedOwnersByInitialsAndAgentsDescribed() {
        // "to seize … and agree": both are what the demand asks for.
        let events = TestReading.events("US envoy Amos Hochstein urged Israel, Lebanon, and Hezbollah to seize the opportunity and agree to a ceasefire.")
        #expect(TestReading.actors(.demand, in: events) == ["USA"])
        #expect(TestReading.actors(.accept, in: events).isEmpty)
        #expect(actors(.propose, "The Lebanese government and Hezbollah agreed to a US ceasefire proposal.") == ["USA"])
        #expect(actors(.support, "Hochstein met Parliament Speaker Nabih Berri, endorsed by the heavily armed, Iran-backed Hezbollah to negotiate.").contains("Hezbollah"))
        #expect(actors(.threaten, "Hezbollah stood ready to keep on fighting for a long time.") == ["Hezbollah"])
        #expect(Set(actors(.accept, "North Korea and South Korea made a satisfactory agreement on the proposal.")) == ["PRK", "KOR"])
    }

    @Test func proposalsPresentedAfterATimeAndVowsOfConquest() {
        #expect(Set(actors(.propose, "Hamas conveyed its approval of the proposal presented yesterday by the Egyptian and Qatari mediators.")) == ["EGY", "QAT"])
        #expect(actors(.propose, "The plan builds on a framework introduced by Kenyan President William Ruto in June.") == ["KEN"])
        #expect(actors(.threaten, "The Sudanese army chief has vowed to retake all of Khartoum.") == ["SDN"])
        #expect(actors(.threaten, "Russian President Vladimir Putin said he would proceed with a major offensive in the east.") == ["RUS"])
        #expect(actors(.threaten, "Russian President Vladimir Putin said he would proceed with the talks.").isEmpty)
    }

    @Test func callsBetweenOfficialsAndThePairTheyMakeUp() {
        let events = TestReading.events("""
            The army chief of Pakistan contacted his Indian counterpart on Saturday. Both sides agreed to halt all military activity.
            """)
        #expect(Set(TestReading.actors(.meet, in: events)) == ["PAK", "IND"])
        #expect(Set(TestReading.actors(.accept, in: events)) == ["PAK", "IND"])
        #expect(Set(actors(.accept, "Pakistan contacted India on Monday. They agreed to halt the shelling.")) == ["PAK", "IND"])
        // A host and a guest are no pair: "Both sides" are those who signed.
        #expect(Set(actors(.accept, """
            Lebanon and Syria signed the deal at a meeting hosted by Saudi Defence Minister Khalid bin Salman and his Syrian counterpart. \
            Both sides agreed to set up committees.
            """)).isDisjoint(with: ["SAU"]))
        #expect(Set(actors(.meet, "Iran and the United States want a deal. The first meeting between representatives of the two countries took place in Oman."))
            == ["IRN", "USA"])
        #expect(Set(actors(.meet, "A deal between the U.S. and Iran is far off. The first meeting between the two countries took place in Oman."))
            == ["IRN", "USA"])
    }

    @Test func goBetweensDemandsVoicedAndWarningsOfForce() {
        #expect(actors(.mediate, "The Omani Foreign Minister Badr Albusaidi served as the facilitator, passing messages between the delegations.") == ["OMN"])
        #expect(actors(.demand, "President Trump has reiterated that Iran must agree to a deal.") == ["USA"])
        #expect(actors(.demand, "Iran must agree to a deal, analysts believe.").isEmpty)
        #expect(actors(.demand, "Fatah, which dominates the Palestinian Authority, said any committee must report to the government.") == ["Fatah"])
        #expect(actors(.demand, "The US is demanding that Iran stop its nuclear program.") == ["USA"])
        #expect(actors(.threaten, "The talks follow tensions, with President Trump warning of the use of military force if there is no agreement.") == ["USA"])
        #expect(actors(.support, "Russia continues to support Tehran’s right to a civilian nuclear program.") == ["RUS"])
        #expect(actors(.propose, "The talks were on a call initiated by Pakistan’s army chief.").isEmpty)
    }

    @Test func aStateWrittenInCapitals() {
        #expect(actors(.accept, "MYANMAR’S military has reached a ceasefire agreement with an alliance of ethnic armed groups.") == ["MMR"])
        let states = NewsReader.read("Talks\nMYANMAR’S military met the rebels.").states.map(\.state)
        #expect(states == ["MMR"])
    }
}

