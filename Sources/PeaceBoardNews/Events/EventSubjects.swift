/// Who the subject of an event word is: names listed together, appositions, relative clauses,
/// pronouns, "the group", "both leaders", and who only reports the event.
extension EventFinder {
    /// "Malaysia's special envoy on Myanmar", "the UN envoy for Yemen": the state in an office's
    /// remit, not one who acts.
    static func isRemit(_ span: TextSpan, in sentence: TextSpan) -> Bool {
        let start = span.start - sentence.start
        let head = Tokenizer.words(in: sentence).within(from: max(0, start - 30), to: start)
        // " on ", " for ", " to " just before, written so.
        guard head.count >= 2, let last = head.last, ["on", "for", "to"].contains(last.text), last.utf16Range.lowerBound >= 1,
            sentence.text.utf16Slice(from: last.utf16Range.lowerBound - 1, to: start) == " \(last.text) "
        else { return false }
        return Offices.isTitle([head[head.endIndex - 2].folded])
    }

    /// The person named after a quotation that holds `offset`: “…,” Putin said.
    static func quotationSpeaker(around offset: Int, in text: String, entities: [Entity], sentence: TextSpan) -> Entity? {
        let head = text.utf16Slice(from: 0, to: offset)
        let closing: Character
        if let open = head.lastIndex(of: "“"), !head[open...].contains("”") {
            closing = "”"
        } else if head.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }) % 2 == 1 {
            // Straight quotation marks, as many wires write them: an odd count before opens one.
            closing = "\""
        } else {
            return nil
        }
        let tail = text.utf16Suffix(from: offset)
        guard let close = tail.firstIndex(of: closing) else { return nil }
        let closeOffset = offset + tail.utf16Distance(from: tail.startIndex, to: close)
        return entities.first { $0.isPerson && $0.start - sentence.start > closeOffset }
    }

    static func relativeAntecedent(before offset: Int, in text: String, entities: [Entity], sentence: TextSpan) -> Entity? {
        let head = text.utf16Slice(from: 0, to: offset)
        for marker in [", who ", ", which "] {
            guard let range = head.lastRange(of: marker), !head[range.upperBound...].contains(",") else { continue }
            let markerOffset = head.utf16Distance(from: head.startIndex, to: range.lowerBound)
            if let adjacent = entities.last(where: { $0.end - sentence.start <= markerOffset && markerOffset - ($0.end - sentence.start) <= 1 }) { return adjacent }
            // "the U.S. Treasury Department, which hosted the meeting": a state's institution the gazetteer does not list.
            guard let state = entities.last(where: { $0.end - sentence.start <= markerOffset && !$0.isPerson && $0.participant.state != nil }) else { return nil }
            var gapText = text.utf16Slice(from: state.end - sentence.start, to: markerOffset)
            if state.isPossessive, gapText.hasPrefix("’s") || gapText.hasPrefix("'s") { gapText.removeFirst(2) }
            let gap = Tokenizer.words(in: gapText)
            guard (1...3).contains(gap.count) else { return nil }
            if gap.allSatisfy(\.isCapitalised) && gap.last.map({ EventLexicon.institutionEndings.contains($0.folded) }) == true { return state }
            // "Norway's ambassador, who has facilitated the negotiations": the state's official.
            let isOfficial = gap.allSatisfy { EventLexicon.actingGroups.contains($0.folded) || EventLexicon.officeQualifiers.contains($0.folded) }
                && gap.last.map({ EventLexicon.actingGroups.contains($0.folded) }) == true
            guard isOfficial else { return nil }
            // "Daniel Ekwueme, Angola's president, who …": the office is in apposition to the person named before it.
            let person = entities.last { $0.isPerson && $0.end <= state.start }
            if let person, sentence.text.utf16Slice(from: person.end - sentence.start, to: state.start - sentence.start).trimmed() == "," { return person }
            return state
        }
        return nil
    }

    /// "Serbian President Aleksandar Vucic …": the sentence opens with its subject's titles.
    static func onlyTitlesBefore(_ entity: Entity, in sentence: TextSpan) -> Bool {
        let head = Tokenizer.words(in: sentence).within(from: 0, to: entity.start - sentence.start)
        if head.count <= 4 && head.allSatisfy(\.isCapitalised) { return true }
        // "U.S. special envoy for hostage affairs Adam Boehler thanked … and urged": an office and its remit.
        return entity.isPerson && head.count <= 8 && head.contains { $0.classes.contains(.officeStart) }
            && !head.contains { $0.classes.contains(.eventWord) || Offices.speechVerbs.contains($0.folded) }
    }

    /// "In a letter to the UN Security Council, the three countries said": whom something is
    /// addressed to, set off before the clause's subject.
    static func isRecipient(_ entity: Entity, in sentence: TextSpan) -> Bool {
        let start = entity.start - sentence.start
        let head = Tokenizer.words(in: sentence).within(from: max(0, start - 20), to: start)
        guard let previous = head.last(where: { !EventLexicon.articles.contains($0.folded) }), EventLexicon.recipientPrepositions.contains(previous.folded),
            !isSetOff(from: previous, to: start, in: sentence)
        else {
            return false
        }
        // "Political advisers from Russia, Ukraine, France and Germany agreed": whom the group comes from acts with it.
        if previous.folded == "from", let group = head.last(where: { $0.utf16Range.upperBound <= previous.utf16Range.lowerBound }),
            EventLexicon.actingGroups.contains(group.folded) || EventLexicon.envoyNouns.contains(group.folded)
        {
            return false
        }
        return sentence.text.utf16Slice(from: entity.end - sentence.start, to: entity.end - sentence.start + 1) == ","
    }

    /// "talks on Sudan": what something is about, not who does it.
    static func isTopic(_ entity: Entity, in sentence: TextSpan) -> Bool {
        let start = entity.start - sentence.start
        let head = Tokenizer.words(in: sentence).within(from: max(0, start - 16), to: start)
        return head.last(where: { !EventLexicon.articles.contains($0.folded) }).map {
            EventLexicon.topicPrepositions.contains($0.folded) && !isSetOff(from: $0, to: start, in: sentence)
        } ?? false
    }

    /// "With officials looking on, Kenya signed": a comma after a preposition closes its phrase, so
    /// the name after the comma is no object of it.
    static func isSetOff(from preposition: Word, to start: Int, in sentence: TextSpan) -> Bool {
        sentence.text.utf16Slice(from: preposition.utf16Range.upperBound, to: start).contains(",")
    }

    /// "meeting in Cairo": a place where something happens, not who does it.
    static func isPlace(_ entity: Entity, in sentence: TextSpan) -> Bool {
        guard !entity.isPerson else { return false }
        let start = entity.start - sentence.start
        let words = Tokenizer.words(in: sentence)
        var preceding = words.within(from: max(0, start - 32), to: start).suffix(3)
        // "met in neighboring Burkina Faso", "a lodge in northern Tanzania": the word placing it stands between.
        if let last = preceding.last, PersonFinder.neighbourWords.contains(last.folded) || !last.isCapitalised && EventLexicon.compassAdjectives.contains(last.folded) {
            preceding.removeLast()
        }
        preceding = preceding.suffix(2)
        let before = preceding.map(\.folded)
        // "in the Georgian capital of Tbilisi, Saakashvili welcomed": the capital where it happened.
        if before.last == "capital" || before == ["capital", "of"] { return true }
        if EventLexicon.placePrepositions.contains(before.last ?? ""), let preposition = preceding.last, !isSetOff(from: preposition, to: start, in: sentence) { return true }
        // "from Amman, Jordan", "in Addis Ababa, Ethiopia": the country a city is in.
        guard start >= 2, sentence.text.utf16Slice(from: start - 2, to: start) == ", " else { return false }
        let city = words.within(from: max(0, start - 30), to: start - 2).suffix(2).map(\.text)
        // "in Doha, Kenya and Uganda signed": a capital of another state is no city of this one.
        return [city, Array(city.suffix(1))].contains { words in
            guard !words.isEmpty, case .state(let state, .capital)? = Gazetteer.phrases[words] else { return false }
            return entity.participant.state == nil || entity.participant.state == state
        }
    }

    /// Who "they" are after "where": "… met Ugandan President Tomas Okello at a lodge in northern Tanzania, where they
    /// signed" — who met there, not the place; "Rebel commanders Rolando Moran and Pablo Monsanto returned from Mexico City,
    /// where they and government officials had negotiated" — with no meeting before, the sentence's opening subjects,
    /// with whoever "and" adds (found among `actors`). Nil where the event's subject is no such "they".
    static func theyAfterWhere(
        before index: Int, in folded: [String], words: [Word], found: [EventMention], entities: [Entity], actors: [Entity], sentence: TextSpan
    ) -> [Entity]? {
        guard index >= 2, let they = (max(1, index - 6)..<index).last(where: { folded[$0] == "they" }), folded[they - 1] == "where" else { return nil }
        var named: [Entity] = []
        let triggerStart = sentence.start + words[index].utf16Range.lowerBound
        if let meeting = found.last(where: { $0.kind == .meet && !$0.hedged }) {
            let present = meeting.actors + meeting.targets
            for entity in entities where entity.end <= triggerStart && !entity.isCity && !isPlace(entity, in: sentence) && present.contains(entity.participant) {
                if !named.contains(where: { $0.participant == entity.participant }) { named.append(entity) }
            }
        } else if case let candidates = entities.filter({ !$0.isCity }), let first = candidates.first,
            first.start - sentence.start - (datelineEnd(of: sentence) ?? 0) <= 30,
            let list = longestList(in: candidates, sentence: sentence, opens: { $0.start == first.start })
        {
            named = list
        }
        let theyEnd = sentence.start + words[they].utf16Range.upperBound
        let added = folded.indices.contains(they + 1) && folded[they + 1] == "and" ? actors.filter { $0.start > theyEnd } : []
        guard !named.isEmpty, index - they <= 3 || !added.isEmpty else { return nil }
        return named + added.filter { addedActor in !named.contains { $0.participant == addedActor.participant } }
    }

    /// "Rubio said both governments had agreed": Rubio reports the event; he is not its subject.
    /// "The RSF said they accepted": they are, through the pronoun.
    static func isSayer(_ entity: Entity, before trigger: TextSpan, in sentence: TextSpan) -> Bool {
        var from = entity.end - sentence.start
        // "Mondlane, who says the vote was rigged, had demanded": what the relative clause says is no report of the event.
        let gap = sentence.text.utf16Slice(from: from, to: trigger.start - sentence.start)
        if gap.hasPrefix(", who ") || gap.hasPrefix(", which "), let close = gap.dropFirst(2).firstIndex(of: ",") {
            from += gap.utf16Distance(from: gap.startIndex, to: close) + 1
        }
        let between = Tokenizer.words(in: sentence).within(from: from, to: trigger.start - sentence.start)
        guard let verb = between.firstIndex(where: {
            !$0.isCapitalised && Offices.speechVerbs.contains($0.folded) && !["insisted", "announced"].contains($0.folded)
        }) else { return false }
        let rest = between[(verb + 1)...].map(\.folded).filter { $0 != "that" && $0 != "on" && !$0.hasSuffix("day") }
        // "Erdogan said after hosting the leaders": the sayer is the participle's subject too.
        if rest.count == 1, ["after", "before", "while", "when", "upon"].contains(rest[0]) { return false }
        return !(rest.first.map { ["they", "it", "he", "she", "we"].contains($0) } ?? false)
    }

    /// The body or person a possessive entity owns, named right after it: "Yemen's Houthis",
    /// "Sudan's Rapid Support Forces". Nil when it is no possessive or owns no one named.
    static func ownedEntity(after owner: Entity, in entities: [Entity], sentence: TextSpan) -> Entity? {
        guard owner.isPossessive, let next = entities.first(where: { $0.start >= owner.end }) else { return nil }
        let gap = sentence.text.utf16Slice(from: owner.end - sentence.start, to: next.start - sentence.start)
        guard gap.utf16.count <= 30, !gap.contains(where: { ",—()".contains($0) }) else { return nil }
        // "The UN's Libya mission": a state named before the owner's body says what the body does, it does not act.
        if !next.isPerson, next.participant.organisation == nil,
            let following = Tokenizer.words(in: sentence).within(from: next.end - sentence.start, to: next.end - sentence.start + 20).first,
            EventLexicon.bodyNouns.contains(following.folded)
        {
            return nil
        }
        return next
    }

    /// Whether `entity` follows "by" within its phrase: "brokered by Egypt", "hosted by Saudi
    /// Defence Minister Prince Khalid bin Salman", not "agreed by all 15 members, the council … Sudan".
    static func isAgent(_ entity: Entity, after trigger: TextSpan, in sentence: TextSpan, preposition: String = "by") -> Bool {
        // The word "by", not the end of "nearby".
        let gap = " " + sentence.text.utf16Slice(from: trigger.end - sentence.start, to: entity.start - sentence.start)
        guard let by = gap.range(of: " \(preposition) ") else { return false }
        let rest = gap[by.upperBound...]
        // "agreed upon by both leaders in the Kuala Lumpur Peace Accord": a city past other words is where.
        if entity.isCity, !(rest.isEmpty || rest == "the ") { return false }
        // "welcomed by Eritrea's president, Isaias Afwerki": the agent's state and office set off before the name.
        if entity.isPerson, let owner = rest.range(of: "’s ") ?? rest.range(of: "'s "), !rest[..<owner.lowerBound].contains(" "),
            isSetOffOffice(rest[owner.upperBound...])
        {
            return true
        }
        // "signed by U.S. Special Representative for Afghanistan Reconciliation Zalmay Khalilzad": a long office
        // written as a title, capitalised but for its connectors.
        if entity.isPerson, !rest.contains(where: { ",;—".contains($0) }), rest.utf8.count { $0 == UInt8(ascii: " ") } <= 10,
            rest.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || Offices.connectors.contains($0.lowercased()) })
        {
            return true
        }
        // "witnessed by eight Latin American presidents and Spanish Prime Minister Jose Maria Aznar": an agent named after
        // others the report leaves unnamed.
        if entity.isPerson, let and = rest.lastRange(of: " and "), case let others = rest[..<and.lowerBound].split(separator: " "),
            others.count <= 6, others.last?.hasSuffix("s") == true, !others.contains(where: { $0 == "by" || $0.contains(where: { ",;—".contains($0) }) }),
            rest[and.upperBound...].split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || Offices.connectors.contains($0.lowercased()) })
        {
            return true
        }
        // "supported by satellite monitoring provided by the United States": the agent of another participle.
        // "endorsed by the heavily armed, Iran-backed Hezbollah": commas between the agent's describing words.
        let describingOnly = rest.split(separator: " ").allSatisfy { word in word.first?.isLowercase == true || word.contains("-") }
        return rest.utf8.count { $0 == UInt8(ascii: " ") } <= 6 && !rest.contains(where: { ";—".contains($0) })
            && (!rest.contains(",") || describingOnly) && rest.range(of: " by ") == nil
    }

    /// "by the Quartet, comprising the United States", "by the “Quad” countries — the United States",
    /// "by the heads of the five delegations: the Cypriot President": the agent is a group whose
    /// members the sentence goes on to name.
    static func isGroupBeforeItsMembers(_ entity: Entity, after trigger: TextSpan, in sentence: TextSpan) -> Bool {
        let gap = " " + sentence.text.utf16Slice(from: trigger.end - sentence.start, to: entity.start - sentence.start)
        guard let by = gap.range(of: " by ") else { return false }
        let rest = gap[by.upperBound...]
        guard rest.utf8.count(where: { $0 == UInt8(ascii: " ") }) <= 10, !rest.contains(";") else { return false }
        return rest.contains(":") || rest.contains("—") || rest.contains(" – ")
            || Tokenizer.words(in: String(rest)).contains { EventLexicon.memberIntroductions.contains($0.folded) }
    }

    /// The longest list in `entities` that ends at a later name than the first and whose head
    /// `opens` accepts: "brokered by Egypt, Qatar and the United States"; nil when no such list.
    static func longestList(in entities: [Entity], sentence: TextSpan, opens: (Entity) -> Bool) -> [Entity]? {
        var list: [Entity]?
        for end in entities.indices.dropFirst() {
            let group = subjectGroup(ending: entities[end], in: Array(entities[...end]), sentence: sentence)
            guard let head = group.first, opens(head) else { break }
            list = group
        }
        return list
    }

    /// Those named in a list after `last`, each perhaps with an office: "Greek Cypriot leader Nikos
    /// Christodoulides, Turkish Cypriot leader Ersin Tatar, and representatives from Greece, Türkiye, and Britain".
    static func listedMembers(after last: Entity, in entities: [Entity], sentence: TextSpan) -> [Entity] {
        var members: [Entity] = []
        var previous = last
        for candidate in entities where candidate.start >= previous.end {
            let gap = sentence.text.utf16Slice(from: previous.end - sentence.start, to: candidate.start - sentence.start)
            // "Foreign Minister Olivier Nduhungirehe of Rwanda and his Congolese counterpart …": the state after
            // "of" is the person's own, and the list goes on past it.
            if previous.isPerson, !candidate.isPerson, gap == " of " {
                previous = candidate
                continue
            }
            let gapWords = Tokenizer.words(in: sentence).within(from: previous.end - sentence.start, to: candidate.start - sentence.start)
            // "the Cambodian Prime Minister and his Thai counterpart, along with Trump": the office or group of
            // the one before, then what joins the next.
            let describing = gapWords.prefix { $0.classes.contains(.officeStart) || EventLexicon.actingGroups.contains($0.folded) || Offices.isTitle([$0.folded]) }
            let joiner = describing.last.map { sentence.text.utf16Slice(from: $0.utf16Range.upperBound, to: candidate.start - sentence.start) } ?? gap
            let joinerWords = gapWords.dropFirst(describing.count)
            // "leaders including CARICOM Chair, Dominica's Prime Minister, Roosevelt Douglas, as well as observers from the
            // United Nations": members named past a possessive, and a group drawn from a body.
            let marks = gap.replacingOccurrences(of: "’s ", with: " ").replacingOccurrences(of: "'s ", with: " ")
            // "nine Sudanese factions, including the Justice and Equality Movement": factions in a state are not the state.
            let opensWithInclusion = joinerWords.first?.folded == "including"
            let includesMembers = opensWithInclusion
                && !describing.contains { EventLexicon.factionNouns.contains($0.folded) || EventLexicon.groupNouns.contains($0.folded) }
            // "Abdalla Hamdok, representatives from Saudi Arabia, …": the comma before the group's word joins them.
            let groupSetOff = !describing.isEmpty && gap.trimmed().hasPrefix(",") && joinerWords.first.map({ EventLexicon.memberWords.contains($0.folded) }) == true
            guard joiner.trimmed().hasPrefix(",") || groupSetOff || ["and", "along", "together", "plus"].contains(joinerWords.first?.folded ?? "") || includesMembers,
                !opensWithInclusion || includesMembers,
                gapWords.count <= 6, !marks.contains(where: { ";:—()'\"“”‘’".contains($0) }),
                gapWords.allSatisfy({
                    $0.isCapitalised || EventLexicon.listWords.contains($0.folded) || EventLexicon.memberWords.contains($0.folded)
                        || EventLexicon.actingGroups.contains($0.folded) || EventLexicon.envoyNouns.contains($0.folded)
                        || EventLexicon.memberIntroductions.contains($0.folded) || EventLexicon.companionWords.contains($0.folded)
                })
            else { break }
            // "brokered by the United States and France, the Lebanese army is to deploy": a name that
            // opens the next clause is no member; a member is followed by the list's punctuation.
            var following = Substring(sentence.text.utf16Suffix(from: candidate.end - sentence.start))
            // The sentence's words, split once, after the name.
            let next = Tokenizer.words(in: sentence).within(from: candidate.end - sentence.start, to: candidate.end - sentence.start + 40)
            // "his Thai counterpart, along with …", "CARICOM Chair, Dominica's Prime Minister, …": past the group or
            // the office a name describes.
            if let group = next.first, EventLexicon.actingGroups.contains(group.folded) || Offices.isTitle([group.folded]), following.hasPrefix(" " + group.text) {
                following = following.dropFirst(group.text.count + 1)
            }
            guard candidate.isPerson || following.isEmpty || [",", ".", ";", ")", " and ", " or ", " plus ", " —", " –"].contains(where: { following.hasPrefix($0) })
            else { break }
            // "signed by Khalilzad and Baradar, with Pompeo on hand to witness the ceremony": who watches signs nothing.
            // ("…, as well as observers from the UN": the next member's words, past the comma, are not the candidate's.)
            let afterCandidate = sentence.text.utf16Suffix(from: candidate.end - sentence.start)
            let comma = afterCandidate.firstIndex(of: ",").map { candidate.end - sentence.start + afterCandidate.utf16Distance(from: afterCandidate.startIndex, to: $0) } ?? .max
            let ownWords = next.prefix { $0.utf16Range.lowerBound < comma }
            if ownWords.prefix(5).contains(where: { EventLexicon.witnessWords.contains($0.folded) }) { break }
            // "African Union leaders including AU Chair …": the body named again is no second member; the list goes on past it.
            if candidate.participant != last.participant, !members.contains(where: { $0.participant == candidate.participant }) {
                members.append(candidate)
            }
            previous = candidate
        }
        return members
    }

    /// "Oman's foreign minister shuttling", "Russia's envoy said": only an office stands between the
    /// possessive and the event word, so the official acts for the owner.
    static func isOfficeOfOwner(_ owner: Entity, before trigger: TextSpan, in sentence: TextSpan) -> Bool {
        let gap = Tokenizer.words(in: sentence).within(from: owner.end - sentence.start, to: trigger.start - sentence.start)
            .map(\.folded).filter { !EventLexicon.auxiliaries.contains($0) }
        return Offices.isTitle(gap)
    }

    /// Whom a pair noun stands for: two people, two states, or the two parties to talks (not
    /// those who urge them on).
    enum Pair { case people, states, parties }

    /// "both leaders", "the two sides": a subject that stands for two named before.
    static func pairSubject(before index: Int, in words: [String]) -> Pair? {
        let subject = subjectNoun(before: index, in: words)
        guard subject >= 1 else { return nil }
        if let pair = pairSubject(at: subject, in: words) { return pair }
        // "the two African countries' foreign ministers signed": officials of the pair the possessive names.
        // (The plural's possessive mark is folded away: "countries" straight before the office.)
        if EventLexicon.pluralOfficials.contains(words[subject]) || EventLexicon.actingGroups.contains(words[subject]),
            let owner = (max(1, subject - 3)..<subject).last(where: { EventLexicon.statePairNouns.contains(words[$0]) }),
            (owner + 1..<subject).allSatisfy({ EventLexicon.officeQualifiers.contains(words[$0]) }),
            let pair = pairSubject(at: owner, in: words) ?? pairSubject(describedAt: owner, in: words)
        {
            return pair == .people ? nil : .states
        }
        // "both sides in Gaza had agreed": a party noun before the one place it is in.
        if subject >= 3, ["in", "to", "of"].contains(words[subject - 1]), EventLexicon.partyNouns.contains(words[subject - 2]),
            let pair = pairSubject(at: subject - 2, in: words)
        {
            return pair
        }
        // "The two parties to the Ethiopian conflict have agreed": the noun before what it is party to.
        if let preposition = (max(1, subject - 4)..<subject).last(where: { ["to", "in", "of"].contains(words[$0]) }), words[preposition + 1] == "the",
            !words[preposition..<subject].contains(where: { EventLexicon.partyNouns.contains($0) })
        {
            return pairSubject(at: preposition - 1, in: words)
        }
        // "The parties to the 7-year war in Yemen have agreed": a party noun before a phrase that holds another preposition.
        guard let preposition = (max(1, subject - 6)..<subject).last(where: { ["to", "in", "of"].contains(words[$0]) && words[$0 + 1] == "the" }),
            EventLexicon.partyNouns.contains(words[preposition - 1])
        else { return nil }
        return pairSubject(at: preposition - 1, in: words)
    }

    /// "the two African countries": the count before a word describing the pair's noun.
    private static func pairSubject(describedAt noun: Int, in words: [String]) -> Pair? {
        guard noun >= 2, ["two", "both"].contains(words[noun - 2]) else { return nil }
        return .states
    }

    private static func pairSubject(at subject: Int, in words: [String]) -> Pair? {
        guard subject >= 1 else { return nil }
        // "The two Koreas announced that their leaders have agreed": the two people named before.
        if words[subject - 1] == "their", words[subject] == "leaders" { return .people }
        // "I just spoke with the prime ministers of Israel and Lebanon. … their governments have accepted": the two states.
        if words[subject - 1] == "their", EventLexicon.statePairNouns.contains(words[subject]) { return .states }
        // "after the two met", "the parties had committed", "the warring parties agreed": the pair named before.
        if words[subject - 1] == "the" || EventLexicon.partyQualifiers.contains(words[subject - 1]) {
            if words[subject] == "two" || words[subject] == "leaders" || words[subject] == "presidents" || words[subject] == "pair" { return .people }
            if EventLexicon.partyNouns.contains(words[subject]) { return .parties }
            // "the warring neighbouring nations met": two states, the parties to the conflict.
            // "Libya's rival governments" are one state's two.
            if EventLexicon.partyQualifiers.contains(words[subject - 1]), ["nations", "countries", "neighbours", "neighbors", "states"].contains(words[subject]) {
                return .parties
            }
        }
        // "All parties have agreed": those to the conflict, not who says so.
        if words[subject - 1] == "all", EventLexicon.partyNouns.contains(words[subject]) { return .parties }
        // "both the countries have agreed": the article between the count and its noun.
        let count = words[subject - 1] == "the" && subject >= 2 && words[subject - 2] == "both" ? subject - 2 : subject - 1
        guard words[count] == "both" || words[count] == "two" else { return nil }
        if ["leaders", "presidents", "men", "ministers"].contains(words[subject]) { return .people }
        if EventLexicon.partyNouns.contains(words[subject]) { return .parties }
        if EventLexicon.statePairNouns.contains(words[subject]) {
            return .states
        }
        // "the two Koreas", "both capitals": two of anything else named in the plural are two states.
        if words[count] == "two", words[subject].hasSuffix("s"), !words[subject].hasSuffix("ss") { return .states }
        return nil
    }

    /// "delegates from both sides signed", "representatives of the two parties met": a subject drawn
    /// from a pair, in the few words before the event word.
    static func pairNamedBefore(_ index: Int, in words: [String]) -> Bool {
        let subject = subjectNoun(before: index, in: words)
        guard subject >= 2, EventLexicon.partyNouns.contains(words[subject]), ["both", "two"].contains(words[subject - 1]) else { return false }
        return words[max(0, subject - 4)..<(subject - 1)].contains { $0 == "from" || $0 == "of" }
    }

    /// "the four agreed", "the quartet of foreign ministers called for", "all three countries":
    /// a subject that stands for so many named together before.
    static func groupCount(before index: Int, in words: [String]) -> Int? {
        let subject = subjectNoun(before: index, in: words)
        guard subject >= 1 else { return nil }
        for position in stride(from: subject, through: max(1, subject - 5), by: -1) {
            guard let count = EventLexicon.groupCounts[words[position]], ["the", "all"].contains(words[position - 1]) else { continue }
            // The count is the subject, or it opens the subject's phrase: "the quartet of …", "the three countries".
            if position == subject || position + 1 == subject || words[position + 1] == "of" { return count }
            // "the three African countries", "the three Nile basin countries": the count before words describing the noun.
            if subject - position <= 3, EventLexicon.statePairNouns.contains(words[subject]) { return count }
        }
        return nil
    }

    /// The states and bodies a sentence lists together ("Russia, Ukraine, France and Germany"), each list in order.
    static func namedLists(in entities: [Entity], sentence: TextSpan) -> [[Entity]] {
        var lists: [[Entity]] = []
        var current: [Entity] = []
        // Capitals stand for their governments ("Baku and Yerevan fought two wars"), except where something happens.
        for entity in entities where !entity.isPerson && !(entity.isCity && isPlace(entity, in: sentence)) {
            // ", and the " is the longest gap a list has: most entities stand farther apart.
            if let last = current.last, entity.start - last.end > 12 {
                lists.append(current)
                current = [entity]
                continue
            }
            // "brokered by China, the Chinese foreign ministry said": the same state named again is no second member.
            if let last = current.last, let state = last.participant.state, entity.participant.state == state { continue }
            if let last = current.last {
                // "the U.S. and Iran": the abbreviation's last period may stand outside the name found.
                let gap = sentence.text.utf16Slice(from: last.end - sentence.start, to: entity.start - sentence.start)
                    .split(separator: " ").filter { $0 != "the" && $0 != "." }.joined(separator: " ")
                if [",", "and", ", and", "or", ", or"].contains(gap) {
                    current.append(entity)
                    continue
                }
                lists.append(current)
            }
            current = [entity]
        }
        if !current.isEmpty { lists.append(current) }
        return lists
    }

    /// "The ministers met", "the foreign ministers agreed": officials named by their office alone, in the plural.
    static func isPluralOfficialsSubject(before index: Int, in words: [String]) -> Bool {
        let subject = subjectNoun(before: index, in: words)
        guard subject >= 1, EventLexicon.pluralOfficials.contains(words[subject]) else { return false }
        for position in stride(from: subject - 1, through: max(0, subject - 3), by: -1) {
            if words[position] == "the" { return true }
            guard EventLexicon.officeQualifiers.contains(words[position]) else { return false }
        }
        return false
    }

    /// "the two men said they had agreed": "they" is the pair that says so.
    static func pairThatSays(before index: Int, in words: [String]) -> Pair? {
        guard hasSubject("they", before: index, in: words) else { return nil }
        let head = words[..<index]
        guard let verb = head.lastIndex(where: { Offices.speechVerbs.contains($0) }), verb >= 2 else { return nil }
        return pairSubject(before: verb, in: words)
    }

    static func isFollowedBySpeechVerb(_ entity: Entity, in sentence: TextSpan) -> Bool {
        isFollowedBySpeechVerb(from: entity.end - sentence.start, in: sentence)
    }

    /// Whether the first word from `offset` in the sentence, past auxiliaries ("Trump has
    /// reiterated that"), is a verb of saying.
    static func isFollowedBySpeechVerb(from offset: Int, in sentence: TextSpan) -> Bool {
        let next = Tokenizer.words(in: sentence).within(offset..<(offset + 30)).first { !Offices.speechAuxiliaries.contains($0.folded) }
        return next.map { Offices.speechVerbs.contains($0.folded) } ?? false
    }

    /// The event word's subject is this pronoun, past auxiliaries, negations and adverbs.
    static func hasSubject(_ pronoun: String, before index: Int, in words: [String]) -> Bool {
        let subject = subjectNoun(before: index, in: words)
        guard subject >= 0 else { return false }
        // "They’ve … agreed": the pronoun with its auxiliary run together.
        return words[subject] == pronoun || (words[subject].hasPrefix(pronoun) && contractedAuxiliaries.contains(words[subject].dropFirst(pronoun.count)))
    }

    /// "…, saying it would not accept", "…, adding that it was ready": the pronoun at `subject` opens what a participle
    /// of saying reports, so it stands for the subject of the clause the participle hangs on.
    static func isSaidByParticiple(subject: Int, in words: [String]) -> Bool {
        var verb = subject - 1
        if verb >= 0, words[verb] == "that" { verb -= 1 }
        return verb >= 1 && words[verb].hasSuffix("ing") && Offices.speechVerbs.contains(words[verb])
    }

    private static let contractedAuxiliaries: Set<Substring> = ["’ve", "'ve", "’d", "'d", "’ll", "'ll", "’re", "'re"]

    /// The event word's subject is "the group", "the movement", "the rebels"…, past auxiliaries,
    /// negations and adverbs.
    static func isGroupSubject(before index: Int, in words: [String]) -> Bool {
        let subject = subjectNoun(before: index, in: words)
        // "Cho Ayaba, head of the Ambazonia Governing Council, said his movement had accepted".
        return subject >= 1 && EventLexicon.groupNouns.contains(words[subject])
            && words[..<subject].suffix(2).contains { $0 == "the" || EventLexicon.personalOwners.contains($0) }
    }

    /// "Krasnoselsky said his administration would not accept": the speaker's own government, for
    /// which the speaker stands.
    static func isOwnInstitutionSubject(before index: Int, in words: [String]) -> Bool {
        let subject = subjectNoun(before: index, in: words)
        return subject >= 1 && EventLexicon.personalOwners.contains(words[subject - 1])
            && (EventLexicon.institutionNouns[words[subject]] != nil || EventLexicon.ownedAuthorities.contains(words[subject]))
    }

    /// The entity and those listed with it just before ("Ukraine, France, Germany and the EU",
    /// "Putin and Chinese leader Xi Jinping").
    static func subjectGroup(ending last: Entity, in before: [Entity], sentence: TextSpan, asides: [Range<Int>] = []) -> [Entity] {
        var group = [last]
        var index = (before.firstIndex { $0.start == last.start } ?? before.count - 1)
        while index > 0 {
            let previous = before[index - 1]
            var gap = sentence.text.utf16Slice(from: previous.end - sentence.start, to: before[index].start - sentence.start)
            var gapWords = Tokenizer.words(in: sentence).within(from: previous.end - sentence.start, to: before[index].start - sentence.start)
            // "Amara Diallo, the head of the AU mission, and Tomas Okello": the list goes on past an aside about its member.
            // (The member of a body the aside names may end inside it: "Amara Diallo, the head of the AU".)
            if let aside = asides.first(where: { aside in
                aside.lowerBound > previous.start - sentence.start && aside.lowerBound <= previous.end - sentence.start + 1
                    && aside.upperBound <= before[index].start - sentence.start
            }) {
                gap = sentence.text.utf16Slice(from: max(aside.upperBound, previous.end - sentence.start), to: before[index].start - sentence.start)
                gapWords = gapWords.filter { $0.utf16Range.lowerBound >= aside.upperBound }[...]
            }
            // "former president Henri Bedie on behalf of the Democratic Party of Ivory Coast, opposition leader …": whom the
            // member signs for is his, and the list goes on past it.
            if gap.hasPrefix(" on behalf of "), let comma = gap.firstIndex(of: ",") {
                let skipped = previous.end - sentence.start + gap.utf16Distance(from: gap.startIndex, to: comma)
                gapWords = gapWords.filter { $0.utf16Range.lowerBound >= skipped }[...]
                gap = String(gap[comma...])
            }
            // "the Union for Peace in the Central African Republic (UPC) and the 3R group": the initials belong to the name.
            if gap.hasPrefix(" ("), let close = gap.firstIndex(of: ")") {
                let inside = gap.utf16Distance(from: gap.startIndex, to: close)
                gapWords = gapWords.drop { $0.utf16Range.upperBound <= previous.end - sentence.start + inside }
                gap = String(gap[gap.index(after: close)...])
            }
            // "Juan Manuel Santos, front left, and the FARC commander": where a caption places someone.
            var placedInPhoto = false
            if let length = captionPositionLength(opening: gap) {
                gap = String(gap.utf16Suffix(from: length))
                gapWords = gapWords.drop { $0.utf16Range.lowerBound < previous.end - sentence.start + length }
                placedInPhoto = true
            }
            // "Rodrigo Londoño Echeverri, alias “Timochenko,”": the same person named again by an alias.
            // "the Democratic Republic of the Congo (DRC)": the state named again by its initials.
            let sameState = !previous.isPerson && !before[index].isPerson && previous.participant.state != nil
                && previous.participant.state == before[index].participant.state
            if previous.participant == before[index].participant || sameState, gap.count <= 24,
                gap.contains("alias") || gap.contains("known as") || gap.trimmingCharacters(in: .whitespaces).allSatisfy({ ",“\"(".contains($0) })
            {
                // The state's name, where the list may go on before it.
                if sameState, group[0].start == before[index].start { group[0] = previous }
                index -= 1
                continue
            }
            // "President Amara Diallo of Kenya and President Tomas Okello of Uganda signed": the state after "of" is the person's own.
            if previous.isPerson, !before[index].isPerson, [" of ", " of the "].contains(gap), group[0].start == before[index].start,
                previous.participant.state == before[index].participant.state
            {
                group[0] = previous
                index -= 1
                continue
            }
            // "The United States and Yemen's Houthis agreed": the possessive names whose the next one
            // is; the list goes on before it.
            if previous.isPossessive, ["’s", "'s"].contains(gap.trimmed()), ownedEntity(after: previous, in: before, sentence: sentence)?.start == before[index].start {
                index -= 1
                continue
            }
            // "Mohamud and Somaliland's leader, Abdirahman Mohamed Abdullahi,": the body the official
            // speaks for, by the office between them that tied the two.
            if !previous.isPerson, before[index].isPerson, before[index].participant.organisation == previous.participant.name,
                !officeGap(from: previous.end, to: before[index], in: sentence).contains(where: { ",—(".contains($0) })
            {
                index -= 1
                continue
            }
            // "Congo's government and the M23", "The Philippine government and the MILF": the state
            // stands for its government.
            // "Yemen's internationally recognised government and the Houthi rebels": described first;
            // "Myanmar's military government": of several such words.
            if !gap.trimmed().hasPrefix(","), var group = gapWords.prefix(3).firstIndex(where: { EventLexicon.actingGroups.contains($0.folded) }),
                gapWords[..<group].allSatisfy({ !$0.isCapitalised && $0.folded != "and" && $0.folded != "or" })
            {
                while group + 1 < gapWords.endIndex, EventLexicon.actingGroups.contains(gapWords[group + 1].folded) { group += 1 }
                gapWords.removeFirst(group - gapWords.startIndex + 1)
            }
            // "the envoy for Yemen, Hans Grundberg, welcomed": a name in apposition, not a list.
            if gap.trimmed() == ",", !previous.isPerson, before[index].isPerson, sentence.text.utf16Suffix(from: before[index].end - sentence.start).hasPrefix(",") {
                // "al-Sharaa and the commander of the SDF, Mazloum Abdi, signed": the name stands for
                // its office and body; the list may go on before them.
                guard before[index].participant.organisation == previous.participant.organisation, index >= 2 else { break }
                let officeGap = Tokenizer.words(in: sentence).within(from: before[index - 2].end - sentence.start, to: previous.start - sentence.start)
                guard officeGap.first?.folded == "and", officeGap.contains(where: { $0.classes.contains(.officeStart) }) else { break }
                group.insert(before[index - 2], at: 0)
                index -= 2
                continue
            }
            // "sealed by President Santos and by rebel commander Timochenko": the agents' preposition repeated.
            if gapWords.count >= 2, gapWords.first?.folded == "and", gapWords[gapWords.startIndex + 1].folded == "by" {
                gapWords.remove(at: gapWords.startIndex + 1)
            }
            // "Rwandan President Paul Kagame, left, with Congolese President Joseph Kabila sign the treaty": a caption's pair.
            let joined = gap.trimmed().isEmpty || gap.trimmed() == "," || gap.trimmed() == "and by"
                || placedInPhoto && gapWords.first?.folded == "with" && gapWords.dropFirst().allSatisfy { $0.isCapitalised || Offices.titlesByFirstWord[$0.folded] != nil }
                || (gapWords.count <= 6 && ["and", "or"].contains(gapWords.first?.folded ?? "")
                    && gapWords.dropFirst().allSatisfy {
                        // "the United Arab Emirates and partly Saudi Arabia and Qatar", "al-Sarraj and rival strongman Khalifa Haftar".
                        $0.folded.hasSuffix("ly") || Offices.titlesByFirstWord[$0.folded] != nil ||
                        // "Colombia's government and a faction of former FARC rebels"; "al-Shaibani and intelligence chief
                        // Hussein Salameh": a portfolio before the next one's office.
                        $0.isCapitalised || EventLexicon.listWords.contains($0.folded) || Offices.officeQualifiers.contains($0.folded)
                            || Offices.portfolioWords.contains($0.folded)
                            || EventLexicon.groupNouns.contains($0.folded) || EventLexicon.groupQualifiers.contains($0.folded)
                    })
                || (gap.hasPrefix(",") && gapWords.count <= 2 && gapWords.allSatisfy { EventLexicon.listWords.contains($0.folded) }
                    && listContinues(after: before[index], in: sentence))
                // "Ghanaian President John Mahama, Togolese President Faure Gnassingbe and …": people listed each with an office;
                // "Kenya's Ruto, Uganda's Museveni and …", each with the state whose they are.
                || (gap.hasPrefix(",") && before[index].isPerson && (1...6).contains(gapWords.count)
                    && (previous.isPerson && gapWords.contains { Offices.titlesByFirstWord[$0.folded] != nil } || gapWords.last?.isPossessive == true)
                    && gapWords.allSatisfy { $0.isCapitalised || EventLexicon.listWords.contains($0.folded) })
                // "…, and Qatari minister of state Mohammed Al-Khulaifi": the next person's office whole.
                || (previous.isPerson && before[index].isPerson && isListedOffice(gapWords))
                // "Qatar, alongside the United States and the African Union, facilitated": who acts with the first.
                || (gap.hasPrefix(",") && isCompanionJoiner(gapWords))
                // "the government of President Gustavo Petro and remnants of the ELN guerrillas agreed": a group
                // drawn from the next one named.
                || isDrawnFromJoiner(gapWords)
            guard joined, !gap.contains("—"), !endsPrepositionalClause(previous, gap: gap, in: sentence) else { break }
            group.insert(previous, at: 0)
            index -= 1
        }
        return group
    }

    /// How long a caption's placing of someone is where `gap` opens with one: ", front left," of
    /// "Juan Manuel Santos, front left, and …".
    private static func captionPositionLength(opening gap: String) -> Int? {
        guard gap.hasPrefix(", ") else { return nil }
        let words = gap.dropFirst(2).prefix(while: { $0 != "," }).split(separator: " ")
        guard (1...2).contains(words.count), let side = words.last, ["left", "right", "centre", "center"].contains(side),
            words.count == 1 || ["front", "back", "far", "second", "top", "bottom"].contains(words[0])
        else { return nil }
        // The comma that closes it stays: ", and" joins the list.
        return 1 + words.joined(separator: " ").utf16.count + 1
    }

    /// ", alongside the", ", together with", ", along with", ", as well as": who acts with the one before.
    private static func isCompanionJoiner(_ gap: ArraySlice<Word>) -> Bool {
        let words = gap.map(\.folded).filter { $0 != "the" }
        return EventLexicon.companionJoiners.contains { $0 == words }
    }

    /// "and remnants of the", "and a delegation from the": the next conjunct of a subject is a group
    /// drawn from whom it names.
    private static func isDrawnFromJoiner(_ gap: ArraySlice<Word>) -> Bool {
        var words = gap.map(\.folded)[...]
        guard words.popFirst() == "and" else { return false }
        if let first = words.first, EventLexicon.articles.contains(first) { words.removeFirst() }
        // "… and members of the Government's Peace Commission": whose the body is stands before it.
        if gap.last?.isPossessive == true, gap.count >= 3 { words.removeLast() }
        if words.last == "the" { words.removeLast() }
        guard let preposition = words.popLast(), preposition == "of" || preposition == "from" else { return false }
        return (1...3).contains(words.count) && words.last.map(EventLexicon.drawnGroupHeads.contains) == true
            && words.dropLast().allSatisfy { EventLexicon.officeQualifiers.contains($0) || EventLexicon.groupQualifiers.contains($0) }
    }

    /// "and Qatari minister of state", ", Togolese foreign minister": a list word, the adjectives of
    /// a state and an office, which a person listed next holds.
    private static func isListedOffice(_ gap: ArraySlice<Word>) -> Bool {
        guard let first = gap.first, first.folded == "and" || first.folded == "or" else { return false }
        let office = gap.dropFirst().drop { $0.isCapitalised && Gazetteer.phrases[[$0.text]] != nil }.map(\.folded)
        return office.count < gap.count - 1 && Offices.isTitle(office)
    }

    /// "Ankara would coordinate each step with Baku, and Armenian Prime Minister Nikol Pashinyan
    /// welcomed": a name governed by a preposition, then a comma and "and", ends one clause; the
    /// next clause's subject is no list with it.
    private static func endsPrepositionalClause(_ entity: Entity, gap: String, in sentence: TextSpan) -> Bool {
        guard gap.hasPrefix(", and ") else { return false }
        let start = entity.start - sentence.start
        // "with the United States, and …": past the article.
        guard let before = Tokenizer.words(in: sentence).last(where: { $0.utf16Range.upperBound <= start && $0.folded != "the" }) else { return false }
        return EventLexicon.clausePrepositions.contains(before.folded)
    }

    /// "Poland, the UK, and the EU": the list goes on after the name; "France, the Lebanese army is": it does not.
    static func listContinues(after entity: Entity, in sentence: TextSpan) -> Bool {
        let rest = sentence.text.utf16Suffix(from: entity.end - sentence.start)
        return rest.hasPrefix(",") || rest.hasPrefix(" and ") || rest.hasPrefix(" or ")
    }

    /// "the two countries signed": a pair right before the event word, in its clause ("China, which
    /// … through both countries, has urged" is China's).
    static func isPairSubject(before index: Int, in words: [String], sentence: TextSpan) -> Bool {
        guard pairSubject(before: index, in: words) != nil else { return false }
        let split = Tokenizer.words(in: sentence)
        let noun = subjectNoun(before: index, in: words)
        guard noun >= 0, index < split.count else { return false }
        return !sentence.text.utf16Slice(from: split[noun].utf16Range.upperBound, to: split[index].utf16Range.lowerBound).contains(",")
    }

    /// The word before the event word past auxiliaries, negations and adverbs ("has not yet
    /// formally"): where its subject noun stands, or -1.
    static func subjectNoun(before index: Int, in words: [String]) -> Int {
        var subject = index - 1
        // "The two sides did not agree", "both sides failed to agree", "the sides could not agree".
        while subject >= 0, EventLexicon.auxiliaries.contains(words[subject]) || EventLexicon.negations.contains(words[subject]) || words[subject].hasSuffix("ly")
            || EventLexicon.negatedAuxiliaries.contains(words[subject])
            || (words[subject] == "to" && subject >= 1 && EventLexicon.negations.contains(words[subject - 1]))
        {
            subject -= 1
        }
        // "They also decided to invite Brazil": the subject of the verb whose infinitive the event is.
        if subject >= 1, words[subject] == "to", EventLexicon.controlVerbs.contains(words[subject - 1]) {
            return subjectNoun(before: subject - 1, in: words)
        }
        return subject
    }
}
