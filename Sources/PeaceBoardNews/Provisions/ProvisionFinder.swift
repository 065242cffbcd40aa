import PeaceBoardCore

/// Finds provisions sentence by sentence, with the parameters the sentence states: a
/// ceasefire's days and whether it is full and unconditional, the organisation, candidate and
/// years of a postponed membership, who monitors a zone, the amount of reconstruction funding.
public enum ProvisionFinder {
    public static func provisions(
        in sentences: [TextSpan], states: [StateMention], organisations: [OrganisationMention], amounts: [MoneyMention],
        dates: [DateMention]
    ) -> [ProvisionMention] {
        // In the report's order, so each sentence finds its own by bisection.
        let states = states.sorted { $0.span.start < $1.span.start }
        let organisations = organisations.sorted { $0.span.start < $1.span.start }
        let amounts = amounts.sorted { $0.span.start < $1.span.start }
        let dates = dates.sorted { $0.span.start < $1.span.start }
        var found: [ProvisionMention] = []
        for sentence in sentences {
            let words = Tokenizer.words(in: sentence)
            // Most sentences name no provision: one lookup a word tells.
            guard words.contains(where: { $0.classes.contains(.provisionCue) }) else { continue }
            let folded = words.map(\.folded)
            // Only cues whose first word the sentence has, in the cues' order.
            let candidates = Set(words.filter { $0.classes.contains(.provisionCue) }.flatMap { ProvisionCues.indicesByFirstWord[$0.folded] ?? [] })
                .sorted().map { ProvisionCues.cues[$0] }
            var types: [String] = []
            for cue in candidates where !types.contains(cue.type) {
                guard let index = firstIndex(of: cue.phrase, in: folded), cue.near.isEmpty || folded.contains(where: cue.near.contains),
                    !isExisting(at: index, length: cue.phrase.count, in: folded)
                else { continue }
                let cueSpan = sentence.span(from: words[index], to: words[index + cue.phrase.count - 1])
                let within = sentence.start..<sentence.end
                let context = Context(
                    sentence: sentence, words: folded, original: words.map(\.text), cueIndex: index,
                    states: Array(states.starting(in: within, at: \.span.start)),
                    organisations: Array(organisations.starting(in: within, at: \.span.start)),
                    amounts: Array(amounts.starting(in: within, at: \.span.start)), dates: Array(dates.starting(in: within, at: \.span.start)))
                let parameters = parameters(of: cue.type, in: context)
                // A bare mention ("the ceasefire") is not a provision unless the sentence proposes or demands.
                guard !parameters.isEmpty || folded.contains(where: isProposalWord) || statesCondition(folded) else { continue }
                guard !cue.needsDays || parameters["days"] != nil else { continue }
                types.append(cue.type)
                found.append(
                    ProvisionMention(
                        type: cue.type, parameters: parameters,
                        cue: cueSpan, sentence: sentence))
            }
        }
        return distinct(found)
    }

    /// One provision per thing proposed: a later mention with no more than an earlier one's
    /// parameters ("the ceasefire" after "a 30-day ceasefire") refers back to it.
    static func distinct(_ mentions: [ProvisionMention]) -> [ProvisionMention] {
        mentions.enumerated().filter { index, mention in
            !mentions.enumerated().contains { other, candidate in
                other != index && candidate.type == mention.type
                    && mention.parameters.allSatisfy { candidate.parameters[$0.key] == $0.value }
                    && (candidate.parameters.count > mention.parameters.count || (candidate.parameters.count == mention.parameters.count && other < index))
            }
        }.map(\.element)
    }

    struct Context {
        let sentence: TextSpan
        let words: [String]
        let original: [String]
        let cueIndex: Int
        let states: [StateMention]
        let organisations: [OrganisationMention]
        let amounts: [MoneyMention]
        let dates: [DateMention]
    }

