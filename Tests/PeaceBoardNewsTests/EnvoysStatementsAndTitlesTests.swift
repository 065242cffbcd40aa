import Testing
@testable import PeaceBoardNews

/// Envoys meeting each side apart, the parties to a war named by where it is fought, names with
/// the middle name left out, statements that speak for their owners, bodies known by initials
/// after what they are, and titles of who is to take office or founded a body (the sentences
/// here are the house's own).
@Suite struct EnvoysStatementsAndTitlesTests {
    @Test func anEnvoyMeetingEachSideApartMeets() {
        let text = "The envoy, Tomas Okello of the African Union, announced the truce in Arusha after meeting separately with both sides."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["African Union"])
    }

    @Test func thePartiesToAWarFoughtSomewhereAreItsStateAndMovement() {
        let text = "The parties to the 7-year war in South Sudan have agreed on a truce. The SPLM-IO said it would observe it."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["SSD", "SPLM-IO"])
        // Leaders of a state named by a phrase are not a pair the report named before.
        let leaders = "The leaders of the divided island of Cyprus agreed on Thursday to open new crossing points."
        #expect(TestReading.actors(.accept, in: TestReading.events(leaders)) == ["CYP"])
    }

    @Test func aNameWithItsMiddleNameLeftOutIsTheSamePerson() {
        let reading = NewsReader.read("Talks\nUN spokesman Tomas Abel Okello read the statement. Tomas Okello said the outcome was “painstaking” work.")
        #expect(Set(reading.people.map(\.name)) == ["Tomas Abel Okello"])
        #expect(reading.quotes.map(\.speaker) == ["Tomas Abel Okello"])
    }

    @Test func aStatementSpeaksForItsOwner() {
        let text = "Talks\nUN envoy Tomas Okello spoke on Friday. “The parties accepted to halt all operations,” Okello’s statement said."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Tomas Okello"])
    }

    @Test func initialsAfterWhatTheBodyIsNameIt() {
        let text = "The third round of talks between the Kenyan government and the communist movement KPLF took place in Oslo."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "KPLF"])
    }

    @Test func whoIsToTakeOfficeOrFoundedABodyIsTitled() {
        let reading = NewsReader.read("Talks\nPresident-elect Tomas Okello met party founder Amara Diallo in Nairobi.")
        #expect(Set(reading.people.map(\.name)) == ["Tomas Okello", "Amara Diallo"])
    }

    @Test func talksBegunOrGatheredForAreHeldWithWhomTheyAreWith() {
        let began = "The following month, the Kenyan government began formal peace talks with the KPLF rebels in Oslo."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(began))) == ["KEN", "KPLF"])
        let gathered = "Representatives of the Kenyan government gathered near Oslo on Friday for informal discussions aimed at relaunching talks."
        #expect(TestReading.actors(.meet, in: TestReading.events(gathered)) == ["KEN"])
    }

    @Test func aStatesWarringPartiesInAReportNamingNoMovementIncludeTheState() {
        let text = "The United Nations said Thursday that Kenya’s warring parties have agreed to renew a nationwide truce."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["KEN"])
    }

    @Test func theCountryAfterACityIsWhereNotWho() {
        let text = "The envoy, Tomas Okello of the African Union, announced the truce from Kampala, Uganda, after meeting separately with both sides."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["African Union"])
    }

    @Test func whoReportsThatBothSidesMetAndAgreedDidNeither() {
        let text = "Norway’s foreign ministry says delegations from both sides met in Oslo last week and agreed to a common vision."
        #expect(!TestReading.actors(.accept, in: TestReading.events(text)).contains("NOR"))
        // Who says one thing and urges another does urge.
        let urged = "Kenya's Foreign Ministry said the talks would continue and urged the group to respect the ceasefire."
        #expect(TestReading.actors(.demand, in: TestReading.events(urged)) == ["KEN"])
    }
}
