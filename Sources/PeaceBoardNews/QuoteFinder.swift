/// A direct or partial quotation with who said it and how the report says so.
public struct Quote: Hashable, Sendable, Codable {
    /// The words inside the quotation marks.
    public var text: String
    /// The quotation, marks included.
    public var span: TextSpan
    public var speaker: String?
    /// The verb of attribution ("said", "told"), nil when the speaker is only the sentence's subject.
    public var verb: String?
    /// A phrase quoted inside the report's own sentence ("calling it “a first step, but not enough”").
    public var isPartial: Bool
}

/// Finds quotations in a report's paragraphs and attributes them to people it names.
public enum QuoteFinder {
    /// - Parameter allSentences: the paragraphs' sentences when the caller has split them already.
    public static func quotes(in paragraphs: [TextSpan], people allPeople: [PersonMention], sentences allSentences: [TextSpan]? = nil) -> [Quote] {
        // In the report's order, so each paragraph and quotation finds its own by bisection.
        let allPeople = allPeople.sorted { $0.span.start < $1.span.start }
        let allSentences = allSentences?.sorted { $0.start < $1.start }
        // People named inside quotations are not who a later "he" refers to.
        let quotations = paragraphs.map { paragraph in
            let double = quotationRanges(in: paragraph.text)
            return double.isEmpty ? singleQuotationRanges(in: paragraph.text) : double
        }
        // Most reports quote someone, but a report that quotes nobody needs none of what follows.
        guard quotations.contains(where: { !$0.isEmpty }) else { return [] }
        let quoted = zip(paragraphs, quotations).flatMap { paragraph, ranges in
            ranges.map { range in
                let span = paragraph.text.span(range)
                return (paragraph.start + span.start)..<(paragraph.start + span.end)
            }
        }
        let inQuotations = SpanCover(ranges: quoted)
        let people = allPeople.filter { !inQuotations.covers($0.span.start) }
        let names = Set(people.map(\.name))
        // Asked only of pronouns and surnames: found when first needed.
        lazy var objects = objectMentions(people, in: paragraphs)
        var quotes: [Quote] = []
        var previousSpeaker: (name: String, end: Int)?
        // Quotations that run on into the next paragraph, by where that paragraph starts.
        var runningOn: [(quote: Int, nextParagraph: Int)] = []
        for (paragraphIndex, (paragraph, ranges)) in zip(paragraphs, quotations).enumerated() {
            let sentences = allSentences?.starting(in: paragraph.start..<paragraph.end, at: \.start).filter { $0.end <= paragraph.end }
                ?? SentenceSplitter.sentences(in: paragraph)
            // A paragraph that is a quotation with no attribution goes on with the quotation before it.
            if let previous = previousSpeaker, previous.end < paragraph.start, ranges.first?.lowerBound != paragraph.text.startIndex {
                previousSpeaker = nil
            }
            for range in ranges {
                let text = paragraph.text
                let inner = innerText(of: range, in: text)
                let span = text.span(range)
                let located = TextSpan(text: span.text, start: paragraph.start + span.start, end: paragraph.start + span.end)
                let isPartial = !(inner.last.map { ".,!?…".contains($0) } ?? false)
                let before = people.starting(in: Int.min..<located.start, at: \.span.start).lazy.filter { $0.span.end <= located.start }
                // “… truce.” He added, “…” — a quotation that ends its sentence is not attributed by the next one;
                // “… matter!” Trump posted — an exclamation or a question is, as it carries no comma.
                let endsSentence = inner.last == "."
                let sentence = sentences.first { $0.start <= located.start && located.start < $0.end }
                // "Mr Kubis declared that Libya was “back on the path …” at the talks, the UN said": words
                // quoted inside a sentence are those of who frames them there, not of who reports the sentence.
                let framer = isPartial ? sentence.flatMap { subject(of: $0, in: paragraph, before: located.start, people: people) } : nil
                let after = endsSentence || framer != nil ? nil : attributionAfter(range.upperBound, in: text)
                var attribution = framer.map { ($0, nil) } ?? after ?? attributionBefore(range.lowerBound, in: text)
                // "“We have a real opportunity,” he told reporters, adding, “This is a moment …”": the same speaker goes on.
                if let previous = previousSpeaker, let sentence, previous.end > sentence.start,
                    continuingVerbs.contains(where: { text[..<range.lowerBound].hasSuffix($0) })
                {
                    attribution = (previous.name, "adding")
                }
                if attribution == nil, let previous = previousSpeaker, !isPartial,
                    sentences.contains(where: { $0.start == located.start }),
                    people.starting(in: (previous.end + 1)..<max(previous.end + 1, located.start), at: \.span.start).isEmpty
                {
                    // A quotation that opens a sentence after another, with no one else named in between, continues it.
                    attribution = (previous.name, nil)
                }
                // "He also credited Anwar …, saying Malaysia provided “a neutral place”": a pronoun that opens
                // the sentence stands for someone named before the sentence, not in it.
                var antecedents = Array(before)
                if let sentence, let pronoun = openingPronoun(of: sentence), attribution?.speaker.lowercased() == pronoun {
                    antecedents.removeAll { $0.span.end > sentence.start }
                }
                var speaker = attribution.map { resolve($0.speaker, before: antecedents, names: names, objects: objects) }
                if let unresolved = speaker, isUnheldOffice(unresolved) { speaker = nil }
                // “…,” said Senegal's Prime Minister Ousmane Sonko: the person found there, whose
                // name the words of an attribution can only guess at.
                // Only within the attribution: a name in the next sentence or paragraph is someone else.
                if after != nil, let guess = speaker, !names.contains(guess),
                    let named = people.starting(in: located.end..<(located.end + 100), at: \.span.start).first(where: { !$0.isPossessive }),
                    named.span.end <= paragraph.end, !paragraph.text.utf16Slice(from: located.end - paragraph.start, to: named.span.start - paragraph.start).contains(". ")
                {
                    speaker = named.name
                }
                // "“The peace of the brave is within our reach.” — Bill Clinton": a name after a dash closes the paragraph.
                if speaker == nil, let signed = signature(after: range.upperBound, in: text) {
                    speaker = resolve(signed, before: people.starting(in: Int.min..<paragraph.end, at: \.span.start), names: names)
                }
                if speaker == nil, let sentence {
                    speaker = leadInSpeaker(of: sentence, in: paragraph, before: located.start, people: people)
                        // "He also credited Prime Minister Anwar Ibrahim …, saying …": the pronoun before any office holder.
                        ?? pronounSpeaker(of: sentence, before: located.start, people: before, objects: objects)
                        ?? subject(of: sentence, in: paragraph, before: located.start, people: people)
                        ?? officeHolder(in: sentence, before: located.start, people: before)
                    if speaker == nil, isPartial, let final = sentenceFinalAttribution(of: sentence, after: located.end) {
                        speaker = resolve(final, before: people.starting(in: Int.min..<sentence.end, at: \.span.start), names: names)
                    }
                    if speaker == nil { speaker = namedLaterInSentence(sentence, after: located.end, people: people) }
                }
                // "“…,” he said, adding that other points included “restoration of law and order”": a phrase quoted
                // later in the sentence of an attributed quotation, with nobody else named, is the same speaker's.
                if speaker == nil, isPartial || inner.first?.isLowercase == true, let previous = previousSpeaker, let sentence, previous.end == sentence.end,
                    people.starting(in: sentence.start..<located.start, at: \.span.start).allSatisfy({ $0.name == previous.name })
                {
                    speaker = previous.name
                }
                if speaker == nil, isPartial || inner.count < 60, let sentence,
                    let owner = allPeople.starting(in: sentence.start..<max(sentence.start, located.start), at: \.span.start)
                        .last(where: { $0.isPossessive && $0.span.end <= located.start })
                {
                    // "Boris Johnson’s advice to Kiev to “keep fighting”": the words are the owner's.
                    speaker = owner.name
                }
                // A quotation nobody is named for is still one ("a spokesman for the alliance said"),
                // but a name in quotation marks is one only after a verb of speech: “Board of Peace”
                // after "proposed a" is a name.
                guard (attribution != nil && framer == nil) || !(isQuotedName(inner) || isLabel(inner, at: range, in: text)) else { continue }
                quotes.append(Quote(text: inner, span: located, speaker: speaker, verb: attribution?.verb, isPartial: isPartial))
                if range.upperBound == text.endIndex, !endsWithMark(text), paragraphIndex + 1 < paragraphs.count {
                    runningOn.append((quotes.count - 1, paragraphs[paragraphIndex + 1].start))
                }
                // From the end of the quotation's sentence: "“…,” said Pablo Beltran, chief ELN negotiator." names nobody new.
                if let speaker { previousSpeaker = (speaker, max(located.end, sentence?.end ?? located.end)) }
            }
        }
        // "“We hope that Morocco …” of UN resolutions and “will engage …,” Ahmed Bujari said": a fragment
        // left open takes the speaker of the next quotation in its sentence when nobody is named between.
        if let allSentences {
            for index in quotes.indices.dropLast().reversed() where quotes[index].speaker == nil && quotes[index].isPartial {
                let next = quotes[index + 1]
                guard let speaker = next.speaker,
                    let sentence = allSentences.last(where: { $0.start <= quotes[index].span.start }), next.span.start < sentence.end,
                    people.starting(in: quotes[index].span.end..<next.span.start, at: \.span.start).isEmpty
                else { continue }
                quotes[index].speaker = speaker
            }
        }
        // “… on the ground.¶“This mission …,” he said: a quotation over several paragraphs is
        // attributed once, in its last paragraph.
        for (index, nextParagraph) in runningOn.reversed() where quotes[index].speaker == nil && index + 1 < quotes.count {
            let next = quotes[index + 1]
            if next.span.start == nextParagraph { quotes[index].speaker = next.speaker }
        }
        return quotes
    }

