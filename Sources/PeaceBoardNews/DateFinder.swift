import PeaceBoardCore

/// A date as a report writes it, resolved against the report's own date when it needs one.
public struct DateMention: Hashable, Sendable {
    public enum Precision: String, Hashable, Sendable, Codable {
        case day, month
    }
    public var date: LocalDate
    public var precision: Precision
    public var span: TextSpan
}

/// Finds "May 15", "15 May 2025", "May 15, 2025", "2025-05-15", "in November" and "on Monday".
/// A day without a year is the occurrence nearest the report's date (reports name coming talks
/// as often as past ones); a bare month or weekday is the latest on or before it. Without a
/// report date those are skipped.
public enum DateFinder {
    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    public static func mentions(in span: TextSpan, reportDate: LocalDate?) -> [DateMention] {
        let words = Tokenizer.words(in: span)
        var found: [DateMention] = []
        var index = 0
        while index < words.count {
            if let (mention, used) = date(at: index, in: words, span: span, reportDate: reportDate) {
                found.append(mention)
                index += used
            } else {
                index += 1
            }
        }
        return found
    }

    private static func date(at index: Int, in words: [Word], span: TextSpan, reportDate: LocalDate?)
        -> (DateMention, Int)?
    {
        let word = words[index]
        func make(_ date: LocalDate?, _ precision: DateMention.Precision, _ count: Int) -> (DateMention, Int)? {
            guard let date else { return nil }
            return (DateMention(date: date, precision: precision, span: span.span(from: word, to: words[index + count - 1])), count)
        }
        let startsWithDigit = word.text.utf8.first.map(UTF8Scan.isASCIIDigit) ?? false
        guard word.isCapitalised || startsWithDigit || word.folded == "in" || word.folded == "on" else { return nil }
        if startsWithDigit, word.text.utf8.count == 10, let iso = LocalDate(iso8601: word.text) { return make(iso, .day, 1) }
        let next = index + 1 < words.count ? words[index + 1] : nil
        let afterNext = index + 2 < words.count ? words[index + 2] : nil
        // "May 15", "May 15, 2025"
        if word.isCapitalised, let month = monthNumber(word), let next, let day = dayNumber(next) {
            if let afterNext, let year = yearNumber(afterNext) { return make(LocalDate(year: year, month: month, day: day), .day, 3) }
            return make(nearest(month: month, day: day, to: reportDate), .day, 2)
        }
        // "15 May", "15 May 2025"
        if startsWithDigit, let day = dayNumber(word), let next, let month = monthNumber(next), next.isCapitalised {
            if let afterNext, let year = yearNumber(afterNext) { return make(LocalDate(year: year, month: month, day: day), .day, 3) }
            return make(nearest(month: month, day: day, to: reportDate), .day, 2)
        }
        // "in November", "in November 2025"
        if word.folded == "in", let next, next.isCapitalised, let month = monthNumber(next) {
            if let afterNext, let year = yearNumber(afterNext) {
                return make(LocalDate(year: year, month: month, day: 1), .month, 3)
            }
            guard let reportDate else { return nil }
            let (year, reportMonth, _) = reportDate.components
            return make(LocalDate(year: month <= reportMonth ? year : year - 1, month: month, day: 1), .month, 2)
        }
        // "on Monday"
        if word.folded == "on", let next, next.isCapitalised, let weekday = weekdays.firstIndex(of: next.folded), let reportDate {
            // 1970-01-01 was a Thursday: weekday index (Monday = 0) of a day number is (n + 3) mod 7.
            let reportWeekday = ((reportDate.dayNumber + 3) % 7 + 7) % 7
            let back = (reportWeekday - weekday + 7) % 7
            return make(reportDate.adding(days: -back), .day, 2)
        }
        return nil
    }

    private static func monthNumber(_ word: Word) -> Int? {
        months.firstIndex(of: word.folded).map { $0 + 1 }
    }

    private static func dayNumber(_ word: Word) -> Int? {
        guard word.text.count <= 2, let day = Int(word.text), (1...31).contains(day) else { return nil }
        return day
    }

    private static func yearNumber(_ word: Word) -> Int? {
        guard word.text.count == 4, let year = Int(word.text), (1900...2200).contains(year) else { return nil }
        return year
    }

    /// The `month`/`day` nearest the report's date, in its year or the one before or after.
    private static func nearest(month: Int, day: Int, to reportDate: LocalDate?) -> LocalDate? {
        guard let reportDate else { return nil }
        let year = reportDate.components.year
        return [year - 1, year, year + 1].compactMap { LocalDate(year: $0, month: month, day: day) }
            .min { abs($0.dayNumber - reportDate.dayNumber) < abs($1.dayNumber - reportDate.dayNumber) }
    }
}
