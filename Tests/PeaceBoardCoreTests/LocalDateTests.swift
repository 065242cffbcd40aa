import Foundation
import Testing
@testable import PeaceBoardCore

@Suite struct LocalDateTests {
    @Test(arguments: ["1970-01-01", "2000-02-29", "2026-03-01", "1994-12-31", "9999-12-31", "0001-01-01"])
    func roundTripsISO8601(_ text: String) throws {
        let date = try #require(LocalDate(iso8601: text))
        #expect(date.description == text)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026-01-01T00:00", "", "abcd-ef-gh", "2026/01/01"])
    func refusesWhatIsNotADate(_ text: String) {
        #expect(LocalDate(iso8601: text) == nil)
    }

    @Test func dayNumbersAreExact() {
        #expect(LocalDate(iso8601: "1970-01-01")!.dayNumber == 0)
        #expect(LocalDate(iso8601: "2026-03-01")!.dayNumber - LocalDate(iso8601: "2026-02-28")!.dayNumber == 1)
        #expect(LocalDate(iso8601: "2024-03-01")!.dayNumber - LocalDate(iso8601: "2024-02-28")!.dayNumber == 2)
    }

    @Test func addingYearsKeepsTheDayOrClampsLeapDay() {
        #expect(LocalDate(iso8601: "2026-01-22")!.adding(years: 3).description == "2029-01-22")
        #expect(LocalDate(iso8601: "2024-02-29")!.adding(years: 1).description == "2025-02-28")
        #expect(LocalDate(iso8601: "2024-02-29")!.adding(years: 4).description == "2028-02-29")
    }

    @Test func timestampsAreCanonicalUTC() {
        let stamp = Timestamp(Date(timeIntervalSince1970: 1_769_000_000.1234))
        #expect(stamp.text == "2026-01-21T12:53:20.123Z")
        #expect(Timestamp(canonical: stamp.text) == stamp)
    }
}
