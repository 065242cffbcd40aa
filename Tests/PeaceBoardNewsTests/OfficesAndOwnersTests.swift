import Testing

@testable import PeaceBoardNews

/// Offices, owners and kinds of talks as news writes them around a name or a plan.
@Suite struct OfficesAndOwnersTests {
    private func actors(_ kind: EventKind, in text: String) -> [String] {
        TestReading.actors(kind, in: TestReading.events(text))
    }

    @Test func anOfficialInAppositionAfterTheBodysMarkSpeaksForIt() {
        #expect(actors(.demand, in: "The Barisan Revolusi Nasional (BRN) met. The BRN's chief negotiator, Anas Abdulrahman, called on Thailand to release its members.") == ["Barisan Revolusi Nasional"])
        #expect(actors(.demand, in: "A senior Hamas official, Basem Naim, said the group wanted guarantees that the truce would last.") == ["Hamas"])
        // A remit with a state's name between leaves an envoy nobody lists named alone; one the gazetteer
        // lists speaks for the body of the office it gives.
        #expect(actors(.support, in: "The UN envoy for Libya, Jan Novak, welcomed the release.") == ["Jan Novak"])
        #expect(actors(.support, in: "The UN envoy for Yemen, Hans Grundberg, welcomed the release.") == ["United Nations"])
    }

    @Test func aStateBeforeALowerCasePortfolioIsTheOfficesState() {
        let reading = NewsReader.read("Talks\nFormer Malaysian armed forces chief Zulkifli Zainal Abidin, who facilitates the dialogue, said talks would resume.")
        #expect(reading.people.first?.state == "MYS")
        #expect(reading.events.first { $0.kind == .mediate }?.actors.compactMap(\.state) == ["MYS"])
    }

    @Test func anOfficeWithItsRemitStillPrecedesAName() {
        let reading = NewsReader.read("Talks\nU.S. special envoy for hostage affairs Adam Boehler thanked Qatar for its help and urged the Taliban to release the remaining detained Americans.")
        #expect(reading.people.map(\.name) == ["Adam Boehler"])
        #expect(reading.events.first { $0.kind == .demand }?.actors.map(\.name) == ["Adam Boehler"])
    }

    @Test func talksOfAKindAreStillTalks() {
        #expect(actors(.meet, in: "Thailand's government and the Barisan Revolusi Nasional (BRN), the main rebel group in the south, resumed peace talks on Tuesday.") == ["THA", "Barisan Revolusi Nasional"])
        #expect(actors(.meet, in: "Colombia's government and the Gulf Clan, the country's largest drug-trafficking group, opened formal negotiations in Doha.") == ["COL", "Gulf Clan"])
    }

    @Test func aPlanNamedByAStatesAdjectiveIsThatStatesProposal() {
        #expect(actors(.propose, in: "Hamas said it was still studying a U.S. proposal for a 60-day ceasefire.") == ["USA"])
        #expect(actors(.propose, in: "Arab leaders endorsed an Egyptian plan on Tuesday.") == ["EGY"])
    }

    @Test func whatFollowsADemandsThatIsPartOfItUnlessJoinedByAnd() {
        let found = NewsReader.read("Talks\nRwanda insisted that Kinshasa hold direct talks with the M23 rebels. Tshisekedi demanded that the rebels lay down their arms and rejected any power-sharing arrangement.").events
        #expect(found.allSatisfy { $0.kind != .meet })
        #expect(found.contains { $0.kind == .reject })
    }

    @Test func aFullCeasefireIsSaidOfTheCeasefireItself() {
        let provisions = NewsReader.read("Talks\nHamas wanted guarantees that the truce would lead to a permanent end of the war and a full Israeli withdrawal.").provisions
        #expect(provisions.first { $0.type == "ceasefire" }?.parameters["full"] == nil)
    }
}
