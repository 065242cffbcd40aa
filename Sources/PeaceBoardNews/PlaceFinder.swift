/// A state named in a report, and how: by name, adjective, capital or seat of government.
public struct StateMention: Hashable, Sendable, Codable {
    public enum Form: String, Hashable, Sendable, Codable {
        case name, adjective, capital, seat
    }
    /// ISO 3166-1 alpha-3.
    public var state: String
    public var form: Form
    public var span: TextSpan
}

public struct OrganisationMention: Hashable, Sendable, Codable {
    public var name: String
    public var span: TextSpan
}

/// Finds the gazetteer's states and organisations in text, longest phrase first.
public enum PlaceFinder {
    /// The states and organisations of a report's paragraphs, with the bodies the report defines
    /// by their initials ("the Union for Peace in the Central African Republic (UPC)") and its
    /// later mentions of those initials anywhere in the report.
    public static func mentions(in paragraphs: [TextSpan]) -> (states: [StateMention], organisations: [OrganisationMention]) {
        var places = paragraphs.map(mentions(in:))
        // "the Revolutionary United Front … RUF negotiators": a body named in full whose initials a group's are.
        let namedBodies = Set(places.flatMap(\.organisations).map(\.name))
        var definitions: [String: AcronymDefinitions.Definition] = [:]
        var stateForces: [String: AcronymDefinitions.StateForces] = [:]
        for (index, paragraph) in paragraphs.enumerated() {
            let words = Tokenizer.words(in: paragraph)
            guard words.contains(where: { $0.isCapitalised && AcronymDefinitions.isAcronym($0.text) }) || paragraph.text.containsBytes(of: " (") else { continue }
            for forces in AcronymDefinitions.stateForces(in: paragraph, words: words, states: places[index].states) where stateForces[forces.acronym] == nil {
                stateForces[forces.acronym] = forces
            }
            // Bodies found by the form of their names ("Democratic Forces") may be the start of a longer one defined here.
            // "the Libyan National Army (LNA)": a state's adjective may open a body's name; a state named in full
            // ("the Democratic Republic of Congo (DRC)") opens none, and the state's own forces were found above.
            let opening = SpanCover(places[index].states.filter { $0.form != .adjective }.map(\.span))
            for definition in AcronymDefinitions.definitions(in: paragraph, words: words, besides: opening)
            where stateForces[definition.acronym] == nil {
                let name = definition.organisation.span
                func isInside(_ span: TextSpan) -> Bool { name.start <= span.start && span.end <= name.end }
                // The states and bodies named inside the body's name are no actors of their own.
                places[index].states.removeAll { isInside($0.span) }
                places[index].organisations.removeAll { isInside($0.span) }
                places[index].organisations.append(definition.organisation)
                if definitions[definition.acronym] == nil { definitions[definition.acronym] = definition }
            }
            // "UNITA rebels", "the rebel UNITA movement": initials nobody spelled out, named as a group's.
            let known = SpanCover(places[index].states.map(\.span) + places[index].organisations.map(\.span))
            // Initials the report spelled out before are that body, found again below.
            // ("the ENDF" after "the Ethiopian National Defense Force (ENDF)" is the state's forces, found below.)
            for group in groupsByInitials(in: paragraph, words: words, besides: known, namedBodies: namedBodies)
            where definitions[group.acronym] == nil && stateForces[group.acronym] == nil {
                places[index].organisations.append(group.organisation)
                definitions[group.acronym] = group
            }
            places[index].organisations.sort { $0.span.start < $1.span.start }
        }
        // "the M23 said", "the SAF welcomed the proposal": later mentions of the initials, as the body or
        // as the state whose forces they were defined as.
        if !definitions.isEmpty || !stateForces.isEmpty {
            for (index, paragraph) in paragraphs.enumerated() {
                let words = Tokenizer.words(in: paragraph)
                let known = SpanCover(places[index].states.map(\.span) + places[index].organisations.map(\.span))
                places[index].states += AcronymDefinitions.stateMentions(in: paragraph, words: words, of: stateForces, besides: known)
                places[index].states.sort { $0.span.start < $1.span.start }
                places[index].organisations += AcronymDefinitions.mentions(in: paragraph, words: words, of: definitions, besides: known)
                places[index].organisations.sort { $0.span.start < $1.span.start }
            }
        }
        return (places.flatMap(\.states), places.flatMap(\.organisations))
    }

