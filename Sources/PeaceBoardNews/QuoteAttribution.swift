/// The words around a quotation that name its speaker: "“…,” X said", "X said: “…”", "“…,” said the
/// retired general X", a name set off by an apposition, a signature after a dash.
extension QuoteFinder {
    /// `“…,” he said` · `“…,” Peskov told reporters` · `“…,” said Putin` ·
    /// `“…,” army spokesman Nabil Abdallah told reporters` · `“…,” Tigray's leader, Tadesse Werede, said`.
    static func attributionAfter(_ index: String.Index, in text: String) -> (speaker: String, verb: String?)? {
        let rest = text[index...]
        // The attribution belongs to the quotation's own sentence: up to its end or the next
        // quotation, and no more than 160 characters (a long apposition may stand between the name
        // and the verb), found on bytes.
        let window = rest.utf8.withContiguousStorageIfAvailable { bytes in
            var end = 0
            var characters = 0
            while end < bytes.count, characters < 160 {
                let byte = bytes[end]
                // "said retired Nigerian Gen. Abdulsalami Abubakar": a title's period ends no sentence.
                // "U.N. envoy Martin Kobler said": nor do initials'.
                if byte == UInt8(ascii: "."), isInitial(before: end, in: bytes) || isTitleAbbreviation(before: end, in: bytes) {
                    end += 1
                    characters += 1
                    continue
                }
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { break }
                if byte == 0xE2, end + 2 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x9C { break }
                if byte & 0xC0 != 0x80 { characters += 1 }
                end += 1
            }
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
        let source = window ?? String(rest.prefix { !".!?“".contains($0) }.prefix(100))
        let words = Tokenizer.words(in: source)
        guard words.count >= 2 else { return nil }
        // "“a turning point,” adding that Rwanda had mediated": what the speaker went on to say, not who spoke.
        if Offices.speechVerbs.contains(words[0].folded), words[1].folded == "that" { return nil }
        if Offices.speechVerbs.contains(words[0].folded), words[1].isNamePart {
            return (nameFrom(1, in: words), words[0].folded)
        }
        // "said the retired Nigerian general Abdulsalami Abubakar", "said retired Nigerian Gen. …": the
        // name past how the report describes the speaker; the person found there is taken below.
        if Offices.speechVerbs.contains(words[0].folded), let name = nameAfterDescription(from: 1, in: words) {
            return (nameFrom(name, in: words), words[0].folded)
        }
        // "“We have an agreement,” said the top diplomat late in the evening": the office after the verb, resolved
        // like one before it.
        if Offices.speechVerbs.contains(words[0].folded), words[1].folded == "the",
            let end = (3...5).reversed().first(where: { $0 <= words.count && Offices.isTitle(words[2..<$0].map(\.folded)) })
        {
            return (words[1..<end].map(\.text).joined(separator: " "), words[0].folded)
        }
        if let named = nameBeforeLongApposition(in: words, window: window ?? source) { return named }
        // "“…,” Qatari lawyer and former justice minister Najib Al Nuaimi said": a long description before the name.
        // ("and called on the United States “…”": "States" of a name is no verb.)
        guard let verbIndex = words.prefix(12).indices.first(where: { Offices.speechVerbs.contains(words[$0].folded) && !($0 > 0 && words[$0].isCapitalised) })
            ?? statementRead(in: words) ?? speechBegun(in: words) ?? namedAfterLongDescription(in: words, window: window ?? source), verbIndex > 0
        else {
            return nil
        }
        // "“…” of Libya’s recognised government, Fayez al-Sarraj, said Lev Dengov": a name after the verb
        // names the speaker when the name before it is set off as an apposition.
        if Offices.speakerNamingVerbs.contains(words[verbIndex].folded), verbIndex + 1 < words.count, words[verbIndex + 1].isNamePart,
            verbIndex >= 1, words[verbIndex - 1].isNamePart, window.map({ $0.contains(", " + words[verbIndex].text + " ") }) ?? false
        {
            return (nameFrom(verbIndex + 1, in: words), words[verbIndex].folded)
        }
        // "“…,” Grundberg’s statement said": the words of whose statement they are.
        if verbIndex >= 2, statementNouns.contains(words[verbIndex - 1].folded), words[verbIndex - 2].isPossessive, words[verbIndex - 2].isNamePart {
            var first = verbIndex - 2
            while first > 0, verbIndex - 2 - first < 3, words[first - 1].isNamePart, words[first - 1].isFollowedBySpaces(then: words[first], in: source) { first -= 1 }
            return (words[first...(verbIndex - 2)].map(\.text).joined(separator: " "), words[verbIndex].folded)
        }
        var start = verbIndex
        // "Dengov was quoted as saying": the speaker stands before the auxiliary.
        while start > 0, verbIndex - start < 6, Offices.speechAuxiliaries.contains(words[start - 1].folded) { start -= 1 }
        // "“…,” Senator Iván Cepeda of the negotiating team told reporters": the body the speaker belongs to stands
        // between the name and the verb.
        // ("Secretary of State Marco Rubio said" is an office's "of".)
        if start >= 2, let of = (max(1, start - 7)..<start).last(where: { words[$0].folded == "of" && $0 + 1 < start && words[$0 + 1].folded == "the" }),
            words[of - 1].isNamePart,
            !source[words[of - 1].range.upperBound..<words[start - 1].range.upperBound].contains(where: { ",;:—".contains($0) })
        {
            start = of
        }
        let verbStart = start
        // "tabled last September, Borrell said": a name runs up to a comma.
        while start > 0, verbStart - start < 4, words[start - 1].isNamePart || Offices.pronouns.contains(words[start - 1].folded),
            start == verbStart || words[start - 1].isFollowedBySpaces(then: words[start], in: source)
        {
            start -= 1
            if Offices.pronouns.contains(words[start].folded) { break }
        }
        guard start < verbStart else {
            // "“…,” the Russian leader told reporters": a description of someone named before.
            return description(before: verbIndex, in: words).map { ($0, words[verbIndex].folded) }
        }
        return (words[start..<verbStart].map(\.text).joined(separator: " "), words[verbIndex].folded)
    }

    /// "“Today I have some good news …,” Biden began.": a verb that opens a speech names its speaker only
    /// when the attribution ends with it, since "talks began" says nothing of speech.
    private static func speechBegun(in words: [Word]) -> Int? {
        guard let last = words.indices.last, (1...4).contains(last), speechOpenings.contains(words[last].folded) else { return nil }
        return last
    }
    private static let speechOpenings: WordTable<Void> = ["began", "begins", "opened"]

    /// What speaks for its owner: "Grundberg’s statement said".
    private static let statementNouns: WordTable<Void> = ["statement", "letter", "communique", "communiqué", "message", "tweet", "post"]
    /// "“…,” Ki-moon's statement read": where a statement is read out as its author's words.
    private static func statementRead(in words: [Word]) -> Int? {
        guard let read = words.prefix(6).firstIndex(where: { $0.folded == "read" }), read >= 2, statementNouns.contains(words[read - 1].folded) else { return nil }
        return read
    }


    /// "“…,” Lazarus Sumbeiywo, Kenyan special envoy to the Sudan peace talks, told Xinhua", "“…,” Ahmed
    /// Bujari, the Polisario's UN representative, said": the name, then an apposition set off by commas
    /// before the verb.
    private static func nameBeforeLongApposition(in words: [Word], window: String) -> (speaker: String, verb: String?)? {
        // "Crown Prince Muhammad Bin Salman, deputy premier and defense minister, said": past the titles, and past
        // how the report describes the speaker in lower case ("rebel commander Ricardo Ramirez, who …, said").
        let lead = words.prefix(4).firstIndex(where: \.isCapitalised) ?? 0
        let first = lead + ((1...3).reversed().first { lead + $0 < words.count && Offices.isTitle(words[lead..<(lead + $0)].map(\.folded)) } ?? 0)
        guard lead == 0 || Offices.isTitle([words[lead - 1].folded]), words.count > first + 4, words[first].isNamePart,
            words[first + 1].isNamePart || Offices.patronymicParticles.contains(words[first + 1].folded)
        else { return nil }
        var end = first + 2
        // "Ricardo Ramirez de Leon": a particle inside the name, with more of it after.
        while end < min(words.count, first + 5),
            words[end].isNamePart || Offices.patronymicParticles.contains(words[end].folded)
                || Offices.nameParticles.contains(words[end].folded) && end + 1 < words.count && words[end + 1].isNamePart,
            words[end - 1].isFollowedBySpaces(then: words[end], in: window)
        {
            end += 1
        }
        guard end < words.count, window[words[end - 1].range.upperBound..<words[end].range.lowerBound] == ", ",
            let verb = words.prefix(24).indices.dropFirst(end).first(where: { Offices.speechVerbs.contains(words[$0].folded) }),
            window[words[verb - 1].range.upperBound..<words[verb].range.lowerBound] == ", "
        else { return nil }
        return (words[first..<end].map(\.text).joined(separator: " "), words[verb].folded)
    }

    /// "“…,” the head of the government delegation, Firmin Ngrebada, said": a long description, then
    /// the name set off by commas just before the verb. The verb's index.
    private static func namedAfterLongDescription(in words: [Word], window: String) -> Int? {
        guard let verb = words.prefix(16).firstIndex(where: { Offices.speechVerbs.contains($0.folded) }), verb >= 3,
            words[verb - 1].isNamePart, words[verb - 2].isNamePart, window[words[verb - 1].range.upperBound..<words[verb].range.lowerBound] == ", "
        else { return nil }
        return verb
    }

    /// A capital letter standing alone before the period at `period`: "U." and "N." of "U.N.".
    private static func isInitial(before period: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        period >= 1 && UTF8Scan.isASCIIUppercase(bytes[period - 1])
            && (period == 1 || bytes[period - 2] == UInt8(ascii: " ") || bytes[period - 2] == UInt8(ascii: "."))
    }

    /// Whether the letters before the period at `period` are an abbreviation the sentence splitter
    /// keeps ("Gen", "Lt", "Dr").
    private static func isTitleAbbreviation(before period: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = period
        while start > 0, period - start < 5, UTF8Scan.isASCIILetterOrDigit(bytes[start - 1]) { start -= 1 }
        guard start < period, start == 0 || bytes[start - 1] == UInt8(ascii: " "), UTF8Scan.isASCIIUppercase(bytes[start]) else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<period]), as: UTF8.self).lowercased()
        return SentenceSplitter.abbreviations.contains(word)
    }

    /// The first word of a name within a few words of `start`, past an article, lower-case words, a
    /// state's adjective and an office: where a description of the speaker ends.
    private static func nameAfterDescription(from start: Int, in words: [Word]) -> Int? {
        var index = start
        while index < words.count, index - start < 6 {
            let word = words[index]
            // "said an agreement signed on Wednesday in Pretoria": a document speaks, and no name follows.
            if statementNouns.contains(word.folded) || EventLexicon.documentSubjects.contains(word.folded) || DateFinder.weekdays.contains(word.folded) { return nil }
            let isDescription = !word.isCapitalised || word.classes.contains(.officeStart) || Offices.isTitle([word.folded])
                || Gazetteer.isStateAdjective([word.text])
            if !isDescription { return word.isNamePart && index > start ? index : nil }
            index += 1
        }
        return nil
    }

    /// How a sentence goes on to quote its speaker again: ", adding, “…”".
    static let continuingVerbs = [", adding, ", ", adding: ", ", adding ", ", saying, ", ", saying: ", ", and added, ", " and added: "]

    /// "“…” — Bill Clinton": a name of up to four capitalised words after a dash, ending the paragraph.
    static func signature(after index: String.Index, in text: String) -> String? {
        let rest = text[index...]
        guard let dash = [" — ", " – ", " - ", " —", "—"].first(where: { rest.hasPrefix($0) }) else { return nil }
        let name = rest.dropFirst(dash.count).trimmingCharacters(in: .whitespacesAndNewlines)
        let words = Tokenizer.words(in: name)
        guard (1...4).contains(words.count), words.allSatisfy(\.isNamePart), name.count <= 40 else { return nil }
        return name
    }

    /// "the Russian leader", "the Armenian prime minister", "the president" just before `verb`, as written.
    static func description(before verb: Int, in words: [Word]) -> String? {
        guard let described = describedOffice(before: verb, in: words) else { return nil }
        return words[described.start..<verb].map(\.text).joined(separator: " ")
    }

    /// "the president" that names no state and nobody named before holds: no speaker the record can name.
    static func isUnheldOffice(_ speaker: String) -> Bool {
        let words = Tokenizer.words(in: speaker).map(\.folded)
        return Offices.isTitle(words.first == "the" ? Array(words.dropFirst()) : words)
    }

    /// "the Russian leader" or "the minister" just before `verb`: where it starts, the office,
    /// and the state its adjective names.
    static func describedOffice(before verb: Int, in words: [Word]) -> (start: Int, title: [String], state: String?)? {
        for length in 1...3 where verb - length - 1 >= 0 {
            let title = words[(verb - length)..<verb].map(\.folded)
            guard Offices.isTitle(title) else { continue }
            // "the Kenyan president", "the South African president", "the US President": a state of one or two words.
            for stateLength in 1...2 where verb - length - stateLength - 1 >= 0 && words[verb - length - stateLength - 1].folded == "the" {
                if case .state(let code, let form)? = Gazetteer.phrases[words[(verb - length - stateLength)..<(verb - length)].map(\.text)],
                    form == .adjective || form == .name
                {
                    return (verb - length - stateLength - 1, title, code)
                }
            }
            if words[verb - length - 1].folded == "the" { return (verb - length - 1, title, nil) }
            // "Pakistan’s defence minister posted": the office of the state that owns it.
            for stateLength in 1...2 where verb - length - stateLength >= 0 {
                let owner = words[(verb - length - stateLength)..<(verb - length)]
                if owner.last?.isPossessive == true, case .state(let code, .name)? = Gazetteer.phrases[owner.map(\.text)] {
                    return (verb - length - stateLength, title, code)
                }
            }
            // "the 71-year-old secretary general": an age between the article and the office.
            if verb - length - 2 >= 0, words[verb - length - 1].folded.hasSuffix("-year-old"), words[verb - length - 2].folded == "the" {
                return (verb - length - 2, title, nil)
            }
        }
        // "the EU top diplomat", "the EU's foreign policy chief": a body's official, described.
        guard verb >= 3, Offices.isTitle([words[verb - 1].folded]),
            let article = (max(0, verb - 6)..<(verb - 2)).last(where: { words[$0].folded == "the" }),
            case .organisation? = Gazetteer.phrases[[words[article + 1].text]]
        else { return nil }
        return (article, words[(article + 2)..<verb].map(\.folded), nil)
    }

    /// `Putin said, “…”` · `he added, “…”` · `Zelensky remarked, “…”`.
    static func attributionBefore(_ index: String.Index, in text: String) -> (speaker: String, verb: String?)? {
        // The last 120 characters, counted within the last 480 bytes: counting characters back
        // from the quotation through a whole paragraph was costly.
        let head = text[..<index]
        var near = head.utf8.index(head.utf8.endIndex, offsetBy: -480, limitedBy: head.utf8.startIndex) ?? head.startIndex
        while near < head.endIndex, UTF8.isContinuation(head.utf8[near]) { near = head.utf8.index(after: near) }
        let lead = lastCharacters(120, of: head[near...])
        let words = Tokenizer.words(in: lead)
        // "President Clinton said at the ceremony, held in the Arava desert: “…": a colon may close a
        // longer clause after the verb.
        let reach = lead.last(where: { $0 != " " }) == ":" ? 12 : 4
        guard let verbIndex = words.indices.reversed().prefix(reach).first(where: { Offices.speechVerbs.contains(words[$0].folded) }),
            verbIndex > 0,
            // "called on the United States “to support this effort”": a capital's word inside a name, not "states".
            !(words[verbIndex].isCapitalised && words[verbIndex - 1].isCapitalised)
        else { return nil }
        // "“…”, said Nyusi. “Today politics …”": the name after the verb, which closed the sentence before, goes on speaking.
        let after = words[(verbIndex + 1)...]
        // Not "…,” Jonathan Winer told Reuters. “…": whom one tells is no speaker.
        if !after.isEmpty, after.count <= 4, after.allSatisfy(\.isNamePart), lead.last(where: { $0 != " " }) == ".",
            !Offices.listenerVerbs.contains(words[verbIndex].folded)
        {
            return (after.map(\.text).joined(separator: " "), words[verbIndex].folded)
        }
        // "Herbert Ahaba, speaking on behalf of the armed groups, said:", "Odinga, who spoke before Kibaki,
        // said:": the name before the participle's or relative clause.
        if let named = nameBeforeSpeakingClause(endingAt: verbIndex, in: words, text: lead) { return (named, words[verbIndex].folded) }
        // The speaker is the name or pronoun just before the verb.
        var start = verbIndex
        while start > 0, words[start - 1].isNamePart || Offices.pronouns.contains(words[start - 1].folded), verbIndex - start < 4,
            start == verbIndex || words[start - 1].isFollowedBySpaces(then: words[start], in: lead)
        {
            start -= 1
            if Offices.pronouns.contains(words[start].folded) { break }
        }
        guard start < verbIndex else { return nil }
        if let named = nameBeforeOfficeApposition(endingAt: start, in: words, text: lead) { return (named, words[verbIndex].folded) }
        // "vowed to conquer all of Gaza, saying Hamas is under “…”": who says so is the clause's subject.
        if words[verbIndex].folded.hasSuffix("ing"), !words[verbIndex - 1].isFollowedBySpaces(then: words[verbIndex], in: lead) { return nil }
        // "JD Vance, visiting Israel, said he was …": a place after a participle is not who speaks.
        if start > 0, !words[start - 1].isCapitalised, case .state? = Gazetteer.phrases[words[start..<verbIndex].map(\.text)] { return nil }
        return (words[start..<verbIndex].map(\.text).joined(separator: " "), words[verbIndex].folded)
    }

    private static func nameBeforeSpeakingClause(endingAt verb: Int, in words: [Word], text: String) -> String? {
        guard verb >= 3, text[words[verb - 1].range.upperBound..<words[verb].range.lowerBound] == ", ",
            let participle = (0..<(verb - 1)).reversed().prefix(10).first(where: { Offices.speakingParticiples.contains(words[$0].folded) || words[$0].folded == "who" }),
            participle > 0, text[words[participle - 1].range.upperBound..<words[participle].range.lowerBound] == ", ", words[participle - 1].isNamePart
        else { return nil }
        // "Anwar Ibrahim, who is the Asean chair, for hosting the talks, saying …": a relative clause
        // is set off by its two commas only, before a verb that is said.
        if words[participle].folded == "who" {
            guard !words[verb].folded.hasSuffix("ing"),
                !(participle..<(verb - 1)).contains(where: { text[words[$0].range.upperBound..<words[$0 + 1].range.lowerBound].contains(",") })
            else { return nil }
        }
        return name(endingAt: participle - 1, in: words, text: text)
    }

    /// "Jean-Pierre Lacroix, UN Under-Secretary-General for Peace Operations, tweeted": the capitalised
    /// words before the verb are the office's remit; the speaker is the name before the apposition.
    private static func nameBeforeOfficeApposition(endingAt start: Int, in words: [Word], text: String) -> String? {
        guard start >= 3, words[start - 1].folded == "for", words[start - 2].classes.contains(.officeStart) else { return nil }
        guard let nameEnd = (0..<(start - 2)).reversed().prefix(4).first(where: { text[words[$0].range.upperBound..<words[$0 + 1].range.lowerBound] == ", " }),
            words[nameEnd].isNamePart
        else { return nil }
        return name(endingAt: nameEnd, in: words, text: text)
    }

    /// The name of up to four words ending with the word at `last`, read back while only spaces part them.
    private static func name(endingAt last: Int, in words: [Word], text: String) -> String {
        var start = last
        while start > 0, last - start < 3, words[start - 1].isNamePart, words[start - 1].isFollowedBySpaces(then: words[start], in: text) { start -= 1 }
        return words[start...last].map(\.text).joined(separator: " ")
    }

    /// The last `count` characters of `text`: in ASCII without a carriage return (which joins
    /// the line feed after it into one character) those are its last `count` bytes, taken
    /// without walking back through grapheme breaks.
    private static func lastCharacters(_ count: Int, of text: Substring) -> String {
        let fromBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[max(0, bytes.count - count)...]), as: UTF8.self)
        }
        return (fromBytes ?? nil) ?? String(text.suffix(count))
    }

    private static func nameFrom(_ start: Int, in words: [Word]) -> String {
        var end = start
        while end < words.count, end - start < 4, words[end].isNamePart, end == start || !words[end - 1].isPossessive { end += 1 }
        return words[start..<end].map(\.text).joined(separator: " ")
    }
}
