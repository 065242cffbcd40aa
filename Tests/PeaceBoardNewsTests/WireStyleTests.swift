import Testing

@testable import PeaceBoardNews

/// How wire copy refers back to people and states, and where its events' actors stand.
@Suite struct WireStyleTests {
    @Test func aSpeakerIsTheNameAfterTheTitleOrItsShortForm() {
        let reading = NewsReader.read("""
            Talks
            The ceasefire is "immediate and unconditional," Malaysian Prime Minister Anwar Ibrahim said. "This is a first step," Anwar told reporters.
            """)
        #expect(reading.quotes.map(\.speaker) == ["Anwar Ibrahim", "Anwar Ibrahim"])
    }

    @Test func anOfficeStandsForItsHolderNamedEarlier() {
        let reading = NewsReader.read("""
            Talks
            Volodymyr Zelensky spoke in Kyiv on Sunday.
            The Ukrainian president said Moscow was "playing for time".
            """)
        #expect(reading.quotes.first?.speaker == "Volodymyr Zelensky")
    }

    @Test func aNameKeepsTheStateGivenItEarlierAndAfterAQualifiedOffice() {
        let reading = NewsReader.read("""
            Talks
            Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai met in Putrajaya.
            Hun Manet called for the resumption of normal relations.
            """)
        #expect(reading.people.map(\.state) == ["KHM", "THA", "KHM"])
        #expect(reading.events.first { $0.kind == .meet }?.actors.compactMap(\.state) == ["KHM", "THA"])
        #expect(reading.events.first { $0.kind == .demand }?.actors.first?.state == "KHM")
    }

    @Test func aSurnameOfSeveralWordsIsThePersonNamedInFull() {
        let reading = NewsReader.read("""
            Talks
            Congolese Foreign Minister Thérèse Kayikwamba Wagner attended. Kayikwamba Wagner said the deal "will not erase the pain".
            """)
        #expect(Set(reading.people.map(\.name)) == ["Thérèse Kayikwamba Wagner"])
        #expect(reading.quotes.first?.speaker == "Thérèse Kayikwamba Wagner")
    }

    /// "Congo" alone is the Democratic Republic; a state's government listed with another signs
    /// as that state; where they signed is no target.
    @Test(arguments: [
        ("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday.", ["Congo", "Rwanda"], ["COD", "RWA"]),
        ("Congo's government and the M23 rebel group signed a framework agreement in Qatar on Saturday.", ["Congo", "M23"], ["COD"]),
    ])
    func signatoriesAreActorsAndThePlaceIsNoTarget(sentence: String, actors: [String], states: [String]) {
        let signing = NewsReader.read("Talks\n" + sentence).events.first { $0.kind == .accept }
        #expect(signing?.actors.map(\.name) == actors)
        #expect(signing?.actors.compactMap(\.state) == states)
        #expect(signing?.targets.isEmpty == true)
    }

    @Test func armedMovementsAreActors() {
        let reading = NewsReader.read("Talks\nThe M23 rebels rejected the accord. Yemen's Houthi movement rejected a United Nations roadmap.")
        #expect(reading.events.filter { $0.kind == .reject }.compactMap { $0.actors.first?.name } == ["M23", "Houthis"])
    }

    @Test func aDocumentAfterAnAsideIsNoActor() {
        let reading = NewsReader.read("Talks\nThe deal, mediated by the United States and Qatar, calls for the disarmament of armed groups.")
        #expect(reading.events.filter { $0.kind == .demand }.isEmpty)
        #expect(reading.provisions.map(\.type) == ["armed-forces-limit"])
    }

    @Test func coordinatedVerbsShareTheirSubject() {
        let reading = NewsReader.read("""
            Talks
            The United Nations special envoy for Yemen, Hans Grundberg, welcomed the announcement and urged the parties to resume negotiations.
            """)
        #expect(reading.events.map { $0.actors.map(\.name) } == [["Hans Grundberg"], ["Hans Grundberg"]])
    }

    @Test func aProposalThatIsAnotherEventsObjectIsNotProposed() {
        let reading = NewsReader.read("Talks\nThe president said Moscow had rejected every proposal for an unconditional truce.")
        #expect(reading.events.map(\.kind) == [.reject])
    }