    static func parameters(of type: String, in context: Context) -> [String: JSONValue] {
        var parameters: [String: JSONValue] = [:]
        let words = context.words
        switch type {
        case "ceasefire":
            // "after five days of talks": how long something else took is no length of the ceasefire.
            // "some six weeks after government troops killed …", "one week after the groups signed": when, not how long.
            let lengths = words.indices.map { index in
                index + 2 < words.count && words[index + 1] == "of" && spentDays.contains(words[index + 2])
                    || index + 1 < words.count && ["after", "before", "later", "earlier", "ago", "since"].contains(words[index + 1]) ? "" : words[index]
            }
            // "would last six weeks", "a six-week ceasefire": in days, as the catalogue counts.
            if let days = number(before: ["day"], in: lengths) ?? number(before: ["days"], in: lengths)
                ?? (number(before: ["week"], in: lengths) ?? number(before: ["weeks"], in: lengths)).map({ $0 * 7 })
            {
                parameters["days"] = .integer(days)
            }
            // "a 30-day full and unconditional ceasefire": said of this ceasefire, near its word.
            let near = words[max(0, context.cueIndex - 5)..<min(words.count, context.cueIndex + 6)]
            // "a complete ceasefire" is a full one.
            if near.contains("full") || near.contains("comprehensive") || near.contains("complete") { parameters["full"] = .bool(true) }
            if near.contains("unconditional") { parameters["unconditional"] = .bool(true) }
        case "membership-postponement":
            if let organisation = context.organisations.first { parameters["organisation"] = .string("org:\(slug(organisation.name))") }
            if let candidate = context.states.first(where: { $0.state != "RUS" || context.states.count == 1 }) {
                parameters["candidate"] = .string(candidate.state)
            }
            if let years = number(before: ["years"], in: words) ?? number(before: ["year"], in: words) { parameters["years"] = .integer(years) }
        case "demilitarised-zone":
            if let monitors = phrase(after: ["monitored", "by"], in: context) ?? phrase(after: ["patrolled", "by"], in: context) {
                parameters["monitorsDescription"] = .string(monitors)
            }
        case "sanctions-relief", "security-guarantees":
            let cueEnd = context.sentence.start + cueOffset(in: context)
            if let beneficiary = context.states.first(where: { $0.span.start >= cueEnd }) ?? context.states.first {
                parameters["beneficiary"] = .string(beneficiary.state)
            }
            if type == "security-guarantees", words.contains("bilateral") { parameters["form"] = .string("bilateral defence agreements") }
        case "neutrality", "armed-forces-limit":
            // The state named last, unless a body stands between it and the cue: "Israel would not
            // halt its strikes as long as Hezbollah refused to disarm" limits Hezbollah, not Israel.
            let cue = context.sentence.start + cueOffset(in: context)
            if let state = context.states.last,
                !context.organisations.contains(where: { $0.span.start > state.span.start && $0.span.end <= cue })
            {
                parameters["state"] = .string(state.state)
            }
        case "territorial-arrangement":
            parameters["territory"] = .string(phrase(after: [words[context.cueIndex]], in: context).map { "\(context.original[context.cueIndex]) \($0)" } ?? context.original[context.cueIndex])
        case "reconstruction-funding":
            if let amount = context.amounts.first {
                parameters["amount"] = .object(["minorUnits": .integer(amount.amount.minorUnits), "currency": .string(amount.amount.currency.rawValue)])
            }
        case "talks-without-preconditions":
            if let date = context.dates.first(where: { $0.precision == .day }) { parameters["startDate"] = .string(date.date.description) }
            if let venue = capitalisedWord(after: "in", in: context) { parameters["venue"] = .string(venue) }
        case "prisoner-exchange":
            // "the release of 18 Cambodian soldiers": a state's adjective may stand between the count and whom it counts.
            let original = context.original
            let isStateAdjective = { (index: Int) in Gazetteer.isStateAdjective([original[index]]) }
            if let count = ProvisionCues.releasedPeopleList.lazy.compactMap({ number(before: [$0], in: words, qualifiedBy: isStateAdjective) }).first {
                parameters["count"] = .integer(count)
            }
        default:
            break
        }
        return parameters
    }

    static let proposalStems = [
        "propos", "plan", "includ", "recommend", "demand", "insist", "offer", "agreement", "deal", "call", "urge", "suggest",
        "terms", "condition", "provision", "framework", "initiative", "establish", "accept", "reject", "agree", "seek", "announc",
        "envisag", "stipulat", "provides", "phase", "effect", "willing", "commit",
        // "Under the roadmap, a ceasefire will begin on Sunday", "the memorandum of understanding".
        "roadmap", "memorand", "promis", "pledg",
        // What is needed, achieved or reached is asked for too: "we need a ceasefire", "achieving a ceasefire".
        "need", "achiev", "reach",
    ]

    private static let proposalStemBytes = proposalStems.map { Array($0.utf8) }

    /// "the U.N.-controlled buffer zone", "the existing ceasefire line", "the ceasefire, in force
    /// since 1997": what is already there is no provision of what is proposed.
    static func isExisting(at index: Int, length: Int, in words: [String]) -> Bool {
        let after = Array(words[min(words.count, index + length)...].prefix(3))
        if after == ["in", "force", "since"] || after == ["in", "place", "since"] || after == ["that", "has", "held"] { return true }
        guard index >= 1 else { return false }
        let before = words[index - 1]
        return before == "existing" || before == "current" || ["-controlled", "-patrolled", "-monitored", "-run"].contains { before.hasSuffix($0) }
    }

