import Testing
@testable import PeaceBoardNews

/// Mediators named after their office, what a state's name before "mediator" means, who watch a
/// signing, states described by their region, and a signer's body after an unknown name: rules
/// written for real pages read once before any rule for them (the sentences here are the house's own).
@Suite struct MediatorsWatchersAndDescribedStatesTests {
    @Test func aMediatorNamedAfterTheOfficeMediates() {
        let honoured = "At the end of the talks the mediator, Mr Thabo Mbeki, launched a blistering attack on the leaders."
        #expect(TestReading.actors(.mediate, in: TestReading.events(honoured)) == ["African Union"])
        let plain = "At the end of the talks the mediator, Thabo Mbeki, launched a blistering attack on the leaders."
        #expect(TestReading.actors(.mediate, in: TestReading.events(plain)) == ["African Union"])
        let described = "The mediator in the Burundi peace process, Kenyan diplomat Amara Okello, told a news conference that three parties had agreed."
        #expect(TestReading.actors(.mediate, in: TestReading.events(described)) == ["KEN"])
    }

    @Test func aStatesNameBeforeMediatorIsWhatTheMediationIsAbout() {
        let reading = NewsReader.read("Talks\n\n\"We have done it together,\" Burundi peace mediator Amara Okello told the delegates.")
        #expect(reading.people.first?.state == nil)
        let kenyan = NewsReader.read("Talks\n\nKenyan mediator Amara Okello told the delegates the talks would go on.")
        #expect(kenyan.people.first?.state == "KEN")
    }

    @Test func whoWatchASigningMeetAndSignNothing() {
        let text = "Kenyan President William Ruto and AU envoy Amara Okello watched as President Boris Trajkovski and the party leaders signed the accord."
        let events = TestReading.events(text)
        #expect(TestReading.actors(.accept, in: events) == ["MKD"])
        #expect(TestReading.actors(.meet, in: events).contains("KEN"))
    }

    @Test func whoWatchedSomeoneSignMeet() {
        let text = "Diplomats from the African Union and Ethiopia watched Kenyan army chief Amara Okello and General Tomas Mwangi sign the treaty in Nairobi."
        let events = TestReading.events(text)
        #expect(Set(TestReading.actors(.meet, in: events)) == ["African Union", "ETH"])
        #expect(TestReading.actors(.accept, in: events).contains("KEN"))
        // Who watched the signing on television were not there.
        #expect(TestReading.actors(.meet, in: TestReading.events("Ethiopians watched the signing on television in Addis Ababa.")).isEmpty)
    }

    @Test func aStateDescribedByItsRegionIsTheLastStateNamed() {
        let text = "Sudanese officials signed a peace agreement in the Qatari capital of Doha. The Gulf country mediated three months of negotiation."
        #expect(TestReading.actors(.mediate, in: TestReading.events(text)) == ["QAT"])
        // "the country" alone says too little to stand for anyone.
        let plain = "Sudanese officials signed a peace agreement in the Qatari capital of Doha. The country mediated three months of negotiation."
        #expect(TestReading.actors(.mediate, in: TestReading.events(plain)).isEmpty)
    }

    @Test func aWordOfAnUnknownLongerNameIsNoShortFormOfAKnownOne() {
        let text = """
            Qatari Deputy Prime Minister Ahmed bin Abdullah al-Mahmoud attended.
            Sudanese envoy Amin Hassan Amr signed the accord with Mohamed Bashir Ahmed of the Justice and Equality Movement (JEM) in Doha.
            """
        let reading = NewsReader.read("Talks\n\n" + text)
        #expect(reading.people.filter { $0.name == "Ahmed bin Abdullah al-Mahmoud" }.count == 1)
        // The body the unknown signer belongs to signed.
        #expect(TestReading.actors(.accept, in: reading.events).contains("Justice and Equality Movement"))
    }

    @Test func aBodysNameWrappedOverTwoLinesIsOneName() {
        let text = """
            QNA said that Sudanese government representative Amin Hassan
            Amr signed the accord with Mohamed Bashir Ahmed of the Justice
            and Equality Movement (JEM) in Doha in the presence of Qatari
            officials and the chief mediator of the African Union mission.
            """
        #expect(NewsReader.read("Talks\n\n" + text).organisations.map(\.name).contains("Justice and Equality Movement"))
    }

    @Test func cautioningIsSaying() {
        let reading = NewsReader.read("Talks\n\nThere will have to be a \"durable cease-fire,\" NATO chief Amara Okello cautioned.")
        #expect(reading.quotes.first?.speaker == "Amara Okello")
    }

    @Test func aSignerNamedAgainByAnAliasStaysInTheList() {
        let text = "Peruvian President Tomas Okello and the leader of the FARC rebels, Rodrigo Londoño Echeverri, alias “Timochenko,” on Monday signed an accord."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["PER", "FARC"])
    }

    @Test func theSigningOfAnAccordBetweenTwoNamesWhoSigned() {
        let text = "The signing of the accord between Peruvian President Tomas Okello and FARC’s maximum commander Rodrigo Londoño ends 52 years of conflict."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["PER", "FARC"])
    }

    @Test func invitedGuestsAreNoInvitation() {
        #expect(TestReading.events("The pact was signed in Cartagena before more than 2,500 invited guests.").filter { $0.kind == .invite }.isEmpty)
        #expect(TestReading.actors(.invite, in: TestReading.events("Kenya invited Sudan to the talks.")) == ["KEN"])
    }
}
