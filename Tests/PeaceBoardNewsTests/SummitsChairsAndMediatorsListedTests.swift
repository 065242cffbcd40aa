import Testing
@testable import PeaceBoardNews

/// Summits and who chairs, attends and signs at them, mediators listed by name or by their states'
/// adjectives, and the people a summit's page names (the sentences here are the house's own).
@Suite struct SummitsChairsAndMediatorsListedTests {
    @Test func whoChairsASummitHostsIt() {
        let cochaired = TestReading.events("The Nairobi Peace Summit was co-chaired by Kenyan President William Ruto and Ghana's President John Mahama.")
        #expect(Set(TestReading.actors(.meet, in: cochaired)) == ["KEN", "GHA"])
        #expect(cochaired.filter { $0.kind == .mediate }.isEmpty)
        let jointly = TestReading.events("A summit on the Sahel was held on Monday in Nairobi, jointly chaired by Kenyan President William Ruto and Ghana's President John Mahama.")
        #expect(Set(TestReading.actors(.meet, in: jointly)) == ["KEN", "GHA"])
        let chairing = TestReading.events("The Kenyan and Ghanaian presidents are chairing a gathering of world leaders on Monday.")
        #expect(Set(TestReading.actors(.meet, in: chairing)) == ["KEN", "GHA"])
        // Talks between two sides are mediated by whoever chairs them.
        let talks = TestReading.events("Kenyan President William Ruto is chairing talks between Ghana and Togo.")
        #expect(TestReading.actors(.mediate, in: talks) == ["KEN"])
    }

    @Test func aPlaceNamedAfterThePronounIsNotItsSubject() {
        let text = "Kenyan President William Ruto left Ghana on Monday after a brief visit and arrived in Lome, where he is co-chairing a summit on the Sahel."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["KEN"])
    }

    @Test func aGatheringThatBringsTogetherListsWhoAttended() {
        let text = """
            Who was in attendance: The gathering brought together leaders from more than 20 countries — including Jordan, Qatar, Kuwait, Japan, \
            India and Spain — along with the UN Secretary-General, the Arab League chief and the European Council president.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == [
            "JOR", "QAT", "KWT", "JPN", "IND", "ESP", "United Nations", "Arab League", "European Council",
        ])
        let among = TestReading.events("Palestinian Authority President Mahmoud Abbas was among the attendees.")
        #expect(TestReading.actors(.meet, in: among) == ["PSE"])
        let represented = TestReading.events("Saudi Arabia was represented by a delegation led by Foreign Minister Faisal bin Farhan.")
        #expect(TestReading.actors(.meet, in: represented) == ["SAU"])
    }

    @Test func mediatorsListedByNameOrByTheirStatesAdjectives() {
        let named = TestReading.events("The deal was brokered indirectly through mediators Egypt, Qatar, Turkey, and the United States.")
        #expect(Set(TestReading.actors(.mediate, in: named)) == ["EGY", "QAT", "TUR", "USA"])
        let adjectives = TestReading.events("The deal came after days of negotiations involving American, Egyptian and Qatari mediators.")
        #expect(Set(TestReading.actors(.mediate, in: adjectives)) == ["USA", "EGY", "QAT"])
        // A proposal received through mediators passed through their hands (own/39); mediators who meet only met.
        #expect(TestReading.events("Hamas received the proposal through Egyptian and Qatari mediators.").filter { $0.kind == .mediate }.isEmpty)
        #expect(TestReading.events("Egyptian and Qatari mediators met Hamas negotiators.").filter { $0.kind == .mediate }.isEmpty)
    }

    @Test func coSignersListedAfterAGroupAndAColon() {
        let text = """
            Kenyan President William Ruto later signed the accord together with the leaders of the mediating nations: Egyptian President \
            Abdel Fattah el-Sisi, Qatari Emir Tamim bin Hamad Al Thani, and Turkish President Recep Tayyip Erdogan.
            """
        let events = TestReading.events(text)
        #expect(Set(TestReading.actors(.accept, in: events)) == ["KEN", "EGY", "QAT", "TUR"])
        #expect(Set(TestReading.actors(.mediate, in: events)) == ["EGY", "QAT", "TUR"])
    }

    @Test func plansPublishedOrOwnedUnderTheirNamesAreProposed() {
        #expect(TestReading.actors(.propose, in: TestReading.events("On Monday, Ruto published a 12-point plan to end the war.")) == ["KEN"])
        let named = TestReading.events("Togo signed the first phase of Ruto's ambitious 12-point Sahel Peace Plan on Monday.")
        #expect(TestReading.actors(.propose, in: named) == ["KEN"])
        // Whose role in brokering is praised brokered.
        let role = TestReading.events("Ghana's President John Mahama praised Ruto's role in brokering the agreement.")
        #expect(TestReading.actors(.mediate, in: role) == ["KEN"])
        #expect(TestReading.actors(.support, in: role) == ["GHA"])
    }

    @Test func aSentencesPronounIsTheSubjectOfItsSecondVerb() {
        let text = """
            Kenyan President William Ruto opened the summit.
            He also acknowledged Ghana's President John Mahama as “a good man” and lauded Qatar’s contributions.
            """
        #expect(TestReading.actors(.support, in: TestReading.events(text)) == ["KEN"])
    }

    @Test func framingAsAnAchievementPraisesAndStressingANeedDemands() {
        let events = TestReading.events("Meanwhile, Ghana's President John Mahama framed the agreement as a major achievement, stressing the urgent need to deliver aid to the north.")
        #expect(TestReading.actors(.support, in: events) == ["GHA"])
        #expect(TestReading.actors(.demand, in: events) == ["GHA"])
    }

    @Test func summitsAndBodiesInsideNamesAreNoPeopleOrParties() {
        let reading = NewsReader.read("Talks\nThe Sharm El Sheikh Peace Summit opened on Monday. The Pope Visits Turkey and Lebanon.")
        #expect(reading.people.isEmpty)
        // "Fatah" is a body, and here part of a president's name.
        let named = NewsReader.read("Talks\nThe summit was co-chaired by Presidents Abdel Fatah El-Sisi and Donald Trump on Monday.")
        #expect(named.organisations.isEmpty)
        #expect(Set(TestReading.actors(.meet, in: named.events)) == ["EGY", "USA"])
        // An office's body before a holder the gazetteer gives a state is no second party.
        let office = TestReading.events("Kenyan President William Ruto met Palestinian Authority President Mahmoud Abbas on Monday.")
        #expect(!office.flatMap(\.actors).contains { $0.organisation == "Palestinian Authority" })
    }

    @Test func aLetterDoubledInOneTransliterationIsTheSameName() {
        let reading = NewsReader.read("Talks\nOfficials met on Monday. Egyptian President Abdel-Fattah al-Sissi convened world leaders.")
        #expect(reading.people.map(\.name) == ["Abdel Fattah el-Sisi"])
    }

    @Test func aCompleteCeasefireIsAFullOne() {
        let reading = NewsReader.read("Talks\nOfficials met on Monday. The accord sets the stage for a complete ceasefire in the north.")
        #expect(reading.provisions.first?.parameters["full"] == .bool(true))
    }

    @Test func wordsInMarksBySomeoneNamedAfterAreTheirs() {
        let text = "Talks\nOfficials met on Monday. The summit, billed as a “pivotal moment” by Ghana's President John Mahama, brought together leaders."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["John Mahama"])
    }
}
