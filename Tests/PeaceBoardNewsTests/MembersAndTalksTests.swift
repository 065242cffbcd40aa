import Testing
@testable import PeaceBoardNews

/// Who takes part in talks and whom a group stands for, as agency copy words them: rules
/// written for real pages read once before any rule for them (the sentences here are the house's own).
@Suite struct MembersAndTalksTests {
    func actors(_ kind: EventKind, _ text: String) -> [String] {
        TestReading.actors(kind, in: TestReading.events(text))
    }

    @Test func aGroupNamedByWhatItIsActsThroughTheMembersListed() {
        #expect(actors(.propose, "The truce was proposed by the so-called Quintet, comprising France, Germany and Italy.") == ["FRA", "DEU", "ITA"])
        #expect(actors(.propose, "A pause proposed by the mediating states — Kenya, Uganda and Tanzania — took effect.") == ["KEN", "UGA", "TZA"])
    }

    @Test func thoseWhoAttendTalksMeetEachWithTheirOffice() {
        let text = """
            The closed session was attended by Ghanaian President John Mahama, Togolese President Faure Gnassingbe, \
            and representatives from Benin and Niger, the two neighbours.
            """
        #expect(actors(.meet, text) == ["GHA", "TGO", "BEN", "NER"])
    }

    @Test func aListOfAgentsEndsWhereTheNextClauseBegins() {
        let text = "Under the accord, brokered by Norway and Cuba, the Colombian army is to pull back from the area."
        #expect(actors(.mediate, text) == ["NOR", "CUB"])
    }

    @Test func everyStateOfAListBeforeMediationMediates() {
        #expect(actors(.mediate, "Talks in Havana, under Norwegian and Cuban mediation, ended on Friday.") == ["NOR", "CUB"])
    }

    @Test func whoAgreeDuringTalksMeet() {
        #expect(actors(.meet, "Ethiopia and Eritrea agreed on Monday to a ceasefire during talks in Nairobi.") == ["ETH", "ERI"])
        #expect(actors(.meet, "Ethiopia and Eritrea agreed to exchange prisoners in future talks.").isEmpty)
        #expect(TestReading.events("Eritrea rejected the offer and said it would not take part in any talks.").allSatisfy { $0.kind != .meet || $0.negated })
    }

    @Test func anAcceptanceMayBeANoun() {
        #expect(actors(.accept, "Hamas said on Sunday it agrees to the proposal.") == ["Hamas"])
        #expect(actors(.accept, "Hamas announced its acceptance of the truce on Sunday.") == ["Hamas"])
        #expect(actors(.accept, "In a statement, Hamas affirmed its agreement to enter the truce.") == ["Hamas"])
    }

    @Test func aMeetingBackedOrOfferedIsNotHeld() {
        #expect(actors(.meet, "Ukrainian President Volodymyr Zelensky said Kyiv supported holding a summit in Rome.").isEmpty)
        #expect(actors(.meet, "Earlier, Serbia and Kosovo said they were holding talks in Brussels.") == ["SRB", "XKX"])
    }

    @Test func whomOneConvenesMeets() {
        let events = TestReading.events("Kallas will convene Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti in Brussels.")
        #expect(Set(TestReading.actors(.meet, in: events)).isSuperset(of: ["SRB", "XKX"]))
        #expect(actors(.meet, "The meeting, convened at the request of Kallas, ended without a deal.").isEmpty)
    }

    @Test func peopleListedEachWithAnOfficeActTogether() {
        let text = "Ghanaian President John Mahama, Togolese President Faure Gnassingbe and Kenyan President William Ruto met on Monday."
        #expect(actors(.meet, text) == ["GHA", "TGO", "KEN"])
    }

    @Test func talksKickedOffAndAMeetingWithSomeone() {
        #expect(actors(.meet, "Kallas kicked off informal talks with the two leaders in Brussels on Monday.") == ["European Union"])
        let met = TestReading.events("Kallas had begun a first meeting with Serbian President Aleksandar Vucic.")
        #expect(Set(TestReading.actors(.meet, in: met)) == ["European Union", "SRB"])
    }

