import Foundation
import Testing
@testable import PeaceBoardNews

@Suite struct CleaningTests {
    @Test func titleBodyAndFurnitureAreToldApart() {
        let report = """
            Rebels Agree to Talks in Nairobi

            Rebels Agree to Talks in Nairobi | East Africa Wire

            The rebel coalition said on Tuesday it would send a delegation to Nairobi.
            Mediators welcomed the move.
            Leave a Reply
            Your email address will not be published.
            Recent News
            Elections postponed in the north
            """
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.title == "Rebels Agree to Talks in Nairobi")
        #expect(cleaned.body.map(\.text) == ["The rebel coalition said on Tuesday it would send a delegation to Nairobi.", "Mediators welcomed the move."])
        #expect(cleaned.furniture.contains("Elections postponed in the north"))
        #expect(cleaned.furniture.contains("Rebels Agree to Talks in Nairobi | East Africa Wire"))
    }

    /// Web pages put section labels, crawl stamps and dates above the headline, and captions
    /// that end in a photo credit below it.
    @Test func theDayAPageSetsAfterTheHeadlineIsNotPartOfIt() {
        let report = "Breaking News\n\nKenya, Rebels Sign Truce Aimed at Ending Ten Years of War - 2025-03-30\n\nKenya and the rebels signed a truce in Arusha."
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.title == "Kenya, Rebels Sign Truce Aimed at Ending Ten Years of War")
        let title = cleaned.blocks.first { $0.role == .title }!.span
        #expect((report as NSString).substring(with: NSRange(location: title.start, length: title.end - title.start)) == cleaned.title)
        // A headline that ends in figures joined by hyphens keeps them.
        #expect(ReportCleaner.withoutTrailingDay("Talks on the 2025-2026 budget") == nil)
    }

    @Test func aWrappedParagraphBrokenInsideANameEndsOnItsShortLastLine() {
        let report = """
            Posted on 1-8-2002

            Peace Pact Kenya-Uganda

            NAIROBI, 30 Jul 2025 (IRIN) - Presidents Amara Diallo of Kenya and Tomas
            Okello of Uganda signed an agreement in Arusha, Tanzania, on the shores of
            Tuesday to end the conflict between their two countries.
            """
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.title == "Peace Pact Kenya-Uganda")
        #expect(cleaned.furniture == ["Posted on 1-8-2002"])
        #expect(cleaned.body.count == 1)
        let people = NewsReader.read(report).people.map { "\($0.name) \($0.state ?? "-")" }
        #expect(people == ["Amara Diallo KEN", "Tomas Okello UGA"])
    }

    @Test func anArticleGoesOnPastABoxOfLinksSetInsideIt() {
        let report = """
            Kenya and Uganda sign border accord

            NAIROBI -- Kenya and Uganda have signed an accord to end the dispute over Migingo island in Lake Victoria.
            MORE STORIES
            Dance for peace
            QUICKVOTE
            Will the accord hold?
            Yes
            No
            President Amara Diallo of Kenya and Ugandan President Tomas Okello signed the accord in the Kenyan capital Nairobi on Tuesday after two days of talks.
            """
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.body.last?.text.hasPrefix("President Amara Diallo of Kenya") == true)
        #expect(cleaned.furniture.contains("Dance for peace"))
        // Other stories' paragraphs, which name none of the article's names, are still past its end.
        let other = report.replacingOccurrences(
            of: "President Amara Diallo of Kenya and Ugandan President Tomas Okello signed the accord in the Kenyan capital Nairobi on Tuesday after two days of talks.",
            with: "Floods in the south of Malawi have driven thousands of families from their homes, and the rains are expected to continue this week.")
        #expect(ReportCleaner.clean(other).body.count == 1)
    }

    @Test func aPhotographsCaptionAboveTheBodyIsNoHeadline() {
        let report = """
            African peace signing in Nairobi

            Ugandan President Tomas Okello, left, with Kenyan President Amara Diallo sign the accord

            NAIROBI -- Uganda and Kenya have signed an accord to end the dispute over Migingo island in Lake Victoria.
            """
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.title == "African peace signing in Nairobi")
        #expect(cleaned.body.first?.text == "Ugandan President Tomas Okello, left, with Kenyan President Amara Diallo sign the accord")
    }

    @Test func teasersForOtherStoriesAboveTheHeadlineAreFurnitureAndEndNothing() {
        let page = """
            Don't miss

            Flood season: a river town rebuilds its bridges
            Read more

            Is the new stadium worth it? Readers have their say
            Read more

            Kenya and Ethiopia agree to reopen their border

            Kenya and Ethiopia agreed on Monday to reopen their shared border.
            Officials said trade would resume within a week.
            Read more
            Other story of the day
            """
        let cleaned = ReportCleaner.clean(page)
        #expect(cleaned.title == "Kenya and Ethiopia agree to reopen their border")
        #expect(cleaned.body.map(\.text) == ["Kenya and Ethiopia agreed on Monday to reopen their shared border.", "Officials said trade would resume within a week."])
        #expect(cleaned.furniture.contains("Is the new stadium worth it? Readers have their say"))
        // After the article has begun, "Read more" still ends it.
        #expect(cleaned.furniture.contains("Other story of the day"))
    }

    /// Some papers set a "READ MORE" link between two paragraphs of the article itself.
    @Test func aReadMoreLinkInsideAnArticleEndsNothing() {
        let page = """
            Rivals agree to share power in Lusaka

            The two rivals agreed a power-sharing deal on Tuesday after a month of talks.

            READ MORE

            The mediator said the deal would be signed at a ceremony in the capital on Friday, with regional leaders present.
            "This is the beginning," he said.
            Read more
            Another story of the day
            """
        let cleaned = ReportCleaner.clean(page)
        #expect(cleaned.body.count == 3)
        #expect(cleaned.body.last?.text == "\"This is the beginning,\" he said.")
        #expect(cleaned.furniture.contains("READ MORE"))
        #expect(cleaned.furniture.contains("Another story of the day"))
    }

    /// A breadcrumb printed as a numbered list, a section label, a headline asked as a question, and a
    /// clip's credit that shares one word with the lead by chance.
    @Test func breadcrumbsLabelsQuestionsAndCreditsAreToldFromTheHeadline() {
        let numbered = """
            1. Home
              2. Africa
              3. East Africa

            Rwanda accord: what next?

            "We have done it together," the mediator told the delegates as the ceremony began in Arusha on Monday.
            Delegates hugged and congratulated each other after the signing.
            """
        let cleaned = ReportCleaner.clean(numbered)
        #expect(cleaned.title == "Rwanda accord: what next?")
        #expect(cleaned.furniture.contains("1. Home"))
        let labelled = """
            Breaking News

            NAIROBI, Kenya — The president and the opposition leader signed a power-sharing agreement on Thursday.
            """
        #expect(ReportCleaner.clean(labelled).title == nil)
        let credited = """
            International Crisis' Aidan Okello in Bujumbura
            "This is just one step in a process"
            Two Tutsi parties sign Burundi peace
            Two more Tutsi parties have added their signatures to the interim peace agreement for Burundi on Monday.
            """
        #expect(ReportCleaner.clean(credited).title == "Two Tutsi parties sign Burundi peace")
    }

    @Test func plainTextWrappedAtAFixedWidthIsReadAsParagraphs() {
        let page = """
            Kenya and Ethiopia reopen their border

            The plan, known as the Nairobi Accord, has been agreed between the
            Kenyan and Ethiopian leaders and will be monitored by 300 African
            Union observers, who will arrive in the border region next week.
            "Our delegation did not accept this plan, nor will it
            sign the maps," he said.
            """
        let cleaned = ReportCleaner.clean(page)
        #expect(cleaned.title == "Kenya and Ethiopia reopen their border")
        #expect(cleaned.body.count == 2)
        #expect(cleaned.body.first?.text.hasPrefix("The plan, known as the Nairobi Accord, has been agreed between the\nKenyan and Ethiopian") == true)
        // Offsets still point into the page as written.
        let first = cleaned.body[0]
        #expect(page.utf16Slice(from: first.start, to: first.end) == first.text)
        let reading = NewsReader.read(page)
        #expect(reading.sentences.count == 2)
        #expect(reading.quotes.first?.text.contains("nor will it\nsign the maps") == true)
        // A headline over its subheading is no wrapped paragraph.
        let headed = """
            Pakistan, Afghanistan agree to immediate ceasefire in Doha talks, says Qatar
            Qatar, Türkiye mediate negotiations to achieve lasting peace, stability
            Pakistan and Afghanistan agreed Sunday to an immediate ceasefire during talks in Doha.
            """
        #expect(ReportCleaner.clean(headed).title == "Pakistan, Afghanistan agree to immediate ceasefire in Doha talks, says Qatar")
    }

    @Test func aMenuOnOneLineABreadcrumbAndASectionListAreNoHeadline() {
        let page = """
            WORLD NEWS Americas Africa Europe Middle East South Asia Asia Pacific Arabic Spanish Russian Chinese
             You are in:  World: South Asia
            From Our Own Correspondent
            Thursday, 21 February, 2002, 14:06 GMT
            Peace deal in Sri Lanka
            The Sri Lankan Government and Tamil Tiger rebels have agreed to a permanent ceasefire.
            """
        let cleaned = ReportCleaner.clean(page)
        #expect(cleaned.title == "Peace deal in Sri Lanka")
        #expect(cleaned.furniture.contains { $0.hasPrefix("WORLD NEWS") })
        #expect(cleaned.furniture.contains { $0.hasPrefix("You are in:") })
        // A Title Case headline of many words is no menu.
        let titled = "Qatari Foreign Ministry Announces Ceasefire Between Pakistan, Afghanistan\nThe ministry announced a ceasefire on Sunday."
        #expect(ReportCleaner.clean(titled).title == "Qatari Foreign Ministry Announces Ceasefire Between Pakistan, Afghanistan")
    }

    @Test func theHeadlineIsNotASectionLabelOrATimeStamp() {
        let report = """
             date 2025-03-02 Main Menu
            World
            Breaking News
            Ceasefire Talks Resume In Doha As Mediators Press Both Sides
            March 2, 2025 / 6:10 PM / an hour ago
            Ceasefire talks resume in Doha
            Negotiators from both sides arrive at the talks venue in Doha on Sunday. Photo: Jane Roe/Wire
            DOHA (Wire) - Qatar hosted a new round of talks on Sunday.
            """
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.title == "Ceasefire Talks Resume In Doha As Mediators Press Both Sides")
        #expect(cleaned.body.map(\.text) == [
            "Negotiators from both sides arrive at the talks venue in Doha on Sunday. Photo: Jane Roe/Wire",
            "DOHA (Wire) - Qatar hosted a new round of talks on Sunday.",
        ])
        for line in ["date 2025-03-02", "Main Menu", "World", "Breaking News", "March 2, 2025 / 6:10 PM / an hour ago", "Ceasefire talks resume in Doha"] {
            #expect(cleaned.furniture.contains(line), "\(line)")
        }
        // With nothing longer before the body, a short line is the headline still.
        #expect(ReportCleaner.clean("Talks\nTurkey offered to host the talks.").title == "Talks")
        // A page whose body comes first has no headline; a stamp is never one.
        #expect(ReportCleaner.clean("September 30, 2019\nThe envoy welcomed the release of detainees on Monday.").title == nil)
    }

    /// A crawler's stamp before a line is furniture and the rest of the line is read for itself;
    /// menus whose words ran together, bylines and captions are told apart too.
    @Test func crawlStampsBylinesMenusAndCaptions() {
        let report = """
             date 2016-05-04 NewsAgency SolutionsLegal Tax AccountingBlog: Answers OnInnovation
             date 2025-11-12 Envoy in Istanbul for prisoner swap talks
            By our correspondent and Wire Online
            Peace drive: the envoy holding discussions with both leaders. — Photo from the envoy's page
            • Saturday, 17 May 2025
             date 2025-11-12 The envoy arrived in Istanbul on Tuesday.
            """
        let cleaned = ReportCleaner.clean(report)
        #expect(cleaned.title == "Envoy in Istanbul for prisoner swap talks")
        #expect(cleaned.body.map(\.text) == [
            "Peace drive: the envoy holding discussions with both leaders. — Photo from the envoy's page", "The envoy arrived in Istanbul on Tuesday.",
        ])
        #expect(cleaned.furniture.contains("By our correspondent and Wire Online"))
        #expect(cleaned.furniture.contains("• Saturday, 17 May 2025"))
        #expect(cleaned.furniture.contains("NewsAgency SolutionsLegal Tax AccountingBlog: Answers OnInnovation"))
        // The body's span starts after the stamp.
        let body = cleaned.blocks.last!.span
        #expect(String(decoding: Array(report.utf16)[body.start..<body.end], as: UTF16.self) == body.text)
    }

    @Test(arguments: [
        ("date 2018-01-01", true), ("T. SNOW Wednesday, 2 November 2022, 22:18", true), ("May 4, 2016 / 4:45 PM / a year ago", true), ("Wednesday, 2 November 2022, 22:18", true),
        ("Published: 12 Mar 2023", true), ("May 15 talks in Istanbul end without a deal", false), ("Sudan's 2023 war enters a third year", false),
    ])
    func timeStampsAreToldFromHeadlines(line: String, isStamp: Bool) {
        #expect(PageFurniture.isTimestamp(line) == isStamp)
    }

    @Test func spansPointIntoTheOriginalText() {
        let report = "Title Here\nA sentence with “quotes” and é accents. Another one follows here."
        let reading = NewsReader.read(report)
        let utf16 = Array(report.utf16)
        for sentence in reading.sentences {
            #expect(String(decoding: utf16[sentence.start..<sentence.end], as: UTF16.self) == sentence.text)
        }
        #expect(reading.sentences.count == 2)
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let sentences = SentenceSplitter.sentences(in: TextSpan(text: "U.S. Secretary of State Marco Rubio met Gen. Keith Kellogg. Donald J. Trump spoke later.", start: 0, end: 0))
        #expect(sentences.map(\.text) == ["U.S. Secretary of State Marco Rubio met Gen. Keith Kellogg.", "Donald J. Trump spoke later."])
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func seedFurnitureIsNotReadAsNews(seed: String) throws {
        let reading = NewsReader.read(try Seeds.text(seed))
        let furniture = ["Leave a Reply", "Scroll to Top", "Recent News", "More Related Stories", "Special to Channel613.Com", "RT World News"]
        for sentence in reading.sentences {
            #expect(!furniture.contains { sentence.text.contains($0) }, "\(sentence.text)")
        }
    }
}

