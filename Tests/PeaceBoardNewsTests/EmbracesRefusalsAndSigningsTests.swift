import Testing
@testable import PeaceBoardNews

/// Leaders who embrace, end talks, refuse or sign by a gerund, fighters sent to assembly points,
/// and the state written after a titled name: rules written for real pages read once before any
/// rule for them (the sentences here are the house's own).
@Suite struct EmbracesRefusalsAndSigningsTests {
    @Test func twoLeadersWhoEmbraceMeetAndWhoEmbracesAPlanDoesNot() {
        let text = "President Tomas Okello of Kenya and rebel leader Amara Diallo embraced on signing."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "Amara Diallo"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenya embraced the plan on Monday.")).isEmpty)
    }

    @Test func endingTalksIsHavingHeldThem() {
        let text = "Kenya and Uganda sealed an accord on Friday, ending three days of talks with an emotional embrace."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func aRefusalToSignIsARejection() {
        let text = "Uganda's foreign minister Amara Diallo justified his refusal to sign an immediate ceasefire."
        #expect(TestReading.actors(.reject, in: TestReading.events(text)) == ["UGA"])
    }

    @Test func endingAWarBySigningIsSigning() {
        let text = "Kenya and Uganda ended 36 years of war by signing a peace agreement on Sunday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func whomUnnamedSignersSignedWithSignedToo() {
        let text = "The rebel chiefs signed an overall peace treaty with the government of Uganda on Sunday."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["UGA"])
    }

    @Test func fightersSentToAssemblyPointsAreAnArmedForcesLimit() {
        let reading = NewsReader.read("Talks\n\nTroops and rebels must report to assembly points within a month of ratification.")
        #expect(reading.provisions.map(\.type) == ["armed-forces-limit"])
    }

    @Test func whereACaptionPlacesSomeoneBreaksNoList() {
        let text = "Kenya’s President Tomas Okello, front left, and the top commander of the FARC, Amara Diallo, shake hands after signing the agreement."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "FARC"])
    }

    @Test func whoSignedAlongsideSigned() {
        let text = "The U.N.'s representative also signed the deal, along with ambassadors from the United States, Russia and former colonial power Portugal."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["United Nations", "USA", "RUS", "PRT"])
        // "Nato" as British papers write it is NATO.
        #expect(TestReading.actors(.support, in: TestReading.events("Libya has been in conflict since a Nato-backed revolt.")) == ["NATO"])
    }

    @Test func characterisingADealAsABreakthroughIsPraise() {
        let text = "Although the United Nations and the United States characterized the deal as a significant political breakthrough, it remained unclear whether Kenyans would accept it."
        #expect(Set(TestReading.actors(.support, in: TestReading.events(text))) == ["United Nations", "USA"])
        #expect(TestReading.actors(.support, in: TestReading.events("Kenya called the deal “a remarkable moment for the region.”")) == ["KEN"])
    }

    @Test func aClauseOpenedByAsHasItsOwnSubject() {
        let unnamed = "Efforts to bring peace to Burundi took a step forward last night, as some leaders from the ruling minority refused to sign."
        #expect(TestReading.actors(.reject, in: TestReading.events(unnamed)).isEmpty)
        let named = "Kenya took a step forward on Monday, as Uganda refused to sign the accord."
        #expect(TestReading.actors(.reject, in: TestReading.events(named)) == ["UGA"])
    }

    @Test func aBodyPresentAtASigningIsThere() {
        let text = "The agreement was signed in the presence of the African Union and other international officials."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["African Union"])
    }

    @Test func whoLastAgreedSignedADocumentSignedBeforeWitnessesByNobodyNamed() {
        let text = "Presidents Amara Diallo of Kenya and Tomas Okello of Uganda signed an agreement on Tuesday. "
            + "A memorandum of understanding was signed in Arusha in the presence of Tanzanian President Joseph Mwangi."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA", "TZA"])
        // With nobody who agreed before, only the witnesses met.
        let alone = "A memorandum of understanding was signed in Arusha in the presence of Tanzanian President Joseph Mwangi."
        #expect(TestReading.actors(.meet, in: TestReading.events(alone)) == ["TZA"])
    }

    @Test func signaturesAppendedAndARivalListedAfterTheLeader() {
        let appended = "Kenyan President Amara Diallo and Ugandan President Tomas Okello appended their signature on a deal comprising several points."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(appended))) == ["KEN", "UGA"])
        let rival = "Kenyan President Amara Diallo and long-time rival Ugandan President Tomas Okello on Tuesday signed a ceasefire deal."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(rival))) == ["KEN", "UGA"])
    }
}