    @Test func initiallingIsAcceptingAndANameInQuotationMarksIsNoQuotation() {
        let reading = NewsReader.read("""
            Talks
            Armenia and Azerbaijan initialled a peace agreement. Trump proposed a "Board of Peace" and said the Houthis had "capitulated".
            """)
        #expect(reading.events.first { $0.kind == .accept }?.actors.compactMap(\.state) == ["ARM", "AZE"])
        #expect(reading.quotes.map(\.text) == ["capitulated"])
    }
}

/// Where wire copy puts things that are not actors: datelines, portfolios, appositions.
@Suite struct WireStructureTests {
    @Test func aDatelineNamesNoActor() {
        let reading = NewsReader.read("Talks\nNAYPYITAW, Myanmar (AP) — Malaysia's special envoy on Myanmar met the junta chief on Monday and urged him to extend the truce.")
        #expect(reading.events.map(\.kind) == [.meet, .demand])
        #expect(reading.events.allSatisfy { $0.actors.compactMap(\.state) == ["MYS"] })
    }

    @Test func thePortfolioOfAnEnvoyIsATargetNotAnActor() {
        let reading = NewsReader.read("Talks\nTrump appointed Keith Kellogg as special envoy for Ukraine and Russia.")
        let appointment = reading.events.first { $0.kind == .appoint }
        #expect(appointment?.actors.compactMap(\.state) == ["USA"])
        #expect(appointment?.targets.compactMap(\.state).contains("UKR") == true)
    }

    @Test func anAppositionGivesItsPersonAState() {
        let reading = NewsReader.read("Talks\nMassad Boulos, the senior US adviser for Africa, had proposed a humanitarian pause.")
        #expect(reading.people.first?.state == "USA")
        #expect(reading.events.first { $0.kind == .propose }?.actors.first?.state == "USA")
    }

    @Test func aWarningWithUnlessIsAThreatAndADeclinedInvitationARejection() {
        let reading = NewsReader.read("""
            Talks
            Kaja Kallas warned Serbia and Kosovo that their path to membership would be blocked unless they implement the agreement.
            Sudan's army-led government has declined an invitation to talks. Its envoy declined to comment.
            """)
        #expect(reading.events.map(\.kind) == [.threaten, .reject])
        #expect(reading.events.first?.targets.compactMap(\.state) == ["SRB", "XKX"])
        #expect(reading.events.last?.actors.first?.state == "SDN")
    }

    @Test func aRelativeClauseStandsForEveryoneListed() {
        let reading = NewsReader.read("Talks\nEgypt, Saudi Arabia and the United Arab Emirates, which have backed rival sides, said they supported the initiative.")
        #expect(reading.events.first { $0.kind == .support }?.actors.compactMap(\.state) == ["EGY", "SAU", "ARE"])
    }

    @Test func aPronounSpeakerAndAOneWordQuotationAreKept() {
        let reading = NewsReader.read("""
            Talks
            Senior Hamas official Basem Naim said the movement would respond. He said Hamas would not hand over its weapons "to the occupation".
            The opposition rejected the election as a "sham".
            """)
        #expect(reading.people.map(\.name) == ["Basem Naim"])
        #expect(reading.quotes.map(\.speaker) == ["Basem Naim", nil])
        #expect(reading.quotes.map(\.text) == ["to the occupation", "sham"])
    }

    @Test func aQualifierBeforeATitleIsNoName() {
        let reading = NewsReader.read("Talks\nThe envoy met the country's military leader, Senior Gen. Min Aung Hlaing, on Monday.")
        #expect(reading.people.map(\.name) == ["Min Aung Hlaing"])
    }
}

@Suite struct GroupReferenceTests {
    @Test func theGroupIsTheOrganisationNamedLast() {
        let reading = NewsReader.read("""
            Talks
            Saudi Arabia invited the Rapid Support Forces to talks in Jeddah.
            The army chief accepted the invitation, but the paramilitary group has not committed to attending.
            """)
        let answers = reading.events.filter { $0.kind == .accept }
        #expect(answers.count == 2)
        #expect(answers.last?.actors.first?.name == "Rapid Support Forces" && answers.last?.negated == true)
    }
}

