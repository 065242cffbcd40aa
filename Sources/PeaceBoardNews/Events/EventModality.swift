/// Whether an event is denied, hedged, or only asked for by a demand before it.
extension EventFinder {
    /// A negation among the four words before, within the event word's clause: "will not remain
    /// landlocked, but insists" is not a negated demand.
    static func isNegated(before index: Int, in words: [String]) -> Bool {
        // "he stopped short of advocating for a military alliance", "fell short of agreeing".
        if index >= 2, words[index - 1] == "of", words[index - 2] == "short" { return true }
        let window = words[max(0, index - 4)..<index]
        let clause = window.lastIndex { $0 == "but" || $0 == "while" || $0 == "however" }.map { window[($0 + 1)...] } ?? window
        // "Yet, the talks concluded …": a sentence that opens with "yet" goes on from the one before, denying nothing.
        guard let negation = clause.indices.last(where: { position in
            (EventLexicon.negations.contains(words[position]) || words[position].hasSuffix("n't") || words[position].hasSuffix("n’t"))
                && !(position == 0 && words[position] == "yet")
        }) else { return false }
        // "We never doubted when we called for this dialogue": the negation belongs to a verb before the event's.
        return !words[(negation + 1)..<index].contains { $0.hasSuffix("ed") && !EventLexicon.notVerbsInEd.contains($0) }
    }

    /// "not to threaten", "will not, directly or indirectly, threaten": a pledge never to do it, past the
    /// adverbs a comma sets off.
    static func isForsworn(at index: Int, in words: [String]) -> Bool {
        guard let negation = words[max(0, index - 6)..<index].lastIndex(where: { $0 == "not" || $0 == "never" }), negation >= 1 else { return false }
        let between = words[(negation + 1)..<index]
        guard between.allSatisfy({ $0.hasSuffix("ly") || $0 == "or" || $0 == "and" || $0 == "to" }) else { return false }
        return ["to", "will", "would", "shall"].contains(words[negation - 1]) || between.last == "to"
    }

    /// "on May 31, 2024", "in May": the month, not the modal.
    static func isMonthMay(at position: Int, in words: [String]) -> Bool {
        guard words[position] == "may" else { return false }
        if position + 1 < words.count, words[position + 1].first?.isNumber == true { return true }
        return position >= 1 && ["in", "since", "until", "last", "early", "late", "mid", "of", "on", "by", "before", "after"].contains(words[position - 1])
    }

    /// "would not accept" is a refusal, said outright; "would accept" and "may not accept" are hedged.
    /// - Parameter conditionIsClosed: a condition that ends before the event is its occasion, not its hedge:
    ///   "If Hezbollah violates the agreement, we will strike" is a threat made.
    static func isHedged(before index: Int, in words: [String], conditionIsClosed: Bool = false) -> Bool {
        if words.contains("reportedly") { return true }
        // "Rubio and Vance were reported to have engaged in discussions … to facilitate the agreement".
        if index >= 2, zip(words[..<(index - 1)], words[1..<index]).contains(where: { $0.1 == "to" && EventLexicon.hearsayParticiples.contains($0.0) }) { return true }
        // "will not be allowed to threaten the security of Israel": what is allowed or forbidden has not happened.
        if index >= 2, words[index - 1] == "to", ["allowed", "permitted"].contains(words[index - 2]) { return true }
        // "to move from the temporary ceasefire, once agreed, to a permanent cessation": a time still to come.
        if index >= 1, words[index - 1] == "once", index + 1 >= words.count || words[index + 1] != "again" { return true }
        // "close to agreeing", "nearer to signing": not yet.
        if index >= 2, words[index - 1] == "to", ["close", "closer", "near", "nearer"].contains(words[index - 2]) { return true }
        // "a pledge to hold talks with the government in Kabul", "promised to sign": promised, not yet done.
        if index >= 2, words[index - 1] == "to", EventLexicon.promiseWords.contains(words[index - 2]) { return true }
        if words[max(0, index - 3)..<index].contains(where: EventLexicon.nearHedges.contains) { return true }
        // "we look forward hosting a Summit", "looks forward to signing": what is looked forward to is still to come.
        if index >= 2, (max(1, index - 3)..<index).contains(where: { words[$0] == "forward" && ["look", "looks", "looking", "looked"].contains(words[$0 - 1]) }) { return true }
        // "if Hezbollah or anyone else breaks the deal, and poses a direct threat": a condition reaches
        // farther than other hedges.
        if !conditionIsClosed, condition(before: index, in: words) != nil { return true }
        let window = max(0, index - 8)..<index
        return window.contains { position in
            EventLexicon.hedges.contains(words[position]) && !isMonthMay(at: position, in: words)
                // "would not accept" is a refusal said outright; "could not agree" a failure, not a hedge.
                && !(["would", "will", "could"].contains(words[position]) && position + 1 < index && EventLexicon.negations.contains(words[position + 1]))
        }
    }

