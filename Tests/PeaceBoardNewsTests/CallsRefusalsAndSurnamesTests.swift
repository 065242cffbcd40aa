import Testing
@testable import PeaceBoardNews

/// Who telephoned, who refused by a noun, who was delighted with a deal, whom "Mr" and a surname stand
/// for, and who was dismissed from office (the sentences here are the house's own).
@Suite struct CallsRefusalsAndSurnamesTests {
    @Test func whoTelephonedMet() {
        let received = "The president received a phone call from Kenyan President Amara Diallo on Monday."
        #expect(TestReading.actors(.meet, in: TestReading.events(received)) == ["KEN"])
        let call = "A late-night telephone call from Kenyan President Amara Diallo to Tomas Okello was decisive."
        #expect(TestReading.actors(.meet, in: TestReading.events(call)) == ["KEN"])
        // A call from a state for calm is an appeal.
        let appeal = "A call from Kenya for calm went unheeded."
        #expect(TestReading.actors(.meet, in: TestReading.events(appeal)).isEmpty)
        #expect(TestReading.actors(.demand, in: TestReading.events(appeal)) == ["KEN"])
    }

    @Test func aRefusalByNounRejectsWhatFollowsIt() {
        let by = "The talks stalled after the refusal by Uganda to accept a deal agreed between Kenya and Tanzania."
        let events = TestReading.events(by)
        #expect(TestReading.actors(.reject, in: events) == ["UGA"])
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "TZA"])
        let later = "The talks stalled after the refusal by Uganda earlier in the evening to accept the deal."
        #expect(TestReading.actors(.accept, in: TestReading.events(later)).isEmpty)
        let parties = "Talks stalled after the refusal by Sinn Fein to accept a deal agreed between the SDLP and the Ulster Unionist Party."
        #expect(TestReading.actors(.reject, in: TestReading.events(parties)) == ["Sinn Féin"])
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(parties))) == ["Social Democratic and Labour Party", "Ulster Unionist Party"])
        let owned = "Uganda's refusal to accept the deal stalled the talks."
        #expect(TestReading.actors(.accept, in: TestReading.events(owned)).isEmpty)
    }

    @Test func whoWasDelightedWithADealSupportsIt() {
        let delighted = "Kenyan President Amara Diallo and Tanzanian President Joseph Mwangi were delighted with the extent of the deal."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(delighted))) == ["KEN", "TZA"])
        let weather = "Kenyan President Amara Diallo was pleased with the weather in Arusha."
        #expect(TestReading.actors(.support, in: TestReading.events(weather)).isEmpty)
    }

    @Test func mrAndASurnameStandForTheNameGivenInFull() {
        let text = """
            A late-night telephone call to Tomas Okello was decisive, officials in Arusha said.
            Mr Okello and the rebel team began to negotiate again on Friday.
            """
        #expect(NewsReader.read("Talks\n" + text).people.map(\.name).contains("Tomas Okello"))
    }

    @Test func aTitleOnlyOneStateGivesIsThatStates() {
        let taoiseach = "Taoiseach Sean Murphy and British Prime Minister James Cole were delighted with the deal."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(taoiseach))) == ["IRL", "GBR"])
        let alone = "The Taoiseach hailed the agreement as historic."
        #expect(TestReading.actors(.support, in: TestReading.events(alone)) == ["IRL"])
    }

    @Test func anOfficialDismissedIsNoProposalRejected() {
        let fired = "Lesotho's King Tomas Letsie, who dismissed the previous civilian government in February, was forced to restore it."
        #expect(TestReading.actors(.reject, in: TestReading.events(fired)).isEmpty)
        let proposal = "Kenya dismissed the president's proposal as unworkable."
        #expect(TestReading.actors(.reject, in: TestReading.events(proposal)) == ["KEN"])
    }
}
