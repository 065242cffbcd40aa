import Testing
@testable import PeaceBoardNews

/// Whom a delegation's leader speaks for, discussions held, and the subject of an infinitive after
/// "decided to" (the sentences here are the house's own).
@Suite struct DelegationLeadersAndDiscussionsHeldTests {
    @Test func aDelegationsLeaderSpeaksForItsStateOrBody() {
        let text = """
            The Lord's Resistance Army (LRA) and Uganda signed a deal. The Ugandan delegation was led by Foreign Minister \
            Amara Diallo, whereas the LRA side was headed by the group's Chairman, General Tomas Okello.
            """
        let people = NewsReader.read("Talks\n" + text).people
        #expect(people.first { $0.name == "Amara Diallo" }?.state == "UGA")
        #expect(people.first { $0.name == "Tomas Okello" }?.organisation == "Lord's Resistance Army")
    }

    @Test func theLeadersOfTwoDelegationsHeldTheDiscussion() {
        let text = """
            The Ugandan delegation was led by Foreign Minister Amara Diallo, while the Kenyan team was headed by \
            Defence Minister Tomas Okello. The two held a productive discussion and reached a deal.
            """
        let events = TestReading.events(text)
        #expect(Set(TestReading.actors(.meet, in: events)) == ["UGA", "KEN"])
        #expect(Set(TestReading.actors(.accept, in: events)) == ["UGA", "KEN"])
    }

    @Test func whoWereInvolvedInDiscussionsMetButNotWhoTheTalksDescribe() {
        let text = "Kenyan President Amara Diallo and Ugandan President Tomas Okello arrived in Arusha. The leaders were involved in discussions on Monday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
        let described = "The four nations involved in the talks secured approval from Kenya's parliament."
        #expect(TestReading.actors(.meet, in: TestReading.events(described)).isEmpty)
    }

    @Test func theSubjectOfWhatTheyDecidedToDo() {
        let text = "Kenya and the ELN agreed in Nairobi to a truce. They also decided to invite Uganda and Tanzania to join the process."
        #expect(Set(TestReading.actors(.invite, in: TestReading.events(text))) == ["KEN", "ELN"])
    }
}
