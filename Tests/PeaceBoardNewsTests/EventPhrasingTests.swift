import Testing

@testable import PeaceBoardNews

/// Events that wire copy reports without a plain verb and subject: nouns with their agents,
/// participles, demands' contents, and institutions and pronouns named elsewhere.
@Suite struct EventPhrasingTests {
    private func events(_ text: String) -> [EventMention] {
        NewsReader.read("Talks\n" + text).events
    }

    private func actorStates(_ kind: EventKind, in events: [EventMention]) -> [String] {
        events.filter { $0.kind == kind }.flatMap(\.actors).compactMap { $0.state ?? $0.organisation }
    }

    @Test func roundsOfTalksAreMeetingsAndBothSidesAreThoseWhoMet() {
        let found = events(
            "Iranian and U.S. negotiators held a second round of indirect talks in Muscat, with Omani Foreign Minister Badr Albusaidi shuttling between the two delegations, and both sides agreed to continue next week.")
        #expect(actorStates(.meet, in: found) == ["IRN", "USA"])
        #expect(actorStates(.mediate, in: found) == ["OMN"])
        #expect(actorStates(.accept, in: found) == ["IRN", "USA"])
    }

    @Test func heldWithoutTalksNearIsNoMeeting() {
        #expect(events("Hamas held the hostages for months before the ceasefire talks began in Cairo.").allSatisfy { $0.kind != .meet })
    }

    @Test func whatADemandAsksForIsNoEventOfItsOwn() {
        let found = events("Israeli Prime Minister Benjamin Netanyahu has urged the United States not to accept any deal with Iran.")
        #expect(found.map(\.kind) == [.demand])
    }

    @Test func wouldNotIsARefusalAndUntilAConditionNotAFact() {
        let refusal = events("Hezbollah did not comment. Its leader warned that it would not accept a humiliating agreement.")
        #expect(refusal.first { $0.kind == .accept }.map { ($0.negated, $0.hedged, $0.actors.first?.name) } ?? (false, true, nil) == (true, false, "Hezbollah"))
        let condition = events("Starmer said sanctions on Russia would stay until Moscow agreed to a full and unconditional ceasefire.")
        #expect(condition.first { $0.kind == .accept }?.hedged == true)
    }

    @Test func aSayerHostingIsTheHostAndStraightQuotesHaveASpeaker() {
        let found = events(
            "Turkish President Tayyip Erdogan said after hosting the two countries' leaders in Ankara that talks would start in February. \"I congratulate both brothers for their courage,\" Erdogan told a news conference.")
        #expect(actorStates(.meet, in: found) == ["TUR"])
        #expect(actorStates(.congratulate, in: found) == ["TUR"])
    }

    @Test func aStateBeforeMediationOrFacilitationMediates() {
        let found = events("Technical negotiations will start by the end of February under Turkish facilitation, and later with Qatar's mediation.")
        #expect(actorStates(.mediate, in: found) == ["TUR", "QAT"])
        #expect(events("The mediation effort in Turkish hands stalled.").allSatisfy { $0.kind != .mediate })
    }

    @Test func votesDraftsAndAppealsAreCoded() {
        let found = events(
            "The U.N. Security Council voted on Tuesday to authorise a new force. The resolution, drafted by the United States and Panama, passed with 12 votes. Haiti's transitional presidential council welcomed the resolution and appealed to countries to pledge troops.")
        #expect(actorStates(.support, in: found) == ["UN Security Council", "HTI"])
        #expect(actorStates(.propose, in: found) == ["USA", "PAN"])
        #expect(actorStates(.demand, in: found) == ["HTI"])
    }

    @Test func aProposalBySeveralIsProposedByEachAndAcceptedByItsTaker() {
        let found = events(
            "The Rapid Support Forces said they had accepted a proposal by the United States, Saudi Arabia, Egypt and the United Arab Emirates for a humanitarian truce.")
        #expect(actorStates(.accept, in: found) == ["Rapid Support Forces"])
        #expect(actorStates(.propose, in: found) == ["USA", "SAU", "EGY", "ARE"])
    }

    @Test func theArmyIsTheStateWhoseArmyTheReportNames() {
        let named = events("The RSF accepted the truce, but the army dismissed the plan. Army chief General Abdel Fattah al-Burhan spoke in Port Sudan.")
        #expect(actorStates(.reject, in: named) == ["SDN"])
        let ambiguous = events("The army dismissed the plan. Sudan's army and Egypt's army held drills.")
        #expect(ambiguous.first { $0.kind == .reject }?.actors.isEmpty == true)
    }

    @Test func aDocumentOpeningTheSentenceActsForNobody() {
        #expect(events("The proposal by the so-called Quad calls for a three-month humanitarian truce.").allSatisfy { $0.kind != .demand })
    }

    @Test func anAppositionWithInitialsGivesTheState() {
        let people = NewsReader.read("Talks\nMassad Boulos, the senior U.S. adviser for Africa, urged both sides to sign the truce.").people
        #expect(people.first?.state == "USA")
        #expect(people.first?.office == "the senior U.S. adviser for Africa")
    }