    @Test func whatIsHostedOrConvenedMayBeNoTalks() {
        #expect(actors(.offerToHost, "Kallas will host a reception for the heads of delegations.").isEmpty)
        #expect(actors(.offerToHost, "Qatar will host the next round of talks.") == ["QAT"])
        #expect(actors(.meet, "The two sides agreed to convene another meeting in July.").isEmpty)
    }

    @Test func anAttemptToMediateIsMediation() {
        #expect(actors(.mediate, "The African Union is trying to mediate a deal between the two sides.") == ["African Union"])
    }

    @Test func satisfactionAndAnEnvoyToCome() {
        #expect(actors(.support, "Serbian President Aleksandar Vucic expressed satisfaction with the outcome.") == ["SRB"])
        let appointment = TestReading.events("Kallas said she would soon appoint a special envoy for the dialogue.")
        #expect(TestReading.actors(.appoint, in: appointment) == ["European Union"])
        #expect(TestReading.actors(.appoint, in: TestReading.events("Kosovo refused to appoint a negotiator.")).isEmpty)
    }

    @Test func theGuarantorsSetToTakePartMeet() {
        #expect(actors(.meet, "The guarantor powers Britain, Greece and Turkey were also set to participate.") == ["GBR", "GRC", "TUR"])
    }
}

/// Who a leader of a community speaks for, and who "the two sides" are when someone else says so.
@Suite struct CommunitiesAndReportedPairsTests {
    @Test func aLeaderOfACommunitySpeaksForNoState() {
        let people = NewsReader.read("Talks\nKosovo Albanian leader Ibrahim Rugova met Serbian President Slobodan Milosevic on Monday.").people
        #expect(people.first { $0.name == "Ibrahim Rugova" }?.state == nil)
        #expect(people.first { $0.name == "Slobodan Milosevic" }?.state == "SRB")
        let named = NewsReader.read("Talks\nRussian President Vladimir Putin spoke.").people
        #expect(named.first?.state == "RUS")
    }

    @Test func aPairReportedBySomeoneElseIsNotTheSpeaker() {
        let events = TestReading.events("Guterres said on Friday that he would name an envoy and that the two sides agreed to open two crossings.")
        #expect(!TestReading.actors(.accept, in: events).contains("Antonio Guterres"))
        #expect(!TestReading.actors(.accept, in: events).contains("United Nations"))
    }
}

/// A state's armed forces named by initials act for the state; a militia's initials do not.
@Suite struct StateForcesByInitialsTests {
    @Test func theInitialsOfAStatesForcesAreTheState() {
        let events = TestReading.events("""
            Fighting between the Ethiopian National Defense Force (ENDF) and Tigrayan forces went on. \
            On Monday the ENDF rejected the truce. The Syrian Democratic Forces (SDF) said the SDF welcomed the plan.
            """)
        #expect(TestReading.actors(.reject, in: events) == ["ETH"])
        #expect(!TestReading.actors(.support, in: events).contains("SYR"))
    }
}

/// A proposal referred to, or accepted, is not proposed by whoever refers to it or accepts it.
@Suite struct ProposalsReferredToTests {
    @Test func aProposalAcceptedOrReferredToIsNotTheirs() {
        #expect(TestReading.actors(.propose, in: TestReading.events("The M23's agreement to the proposal on Friday surprised Kinshasa.")).isEmpty)
        let accepted = TestReading.events("The M23 issued a statement announcing acceptance of a proposal for a truce.")
        #expect(TestReading.actors(.accept, in: accepted) == ["M23"])
        #expect(TestReading.actors(.propose, in: accepted).isEmpty)
        #expect(TestReading.actors(.propose, in: TestReading.events("Kinshasa agreed to the proposal by Qatar.")) == ["QAT"])
    }
}

/// Agreements as ceasefire announcements word them: governments named by adjectives, approvals
/// by an agent, witnesses set off by commas, conditions, and what the accords provide.
@Suite struct AgreementsAnnouncedTests {
    func actors(_ kind: EventKind, _ text: String) -> [String] {
        TestReading.actors(kind, in: TestReading.events(text))
    }

