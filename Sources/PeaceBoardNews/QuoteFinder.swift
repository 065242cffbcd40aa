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
                    // "…," President Trump said on Friday.¶"We're getting …": the speaker's own name in the attribution is no one else.
                    people.starting(in: (previous.end + 1)..<max(previous.end + 1, located.start), at: \.span.start).allSatisfy({ $0.name == previous.name })
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
                // "President Mandela “castigating the lesser angels …,” he said": the name the quotation goes on from is
                // whom the speaker speaks of, not the speaker.
                if let attribution, Offices.pronouns.contains(attribution.speaker.lowercased()), let last = antecedents.last,
                    last.span.end <= located.start, located.start - last.span.end <= 2
                {
                    antecedents.removeLast()
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
                // "The summit, billed as a “pivotal moment” by el-Sisi", "… by Egyptian President Abdel Fattah el-Sisi":
                // the person named just after "by", past their state and office, called it so.
                if speaker == nil, isPartial, text[range.upperBound...].hasPrefix(" by "),
                    let named = people.starting(in: located.end..<(located.end + 60), at: \.span.start).first,
                    case let titles = Tokenizer.words(in: String(paragraph.text.utf16Slice(from: located.end - paragraph.start, to: named.span.start - paragraph.start).dropFirst(4))),
                    titles.count <= 4, titles.allSatisfy(\.isCapitalised)
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
                    let isParagraph = located.start == paragraph.start && located.end >= paragraph.end - 1
                    if speaker == nil, attribution == nil, !isPartial || isParagraph, sentence.start == located.start {
                        speaker = reportedSpeaker(before: sentence, among: sentences, in: paragraph, people: people)
                        // "Borrell said both parties will be bound.¶"We have a deal. …"": a paragraph that is
                        // a quotation and no more goes on from the paragraph before.
                        if speaker == nil, isParagraph, paragraphIndex > 0 {
                            let before = paragraphs[paragraphIndex - 1]
                            let sentencesBefore = allSentences?.starting(in: before.start..<before.end, at: \.start).filter { $0.end <= before.end }
                                ?? SentenceSplitter.sentences(in: before)
                            speaker = reportedSpeaker(before: sentence, among: sentencesBefore, in: before, people: people)
                        }
                    }
                }
                // "“…,” he said, adding that other points included “restoration of law and order”": a phrase quoted
                // later in the sentence of an attributed quotation, with nobody else named, is the same speaker's.
                if speaker == nil, isPartial || inner.first?.isLowercase == true, let previous = previousSpeaker, let sentence, previous.end == sentence.end,
                    people.starting(in: sentence.start..<located.start, at: \.span.start).allSatisfy({ $0.name == previous.name })
                {
                    speaker = previous.name
                }
                // "Medinsky named three results of the meeting:¶→ in the “coming days” …": an item of a list that a colon
                // opens quotes whoever opened it.
                if speaker == nil { speaker = listOpener(before: paragraphIndex, in: paragraphs, people: people) }
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
                let isName = isQuotedName(inner)
                guard (attribution != nil && framer == nil) || !(isName || isLabel(inner, at: range, in: text)) else { continue }
                // "quoting from a “Joint Declaration of Peace and Friendship,” said": a document's title of three
                // words or more is no one's words, whoever speaks after it.
                if isName, Tokenizer.words(in: inner).count >= 3, inner.contains(where: \.isLowercase) { continue }
                if namesAThing(inner, at: range, in: text) { continue }
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
}
