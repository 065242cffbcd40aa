import Testing
@testable import PeaceBoardNews

/// Bodies the gazetteer does not list, named for what they are for ("the Front for … in Chad"), and
/// someone set off as coming from one (the sentences here are the house's own).
@Suite struct BodiesNamedForTheirAimsTests {
    @Test func aBodyNamedForItsAimEndsWithTheStateItActsIn() {
        let reading = NewsReader.read("Talks\nHowever, the Front for Unity and Justice in Kenya, the main rebel group in the country, did not sign the pledge.")
        #expect(reading.organisations.map(\.name) == ["Front for Unity and Justice in Kenya"])
        let refusals = reading.events.filter { $0.kind == .accept && $0.negated }
        #expect(refusals.flatMap(\.actors).map(\.name) == ["Front for Unity and Justice in Kenya"])
    }

    @Test func aCouncilForAnAimIsABody() {
        let reading = NewsReader.read("Talks\nAmara Diallo, from the National Council for Reform, said all Kenyans will be happy.")
        #expect(reading.organisations.map(\.name) == ["National Council for Reform"])
        #expect(reading.people.map(\.name) == ["Amara Diallo"])
        // An office for a portfolio names no body.
        #expect(NewsReader.read("Talks\nThe Minister for Foreign Affairs met reporters in Nairobi.").organisations.isEmpty)
    }
}
