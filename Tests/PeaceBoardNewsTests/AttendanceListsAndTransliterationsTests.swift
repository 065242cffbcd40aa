import Testing
@testable import PeaceBoardNews

/// Who was in attendance or at a ceremony, names run into the next sentence, speakers named by
/// title alone or after a title and an apposition, names in another transliteration, and lists of
/// links after an article (the sentences here are the house's own).
@Suite struct AttendanceListsAndTransliterationsTests {
    @Test func whoWereInAttendanceOrAtTheCeremonyMet() {
        let before = "Both Kenyan President Tomas Okello and Ugandan President Amara Diallo were also in attendance."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(before))) == ["KEN", "UGA"])
        let after = "At the signing ceremony were representatives of Egypt, Chad and the African Union."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(after))) == ["EGY", "TCD", "African Union"])
        let meeting = "At the meeting were Kenyan President Tomas Okello and Ugandan President Amara Diallo."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(meeting))) == ["KEN", "UGA"])
        let witnessed = "The signing ceremony was witnessed by Kenyan President Tomas Okello."
        #expect(TestReading.actors(.meet, in: TestReading.events(witnessed)) == ["KEN"])
    }

    @Test func talksThatHaveBeenHeldWereHeldByThePair() {
        let text = "The deal was reached between Kenya and Uganda and signed in Arusha, where talks have been held since last year."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func aCapitalisedWordRunIntoTheNextSentenceEndsIt() {
        let reading = NewsReader.read("Talks\nThe deal was mediated by Kenyan President Tomas Okello.Amara Diallo of Uganda signed it.")
        #expect(reading.people.map(\.name).contains("Tomas Okello"))
        #expect(reading.sentences.count == 2)
    }

    @Test func aSpeakerAfterTitlesAndAnAppositionOrByTitleAlone() {
        let apposition = "“This is a new day,” Crown Prince Tomas Okello Bin Amara, deputy premier and defence minister, said at the ceremony."
        #expect(NewsReader.read("Talks\n" + apposition).quotes.map(\.speaker) == ["Tomas Okello Bin Amara"])
        let title = "Crown Prince Tomas Okello Bin Amara opened the talks. “We are delighted to welcome you,” Crown Prince said."
        #expect(NewsReader.read("Talks\n" + title).quotes.map(\.speaker) == ["Tomas Okello Bin Amara"])
    }

    @Test func aNameInAnotherTransliterationIsTheListedPerson() {
        #expect(Gazetteer.knownPerson(spelledDifferently: ["Muhammad", "Bin", "Salman"])?.name == "Mohammed bin Salman")
        #expect(ReaderEvaluation.isSameKnownPerson("Abd-Rabbu Mansour Hadi", "Abd Rabu Mansour Hadi"))
        let reading = NewsReader.read("Talks\nCrown Prince Muhammad Bin Salman opened the talks. Crown Prince Muhammad said the deal was done.")
        #expect(Set(reading.people.map(\.name)) == ["Mohammed bin Salman"])
    }

    @Test func dashedLinksAfterAnArticleAreFurnitureAndDashedPointsAreLinesOfTheirOwn() {
        let links = "Kenya signs deal\n\nKenya and Uganda signed a peace deal on Monday in Nairobi, ending the war between the two sides.\n"
            + "- Video shows worker saving man as speeding train approached\n- Egypt leader toadies to a president by sharing laudatory posts\n"
            + "- A president calls for war on cartels as nine travellers are murdered in Mexico\n"
        #expect(NewsReader.read(links).furniture.filter { $0.hasPrefix("- ") }.count == 3)
        let points = "Kenya signs deal\nAt a Glance\n- Kenyan President Tomas Okello signed the deal with the rebels\n- Uganda expressed openness to dialogue with the rebels in the north\n"
            + "- Both leaders aim for a long-term peace that addresses the conflict\nKenya and Uganda signed a peace deal on Monday in Nairobi.\n"
        let reading = NewsReader.read(points)
        #expect(reading.furniture.allSatisfy { !$0.hasPrefix("- ") })
        #expect(reading.sentences.filter { $0.text.hasPrefix("- ") }.count == 3)
    }
}

/// Pairs that failed to agree: "the two sides did not agree", "could not agree", "failed to agree".
@Suite struct PairsThatFailedToAgreeTests {
    @Test func aPairThatDidNotOrCouldNotAgreeIsDeniedNotHedged() {
        for verb in ["did not agree", "could not agree", "failed to agree"] {
            let text = "Kenya and Uganda signed a deal on Monday. The two sides \(verb) on a shared border."
            let denied = TestReading.events(text).filter { $0.kind == .accept && $0.negated }
            #expect(Set(denied.flatMap(\.actors).compactMap(\.state)) == ["KEN", "UGA"], "\(verb)")
            #expect(denied.allSatisfy { !$0.hedged })
        }
    }

    @Test func theTwoSidesAreTheTwoOfficialsTheSentenceNamed() {
        let text = "Talks between Kenyan President Tomas Okello and Ugandan President Amara Diallo collapsed after the two sides failed to agree on a deal."
        let denied = TestReading.events(text).filter { $0.kind == .accept && $0.negated }
        #expect(Set(denied.flatMap(\.actors).compactMap(\.state)) == ["KEN", "UGA"])
    }
}
