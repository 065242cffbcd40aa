import Testing
@testable import PeaceBoardNews

@Suite struct PlaceTests {
    @Test func statesAreFoundByNameAdjectiveCapitalAndSeat() {
        let reading = NewsReader.read("""
            Talks Resume
            Ethiopian officials met Eritrean envoys in Addis Ababa, while the Kremlin and Washington watched. Sudan's army said it would join.
            """)
        #expect(Set(reading.states.map(\.state)).isSuperset(of: ["ETH", "ERI", "RUS", "USA", "SDN"]))
        #expect(reading.states.first { $0.state == "ETH" }?.form == .adjective)
        #expect(reading.states.first { $0.state == "RUS" }?.form == .seat)
    }

    @Test func officesTakeTheStateNamedBeforeThem() {
        let reading = NewsReader.read("""
            Summit
            Turkish President Recep Tayyip Erdogan met U.S. Secretary of State Marco Rubio and Kremlin spokesman Dmitry Peskov.
            """)
        let states = Dictionary(uniqueKeysWithValues: reading.people.map { ($0.name, $0.state ?? "-") })
        #expect(states == ["Recep Tayyip Erdogan": "TUR", "Marco Rubio": "USA", "Dmitry Peskov": "RUS"])
    }

    @Test func organisationsUseTheirMainName() {
        let reading = NewsReader.read("Vote\nThe U.N. Security Council backed the plan, and NATO and the SCO said little; the Board of Peace will meet.")
        #expect(Set(reading.organisations.map(\.name)) == ["UN Security Council", "NATO", "Shanghai Cooperation Organisation", "Board of Peace"])
    }

    @Test func seed000NamesTheStatesItSpeaksOf() throws {
        let reading = NewsReader.read(try Seeds.text("000"))
        #expect(Set(reading.states.map(\.state)).isSuperset(of: ["RUS", "USA", "BLR", "HUN", "ISR", "CHN"]))
        #expect(reading.people.first { $0.name == "Vladimir Putin" }?.state == "RUS")
        #expect(reading.people.first { $0.name == "Dmitry Peskov" }?.state == "RUS")
        #expect(Set(reading.organisations.map(\.name)).isSuperset(of: ["Board of Peace", "World Bank", "UN Security Council"]))
    }

    @Test func adjectivesSharedWithTerritoriesNameTheMemberState() {
        let reading = NewsReader.read("Talks\nFrench and American diplomats met Dutch officials on Monday to discuss the plan.")
        #expect(reading.states.map(\.state) == ["FRA", "USA", "NLD"])
    }

    @Test func everyUNMemberIsInTheGazetteer() {
        #expect(Gazetteer.states.filter(\.isUNMember).count == 193)
    }
}
