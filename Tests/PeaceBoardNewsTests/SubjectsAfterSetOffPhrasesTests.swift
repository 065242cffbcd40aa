import Testing
@testable import PeaceBoardNews

/// A subject after an opening phrase that ends in a preposition and a comma ("With officials
/// looking on, Kenya signed") (the sentences here are the house's own).
@Suite struct SubjectsAfterSetOffPhrasesTests {
    @Test func aNameAfterACommaIsNoObjectOfThePrepositionBeforeIt() {
        let events = TestReading.events("With white flags flying and AU officials looking on, Kenya's government and the UNITA rebel group signed a truce.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "UNITA"])
        #expect(TestReading.actors(.meet, in: events) == ["African Union"])
        #expect(TestReading.actors(.accept, in: TestReading.events("As officials looked on, Uganda signed the accord.")) == ["UGA"])
    }

    @Test func aNameRightAfterThePrepositionIsStillItsObject() {
        let events = TestReading.events("Talks on Uganda ended, and Kenya signed the accord.")
        #expect(TestReading.actors(.accept, in: events) == ["KEN"])
    }
}
