import Testing

@testable import PeaceBoardNews

/// Who acts when wire copy names them across clauses: lists with offices and appositions,
/// pronouns for a pair, a government through its speaker, and what only a relative clause says.
@Suite struct SubjectsAcrossClausesTests {
    @Test func whatARelativeClauseSaysLeavesItsNameTheSubject() {
        let found = TestReading.events("Venancio Mondlane, who says the vote was rigged, had demanded that the government release detained protesters.")
        #expect(TestReading.actors(.demand, in: found) == ["Venancio Mondlane"])
    }

    @Test func aListMayHoldAnOppositionLeaderAndAnOfficeInApposition() {
        let met = TestReading.events("Mozambique's President Daniel Chapo and opposition leader Venancio Mondlane met on Sunday.")
        #expect(TestReading.actors(.meet, in: met) == ["MOZ", "Venancio Mondlane"])
        let reading = NewsReader.read("Talks\nSyria's interim President Ahmed al-Sharaa and the commander of the Kurdish-led Syrian Democratic Forces, Mazloum Abdi, signed an agreement on Monday.")
        #expect(reading.people.map(\.name) == ["Ahmed al-Sharaa", "Mazloum Abdi"])
        #expect(TestReading.actors(.accept, in: reading.events) == ["SYR", "Syrian Democratic Forces"])
    }

    @Test func theGovernmentIsTheSpeakersStateAndMayBeQualified() {
        let found = TestReading.events("Mozambique's President Daniel Chapo said the government would consider the demands.")
        #expect(TestReading.actors(.consider, in: found) == ["MOZ"])
        let national = TestReading.events("Talks between Papua New Guinea's government and the autonomous region of Bougainville ended. Prime Minister James Marape said the national government remained committed to the agreement but insisted on a vote.")
        #expect(TestReading.actors(.accept, in: national) == ["PNG"])
        #expect(TestReading.actors(.demand, in: national) == ["PNG"])
    }

    @Test func talksBetweenTwoSidesMakeThemThePairThatLaterAgrees() {
        let found = TestReading.events("Talks between Papua New Guinea's government and the autonomous region of Bougainville ended on Thursday. Mateparae said both sides had agreed to meet again.")
        #expect(TestReading.actors(.meet, in: found) == ["PNG", "Bougainville"])
        #expect(TestReading.actors(.accept, in: found) == ["PNG", "Bougainville"])
    }

    @Test func theyAreThePairThatSaysSoOrActedLast() {
        let said = TestReading.events("Mozambique's President Daniel Chapo and opposition leader Venancio Mondlane met on Sunday. In a joint statement, the two men said they had agreed to end the violence.")
        #expect(TestReading.actors(.accept, in: said) == ["MOZ", "Venancio Mondlane"])
        let signed = TestReading.events("The Philippine government and the National Democratic Front of the Philippines, the political wing of the communist New People's Army, signed a joint communique. They agreed to seek a peaceful resolution.")
        #expect(signed.last { $0.kind == .accept }?.actors.map { $0.state ?? $0.name } == ["PHL", "National Democratic Front of the Philippines"])
    }

    @Test func aNegatedVerbAfterButSharesTheSubject() {
        let found = TestReading.events("The Philippine government was ready to negotiate but would not agree to a coalition government.")
        let refusal = found.first { $0.kind == .accept }
        #expect(refusal?.actors.compactMap(\.state) == ["PHL"])
        #expect(refusal?.negated == true)
    }

    @Test func itAfterADocumentIsTheDocument() {
        let found = TestReading.events("The deal, announced by the presidency, also provides for a nationwide ceasefire. It rejects calls for partition.")
        #expect(found.allSatisfy { $0.kind != .reject && $0.kind != .demand })
    }

    @Test func whomALetterIsAddressedToIsNoSubject() {
        let found = TestReading.events("In a letter to the UN Security Council, Britain said it remained committed to diplomacy.")
        #expect(TestReading.actors(.accept, in: found).allSatisfy { $0 != "UN Security Council" })
    }

    @Test func commissionersAndAdvisersAreOffices() {
        let reading = NewsReader.read("Talks\nUkraine's human rights commissioner Dmytro Lubinets thanked Qatar. Presidential peace adviser Carlito Galvez said talks would resume.")
        #expect(reading.people.map(\.name) == ["Dmytro Lubinets", "Carlito Galvez"])
    }

