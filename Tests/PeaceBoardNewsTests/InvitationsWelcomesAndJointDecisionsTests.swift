import Testing
@testable import PeaceBoardNews

/// Invitations extended by someone, guests welcomed, and decisions agreed with someone (the sentences here are the house's own).
@Suite struct InvitationsWelcomesAndJointDecisionsTests {
    @Test func anInvitationExtendedBySomeoneIsTheirs() {
        let text = "President Tomas Okello is coming to Nairobi upon an invitation extended to him by Kenyan President Dr. Amara Diallo."
        #expect(TestReading.actors(.invite, in: TestReading.events(text)) == ["KEN"])
        #expect(TestReading.actors(.demand, in: TestReading.events("The request made by Kenya was refused.")) == ["KEN"])
    }

    @Test func aGuestWelcomedIsMetAndADealWelcomedIsPraised() {
        let guest = TestReading.events("Kenyan President William Ruto welcomed Ugandan President Yoweri Museveni at State House.")
        #expect(Set(TestReading.actors(.meet, in: guest)) == ["KEN", "UGA"])
        #expect(TestReading.actors(.support, in: guest).isEmpty)
        let arriving = TestReading.events("Uganda's president, Yoweri Museveni, was welcomed on Sunday by Kenya's president, William Ruto, at the airport.")
        #expect(Set(TestReading.actors(.meet, in: arriving)) == ["KEN", "UGA"])
        let proposal = TestReading.events("Museveni's proposal to resume talks has been welcomed by Ruto.")
        #expect(TestReading.actors(.support, in: proposal) == ["KEN"])
        #expect(TestReading.actors(.meet, in: proposal).isEmpty)
    }

    @Test func whoADecisionIsAgreedWithAgreesToo() {
        #expect(Set(TestReading.actors(.accept, in: TestReading.events("Kenya agreed with Uganda to reopen the border."))) == ["KEN", "UGA"])
        #expect(TestReading.actors(.accept, in: TestReading.events("Kenya agreed with Uganda's view of the talks.")) == ["KEN"])
    }
}

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

/// Whom a deal is with, at the talks where it was agreed (the sentences here are the house's own).
@Suite struct DealPartnersAtTalksTests {
    @Test func whomADealIsWithWasAtTheTalks() {
        let text = "Kenya initialled a border treaty with Uganda during talks in Arusha on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
    }
}

/// Who discussed something together (the sentences here are the house's own).
@Suite struct DiscussedTogetherTests {
    @Test func whoDiscussTogetherMeet() {
        let together = "Kenyan Foreign Minister Amara Diallo and Ugandan Foreign Minister Tomas Okello discussed a plan on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(together))) == ["KEN", "UGA"])
        let with = "Kenyan President William Ruto discussed the border with Ugandan President Yoweri Museveni by phone."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(with))) == ["KEN", "UGA"])
    }

    @Test func whoDiscussAloneOrWithNobodyNamedMeetNoOne() {
        #expect(TestReading.actors(.meet, in: TestReading.events("The Kenyan cabinet discussed the budget.")).isEmpty)
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenyan Foreign Minister Amara Diallo discussed the terms with government colleagues.")).isEmpty)
    }
}
