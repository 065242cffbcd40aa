/// Bodies a report names in full and then by the initials it gives in brackets: "the Union for
/// Peace in the Central African Republic (UPC)", "the Return, Reclamation and Rehabilitation
/// (3R) group". News defines the initials of every body it does not expect its readers to know,
/// so this finds the bodies no gazetteer lists, and the later mentions by their initials.
enum AcronymDefinitions {
    struct Definition {
        let acronym: String
        let organisation: OrganisationMention
        /// Where the bracketed initials stand: not a later mention.
        let acronymStart: Int
    }

    /// The definitions in one paragraph whose initials no known phrase already names, of names
    /// that open outside the `states` named there.
    static func definitions(in span: TextSpan, words: [Word], besides states: SpanCover) -> [Definition] {
        var found: [Definition] = []
        let text = span.text
        for (index, word) in words.enumerated() where index >= 1 {
            // "the Guatemalan National Revolutionary Unity, known as the URNG,": initials given in words.
            let isBracketedWord = isBracketed(word, in: text)
            guard isBracketedWord || words[index - 1].folded == "as" || words[index - 1].folded == "the",
                isAcronym(word.text) || isTitleCaseAcronym(word.text)
            else { continue }
            let head = text[..<word.range.lowerBound]
            let givenInWords = isBracketedWord ? nil : head.hasSuffix(", known as the ") ? 4 : head.hasSuffix(", known as ") ? 3 : nil
            guard let nameEnd = isBracketedWord && head.hasSuffix(" (") ? index : givenInWords.map({ index - $0 + 1 }), nameEnd >= 1,
                Gazetteer.phrases[[word.text]] == nil,
                let first = nameStart(before: nameEnd, in: words, text: text, matching: letters(of: word.text.uppercased()))
            else { continue }
            // "the Democratic Republic of Congo (DRC)": a name the gazetteer knows is not defined here.
            guard !states.covers(span.start + words[first].utf16Range.lowerBound) else { continue }
            // "Pakistan's Director General of Military Operations (DGMO)": an office, whose holder acts for the state before it.
            guard !isOffice(words[first..<nameEnd].map(\.folded)) else { continue }
            let located = span.span(from: words[first], to: words[nameEnd - 1])
            // "the rebel group New Forces (NF)": initials given to a name the gazetteer knows, by its own name.
            var name = located.text
            if case .organisation(let known)? = Gazetteer.phrases[words[first..<nameEnd].map(\.text)] { name = known }
            found.append(
                Definition(
                    acronym: word.text, organisation: OrganisationMention(name: name, span: located),
                    acronymStart: span.start + word.utf16Range.lowerBound))
        }
        return found
    }

    /// Whether a name the initials stand for is an office's: "Director General of Military Operations",
    /// "Directors General of …", "Chief of Defence Staff" — a title, then "of" or nothing.
    static func isOffice(_ name: [String]) -> Bool {
        guard let first = name.first else { return false }
        let titles = (Offices.titlesByFirstWord[first] ?? []) + (Offices.pluralTitlesByFirstWord[first] ?? [])
        return titles.contains { title in
            guard name.starts(with: title) else { return false }
            var rest = name.dropFirst(title.count)
            // "Director Generals", "Directors General": the plural written on either word.
            if let next = rest.first, next == "general" || next == "generals" { rest = rest.dropFirst() }
            return rest.first.map { $0 == "of" } ?? true
        }
    }

    /// A state's armed forces that a report names by initials: "the Sudanese Armed Forces (SAF)",
    /// "the Ethiopian National Defense Force (ENDF)". Later mentions of the initials are the state acting, as
    /// "the army" is. Only these words qualify: "Syrian Democratic Forces" and "Libyan National
    /// Army" are not the state's.
    static func stateForces(in span: TextSpan, words: [Word], states: [StateMention]) -> [StateForces] {
        var found: [StateForces] = []
        let text = span.text
        for (index, word) in words.enumerated() where index >= 2 && isAcronym(word.text) {
            guard text[..<word.range.lowerBound].hasSuffix(" ("), text[word.range.upperBound...].hasPrefix(")"), Gazetteer.phrases[[word.text]] == nil,
                forceHeads.contains(words[index - 1].text)
            else { continue }
            // The gazetteer may know the whole name as the state's ("the Sudanese Armed Forces").
            let nameEnd = span.start + words[index - 1].utf16Range.upperBound
            if let state = states.last(where: { $0.span.end == nameEnd && $0.form == .seat }) {
                found.append(StateForces(acronym: word.text, state: state.state, acronymStart: span.start + word.utf16Range.lowerBound))
                continue
            }
            var first = index - 1
            // "National Defense Force" is the state's; a "National Army" may be a faction's.
            while first > 0, forceQualifiers.contains(words[first - 1].text)
                || words[first - 1].text == "National" && ["Defence", "Defense"].contains(words[first].text)
            {
                first -= 1
            }
            let nameStart = span.start + words[first].utf16Range.lowerBound
            guard let state = states.last(where: { $0.span.end < nameStart && nameStart - $0.span.end <= 3 }),
                [" ", "’s ", "'s "].contains(text.utf16Slice(from: state.span.end - span.start, to: nameStart - span.start))
            else { continue }
            let initials = String(([state.span.text] + words[first..<index].map(\.text)).compactMap(\.first)).uppercased()
            guard initials == word.text || initials.dropFirst() == word.text else { continue }
            found.append(StateForces(acronym: word.text, state: state.state, acronymStart: span.start + word.utf16Range.lowerBound))
        }
        return found
    }

