import Testing
@testable import PeaceBoardNews

/// A document's own verb past the aside naming its signers, who spoke in a meeting, who signed
/// along with others named far on, and talks hosted in a capital (the sentences here are the house's own).
@Suite struct DocumentsVerbsAndSpeakersMeetingsTests {
    @Test func theDocumentsOwnVerbPastTheAsideOfItsSigners() {
        let text = """
            The agreement, signed by Kenyan President Amara Diallo, Uganda President Tomas Okello, and Ethiopian President \
            Joseph Mwangi, calls for peacekeepers to patrol the corridor and for Uganda to withdraw from the contested districts.
            """
        let events = TestReading.events(text)
        #expect(TestReading.actors(.demand, in: events).isEmpty)
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "UGA", "ETH"])
    }

    @Test func whoSpokeInAMeetingHeldIt() {
        let text = "“The statement will become a crucial point,” Kenya’s President Amara Diallo said in a televised online meeting with Ugandan President Tomas Okello."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)).contains("KEN"))
    }

    @Test func whoSignedAlongWithOthersNamedFarOn() {
        let text = """
            Kenyan President Amara Diallo announced the deal. “I have signed a statement on the termination of the Turkana war \
            along with the Ugandan and Ethiopian presidents,” Diallo wrote.
            """
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "UGA", "ETH"])
    }

    @Test func talksHostedInACapitalAreItsGovernments() {
        let text = "The rivals approved a deal negotiated during weeks of talks hosted in Nairobi between Uganda’s warring factions."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)).contains("KEN"))
    }
}
