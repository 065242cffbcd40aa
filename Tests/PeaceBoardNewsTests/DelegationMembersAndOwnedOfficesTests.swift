import Testing

@testable import PeaceBoardNews

/// Members of a state's delegation, offices set off before a name or owned by a state, a government named by
/// the name it gives itself, and a deal hoped of as a step (the sentences here are the house's own, but for
/// people and names the gazetteer lists).
@Suite struct DelegationMembersAndOwnedOfficesTests {
    @Test func aMemberOfAStatesDelegationIsOfThatState() {
        let reading = NewsReader.read("Talks\nGhana’s delegation, including intelligence chief General Kofi Mensah, participated in the talks.")
        #expect(reading.people.first?.state == "GHA")
    }

    @Test func anOfficeSetOffBeforeANameGivesItsState() {
        let reading = NewsReader.read("Talks\nThe Director of the National Intelligence Organisation of Ghana, Kofi Mensah, was also present.")
        #expect(reading.people.first?.state == "GHA")
        // An office held against the state gives none.
        let opposition = NewsReader.read("Talks\nThe deputy leader of the Ghanaian opposition, Kofi Mensah, announced the break in the talks.")
        #expect(opposition.people.first?.state == nil)
    }

    @Test func theWordsOfAStatesOfficeHolderAreTheirs() {
        let text = "Talks\nThe Ghanaian delegation was headed by Defence Minister Kofi Mensah. Ghana’s defence minister posted on X that “attacks will stop immediately,” emphasizing respect."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Kofi Mensah"])
    }

    @Test func aGovernmentNamedAsItNamesItselfIsItsState() {
        let events = TestReading.events("Afghanistan’s Islamic Emirate and the government of Ghana have reached an agreement on a ceasefire.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["AFG", "GHA"])
        #expect(NewsReader.read("Talks\nAfghanistan’s Islamic Emirate and the government of Ghana have reached an agreement.").people.isEmpty)
        let reading = NewsReader.read("Talks\nKh Asif says attacks must be stopped immediately.")
        #expect(reading.people.map(\.name) == ["Khawaja Asif"])
    }

    @Test func aDealHopedOfAsAStepIsPraised() {
        let step = TestReading.events("The Kenyan foreign ministry expressed hope that this important step will end tensions on the border.")
        #expect(TestReading.actors(.support, in: step) == ["KEN"])
        let hope = TestReading.events("Ruto expressed hope that the ceasefire would let thousands of people return home.")
        #expect(hope.filter { $0.kind == .support }.isEmpty)
    }
}
