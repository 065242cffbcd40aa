import Testing
@testable import PeaceBoardNews

/// A dateline joined by two hyphens, adjectives and bodies that are no refusal and no one, a UN
/// mission, the body before an office kept for later mentions, and who spoke at a signing (the
/// sentences here are the house's own).
@Suite struct DashesGuardsAndSpeakersAtSigningsTests {
    private func people(_ text: String) -> [PersonMention] { NewsReader.read("Talks\n" + text).people }

    @Test func twoHyphensAreADashBetweenWords() {
        let events = TestReading.events("ARUSHA--Kenya’s two rival factions signed a ceasefire agreement on Friday.")
        #expect(TestReading.actors(.accept, in: events) == ["KEN"])
    }

    @Test func opposedBeforeItsNounIsNoRefusal() {
        let text = """
            “Today is a good day,” said Amara Diallo, the UN’s envoy to Kenya, where the government has been battling a rival \
            administration led by Field Marshal Tomas Okello.

            Since then, the country has been riven by local conflicts and divided between the two bitterly opposed administrations.
            """
        #expect(TestReading.actors(.reject, in: TestReading.events(text)).isEmpty)
        #expect(TestReading.actors(.reject, in: TestReading.events("Kenya opposed the plan.")) == ["KEN"])
    }

    @Test func guardsAreABodyAndAUNMissionIsTheUN() {
        #expect(people("The parties agreed to restructure the Petroleum Facilities Guards, a militia allied to Kenya's army.").isEmpty)
        let reading = NewsReader.read("Talks\nUNSMIL welcomed the agreement on Friday.")
        #expect(TestReading.actors(.support, in: reading.events) == ["United Nations"])
    }

    @Test func theBodyBeforeAnOfficeSpeaksForItsHolderLaterToo() {
        let text = "The deal follows talks led by UN envoy for Kenya Amara Diallo. She also welcomed the reopening of the border."
        let found = people(text)
        #expect(found.first?.organisation == "United Nations")
        #expect(TestReading.actors(.support, in: TestReading.events(text)) == ["United Nations"])
    }

    @Test func aSignerWhoSpokeAtTheCeremonyWasThere() {
        let text = """
            The accord was initialled by Kenyan President Amara Diallo. "The accord opens the door for peace," Diallo declared at the ceremony.
            """
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["KEN"])
    }

    @Test func whoSpokeAtTheSigningWasThere() {
        let text = """
            Kenya's government signed a pledge in Doha on Monday. Qatar's foreign minister, Amara Diallo, speaking at the signing, \
            called on groups that had not signed to join the agreement.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "QAT"])
    }
}
