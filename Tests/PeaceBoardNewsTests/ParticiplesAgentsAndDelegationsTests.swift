import Testing

@testable import PeaceBoardNews

/// From a seventh batch measured before tuning (own 148–153): participles sharing the sentence's
/// subject, agents that must follow "by" in their phrase, officials named only by office after a
/// possessive, requests whose agent follows them, "the council" for the council named before,
/// what happened as a subject, and the state of a delegation's leader.
@Suite struct ParticiplesAgentsAndDelegationsTests {
    @Test func aParticipleAfterACommaSharesTheSentencesSubject() {
        let rejected = TestReading.events(
            "Niger's military leaders said they would not reopen the border with Benin, rejecting an appeal from two former Beninese presidents.")
        #expect(TestReading.actors(.reject, in: rejected) == ["NER"])
        let offered = TestReading.events("Medinsky rejected Kyiv's demand for an unconditional ceasefire, offering instead short truces.")
        #expect(TestReading.actors(.propose, in: offered) == ["RUS"])
    }

    @Test func anAgentFollowsByInItsOwnPhrase() {
        let found = TestReading.events("In a statement agreed by all 15 members, the council said the step would further divide Sudan.")
        #expect(found.filter { $0.kind == .accept }.allSatisfy { $0.actors.isEmpty })
        let hosted = TestReading.events("The deal was signed at a meeting hosted by Saudi Defence Minister Prince Khalid bin Salman.")
        #expect(TestReading.actors(.meet, in: hosted) == ["SAU"])
    }

    @Test func anOfficialNamedByOfficeActsForTheOwner() {
        let found = TestReading.events(
            "Iran and the United States ended a fourth round of talks in Rome, with Oman's foreign minister shuttling between the two delegations.")
        #expect(TestReading.actors(.mediate, in: found) == ["OMN"])
        #expect(TestReading.actors(.meet, in: found) == ["IRN", "USA"])
    }

    @Test func theCouncilIsTheCouncilNamedBefore() {
        let found = TestReading.events(
            "The U.N. Security Council rejected the announcement by Sudan's Rapid Support Forces. In a statement, the council said the step would divide Sudan. It called on the warring parties to resume negotiations.")
        #expect(TestReading.actors(.demand, in: found) == ["UN Security Council"])
    }

    @Test func whatHappenedThreatensNobody() {
        let found = TestReading.events("The council rejected the plan by Sudan's Rapid Support Forces, warning that the move threatened the country's unity.")
        #expect(found.filter { $0.kind == .threaten }.isEmpty)
    }

    @Test func threatsOfSanctionsAndOfConsequences() {
        let sanctions = TestReading.events("Officials said Britain, France and Germany were prepared to trigger the return of U.N. sanctions.")
        #expect(TestReading.actors(.threaten, in: sanctions) == ["GBR", "FRA", "DEU"])
        let face = TestReading.events("U.S. President Donald Trump said Iran must agree quickly or face severe consequences.")
        #expect(TestReading.actors(.threaten, in: face) == ["USA"])
    }

    @Test func appointmentsNamedWithTheirOfficeLater() {
        let reading = NewsReader.read(
            "Talks\nThe RSF-led coalition, known as Tasis, named its commander Mohamed Hamdan Dagalo as head of a presidential council.")
        #expect(reading.organisations.map(\.name).contains("Tasis"))
        #expect(TestReading.actors(.appoint, in: reading.events) == ["Tasis"])
    }

    @Test func theLeaderOfAStatesDelegationSpeaksForIt() {
        let reading = NewsReader.read(
            "Talks\nUkraine's delegation, led by former Defence Minister Rustem Umerov, proposed a meeting. \u{201C}We need to think about it,\u{201D} Umerov said.")
        #expect(reading.people.first?.state == "UKR")
        #expect(TestReading.actors(.consider, in: reading.events) == ["UKR"])
    }

    @Test func aCountWithAQualifierAndHeavyWeaponsKeptOut() {
        let swap = NewsReader.read("Talks\nThe delegations agreed to exchange 1,200 more prisoners of war.").provisions
        #expect(swap.first?.parameters["count"] == .integer(1200))
        let zone = NewsReader.read("Talks\nIsrael has demanded that southern Syria be kept free of heavy weapons.").provisions
        #expect(zone.map(\.type) == ["demilitarised-zone"])
    }

    @Test func readinessToMeetIsAnOfferOfTalks() {
        let found = TestReading.events("Benin's President Patrice Talon has said he is ready to meet Niger's junta leader.")
        #expect(TestReading.actors(.propose, in: found) == ["BEN"])
    }
}
