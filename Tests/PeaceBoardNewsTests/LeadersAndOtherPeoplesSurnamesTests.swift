import Testing
@testable import PeaceBoardNews

/// Who leads something, and a surname that is a known person's short form (the sentences here are the house's own).
@Suite struct LeadersAndOtherPeoplesSurnamesTests {
    @Test func whoeverLeadsSomethingIsAPerson() {
        #expect(NewsReader.read("Talks\nThe delegation was headed by Rahmatullah Karimi.").people.map(\.name) == ["Rahmatullah Karimi"])
        #expect(NewsReader.read("Talks\nThe faction, led by Pagan Amum, signed.").people.map(\.name) == ["Pagan Amum"])
        // A state or a body leading is none.
        #expect(NewsReader.read("Talks\nThe coalition, led by Saudi Arabia, agreed.").people.isEmpty)
    }

    @Test func whoeverABodyIsUnderLeadsIt() {
        let text = "Talks\nThe alliance includes the Arusha Liberation Movement under Tomas Okello and the faction under Grace Mwangi."
        #expect(NewsReader.read(text).people.map(\.name) == ["Tomas Okello", "Grace Mwangi"])
        // Under a rule, or after a verb, is no one's leadership.
        #expect(NewsReader.read("Talks\nThe truce was agreed under Chapter Seven of the charter.").people.isEmpty)
    }

    @Test func aKnownShortFormAfterAnotherNameIsAnotherPerson() {
        let other = NewsReader.read("Talks\nDeputy Interior Minister Rahmatullah Najib led the delegation.").people.map(\.name)
        #expect(other == ["Rahmatullah Najib"])
        let known = NewsReader.read("Talks\nMalaysian Prime Minister Najib Razak spoke. Later Najib said he was happy.").people.map(\.name)
        #expect(Set(known) == ["Najib Razak"])
        // A particle of the name itself stands before the surname: "Fayez Al Sarraj" is Fayez al-Sarraj.
        let particle = NewsReader.read("Talks\nPrime Minister Fayez Al Sarraj met the envoy.").people.map(\.name)
        #expect(particle == ["Fayez al-Sarraj"])
    }
}
