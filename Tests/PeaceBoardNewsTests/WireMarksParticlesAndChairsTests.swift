import Testing
@testable import PeaceBoardNews

/// Two apostrophes closing a straight quotation, names joined by "e" or "y", promises made with
/// "shall", what nobody does, and talks chaired by someone (the sentences here are the house's own).
@Suite struct WireMarksParticlesAndChairsTests {
    @Test func twoApostrophesCloseAStraightQuotation() {
        let reading = NewsReader.read("Talks\n\"Nobody doubts the leader's word,'' the rebel official said in Arusha on Friday.")
        #expect(reading.quotes.map(\.text) == ["Nobody doubts the leader's word,"])
    }

    @Test func namesJoinedByEOrYAreOneName() {
        let text = "“The accord will hold,” spokesman Paulo de Souza e Castro said in Maputo on Friday."
        #expect(NewsReader.read("Talks\n" + text).people.map(\.name) == ["Paulo de Souza e Castro"])
        // Named again from the second part on: the same person.
        let again = text + " “It is a start,” de Souza e Castro added."
        #expect(Set(NewsReader.read("Talks\n" + again).people.map(\.name)) == ["Paulo de Souza e Castro"])
    }

    @Test func whatShallBeDoneOrNobodyDoesIsNotDone() {
        let shall = "“I shall sign it as president of Kenya,” Kenyan President Amara Diallo said in Arusha on Friday."
        #expect(!TestReading.events(shall).contains { $0.kind == .accept && !$0.hedged })
        let nobody = "“Nobody rejects the accord,” Kenyan President Amara Diallo said in Arusha on Friday."
        #expect(!TestReading.events(nobody).contains { $0.kind == .reject && !$0.negated })
    }

    @Test func whoChairedTheTalksMediatedThem() {
        let chaired = "The talks in Arusha, chaired by the Tanzanian government, have lasted six weeks."
        #expect(TestReading.actors(.mediate, in: TestReading.events(chaired)) == ["TZA"])
        let committee = "The committee was chaired by the Tanzanian government."
        #expect(TestReading.actors(.mediate, in: TestReading.events(committee)).isEmpty)
    }
}