    @Test(arguments: [("Uzbek", "UZB"), ("Kyrgyz", "KGZ"), ("Tajik", "TJK"), ("Saudi", "SAU"), ("Bosnian", "BIH")])
    func wireAdjectivesNameTheirStates(adjective: String, state: String) {
        let people = NewsReader.read("Talks\n\(adjective) President Tom Example congratulated both leaders.").people
        #expect(people.first?.state == state)
    }

    @Test func withoutPreconditionsIsAboutTalks() {
        let types = { (text: String) in NewsReader.read("Talks\n" + text).provisions.map(\.type) }
        #expect(!types("Boulos urged both sides to sign the truce without preconditions.").contains("talks-without-preconditions"))
        #expect(types("Both sides agreed to hold talks without preconditions.").contains("talks-without-preconditions"))
    }

    @Test func aPlanIsProposedByItsOwnerButAPlanToActIsNot() {
        #expect(actorStates(.propose, in: events("Zelensky rejected Putin's ceasefire proposal on Monday.")) == ["RUS"])
        #expect(actorStates(.propose, in: events("Egypt opposed Ethiopia's plan to build a naval base.")).isEmpty)
    }

    @Test func aHostNamedAfterByMeetsAndAParticipleSharesItsSubject() {
        let found = events(
            "Top U.S. and Russian officials met in Saudi Arabia on Tuesday, agreeing to appoint negotiating teams. Rubio and Lavrov led the delegations, hosted by Saudi Foreign Minister Prince Faisal bin Farhan.")
        #expect(actorStates(.accept, in: found) == ["USA", "RUS"])
        #expect(found.filter { $0.kind == .meet }.flatMap(\.actors).compactMap(\.state).contains("SAU"))
        #expect(NewsReader.read("Talks\nSaudi Foreign Minister Prince Faisal bin Farhan spoke.").people.map(\.name) == ["Faisal bin Farhan"])
    }

    @Test func aNegatedPassiveHasNoActor() {
        let invitation = events("Ukrainian President Volodymyr Zelensky, who was not invited, said Kyiv would not take part.").first { $0.kind == .invite }
        #expect(invitation?.actors.isEmpty == true)
        #expect(invitation?.negated == true)
    }

    @Test func closeToAgreeingIsNotYetAgreed() {
        #expect(events("Syria and Israel are close to agreeing a de-escalation arrangement.").first { $0.kind == .accept }?.hedged == true)
    }

    @Test func aStateAdjectiveWithItsGovernmentIsListedWithTheNextActor() {
        let found = events("The Philippine government and the Moro Islamic Liberation Front agreed on Friday to postpone the election.")
        #expect(actorStates(.accept, in: found) == ["PHL", "Moro Islamic Liberation Front"])
    }

    @Test func theBlocIsTheBodyNamedLastEvenAfterAPerson() {
        let found = events("ECOWAS met in Abuja. Senegalese President Bassirou Diomaye Faye, whom the bloc appointed as its mediator, spoke.")
        #expect(actorStates(.appoint, in: found) == ["ECOWAS"])
    }

    @Test func helpingSecureAndFacilitatingAreMediationAndPosingNoThreatIsNoThreat() {
        #expect(actorStates(.mediate, in: events("Qatar helped secure Tehran's agreement in a call with Iranian officials.")) == ["QAT"])
        #expect(actorStates(.mediate, in: events("Malaysia, which facilitated the 2014 peace agreement, welcomed the decision.")) == ["MYS"])
        #expect(events("Abiy said the dam posed no threat to downstream countries.").allSatisfy { $0.kind != .threaten })
        #expect(actorStates(.threaten, in: events("Israel warned that it would respond forcefully to any violation.")) == ["ISR"])
    }

    @Test func fullNamesOfRegionalBodiesAreThoseBodies() {
        let reading = NewsReader.read("Talks\nThe Economic Community of West African States said it was ready to negotiate with Mali.")
        #expect(reading.organisations.map(\.name) == ["ECOWAS"])
        #expect(reading.people.isEmpty)
        #expect(actorStates(.propose, in: reading.events) == ["ECOWAS"])
    }

    @Test func heInTheSayersSentenceIsTheSayer() {
        let found = events(
            "Turkish Cypriot leader Ersin Tatar reiterated his call for a two-state solution. Greek Cypriot leader Nikos Christodoulides said he was ready to resume negotiations in Geneva.")
        #expect(found.first { $0.kind == .demand }?.actors.map(\.name) == ["Ersin Tatar"])
        #expect(found.first { $0.kind == .propose }?.actors.map(\.name) == ["Nikos Christodoulides"])
    }

    @Test func aCounterpartIsAnOffice() {
        let people = NewsReader.read("Talks\nGreek Cypriot leader Nikos Christodoulides met his Turkish Cypriot counterpart Ersin Tatar.").people
        #expect(people.map(\.name) == ["Nikos Christodoulides", "Ersin Tatar"])
    }

