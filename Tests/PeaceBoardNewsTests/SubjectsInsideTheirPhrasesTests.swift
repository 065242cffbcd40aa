import Testing
@testable import PeaceBoardNews

/// Who acts when a subject names its actors inside a longer phrase: offices set off by commas before
/// the names, and groups drawn from those named (the sentences here are the house's own).
@Suite struct SubjectsInsideTheirPhrasesTests {
    @Test func officesSetOffBeforeTheNamesOfAListedSubject() {
        let text = "Kenya's President, Dr. Amara Diallo, and Uganda's President, Tomas Okello, signed the accord in Arusha."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func aGroupDrawnFromTheNextOneNamedIsPartOfTheSubject() {
        let text = "Negotiators for the government of Kenyan President Amara Diallo and remnants of the ELN guerrillas agreed on Friday to a truce."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "ELN"])
        let delegation = "Representatives of Colombia's government and a delegation from the ELN met in Havana on Monday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(delegation))) == ["COL", "ELN"])
    }

    @Test func peopleSentBySomeoneWithAnOfficeAreNoBody() {
        let reading = NewsReader.read("Talks\nRepresentatives of President Amara Diallo's administration met the rebels in Nairobi.")
        #expect(reading.people.map(\.name) == ["Amara Diallo"])
        #expect(reading.organisations.isEmpty)
    }

    @Test func theAgentsOfficeSetOffBeforeTheName() {
        let text = "Ugandan President Tomas Okello was welcomed on Sunday by Kenya's president, Amara Diallo, at State House."
        let hosts = TestReading.events(text).filter { $0.kind == .meet && $0.cameo.code == "043" }
        // The host is the person, of the state whose office the possessive names.
        #expect(hosts.flatMap(\.actors).map { "\($0.name) \($0.state ?? "-")" } == ["Amara Diallo KEN"])
    }

    @Test func aBodysOfficialSetOffSpeaksForTheBody() {
        let text = "Kenya welcomed the offer following a private meeting with the African Union's mediator, Amara Diallo."
        let met = TestReading.events(text).filter { $0.kind == .meet }.flatMap(\.actors)
        #expect(met.contains { $0.name == "Amara Diallo" && $0.organisation == "African Union" })
    }

    @Test func aCounterpartSetOffAfterTheOfficeIsMet() {
        let text = "Kenyan Foreign Minister Amara Diallo held talks in Kampala with his Ugandan counterpart, Tomas Okello, on Monday."
        let met = TestReading.events(text).filter { $0.kind == .meet }.flatMap(\.actors)
        #expect(Set(met.map(\.name)).isSuperset(of: ["Amara Diallo", "Tomas Okello"]))
    }
}