@Suite struct ReportInputTests {
    @Test(arguments: [
        ([UInt8](), ReportInput.Problem.empty),
        (Array(" \n\t ".utf8), .empty),
        ([0x66, 0xFF, 0xFE, 0x20], .notUTF8),
        ([0x00, 0x01, 0x02, 0x41, 0x42], .binary),
        (Array("<!DOCTYPE html><html><body><p>Talks</p></body></html>".utf8), .html),
    ])
    func badInputIsNamed(bytes: [UInt8], problem: ReportInput.Problem) {
        #expect(throws: problem) { try ReportInput.text(from: bytes) }
    }

    @Test func largeReportsAreRefusedWithTheirSize() {
        let bytes = [UInt8](repeating: 0x61, count: 2_000)
        #expect(throws: ReportInput.Problem.tooLarge(bytes: 2_000, limit: 1_000)) { try ReportInput.text(from: bytes, limit: 1_000) }
    }

    @Test func otherScriptsInsideAnEnglishReportAreText() throws {
        let text = "Peskov said: «Мы рассматриваем предложение». 中文 too."
        #expect(try ReportInput.text(from: Array(text.utf8)) == text)
    }
}

@Suite struct ForeignPassageTests {
    @Test func passagesInAnotherScriptOrLanguageAreReportedAndNotRead() {
        let report = """
            Talks Resume
            Russia rejected the plan on Monday, officials said in a statement to the press.
            Россия отклонила план, заявили официальные лица в понедельник вечером.
            La Russie a rejeté le plan lundi, selon un communiqué publié par le ministère des Affaires étrangères.
            """
        let reading = NewsReader.read(report)
        #expect(reading.foreignPassages.map(\.reason) == [.otherScript, .otherLanguage])
        #expect(reading.events.count == 1)
        #expect(reading.foreignPassages.first?.message.hasSuffix("are in another script and were not read") == true)
    }

    @Test func anEnglishSentenceInAParagraphMostlyInAnotherScriptIsRead() {
        let report = """
            Talks Resume
            Russia and Ukraine agreed to a 30-day ceasefire, Peskov said. Путин заявил, что переговоры продолжатся в Стамбуле на следующей неделе.
            """
        let reading = NewsReader.read(report)
        #expect(reading.foreignPassages.map(\.reason) == [.otherScript])
        #expect(reading.foreignPassages.first?.span.text.hasPrefix("Путин") == true)
        #expect(reading.events.map(\.kind) == [.accept])
        #expect(reading.provisions.map(\.type) == ["ceasefire"])
    }
}
