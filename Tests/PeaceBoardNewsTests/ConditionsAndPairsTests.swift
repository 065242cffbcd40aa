import Testing

@testable import PeaceBoardNews

/// A surname with a particle opening a sentence, plans put forward, rights reserved, "it" as
/// the body that says so, "the two" and "the parties", and provisions asked for as conditions.
@Suite struct ConditionsAndPairsTests {
    @Test func aSurnameWithAParticleOpeningASentenceIsThePersonNamedBefore() {
        let reading = NewsReader.read(
            "Talks\nThe Polisario said it would study a proposal from U.N. envoy Staffan de Mistura.\n"
                + "De Mistura, who visited the camps, proposed informal consultations in Geneva.")
        #expect(Set(reading.people.map(\.name)) == ["Staffan de Mistura"])
        #expect(TestReading.actors(.propose, in: reading.events) == ["Staffan de Mistura"])
    }

    @Test func whatIsPutForwardBySomeoneIsTheirProposal() {
        let found = TestReading.events("Ethiopia rejected every compromise put forward by Egypt and Sudan on filling the reservoir.")
        #expect(TestReading.actors(.reject, in: found) == ["ETH"])
        #expect(TestReading.actors(.propose, in: found) == ["EGY", "SDN"])
        #expect(TestReading.events("Egypt put the blame on Ethiopia.").isEmpty)
    }

    @Test func reservingTheRightToRespondIsAThreat() {
        #expect(TestReading.actors(.threaten, in: TestReading.events("Egypt reserved the right to defend its water security by all means.")) == ["EGY"])
        #expect(TestReading.events("The publisher reserved the right of reply for readers.").isEmpty)
    }

    @Test func itIsTheBodyThatSaysSoRatherThanTheLastNamed() {
        let found = TestReading.events("Egypt said talks with Ethiopia had ended without agreement, and that it reserved the right to defend its interests.")
        #expect(TestReading.actors(.threaten, in: found) == ["EGY"])
        // With nobody saying so, still the body named last.
        let unsaid = TestReading.events("Hezbollah fighters withdrew, but it would not accept the plan.")
        #expect(TestReading.actors(.accept, in: unsaid) == ["Hezbollah"])
    }

    @Test func theTwoAndThePartiesAreThePairNamedBefore() {
        let met = TestReading.events(
            "Greek Cypriot leader Nikos Christodoulides and Turkish Cypriot leader Tufan Erhurman agreed to open crossings after the two met in Nicosia.")
        // The Turkish Cypriot leader speaks for a community, not for the Republic of Cyprus.
        #expect(TestReading.actors(.meet, in: met) == ["CYP", "Tufan Erhurman"])
        let committed = TestReading.events(
            "Congo and the M23 signed a framework agreement in Doha. Qatar said the parties had committed to negotiating the remaining protocols.")
        #expect(Set(TestReading.actors(.accept, in: committed)) == ["COD", "M23"])
        #expect(committed.filter { $0.kind == .accept }.allSatisfy { !$0.actors.isEmpty })
    }

    @Test func whatTalksAreConditionalOnIsAProvision() {
        let reading = NewsReader.read(
            "Talks\nThe government said talks could resume only if the ELN declared a unilateral ceasefire and released all hostages.")
        #expect(Set(reading.provisions.map(\.type)) == ["ceasefire", "prisoner-exchange"])
        // A ceasefire merely reported is none.
        #expect(NewsReader.read("Talks\nThe ELN declared a unilateral ceasefire and released all hostages.").provisions.isEmpty)
    }
}
