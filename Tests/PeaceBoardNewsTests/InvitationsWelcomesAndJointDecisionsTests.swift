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
