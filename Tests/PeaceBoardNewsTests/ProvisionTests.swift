import PeaceBoardCore
import Testing
@testable import PeaceBoardNews

@Suite struct ProvisionTests {
    func provisions(_ body: String) -> [String] {
        NewsReader.read("Report\n" + body).provisions.map { "\($0.type) \(JSONValue.object($0.parameters).canonicalText)" }
    }

    @Test func theSeedsProvisionsWithTheirParameters() throws {
        let plan = NewsReader.read(try Seeds.text("003")).provisions.map { "\($0.type) \(JSONValue.object($0.parameters).canonicalText)" }
        #expect(plan == [
            #"membership-postponement {"candidate":"UKR","organisation":"org:nato","years":20}"#,
            #"demilitarised-zone {"monitorsDescription":"European peacekeeping forces"}"#,
        ])
        let ceasefire = NewsReader.read(try Seeds.text("004")).provisions.first { $0.type == "ceasefire" }
        #expect(ceasefire?.parameters == ["days": .integer(30), "full": .bool(true), "unconditional": .bool(true)])
        #expect(ceasefire?.cue.text == "ceasefire")
    }

    @Test func accordsToEndArmedHostilitiesRedeploymentAndWeaponsHandedIn() {
        #expect(provisions("The two leaders signed a peace accord to end armed hostilities.") == ["ceasefire {}"])
        #expect(provisions("According to officials, the hostilities will end.").isEmpty)
        #expect(provisions("The deal will see a mutual redeployment of forces from the port.").map { $0.prefix(23) } == ["territorial-arrangement"])
        #expect(provisions("Under the agreement, the rebels will hand their weapons to observers.") == ["armed-forces-limit {}"])
        // Observers a body sponsors propose nothing of its own.
        #expect(TestReading.events("The rebels will hand their weapons to UN-sponsored observers.").isEmpty)
    }

    @Test func borderTreatiesRoadmapsPledgesAndTheEndOfViolence() {
        #expect(provisions("The presidents of Uzbekistan and Kazakhstan have signed a border treaty.").contains { $0.hasPrefix("territorial-arrangement") })
        #expect(provisions("Under the roadmap, a truce will begin at midnight.") == ["ceasefire {}"])
        #expect(provisions("The movement pledged to demobilize its 2,000 fighters.").contains { $0.hasPrefix("armed-forces-limit") })
        #expect(provisions("The army said it would cut troops in the province from 20,000 to 9,000 under the accord.").contains { $0.hasPrefix("armed-forces-limit") })
        #expect(provisions("The memorandum states that \"all acts of violence between the parties will end\" on signing.") == ["ceasefire {}"])
        #expect(provisions("Under the pact, the rebels agreed to confine their army to 28 camps.") == ["armed-forces-limit {}"])
        #expect(provisions("They must also place their arms under United Nations monitoring.") == ["armed-forces-limit {}"])
        #expect(provisions("Under the accord the army will be kept in barracks.") == ["armed-forces-limit {}"])
        // Acts of violence reported near a border are no provision.
        #expect(provisions("Acts of violence were reported near the border on Monday.").isEmpty)
    }

    @Test func otherProcessesReadTheSameWay() {
        #expect(provisions("The mediators proposed a seven-day humanitarian truce to allow aid convoys in.") == [#"ceasefire {"days":7}"#])
        #expect(provisions("Arab leaders endorsed a plan to rebuild Gaza at a cost of $53 billion.")
            == [#"reconstruction-funding {"amount":{"currency":"USD","minorUnits":5300000000000}}"#])
        #expect(provisions("Russia and Ukraine exchanged 1,000 prisoners each over the weekend.") == [#"prisoner-exchange {"count":1000}"#])
        // A ceasefire only mentioned, not proposed, is not a provision.
        #expect(provisions("The ceasefire held for a second week on Monday.").isEmpty)
        // A pause is a ceasefire when it lasts so many days; "a pause in the talks" is none.
        #expect(provisions("Officials said the proposal includes a 60-day pause during which hostages would be released.").contains(#"ceasefire {"days":60}"#))
        #expect(provisions("The mediators proposed a pause in the talks.").isEmpty)
    }
}
