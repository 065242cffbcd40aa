import Testing

@testable import PeaceBoardNews

/// Invitations by a titled host, observers and companions at a signing, deals that open their sentence,
/// and what is still to come (the sentences here are the house's own).
@Suite struct InvitationsObserversAndCompanionsTests {
    @Test func anInvitationOfATitledPersonIsTheirs() {
        let events = TestReading.events("Mahama visited Nairobi at the invitation of President William Ruto.")
        #expect(TestReading.actors(.invite, in: events) == ["KEN"])
    }

    @Test func observersAndCompanionsWereThere() {
        let observer = TestReading.events("The State of Qatar participated as an observer in the talks.")
        #expect(TestReading.actors(.meet, in: observer) == ["QAT"])
        let attending = TestReading.events(
            "Ghana and Togo signed the agreement, with Kenyan President William Ruto and both nations' foreign ministers in attendance.")
        #expect(TestReading.actors(.meet, in: attending) == ["KEN"])
        let alongWith = TestReading.events(
            "The signing was attended by Kenyan President William Ruto and Ghana's foreign minister, along with senior officials from the African Union and the State of Qatar.")
        #expect(Set(TestReading.actors(.meet, in: alongWith)) == ["KEN", "GHA", "African Union", "QAT"])
        let hosted = TestReading.events("Kenyan Foreign Minister Amina Odhiambo hosted the event at the State House in Nairobi.")
        #expect(TestReading.actors(.meet, in: hosted).first == "KEN")
    }

    @Test func anOwnersMediationClosingAListIsTheOwnersAlone() {
        let events = TestReading.events("Ruto praised the leadership of Ghana, the partnership with the African Union, and Qatar’s mediation efforts.")
        #expect(TestReading.actors(.mediate, in: events) == ["QAT"])
        let joint = TestReading.events("The deal came with Egypt and Qatar's mediation.")
        #expect(TestReading.actors(.mediate, in: joint) == ["EGY", "QAT"])
    }

    @Test func aDealsTwoSidesAreWhomBothCountriesStandFor() {
        let events = TestReading.events(
            "A peace agreement between Ghana and Togo was signed in Accra on Monday. Kenya and Qatar helped to broker the deal. Within 90 days, both countries agreed to implement a disengagement plan.")
        #expect(events.filter { $0.kind == .accept && $0.trigger.text == "agreed" }.flatMap(\.actors).compactMap(\.state) == ["GHA", "TGO"])
    }

    @Test func whoJoinsAnotherInSigningSigns() {
        let events = TestReading.events("Ghana joined Togo in signing the accord.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["GHA", "TGO"])
        // Joining a signing to come is no signature.
        let toCome = TestReading.events("Ghana's parties agreed to join Togo's parties in signing the accord, Ruto said.")
        #expect(!TestReading.actors(.accept, in: toCome).contains("KEN"))
    }

    @Test func aDealThatOpensItsSentenceWasMadeByItsTwoSides() {
        let events = TestReading.events("The agreement between Ghana and Togo marks a significant milestone toward regional stability.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["GHA", "TGO"])
        let toCome = TestReading.events("The agreement between Ghana and Togo is expected to be signed next week.")
        let signings = toCome.filter { $0.kind == .accept }
        #expect(!signings.isEmpty && signings.allSatisfy { $0.hedged })
    }

    @Test func whatIsStillToComeIsHedged() {
        let condition = TestReading.events("Ghana will launch an operation against the rebels, provided Togo removes its defensive measures.")
        let demands = condition.filter { $0.kind == .demand }
        #expect(!demands.isEmpty && demands.allSatisfy { $0.hedged })
        let lookingForward = TestReading.events("In the coming weeks, Kenya looks forward to hosting a summit of the heads of state in Nairobi.")
        let meetings = lookingForward.filter { $0.kind == .meet }
        #expect(!meetings.isEmpty && meetings.allSatisfy { $0.hedged })
    }

    @Test func aProhibitionOfHostilitiesIsACeasefire() {
        let reading = NewsReader.read("Talks\nThe agreement outlines mutual respect for national sovereignty and a formal prohibition of hostilities.")
        #expect(reading.provisions.map(\.type) == ["ceasefire"])
    }
}
