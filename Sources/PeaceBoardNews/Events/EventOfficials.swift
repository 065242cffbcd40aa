/// Which body an official named in a sentence speaks for: the body just before the office
/// ("EU foreign policy chief Kaja Kallas", "The BRN's chief negotiator, Anas Abdulrahman,") or
/// the one an apposition led by the office names ("Omer Celik, spokesman for the ruling AK Party,").
extension EventFinder {
    /// ", spokesman for the ruling ", ", head of the ": what stands between a name and the body
    /// an apposition gives its office in.
    static func isOfficeApposition(_ gap: String) -> Bool {
        var gap = Substring(gap)
        // "Mahdi al-Mashat (1st L), chairman of the Houthi's political council": past a caption's placing.
        if gap.hasPrefix(" ("), let close = gap.firstIndex(of: ")"), gap.distance(from: gap.startIndex, to: close) <= 12 {
            gap = gap[gap.index(after: close)...]
        }
        guard gap.hasPrefix(", "), gap.utf8.count <= 40, !gap.dropFirst(2).contains(",") else { return false }
        let words = Tokenizer.words(in: String(gap)).map(\.folded).filter { !EventLexicon.articles.contains($0) }
        // "…, the elusive leader of the Tamil Tigers": a word or two may describe the office first.
        guard let title = words.prefix(3).firstIndex(where: { Offices.titlesByFirstWord[$0] != nil }) else { return false }
        return words[title...].contains { Offices.appositionLinks.contains($0) }
    }

    /// " of the southern rebel " in "John Garang of the southern rebel Sudan People's Liberation
    /// Movement": "of", an article and a few lower-case words, between a name and its body.
    static func isMembership(_ gap: String) -> Bool {
        guard gap.hasPrefix(" of "), gap.hasSuffix(" "), gap.utf8.count <= 40 else { return false }
        let words = Tokenizer.words(in: gap).dropFirst()
        return words.count <= 4 && words.allSatisfy { !$0.isCapitalised } && !gap.contains(",")
    }

    /// What stands between a body and the name of its official: "'s chief negotiator" in "The
    /// BRN's chief negotiator, Anas Abdulrahman,", nothing in "the commander of the SDF, Mazloum
    /// Abdi,"; the commas of a name in apposition do not part them.
    static func officeGap(from end: Int, to person: Entity, in sentence: TextSpan) -> String {
        let gap = sentence.text.utf16Slice(from: end - sentence.start, to: person.start - sentence.start)
        // Only after the body's own mark, right after its name or a few lower-case words of office
        // ("A senior Hamas official, Basem Naim,"): "the UN envoy for Yemen, Hans Grundberg," names him alone.
        let isLowerCase = gap.dropLast(2).split(separator: " ").count <= 3 && !gap.dropLast(2).contains { $0.isUppercase }
        guard gap.hasSuffix(", "), gap == ", " || gap.hasPrefix("’s ") || gap.hasPrefix("'s ") || isLowerCase,
            sentence.text.utf16Suffix(from: person.end - sentence.start).hasPrefix(",")
        else { return gap }
        return String(gap.dropLast(2))
    }

    /// Words that may stand before "mediator" in an office set off by commas: "the chief mediator".
    private static let mediatorQualifiers: WordTable<Void> = ["the", "chief", "lead", "talks", "main", "joint"]

    /// "AU mediator Thabo Mbeki said", "Qatari mediator Mohammed al-Khulaifi": whom the report calls
    /// a state's or a body's mediator, that state or body mediates.
    /// "Lourenco is the African Union-appointed mediator between Kigali and Kinshasa", "Lourenço, who chairs
    /// the ICGLR, is also the AU mediator", "Lourenço, as mediator appointed by the AU": the mediator the
    /// person is, past a relative clause; where the mediator noun stands.
    /// "accepted Malaysia as mediator", "Qatar is the main mediator": a state or a body is one only
    /// when the noun follows at once (`adjacent`), since "Qatar was a venue for the mediators' talks" names others.
    private static func mediatorPredicate(of person: Entity, words: [Word], in sentence: TextSpan, adjacent: Bool = false) -> Int? {
        guard var link = words.firstIndex(where: { $0.utf16Range.lowerBound + sentence.start >= person.end }) else { return nil }
        let isSetOff = sentence.text.utf16Slice(from: person.end - sentence.start, to: words[link].utf16Range.lowerBound) == ", "
        // "Mbeki, who is the African Union's mediator": the relative clause says what he is.
        if isSetOff, words[link].folded == "who", link + 1 < words.count, ["is", "was"].contains(words[link + 1].folded) {
            link += 1
        } else if isSetOff, words[link].folded == "who",
            let close = words[link...].firstIndex(where: { sentence.text.utf16Slice(from: $0.utf16Range.upperBound, to: $0.utf16Range.upperBound + 2) == ", " })
        {
            link = close + 1
        }
        // "Thabo Mbeki, the African Union's mediator,": an apposition says it as well.
        let opensApposition = isSetOff && words[link].folded == "the" && !adjacent
        guard link < words.count, ["is", "was", "as"].contains(words[link].folded) || opensApposition,
            let title = ((link + 1)..<min(words.count, link + 7)).first(where: { EventLexicon.mediatorNouns.contains(words[$0].folded) }),
            !sentence.text.utf16Slice(from: words[link].utf16Range.upperBound, to: words[title].utf16Range.lowerBound).contains(","),
            !adjacent || words[(link + 1)..<title].allSatisfy({ mediatorQualifiers.contains($0.folded) || $0.folded == "a" })
        else { return nil }
        return title
    }