    @Test func governmentsNamedByTheirAdjectivesAgree() {
        #expect(actors(.accept, "The president said the Eritrean and Ethiopian governments have agreed on a truce.") == ["ERI", "ETH"])
        #expect(actors(.accept, "Members of the Ethiopian war cabinet have approved the deal.") == ["ETH"])
        #expect(actors(.accept, "He said a plan to end the war had been approved by the governments of Eritrea and Ethiopia.") == ["ERI", "ETH"])
        #expect(actors(.accept, "Eritrea and Ethiopia have formally renounced military confrontation.") == ["ERI", "ETH"])
    }

    @Test func aWitnessSetOffByCommasDoesNotSign() {
        let text = "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki, in the presence of Kenyan President William Ruto, signed the accord."
        #expect(actors(.accept, text) == ["ETH", "ERI"])
    }

    @Test func witnessesOfASigningAttendIt() {
        let events = TestReading.events("""
            The accord was signed in the presence of Kenyan President William Ruto, who chairs the bloc, and South African President Cyril Ramaphosa.
            """)
        #expect(TestReading.actors(.meet, in: events) == ["KEN", "ZAF"])
        #expect(actors(.threaten, "Ruto warned that if the rebels did not sign, they would pay a heavy price.") == ["KEN"])
    }

    @Test func signingInACeremonyIsMeeting() {
        #expect(actors(.meet, "Eritrea and Ethiopia signed a joint declaration in a ceremony in Nairobi.") == ["ERI", "ETH"])
    }

    @Test func anAcceptedCompoundModifiedProposalIsNoNewProposal() {
        let events = TestReading.events("Eritrea and Ethiopia have accepted a Kenyan-backed proposal to end the war.")
        #expect(TestReading.actors(.propose, in: events).isEmpty)
        #expect(TestReading.actors(.accept, in: events) == ["ERI", "ETH"])
    }

    @Test func anyThreatAndAThreatOnAConditionAreNoThreats() {
        #expect(TestReading.events("Ethiopia reserves its right to act against any threat to its security.").filter { $0.kind == .threaten }.isEmpty)
        let conditional = TestReading.events("If the rebels or anyone else break the deal, and pose a direct threat to Ethiopia, it will respond.")
        #expect(conditional.filter { $0.kind == .threaten }.allSatisfy { $0.hedged })
    }

    @Test func liftedRestrictionsAndStoppedFightingAreProvisions() {
        let provisions = NewsReader.read("Talks\nWashington lifted a restriction on defence cooperation with Eritrea. Both committed to stop all fighting.").provisions
        #expect(Set(provisions.map(\.type)) == ["sanctions-relief", "ceasefire"])
    }

    @Test func aSeatOfGovernmentHostsAndAPlaceIsNoPerson() {
        #expect(actors(.meet, "The signing ceremony was hosted at the Kremlin on Friday.") == ["RUS"])
        #expect(TestReading.events("The talks were hosted at a hotel in Geneva.").filter { $0.kind == .meet }.isEmpty)
        #expect(actors(.meet, "The talks were hosted at the Kremlin by Kenyan President William Ruto.") == ["KEN"])
        let reading = NewsReader.read("Talks\nKenyan President William Ruto, speaking in the State House Rose Garden, said the deal would hold.")
        #expect(reading.people.map(\.name) == ["William Ruto"])
    }

    @Test func talksHadAndNationsThatHoldThem() {
        #expect(actors(.meet, "Eritrea and Ethiopia had “productive” senior-level talks in Kenya on Sunday.") == ["ERI", "ETH"])
        #expect(TestReading.events("Eritrea and Ethiopia had agreed to resume talks.").allSatisfy { $0.trigger.text != "had" })
        #expect(TestReading.events("Abiy Ahmed had earlier said the talks would go on.").allSatisfy { $0.trigger.text != "had" })
        let between = "The first round of talks between Eritrea and Ethiopia took place in Kenya, as both nations commenced negotiations."
        #expect(Set(actors(.meet, between)) == ["ERI", "ETH"])
        #expect(actors(.mediate, "The talks, aided by Kenyan mediation, went well.") == ["KEN"])
    }

