import Testing
@testable import PeaceBoardNews

/// Whose words a quotation is when the speaker is described by office and state rather than
/// named ("the South African president said", "the US President said") (the sentences here are the house's own).
@Suite struct OfficesDescribedBeforeSayingTests {
    @Test func anOfficeDescribedWithAStateOfTwoWordsIsItsHolders() {
        let text = "Talks\nSouth African President Joseph Mwangi announced the agreement in Harare.\n\n"
            + "The South African president said the parties will on Monday \"file a report on the new government.\""
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Joseph Mwangi"])
    }

    @Test func anOfficeDescribedByAStatesNameIsItsHolders() {
        let text = "Talks\nUS President Daniel Brooks signed as a witness.\n\n"
            + "Before the ceremony, Kenyan President Amara Diallo met President Brooks, where the US President said "
            + "that there are “at least five countries” ready to make peace with Kenya."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Daniel Brooks"])
    }

    @Test func theSubjectStillFramesWhenNoOfficeIsDescribed() {
        let text = "Talks\nUS President Daniel Brooks signed as a witness.\n\n"
            + "Kenyan President Amara Diallo met President Brooks, and said that there are “at least five countries” ready."
        #expect(NewsReader.read(text).quotes.map(\.speaker) == ["Amara Diallo"])
    }
}