    struct StateForces {
        let acronym: String
        /// ISO 3166-1 alpha-3.
        let state: String
        /// Where the bracketed initials stand: not a later mention.
        let acronymStart: Int
    }

    /// The later mentions of a state's forces by their initials in one paragraph, as the state.
    static func stateMentions(in span: TextSpan, words: [Word], of forces: [String: StateForces], besides known: SpanCover) -> [StateMention] {
        words.compactMap { word in
            guard let defined = forces[word.text] else { return nil }
            let start = span.start + word.utf16Range.lowerBound
            guard start != defined.acronymStart, !known.covers(start) else { return nil }
            return StateMention(state: defined.state, form: .name, span: span.span(from: word, to: word))
        }
    }

    private static let forceHeads: Set<String> = ["Forces", "Force", "Army"]
    private static let forceQualifiers: Set<String> = ["Armed", "Defence", "Defense"]

    /// The mentions of defined initials in one paragraph, each named by the body's full name.
    static func mentions(in span: TextSpan, words: [Word], of definitions: [String: Definition], besides known: SpanCover) -> [OrganisationMention] {
        words.compactMap { word in
            guard let definition = definitions[word.text] else { return nil }
            let start = span.start + word.utf16Range.lowerBound
            guard start != definition.acronymStart, !known.covers(start) else { return nil }
            return OrganisationMention(name: definition.organisation.name, span: span.span(from: word, to: word))
        }
    }

    /// Whether the word stands alone in brackets, "(UPC)": asked of its bytes first, since most words are not.
    private static func isBracketed(_ word: Word, in text: String) -> Bool {
        let utf8 = text.utf8
        let before = word.range.lowerBound
        let after = word.range.upperBound
        guard before > utf8.startIndex, after < utf8.endIndex else { return false }
        return utf8[utf8.index(before: before)] == UInt8(ascii: "(") && utf8[after] == UInt8(ascii: ")")
    }

    /// Initials written as a word, as some papers do: "Liberians United for Reconciliation and Democracy (Lurd)".
    static func isTitleCaseAcronym(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (3...6).contains(bytes.count), let first = bytes.first, UTF8Scan.isASCIIUppercase(first) else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// Two to six capitals and digits, at least one of them a capital: "UPC", "3R", "FDLR".
    static func isAcronym(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (2...6).contains(bytes.count), bytes.allSatisfy({ UTF8Scan.isASCIIUppercase($0) || (0x30...0x39).contains($0) }) else { return false }
        return bytes.contains(where: UTF8Scan.isASCIIUppercase)
    }

    /// The letters the initials stand for: "3R" is three words starting with R.
    static func letters(of acronym: String) -> [Character] {
        var letters: [Character] = []
        var repeatCount = 0
        for character in acronym {
            if let digit = character.wholeNumberValue {
                repeatCount = repeatCount * 10 + digit
            } else {
                letters += Array(repeating: character, count: max(1, repeatCount))
                repeatCount = 0
            }
        }
        return letters
    }

    /// Where the name that the initials stand for starts: the nearest capitalised word before the
    /// brackets from which the capitalised words' initials hold the letters in order, or the
    /// same letters in another order (initials of a name in another language, "FDLR"), or the
    /// whole run when it opens with what a body is and with the first letter ("the Front for
    /// Change and Concord in Chad (FACT)", initials of its French name).
    private static func nameStart(before index: Int, in words: [Word], text: String, matching letters: [Character]) -> Int? {
        var start = index - 1
        var candidates: [Int] = []
        while start >= 0 {
            let word = words[start]
            let isConnector = !word.isCapitalised && Offices.connectors.contains(word.folded) || word.folded == "in"
            guard word.isCapitalised || isConnector, start + 1 == index || isJoined(word, words[start + 1], in: text) else { break }
            if word.isCapitalised { candidates.append(start) }
            start -= 1
        }
        func initialsOfName(from candidate: Int) -> [Character] {
            words[candidate..<index].filter(\.isCapitalised).compactMap { $0.text.first.map { Character($0.uppercased()) } }
        }
        for (position, candidate) in candidates.enumerated() {
            let initials = initialsOfName(from: candidate)
            guard initials.count >= letters.count else { continue }
            if initials.count == letters.count, initials.first != letters.first, initials.sorted() == letters.sorted() {
                // "the Farabundo Marti National Liberation Front (FMLN)": initials in another language's order may
                // leave out a word of the name before, which opens with the initials' first letter.
                // (A word of the same run, not one past "of the": "Fighters of the Democratic Forces … (FDLR)".)
                if let before = candidates.dropFirst(position + 1).first, before == candidate - 1, before > 0,
                    initialsOfName(from: before).first == letters.first
                {
                    return before
                }
                return candidate
            }
            if (initials.first == letters.first && isSubsequence(letters, of: initials))
                || (initials.first == letters.first && candidate == candidates.last && PlaceFinder.institutionHeads.contains(words[candidate].text))
            {
                return candidate
            }
        }
        return nil
    }

    /// Spaces, or a comma and a space ("Return, Reclamation and Rehabilitation"), between two words of a name.
    private static func isJoined(_ word: Word, _ next: Word, in text: String) -> Bool {
        let gap = text[word.range.upperBound..<next.range.lowerBound]
        return gap == " " || gap == ", "
    }

    private static func isSubsequence(_ letters: [Character], of initials: [Character]) -> Bool {
        var remaining = letters[...]
        for initial in initials where initial == remaining.first { remaining = remaining.dropFirst() }
        return remaining.isEmpty
    }
}
