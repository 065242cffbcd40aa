/// Which event rule a word starts, and the words that may stand inside or around it: when it
/// happened, what kind of talks, whether a noun is another event's object.
extension EventFinder {
    /// "The proposal by the so-called Quad calls for …": the sentence's subject is a document.
    static func opensWithDocument(_ words: [String]) -> Bool { openingDocument(words) != nil }

    /// Where the document a sentence opens with is named: "The agreement …", "The peace accord, hammered out
    /// under the auspices of the UN, calls for" (past its modifiers), but not "The talks on the accord".
    static func openingDocument(_ words: [String]) -> Int? {
        guard let first = words.first, EventLexicon.articles.contains(first), words.count > 1,
            let noun = words[1..<min(4, words.count)].firstIndex(where: EventLexicon.documentSubjects.contains),
            !words[1..<noun].contains(where: EventLexicon.prepositions.contains)
        else { return nil }
        return noun
    }

    static func isObjectOfEvent(at index: Int, words: [Word], folded: [String]) -> Bool {
        let verb = verbBefore(index, in: folded)
        // "announcing acceptance of a proposal", "its rejection of the plan": the object of an event noun.
        if verb >= 1, verb < index - 1, ["of", "to"].contains(folded[verb]), words[verb - 1].classes.contains(.eventWord),
            let (rule, length) = match(at: verb - 1, in: folded), length == 1 || length == 2, rule.kind != .propose
        {
            return true
        }
        // "rejects calls for partition": a plural noun may follow its verb directly.
        let isNoun = verb < index - 1 || EventLexicon.pluralEventNouns.contains(folded[index])
        return verb >= 0 && isNoun && words[verb].classes.contains(.eventWord) && match(at: verb, in: folded) != nil
    }

    /// "had not received any proposal to extend the truce": a proposal someone else made.
    static func isReceived(at index: Int, in folded: [String]) -> Bool {
        // "were seen shaking hands": what is seen being done is done.
        if folded[index].hasSuffix("ing") { return false }
        let verb = verbBefore(index, in: folded)
        return verb >= 0 && EventLexicon.receivingVerbs.contains(folded[verb])
    }

    /// Where the word before a noun stands past its articles and quantifiers ("rejected every
    /// proposal"), or -1.
    static func verbBefore(_ index: Int, in folded: [String]) -> Int {
        var verb = index - 1
        // "accepted a U.S.-backed proposal", "rejected the 20-point plan": past compound modifiers too.
        while verb >= 0, EventLexicon.articles.contains(folded[verb]) || EventLexicon.quantifiers.contains(folded[verb])
            || verb > 0 && folded[verb].contains("-") && EventLexicon.articles.contains(folded[verb - 1])
        {
            verb -= 1
        }
        return verb
    }

