import Testing
@testable import PeaceBoardNews

/// Ultimatums given, threats forsworn, and who a list of attendees names past a possessive or a
/// group drawn from a body (the sentences here are the house's own).
@Suite struct UltimatumsPledgesAndAttendeesTests {
    @Test func whoIssuesAnUltimatumThreatens() {
        let events = TestReading.events("Kenya also issued a three-month ultimatum for foreign troops to leave the border area.")
        #expect(events.filter { $0.kind == .threaten }.map(\.cameo.code) == ["139"])
        #expect(TestReading.actors(.threaten, in: events) == ["KEN"])
    }

    @Test func aThreatForswornIsNoneMade() {
        for text in [
            "Kenya and Uganda will not, directly or indirectly, threaten or use force against each other.",
            "Kenya and Uganda agreed on Thursday, at a meeting chaired by their presidents in Arusha, not to threaten each other.",
            "Kenya pledged never to threaten Uganda.",
        ] {
            #expect(TestReading.events(text).filter { $0.kind == .threaten }.isEmpty, "\(text)")
        }
        // A threat denied is still a finding about it.
        let denied = TestReading.events("Kenya has not threatened Uganda.").filter { $0.kind == .threaten }
        #expect(denied.map(\.negated) == [true])
    }

    @Test func attendeesIncludedPastAnOfficeAndObserversFromABody() {
        let text = """
            The meeting was also attended by several African Union leaders including AU Chair, Kenya's President, \
            Amara Diallo, as well as observers from the United Nations.
            """
        let attended = TestReading.actors(.meet, in: TestReading.events(text))
        #expect(Set(attended) == ["African Union", "KEN", "United Nations"])
        // The body named again ("AU Chair") is listed once.
        #expect(attended.count == 3)
    }
}
