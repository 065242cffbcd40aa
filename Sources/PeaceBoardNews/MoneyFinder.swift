import PeaceBoardCore

/// An amount of money as a report states it, read exactly: "$1 billion" is 100,000,000,000 cents.
public struct MoneyMention: Hashable, Sendable {
    public var amount: Money
    public var span: TextSpan
}

/// Finds amounts written with a currency sign, word or code: "$1 billion", "€3.3T", "£2.5bn",
/// "1.2 million dollars", "USD 500,000", "40 million euros".
public enum MoneyFinder {
    static let signs: [(String, String)] = [("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₽", "RUB"), ("₴", "UAH"), ("₹", "INR")]
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
        "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "rupee": "INR", "rupees": "INR", "francs": "CHF", "franc": "CHF",
        "lira": "TRY", "liras": "TRY", "shekel": "ILS", "shekels": "ILS", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
    ]
    /// Powers of ten of the magnitude words and suffixes news writes after a number.
    static let magnitudes: [String: Int] = [
        "thousand": 3, "k": 3, "million": 6, "mn": 6, "m": 6, "mln": 6, "billion": 9, "bn": 9, "b": 9, "trillion": 12, "tn": 12, "t": 12,
    ]

    public static func mentions(in span: TextSpan) -> [MoneyMention] {
        let text = span.text
        var found: [MoneyMention] = []
        var resumeAt = 0
        for start in candidateStarts(in: text) where start >= resumeAt {
            if let (mention, end) = amount(at: text.utf8Index(start), in: text, offset: span.start) {
                found.append(mention)
                resumeAt = text.utf8Offset(of: end)
            }
        }
        return found
    }

    /// Byte offsets where an amount may start: a currency sign, the first digit of a number, or
    /// a capital that may start a code ("USD 5", "US$5"). Everything else is passed over.
    static func candidateStarts(in text: String) -> [Int] {
        text.withBytes { bytes in
            var starts: [Int] = []
            for index in bytes.indices {
                let byte = bytes[index]
                let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
                if UTF8Scan.isASCIIDigit(byte) || byte == UInt8(ascii: "$") {
                    if !UTF8Scan.isASCIILetterOrDigit(previous) { starts.append(index) }
                } else if byte >= 0xC2, signLeads.contains(byte), startsSign(at: index, in: bytes) {
                    starts.append(index)
                } else if UTF8Scan.isASCIIUppercase(byte), !UTF8Scan.isASCIILetterOrDigit(previous), index + 3 < bytes.count,
                    UTF8Scan.isASCIIUppercase(bytes[index + 1]), bytes[index + 2] == UInt8(ascii: "$") || UTF8Scan.isASCIIUppercase(bytes[index + 2])
                {
                    starts.append(index)
                }
            }
            return starts
        }
    }

    /// The first bytes of the signs written outside ASCII (€ £ ¥ ₽ ₴ ₹).
    private static let signLeads: Set<UInt8> = Set(signs.compactMap { $0.0.utf8.first }.filter { $0 >= 0x80 })

    private static func startsSign(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let scalar = UTF8Scan.scalar(in: bytes, at: index).0
        return signs.contains { $0.0.unicodeScalars.first == scalar }
    }

    private static func amount(at start: String.Index, in text: String, offset: Int) -> (MoneyMention, String.Index)? {
        var index = start
        var currency: String?
        // A sign or a code before the number: "$1", "€3.3T", "USD 1,000".
        if let (sign, code) = signs.first(where: { text[index...].hasPrefix($0.0) }) {
            currency = code
            index = text.index(index, offsetBy: sign.count)
        } else if let code = codeBefore(at: index, in: text) {
            currency = code
            index = text.index(index, offsetBy: 4)
        } else if index > text.startIndex, text[text.index(before: index)].isLetter || text[text.index(before: index)].isNumber {
            return nil
        }
        guard let (digits, fractionDigits, afterNumber) = number(at: index, in: text) else { return nil }
        var cursor = afterNumber
        var exponent = 0
        if let (power, afterMagnitude) = magnitude(at: cursor, in: text) {
            exponent = power
            cursor = afterMagnitude
        }
        if currency == nil, let (code, afterWord) = currencyAfter(at: cursor, in: text) {
            currency = code
            cursor = afterWord
        }
        guard let currency, let code = CurrencyCode(currency),
            let minorUnits = exactMinorUnits(digits: digits, fractionDigits: fractionDigits, exponent: exponent, currency: code)
        else { return nil }
        let local = text.span(start..<cursor)
        return (
            MoneyMention(
                amount: Money(minorUnits: minorUnits, currency: code),
                span: TextSpan(text: local.text, start: offset + local.start, end: offset + local.end)),
            cursor
        )
    }

    /// "USD " or "EUR " before a number.
    private static func codeBefore(at index: String.Index, in text: String) -> String? {
        let candidate = text[index...].prefix(4)
        guard candidate.count == 4, candidate.last == " ", candidate.dropLast().allSatisfy(\.isUppercase) else { return nil }
        if index > text.startIndex, text[text.index(before: index)].isLetter { return nil }
        let code = String(candidate.dropLast())
        guard CurrencyCode(code) != nil else { return nil }
        let after = text.index(index, offsetBy: 4)
        return after < text.endIndex && text[after].isNumber ? code : nil
    }

    /// Digits with thousands separators and a decimal part: ("1200000", 0) for "1,200,000", ("33", 1) for "3.3".
    private static func number(at start: String.Index, in text: String) -> (String, Int, String.Index)? {
        var index = start
        var digits = ""
        var fractionDigits = 0
        var inFraction = false
        while index < text.endIndex {
            let character = text[index]
            if character.isASCII, character.isNumber {
                digits.append(character)
                if inFraction { fractionDigits += 1 }
            } else if character == ",", !inFraction, !digits.isEmpty, followedByDigits(3, after: index, in: text) {
                // A thousands separator, not a comma ending a clause.
            } else if character == ".", !inFraction, !digits.isEmpty, followedByDigits(1, after: index, in: text) {
                inFraction = true
            } else {
                break
            }
            index = text.index(after: index)
        }
        return digits.isEmpty ? nil : (digits, fractionDigits, index)
    }

    private static func followedByDigits(_ count: Int, after index: String.Index, in text: String) -> Bool {
        let following = text[text.index(after: index)...].prefix(count + 1)
        let digits = following.prefix { $0.isASCII && $0.isNumber }
        return count == 3 ? digits.count == 3 : digits.count >= 1
    }

    /// " billion", "bn", "T", " million" after the number.
    private static func magnitude(at index: String.Index, in text: String) -> (Int, String.Index)? {
        var start = index
        if start < text.endIndex, text[start] == " " { start = text.index(after: start) }
        var end = start
        while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
        let word = text[start..<end].lowercased()
        guard let power = magnitudes[word] else { return nil }
        // Single-letter suffixes only when written tight against the number ("€3.3T", not "$5 m").
        if word.count == 1, start != index { return nil }
        return (power, end)
    }

    /// " dollars", " euros", " USD" after the number.
    private static func currencyAfter(at index: String.Index, in text: String) -> (String, String.Index)? {
        guard index < text.endIndex, text[index] == " " else { return nil }
        let start = text.index(after: index)
        var end = start
        while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
        let word = String(text[start..<end])
        if let code = currencyWords[word.lowercased()] { return (code, end) }
        if word.count == 3, word.allSatisfy(\.isUppercase), CurrencyCode(word) != nil { return (word, end) }
        return nil
    }

    /// digits × 10^(exponent − fractionDigits) in the currency's minor units, exactly, or nil when
    /// the amount is finer than a minor unit or too large.
    static func exactMinorUnits(digits: String, fractionDigits: Int, exponent: Int, currency: CurrencyCode) -> Int64? {
        let shift = exponent + currency.minorUnits - fractionDigits
        var value = Int64(digits) ?? -1
        guard value >= 0 else { return nil }
        if shift >= 0 {
            for _ in 0..<shift {
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = product
            }
        } else {
            for _ in 0..<(-shift) {
                guard value % 10 == 0 else { return nil }
                value /= 10
            }
        }
        return value
    }
}
