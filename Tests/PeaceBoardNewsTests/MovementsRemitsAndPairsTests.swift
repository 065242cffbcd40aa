import Testing

@testable import PeaceBoardNews

/// From a fifth batch measured before tuning (own 136–141): movements named
/// after their state with a movement word inside, a remit that is a place before a name set off
/// by commas, "the leaders" as the pair named before, fighting announced to go on, releases of
/// the jailed, refusals that state their condition, and "was prepared to" as no passive.
@Suite struct MovementsRemitsAndPairsTests {
    @Test func aMovementWordInsideANameOpeningWithAStateMakesItAMovement() {
        let found = TestReading.events("Myanmar's military government and the Myanmar National Democratic Alliance Army have agreed to a ceasefire.")
        #expect(TestReading.actors(.accept, in: found) == ["MMR", "Myanmar National Democratic Alliance Army"])
    }

    @Test func aPlaceAsTheRemitBeforeANameSetOffByCommas() {
        let reading = NewsReader.read("Talks\nThe U.N. special representative for Libya, Hanna Tetteh, presented a roadmap on Thursday.")
        #expect(reading.people.map(\.name) == ["Hanna Tetteh"])
        #expect(reading.people.first?.office == "special representative for Libya")
        #expect(TestReading.actors(.propose, in: reading.events) == ["Hanna Tetteh"])
    }

    @Test func theLeadersAreThePairNamedBefore() {
        let found = TestReading.events(
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled a peace treaty on Friday. The leaders also signed a joint declaration.")
        #expect(TestReading.actors(.accept, in: found) == ["ARM", "AZE", "ARM", "AZE"])
    }

    @Test func fightingAnnouncedToGoOnIsAThreatButAdviceToFightIsNot() {
        let found = TestReading.events("The Arakan Army said it would keep fighting until the military is removed from power.")
        #expect(TestReading.actors(.threaten, in: found) == ["Arakan Army"])
        #expect(TestReading.events("He advised Kyiv to \u{201C}keep fighting.\u{201D}").filter { $0.kind == .threaten }.isEmpty)
    }

    @Test func releasingTheJailedIsAProvision() {
        let found = NewsReader.read("Talks\nMondlane said he would call off protests if the government released jailed demonstrators.").provisions
        #expect(found.map(\.type) == ["prisoner-exchange"])
    }

    @Test func aRefusalUntilSomethingHappensIsADemand() {
        let found = TestReading.events("Azerbaijan's Foreign Ministry said Baku would not sign the treaty until Armenia changes its constitution.")
        #expect(TestReading.actors(.demand, in: found) == ["AZE"])
        #expect(found.first { $0.kind == .demand }?.negated == false)
        #expect(TestReading.events("Baku would not sign the treaty this year.").filter { $0.kind == .demand }.isEmpty)
    }

    @Test func preparedToActIsNoPassive() {
        let found = TestReading.events("Boulos said Washington was prepared to impose sanctions on those who obstruct the process.")
        #expect(TestReading.actors(.threaten, in: found) == ["USA"])
    }
}
