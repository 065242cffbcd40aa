import Testing
@testable import PeaceBoardNews

/// An invitation someone received is the act of whom it came from (the sentences here are the house's own).
@Suite struct InvitationsReceivedTests {
    @Test func anInvitationReceivedFromSomeone() {
        let text = "Okello received a formal invitation over the weekend from Kenyan President Amina Odhiambo to attend the signing ceremony."
        #expect(TestReading.actors(.invite, in: TestReading.events(text)) == ["KEN"])
        // An invitation with nobody it came from invites nobody named.
        #expect(TestReading.actors(.invite, in: TestReading.events("The invitation arrived over the weekend.")).isEmpty)
    }
}