    /// "Petro’s “total peace” policy": a few quoted words between an owner and a noun name a
    /// thing; nobody is quoted.
    static func isLabel(_ inner: String, at range: Range<String.Index>, in text: String) -> Bool {
        let head = text[..<range.lowerBound]
        // "Petro's "total peace" policy", "Petro, whose "total peace" policy", "his "total peace" policy".
        guard head.hasSuffix("’s ") || head.hasSuffix("'s ") || labelOwners.contains(where: head.hasSuffix) else { return false }
        let tail = text[range.upperBound...]
        // "his “personal attention” to the investigation" quotes him: a label is followed by the noun it qualifies.
        guard tail.hasPrefix(" "), tail.dropFirst().first?.isLowercase ?? false,
            !labelEnds.contains(String(tail.dropFirst().prefix { $0.isLetter }))
        else { return false }
        return inner.utf8.count { $0 == UInt8(ascii: " ") } <= 2
    }

    /// Owners before a label: "her" is left out, since "told her “no”" quotes.
    private static let labelOwners = [" whose ", " his ", " its ", " their ", " our "]
    private static let labelEnds: Set<String> = [
        "to", "for", "of", "in", "on", "at", "with", "and", "but", "or", "as", "from", "by", "that", "until", "unless", "if", "when", "after", "before",
        "because", "since", "while",
    ]

