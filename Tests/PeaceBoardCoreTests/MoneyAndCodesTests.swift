import Foundation
import Testing
@testable import PeaceBoardCore

@Suite struct MoneyAndCodesTests {
    @Test func stateCodesFollowISO3166Alpha3() {
        #expect(StateCode("HUN")?.name == "Hungary")
        #expect(StateCode("RUS") != nil)
        #expect(StateCode("hun") == nil)
        #expect(StateCode("XYZ") == nil)
        #expect(StateCode("HU") == nil)
        #expect(StateCode.names.count >= 193)
    }

    @Test func currenciesCarryTheirMinorUnits() {
        #expect(CurrencyCode("USD")?.minorUnits == 2)
        #expect(CurrencyCode("JPY")?.minorUnits == 0)
        #expect(CurrencyCode("KWD")?.minorUnits == 3)
        #expect(CurrencyCode("XAU") == nil)
        #expect(CurrencyCode("ABC") == nil)
    }

    @Test func moneyIsExactIntegerMinorUnits() {
        let billion = Money(major: 1_000_000_000, currency: .usd)!
        #expect(billion.minorUnits == 100_000_000_000)
        #expect(billion.description == "1000000000.00 USD")
        #expect(Money(minorUnits: -5, currency: .usd).description == "-0.05 USD")
        #expect(Money(minorUnits: 1500, currency: CurrencyCode("JPY")!).description == "1500 JPY")
        #expect(Money(major: .max, currency: .usd) == nil)
    }

    @Test func totalsNeverMixCurrencies() {
        var totals = MoneyTotals()
        totals.add(Money(minorUnits: 100, currency: .usd))
        totals.add(Money(minorUnits: 250, currency: CurrencyCode("EUR")!))
        totals.add(Money(minorUnits: 1, currency: .usd))
        #expect(totals[.usd] == 101)
        #expect(totals.amounts.map(\.description) == ["2.50 EUR", "1.01 USD"])
    }

    @Test func moneyDecodingRejectsUnknownCurrency() {
        let json = Data(#"{"minorUnits": 100, "currency": "ZZZ"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Money.self, from: json) }
    }
}