    public static func mentions(in span: TextSpan) -> (states: [StateMention], organisations: [OrganisationMention]) {
        let words = Tokenizer.words(in: span)
        var states: [StateMention] = []
        var organisations: [OrganisationMention] = []
        var index = 0
        while index < words.count {
            // "al-Shabaab": a name may open with a particle joined to a capital.
            guard words[index].isNamePart || opensWithNumber(words[index]),
                let (length, named) = longestMatch(at: index, in: words) ?? shoutedName(words[index])
            else {
                if words[index].hasHyphen, let leader = leaderOfGroup(at: index, in: words, span: span) { states.append(leader) }
                index += 1
                continue
            }
            let located = span.span(from: words[index], to: words[index + length - 1])
            switch named {
            case .state(let code, let form): states.append(StateMention(state: code, form: form, span: located))
            case .organisation(let name): organisations.append(OrganisationMention(name: name, span: located))
            case .region: break
            }
            index += length
        }
        let unnamed = unnamedOrganisations(
            in: span, words: words, besides: SpanCover(states.map(\.span) + organisations.map(\.span)), states: SpanCover(states.map(\.span)))
        // "the National Democratic Front of the Philippines": the state is part of the movement's name.
        states.removeAll { state in unnamed.contains { $0.span.start <= state.span.start && state.span.end <= $0.span.end } }
        organisations += unnamed
        organisations.sort { $0.span.start < $1.span.start }
        // "the Justice¶and Equality Movement": a body's name is its words, however the page wrapped them.
        return (states, organisations.map { organisation in
            var spaced = organisation
            spaced.name = organisation.name.collapsingSpaces()
            return spaced
        })
    }

    /// "The Saudi-led coalition and Houthi rebels agreed": the state that leads a coalition or a force
    /// acts in it; the state's part of the word.
    private static func leaderOfGroup(at index: Int, in words: [Word], span: TextSpan) -> StateMention? {
        let word = words[index]
        guard word.folded.hasSuffix("-led"), index + 1 < words.count, ledGroups.contains(words[index + 1].folded) else { return nil }
        let leader = String(word.text.dropLast(4))
        guard case .state(let code, let form)? = Gazetteer.phrases[[leader]] else { return nil }
        let start = span.start + word.utf16Range.lowerBound
        return StateMention(state: code, form: form, span: TextSpan(text: leader, start: start, end: start + leader.utf16.count))
    }

    private static let ledGroups: WordTable<Void> = ["coalition", "alliance", "forces", "force", "troops", "mission", "bloc"]

    /// Initials of three letters or more that a word for an armed group or its people follows
    /// ("UNITA rebels", "RUF negotiators"), or "rebel" precedes: the group, by its initials.
    static func groupsByInitials(in span: TextSpan, words: [Word], besides known: SpanCover, namedBodies: Set<String> = []) -> [AcronymDefinitions.Definition] {
        words.indices.compactMap { index in
            let word = words[index]
            guard word.text.utf8.count >= 3, AcronymDefinitions.isAcronym(word.text), !known.covers(span.start + word.utf16Range.lowerBound),
                Gazetteer.phrases[[word.text]] == nil
            else { return nil }
            let followed = index + 1 < words.count && groupWordsAfterInitials.contains(words[index + 1].folded) && word.isFollowedBySpaces(then: words[index + 1], in: span.text)
            // "rebel UNITA", "the communist movement NDFP": initials after what the body is.
            let preceded = index > 0 && groupWordsBeforeInitials.contains(words[index - 1].folded)
            // "one of them (the FDD) has said it supports the accord": initials the report names with an article are a body's,
            // but for a few that name no body ("the CEO", "the GDP").
            // Only where the initials end a noun phrase ("the FDD)", "the FDD has told"): "the ABC programme" is a programme.
            let endsPhrase = index + 1 == words.count || !word.isFollowedBySpaces(then: words[index + 1], in: span.text)
                || initialsVerbs.contains(words[index + 1].folded) || Offices.speechVerbs.contains(words[index + 1].folded)
            let named = index > 0 && words[index - 1].folded == "the" && !initialsOfNoBody.contains(word.text) && endsPhrase
            guard followed || preceded || named else { return nil }
            let located = span.span(from: word, to: word)
            let spelledOut = namedBodies.first { name in
                String(name.split(separator: " ").filter { $0.first?.isUppercase == true }.compactMap(\.first)) == word.text
            }
            return AcronymDefinitions.Definition(
                acronym: word.text, organisation: OrganisationMention(name: spelledOut ?? word.text, span: located), acronymStart: located.start)
        }
    }