    @Test func aQuotationAfterARejectionIsTheRejecters() {
        let reading = NewsReader.read("Talks\nIranian Foreign Minister Abbas Araghchi rejected the move as \"unjustified and unlawful\".")
        #expect(reading.quotes.map(\.speaker) == ["Abbas Araghchi"])
    }

    @Test(arguments: [
        ("The two leaders agreed to end all forms of violence.", "ceasefire"),
        ("The deal integrates the SDF's civilian and military institutions; the sides agreed to integrate their forces.", "armed-forces-limit"),
        ("The agreement provides for the return of all detained children.", "prisoner-exchange"),
    ])
    func provisionsWordedAsWiresWordThem(sentence: String, type: String) {
        #expect(NewsReader.read("Talks\n" + sentence).provisions.map(\.type) == [type])
    }
}

/// Offices, owners and kinds of talks as news writes them around a name or a plan.
@Suite struct OfficesAndOwnersTests {
    private func actors(_ kind: EventKind, in text: String) -> [String] {
        TestReading.actors(kind, in: TestReading.events(text))
    }

    @Test func anOfficialInAppositionAfterTheBodysMarkSpeaksForIt() {
        #expect(actors(.demand, in: "The Barisan Revolusi Nasional (BRN) met. The BRN's chief negotiator, Anas Abdulrahman, called on Thailand to release its members.") == ["Barisan Revolusi Nasional"])
        #expect(actors(.demand, in: "A senior Hamas official, Basem Naim, said the group wanted guarantees that the truce would last.") == ["Hamas"])
        // A remit with a state's name between leaves the envoy named alone.
        #expect(actors(.support, in: "The UN envoy for Yemen, Hans Grundberg, welcomed the release.") == ["Hans Grundberg"])
    }

    @Test func aStateBeforeALowerCasePortfolioIsTheOfficesState() {
        let reading = NewsReader.read("Talks\nFormer Malaysian armed forces chief Zulkifli Zainal Abidin, who facilitates the dialogue, said talks would resume.")
        #expect(reading.people.first?.state == "MYS")
        #expect(reading.events.first { $0.kind == .mediate }?.actors.compactMap(\.state) == ["MYS"])
    }

    @Test func anOfficeWithItsRemitStillPrecedesAName() {
        let reading = NewsReader.read("Talks\nU.S. special envoy for hostage affairs Adam Boehler thanked Qatar for its help and urged the Taliban to release the remaining detained Americans.")
        #expect(reading.people.map(\.name) == ["Adam Boehler"])
        #expect(reading.events.first { $0.kind == .demand }?.actors.map(\.name) == ["Adam Boehler"])
    }

    @Test func talksOfAKindAreStillTalks() {
        #expect(actors(.meet, in: "Thailand's government and the Barisan Revolusi Nasional (BRN), the main rebel group in the south, resumed peace talks on Tuesday.") == ["THA", "Barisan Revolusi Nasional"])
        #expect(actors(.meet, in: "Colombia's government and the Gulf Clan, the country's largest drug-trafficking group, opened formal negotiations in Doha.") == ["COL", "Gulf Clan"])
    }

    @Test func aPlanNamedByAStatesAdjectiveIsThatStatesProposal() {
        #expect(actors(.propose, in: "Hamas said it was still studying a U.S. proposal for a 60-day ceasefire.") == ["USA"])
        #expect(actors(.propose, in: "Arab leaders endorsed an Egyptian plan on Tuesday.") == ["EGY"])
    }

    @Test func whatFollowsADemandsThatIsPartOfItUnlessJoinedByAnd() {
        let found = NewsReader.read("Talks\nRwanda insisted that Kinshasa hold direct talks with the M23 rebels. Tshisekedi demanded that the rebels lay down their arms and rejected any power-sharing arrangement.").events
        #expect(found.allSatisfy { $0.kind != .meet })
        #expect(found.contains { $0.kind == .reject })
    }

    @Test func aFullCeasefireIsSaidOfTheCeasefireItself() {
        let provisions = NewsReader.read("Talks\nHamas wanted guarantees that the truce would lead to a permanent end of the war and a full Israeli withdrawal.").provisions
        #expect(provisions.first { $0.type == "ceasefire" }?.parameters["full"] == nil)
    }
}

