import Testing
@testable import PeaceBoardNews

/// How South Asian copy writes times and offices, participles that share the sentence's subject,
/// initials that act, and talks told of inside a quotation (the sentences here are the house's own).
@Suite struct ClockTimesParticiplesAndQuotedTalksTests {
    @Test func theAfternoonIsNoPrimeMinister() {
        #expect(NewsReader.read("Talks\nThe truce took effect at 5:00 PM IST on Saturday, officials said.").people.isEmpty)
        // "PM" before a name is still the office.
        #expect(NewsReader.read("Talks\nOfficials met on Monday. PM Ravi Menon welcomed the truce.").people.map(\.name) == ["Ravi Menon"])
    }

    @Test func anIndianChiefMinisterIsAnOffice() {
        let reading = NewsReader.read("Talks\nOfficials met on Monday. Kerala CM Ravi Menon welcomed the truce.")
        #expect(reading.people.map(\.name) == ["Ravi Menon"])
        #expect(reading.people.first?.office == "CM")
    }

    @Test func anOperationsNameInMarksMayHoldAParticle() {
        let text = "Talks\nOfficials met on Monday. Ghana launched “Operation Fath ul Mubin,” striking camps across the border."
        #expect(NewsReader.read(text).quotes.isEmpty)
    }

    @Test func aParticipleSharesTheSentencesSubject() {
        let proposal = TestReading.events("Ghana denied involvement, proposing an independent inquiry, which Togo rejected.")
        #expect(TestReading.actors(.propose, in: proposal) == ["GHA"])
        #expect(TestReading.actors(.reject, in: proposal) == ["TGO"])
        let calls = TestReading.events(
            "U.N. Secretary-General Antonio Guterres also intervened, speaking separately with leaders from both countries to advocate for restraint.")
        #expect(TestReading.actors(.meet, in: calls) == ["United Nations"])
        #expect(TestReading.actors(.demand, in: calls) == ["United Nations"])
    }

    @Test func initialsBeforeAVerbInThePastAct() {
        #expect(TestReading.actors(.mediate, in: TestReading.events("Officials said the U.S. brokered the truce.")) == ["USA"])
        // Past the quotation mark that opens the words quoted.
        let quoted = TestReading.events("The president said that the U.S. “helped negotiate and secure a full ceasefire” between them.")
        #expect(TestReading.actors(.mediate, in: quoted) == ["USA"])
        // "U.S. based" describes what follows.
        #expect(TestReading.actors(.support, in: TestReading.events("The U.S. based group welcomed the plan.")).isEmpty)
    }

    @Test func aWinForPeaceIsPraiseAndAVictoryForOneSideIsNot() {
        let praise = TestReading.events("Kenyan President William Ruto spoke on Sunday, calling it a win for regional peace.")
        #expect(TestReading.actors(.support, in: praise) == ["KEN"])
        #expect(TestReading.events("The opposition leader Amina Odhiambo called the deal a victory for the rebels.").filter { $0.kind == .support }.isEmpty)
    }

    @Test func anOfficeGivenInitialsIsNoBody() {
        let reading = NewsReader.read(
            "Talks\nOfficials met on Monday. Ghana's Director General of Military Operations (DGMO) contacted his Togolese counterpart at noon.")
        #expect(reading.organisations.isEmpty)
        #expect(TestReading.actors(.meet, in: reading.events).contains("GHA"))
        #expect(!reading.events.flatMap(\.actors).contains { $0.organisation != nil })
    }

    @Test func violenceBackedIsNoSupport() {
        #expect(TestReading.events("The talks followed a Ghana-backed terror attack in the north.").filter { $0.kind == .support }.isEmpty)
        #expect(TestReading.actors(.support, in: TestReading.events("Togo accepted the Ghana-backed plan.")) == ["GHA"])
    }

    @Test func whoChairsAMeetingHoldsIt() {
        let events = TestReading.events("Prime Minister Narendra Modi chaired a high-level meeting on security after the announcement.")
        #expect(TestReading.actors(.meet, in: events) == ["IND"])
        #expect(events.filter { $0.kind == .mediate }.isEmpty)
        // Talks between two sides are mediated by their chair.
        let talks = TestReading.events("Kenyan President William Ruto chaired a meeting between Ghana and Togo on Sunday.")
        #expect(TestReading.actors(.mediate, in: talks) == ["KEN"])
    }

    @Test func congratulationsInAQuotationAreTheSpeakers() {
        let text = """
            Ghana and Togo agreed to a truce on Sunday.
            “Congratulations to both countries for their wisdom,” Kenyan President William Ruto wrote.
            """
        #expect(TestReading.actors(.congratulate, in: TestReading.events(text)) == ["KEN"])
        // An occasion congratulated is no party's.
        let anniversary = "“Congratulations to the 30th anniversary of the accord,” Kenyan President William Ruto wrote."
        #expect(TestReading.events(anniversary).filter { $0.kind == .congratulate }.isEmpty)
    }

    @Test func bothTheCountriesAreThePairNamedBefore() {
        let text = "Ghana and Togo fought for a week. Kenyan President William Ruto announced that both the countries have agreed to a truce."
        #expect(TestReading.actors(.accept, in: TestReading.events(text)) == ["GHA", "TGO"])
    }

    @Test func stoppingShortDeniesAndHearsayHedges() {
        let short = TestReading.events("Chinese President Xi Jinping stopped short of advocating for a military alliance.")
        #expect(short.filter { $0.kind == .demand }.map(\.negated) == [true])
        let hearsay = TestReading.events(
            "U.S. Secretary of State Marco Rubio was reported to have engaged in discussions with both leaders to facilitate the agreement.")
        let mediations = hearsay.filter { $0.kind == .mediate }
        #expect(mediations.allSatisfy { $0.hedged })
    }

    @Test func aParticipleWithItsAgentAfterAnAdverbAndAList() {
        let text = "The move, welcomed internationally by the UN and Kerala CM Ravi Menon, follows days of fighting."
        let supporters = TestReading.events(text).filter { $0.kind == .support }.flatMap(\.actors)
        #expect(supporters.map { $0.organisation ?? $0.name } == ["United Nations", "Ravi Menon"])
        let expressing = TestReading.events("The truce was welcomed, with the U.N. Secretary-General expressing support for the efforts.")
        #expect(TestReading.actors(.support, in: expressing) == ["United Nations"])
    }

    @Test func talksThatOpenAQuotationInsideTheSentenceWereHeld() {
        let text = "Kenyan President William Ruto posted on Sunday, stating, “After a long night of talks, I am pleased to announce that Ghana and Togo have agreed to a truce.”"
        #expect(Set(TestReading.actors(.meet, in: TestReading.events(text))) == ["GHA", "TGO"])
    }

    @Test func troopsThinnedOutAlongBordersAreATerritorialArrangement() {
        let reading = NewsReader.read("Talks\nOfficials met on Monday. The steps include troop reduction along borders.")
        #expect(reading.provisions.map(\.type) == ["territorial-arrangement"])
        let withdrawal = NewsReader.read("Talks\nOfficials met on Monday. The deal provides for troop withdrawal from the valley.")
        #expect(withdrawal.provisions.map(\.type) == ["territorial-arrangement"])
    }
}
