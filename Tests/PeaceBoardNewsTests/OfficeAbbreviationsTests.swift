import Testing
@testable import PeaceBoardNews

/// Offices abbreviated as some copy writes them (the sentences here are the house's own).
@Suite struct OfficeAbbreviationsTests {
    @Test func aPrimeOrForeignMinisterAbbreviatedIsStillAnOffice() {
        let text = "Before the ceremony, PM Amara Diallo of Kenya met Ugandan FM Tomas Okello."
        let reading = NewsReader.read("Talks\n" + text)
        #expect(reading.people.map(\.name) == ["Amara Diallo", "Tomas Okello"])
        #expect(TestReading.actors(.meet, in: reading.events) == ["KEN"])
        // The hour is no office.
        #expect(NewsReader.read("Talks\nThe talks ended at 5 pm Friday in Nairobi.").people.isEmpty)
    }
}