    /// The "if" or "unless" last before `index`: a condition reaches farther than other hedges.
    private static func condition(before index: Int, in words: [String]) -> Int? {
        words[max(0, index - 14)..<index].lastIndex { $0 == "if" || $0 == "unless" }
    }

    /// "If they launch a rocket, we will strike": a threat whose condition a comma closes before it. (In "If the
    /// rebels break the deal, and pose a direct threat" the condition goes on past the comma.)
    static func isThreatOnCondition(at index: Int, words: [Word], folded: [String], in sentence: TextSpan) -> Bool {
        guard let condition = condition(before: index, in: folded) else { return false }
        let between = sentence.text[words[condition].range.upperBound..<words[index].range.lowerBound]
        guard let comma = between.lastIndex(of: ",") else { return false }
        let after = between[between.index(after: comma)...].drop { $0 == " " }
        return !after.hasPrefix("and ") && !after.hasPrefix("or ")
    }

    /// The event word is what a demand just before asks for: "urged both sides to sign",
    /// "called on Moscow not to reject".
    static func isDemanded(at index: Int, after demandEnd: Int, words: [Word], folded: [String], in sentence: TextSpan) -> Bool {
        // "urged both the Sudanese army and the Rapid Support Forces to agree": the whom may be a
        // list; "insisted that Kinshasa hold direct talks": what is demanded may follow "that".
        guard index > demandEnd, index - demandEnd <= 12 else { return false }
        // "demanded that the rebels lay down their arms and rejected …": a verb joined to the demand is no part of it.
        let wordsBetween = folded[demandEnd..<index]
        // "warned the group to stop threatening shipping": what is to stop is asked for too.
        let isToStop = index >= 2 && folded[index - 2] == "to" && EventLexicon.stoppingVerbs.contains(folded[index - 1])
        // "urged them to seize the opportunity and agree to a ceasefire": a second verb of what is asked.
        let continuesInfinitive = folded[index - 1] == "and" && wordsBetween.contains("to") && !folded[index].hasSuffix("ed")
        guard folded[index - 1] == "to" || isToStop || continuesInfinitive
            || (wordsBetween.contains("that") && !wordsBetween.contains("and") && !wordsBetween.contains("but"))
        else { return false }
        // Within one clause: a comma between them starts another, unless it lists whom the demand is made of
        // ("urged Israel, Lebanon, and Hezbollah to agree").
        let between = sentence.text[words[demandEnd - 1].range.upperBound..<words[index].range.lowerBound]
        guard !between.utf8.contains(UInt8(ascii: ";")) else { return false }
        return !between.split(separator: ",", omittingEmptySubsequences: false).dropFirst().contains { part in
            guard let next = part.split(separator: " ").first else { return false }
            return next.first?.isLowercase == true && !["and", "or", "the"].contains(String(next))
        }
    }
}
