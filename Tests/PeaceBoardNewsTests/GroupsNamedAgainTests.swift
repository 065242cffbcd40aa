import Testing
@testable import PeaceBoardNews

/// Who "the guerrillas", "the military government" and "the coup leaders" are (the sentences here are the house's own).
@Suite struct GroupsNamedAgainTests {
    @Test func guerrillasAndInsurgentsAreTheMovementNamedBefore() {
        let text = "Colombia resumed talks with the ELN in Caracas. The guerrillas rejected the ceasefire on Monday."
        #expect(TestReading.actors(.reject, in: TestReading.events(text)) == ["ELN"])
    }

    @Test func theMilitaryGovernmentAndTheCoupLeadersAreTheArmyInPower() {
        for subject in ["The military government", "The coup leaders"] {
            let text = "Niger's junta met the ECOWAS delegation in Niamey. \(subject) rejected the plan."
            #expect(TestReading.actors(.reject, in: TestReading.events(text)) == ["NER"])
        }
    }
}
