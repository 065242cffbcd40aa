import Testing
@testable import PeaceBoardNews

/// Support named by its noun and recognition granted (the sentences here are the house's own).
@Suite struct SupportNamedByItsNounTests {
    @Test func whoseSupportSomethingHasSupportsIt() {
        let with = "The truce was extended with the support of Kenya and Uganda."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(with))) == ["KEN", "UGA"])
        let won = "The plan won the full backing of the African Union."
        #expect(TestReading.actors(.support, in: TestReading.events(won)) == ["African Union"])
        // Support asked for, or lost, is not given.
        let lost = "Tomas Okello lost the support of Uganda."
        #expect(TestReading.actors(.support, in: TestReading.events(lost)).isEmpty)
    }

    @Test func recognitionGrantedIsSupport() {
        let text = "The northern government is only recognised by Kenya."
        let recognition = TestReading.events(text).filter { $0.kind == .support }
        #expect(recognition.map(\.cameo.code) == ["054"])
        #expect(TestReading.actors(.support, in: recognition) == ["KEN"])
    }
}