    /// What follows a body's initials when they end its noun phrase: "the FDD has told", "the FDD did not sign".
    private static let initialsVerbs: WordTable<Void> = [
        "has", "have", "had", "is", "was", "were", "are", "did", "does", "do", "will", "would", "could", "can", "may", "and", "or", "signed", "agreed",
        "rejected", "refused", "accepted", "welcomed", "supports", "supported",
    ]
    private static let initialsOfNoBody: Set<String> = ["CEO", "GDP", "NGO", "NGOs", "HIV", "AIDS", "GMT", "UTC", "DNA", "VIP", "PhD", "FAQ", "USD", "EUR"]

    private static let groupWordsBeforeInitials: WordTable<Void> = [
        "rebel", "rebels", "movement", "group", "party", "front", "militia", "faction", "alliance", "coalition",
    ]

    private static let groupWordsAfterInitials: WordTable<Void> = [
        "rebels", "rebel", "movement", "militia", "militias", "fighters", "guerrillas", "guerrilla", "insurgents", "leader", "leaders",
        "negotiators", "negotiator", "delegation", "delegates", "commander", "commanders", "faction", "factions", "combatants", "troops",
        "spokesman", "spokeswoman", "spokesperson",
    ]

    /// Organisations the gazetteer does not list, by how their names are made: capitalised words
    /// ending in what the body is ("Arakan Army", "National Unity Government"), or such a word
    /// followed by "of" ("House of Representatives", "Government of National Unity"). A name that
    /// opens with a state ("Russian Armed Forces") is that state's, and read as the state.
    static func unnamedOrganisations(in span: TextSpan, words: [Word], besides known: SpanCover, states: SpanCover) -> [OrganisationMention] {
        var found: [OrganisationMention] = []
        var index = 0
        while index < words.count {
            guard words[index].isCapitalised else {
                index += 1
                continue
            }
            let opensAtState = states.covers(span.start + words[index].utf16Range.lowerBound)
            guard !isCompoundModifier(words[index]),
                !Offices.notNames.contains(words[index].text) || institutionHeads.contains(words[index].text) || Offices.placeWords.contains(words[index].text),
                opensAtState || !known.covers(span.start + words[index].utf16Range.lowerBound),
                index == 0 || !words[index - 1].isCapitalised || Offices.notNames.contains(words[index - 1].text)
                    || isCompoundModifier(words[index - 1])
            else {
                index += 1
                continue
            }
            // The capitalised run, with "of", "for" and "the" inside it.
            var end = index
            while end < words.count, words[end].isCapitalised || (end > index && nameConnectors.contains(words[end].folded) && end + 1 < words.count && words[end + 1].isCapitalised) {
                if end > index, !words[end - 1].isFollowedBySpaces(then: words[end], in: span.text) { break }
                if words[end].isPossessive { end += 1; break }
                end += 1
            }
            let run = words[index..<end]
            let endsInBody = run.count >= 2 && institutions.contains(run.last!.text) && !run.last!.isPossessive
            // "Representatives of President Gustavo Petro's administration": people sent by someone named with an office, no body.
            let bodyOf = run.count >= 3 && institutionHeads.contains(run.first!.text) && run[run.startIndex + 1].folded == "of"
                && !opensWithTitledName(run.dropFirst(2))
            // "the Front for Change and Concord in Chad", "the National Council for Reform": a body named for what it is for.
            let bodyFor = run.count >= 3 && run.indices.dropLast(2).contains { position in
                institutions.contains(run[position].text) && run[position + 1].folded == "for" && run[position + 2].isCapitalised
            }
            // "South Sudan Opposition Movements Alliance": a movement named after the state it acts in is not that state's.
            let isMovementOfState = endsInBody && run.count >= 3
                && (movements.contains(run.last!.text) || run.dropFirst().dropLast().contains { movementMarkers.contains($0.text) })
            let opensWithState = (opensAtState || Gazetteer.phrases[[run.first!.text]] != nil) && !isMovementOfState
            func isKnown(_ word: Word) -> Bool {
                let start = span.start + word.utf16Range.lowerBound
                return known.covers(start) && !(isMovementOfState && states.covers(start))
            }
            if !endsInBody, !bodyOf, !bodyFor, !opensAtState, let named = appositionToGroup(at: index, in: words, span: span), !words[index..<named].contains(where: isKnown) {
                let located = span.span(from: words[index], to: words[named - 1])
                found.append(OrganisationMention(name: located.text, span: located))
                index = named
                continue
            }
            // "signed on behalf of the Democratic Party of Ivory Coast", "… of the Republican Grouping": whom a signer
            // stands for is a body, its name whole.
            let forWhom = index >= 3 && words[(index - 3)..<index].map(\.folded) == ["behalf", "of", "the"] && run.count >= 2
                && !isKnown(run[run.startIndex])
            if forWhom, let first = run.first, let last = run.last {
                let located = span.span(from: first, to: last)
                found.append(OrganisationMention(name: located.text, span: located))
                index = end
                continue
            }
            if endsInBody || bodyOf || bodyFor, !opensWithState, !run.contains(where: isKnown) {
                // A movement's name may end with the state it fights in: "National Democratic Front of the Philippines",
                // "the Front for Change and Concord in Chad".
                let endsWithItsState = endsInBody && movements.contains(run.last!.text) || bodyFor
                let last = endsWithItsState ? stateAfterOf(end, in: words, span: span, orIn: bodyFor) ?? (end - 1) : end - 1
                let located = span.span(from: run.first!, to: words[last])
                found.append(OrganisationMention(name: located.text, span: located))
                index = max(last + 1, index + 1)
                continue
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// "a small rebel group, the Comuneros del Sur,", "the RSF-led coalition, known as Tasis,": a
    /// name set off after a word for a group is the group's, whatever its words. The end of the
    /// name, when `index` opens one so.
    private static func appositionToGroup(at index: Int, in words: [Word], span: TextSpan) -> Int? {
        func setOff(after group: Int) -> Bool {
            appositionGroups.contains(words[group].folded)
                && span.text.utf16Slice(from: words[group].utf16Range.upperBound, to: words[group + 1].utf16Range.lowerBound) == ", "
        }
        let shortest: Int
        if index >= 2, words[index - 1].folded == "the", setOff(after: index - 2) {
            shortest = 2
        } else if index >= 3, words[index - 2].folded == "known", words[index - 1].folded == "as", setOff(after: index - 3) {
            // Named outright: one word is name enough.
            shortest = 1
        } else {
            return nil
        }
        var end = index + 1
        while end < words.count, words[end - 1].isFollowedBySpaces(then: words[end], in: span.text),
            words[end].isCapitalised || (appositionConnectors.contains(words[end].folded) && end + 1 < words.count && words[end + 1].isCapitalised)
        {
            end += 1
        }
        // Closed by a comma, a period or a parenthesis: the whole name was set off.
        let after = end < words.count ? span.text.utf16Slice(from: words[end - 1].utf16Range.upperBound, to: words[end].utf16Range.lowerBound) : "."
        guard end - index >= shortest, after.hasPrefix(",") || after.hasPrefix(".") || after.hasPrefix(" (") else { return nil }
        return end
    }

    private static let appositionGroups: WordTable<Void> = ["group", "movement", "faction", "militia", "organisation", "organization", "coalition"]
    /// Lower-case words inside a name from any language: "Comuneros del Sur", "Frente de Liberación".
    private static let appositionConnectors: WordTable<Void> = ["of", "for", "the", "and", "del", "de", "la", "los", "las", "des", "du", "el"]

    /// The last word of "of (the) STATE" right after a name, when the gazetteer names that state there.
    private static func stateAfterOf(_ index: Int, in words: [Word], span: TextSpan, orIn: Bool = false) -> Int? {
        guard index + 1 < words.count, words[index].folded == "of" || orIn && words[index].folded == "in",
            words[index - 1].isFollowedBySpaces(then: words[index], in: span.text)
        else { return nil }
        let start = words[index + 1].folded == "the" ? index + 2 : index + 1
        guard start < words.count, let (length, named) = longestMatch(at: start, in: words), case .state(_, .name) = named else { return nil }
        return start + length - 1
    }

    /// "5+5 Joint Military Commission": asked of every word, so ASCII is answered from its first byte.
    private static func opensWithNumber(_ word: Word) -> Bool {
        guard let first = word.text.utf8.first else { return false }
        if first < 0x80 { return UTF8Scan.isASCIIDigit(first) }
        return word.text.first?.isNumber == true
    }

    /// Words inside a body's name that make it a movement rather than a state's institution:
    /// "Myanmar National Democratic Alliance Army", "Sudan Liberation Army".
    static let movementMarkers = movements.union(["Liberation", "Independence", "Revolutionary", "Opposition", "Resistance", "Salvation"])

    /// Lower-case words inside a body's name ("House of Representatives").
    private static let nameConnectors: WordTable<Void> = ["of", "for", "the", "and"]

    /// Bodies that are movements rather than a state's institutions: the state after "of" is where they act.
    static let movements: Set<String> = ["Front", "Movement", "Party", "Alliance", "Coalition", "Congress"]

    /// "the Tripoli-based Government of National Unity": a place joined to a participle
    /// describes the body; it is not part of its name.
    static func isCompoundModifier(_ word: Word) -> Bool {
        guard word.hasHyphen, let last = word.text.split(separator: "-").last else { return false }
        return last.first?.isLowercase ?? false
    }

    static let institutions: Set<String> = [
        "Front", "Movement", "Forces", "Army", "Party", "Alliance", "Council", "Committee", "Commission", "Government", "Authority",
        "Assembly", "Parliament", "Representatives", "Brigades", "Coalition", "Congress", "Union", "Organisation", "Organization", "Court",
        "Clan", "Cartel", "Network", "Militia", "Group", "Community",
        // "the Guatemalan National Revolutionary Unity".
        "Unity",
    ]
    /// Words that open a body's name before "of" ("House of Representatives").
    static let institutionHeads = institutions.union(["House"])

    /// "President Gustavo Petro": an office, then a name.
    private static func opensWithTitledName(_ run: ArraySlice<Word>) -> Bool {
        Offices.titleLength(opening: run.lazy.map(\.folded)).map { $0 < run.count } ?? false
    }

    /// "MYANMAR’S military": a one-word name written in capitals, as leads and datelines do.
    private static func shoutedName(_ word: Word) -> (Int, Gazetteer.Named)? {
        // Asked of every capitalised word the gazetteer does not know: most fail on their second byte.
        let bytes = word.text.utf8
        guard bytes.count >= 4, let second = bytes.dropFirst().first, second >= 0x80 || UTF8Scan.isASCIIUppercase(second) else { return nil }
        guard word.text.count >= 4, word.text.allSatisfy({ $0.isUppercase }) else { return nil }
        return Gazetteer.phrases[[word.text.prefix(1) + word.text.dropFirst().lowercased()]].map { (1, $0) }
    }

    private static func longestMatch(at index: Int, in words: [Word]) -> (Int, Gazetteer.Named)? {
        guard let longest = Gazetteer.longestPhraseByFirstWord[words[index].text] else { return nil }
        return Gazetteer.phrases.longestMatch(at: index, in: words, longest: longest)
    }
}
