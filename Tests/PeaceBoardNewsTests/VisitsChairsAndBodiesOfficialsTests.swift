import Testing
@testable import PeaceBoardNews

/// Delegations that arrive or are somewhere for talks, talks held by those listed after "by",
/// who chairs talks, pledges never to recognise, a body's official described by the body, and
/// capitalised words opening a body's name (the sentences here are the house's own).
@Suite struct VisitsChairsAndBodiesOfficialsTests {
    @Test func delegationsThereForTalksMeetThoseTheyTalkWith() {
        let there = "Kenyan officials were in Kampala on Sunday for direct talks with the Lord's Resistance Army."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(there))) == ["KEN", "Lord's Resistance Army"])
        // A team named for its talks holds none yet.
        let team = "Tomas Okello, who heads the Kenyan delegation for direct talks with Uganda, arrived in Kampala on Tuesday."
        #expect(TestReading.actors(.meet, in: TestReading.events(team)).isEmpty)
        let arrived = "Kenyan and Rwandan delegations arrived in Kampala, state media said on Sunday, to negotiate a permanent ceasefire."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(arrived))) == ["KEN", "RWA"])
    }

    @Test func talksByThoseListedWereHeldByThem() {
        let text = "The deal came after 12 hours of talks by Kenyan President Tomas Okello, Ugandan President Amara Diallo and AU officials in Arusha."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA", "African Union"])
    }

    @Test func whoChairsTalksMediatesThem() {
        let text = "AU Commission chairperson Tomas Okello spoke after chairing talks between them."
        #expect(TestReading.actors(.mediate, in: TestReading.events(text)) == ["African Union"])
    }

    @Test func aPledgeNeverToRecogniseRejects() {
        #expect(TestReading.actors(.reject, in: TestReading.events("Kenya pledged never to recognise the breakaway region.")) == ["KEN"])
    }

    @Test func aBodysOfficialDescribedByTheBodyIsTheOneNamedBefore() {
        // Known to the gazetteer as the EU's foreign policy chief.
        let text = "Talks\nKaja Kallas met both leaders. “Kenya has agreed to launch negotiations,” the EU top diplomat said."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Kaja Kallas"])
        let quoted = "Talks\n“Despite differences, we had a decent conversation,” Kenyan President Amara Diallo was quoted as telling a press conference."
        #expect(NewsReader.read(quoted).quotes.map(\.speaker) == ["Amara Diallo"])
    }

    @Test func aParagraphThatIsAQuotationGoesOnFromTheReportedSpeechBefore() {
        let text = "Talks\nAU High Representative for Peace and Security Tomas Okello said both parties will be bound by the deal.\n\n"
            + "\"We have a deal. The parties have fully committed to honour all articles\".\n"
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Tomas Okello"])
    }

    @Test func wordsOpeningABodysNameAreNoPerson() {
        let reading = NewsReader.read("Talks\nThe envoys met the head of the Rebel Supreme Political Council, Tomas Okello, in Juba.")
        #expect(reading.people.map(\.name) == ["Tomas Okello"])
    }

    @Test func anOfficesLastWordIsNoPartOfTheNameTheGazetteerKnows() {
        let reading = NewsReader.read("Talks\nEU High Representative for Foreign Policy and Security Josep Borrell met both leaders.")
        #expect(reading.people.map(\.name) == ["Josep Borrell"])
    }

    @Test func whomADealIsWithAgreesToo() {
        let text = "Kenyan President Tomas Okello reached a deal with Amara Diallo, commander of the Lord's Resistance Army, on Monday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(text))) == ["KEN", "Lord's Resistance Army"])
        // One side's readiness is its own.
        let ready = "Kenyan President Tomas Okello said Kenya is ready to sign a peace treaty with Uganda by November."
        #expect(!TestReading.actors(.accept, in: TestReading.events(ready)).contains("UGA"))
    }

    @Test func whoShakeHandsMeet() {
        let text = "In Nairobi, Kenyan President Tomas Okello and Ugandan President Amara Diallo were seen shaking hands."
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["KEN", "UGA"])
    }

    @Test func aListedSurnameWrittenWithOtherVowelsIsTheListedPerson() {
        #expect(Gazetteer.knownPerson(spelledDifferently: ["Ahmad", "al-Shara"])?.name == "Ahmed al-Sharaa")
    }

    @Test func mediationByOrTheMediationEffortsOfThoseListed() {
        let by = "Kenya and Uganda agreed to a truce following intensive mediation by Rwanda, Tanzania, and the African Union."
        #expect(Set(TestReading.actors(.mediate, in: TestReading.events(by))) == ["RWA", "TZA", "African Union"])
        let efforts = "The joint mediation efforts of Rwanda and Tanzania secured a truce between Kenya and Uganda."
        #expect(Set(TestReading.actors(.mediate, in: TestReading.events(efforts))) == ["RWA", "TZA"])
    }

    @Test func theSidesOfADealConcludedBetweenThemAgree() {
        let secured = "Rwanda secured a ceasefire deal between Kenya and Uganda on Wednesday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(secured))) == ["KEN", "UGA"])
        let reached = "A ceasefire deal between Kenya and Uganda was reached on Wednesday."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(reached))) == ["KEN", "UGA"])
        // Sought, or recalled about its broker, it is no agreement reported here.
        #expect(TestReading.actors(.accept, in: TestReading.events("Rwanda is pushing for a deal between Kenya and Uganda.")).isEmpty)
        let recalled = "The talks are chaired by Rwanda, which brokered the truce between Kenya and Uganda."
        #expect(TestReading.actors(.accept, in: TestReading.events(recalled)).isEmpty)
    }

    @Test func hisExcellencyInCapitalsIsAStyleNotAName() {
        let text = "Talks\nHE Sheikh Tomas bin Okello Al Amara opened the talks. HE Sheikh Tomas said the deal was done."
        #expect(Set(NewsReader.read(text).people.map(\.name)) == ["Tomas bin Okello Al Amara"])
    }

    @Test func whoIsTheMediatorMediates() {
        let text = "Tanzanian President Tomas Okello is the African Union-appointed mediator between Kigali and Kinshasa."
        #expect(TestReading.actors(.mediate, in: TestReading.events(text)) == ["TZA"])
        let aside = "Tanzanian President Tomas Okello, who chairs the regional bloc, is also the AU mediator in the crisis."
        #expect(TestReading.actors(.mediate, in: TestReading.events(aside)) == ["TZA"])
        // A comma before the noun sets off something else.
        let other = "Tanzanian President Tomas Okello is in Kigali, where the mediator met him."
        #expect(TestReading.actors(.mediate, in: TestReading.events(other)).isEmpty)
    }
}
