import PeaceBoardCore
import Testing
@testable import PeaceBoardNews

@Suite struct AmountTests {
    func amounts(_ text: String) -> [String] {
        MoneyFinder.mentions(in: TextSpan(text: text, start: 0, end: 0)).map { "\($0.amount.minorUnits) \($0.amount.currency)" }
    }

    @Test(arguments: [
        ("contributing $1 billion within", "100000000000 USD"),
        ("a €3.3T debt crisis", "330000000000000 EUR"),
        ("pledged £2.5bn to the fund", "250000000000 GBP"),
        ("raised 1.2 million dollars", "120000000 USD"),
        ("a grant of USD 500,000 for schools", "50000000 USD"),
        ("40 million euros in aid", "4000000000 EUR"),
        ("costing ¥1,500", "1500 JPY"),
        ("US$12.75 each", "1275 USD"),
    ])
    func amountsAreReadExactly(text: String, expected: String) {
        #expect(amounts(text) == [expected])
    }

    @Test func numbersWithoutCurrencyAreNotMoney() {
        #expect(amounts("about 60 nations, 30-day ceasefire, 20 years, 1,000 troops, in 2022").isEmpty)
    }

    @Test func amountsFinerThanAMinorUnitAreRefused() {
        #expect(MoneyFinder.exactMinorUnits(digits: "1234", fractionDigits: 3, exponent: 0, currency: .usd) == nil)
        #expect(MoneyFinder.exactMinorUnits(digits: "33", fractionDigits: 1, exponent: 12, currency: .usd) == 330_000_000_000_000)
    }

    @Test func seed000StatesTheBillionDollarSeat() throws {
        let reading = NewsReader.read(try Seeds.text("000"))
        #expect(reading.amounts.map(\.amount) == [Money(major: 1_000_000_000, currency: .usd)!])
    }
}

@Suite struct DateTests {
    let reportDate = LocalDate(iso8601: "2025-05-12")!  // a Monday

    func dates(_ text: String) -> [String] {
        DateFinder.mentions(in: TextSpan(text: text, start: 0, end: 0), reportDate: reportDate).map { "\($0.date) \($0.precision.rawValue)" }
    }

    @Test(arguments: [
        ("talks on May 15 in Istanbul", "2025-05-15 day"),
        ("agreed on December 20 last year", "2024-12-20 day"),
        ("talks on May 10 in Istanbul", "2025-05-10 day"),
        ("signed on 15 May 2022", "2022-05-15 day"),
        ("signed on May 15, 2022, in", "2022-05-15 day"),
        ("the vote in November", "2024-11-01 month"),
        ("the vote in March", "2025-03-01 month"),
        ("as announced on Monday", "2025-05-12 day"),
        ("as announced on Friday", "2025-05-09 day"),
        ("dated 2025-04-30 in the file", "2025-04-30 day"),
    ])
    func datesAreReadAgainstTheReportDate(text: String, expected: String) {
        #expect(dates(text) == [expected])
    }

    @Test func withoutAReportDateOnlyFullDatesAreRead() {
        let found = DateFinder.mentions(in: TextSpan(text: "on Monday, May 15, and on 1 June 2025", start: 0, end: 0), reportDate: nil)
        #expect(found.map(\.date.description) == ["2025-06-01"])
    }

    @Test func mayAsAVerbIsNotADate() {
        #expect(dates("Russia may 15 times reject it").isEmpty)
    }
}