    /// Words that are all capitalised: a name in quotation marks ("Board of Peace"), not a
    /// quotation; one lower-case word ("a “sham”") is a quotation.
    static func isQuotedName(_ inner: String) -> Bool {
        Tokenizer.words(in: inner).allSatisfy { $0.isCapitalised || Offices.connectors.contains($0.folded) }
    }

    /// Pairs of “curly” quotation marks, or of straight ones, around at least one character.
    static func quotationRanges(in text: String) -> [Range<String.Index>] {
        text.withBytes { bytes in
            var ranges: [Range<String.Index>] = []
            var open: Int?
            var straightOpen: Int?
            // Straight marks opened inside the outermost straight quotation: "… obligating "rebels" to …".
            var straightDepth = 0
            func close(_ start: Int, _ end: Int, width: Int) {
                if end - start > width { ranges.append(text.utf8Index(start)..<text.utf8Index(end + width)) }
            }
            func isSpace(_ position: Int) -> Bool { position < 0 || position >= bytes.count || bytes[position] == 0x20 || bytes[position] == 0x0A }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    if let start = straightOpen {
                        // A mark with a space before it and a word after opens a quotation inside.
                        if isSpace(index - 1), !isSpace(index + 1) {
                            straightDepth += 1
                        } else if straightDepth > 0 {
                            straightDepth -= 1
                        } else {
                            close(start, index, width: 1)
                            straightOpen = nil
                        }
                    } else {
                        straightOpen = index
                    }
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                    // “ is E2 80 9C, ” is E2 80 9D.
                    if bytes[index + 2] == 0x9C {
                        open = index
                    } else if bytes[index + 2] == 0x9D {
                        if let start = open { close(start, index, width: 3) }
                        open = nil
                    }
                } else if byte == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'"), let start = open {
                    // “… indeed'': two apostrophes close a curly quotation on some presses.
                    close(start, index, width: 2)
                    open = nil
                    index += 1
                }
                index += 1
            }
            // A quotation that runs over several paragraphs opens each of them and closes only in the
            // last: a paragraph opened by a mark that nothing closes is quoted to its end.
            let opensParagraph = open == 0 || (straightOpen == 0 && straightDepth == 0)
            if opensParagraph, ranges.isEmpty, bytes.count > 1 {
                ranges.append(text.startIndex..<text.endIndex)
            } else if let open, open > 0, bytes.count - open > 12 {
                // "President Clinton said at the ceremony: “This vast bleak desert hides great signs of life.¶“Today …":
                // a curly mark opened late in the paragraph that nothing closes runs on to the next.
                ranges.append(text.utf8Index(open)..<text.endIndex)
            }
            return ranges
        }
    }

    /// The words inside a quotation's marks; a paragraph quoted to its end has no closing mark.
    static func innerText(of range: Range<String.Index>, in text: String) -> String {
        let quoted = text[range]
        return String(quoted.dropFirst().dropLast(quoted.hasSuffix("''") ? 2 : endsWithMark(quoted) ? 1 : 0))
    }

    private static func endsWithMark(_ text: some StringProtocol) -> Bool {
        text.last.map { "\"\u{201D}'\u{2019}".contains($0) } ?? false
    }

    /// Direct quotations in single marks, as some papers print them, in a paragraph with no double
    /// ones: 'We are not confident,' the minister said. A mark opens before a capital at a word's
    /// start and closes after the quotation's own punctuation, so apostrophes ("Cambodia's",
    /// "leaders'") and single words in marks ('ceasefire') are passed over.
    static func singleQuotationRanges(in text: String) -> [Range<String.Index>] {
        // On bytes: every paragraph without double quotation marks is scanned, and walking its
        // characters compared each one by grapheme.
        let offsets: [Range<Int>] = text.withBytes { bytes in
            var ranges: [Range<Int>] = []
            var open: (start: Int, kind: SingleMarkOpening)?
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isStraight = byte == UInt8(ascii: "'")
                let isCurly = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99)
                guard isStraight || isCurly else {
                    index += 1
                    continue
                }
                let width = isStraight ? 1 : 3
                let isOpening = isCurly && bytes[index + 2] == 0x98
                let isClosing = isCurly && bytes[index + 2] == 0x99
                let previous: Unicode.Scalar = index > 0 ? UTF8Scan.scalar(in: bytes, endingAt: index).0 : " "
                let nextIndex = index + width
                let next: Unicode.Scalar? = nextIndex < bytes.count ? UTF8Scan.scalar(in: bytes, at: nextIndex).0 : nil
                let opensWord = previous == " " || previous == "(" || previous == "—" || index == 0
                let closesWord = next.map({ $0 == " " || Self.isPunctuation($0) }) ?? true
                if open == nil, !isClosing, opensWord, next.map(UTF8Scan.isUppercase) ?? false {
                    open = (index, followsTitleWord(bytes, before: index) ? .title : .sentence)
                } else if open == nil, !isClosing, opensWord, let next, UTF8Scan.isLowercase(next), !isContraction(bytes, at: nextIndex) {
                    // "calling the conflict 'the battle of the Sudanese people.'", "hailed it as a 'historic step'":
                    // a phrase in marks, closed soon after and before the clause goes on.
                    open = (index, .phrase)
                } else if let (start, kind) = open, !isOpening {
                    switch kind {
                    case .title where closesWord && (UTF8Scan.isWordScalar(previous) || ",.".unicodeScalars.contains(previous)):
                        // "the 'Agreement on the path to peace' of March": a title in marks, not a quotation.
                        open = nil
                    case .phrase where nextIndex - start > Self.longestQuotedPhrase:
                        // Too long for a phrase: the mark that opened it was an apostrophe ("'tis", a clipped
                        // word); this mark is looked at again as one that may open.
                        open = nil
                        continue
                    // A quoted sentence closes after its punctuation ("… Thailand,' Hun Manet said"), so a title
                    // in marks or a word quoted inside it does not close it; a phrase may close on a letter.
                    case _ where closesWord && (",.!?".unicodeScalars.contains(previous) || kind == .phrase && UTF8Scan.isWordScalar(previous)):
                        ranges.append(start..<nextIndex)
                        open = nil
                    default:
                        break
                    }
                }
                index = nextIndex
            }
            return ranges
        }
        return offsets.map { range in
            text.utf8.index(text.startIndex, offsetBy: range.lowerBound)..<text.utf8.index(text.startIndex, offsetBy: range.upperBound)
        }
    }

    /// What a single mark opened: a quoted sentence ('We are not confident,'), a phrase in lower
    /// case ('historic step'), or a title where a name goes ("the 'Agreement on …'").
    private enum SingleMarkOpening { case sentence, phrase, title }

    /// The most bytes a quoted phrase in single marks spans: a longer run is no quotation.
    static let longestQuotedPhrase = 90

    /// Whether the word before a mark is one a title follows: "the", "titled", "dubbed".
    private static func followsTitleWord(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        var end = index
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, UTF8Scan.isASCIILetterOrDigit(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
        return ["the", "titled", "entitled", "called", "named", "dubbed", "so-called"].contains(word)
    }

    /// "'em", "'til", "'n'": a mark that clips a word rather than opening a quotation.
    private static func isContraction(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index
        while end < bytes.count, end - index < 5, (bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z")) { end += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        return ["em", "til", "n", "s", "t", "cause", "twas", "tis", "round", "bout"].contains(word)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
            .otherPunctuation:
            return true
        default: return false
        }
    }

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
        if Offices.speechVerbs.contains(words[0].folded), words[1].isNamePart {
            return (nameFrom(1, in: words), words[0].folded)
        }
        // "said the retired Nigerian general Abdulsalami Abubakar", "said retired Nigerian Gen. …": the
        // name past how the report describes the speaker; the person found there is taken below.
        if Offices.speechVerbs.contains(words[0].folded), let name = nameAfterDescription(from: 1, in: words) {
            return (nameFrom(name, in: words), words[0].folded)
        }
        if let named = nameBeforeLongApposition(in: words, window: window ?? source) { return named }
        // "“…,” Qatari lawyer and former justice minister Najib Al Nuaimi said": a long description before the name.
        guard let verbIndex = words.prefix(12).firstIndex(where: { Offices.speechVerbs.contains($0.folded) })
            ?? namedAfterLongDescription(in: words, window: window ?? source), verbIndex > 0
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
        var start = verbIndex
        // "Dengov was quoted as saying": the speaker stands before the auxiliary.
        while start > 0, verbIndex - start < 6, Offices.speechAuxiliaries.contains(words[start - 1].folded) { start -= 1 }
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

    /// "“…,” Lazarus Sumbeiywo, Kenyan special envoy to the Sudan peace talks, told Xinhua", "“…,” Ahmed
    /// Bujari, the Polisario's UN representative, said": the name, then an apposition set off by commas
    /// before the verb.
    private static func nameBeforeLongApposition(in words: [Word], window: String) -> (speaker: String, verb: String?)? {
        // "Crown Prince Muhammad Bin Salman, deputy premier and defense minister, said": past the titles.
        let first = (1...3).reversed().first { $0 < words.count && Offices.isTitle(words[..<$0].map(\.folded)) } ?? 0
        guard words.count > first + 4, words[first].isNamePart, words[first + 1].isNamePart || Offices.patronymicParticles.contains(words[first + 1].folded) else { return nil }
        var end = first + 2
        while end < min(words.count, first + 5), words[end].isNamePart || Offices.patronymicParticles.contains(words[end].folded),
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
            let isDescription = !word.isCapitalised || word.classes.contains(.officeStart) || Offices.isTitle([word.folded])
                || { if case .state(_, .adjective)? = Gazetteer.phrases[[word.text]] { return true } else { return false } }()
            if !isDescription { return word.isNamePart && index > start ? index : nil }
            index += 1
        }
        return nil
    }

    /// How a sentence goes on to quote its speaker again: ", adding, “…”".
    private static let continuingVerbs = [", adding, ", ", adding: ", ", adding ", ", saying, ", ", saying: ", ", and added, ", " and added: "]

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
            if verb - length - 2 >= 0, words[verb - length - 2].folded == "the",
                case .state(let code, .adjective)? = Gazetteer.phrases[[words[verb - length - 1].text]]
            {
                return (verb - length - 2, title, code)
            }
            if words[verb - length - 1].folded == "the" { return (verb - length - 1, title, nil) }
        }
        return nil
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
            verbIndex > 0
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

    /// A pronoun is the last person named; a surname is the person named in full earlier; the
    /// words of a title before a name are not the speaker's name.
    static func resolve(
        _ speaker: String, before people: some BidirectionalCollection<PersonMention>, names: Set<String> = [],
        objects: @autoclosure () -> Set<Int> = []
    ) -> String {
        let folded = speaker.lowercased()
        if Offices.pronouns.contains(folded) { return antecedent(among: people, objects: objects())?.name ?? speaker }
        // "“…,” Crown Prince said": the last person named with that office.
        if !folded.hasPrefix("the "), Offices.isTitle(Tokenizer.words(in: speaker).map(\.folded)) {
            return holder(of: Tokenizer.words(in: speaker).map(\.folded), for: nil, among: people)?.name ?? speaker
        }
        if folded.hasPrefix("the ") {
            let words = Tokenizer.words(in: speaker)
            guard case .state(let code, .adjective)? = Gazetteer.phrases[[words[1].text]] else {
                // "“…,” the president said, according to DW": the last person named with that office.
                let title = words.dropFirst().map(\.folded)
                return Offices.isTitle(title) ? holder(of: title, for: nil, among: people)?.name ?? speaker : speaker
            }
            return holder(of: words.dropFirst(2).map(\.folded), for: code, among: people)?.name ?? speaker
        }
        let words = speaker.split(separator: " ")
        let lastWord = words.last.map(String.init) ?? speaker
        // "Burhan said": an alias the gazetteer knows for someone named earlier.
        let known = Gazetteer.personPhrases[Tokenizer.words(in: speaker).map(\.text)]?.name
        if let earlier = people.last(where: { $0.name == speaker || $0.name == known || $0.name.hasSuffix(" " + lastWord) }) { return earlier.name }
        // "Prime Minister Anwar Ibrahim said", "Secretary of State Marco Rubio said": the name after the title.
        for dropped in 1..<max(1, words.count) where names.contains(words[dropped...].joined(separator: " ")) {
            return words[dropped...].joined(separator: " ")
        }
        // "Ms Mao said" after "Mao Ning", "Prime Minister Phumtham told" after "Phumtham Wechayachai": a
        // title before a name shortened as the name is.
        if let title = (1..<max(1, words.count)).last(where: { Offices.isTitle(words[..<$0].map { $0.lowercased() }) }) {
            let rest = words[title...].joined(separator: " ")
            let resolved = resolve(rest, before: people, names: names, objects: objects())
            if resolved != rest { return resolved }
        }
        // "Anwar told reporters" after "Anwar Ibrahim": a name news shortens to its first word.
        if words.count == 1, let earlier = people.last(where: { $0.name.hasPrefix(speaker + " ") }) { return earlier.name }
        // "Hochsten told reporters" after "Amos Hochstein": a surname misspelt by a letter.
        if words.count == 1, let earlier = people.last(where: { Gazetteer.isMisspelling(speaker, ofSurnameIn: $0.name) }) { return earlier.name }
        return known ?? speaker
    }

    /// "Syria and Israel are close to a “de-escalation” arrangement …, US envoy Tom Barrack said on
    /// Tuesday.": the speaker named at the end of the quotation's sentence.
    static func sentenceFinalAttribution(of sentence: TextSpan, after offset: Int) -> String? {
        let tail = sentence.text.utf16Suffix(from: offset - sentence.start)
        guard let comma = tail.lastRange(of: ", ") else { return nil }
        let words = Tokenizer.words(in: String(tail[comma.upperBound...]))
        guard let verb = words.firstIndex(where: { Offices.speechVerbs.contains($0.folded) }), verb > 0, words.count - verb <= 4 else { return nil }
        var start = verb
        while start > 0, verb - start < 4, words[start - 1].isNamePart { start -= 1 }
        guard start < verb, start == 0 || !words[start - 1].isCapitalised else { return nil }
        return words[start..<verb].map(\.text).joined(separator: " ")
    }

    /// "“…,” according to Cuban Foreign Minister Bruno Rodriguez, was signed", "… a “pilot plan” for
    /// peace …, said Otty Patino, head of the government delegation.": the person an attribution
    /// later in the quotation's sentence names, an office before the name allowed.
    static func namedLaterInSentence(_ sentence: TextSpan, after offset: Int, people: [PersonMention]) -> String? {
        let tail = sentence.text.utf16Suffix(from: offset - sentence.start)
        // On bytes first: Foundation's search is slow, and most quotations that reach here have no such attribution.
        let tailText = String(tail)
        for marker in laterAttributions where tailText.containsBytes(of: marker) {
            guard let found = tail.range(of: marker.description) else { continue }
            let from = offset + tail.utf16.distance(from: tail.startIndex, to: found.upperBound)
            guard let person = people.starting(in: from..<(from + 50), at: \.span.start).first(where: { !$0.isPossessive }),
                !sentence.text.utf16Slice(from: from - sentence.start, to: person.span.start - sentence.start).contains(where: { ",.;“\"".contains($0) })
            else { continue }
            return person.name
        }
        return nil
    }

    private static let laterAttributions: [StaticString] = [", said ", ", says ", ", added ", ", told ", "according to "]

    /// "He said Hamas would not hand over its weapons “to the occupation”": the sentence's speaker
    /// is the last person named.
    static func pronounSpeaker(
        of sentence: TextSpan, before offset: Int, people: some BidirectionalCollection<PersonMention>, objects: @autoclosure () -> Set<Int> = []
    ) -> String? {
        guard openingPronoun(of: sentence) != nil else { return nil }
        var words = Tokenizer.words(in: sentence.text.utf16Slice(from: 0, to: offset - sentence.start))
        // "He also urged Israel to “…”": an adverb between the pronoun and its verb.
        if words.count >= 3, ["also", "then", "later", "further", "again"].contains(words[1].folded) { words.remove(at: 1) }
        // "He thanked the diplomats for talks conducted “in a friendly atmosphere”": a verb that frames the words too.
        guard words.count >= 2,
            Offices.speechVerbs.contains(words[1].folded) || framingVerbs.contains(words[1].folded)
                // "He also credited Anwar for hosting the talks, saying Malaysia provided “…”": the participle is his.
                || words.dropFirst(2).contains(where: { $0.folded == "saying" })
        else { return nil }
        // Someone named before the sentence, else in it before the quotation ("He also credited Anwar …").
        let earlier = people.filter { $0.span.end <= sentence.start }
        return (antecedent(among: earlier, objects: objects()) ?? antecedent(among: people, objects: objects()))?.name
    }

    /// "he" or "she" when it opens the sentence: seen without splitting the sentence, since most
    /// sentences a quotation stands in open with none.
    static func openingPronoun(of sentence: TextSpan) -> String? {
        let first = String(sentence.text.prefix { $0.isLetter }).lowercased()
        return Offices.pronouns.contains(first) ? first : nil
    }

    /// Whom "he" or "she" stands for: the last person named as a subject. Someone named as the
    /// object of a preposition or a verb ("agreed with Lavrov", "due to meet … Mahmoud Abbas")
    /// is who "he" stands for only when nobody else was named.
    static func antecedent(among people: some BidirectionalCollection<PersonMention>, objects: Set<Int>) -> PersonMention? {
        people.last { !$0.isPossessive && !objects.contains($0.span.start) } ?? people.last { !$0.isPossessive }
    }

    /// The people, by where they start, that their sentence names as an object: the word before
    /// the name and its title is a preposition or a verb that takes a person.
    static func objectMentions(_ people: [PersonMention], in paragraphs: [TextSpan]) -> Set<Int> {
        var objects = Set<Int>()
        for paragraph in paragraphs {
            // The paragraph's words, split once for every finder, rather than the stretch before each name split again.
            let words = Tokenizer.words(in: paragraph)
            for person in people.starting(in: paragraph.start..<paragraph.end, at: \.span.start) {
                let start = person.span.start - paragraph.start
                if isObject(after: words.within(from: max(0, start - 80), to: start), before: start, in: paragraph.text) {
                    objects.insert(person.span.start)
                }
            }
        }
        return objects
    }

    /// Whether the name after `words` is an object: past its title ("as well as Palestinian Authority
    /// President"), and past names listed before it ("with Thailand's acting prime minister,
    /// Phumtham Wechayachai, and …"), a preposition or a verb that takes a person. A comma after
    /// anything but a title opens a clause instead: "Speaking after the meeting, Vladimir Medinsky".
    /// `words` are those of `text` before the UTF-16 offset `end`, where the name starts.
    static func isObject(after words: ArraySlice<Word>, before end: Int, in text: String) -> Bool {
        let endIndex = text.utf16Index(end)
        for position in words.indices.reversed() {
            let word = words[position]
            let isTitle = word.classes.contains(.officeStart) || describingNouns.contains(word.folded) || Offices.portfolioWords.contains(word.folded)
            let passed = word.isCapitalised || isTitle || Offices.officeQualifiers.contains(word.folded) || word.folded == "and" || word.folded == "or"
            let gapEnd = position + 1 < words.endIndex ? words[position + 1].range.lowerBound : endIndex
            let gap = text[word.range.upperBound..<gapEnd]
            if !isTitle, !word.isCapitalised || position + 1 == words.endIndex, gap.contains(",") { return false }
            // "“… a hand of peace,” Sheikh Abdullah said": a quotation closes before the name.
            if gap.contains("”") || gap.contains("\"") { return false }
            // "Addressing Netanyahu, he said": a sentence may open with the verb that takes the name.
            if !passed || (word.isCapitalised && objectMarkers.contains(word.folded) && word.folded.hasSuffix("ing")) { return objectMarkers.contains(word.folded) }
        }
        return false
    }

    /// Words that describe a person before the name as a title does: "Hezbollah ally Nabih Berri".
    private static let describingNouns: WordTable<Void> = ["ally", "allies", "rival", "parliament", "official", "veteran", "colleague", "partner"]

    /// Words after which a name is an object, not a subject that goes on to speak; "that" opens a
    /// clause whose subject is not who goes on speaking: "Hochstein revealed that President Joe Biden
    /// had asked him … “…,” he stated."
    static let objectMarkers: WordTable<Void> = [
        "that",
        "with", "to", "by", "for", "of", "from", "against", "between", "among", "as", "than", "about", "at", "into", "toward", "towards",
        "including", "meet", "met", "meeting", "urged", "told", "thanked", "invited", "congratulated", "visited", "accompanied", "joined",
        "hosted", "replacing", "replaced", "appointed", "named",
        "addressing", "praising", "thanking", "urging", "welcoming", "criticising", "criticizing",
    ]

    /// "the Ukrainian president said Moscow was “playing for time”": the office of someone named
    /// earlier, standing for them.
    static func officeHolder(in sentence: TextSpan, before offset: Int, people: some BidirectionalCollection<PersonMention>) -> String? {
        let words = Tokenizer.words(in: sentence.text.utf16Slice(from: 0, to: offset - sentence.start))
        guard let verb = words.firstIndex(where: { Offices.speechVerbs.contains($0.folded) || framingVerbs.contains($0.folded) }) else { return nil }
        // "In a post on X, the minister said …": the last person named with that office.
        guard let described = describedOffice(before: verb, in: words) else { return nil }
        return holder(of: described.title, for: described.state, among: people)?.name
    }

    /// The last person named who holds `title`, for the state `code` when one is given; "leader"
    /// stands for a head of state or government.
    static func holder(of title: [String], for code: String?, among people: some BidirectionalCollection<PersonMention>) -> PersonMention? {
        let office = title.joined(separator: " ")
        return people.last { person in
            let known = Gazetteer.personPhrases[Tokenizer.words(in: person.name).map(\.text)]
            guard code == nil || (person.state ?? known?.state) == code, !person.isPossessive else { return false }
            // "H H Sheikh" as the report styles him, "Emir of Qatar" as the gazetteer knows him.
            let held = [person.office, known?.office].compactMap { $0 }.joined(separator: "; ").lowercased()
            return held.contains(office) || ((office == "leader" || office == "ruler") && leaderTitles.contains { held.contains($0) })
                || (office == "premier" && held.contains("prime minister"))
        }
    }

    private static let leaderTitles = ["president", "prime minister", "chancellor", "premier", "king", "emir", "leader"]

    /// Verbs with which a report puts words in its subject's mouth without "said".
    static let framingVerbs: WordTable<Void> = [
        "calling", "called", "calls", "describing", "described", "labeled", "labelled", "termed", "dubbed", "accused", "accusing",
        "accuses", "dismissed", "dismissing", "denounced", "condemned", "branded", "criticised", "criticized", "hailed", "praised",
        "proposed", "promised", "pledged", "vowed", "urged", "thanked", "thanking", "saying",
        // "welcomed the announcement as “…”", "telling diplomats that … “…”".
        "welcomed", "welcoming", "telling", "adding", "warning", "rejecting", "rejected", "congratulated", "congratulating",
        // "he appealed to the parties “to make full use of this week's round of talks”".
        "appealed", "appealing", "urging", "insisted", "insisting", "demanded", "demanding", "declaring", "declared",
    ]

    /// "According to Trump, it will connect Azerbaijan with its exclave “…”": the source the sentence
    /// opens with. "Pashinyan supported him: “I believe …”": the person whose clause a colon closes
    /// just before the quotation.
    static func leadInSpeaker(of sentence: TextSpan, in paragraph: TextSpan, before offset: Int, people: [PersonMention]) -> String? {
        let named = people.starting(in: sentence.start..<max(sentence.start, offset), at: \.span.start).filter { $0.span.end <= offset && !$0.isPossessive }
        guard let first = named.first else { return nil }
        let lead = paragraph.text.utf16Slice(from: sentence.start - paragraph.start, to: first.span.start - paragraph.start)
        if lead.lowercased().hasSuffix("according to "), lead.count <= 20,
            paragraph.text.utf16Slice(from: first.span.end - paragraph.start, to: first.span.end - paragraph.start + 1) == ","
        {
            return first.name
        }
        let gap = paragraph.text.utf16Slice(from: first.span.end - paragraph.start, to: offset - paragraph.start)
        guard first.span.start == sentence.start, gap.hasSuffix(": "), gap.utf16.count <= 40, named.count == 1 else { return nil }
        return first.name
    }

    /// The first person named in the quotation's sentence when a verb of saying or framing
    /// stands between them and the quotation: Macron in "Macron responded by calling it “a first
    /// step, but not enough”", nobody in "a newly proposed “Board of Peace”".
    /// The last person counts when the verb follows their name straight away: Pashinyan in
    /// "Fidan said that Ankara would coordinate with Baku, and Pashinyan welcomed the decision as “…”".
    static func subject(of sentence: TextSpan, in paragraph: TextSpan, before offset: Int, people: [PersonMention]) -> String? {
        let named = people.starting(in: sentence.start..<max(sentence.start, offset), at: \.span.start).filter { $0.span.end <= offset }
        guard let first = named.first else { return nil }
        // "He also credited Anwar Ibrahim …, saying": the sentence's subject is the pronoun, not the name after it.
        if openingPronoun(of: sentence) != nil { return nil }
        func framingVerb(after person: PersonMention) -> Int? {
            let words = Tokenizer.words(in: paragraph.text.utf16Slice(from: person.span.end - paragraph.start, to: offset - paragraph.start))
            return words.firstIndex { Offices.speechVerbs.contains($0.folded) || framingVerbs.contains($0.folded) }
        }
        // The later person's own verb, straight after the name: "… Aliyev on Saturday for what he
        // called" is still the subject's.
        if let later = named.dropFirst().last(where: { !$0.isPossessive }), framingVerb(after: later) == 0,
            !paragraph.text.utf16Slice(from: later.span.end - paragraph.start, to: later.span.end - paragraph.start + 2).contains(",")
        {
            return later.name
        }
        return framingVerb(after: first) != nil ? first.name : nil
    }
}
