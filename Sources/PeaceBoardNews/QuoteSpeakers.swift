/// Who a speaker named in an attribution is: the person named in full before, the holder of an
/// office, whom a pronoun stands for, the subject that frames a quoted phrase.
extension QuoteFinder {
    /// A pronoun is the last person named; a surname is the person named in full earlier; the
    /// words of a title before a name are not the speaker's name.
    static func resolve(
        _ speaker: String, before people: some BidirectionalCollection<PersonMention>, names: Set<String> = [],
        objects: @autoclosure () -> Set<Int> = []
    ) -> String {
        let folded = speaker.lowercased()
        if Offices.pronouns.contains(folded) { return antecedent(among: people, objects: objects())?.name ?? speaker }
        let described = folded.hasPrefix("the ")
        if described || Offices.titlesByFirstWord[String(folded.prefix { $0 != " " })] != nil {
            // "the 71-year-old secretary general said": an age describes the holder, not the office.
            let words = Tokenizer.words(in: speaker).filter { !$0.folded.hasSuffix("-year-old") }
            // "the Russian leader": the holder of that office for the state the adjective names; "the American diplomat said"
            // after "Bernard Aronson, U.S. assistant secretary of state": the last official of that state named.
            if described, words.count >= 3, case .state(let code, .adjective)? = Gazetteer.phrases[[words[1].text]] {
                let office = words.dropFirst(2).map(\.folded)
                if let holder = holder(of: office, for: code, among: people) { return holder.name }
                guard office.count == 1, Offices.officialNouns.contains(office[0]) else { return speaker }
                return people.last { $0.state == code && $0.office != nil && !$0.isPossessive }?.name ?? speaker
            }
            // "the EU's foreign policy chief said", "the EU top diplomat said": that body's official named before.
            if described, words.count >= 3, case .organisation(let body)? = Gazetteer.phrases[[words[1].text]] {
                if let holder = holder(of: words.dropFirst(2).map(\.folded), for: nil, among: people) { return holder.name }
                let marks = [words[1].text.lowercased(), body.lowercased()]
                let official = people.last { person in
                    guard !person.isPossessive else { return false }
                    let known = Gazetteer.personPhrases[Tokenizer.words(in: person.name).map(\.text)]
                    let held = [person.office, known?.office].compactMap { $0 }.joined(separator: " ").lowercased()
                    let heldWords = Set(held.split(separator: " ").map(String.init))
                    // "UN Secretary-General Amara Diallo": the body named before the office, which the office leaves out.
                    return person.organisation == body || marks.contains { heldWords.contains($0) || held.contains($0) && $0.contains(" ") }
                }
                return official?.name ?? speaker
            }
            // "“…,” the president said, according to DW", "“…,” Crown Prince said": the last person named with that office.
            let title = words.dropFirst(described ? 1 : 0).map(\.folded)
            if Offices.isTitle(title) { return holder(of: title, for: nil, among: people)?.name ?? speaker }
            if described { return speaker }
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
        // "But he sounded a note of caution, saying, “…”": the pronoun after the connective.
        if words.count >= 3, openingConnectives.contains(words[0].folded) { words.removeFirst() }
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

    /// "he" or "she" when it opens the sentence, after a connective if one opens it ("But he",
    /// "However, she"): seen without splitting the sentence, since most sentences a quotation
    /// stands in open with none.
    static func openingPronoun(of sentence: TextSpan) -> String? {
        let text = Substring(sentence.text)
        var first = String(text.prefix { $0.isLetter }).lowercased()
        if openingConnectives.contains(first) {
            let rest = text.dropFirst(first.count).drop { $0 == "," || $0 == " " }
            first = String(rest.prefix { $0.isLetter }).lowercased()
        }
        return Offices.pronouns.contains(first) ? first : nil
    }

    /// Words that open a sentence before its subject and tie it to the one before.
    static let openingConnectives: Set<String> = ["but", "and", "yet", "however", "still", "meanwhile", "later", "instead", "nonetheless", "nevertheless"]

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
                if isObject(after: words.within(from: max(0, start - 80), to: start), before: start, in: paragraph.text)
                    || isReportedSubject(person, words: words, in: paragraph)
                {
                    objects.insert(person.span.start)
                }
            }
        }
        return objects
    }

    /// "But Kurti said Vucic did not sign the deal. “…,” he added": the subject of what someone reported is
    /// not whom "he" stands for next; the one who said it is.
    private static func isReportedSubject(_ person: PersonMention, words: [Word], in paragraph: TextSpan) -> Bool {
        let start = person.span.start - paragraph.start
        let end = person.span.end - paragraph.start
        // Past the name's office and state: "said Ugandan President Tomas Okello did not".
        let preceding = words.within(from: max(0, start - 60), to: start)
        guard let before = preceding.reversed().prefix(5).first(where: { !$0.isCapitalised }), let after = words.within(from: end, to: end + 20).first
        else { return false }
        return ["said", "says"].contains(before.folded) && reportedAuxiliaries.contains(after.folded)
            && paragraph.text.utf16Slice(from: end, to: after.utf16Range.lowerBound) == " "
    }

    private static let reportedAuxiliaries: WordTable<Void> = [
        "did", "does", "had", "has", "have", "would", "will", "was", "is", "were", "could", "should", "must", "may", "might", "can",
    ]

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
            // "waiting for a phone call from the US secretary of state (Marco Rubio)": the article of the title;
            // "ambassador to the United States, Prince Khalid bin Salman," ends the title before the name.
            let passed = word.isCapitalised || isTitle || Offices.officeQualifiers.contains(word.folded) || word.folded == "and" || word.folded == "or"
                || word.folded == "both"
                || word.folded == "the" && position + 1 < words.endIndex && !text[word.range.upperBound..<endIndex].contains(",")
            let gapEnd = position + 1 < words.endIndex ? words[position + 1].range.lowerBound : endIndex
            let gap = text[word.range.upperBound..<gapEnd]
            if !isTitle, !word.isCapitalised || position + 1 == words.endIndex, gap.contains(",") { return false }
            // "“… a hand of peace,” Sheikh Abdullah said": a quotation closes before the name.
            if gap.contains("”") || gap.contains("\"") { return false }
            // "Addressing Netanyahu, he said": a sentence may open with the verb that takes the name.
            if !passed || (word.isCapitalised && objectMarkers.contains(word.folded) && word.folded.hasSuffix("ing")) {
                // "the required spirit … was quickly restored by Serbia's President, Slobodan Milosevic": a passive's agent
                // did it, and is whom "he" stands for next; "the army led by Khalifa Haftar" is no clause of its own.
                if word.folded == "by", position > words.startIndex, case let verb = words[position - 1].folded,
                    verb.hasSuffix("ed") || EventFinder.irregularParticiples.contains(verb),
                    words[max(words.startIndex, position - 4)..<(position - 1)].contains(where: { EventLexicon.passiveAuxiliaries.contains($0.folded) })
                {
                    return false
                }
                return objectMarkers.contains(word.folded)
            }
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
        // "President Trump was tonight calling Volodymyr Zelensky … he said": whom one calls or greets is no speaker next.
        "calling", "called", "phoned", "phoning", "greeted", "greeting", "briefed", "briefing",
        // "Trump described both Hun and Anutin as “…”, who he said, “…”".
        "described", "describing",
        // "Pigott confirmed Barrack and Rubio have engaged with all parties. “…,” he added.": a clause reported without
        // "that" names no one who goes on speaking.
        "confirmed", "said", "says", "announced", "stated", "revealed", "noted", "stressed", "insisted", "claimed",
    ]

    /// "the Ukrainian president said Moscow was “playing for time”": the office of someone named
    /// earlier, standing for them.
    static func officeHolder(in sentence: TextSpan, before offset: Int, people: some BidirectionalCollection<PersonMention>) -> String? {
        let words = Tokenizer.words(in: sentence.text.utf16Slice(from: 0, to: offset - sentence.start))
        guard let verb = words.firstIndex(where: { Offices.speechVerbs.contains($0.folded) || framingVerbs.contains($0.folded) }) else { return nil }
        // "In a post on X, the minister said …": the last person named with that office. "The US President remained
        // upbeat, saying there were '…'": the office the sentence opens with, when the verb comes later.
        guard let described = describedOffice(before: verb, in: words)
            ?? stride(from: 2, through: min(5, verb), by: 1).lazy.compactMap({ end in
                describedOffice(before: end, in: words).flatMap { $0.start == 0 && !words[end].isCapitalised ? $0 : nil }
            }).first
        else { return nil }
        if let holder = holder(of: described.title, for: described.state, among: people) { return holder.name }
        // "The UN chief said that “mutual understanding” …": the body's official named before, whatever his title.
        let description = words[described.start..<verb].map(\.text).joined(separator: " ")
        let resolved = resolve(description, before: people)
        return resolved == description ? nil : resolved
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
            return held.contains(office) || (officesStoodFor[office]?.contains { held.contains($0) } ?? false)
        }
    }

    /// Offices a description stands for: "the leader" for a head of state or government, "the top diplomat" for "EU
    /// foreign policy chief Josep Borrell" or a foreign minister.
    private static let officesStoodFor: [String: [String]] = {
        let leaders = ["president", "prime minister", "chancellor", "premier", "king", "emir", "leader"]
        return [
            "leader": leaders, "ruler": leaders, "premier": ["prime minister"],
            "top diplomat": ["foreign minister", "minister of foreign", "foreign policy", "foreign affairs", "secretary of state"],
        ]
    }()

    /// Verbs with which a report puts words in its subject's mouth without "said".
    static let framingVerbs: WordTable<Void> = [
        "calling", "called", "calls", "describing", "described", "labeled", "labelled", "termed", "dubbed", "accused", "accusing",
        "accuses", "dismissed", "dismissing", "denounced", "condemned", "branded", "criticised", "criticized", "hailed", "praised",
        "proposed", "promised", "pledged", "vowed", "urged", "thanked", "thanking", "saying",
        // A headline's present tense: "Umerov promises to “soon announce” details".
        "promises", "pledges", "vows",
        // "credited “dogged and painstaking American diplomacy” for landing the agreement", "touted an “EPIC ceasefire agreement”".
        "credited", "crediting", "touted", "touting",
        // "listed Israel's reasons for a ceasefire, including “focusing on the Iranian threat”", "citing “security concerns”".
        "listed", "listing", "cited", "citing",
        // "welcomed the announcement as “…”", "telling diplomats that … “…”".
        "welcomed", "welcoming", "telling", "adding", "warning", "rejecting", "rejected", "congratulated", "congratulating",
        // "he appealed to the parties “to make full use of this week's round of talks”".
        "appealed", "appealing", "urging", "insisted", "insisting", "demanded", "demanding", "declaring", "declared",
        // "Kabila gave assurances that his government would apply “in all good faith” today's commitments".
        "assurances", "assured", "assuring",
    ]

    /// "Wang said that the declaration aims to establish a government. “The core outcome is …”": a
    /// quotation standing as a sentence of its own goes on from the sentence before it in its
    /// paragraph, when that sentence reports what its subject said and names nobody after them.
    static func reportedSpeaker(before sentence: TextSpan, among sentences: [TextSpan], in paragraph: TextSpan, people: [PersonMention]) -> String? {
        guard let previous = sentences.last(where: { $0.end <= sentence.start }), previous.start >= paragraph.start else { return nil }
        let named = people.starting(in: previous.start..<sentence.start, at: \.span.start)
        guard let subject = named.first, !subject.isPossessive, named.allSatisfy({ $0.name == subject.name }) else { return nil }
        let opening = paragraph.text.utf16Slice(from: previous.start - paragraph.start, to: subject.span.start - paragraph.start)
        // The subject opens the sentence, after its titles at most ("Chinese Foreign Minister Wang Yi said",
        // "EU High Representative for Foreign Policy and Security Josep Borrell said").
        guard Tokenizer.words(in: opening).allSatisfy({ $0.isCapitalised || Offices.appositionLinks.contains($0.folded) || $0.folded == "and" }) else { return nil }
        let words = Tokenizer.words(in: paragraph.text.utf16Slice(from: subject.span.end - paragraph.start, to: previous.end - paragraph.start))
        // "Wang said that", "Wang also said", "Wang, the foreign minister, said": the verb within the clause's first words.
        guard let verb = words.prefix(6).firstIndex(where: { Offices.speechVerbs.contains($0.folded) }),
            !words[..<verb].contains(where: { $0.isCapitalised }), !previous.text.contains("“"), !previous.text.contains("\"")
        else { return nil }
        return subject.name
    }

    /// Who opens, with a colon, the list whose item the paragraph at `index` is: the one person the opening
    /// paragraph names ("The head of the Russian delegation, …, Vladimir Medinsky, named three results:").
    static func listOpener(before index: Int, in paragraphs: [TextSpan], people: [PersonMention]) -> String? {
        func isItem(_ paragraph: TextSpan) -> Bool { ReportCleaner.listMarkers.contains { paragraph.text.hasPrefix($0) } }
        guard isItem(paragraphs[index]) else { return nil }
        var opening = index - 1
        while opening >= 0, isItem(paragraphs[opening]) { opening -= 1 }
        guard opening >= 0, paragraphs[opening].text.last(where: { !$0.isWhitespace }) == ":" else { return nil }
        let named = Set(people.starting(in: paragraphs[opening].start..<paragraphs[opening].end, at: \.span.start).filter { !$0.isPossessive }.map(\.name))
        return named.count == 1 ? named.first : nil
    }

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
        // "PM Netanyahu met President Trump, where the US President said that …": the holder of the office
        // described just before the last verb of saying, not whoever the sentence opens with.
        let lead = Array(Tokenizer.words(in: sentence).within(from: 0, to: offset - sentence.start))
        if let verb = lead.lastIndex(where: { Offices.speechVerbs.contains($0.folded) }), let described = describedOffice(before: verb, in: lead),
            let holder = holder(of: described.title, for: described.state, among: people.prefix { $0.span.end <= offset })
        {
            return holder.name
        }
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