    /// "talks could resume only if the ELN declared a ceasefire": a condition asks for what
    /// follows ("on condition that" is a proposal word already).
    static func statesCondition(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { pair in
            (pair.0 == "only" && pair.1 == "if") || (pair.0 == "provided" && pair.1 == "that")
        }
    }

    static func isProposalWord(_ word: String) -> Bool { proposalStemBytes.contains { word.utf8.starts(with: $0) } || proposalWords.contains(word) }

    /// Whole words only: "accord" but not "according", "signed" but not "significant".
    private static let proposalWords: WordTable<Void> = [
        "accord", "accords", "treaty", "pact", "sign", "signed", "signing", "must", "favor", "favors", "favored", "favour", "favours", "favoured",
        // "he pressed for a sustainable ceasefire" (not "a press conference"). A ceasefire declared is an act, not a
        // provision ("The ELN declared a unilateral ceasefire").
        "pressed", "presses", "pressing",
    ]

    static func cueOffset(in context: Context) -> Int {
        let words = Tokenizer.words(in: context.sentence)
        return words[context.cueIndex].utf16Range.upperBound
    }

    static func firstIndex(of phrase: [String], in words: [String]) -> Int? {
        guard phrase.count <= words.count else { return nil }
        return (0...(words.count - phrase.count)).first { start in phrase.indices.allSatisfy { words[start + $0] == phrase[$0] } }
    }

    private static let countQualifiers: Set<String> = ["more", "additional", "other", "further"]

    /// What days are spent on besides a ceasefire: "five days of talks".
    private static let spentDays: Set<String> = ["talks", "negotiations", "discussions", "consultations", "meetings", "deliberations", "fighting", "clashes"]

    /// "30-day", "30 days", "20 years", "thirty-day".
    static func number(before units: [String], in words: [String], qualifiedBy isQualifier: (Int) -> Bool = { _ in false }) -> Int64? {
        for (index, word) in words.enumerated() {
            for unit in units {
                if word.hasSuffix("-\(unit)"), let value = numberValue(String(word.dropLast(unit.count + 1))) { return value }
                guard word == unit else { continue }
                // "1,200 more prisoners of war": the count stands before its qualifier.
                let last = index > 1 && (countQualifiers.contains(words[index - 1]) || isQualifier(index - 1)) ? index - 2 : index - 1
                if last >= 0, let value = numberValue(words[last]) {
                    // "1,000 prisoners" reads as the words "1" and "000".
                    if last > 0, words[last].count == 3, words[last].allSatisfy(\.isNumber), let thousands = Int64(words[last - 1]) {
                        return thousands * 1000 + value
                    }
                    return value
                }
                if last > 0, words[last] == "000", let thousands = Int64(words[last - 1]) { return thousands * 1000 }
            }
        }
        return nil
    }

    static func numberValue(_ text: String) -> Int64? {
        if let value = Int64(text.replacingOccurrences(of: ",", with: "")), value > 0 { return value }
        let words: [String: Int64] = [
            "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "twelve": 12, "fifteen": 15,
            "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90, "hundred": 100,
        ]
        return words[text]
    }

    /// The words after `lead` up to the next punctuation: "monitored by European peacekeeping forces".
    static func phrase(after lead: [String], in context: Context) -> String? {
        guard let index = firstIndex(of: lead, in: context.words) else { return nil }
        let start = index + lead.count
        guard start < context.words.count else { return nil }
        let text = context.sentence.text
        let words = Tokenizer.words(in: context.sentence)
        var end = start
        while end < words.count, end - start < 8 {
            if end > start {
                let gap = text[words[end - 1].range.upperBound..<words[end].range.lowerBound]
                if gap.contains(where: { ",.;:—(".contains($0) }) { break }
                if ["and", "which", "that", "to", "while", "as", "could", "would", "will", "may", "might", "should", "can", "must"].contains(words[end].folded) { break }
            }
            end += 1
        }
        guard end > start else { return nil }
        // A phrase wrapped over lines ("withdrawal of troops from the¶¶disputed districts") is one phrase.
        return String(text[words[start].range.lowerBound..<words[end - 1].range.upperBound]).collapsingSpaces()
    }

    static func capitalisedWord(after lead: String, in context: Context) -> String? {
        for (index, word) in context.words.enumerated() where word == lead && index + 1 < context.original.count {
            let next = context.original[index + 1]
            // "in May" is a date, not a venue.
            if next.first?.isUppercase == true, !DateFinder.months.contains(next.lowercased()) {
                return next
            }
        }
        return nil
    }

    static func slug(_ name: String) -> String {
        let known = ["NATO": "nato", "European Union": "eu", "United Nations": "un", "UN Security Council": "unsc", "African Union": "au"]
        if let slug = known[name] { return slug }
        return String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
