import Testing
@testable import PeaceBoardNews

/// Who spoke while a signing ceremony went on, signatories named as such, remits that name no one's
/// state, complaints quoted, and bodies a report names by initials with an article (the sentences
/// here are the house's own).
@Suite struct SpeakersAtSigningsAndBodiesByInitialsTests {
    @Test func whoToldTheHallDuringOrAsTheSigningCeremonyWentOnWasThere() {
        let during = "Kenyan President Tomas Okello, the chairman of the regional initiative on Uganda, told delegates during the signing ceremony that peace was near."
        #expect(TestReading.actors(.meet, in: TestReading.events(during)) == ["KEN"])
        let started = "“We have done it together,” Kenyan President Tomas Okello told a hall packed with delegates as the signing ceremony finally started."
        #expect(TestReading.actors(.meet, in: TestReading.events(started)) == ["KEN"])
    }

    @Test func whoSpokeAtACeremonyOfNoSigningMetNobody() {
        let text = "Kenyan President Tomas Okello said at the ceremony that the dam posed no threat to anyone downstream."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)).isEmpty)
    }

    @Test func oneOfTheSignatoriesSigned() {
        #expect(TestReading.actors(.accept, in: TestReading.events("Kenyan President Tomas Okello was one of the signatories.")) == ["KEN"])
        #expect(TestReading.actors(.accept, in: TestReading.events("Uganda was among the signatories.")) == ["UGA"])
    }

    @Test func aMediatorInAStatesProcessIsNotThatStates() {
        let person = NewsReader.read("Talks\nAmara Diallo, the chief mediator in Uganda's peace process, spoke.").people.first { $0.name == "Amara Diallo" }
        #expect(person?.state == nil)
    }

    @Test func whoComplainedSpokeTheWordsQuoted() {
        let text = "Kenyan President Tomas Okello complained as he wrangled with the government, \"all the suggestions have been rejected.\""
        #expect(NewsReader.read("Talks\n" + text).quotes.first?.speaker == "Tomas Okello")
    }

    @Test func initialsNamedWithAnArticleAreABodys() {
        let found = TestReading.events("One of the rebel groups (the FDD) has said it supports the accord.")
        #expect(TestReading.actors(.support, in: found) == ["FDD"])
        #expect(NewsReader.read("Talks\nThe CEO said the deal was good.").organisations.isEmpty)
    }

    @Test func whoJoinedTalksOrAConferenceTookPart() {
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenya joined the peace conference on Monday.")) == ["KEN"])
        #expect(TestReading.actors(.meet, in: TestReading.events("Kenya joined Uganda in calling for an end to the war.")).isEmpty)
    }

    @Test func whomASignerSignsForSigns() {
        #expect(TestReading.actors(.accept, in: TestReading.events("Amara Diallo signed on behalf of Kenya.")) == ["KEN"])
        let list = "The document was signed by Kenyan President Tomas Okello, former president Amara Diallo on behalf of the Democratic Party of Kenya, opposition leader Musa Kante on behalf of the Republican Grouping, and rebel leader Ali Haroun."
        #expect(Set(TestReading.actors(.accept, in: TestReading.events(list))) == ["KEN", "Democratic Party of Kenya", "Republican Grouping", "Ali Haroun"])
    }

    @Test func theNameAQuotationGoesOnFromIsNotWhomHeStandsFor() {
        let text = "Amara Diallo said the agreement was a step forward.\n\nPresident Okello \u{201C}pressing the holdouts hard, I think, caused the parties to sign,\u{201D} he said."
        let quotes = NewsReader.read("Talks\n" + text).quotes
        #expect(quotes.first?.speaker == "Amara Diallo")
        let own = "Amara Diallo spoke first. President Tomas Okello said: \u{201C}We will sign,\u{201D} he added."
        #expect(NewsReader.read("Talks\n" + own).quotes.first?.speaker == "Tomas Okello")
    }

    @Test func oneOfAGroupARelativeClauseTellsOfDidWhatItSays() {
        let text = "Talks opened. President Tomas Okello of Kenya was one of 20 leaders who joined the peace conference."
        #expect(TestReading.actors(.meet, in: TestReading.events(text)) == ["KEN"])
        let apart = "Talks opened. President Tomas Okello of Kenya met 20 leaders who joined the peace conference."
        #expect(!TestReading.events(apart).contains { $0.kind == .meet && $0.trigger.text == "joined" && $0.actors.contains { $0.state == "KEN" } })
    }

    @Test func anOfficeNamedAloneIsItsHolderNamedBefore() {
        let president = TestReading.events("Kenyan President Amara Diallo arrived on Monday. The President called on the rebels to disarm.")
        #expect(TestReading.actors(.demand, in: president) == ["KEN"])
        let minister = "Kenyan President Amara Diallo met Ugandan Foreign Minister Tomas Okello. The foreign minister invited the rebels to talks."
        #expect(TestReading.actors(.invite, in: TestReading.events(minister)) == ["UGA"])
        let nobody = TestReading.events("Kenyan President Amara Diallo arrived on Monday. The commander called on the rebels to disarm.")
        #expect(TestReading.actors(.demand, in: nobody).isEmpty)
    }

    @Test func aPlaceOfOneWordAfterAnOfficesOfIsNoPartOfTheName() {
        let text = "\"We will act,\" Deputy Commissioner of Rangamati Amara Diallo told reporters. Governor of Kano Tomas Okello spoke."
        let reading = NewsReader.read("Talks\n" + text)
        #expect(Set(reading.people.map(\.name)) == ["Amara Diallo", "Tomas Okello"])
        #expect(reading.quotes.first?.speaker == "Amara Diallo")
        let kurti = NewsReader.read("Talks\nPrime Minister of Kosovo Albin Kurti spoke.").people.first
        #expect(kurti?.name == "Albin Kurti")
    }
}
