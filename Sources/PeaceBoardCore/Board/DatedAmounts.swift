/// Amounts of one currency ordered by day, with running totals, so that "how much by day D"
/// and "how much between D1 and D2" are binary searches rather than scans.
struct DatedAmounts: Hashable, Sendable, Codable {
    private(set) var days: [Int] = []
    private(set) var runningTotals: [Int64] = []

    init() {}

    private enum CodingKeys: String, CodingKey { case days, runningTotals }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        days = try container.decode(RawArray<Int>.self, forKey: .days).values
        runningTotals = try container.decode(RawArray<Int64>.self, forKey: .runningTotals).values
        guard days.count == runningTotals.count else {
            throw DecodingError.dataCorruptedError(forKey: .days, in: container, debugDescription: "days and totals differ in length")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(RawArray(days), forKey: .days)
        try container.encode(RawArray(runningTotals), forKey: .runningTotals)
    }

    mutating func insert(day: Int, amount: Int64) {
        // Entries almost always arrive in date order; a back-dated one shifts the totals after it.
        let index = upperBound(day)
        days.insert(day, at: index)
        let before = index > 0 ? runningTotals[index - 1] : 0
        runningTotals.insert(before + amount, at: index)
        for later in (index + 1)..<runningTotals.count {
            runningTotals[later] += amount
        }
    }

    /// Total of the amounts dated on or before `day`.
    func total(through day: Int) -> Int64 {
        let index = upperBound(day)
        return index > 0 ? runningTotals[index - 1] : 0
    }

    /// Total of the amounts dated in `first...last`.
    func total(from first: Int, through last: Int) -> Int64 {
        guard first <= last else { return 0 }
        return total(through: last) - total(through: first - 1)
    }

    /// The first day on which the amounts dated from `first` on add up to `target`, looking no later than `last`.
    func dayReaching(_ target: Int64, from first: Int, through last: Int) -> Int? {
        let base = total(through: first - 1)
        var low = upperBound(first - 1)
        var high = upperBound(last)
        guard low < high, runningTotals[high - 1] - base >= target else { return nil }
        while low < high {
            let middle = (low + high) / 2
            if runningTotals[middle] - base >= target { high = middle } else { low = middle + 1 }
        }
        return days[low]
    }

    private func upperBound(_ day: Int) -> Int {
        var low = 0
        var high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A state's pledges and cash payments, per currency.
struct ContributionBook: Hashable, Sendable, Codable {
    var paid: [CurrencyCode: DatedAmounts] = [:]
    var pledged: [CurrencyCode: DatedAmounts] = [:]

    func totals(_ book: [CurrencyCode: DatedAmounts], through day: LocalDate) -> [Money] {
        totals(book, from: Int.min / 2, through: day.dayNumber)
    }

    private func totals(_ book: [CurrencyCode: DatedAmounts], from first: Int, through last: Int) -> [Money] {
        book.keys.sorted().compactMap { currency in
            let total = book[currency]!.total(from: first, through: last)
            return total == 0 ? nil : Money(minorUnits: total, currency: currency)
        }
    }

    /// Paid and pledged per calendar year, from the first dated amount's year to `day`'s.
    func yearlyTotals(through day: LocalDate) -> [Standing.YearTotals] {
        let firstDays = (Array(paid.values) + Array(pledged.values)).compactMap(\.days.first).filter { $0 <= day.dayNumber }
        guard let earliest = firstDays.min() else { return [] }
        let firstYear = LocalDate(dayNumber: earliest).components.year
        let lastYear = day.components.year
        return (firstYear...lastYear).compactMap { year in
            let start = LocalDate(year: year, month: 1, day: 1)!.dayNumber
            let end = min(LocalDate(year: year, month: 12, day: 31)!.dayNumber, day.dayNumber)
            let yearTotals = Standing.YearTotals(
                year: year, paid: totals(paid, from: start, through: end), pledged: totals(pledged, from: start, through: end))
            return yearTotals.paid.isEmpty && yearTotals.pledged.isEmpty ? nil : yearTotals
        }
    }
}