    @Test func aJuntasSpokespersonSpeaksForItsState() {
        let events = TestReading.events("""
            Sudan's military and the rebels agreed to a truce on Friday.             "We have reached a ceasefire agreement," junta spokesperson Nabil Abdallah told AFP.             "The two sides will resolve relevant disputes and demands through talks," he said.
            """)
        #expect(events.contains { $0.kind == .accept && $0.actors.map(\.state) == ["SDN"] && $0.trigger.text == "reached" })
        #expect(!events.contains { $0.kind == .demand })
    }

    @Test func theRebelsInTalksAreTheGroupNamedBefore() {
        let events = TestReading.events("""
            Colombia and the ELN rebel group resumed contacts this year.             Cuba has played a crucial mediation role, hosting several rounds of talks between the Colombian government and the rebels.
            """)
        #expect(TestReading.actors(.mediate, in: events) == ["CUB"])
        #expect(events.contains { $0.kind == .meet && $0.actors.map { $0.state ?? $0.name } == ["COL", "ELN"] })
    }

    @Test func whatAPlanOffersAndWhereAMeetingIsAreNoActors() {
        #expect(actors(.propose, "Mediators await a reply after Hamas accepted a ceasefire plan offering a 60-day truce.").isEmpty)
        let events = TestReading.events("Hosted by Kallas, Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held talks.")
        #expect(events.filter { $0.kind == .meet }.map { $0.actors.map { $0.state ?? $0.name } } == [["Kaja Kallas"], ["SRB", "XKX"]])
        #expect(!actors(.meet, "Kurti said this first Brussels meeting with Serbian President Aleksandar Vucic would be short.").contains("BEL"))
    }

    @Test func aParticipleThatDescribesANounIsNoProposal() {
        #expect(actors(.propose, "The rebels refused the Board of Peace, a transitional body proposed in the plan.").isEmpty)
        #expect(actors(.propose, "Hamas said it would release hostages under Trump's newly unveiled 20-point initiative.") == ["USA"])
        #expect(actors(.propose, "Egypt proposed a truce on Monday.") == ["EGY"])
    }

    @Test func aConditionIsSetByWhoAgreed() {
        let events = TestReading.events("Hamas agreed to the exchange laid out in Trump's proposal, provided certain field conditions are met.")
        #expect(TestReading.actors(.demand, in: events) == ["Hamas"])
    }

    @Test func aParticipleAfterAReportedClauseIsItsSubjects() {
        let text = "Anwar said the US president personally spoke to Hun Manet and Anutin, urging a speedy resolution to the conflict."
        #expect(actors(.demand, text) == ["USA"])
    }

    @Test func signatoriesListedWithOfficesAndAlongWithOthers() {
        let text = "The agreement was signed by the Cambodian Prime Minister and his Thai counterpart, along with Trump and Malaysian Prime Minister Anwar Ibrahim."
        #expect(Set(actors(.accept, text)) == ["KHM", "THA", "USA", "MYS"])
        #expect(!actors(.accept, "He disclosed the conditions agreed upon by both leaders in the Kuala Lumpur Peace Accord.").contains("MYS"))
    }

    @Test func whatADocumentCallsForIsNobodysDemand() {
        #expect(actors(.demand, "The agreement calls for Eritrean forces to withdraw from the area within 60 days.").isEmpty)
    }

    @Test func aSourceThatOpensTheSentenceAndAColonSpeak() {
        let reading = NewsReader.read("""
            Talks
            According to Ruto, the corridor will open “while fully respecting Eritrea's sovereignty.”
            Abiy Ahmed agreed with him: “We will defend this position.”
            """)
        #expect(reading.quotes.map(\.speaker) == ["William Ruto", "Abiy Ahmed"])
    }
}