    static func titledMediators(in sentence: TextSpan, words: [Word], entities: [Entity]) -> [EventMention] {
        let titled = titledOnes(in: sentence, words: words, entities: entities)
        // "accept Qatar, Egypt and the United States as mediators": everyone listed before the role.
        let listed = namedLists(in: entities, sentence: sentence).filter { $0.count >= 2 }.flatMap { list -> [EventMention] in
            guard let last = list.last, let role = titled.first(where: { $0.actors == [last.participant] }) else { return [] }
            return list.dropLast().filter { member in !titled.contains { $0.actors == [member.participant] } }.map { member in
                var mediation = role
                mediation.actors = [member.participant]
                return mediation
            }
        }
        return titled + listed
    }

    private static func titledOnes(in sentence: TextSpan, words: [Word], entities: [Entity]) -> [EventMention] {
        entities.compactMap { person in
            func mediation(at title: Int) -> EventMention {
                EventMention(
                    kind: .mediate, cameo: CAMEOCode("045")!, actors: [person.participant], targets: [], negated: false, hedged: false,
                    trigger: sentence.span(from: words[title], to: words[title]), sentence: sentence)
            }
            guard person.isPerson else {
                guard !person.isCity, !person.isRemit, !person.isPossessive else { return nil }
                return mediatorPredicate(of: person, words: words, in: sentence, adjacent: true).map(mediation(at:))
            }
            guard person.participant.state != nil || person.participant.organisation != nil else { return nil }
            // "AU mediator Thabo Mbeki", or "Abdulsalami Abubakar, chief mediator for the talks".
            let before = words.lastIndex(where: { $0.utf16Range.upperBound + sentence.start <= person.start }).flatMap { title in
                person.start - (words[title].utf16Range.upperBound + sentence.start) == 1 ? title : nil
            }
            let apposition = words.firstIndex(where: { $0.utf16Range.lowerBound + sentence.start >= person.end }).flatMap { first -> Int? in
                guard sentence.text.utf16Slice(from: person.end - sentence.start, to: words[first].utf16Range.lowerBound) == ", " else { return nil }
                return (first..<min(words.count, first + 3)).first { EventLexicon.mediatorNouns.contains(words[$0].folded) }
                    .flatMap { title in words[first..<title].allSatisfy { mediatorQualifiers.contains($0.folded) } ? title : nil }
            }
            // "the mediator, Mr Nelson Mandela,", "The mediator in the Burundi peace process, Nelson Mandela,": the office, then the name set off.
            let named = words.lastIndex(where: { $0.utf16Range.upperBound + sentence.start <= person.start }).flatMap { lastWord -> Int? in
                // The name may carry an honorific the person's span leaves out ("Mr").
                // So may a description: "…, Kenyan diplomat Amara Okello,".
                guard let last = (max(0, lastWord - 3)...lastWord).reversed().first(where: { index in
                    sentence.text.utf16Slice(from: words[index].utf16Range.upperBound, to: words[index].utf16Range.upperBound + 2) == ", "
                }), words[(last + 1)..<(lastWord + 1)].allSatisfy({ $0.isCapitalised || $0.classes.contains(.officeStart) || Offices.courtesyTitles.contains($0.folded) })
                else { return nil }
                return (max(1, last - 7)...last).first { index in
                    EventLexicon.mediatorNouns.contains(words[index].folded) && mediatorQualifiers.contains(words[index - 1].folded)
                        && !sentence.text.utf16Slice(from: words[index].utf16Range.upperBound, to: words[last].utf16Range.lowerBound).contains(",")
                }
            }
            guard let title = [before, apposition, named].compactMap({ $0 }).first(where: { EventLexicon.mediatorNouns.contains(words[$0].folded) })
                ?? mediatorPredicate(of: person, words: words, in: sentence)
            else { return nil }
            return mediation(at: title)
        }
    }
}