/// Guests, received proposals, plural owners and what is already in place.
@Suite struct GuestsAndOwnersTests {
    @Test func theGuestsAHostReceivesMeetToo() {
        let found = TestReading.events("U.N. Secretary-General Antonio Guterres hosted Greek Cypriot leader Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar at an informal meeting on Tuesday.")
        #expect(found.filter { $0.kind == .meet }.map { $0.actors.map(\.name) } == [["Antonio Guterres"], ["Nikos Christodoulides", "Ersin Tatar"]])
    }

    @Test func aProposalReceivedIsNotTheReceiversOwn() {
        #expect(TestReading.events("The Kremlin said it had not received any proposal to extend the truce.").allSatisfy { $0.kind != .propose })
    }

    @Test func aPluralOwnersOfferIsTheirs() {
        #expect(TestReading.actors(.mediate, in: TestReading.events("The junta took note of Algiers' offer to mediate.")) == ["DZA"])
    }

    @Test func aBodyDefinedByInitialsOfItsNameInAnotherLanguageIsFound() {
        let reading = NewsReader.read("Talks\nThe main rebel group, the Front for Change and Concord in Chad (FACT), refused to sign. FACT said its demands were not met.")
        #expect(reading.organisations.map(\.name) == ["Front for Change and Concord in Chad", "Front for Change and Concord in Chad"])
    }

    @Test func aZoneAlreadyInPlaceIsNoProvision() {
        let reading = NewsReader.read("Talks\nThe participants agreed to open more crossing points along the U.N.-controlled buffer zone. They agreed to a demilitarised buffer zone along the new line.")
        #expect(reading.provisions.map(\.type) == ["demilitarised-zone"])
        #expect(reading.provisions.first?.sentence.text.hasPrefix("They agreed") == true)
    }

    @Test func wiresSpellingsOfKnownNamesAreThePerson() {
        #expect(NewsReader.read("Talks\nUkrainian President Volodymyr Zelenskiy said Kyiv would mirror any ceasefire.").people.map(\.name) == ["Volodymyr Zelensky"])
    }
}

/// Threats without a verb of threatening, blocked proposals, commitments not to act, and "it"
/// for an institution that speaks.
@Suite struct ThreatsAndRefusalsTests {
    @Test func aThreatWithoutAThreatVerbIsTheSayers() {
        let found = TestReading.events("Yemen's Houthis said on Tuesday that ships linked to the United States would be \"legitimate targets\" in the Red Sea.")
        #expect(TestReading.actors(.threaten, in: found) == ["Houthis"])
        #expect(TestReading.actors(.threaten, in: TestReading.events("Houthi spokesman Yahya Saree said the group would not hesitate to strike any vessel.")) == ["Houthis"])
        #expect(TestReading.actors(.threaten, in: TestReading.events("EU foreign policy chief Kaja Kallas said the bloc was ready to impose further sanctions.")) == ["European Union"])
    }

    @Test func aWarningToStopIsADemandAndWhatIsToStopIsNoEvent() {
        let found = TestReading.events("The U.S. military warned the group to stop threatening international shipping.")
        #expect(found.map(\.kind) == [.demand])
        #expect(TestReading.actors(.demand, in: found) == ["USA"])
    }

    @Test func whatIsForswornDidNotHappen() {
        let found = TestReading.events("The presidents of Venezuela and Guyana agreed on Thursday not to threaten or use force against each other.")
        #expect(found.map(\.kind) == [.accept])
    }

    @Test func blockingAProposalIsARefusal() {
        let found = TestReading.events("Hungary and Slovakia blocked a proposal to sanction individual ministers.")
        #expect(TestReading.actors(.reject, in: found) == ["HUN", "SVK"])
        #expect(found.allSatisfy { $0.kind == .reject })
        #expect(TestReading.events("Protesters blocked roads in Tbilisi.").isEmpty)
    }

    @Test func readyToHoldTalksIsAnOfferOfTalksAndFacilitatingThemIsMediation() {
        let found = TestReading.events("Ethiopia's government said it was ready to hold talks with the militia. The African Union had agreed to facilitate any negotiations.")
        #expect(found.map(\.kind) == [.propose, .accept, .mediate])
    }

    @Test func itIsTheInstitutionThatSaysSo() {
        let found = TestReading.events("Sudan's army and the RSF were invited. The army said it was studying the invitation.")
        #expect(TestReading.actors(.consider, in: found) == ["SDN"])
    }
}
