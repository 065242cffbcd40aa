import Testing
@testable import PeaceBoardNews

/// People named by a churchman's title, by a deputy's office or by two offices set off after the
/// name, and bodies called a community (the sentences here are the house's own).
@Suite struct ClergyDeputiesAndCommunitiesTests {
    private func people(_ text: String) -> [PersonMention] { NewsReader.read("Talks\n" + text).people }

    @Test func aChurchmansTitleOpensAName() {
        #expect(people("Monsignor Amara Diallo of the Kenyan Episcopal Conference attended the talks.").map(\.name) == ["Amara Diallo"])
    }

    @Test func aDeputysOfficeSetOffAfterTheNameAndARegionThatIsNoState() {
        let found = people("Tomas Okello, deputy president of the Somali regional state, attended the talks.")
        #expect(found.map(\.name) == ["Tomas Okello"])
        // The Somali region is inside a state; it is not Somalia.
        #expect(found.first?.state == nil)
    }

    @Test func twoCapitalisedOfficesSetOffAfterTheName() {
        let text = "The talks were attended by Amara Diallo, Finance Minister and Chairman of the Kenya African National Union, and others."
        #expect(people(text).map(\.name) == ["Amara Diallo"])
        // A capitalised office after a comma that names no one's office still opens the next name of a list.
        let listed = people("Talks were held by Kenyan President Amara Diallo, President Tomas Okello of Uganda and others.")
        #expect(listed.map(\.name) == ["Amara Diallo", "Tomas Okello"])
        #expect(listed.first?.office == "President")
    }

    @Test func theEndOfABodysNameIsNoOnesName() {
        let text = "Speakers included Amara Diallo, chair of the High Council for National Reconciliation, Taliban deputy leader Tomas Okello and others."
        #expect(!people(text).map(\.name).contains("National Reconciliation"))
    }

    @Test func aCommunityNamedWithOfIsABody() {
        let text = "Amara Diallo, Secretary General of the Community of Sant'Egidio, facilitated the declaration."
        #expect(TestReading.actors(.mediate, in: TestReading.events(text)) == ["Community of Sant'Egidio"])
    }

    @Test func malayStylesBeforeANameAndPanelsAndProvincesThatAreNoOne() {
        let styled = people("Malaysia's Gen Tan Sri Dato' Sri Amara Diallo, facilitator of the talks, met Ustaz Tomas Okello, a representative of the rebels.")
        #expect(styled.map(\.name) == ["Amara Diallo", "Tomas Okello"])
        let bodies = people("Kenya's Peace Dialogue Panel, the talks' organiser, met in the Southern Border Provinces of Kenya, officials said.")
        #expect(bodies.isEmpty)
    }
}
