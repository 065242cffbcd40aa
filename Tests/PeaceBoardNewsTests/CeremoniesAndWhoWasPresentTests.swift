import Testing
@testable import PeaceBoardNews

/// Who was at a signing or a meeting when the report says so apart from the signing itself: lists of
/// those present, a later sentence that places the signing at a ceremony, and who spoke or came to
/// watch there (the sentences here are the house's own).
@Suite struct CeremoniesAndWhoWasPresentTests {
    @Test func whoAreListedAsPresentMet() {
        let after = "In attendance were Kenya's foreign minister Amara Diallo, U.N. envoy Tomas Okello and Oman's foreign minister Sayed Harith."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(after))) == ["KEN", "United Nations", "OMN"])
        let among = "Among the present were Musa Kante of Mali, Ali Haroun of Chad and Jean Bakole of Gabon."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(among))) == ["MLI", "TCD", "GAB"])
        let before = "Kenyan President Tomas Okello and Ugandan President Amara Diallo were among those present."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(before))) == ["KEN", "UGA"])
    }

    @Test func whoIsOnlyExpectedIsNotPresent() {
        let text = "Kenyan President Tomas Okello and Ugandan President Amara Diallo will be among those present when the talks open."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)).filter { $0 == "KEN" || $0 == "UGA" }.isEmpty)
    }

    @Test func theSignersALaterSentencePlacesAtTheCeremonyMetThere() {
        let passive = "Kenyan President Tomas Okello and rebel leader Amara Diallo signed the accord on Monday. The pact was signed at a solemn ceremony in Nairobi."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(passive))) == ["KEN", "Amara Diallo"])
        let tookPlace = "Kenya and Uganda signed the treaty on Friday. Tanzania's president, who looked on as the signing took place at a Nairobi ceremony, praised both."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(tookPlace))).isSuperset(of: ["KEN", "UGA"]))
    }

    @Test func aSentenceAboutTheSigningCeremonyPlacesTheSignersThere() {
        let text = "Kenya's foreign minister and Uganda's foreign minister signed the accord. The signing ceremony was attended by the African Union's chairperson."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))).isSuperset(of: ["KEN", "UGA"]))
    }

    @Test func aCeremonyThatTellsOfSomeoneElseOrIsToComeMakesNoSignersMeet() {
        let attended = "Kenya and Uganda signed the treaty on Friday. Tanzania's foreign minister attended the ceremony."
        #expect(!TestReading.actors(.meet, in: TestReading.events(attended)).contains("KEN"))
        let planned = "Kenya and Uganda signed the treaty on Friday. A second signing ceremony is scheduled for May."
        #expect(TestReading.actors(.meet, in: TestReading.events(planned)).isEmpty)
        let unsigned = "Kenya and Uganda rejected the treaty on Friday. The ceremony was signed off by nobody."
        #expect(TestReading.actors(.meet, in: TestReading.events(unsigned)).isEmpty)
    }

    @Test func whoSpokeAtTheCeremonyWasThere() {
        let text = "Kenya and Uganda signed the treaty on Friday. President Tomas Okello of Tanzania said at the ceremony: “This is a new day.”"
        let meetings = TestReading.events(text).filter { $0.kind == .meet }
        #expect(meetings.contains { $0.actors.map(\.state) == ["TZA"] && Set($0.targets.compactMap(\.state)) == ["KEN", "UGA"] })
    }

    @Test func whoCameToWitnessTheAgreementOrAttendTheCeremonyMet() {
        let witness = "The leaders of Nigeria and Togo were in Algiers to witness the agreement."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(witness))) == ["NGA", "TGO"])
        let attending = "NATO Secretary-General Mark Rutte and Kenyan envoy Amara Diallo were among those attending the signing ceremony."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(attending))) == ["NATO", "KEN"])
    }
}

/// A name followed by "of" and a body: the person acts for the body.
@Suite struct MembersNamedWithTheirBodyTests {
    @Test func aNameOfABodyActsForIt() {
        let text = "Kenyan President Tomas Okello and rebel leader Amara Diallo of the northern rebel Lord's Resistance Army signed the accord in Nairobi."
        let signing = TestReading.events(text).filter { $0.kind == .accept }
        #expect(Set(TestReading.actors(.accept, in: signing)) == ["KEN", "Lord's Resistance Army"])
        #expect(signing.flatMap(\.actors).contains { $0.name == "Amara Diallo" })
    }

    @Test func aNameOfACapitalisedPhraseIsNoMembership() {
        #expect(!EventFinder.isMembership(" of the Southern "))
        #expect(!EventFinder.isMembership(", of the "))
        #expect(EventFinder.isMembership(" of the "))
    }
}