    static func match(at index: Int, in words: [String]) -> (EventRule, Int)? {
        let word = words[index]
        let candidates = EventLexicon.rulesStartedBy[word] ?? (EventLexicon.mayStartStem(word) ? EventLexicon.stemRules : [])
        for rule in candidates {
            let length: Int
            switch rule.match {
            case .stem(let stem):
                guard word.hasPrefix(stem) else { continue }
                length = 1
            case .words(let sequence):
                if index + sequence.count <= words.count, sequence.indices.allSatisfy({ words[index + $0] == sequence[$0] }) {
                    length = sequence.count
                } else if sequence.count >= 2, let skipped = insertedWords(at: index + 1, in: words),
                    index + skipped + sequence.count <= words.count, words[index] == sequence[0],
                    sequence.indices.dropFirst().allSatisfy({ words[index + skipped + $0] == sequence[$0] })
                {
                    // "offered on Wednesday to host": when it happened, between the words of the event.
                    length = sequence.count + skipped
                } else {
                    continue
                }
            }
            let next = index + length < words.count ? words[index + length] : nil
            // "the deal signed on Monday by …": when it was, between the word and its agent; looked for only
            // where a word before would rule the event out.
            func agentAfterTime() -> Bool {
                insertedTime(at: index + length, in: words).map { index + length + $0 }.map { $0 < words.count && words[$0] == "by" } ?? false
            }
            // "for talks with", "for direct talks with": the word that must stand before, past a word that may
            // stand between, and what may not stand before that.
            if !rule.needsPrevious.isEmpty {
                let previous = index > 0 && rule.needsPrevious.contains(words[index - 1]) ? index - 1
                    : index > 1 && rule.needsPrevious.contains(words[index - 2]) && rule.mayStandBetween.contains(words[index - 1]) ? index - 2 : nil
                guard let previous, previous == 0 || !rule.notAfter.contains(words[previous - 1]) else { continue }
            } else if index > 0, rule.notAfter.contains(words[index - 1]),
                !(rule.unlessAgentFollows && (next == "by" || agentAfterTime() || next == "upon" && index + length + 1 < words.count && words[index + length + 1] == "by"))
            {
                continue
            }
            // "a previously signed agreement": an adverb between the article and the word leaves it describing a thing.
            if index > 1, words[index - 1].hasSuffix("ly"), EventLexicon.articles.contains(words[index - 2]), rule.notAfter.contains(words[index - 2]) {
                continue
            }
            if !rule.needsNext.isEmpty, !(next.map(rule.needsNext.contains) ?? false) {
                // "hosted last month by French President Emmanuel Macron": when, between the word and what it needs.
                guard let time = insertedTime(at: index + length, in: words), index + length + time < words.count,
                    rule.needsNext.contains(words[index + length + time])
                else { continue }
            }
            if let next, rule.notBefore.contains(next) { continue }
            // "signed a decree": what follows past an article.
            if let next, EventLexicon.articles.contains(next), index + length + 1 < words.count, rule.notBefore.contains(words[index + length + 1]) { continue }
            if !rule.needsLater.isEmpty, !words[(index + length)...].prefix(rule.laterWithin).contains(where: rule.needsLater.contains) { continue }
            if !rule.needsEarlier.isEmpty, !words[max(0, index - rule.earlierWithin)..<index].contains(where: rule.needsEarlier.contains) { continue }
            return (rule, length)
        }
        return nil
    }

    /// How many words at `index` say when: "last month", "earlier this week", "on Monday".
    static func insertedTime(at index: Int, in words: [String]) -> Int? {
        guard index + 1 < words.count else { return nil }
        if ["last", "this", "next"].contains(words[index]), EventLexicon.timeUnits.contains(words[index + 1]) { return 2 }
        if words[index] == "earlier", index + 2 < words.count, words[index + 1] == "this", EventLexicon.timeUnits.contains(words[index + 2]) { return 3 }
        if words[index] == "on", DateFinder.weekdays.contains(words[index + 1]) { return 2 }
        // "a formal invitation over the weekend from".
        if ["over", "during"].contains(words[index]), index + 2 < words.count, words[index + 1] == "the", EventLexicon.timeUnits.contains(words[index + 2]) { return 3 }
        // "reached on 21 November 1995 by", "signed on November 21 by": a date, its year perhaps.
        if words[index] == "on", let date = dateLength(at: index + 1, in: words) { return 1 + date }
        // "presented yesterday by", "introduced Monday by".
        if EventLexicon.timeAdverbs.contains(words[index]) || EventLexicon.timeWords.contains(words[index]) || DateFinder.weekdays.contains(words[index]) {
            return 1
        }
        return nil
    }

    /// How many words at `index` write a day of a month: "21 November", "November 21", with "1995" after.
    private static func dateLength(at index: Int, in words: [String]) -> Int? {
        guard index + 1 < words.count else { return nil }
        let isDay = { (word: String) in word.count <= 2 && word.allSatisfy(\.isNumber) }
        guard (isDay(words[index]) && DateFinder.months.contains(words[index + 1])) || (DateFinder.months.contains(words[index]) && isDay(words[index + 1]))
        else { return nil }
        let hasYear = index + 2 < words.count && words[index + 2].count == 4 && words[index + 2].allSatisfy(\.isNumber)
        return hasYear ? 3 : 2
    }

    /// How many words at `index` say when something happened ("on Wednesday", "again") or what
    /// kind of talks they were ("resumed peace talks"): nothing else there is skipped.
    static func insertedWords(at index: Int, in words: [String]) -> Int? {
        guard index < words.count else { return nil }
        // "resumed their peace talks": a determiner, then perhaps what kind of talks.
        if EventLexicon.talkDeterminers.contains(words[index]) {
            return index + 1 < words.count && EventLexicon.talkModifiers.contains(words[index + 1]) ? 2 : 1
        }
        if EventLexicon.timeAdverbs.contains(words[index]) || EventLexicon.talkModifiers.contains(words[index]) { return 1 }
        if words[index] == "on", index + 1 < words.count, DateFinder.weekdays.contains(words[index + 1]) { return 2 }
        return nil
    }
}
