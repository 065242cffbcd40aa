import Testing

@testable import PeaceBoardNews

/// From a ninth batch measured before tuning (own 160–165): offers to talk, vows to fight,
/// conditions stated with "only once", praise of a great day, and borders settled, weapons
/// handed over and territory left as provisions.
@Suite struct OffersVowsAndConditionsTests {
    @Test func willingnessToTalkIsAnOfferNotAnAcceptance() {
        let found = TestReading.events("Venezuelan President Nicolas Maduro said he was willing to talk with the United States.")
        #expect(found.map(\.kind) == [.propose])
        #expect(TestReading.actors(.propose, in: found) == ["VEN"])
    }

    @Test func aVowToFightOnIsAThreat() {
        let found = TestReading.events("Army chief Abdel Fattah al-Burhan has vowed to fight on until the paramilitary group is defeated.")
        #expect(found.map(\.kind) == [.threaten])
    }

    @Test func actingOnlyOnceSomethingHappensDemandsIt() {
        let found = TestReading.events("Tshisekedi said Congo would implement the framework only once Rwandan troops had left its territory.")
        #expect(TestReading.actors(.demand, in: found) == ["COD"])
        #expect(found.first { $0.kind == .demand }?.hedged == false)
        let provisions = NewsReader.read("Talks\nTshisekedi said Congo would implement the framework only once Rwandan troops had left its territory.").provisions
        #expect(provisions.map(\.type) == ["territorial-arrangement"])
    }

    @Test func settlingABorderAndHandingOverWeaponsAreProvisions() {
        let border = NewsReader.read("Talks\nThe presidents signed a treaty settling the last disputed sections of their border.").provisions
        #expect(border.map(\.type) == ["territorial-arrangement"])
        let weapons = NewsReader.read("Talks\nDbeibah demanded that the militias be disbanded once they handed over their weapons to the state.").provisions
        #expect(weapons.map(\.type) == ["armed-forces-limit"])
    }

    @Test func aGreatDayIsPraise() {
        let found = TestReading.events("President Donald Trump called it \u{201C}a great day for Africa\u{201D}.")
        #expect(TestReading.actors(.support, in: found) == ["USA"])
    }
}
