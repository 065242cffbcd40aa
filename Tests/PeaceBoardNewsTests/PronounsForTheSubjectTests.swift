import Testing
@testable import PeaceBoardNews

/// "He" in the next sentence stands for the person a sentence is about, named first, not for whom it
/// names last (the sentences here are the house's own).
@Suite struct PronounsForTheSubjectTests {
    @Test func heIsTheLastSentencesSubjectNotItsObject() {
        let text = """
            Opposition leader Tomas Okello addressed the dignitaries first after the signing rather than Kenyan President Amara Diallo. \
            He appealed for unity among Kenyans.
            """
        let demands = TestReading.events(text).filter { $0.kind == .demand }
        #expect(demands.flatMap(\.actors).map(\.name) == ["Tomas Okello"])
    }
}
