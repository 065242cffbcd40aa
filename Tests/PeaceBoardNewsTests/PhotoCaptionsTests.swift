import Testing
@testable import PeaceBoardNews

/// A photograph's caption tells who was at a meeting with no verb of meeting, or in the present tense
/// captions are written in (the sentences here are the house's own).
@Suite struct PhotoCaptionsTests {
    @Test func everyoneACaptionPlacesAtAMeetingMetThere() {
        let listed = """
            Kenyan President Amara Diallo, center, with, from left, Ugandan Foreign Minister Tomas Okello, Tanzanian \
            President Joseph Mwangi and Rwandan Foreign Minister Paul Habimana during the peace accord signing ceremony \
            in Arusha on Friday.
            """
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(listed))) == ["KEN", "UGA", "TZA", "RWA"])
        let pair = "Kenyan President Amara Diallo (left) and Ugandan President Tomas Okello at the summit in Arusha on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(pair))) == ["KEN", "UGA"])
    }

    @Test func aSentenceWithAVerbOrOneNameIsNoCaption() {
        // Fought during the talks: the sentence says what they did, which is not that they met.
        let fought = "Kenyan troops and Ugandan rebels fought near the border during the talks in Arusha."
        #expect(TestReading.actors(.meet, in: TestReading.events(fought)).isEmpty)
        let alone = "Kenyan President Amara Diallo during the summit in Arusha on Friday."
        #expect(TestReading.actors(.meet, in: TestReading.events(alone)).isEmpty)
        // Where the summit is to be held is not who attended it.
        let place = "Kenyan President Amara Diallo and Ugandan President Tomas Okello at a rally in Kampala on Friday."
        #expect(TestReading.actors(.meet, in: TestReading.events(place)).isEmpty)
    }

    @Test func captionsInThePresentTenseTellMeetings() {
        let hands = "Kenyan President Amara Diallo shakes hands with Ugandan President Tomas Okello during talks in Arusha on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(hands))) == ["KEN", "UGA"])
        let holds = "Kenyan President Amara Diallo holds talks with Ugandan President Tomas Okello in Arusha on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(holds))) == ["KEN", "UGA"])
        let attend = "Kenyan President Amara Diallo and Ugandan President Tomas Okello attend a meeting in Arusha on Friday."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(attend))) == ["KEN", "UGA"])
        let pose = "Kenyan President Amara Diallo and Ugandan President Tomas Okello pose for a photo before their talks in Arusha."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(pose))) == ["KEN", "UGA"])
        let signs = "Samuel Odhiambo, the rebel leader, signs the Arusha Accord on behalf of the Front for Democracy in Arusha."
        #expect(TestReading.actors(.accept, in: TestReading.events(signs)) == ["Front for Democracy"])
        // A credit set before the caption by a bar is no part of it; a signer named by no title acts for whom they sign for.
        let credited = "Amara Diallo, AFP | Samuel Odhiambo Mwangi signs the Arusha Accord on behalf of the Front for Democracy in Arusha."
        #expect(TestReading.actors(.accept, in: TestReading.events(credited)) == ["Front for Democracy"])
        // The noun is no signature.
        #expect(TestReading.events("There are signs of progress in the talks on the accord in Arusha.").isEmpty)
    }

    @Test func aMeetingToComeInThePresentTenseIsNone() {
        let refused = "Ugandan President Tomas Okello refused to attend a meeting with Kenya in Arusha."
        #expect(!TestReading.events(refused).contains { $0.kind == .meet && !$0.hedged && !$0.negated })
        let planned = "Kenyan President Amara Diallo will attend a meeting in Arusha next week."
        #expect(!TestReading.events(planned).contains { $0.kind == .meet && !$0.hedged && !$0.negated })
    }

    @Test func whomACaptionSaysDoesSomethingIsAPerson() {
        let text = "Samuel Odhiambo Mwangi arrives to sign documents during the signing ceremony in Arusha on Friday."
        #expect(NewsReader.read("Talks\n" + text).people.map(\.name) == ["Samuel Odhiambo Mwangi"])
        // A body that meets is none.
        #expect(NewsReader.read("Talks\nThe Arab League meets in Cairo on Friday to discuss the accord.").people.isEmpty)
    }

    @Test func aCaptionsPairSignsAndWhoLooksOnMeets() {
        let caption = "Ugandan President Tomas Okello, left, with Kenyan President Amara Diallo sign the treaty as Tanzanian President Joseph Mwangi looks on"
        let events = TestReading.events(caption)
        #expect(Set(TestReading.actors(.accept, in: events)) == ["UGA", "KEN"])
        #expect(TestReading.actors(.meet, in: events) == ["TZA"])
        // Nobody named looks on: no one met.
        #expect(TestReading.actors(.meet, in: TestReading.events("The world looks on as the talks fail.")).isEmpty)
    }
}
