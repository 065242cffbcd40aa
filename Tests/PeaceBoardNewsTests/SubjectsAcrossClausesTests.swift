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
        // The gazetteer lists him under his full name.
        #expect(reading.people.map(\.name) == ["Dmytro Lubinets", "Carlito Galvez Jr."])
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
