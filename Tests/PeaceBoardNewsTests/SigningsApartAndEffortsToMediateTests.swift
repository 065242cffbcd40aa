import Testing
@testable import PeaceBoardNews

/// A signing the report sets apart from its ceremony, a name put to a document, efforts to mediate, and
/// what a document calls for past an aside (the sentences here are the house's own).
@Suite struct SigningsApartAndEffortsToMediateTests {
    @Test func whoSignedBeforeTheCeremonyOrStayedAwayDidNotMeetThere() {
        let earlier = """
            Kenya's government signed the accord on Friday at a ceremony attended by several heads of state.
            The rebel Front for Democracy had initialled the document a day earlier in Arusha.
            """
        #expect(TestReading.actors(.meet, in: TestReading.events(earlier)) == ["KEN"])
        let away = """
            Kenya's government signed the accord on Friday at a ceremony attended by several heads of state.
            Uganda signed it too but its delegates did not attend the ceremony in Nairobi.
            """
        #expect(TestReading.actors(.meet, in: TestReading.events(away)) == ["KEN"])
    }

    @Test func whoPutTheirNameToADocumentSignedIt() {
        let text = "Kenyan President Amara Diallo put his name to the document in a televised ceremony in Nairobi."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["KEN"])
    }

    @Test func whoLeadsEffortsToMediateMediates() {
        let leading = "Tanzania has been leading international efforts to mediate the peace talks."
        #expect(TestReading.actors(.mediate, in: TestReading.events(leading)) == ["TZA"])
    }

    @Test func whatADocumentCallsForPastItsAsideIsNobodysDemand() {
        let text = "The peace accord, hammered out over months under the auspices of the African Union, calls for elected regional assemblies."
        let events = TestReading.events(text)
        #expect(TestReading.actors(.demand, in: events).isEmpty)
        #expect(TestReading.actors(.mediate, in: events) == ["African Union"])
    }

    @Test func whoActsOnBehalfOfABodyFarAlongTheClauseActsForIt() {
        let far = """
            Tomas Okello Mwangi, a member of the Front for Democracy, put his name to the document in a televised \
            ceremony in the capital Nairobi on behalf of the African Union.
            """
        #expect(TestReading.actors(.accept, in: TestReading.events(far)) == ["African Union"])
        let near = "Kenyan President Amara Diallo, on behalf of the East African Community, signed the accord."
        #expect(TestReading.actors(.accept, in: TestReading.events(near)) == ["East African Community"])
        // What a relative clause tells of the person is not what the main clause says they did.
        let relative = "Okello, who signed the accord on behalf of the African Union, said he would not accept any return to war."
        #expect(!TestReading.actors(.accept, in: TestReading.events(relative)).contains("African Union"))
    }
}