@Suite struct NamesAndBodiesTests {
    @Test func particlesJoinedByHyphensArePartOfTheName() {
        let reading = NewsReader.read("Talks\nSyrian Foreign Minister Asaad al-Shaibani met Israeli Strategic Affairs Minister Ron Dermer in Paris.")
        #expect(reading.people.map(\.name) == ["Asaad al-Shaibani", "Ron Dermer"])
        #expect(reading.people.map(\.state) == ["SYR", "ISR"])
    }

    @Test func namesSetOffByCommasAfterAnOfficeOrAnOwner() {
        let reading = NewsReader.read("""
            Talks
            The United Nations envoy for Libya, Hanna Tetteh, on Thursday presented a roadmap for elections.
            Massad Boulos, Washington's senior adviser for Africa, attended the ceremony.
            Qatar's minister of state Mohammed Al-Khulaifi, who has mediated between the two sides, spoke.
            """)
        #expect(reading.people.map(\.name) == ["Hanna Tetteh", "Massad Boulos", "Mohammed Al-Khulaifi"])
        #expect(reading.people.map(\.state) == [nil, "USA", "QAT"])
        // Who attends a ceremony meets those there.
        #expect(reading.events.map(\.kind) == [.propose, .meet, .mediate])
    }

    /// A partial quotation is attributed at the end of its sentence; a place after a participle is
    /// no speaker; a quotation after "saying" is the subject's.
    @Test(arguments: [
        ("Syria and Israel are close to a \"de-escalation\" arrangement on the south, US envoy Tom Barrack said on Tuesday.", "Tom Barrack"),
        ("U.S. Vice President JD Vance, visiting Israel, said he was \"very optimistic\" the ceasefire would hold.", "JD Vance"),
        ("Hezbollah leader Naim Qassem rejected the decision, saying the group would \"act as if it does not exist\".", "Naim Qassem"),
    ])
    func aQuotationsSpeakerIsFoundAroundIt(sentence: String, speaker: String) {
        #expect(NewsReader.read("Talks\n" + sentence).quotes.first?.speaker == speaker)
    }

    @Test func bodiesTheGazetteerDoesNotListAreFoundByTheirNames() {
        let reading = NewsReader.read("""
            Talks
            The eastern-based House of Representatives, which backs Khalifa Haftar, rejected the plan.
            The Arakan Army and the Russian Armed Forces were not invited.
            """)
        #expect(reading.organisations.map(\.name) == ["House of Representatives", "Arakan Army"])
        #expect(reading.events.first { $0.kind == .reject }?.actors.map(\.name) == ["House of Representatives"])
    }

    @Test func provisionsOfReleasesAndHeavyWeapons() {
        let reading = NewsReader.read("""
            Talks
            Under the deal, Thailand will release 18 Cambodian soldiers and both countries will withdraw heavy weapons from the border.
            """)
        #expect(Set(reading.provisions.map(\.type)) == ["prisoner-exchange", "demilitarised-zone"])
    }
}

@Suite struct ReferenceAndClauseTests {
    @Test func theTwoLeadersAreTheLastTwoNamed() {
        let reading = NewsReader.read("""
            Talks
            Kallas met Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti separately, but the two leaders refused to sit down together.
            """)
        #expect(reading.events.first { $0.kind == .reject }?.actors.compactMap(\.state) == ["SRB", "XKX"])
    }

    @Test func theTwoSidesAreTheLastTwoWhoActedTogether() {
        let reading = NewsReader.read("""
            Talks
            Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey.
            The two sides also agreed to establish a monitoring mechanism.
            """)
        #expect(reading.events.filter { $0.kind == .accept }.map { $0.actors.compactMap(\.state) } == [["PAK", "AFG"], ["PAK", "AFG"]])
    }

    @Test func committedToIsNotPassiveAndASpeakerLeadsCoordinatedVerbs() {
        let reading = NewsReader.read("""
            Talks
            Hamas said it was committed to the agreement.
            EU foreign policy chief Kaja Kallas said the bloc was ready and urged Tbilisi to release jailed protesters.
            """)
        #expect(reading.events.first { $0.kind == .accept }?.actors.map(\.name) == ["Hamas"])
        #expect(reading.events.first { $0.kind == .demand }?.actors.map(\.name) == ["Kaja Kallas"])
    }

