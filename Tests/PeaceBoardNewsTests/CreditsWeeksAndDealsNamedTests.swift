import Testing

@testable import PeaceBoardNews

/// Credit claimed and praise given, deals named as made, lengths in weeks, ceremonies still to come, and the
/// month of May (the sentences here are the house's own, but for people the gazetteer lists).
@Suite struct CreditsWeeksAndDealsNamedTests {
    @Test func theGazetteerKnowsQatarsPrimeMinisterAndIsraelsPresident() {
        let reading = NewsReader.read("Talks\nSheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met President Isaac Herzog on Monday.")
        #expect(reading.people.map(\.name) == ["Mohammed bin Abdulrahman Al Thani", "Isaac Herzog"])
        #expect(TestReading.actors(.demand, in: TestReading.events("President Isaac Herzog urged the cabinet to approve the deal.")) == ["ISR"])
    }

    @Test func wordsCreditedOrToutedAreTheSpeakers() {
        let reading = NewsReader.read(
            "Talks\nKenyan President William Ruto cheered the announcement of the deal, and credited “patient African diplomacy” for landing it.")
        #expect(reading.quotes.map(\.speaker) == ["William Ruto"])
        #expect(TestReading.actors(.support, in: reading.events) == ["KEN"])
        let touted = NewsReader.read("Talks\nSoon after, Ruto touted an “historic ceasefire agreement” on social media.")
        #expect(touted.quotes.map(\.speaker) == ["William Ruto"])
        #expect(TestReading.actors(.support, in: touted.events) == ["KEN"])
    }

    @Test func praisingAProcessSupportsIt() {
        let events = TestReading.events("Ruto made a brief statement, praising the work of Ghana’s delegation and the negotiating process.")
        #expect(TestReading.actors(.support, in: events) == ["KEN"])
    }

    @Test func aPlanLaidOutIsProposed() {
        let events = TestReading.events("Kenyan President William Ruto said he laid out the precise contours of this plan in May.")
        #expect(TestReading.actors(.propose, in: events) == ["KEN"])
    }

    @Test func theMonthMayIsNoHedge() {
        let events = TestReading.events("Ruto laid out the plan on May 31, 2024, after which it was endorsed unanimously by the African Union.")
        #expect(events.contains { $0.kind == .support && !$0.hedged })
        let modal = TestReading.events("The plan may be endorsed by the African Union.")
        #expect(modal.filter { $0.kind == .support }.allSatisfy { $0.hedged })
    }

    @Test func discussionsBetweenSidesAreTheirMeeting() {
        let events = TestReading.events("The deal was confirmed after intensive discussions between Ghana, Togo and Kenya.")
        #expect(Set(TestReading.actors(.meet, in: events)) == ["GHA", "TGO", "KEN"])
    }

    @Test func aDealNotYetApprovedIsWeighed() {
        let events = TestReading.events("Ghana's government had yet to formally approve it.")
        #expect(TestReading.actors(.consider, in: events) == ["GHA"])
    }

    @Test func whoAnnouncesOthersDealIsNoPartyToIt() {
        let events = TestReading.events(
            "Kenya's president announced a ceasefire agreement between Ghana and Togo. William Ruto announced the agreement in Nairobi.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["GHA", "TGO"])
    }

    @Test func whoJoinsAnotherForTalksHoldsThem() {
        let events = TestReading.events("Kenya's envoy, Amina Odhiambo, had joined Ghana's adviser, Kofi Mensah, in Accra for talks in recent days.")
        #expect(TestReading.actors(.meet, in: events).first == "KEN")
        #expect(TestReading.events("Ghana joined calls for talks.").filter { $0.kind == .meet }.isEmpty)
    }

    @Test func aCeasefireLastingWeeksLastsSoManyDays() {
        let reading = NewsReader.read("Talks\nRuto said the ceasefire would last six weeks and provide space for negotiations.")
        #expect(reading.provisions.first?.parameters["days"] == .integer(42))
        let after = NewsReader.read("Talks\nThe signing followed a preliminary ceasefire agreed some six weeks after the rebel leader was killed.")
        #expect(after.provisions.first?.parameters["days"] == nil)
    }

    @Test func aCeremonyStillDueHadNobodyThere() {
        let events = TestReading.events(
            "Ghana and Togo signed a ceasefire memorandum on Saturday. A formal signing ceremony to seal the agreement is due to take place in Accra on Monday.")
        #expect(!events.contains { $0.kind == .meet && $0.trigger.text == "ceremony" && !$0.hedged })
        let opened = TestReading.events("The ceremony was opened by Kenyan Foreign Minister Amina Odhiambo, who welcomed the delegations.")
        #expect(TestReading.actors(.meet, in: opened).contains("KEN"))
    }

    @Test func aDealNamedAsMadeIsItsTwoSides() {
        let events = TestReading.events("The truce follows an agreement between Ghana and Togo for a prisoner exchange.")
        #expect(Set(TestReading.actors(.accept, in: events)) == ["GHA", "TGO"])
        let sought = TestReading.events("Kenya is working toward an agreement between Ghana and Togo.")
        #expect(!TestReading.actors(.accept, in: sought).contains("GHA"))
        // "Both sides in" a place are the pair named before.
        let inPlace = TestReading.events("The truce follows an agreement between Ghana and Togo. Ruto stated that both sides in Volta had agreed on the terms.")
        #expect(inPlace.filter { $0.kind == .accept && $0.trigger.text == "agreed" }.flatMap(\.actors).compactMap(\.state) == ["GHA", "TGO"])
    }
}