    @Test func willHostAndWillingToAreIntents() {
        #expect(actorStates(.offerToHost, in: events("Egypt will host talks next week on the second phase.")) == ["EGY"])
        #expect(actorStates(.accept, in: events("Hamas said it was willing to hand over the administration of Gaza.")) == ["Hamas"])
        #expect(actorStates(.threaten, in: events("Iran has warned it will not tolerate any change to its borders.")) == ["IRN"])
    }

    @Test func aGovernmentListedWithAFactionActsWithIt() {
        let found = events("Colombia's government and a faction of former FARC rebels signed an agreement on Saturday.")
        #expect(actorStates(.accept, in: found) == ["COL", "FARC"])
    }

    @Test func aFewQuotedWordsBetweenAnOwnerAndANounAreALabel() {
        let quotes = NewsReader.read("Talks\nThe deal is a first for President Gustavo Petro's \"total peace\" policy.").quotes
        #expect(quotes.isEmpty)
    }

    @Test func disarmingLiftedSanctionsAndHaltedStrikesAreProvisions() {
        let types = { (text: String) in Set(NewsReader.read("Talks\n" + text).provisions.map(\.type)) }
        #expect(types("Israel insisted that Hamas must disarm before any withdrawal.").contains("armed-forces-limit"))
        #expect(types("The fighters agreed to hand over and destroy their weapons.").contains("armed-forces-limit"))
        #expect(types("The truce would take effect only after Western sanctions were lifted on the bank.") == ["ceasefire", "sanctions-relief"])
    }

    @Test func aLimitOnABodyIsNoLimitOnTheStateNamedBeforeIt() {
        let provisions = NewsReader.read("Talks\nIsrael said it would insist on the demand as long as Hezbollah refused to disarm.").provisions
        #expect(provisions.first { $0.type == "armed-forces-limit" }.map { $0.parameters["state"] == nil } == true)
    }

    @Test func reachingAnAgreementIsAcceptingItAndCoHostsMeet() {
        #expect(actorStates(.accept, in: events("India and China have reached an agreement on patrolling arrangements.")) == ["IND", "CHN"])
        let found = events("A conference on Sudan co-hosted by Britain, the European Union and the African Union ended on Tuesday.")
        #expect(actorStates(.meet, in: found) == ["GBR", "European Union", "African Union"])
    }

    @Test func anAppositionNamingAnOfficeIsAnAsideButAListGoesOn() {
        let invitation = events(
            "Angolan President Joao Lourenco, the African Union's mediator in the conflict, had invited Felix Tshisekedi and Paul Kagame.")
            .first { $0.kind == .invite }
        #expect(invitation?.actors.compactMap(\.state) == ["AGO"])
        #expect(actorStates(.accept, in: events("Russia, the United States, and China agreed to meet.")) == ["RUS", "USA", "CHN"])
    }

    @Test func anOfferIsProposedByItsOwnerAndAProposalPresentedByAnEnvoyIsHis() {
        #expect(actorStates(.propose, in: events("North Korea dismissed South Korea's offer to resume talks.")) == ["KOR"])
        #expect(actorStates(.propose, in: events("The cabinet endorsed the proposal presented by U.S. envoy Tom Barrack.")) == ["USA"])
    }

    @Test func theCabinetIsTheGovernmentTheReportNames() {
        let found = events("Lebanon's government instructed the army on Tuesday. Salam said the cabinet had endorsed the objectives of the plan.")
        #expect(actorStates(.support, in: found) == ["LBN"])
    }

    @Test func aDemandOfAListToAgreeIsNoAgreement() {
        let found = events("Lammy urged both the Sudanese army and the Rapid Support Forces to agree to an immediate ceasefire.")
        #expect(found.map(\.kind) == [.demand])
    }

    @Test func aWarningOfSanctionsIsAThreatAndHelpOfMediationIsMediation() {
        #expect(actorStates(.threaten, in: events("The European Union warned that the bloc would impose sanctions on the entity.")) == ["European Union"])
        #expect(actorStates(.mediate, in: events("The ceasefire had been agreed with the help of Turkish mediation.")) == ["TUR"])
    }

    @Test func aPlaceJoinedToAParticipleIsNoPartOfABodysName() {
        let reading = NewsReader.read("Talks\nDbeibah, who heads the Tripoli-based Government of National Unity, said he would act.")
        #expect(reading.organisations.map(\.name) == ["Government of National Unity"])
        #expect(!reading.people.map(\.name).contains("National Unity"))
    }

    @Test func disarmingAndWithdrawingFromPositionsAreProvisions() {
        let types = Set(NewsReader.read("Talks\nThe plan is a first step toward disarming Hezbollah and includes an Israeli withdrawal from five positions.").provisions.map(\.type))
        #expect(types == ["armed-forces-limit", "territorial-arrangement"])
    }
}

