import Testing

@testable import PeaceBoardNews

/// Officials of "the government" speak for its state, and a condition stated with "only if" is the
/// speaker's demand whatever the modal before it.
@Suite struct GovernmentOfficialsTests {
    @Test func theGovernmentsNegotiatorSpeaksForTheStateWhosePresidentTheReportNames() {
        let found = TestReading.events(
            "Colombian President Gustavo Petro suspended the talks. The government's chief negotiator, Vera Grabe, said talks could resume only if the ELN declared a ceasefire.")
        #expect(TestReading.actors(.demand, in: found) == ["COL"])
        #expect(found.first { $0.kind == .demand }?.hedged == false)
    }

    @Test func aGovernmentNegotiatorNamedByTitleSpeaksForItToo() {
        let found = TestReading.events(
            "Colombia's government signed the deal with the rebels. Government negotiator Otty Patino called the deal a model for other groups.")
        #expect(TestReading.actors(.support, in: found) == ["COL"])
    }
}