    @Test func aNegationStopsAtButAndAnOwnersPortfolioGivesTheState() {
        let reading = NewsReader.read("""
            Talks
            Abiy Ahmed said Ethiopia will not remain landlocked, but insists on peaceful means.
            Eritrea's Information Minister Yemane Gebremeskel dismissed the letter.
            """)
        #expect(reading.events.first { $0.kind == .demand }?.negated == false)
        #expect(reading.events.first { $0.kind == .reject }?.actors.compactMap(\.state) == ["ERI"])
    }

    @Test func readinessToFacilitateIsMediationAndExchangedPrisonersAreCounted() {
        let reading = NewsReader.read("""
            Talks
            Kenya's President William Ruto said Nairobi was ready to facilitate dialogue.
            The delegations agreed to exchange 1,200 prisoners of war.
            """)
        #expect(reading.events.first { $0.kind == .mediate }?.actors.compactMap(\.state) == ["KEN"])
        #expect(reading.provisions.first { $0.type == "prisoner-exchange" }?.parameters["count"] == .integer(1200))
    }
}

@Suite struct AffiliationTests {
    @Test func anOfficialOfAnOrganisationSpeaksForIt() {
        let reading = NewsReader.read("""
            Talks
            AU Commission chairperson Mahmoud Ali Youssouf said the bloc was prepared to convene a summit and offered to mediate.
            """)
        let mediation = reading.events.first { $0.kind == .mediate }
        #expect(mediation?.actors.map(\.name) == ["Mahmoud Ali Youssouf"])
        #expect(mediation?.actors.first?.organisation == "African Union")
        #expect(ReaderEvaluation.eventFacts(reading.events).map(\.actor) == ["African Union"])
    }
}

@Suite struct CompoundEventTests {
    @Test func anActorJoinedToItsParticipleActs() {
        let reading = NewsReader.read("""
            Talks
            Israel reopened the crossing under the U.S.-brokered ceasefire and UN-backed talks, not a well-intentioned plan.
            """)
        #expect(reading.events.map(\.kind) == [.mediate, .support])
        #expect(reading.events.map { $0.actors.first?.state ?? $0.actors.first?.organisation } == ["USA", "United Nations"])
        #expect(reading.events.first?.trigger.text == "U.S.-brokered")
    }

    @Test func aSponsorOfTalksMediatesAndASponsorOfAResolutionProposes() {
        let talks = TestReading.events("The IGAD-sponsored peace talks between the two camps opened in Addis Ababa.")
        #expect(talks.map(\.kind) == [.mediate])
        #expect(TestReading.actors(.mediate, in: talks) == ["IGAD"])
        let resolution = TestReading.events("The council adopted a French-sponsored resolution on the truce.")
        #expect(TestReading.actors(.propose, in: resolution) == ["FRA"])
        #expect(TestReading.actors(.propose, in: TestReading.events("Both sides accepted a Kenyan-proposed truce.")) == ["KEN"])
    }

    @Test func aNameGivenInFullWithoutATitleIsKnownByTheShortFormThatSpeaks() {
        let reading = NewsReader.read("""
            Talks
            Abiy appointed a general on Tuesday, replacing Getachew Reda after a power struggle.
            Getachew, who signed the 2022 peace deal, said he would not accept any return to war.
            """)
        #expect(reading.people.map(\.name).filter { $0.hasPrefix("Getachew") } == ["Getachew Reda", "Getachew Reda"])
        #expect(reading.events.filter { $0.kind == .accept }.flatMap(\.actors).map(\.name) == ["Getachew Reda", "Getachew Reda"])
    }

    @Test func aSingleCapitalisedWordThatSpeaksMakesNoPersonOfAnUnrelatedPair() {
        let reading = NewsReader.read("Talks\nOfficials in Port Sudan said the talks would resume. Analysts said little.")
        #expect(reading.people.isEmpty)
    }
}

