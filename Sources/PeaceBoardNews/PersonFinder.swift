/// A person named in a report, with the office news gave them there.
public struct PersonMention: Hashable, Sendable, Codable {
    public var name: String
    public var office: String?
    /// The state named with the office ("Russian President", "Kremlin spokesperson"), ISO alpha-3.
    public var state: String?
    /// The body the person speaks for where the report gives it and no state: "the ONLF side was led by …".
    public var organisation: String?
    public var span: TextSpan
    /// Named as an owner ("Putin’s proposal"): not who a following "he" refers to.
    public var isPossessive = false
}

/// Finds people the way news names them: an office before a name ("Kremlin spokesperson
/// Dmitry Peskov"), an apposition after it ("Temur Umarov, a Fellow at …"), or a name that
/// speaks ("Sergei Lavrov said").
public enum PersonFinder {
    /// The people named in a report's paragraphs, in order, with later surname-only mentions
    /// ("Zelensky remarked") resolved to the full name given earlier.
    public static func mentions(
        in paragraphs: [TextSpan], states: [StateMention] = [], organisations: [OrganisationMention] = []
    ) -> [PersonMention] {
        // "Ahmed  Tugud", "Amin Hassan¶Amr": a name is its words, whatever spacing or wrapping the page gave it.
        var full = paragraphs.flatMap { mentions(in: $0, states: states) }.map { mention in
            var spaced = mention
            spaced.name = mention.name.collapsingSpaces()
            // "James Baker III" is James Baker, whom "Mr. Baker" names again.
            // (Asked on the last character first: every name is.)
            if let last = spaced.name.last, last == "I" || last == "V" || last == "." || last == "r",
                let space = spaced.name.lastIndex(of: " "), generationalSuffixes.contains(String(spaced.name[spaced.name.index(after: space)...])),
                spaced.name[..<space].contains(" ")
            {
                spaced.name = String(spaced.name[..<space])
            }
            // "Samuel R. “Sandy” Berger" is Samuel R. Berger.
            if spaced.name.containsBytes(of: "“") || spaced.name.containsBytes(of: "\"") {
                spaced.name = spaced.name.split(separator: " ").filter { !($0.hasPrefix("“") || $0.hasPrefix("\"")) }.joined(separator: " ")
            }
            // Most names are of one or two words, which none of what follows concerns: asked on bytes first.
            guard spaced.name.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).count >= 2 else { return spaced }
            // "High Representative for Foreign Policy and Security Josep Borrell": the last word of the
            // office is no part of the name the gazetteer knows.
            let parts = spaced.name.split(separator: " ").map(String.init)
            if Gazetteer.personPhrases[parts] == nil, let known = Gazetteer.personPhrases[Array(parts.dropFirst())] {
                spaced.name = known.name
                spaced.span = spaced.span.dropping(words: 1)
            } else if Offices.remitEndings.contains(parts[0]) {
                // "… for Peace and Security Tomas Okello": the remit's last word, whoever holds it.
                spaced.name = parts.dropFirst().joined(separator: " ")
                spaced.span = spaced.span.dropping(words: 1)
            }
            return spaced
        }
        let (untitled, shortForms, unnamed) = namesGivenInFull(in: paragraphs, besides: full)
        full = (full + untitled).sorted { $0.span.start < $1.span.start }
        var surnames: [String: String] = shortForms
        for mention in full {
            let parts = mention.name.split(separator: " ")
            // "Clinton" after "President Clinton": a surname the title tied to one person the gazetteer knows.
            if parts.count == 1, surnames[mention.name] == nil, let office = mention.office, Gazetteer.knownPerson(surname: mention.name, title: office) != nil {
                surnames[mention.name] = mention.name
            }
            if parts.count >= 2, let last = parts.last {
                // "al-Murtaza" after "Abdul-Qader el-Murtaza": the particle is spelled either way.
                for surname in Set([String(last), Gazetteer.withoutParticle(String(last))]) {
                    surnames[surname, default: mention.name] = surnames[surname] ?? mention.name
                }
            }
            // "Kayikwamba Wagner" after "Thérèse Kayikwamba Wagner", "Almeida e Silva" after "Manoel de Almeida e Silva":
            // a surname of several words.
            for length in 2..<max(2, parts.count) {
                let surname = parts.suffix(length).joined(separator: " ")
                if surnames[surname] == nil { surnames[surname] = mention.name }
            }
            // "Mohamed Khaled" after "Mohamed Khaled Nordin": Malay and Arabic names are shortened to their first words.
            if parts.count >= 3, !Offices.nameParticles.contains(String(parts[1])) {
                surnames[parts.prefix(2).joined(separator: " "), default: mention.name] = surnames[parts.prefix(2).joined(separator: " ")] ?? mention.name
            }
            // "Farhan Haq" after "Farhan Aziz Haq": the middle name left out.
            if parts.count == 3, !Offices.nameParticles.contains(String(parts[1])) {
                let outer = "\(parts[0]) \(parts[2])"
                if surnames[outer] == nil { surnames[outer] = mention.name }
            }
            // "De Mistura, who visited" after "Staffan de Mistura": the particle capitalised where it opens a sentence.
            if parts.count >= 3, let particle = parts.dropLast().last, Offices.nameParticles.contains(String(particle)) {
                let capitalised = Gazetteer.sentenceInitial(parts.suffix(2).joined(separator: " "))
                if surnames[capitalised] == nil { surnames[capitalised] = mention.name }
            }
        }
        // "Kim said", "President Moon" after "Kim Jong-un", "Moon Jae-in": names that put the family
        // name first are shortened to their first word. Only a word that names one person so, and
        // no place or body ("Israel" of "Israel Katz").
        // So are Arabic names by the given name before "bin": "Sheikh Abdullah said" after "Sheikh Abdullah bin Zayed".
        var firstWords: [String: String?] = [:]
        for mention in full {
            // "Crown Prince Muhammad" after "Muhammad Bin Salman", whom the gazetteer lists as "Mohammed bin Salman":
            // the given name as the report wrote it too.
            for written in mention.span.text == mention.name ? [mention.name] : [mention.name, mention.span.text] {
                let parts = written.split(separator: " ")
                guard parts.count == 2 || (parts.count >= 3 && Offices.patronymicParticles.contains(parts[1].lowercased())), let first = parts.first.map(String.init),
                    surnames[first] == nil, Gazetteer.phrases[[first]] == nil, !Offices.notNames.contains(first)
                else { continue }
                firstWords[first] = firstWords[first].map { $0 == mention.name ? $0 : nil } ?? mention.name
            }
        }
        for case let (word, name?) in firstWords { surnames[word] = name }
        // "“…,” Misri said." with Misri never named in full: someone still spoke, by that name. Not
        // initials ("SANA said"), a word the report also writes in lower case ("Sources said"), nor
        // a surname misspelt by a letter ("Hochsten" after "Amos Hochstein").
        if !unnamed.isEmpty {
            // Nor a word a report writes after "the" ("the Board said"): people are named without an article.
            var lowerCase: Set<String> = []
            for paragraph in paragraphs {
                let words = Tokenizer.words(in: paragraph)
                for (index, word) in words.enumerated() {
                    if !word.isCapitalised { lowerCase.insert(word.folded) }
                    if word.isCapitalised, index > 0, words[index - 1].folded == "the" { lowerCase.insert(word.folded) }
                }
            }
            for word in unnamed where surnames[word] == nil && word.contains(where: \.isLowercase) && !lowerCase.contains(word.lowercased()) {
                let misspelt = full.first { Gazetteer.isMisspelling(word, ofSurnameIn: $0.name) }
                surnames[word] = misspelt?.name ?? word
            }
        }
        // On bytes: Foundation's substring search is slow for one character.
        func isSeveralWords(_ name: String) -> Bool { name.utf8.contains(UInt8(ascii: " ")) }
        full = full.map { mention in
            var resolved = mention
            if let name = surnames[mention.name], name != mention.name, isSeveralWords(mention.name) { resolved.name = name }
            return resolved
        }
        // "President Putin" after "Vladimir Putin": the same person.
        var all = full.map { mention in
            var resolved = mention
            if !isSeveralWords(mention.name), let name = surnames[mention.name] { resolved.name = name }
            return resolved
        }
        let known = knownPeople(in: paragraphs, besides: [], namedInFull: full)
        // Looked up once per name found, so built once: reports can hold thousands of names.
        // A known person's name is one mention: "Yi" of "Wang Yi" is no surname standing alone.
        let named = SpanCover(full.map(\.span) + known.map(\.span))
        for paragraph in paragraphs {
            let words = Tokenizer.words(in: paragraph)
            for (index, word) in words.enumerated() where word.isCapitalised || word.hasHyphen {
                guard let name = surnames[word.text] ?? (word.hasHyphen ? surnames[Gazetteer.withoutParticle(word.text)] : nil) else { continue }
                let located = paragraph.span(from: word, to: word)
                guard !named.covers(located.start) else { continue }
                // "Mohamed Bashir Ahmed" is not "Ahmed" of "Ahmed bin Abdullah al-Mahmoud": the last word of a
                // longer name nobody resolved; a title ("President Clinton") or a sentence's opening word ("But Annan") may stand before.
                if index > 0, case let previous = words[index - 1], previous.isCapitalised, previous.isFollowedBySpaces(then: word, in: paragraph.text),
                    !previous.classes.contains(.officeStart), !Offices.honorificsInNames.contains(previous.folded),
                    !ForeignPassages.englishWords.contains(previous.folded), !Offices.courtesyTitles.contains(previous.folded),
                    // "Then Clinton, French President Jacques Chirac …".
                    !Offices.notNames.contains(previous.text)
                {
                    continue
                }
                all.append(
                    PersonMention(
                        name: name, office: nil, state: nil, span: located,
                        isPossessive: word.isPossessive))
            }
        }
        // "Egyptian President Abdel Fattah el-Sisi": the gazetteer's longer name wins over a name cut short.
        let knownByStart = Dictionary(known.map { ($0.span.start, $0) }, uniquingKeysWith: { first, _ in first })
        // "King Hussein": an alias that holds the title the name was found under.
        let knownByEnd = Dictionary(known.map { ($0.span.end, $0) }, uniquingKeysWith: { first, _ in first })
        all = all.map { mention in
            if let holding = knownByEnd[mention.span.end], holding.span.start < mention.span.start {
                var extended = holding
                extended.office = mention.office
                extended.state = mention.state ?? holding.state
                return extended
            }
            guard let longer = knownByStart[mention.span.start], longer.span.end > mention.span.end else { return mention }
            var extended = longer
            extended.office = mention.office
            extended.state = mention.state ?? longer.state
            return extended
        }
        let found = SpanCover(all.map(\.span))
        all += known.filter { !found.covers($0.span.start) }
        // Names of places and organisations are not people ("the United Nations said").
        // Names repeat: each is split and looked up once.
        var wordsOfName: [String: [String]] = [:]
        func words(of name: String) -> [String] {
            if let words = wordsOfName[name] { return words }
            let words = Tokenizer.words(in: name).map(\.text)
            wordsOfName[name] = words
            return words
        }
        all.removeAll { Gazetteer.phrases[words(of: $0.name)] != nil }
        // "the Economic Community of West African States said": words inside a body's name.
        let organisationNames = SpanCover(organisations.map(\.span))
        all.removeAll { organisationNames.covers($0.span.start) }
        // A person the gazetteer knows keeps one name and gets its state when the report gave none.
        let unresolvedNames = all.map(\.name)
        all = all.map { mention in
            guard let known = Gazetteer.personPhrases[words(of: mention.name)] ?? Gazetteer.knownPerson(spelledDifferently: words(of: mention.name))
                ?? mention.office.flatMap({ isSeveralWords(mention.name) ? nil : Gazetteer.knownPerson(surname: mention.name, title: $0) })
            else { return mention }
            var resolved = mention
            resolved.name = known.name
            resolved.state = mention.state ?? known.state
            return resolved
        }
        // "Clinton" after "President Clinton": the surname alone is the one the title picked out among those who bear it.
        let pickedByTitle = Dictionary(
            zip(unresolvedNames, all).filter { name, mention in !isSeveralWords(name) && mention.name != name }.map { name, mention in (name, mention) },
            uniquingKeysWith: { first, _ in first })
        all = all.map { mention in
            guard !isSeveralWords(mention.name), let picked = pickedByTitle[mention.name] else { return mention }
            var resolved = mention
            resolved.name = picked.name
            resolved.state = mention.state ?? picked.state
            return resolved
        }
        // "rebel leader Riek Machar": whom the report calls a rebel or the opposition speaks for no state in
        // it, whatever office the gazetteer gives him now.
        let opposed = Set(all.filter { $0.office.map(Offices.isOpposition) ?? false }.map(\.name))
        if !opposed.isEmpty {
            all = all.map { mention in
                var resolved = mention
                if opposed.contains(mention.name) { resolved.state = nil }
                return resolved
            }
        }
        all = withPossessiveStates(all, in: paragraphs, states: states)
        all = withDelegationLeaders(all, in: paragraphs, states: states, organisations: organisations)
        // "Hun Manet said" after "Cambodian Prime Minister Hun Manet": the state the report gave the name earlier.
        var stateOfPerson: [String: String] = [:]
        var organisationOfPerson: [String: String] = [:]
        for mention in all.sorted(by: { $0.span.start < $1.span.start }) {
            if let state = mention.state, stateOfPerson[mention.name] == nil { stateOfPerson[mention.name] = state }
            if let organisation = mention.organisation, organisationOfPerson[mention.name] == nil { organisationOfPerson[mention.name] = organisation }
        }
        all = all.map { mention in
            var resolved = mention
            if resolved.state == nil { resolved.state = stateOfPerson[mention.name] }
            if resolved.state == nil, resolved.organisation == nil { resolved.organisation = organisationOfPerson[mention.name] }
            return resolved
        }
        // Past the names given again: the house codes "De Mistura proposed", after "U.N. envoy Staffan de
        // Mistura", as the envoy's own act.
        all = withBodiesBeforeOffices(all, in: paragraphs, organisations: organisations)
        return all.sorted { $0.span.start < $1.span.start }
    }

    /// "Ukraine’s Petro Poroshenko": a state named, possessive, just before a name given no state is theirs.
    private static func withPossessiveStates(_ mentions: [PersonMention], in paragraphs: [TextSpan], states: [StateMention]) -> [PersonMention] {
        let namesByEnd = Dictionary(states.filter { $0.form == .name }.map { ($0.span.end, $0) }, uniquingKeysWith: { first, _ in first })
        guard !namesByEnd.isEmpty else { return mentions }
        return mentions.map { mention in
            guard mention.state == nil, let state = namesByEnd[mention.span.start - 3],
                let paragraph = paragraphs.first(where: { $0.start <= state.span.start && mention.span.end <= $0.end }),
                ["’s ", "'s "].contains(paragraph.text.utf16Slice(from: state.span.end - paragraph.start, to: mention.span.start - paragraph.start))
            else { return mention }
            var resolved = mention
            resolved.state = state.state
            return resolved
        }
    }

    /// "replacing Getachew Reda … Getachew, who signed the deal": a name given in full without a
    /// title, known by its short form that later speaks or is described. Returns those names and
    /// the short forms that stand for them.
    /// Also the short forms that no name in full accounts for.
    static func namesGivenInFull(
        in paragraphs: [TextSpan], besides found: [PersonMention]
    ) -> ([PersonMention], [String: String], unnamed: Set<String>) {
        let shortForms = speakingShortForms(in: paragraphs, besides: found)
        guard !shortForms.isEmpty else { return ([], [:], []) }
        var mentions: [PersonMention] = []
        var names: [String: String] = [:]
        for paragraph in paragraphs {
            let words = Tokenizer.words(in: paragraph)
            let text = paragraph.text
            var index = 0
            while index < words.count {
                guard mayBeName(words[index]), index == 0 || !words[index - 1].isCapitalised else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < words.count, words[end].isNamePart, !words[end - 1].isPossessive, words[end - 1].isFollowedBySpaces(then: words[end], in: text) {
                    end += 1
                }
                let run = words[index..<end]
                let shortForm = [run.first!.text, run.last!.text].first(where: shortForms.contains)
                if (2...3).contains(run.count), let shortForm, names[shortForm] == nil, run.allSatisfy(mayBeName),
                    Gazetteer.phrases[run.map(\.text)] == nil
                {
                    let located = paragraph.span(from: run.first!, to: run.last!)
                    names[shortForm] = located.text
                    mentions.append(PersonMention(name: located.text, office: nil, state: nil, span: located, isPossessive: run.last!.isPossessive))
                }
                index = end
            }
        }
        return (mentions, names, shortForms.subtracting(names.keys))
    }

    /// A word that may be part of a person's name: not a title, a place, a body or a function word.
    private static func mayBeName(_ word: Word) -> Bool {
        word.isCapitalised && !Offices.notNames.contains(word.text) && Offices.titlesByFirstWord[word.folded] == nil
            && Gazetteer.phrases[[word.text]] == nil
    }

    /// Single capitalised words that speak ("Getachew said") or are described ("Getachew, who …")
    /// and are no part of a name found already.
    private static func speakingShortForms(in paragraphs: [TextSpan], besides found: [PersonMention]) -> Set<String> {
        // "Mr Adams" alone names nobody in full: the name it stands for may be given elsewhere.
        lazy var namedWords = Set(
            found.filter { !($0.office.map { Offices.courtesyTitles.contains($0.lowercased()) } ?? false) || $0.name.contains(" ") }
                .flatMap { $0.name.split(separator: " ").map(String.init) })
        var shortForms: Set<String> = []
        for paragraph in paragraphs {
            let words = Tokenizer.words(in: paragraph)
            let text = paragraph.text
            for (index, word) in words.enumerated() where word.isCapitalised && !word.isPossessive {
                // What speaks or is described first: most capitalised words do neither, and are passed over cheaply.
                // "occupy Gaza, saying": a place before a comma and a participle does not speak.
                // "former Soviet states": the verb is a noun as often as not.
                let speaks = index + 1 < words.count && Offices.speechVerbs.contains(words[index + 1].folded)
                    && word.isFollowedBySpaces(then: words[index + 1], in: text) && words[index + 1].folded != "states"
                // "Mr Adams and the Sinn Fein team began to re-negotiate": a courtesy title calls a person by surname.
                let isCalledBySurname = index > 0 && Offices.courtesyTitles.contains(words[index - 1].folded)
                guard speaks || isCalledBySurname || text.utf8[word.range.upperBound...].starts(with: ", who ".utf8) else { continue }
                if !isCalledBySurname, index > 0, words[index - 1].isCapitalised, words[index - 1].isFollowedBySpaces(then: word, in: text) { continue }
                if index + 1 < words.count, words[index + 1].isCapitalised, word.isFollowedBySpaces(then: words[index + 1], in: text) { continue }
                if isCountedPeople(index, in: words) { continue }
                if mayBeName(word), !namedWords.contains(word.text) { shortForms.insert(word.text) }
            }
        }
        return shortForms
    }

    /// "the 3.2 million minority Tamils, who are mostly Hindu": a people counted, in the plural, is nobody's name.
    private static func isCountedPeople(_ index: Int, in words: [Word]) -> Bool {
        guard words[index].text.hasSuffix("s") else { return false }
        return words[max(0, index - 2)..<index].contains { word in
            countWords.contains(word.folded) || word.text.first.map { $0.isASCII && $0.isNumber } == true
        }
    }

    private static let countWords: WordTable<Void> = ["million", "millions", "thousand", "thousands", "hundred", "hundreds", "dozens", "billion"]

    /// What follows a name to tell a son from his father.
    private static let generationalSuffixes: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]

    /// Mentions of people the gazetteer lists, by full name or alias, where no other mention is.
    static func knownPeople(in paragraphs: [TextSpan], besides found: [PersonMention], namedInFull: [PersonMention] = []) -> [PersonMention] {
        let fullNames = Set(namedInFull.map(\.name))
        let surnamesInFull = Set(fullNames.compactMap { name in name.lastIndex(of: " ").map { String(name[name.index(after: $0)...]) } })
        var mentions: [PersonMention] = []
        for paragraph in paragraphs {
            let words = Tokenizer.words(in: paragraph)
            var index = 0
            while index < words.count {
                guard words[index].isCapitalised || words[index].folded == "von" || words[index].isNamePart else {
                    index += 1
                    continue
                }
                let longest = Gazetteer.longestPersonPhraseByFirstWord[words[index].text] ?? 0
                guard let (length, person) = Gazetteer.personPhrases.longestMatch(at: index, in: words, longest: longest) else {
                    index += 1
                    continue
                }
                // "Rahmatullah Najib" is not Najib Razak: a one-word short form after a name word is another's surname.
                // (Not after a particle of the name itself: "Fayez Al Sarraj".)
                if length == 1, index > 0, case let previous = words[index - 1], previous.isCapitalised, !previous.isPossessive,
                    !Offices.nameParticles.contains(previous.folded),
                    previous.isFollowedBySpaces(then: words[index], in: paragraph.text), !Offices.notNames.contains(previous.text),
                    Gazetteer.phrases[[previous.text]] == nil, !previous.classes.contains(.officeStart),
                    Gazetteer.personPhrases.longestMatch(at: index - 1, in: words, longest: Gazetteer.longestPersonPhraseByFirstWord[previous.text] ?? 0) == nil
                {
                    index += 1
                    continue
                }
                // "Maj. Gen. Michel Aoun … Aoun, 54, who declared": a surname the report gave another in full is theirs, not
                // the gazetteer's Joseph Aoun.
                if length == 1, surnamesInFull.contains(words[index].text), !fullNames.contains(person.name) {
                    index += 1
                    continue
                }
                // "Anwar Gargash" is not "Anwar" Ibrahim: a short form that a further name word follows is part of another name.
                let end = index + length
                if end < words.count, words[end].isCapitalised, words[end - 1].isFollowedBySpaces(then: words[end], in: paragraph.text),
                    !Offices.notNames.contains(words[end].text), Gazetteer.phrases[[words[end].text]] == nil,
                    !words[end].classes.contains(.officeStart)
                {
                    index = end
                    continue
                }
                let located = paragraph.span(from: words[index], to: words[index + length - 1])
                if !found.contains(where: { $0.span.start <= located.start && located.start < $0.span.end }) {
                    mentions.append(
                        PersonMention(
                            name: person.name, office: nil, state: person.state, span: located,
                            isPossessive: words[index + length - 1].isPossessive))
                }
                index += length
            }
        }
        return mentions
    }

    /// The people named in `span`, in order.
    public static func mentions(in span: TextSpan, states: [StateMention] = []) -> [PersonMention] {
        let text = span.text
        let words = Tokenizer.words(in: span)
        var mentions: [PersonMention] = []
        var index = 0
        while index < words.count {
            if let (pair, end) = pairUnderPluralOffice(at: index, in: words, span: span, states: states) {
                mentions += pair
                index = end
                continue
            }
            // "U.S. special envoy for hostage affairs Adam Boehler": the office's remit may stand before the name.
            if let (officeLength, plainOffice) = stackedOffice(at: index, in: words, text: text),
                let (nameStart, nameEnd) = nameEnd(from: index + officeLength, in: words, text: text).map({ (index + officeLength, $0) })
                    ?? officeWithRemit(at: index, in: words, text: text),
                // "marched to the General Cemetery": a rank after an article, then one word, names a place.
                !(index > 0 && words[index - 1].folded == "the" && nameEnd - nameStart == 1 && Offices.ranks.contains(plainOffice.lowercased())),
                // "effective from 5:00 PM IST": after a clock time, "PM" is the afternoon, not a prime minister.
                !(index > 0 && words[index].folded == "pm" && words[index - 1].text.first?.isNumber == true),
                // "the Sharm El Sheikh Peace Summit": a title after a particle ends a place's name.
                !(index > 0 && words[index].folded == "sheikh" && ["el", "al"].contains(words[index - 1].folded))
            {
                let office = nameStart == index + officeLength ? plainOffice : words[index..<nameStart].map(\.text).joined(separator: " ")
                var found = PersonMention(name: "", office: office, span: span.span(from: words[nameStart], to: words[nameEnd - 1]))
                // "Pope Francis": a pope is named by the title and the name taken with it.
                if Offices.titlesOfTheName.contains(plainOffice.lowercased()), nameStart == index + officeLength {
                    found.span = span.span(from: words[index], to: words[nameEnd - 1])
                }
                found.name = found.span.text
                found.isPossessive = words[nameEnd - 1].isPossessive
                // "Russian President …", "Kremlin spokesperson …": the state just before the office.
                let officeStart = span.start + words[index].utf16Range.lowerBound
                // "Thailand's acting Prime Minister …": a word qualifying the office may stand between.
                let qualified = index > 0 && Offices.officeQualifiers.contains(words[index - 1].folded)
                let stateEnd = qualified ? span.start + words[index - 1].utf16Range.lowerBound : officeStart
                let officeState = states.last { state in
                    state.span.end <= stateEnd
                        && (stateEnd - state.span.end <= 1
                            || (stateEnd - state.span.end <= 3 && ["’s ", "'s "].contains(text.utf16Slice(from: state.span.end - span.start, to: stateEnd - span.start)))
                            || isPortfolio(text.utf16Slice(from: state.span.end - span.start, to: stateEnd - span.start)))
                }
                // "Turkish Cypriot leader", "Bosnian Serb leader": two peoples' names in a row name a
                // community, which speaks for neither state.
                let isCommunity = officeState.map { office in
                    states.contains { $0.span.end < office.span.start && office.span.start - $0.span.end == 1 && $0.state != office.state }
                } ?? false
                // "Burundi peace mediator Nelson Mandela": a state's name, not its adjective, before a
                // mediator is what the mediation is about.
                let isRemit = officeState.map { $0.form == .name && text.utf16Slice(from: $0.span.end - span.start, to: stateEnd - span.start).hasPrefix(" ") } == true
                    && EventLexicon.mediatorNouns.contains(words[index + officeLength - 1].folded)
                found.state = isCommunity || isRemit ? nil : officeState?.state ?? ledDelegationState(before: officeStart, in: span, states: states)
                // "rebel leader Riek Machar": what the office is held against belongs to it.
                if index > 0, Offices.oppositionWords.contains(words[index - 1].folded) { found.office = words[index - 1].text + " " + office }
                // "Kenya's former president Uhuru Kenyatta": an office no longer held is written so (its state stays theirs).
                if index > 0, words[index - 1].folded == "former" || words[index - 1].folded == "ex" { found.office = "former " + office }
                if found.state == nil, words[index + officeLength].folded == "of" { found.state = stateOfOffice(office) }
                // "Taoiseach Bertie Ahern": a title only one state gives is that state's.
                if found.state == nil, let code = Gazetteer.seats[office] { found.state = code }
                // "Mr. Jan Petersen, Foreign Minister of Norway": a courtesy title is no office; the apposition names it.
                // A surname alone keeps the title, by which the gazetteer tells whose it is ("Mr Annan").
                if Offices.courtesyTitles.contains(plainOffice.lowercased()), nameStart == index + officeLength, nameEnd - nameStart >= 2,
                    let apposed = apposition(
                        after: words[nameEnd - 1].range.upperBound, in: text,
                        ledByOffice: isOfficeApposition(at: nameEnd, in: words, text: text) || isStateOfficeApposition(at: nameEnd, in: words, text: text))
                {
                    found.office = apposed
                    found.state = stateOfOffice(apposed) ?? found.state
                }
                // "President Joaquim Chissano of Mozambique": the state after the name.
                if found.state == nil { found.state = stateAfterName(nameStart, nameEnd, in: words, span: span, states: states, text: text) }
                mentions.append(found)
                index = nameEnd
                continue
            }
            // "the Middle East, who …": people are named without an article; "to Malaysia Ouyang Yujing":
            // a place after its preposition is not the first word of the name after it.
            if let nameEnd = nameEnd(from: index, in: words, text: text), nameEnd - index >= 2, index == 0 || words[index - 1].folded != "the",
                !(index > 0 && EventLexicon.remitPrepositions.contains(words[index - 1].folded) && Gazetteer.phrases[[words[index].text]] != nil),
                !isRemitOfOffice(at: index, in: words),
                // "Serbian Vučić said": a state's adjective before a name is no part of it.
                !Gazetteer.isStateAdjective([words[index].text]),
                // "the High Council for National Reconciliation, Taliban deputy leader …": the end of a body's name, no one's.
                !Offices.remitEndings.contains(words[nameEnd - 1].text)
            {
                let namedAfterSaying = isNamedAfterSaying(index, nameEnd, in: words, text: text)
                guard namedAfterSaying || isFollowedBySpeechOrApposition(nameEnd, in: words, text: text) || isLeaderAfterBy(index, nameEnd, in: words)
                    || isNamedAsDead(index, nameEnd, in: words)
                    || isAppositionToOffice(index, nameEnd, in: words, text: text)
                    || isOwnedByState(index, nameEnd, in: words, span: span, states: states, text: text)
                    || stateAfterName(index, nameEnd, in: words, span: span, states: states, text: text) != nil
                else {
                    index += 1
                    continue
                }
                let located = span.span(from: words[index], to: words[nameEnd - 1])
                // "said Pablo Beltran, chief ELN negotiator": what follows the name there is the office.
                let office = apposition(
                    after: words[nameEnd - 1].range.upperBound, in: text,
                    ledByOffice: namedAfterSaying || isOfficeApposition(at: nameEnd, in: words, text: text)
                        || isStateOfficeApposition(at: nameEnd, in: words, text: text))
                // "the Director of the National Intelligence Organisation of Türkiye, Ibrahim Kalin,": the office set off before the name.
                // "The deputy leader of the Tajik opposition, Akbar Turajonzadeh": an office held against the state gives none.
                let officeBefore = office == nil ? officeBeforeApposition(index, nameEnd, in: words, text: text).map { start in
                    String(text[words[start].range.lowerBound..<words[index - 1].range.upperBound])
                }.flatMap { Offices.isOpposition($0) ? nil : $0 } : nil
                let state = (office ?? officeBefore).flatMap(stateOfOffice) ?? stateAfterName(index, nameEnd, in: words, span: span, states: states, text: text)
                    ?? ledDelegationState(before: located.start, in: span, states: states)
                mentions.append(PersonMention(name: located.text, office: office, state: state, span: located))
                index = nameEnd
                continue
            }
            index += 1
        }
        return mentions
    }

    /// "Congolese and Rwandan foreign ministers Thérèse Kayikwamba Wagner and Olivier Nduhungirehe":
    /// one office in the plural before two names, each of the state named in the same place in a
    /// pair before it. The two people and where the names end.
    private static func pairUnderPluralOffice(at index: Int, in words: [Word], span: TextSpan, states: [StateMention]) -> ([PersonMention], Int)? {
        guard words[index].classes.contains(.pluralOfficeStart),
            let title = Offices.pluralTitlesByFirstWord[words[index].folded]?.first(where: { title in
                index + title.count <= words.count && title.indices.allSatisfy { words[index + $0].folded == title[$0] }
            })
        else { return nil }
        let length = title.count
        let text = span.text
        // "Presidents Paul Kagame of Rwanda and Joseph Kabila of the DRC": each name's own state after "of".
        func ownState(after end: Int) -> (code: String, next: Int)? {
            guard end < words.count, words[end].folded == "of" else { return nil }
            let offset = span.start + words[end].utf16Range.upperBound
            guard let state = states.first(where: { $0.span.start > offset && $0.span.start - offset <= 5 && $0.form == .name }) else { return nil }
            return (state.state, words.firstIndex { span.start + $0.utf16Range.lowerBound >= state.span.end } ?? words.count)
        }
        guard let firstEnd = nameEnd(from: index + length, in: words, text: text), firstEnd - index - length >= 2 else { return nil }
        let firstState = ownState(after: firstEnd)
        // "Rebel commanders Rolando Moran, Pablo Monsanto, Carlos Gonzalez and Jorge Rosal": a list before the last "and".
        var listed: [(Int, Int)] = []
        var and = firstState?.next ?? firstEnd
        while firstState == nil, and + 1 < words.count, text[words[and - 1].range.upperBound..<words[and].range.lowerBound] == ", ",
            let end = nameEnd(from: and, in: words, text: text), end - and >= 2
        {
            listed.append((and, end))
            and = end
        }
        guard and + 1 < words.count, words[and].folded == "and", let secondEnd = nameEnd(from: and + 1, in: words, text: text),
            secondEnd - and - 1 >= 2
        else { return nil }
        let secondState = firstState == nil ? nil : ownState(after: secondEnd)
        // "Congolese and Rwandan": the states in the order of the names.
        let officeStart = span.start + words[index].utf16Range.lowerBound
        let before = Array(states.filter { $0.span.end <= officeStart && officeStart - $0.span.end <= 30 && $0.span.start >= span.start }.suffix(2))
        let paired = before.count == 2 && officeStart - before.last!.span.end <= 1
            && text.utf16Slice(from: before.first!.span.end - span.start, to: before.last!.span.start - span.start) == " and "
        let office = words[index..<(index + length)].map(\.text).joined(separator: " ").dropLast()
        let names = [(index + length, firstEnd)] + listed + [(and + 1, secondEnd)]
        let ownStates = [firstState?.code] + listed.map { _ in nil } + [secondState?.code]
        let people = names.enumerated().map { position, name in
            let located = span.span(from: words[name.0], to: words[name.1 - 1])
            return PersonMention(
                name: located.text, office: String(office), state: paired && names.count == 2 ? before[position].state : ownStates[position], span: located,
                isPossessive: words[name.1 - 1].isPossessive)
        }
        return (people, secondState?.next ?? secondEnd)
    }

    /// "“…,” said Pablo Beltran, chief ELN negotiator.": a name straight after a verb of saying,
    /// closing its clause, is who spoke.
    private static func isNamedAfterSaying(_ start: Int, _ end: Int, in words: [Word], text: String) -> Bool {
        guard start > 0, Offices.speakerNamingVerbs.contains(words[start - 1].folded), Gazetteer.phrases[words[start..<end].map(\.text)] == nil else {
            return false
        }
        let rest = text[words[end - 1].range.upperBound...]
        return rest.isEmpty || rest.hasPrefix(",") || rest.hasPrefix(".")
    }

    /// An office, its remit after "for" or "on" in a few lower-case words, then a name of two
    /// words or more: where the name starts and ends (exclusive).
    private static func officeWithRemit(at index: Int, in words: [Word], text: String) -> (Int, Int)? {
        guard let (length, _) = office(at: index, in: words), index + length + 2 < words.count,
            ["for", "on", "to", "of"].contains(words[index + length].folded)
        else { return nil }
        var start = index + length + 1
        while start < words.count, start - index - length <= 4, !words[start].isCapitalised { start += 1 }
        // "Minister of State for Foreign Affairs Anwar Gargash", "Minister of Strategic Affairs Ron Dermer": a portfolio
        // written with capitals is the remit too.
        if words[index + length].folded == "for" || words[index + length].folded == "of" {
            while start < words.count, start - index - length <= 4, words[start].isCapitalised, Offices.portfolioWords.contains(words[start].folded) { start += 1 }
            if words[index + length].folded == "of", start > index + length + 1, let end = nameEnd(from: start, in: words, text: text), end - start >= 2,
                Gazetteer.phrases[words[start..<end].map(\.text)] == nil
            {
                return (start, end)
            }
        }
        if let name = nameAfterPlace(at: start, in: words, text: text) { return name }
        // "Envoy for the Western Balkans Gabriel Escobar", "envoy for the Horn of Africa Mike Hammer": a region whose
        // name ends as remits do, then the holder's name.
        if ["for", "on"].contains(words[index + length].folded) {
            var end = start
            while end < words.count, end - start < 6, words[end].isCapitalised || words[end].folded == "of" && end + 1 < words.count && words[end + 1].isCapitalised {
                // ("Minister of State for Europe, North America and overseas territories": a list of regions goes on.)
                if Offices.remitEndings.contains(words[end].text), end + 1 < words.count, words[end].isFollowedBySpaces(then: words[end + 1], in: text),
                    let nameEnd = nameEnd(from: end + 1, in: words, text: text), nameEnd - end - 1 >= 2
                {
                    return (end + 1, nameEnd)
                }
                end += 1
            }
        }
        // "Deputy Commissioner of Rangamati Mizanur Rahman", "Minister of Defence Lloyd Austin": a place or a portfolio of
        // one word the gazetteer does not know, then its holder's name of two words, and the sentence goes on.
        if words[index + length].folded == "of", start == index + length + 1, start + 3 <= words.count,
            words[start..<(start + 3)].allSatisfy(\.isCapitalised), start + 3 == words.count || !words[start + 3].isCapitalised,
            words[start].isFollowedBySpaces(then: words[start + 1], in: text), !Offices.notNames.contains(words[start + 1].text),
            nameEnd(from: start + 1, in: words, text: text) == start + 3
        {
            return (start + 1, start + 3)
        }
        // "the head of the opposition delegation Akbar Turajonzade": a delegation or group the office leads, then its holder.
        if words[index + length].folded == "of", words[index + length + 1].folded == "the", (index + length + 3...index + length + 5).contains(start),
            start < words.count, EventLexicon.delegationNouns.contains(words[start - 1].folded) || EventLexicon.groupNouns.contains(words[start - 1].folded),
            words[start - 1].isFollowedBySpaces(then: words[start], in: text), let end = nameEnd(from: start, in: words, text: text), (2...3).contains(end - start),
            Gazetteer.phrases[words[start..<end].map(\.text)] == nil, !words[start..<end].contains(where: { Gazetteer.phrases[[$0.text]] != nil })
        {
            return (start, end)
        }
        // "Prime Minister of Kosovo Albin Kurti": after "of", only a place.
        guard words[index + length].folded != "of" else { return nil }
        // "regional director for the Middle East", "spokesperson for the body in New York": a remit
        // after "the" or a place's preposition is a place; people go without an article.
        guard start < words.count, words[start - 1].folded != "the", !EventLexicon.placePrepositions.contains(words[start - 1].folded),
            words[index + length].folded != "to"
        else { return nil }
        guard start < words.count, start > index + length + 1, let end = nameEnd(from: start, in: words, text: text), end - start >= 2,
            Gazetteer.phrases[words[start..<end].map(\.text)] == nil
        else { return nil }
        return (start, end)
    }

    /// "the U.N. special representative for Libya, Hanna Tetteh,": a place as the remit, then the
    /// name set off by commas. Where the name starts and ends (exclusive).
    private static func nameAfterPlace(at start: Int, in words: [Word], text: String) -> (Int, Int)? {
        guard start < words.count, let longest = Gazetteer.longestPhraseByFirstWord[words[start].text],
            let (placeLength, _) = Gazetteer.phrases.longestMatch(at: start, in: words, longest: longest)
        else { return nil }
        let nameStart = start + placeLength
        guard nameStart < words.count, let end = nameEnd(from: nameStart, in: words, text: text), end - nameStart >= 2,
            Gazetteer.phrases[words[nameStart..<end].map(\.text)] == nil
        else { return nil }
        // ", Hanna Tetteh,": set off by commas, or by a comma and the sentence's end ("the UN envoy to Tajikistan,
        // Gerd Dietrich Merrem."); "Ambassador to Malaysia Edgard Kagan": straight after the place.
        let gap = text[words[nameStart - 1].range.upperBound..<words[nameStart].range.lowerBound]
        let after = text[words[end - 1].range.upperBound...]
        let endsSentence = after.hasPrefix(".") && (after.dropFirst().isEmpty || after.dropFirst().first?.isWhitespace == true)
        guard (gap == ", " && (after.hasPrefix(",") || endsSentence)) || gap == " " else { return nil }
        return (nameStart, end)
    }

    /// "Croatia’s Franjo Tudjman and …": a state named possessive, then a name of two or three words,
    /// in a list of them. Not "Israel's Iron Dome intercepted": what a state owns is named so too.
    private static func isOwnedByState(_ start: Int, _ end: Int, in words: [Word], span: TextSpan, states: [StateMention], text: String) -> Bool {
        guard start > 0, words[start - 1].isPossessive, (2...3).contains(end - start),
            states.contains(where: { $0.form == .name && $0.span.end == span.start + words[start - 1].utf16Range.upperBound }),
            // What a name ends on when it is a body's ("Venezuela's Unitary Platform") stops the name short: no
            // name of two words is left.
            words[start..<end].allSatisfy({ $0.text.count >= 3 && $0.text.dropFirst().contains(where: \.isLowercase) && Offices.titlesByFirstWord[$0.folded] == nil })
        else { return false }
        // In a list: followed by more of it, or last after "and" ("…, Niger’s Ali Zeine and Mali’s Assimi Goita initialled").
        let rest = text[words[end - 1].range.upperBound...]
        // "… and ex-Yugoslavia's Slobodan Milosevic": the state's name may be dated.
        let dated = start >= 3 && ["ex", "former"].contains(words[start - 2].folded)
        let before = dated ? start - 3 : start - 2
        let listedBefore = before >= 0 && (words[before].folded == "and" || text[words[before].range.upperBound..<words[before + 1].range.lowerBound].hasPrefix(","))
        // "… heads of state - including Cuba’s Fidel Castro - at the gathering": an aside's dash closes it too.
        return rest.hasPrefix(",") || rest.hasPrefix(" and ") || listedBefore || before >= 0 && ["including", "includes"].contains(words[before].folded)
            && [" - ", " — ", " – ", ")"].contains(where: rest.hasPrefix)
    }

    /// "Omar el-Bashir of Sudan, Mwai Kibaki of Kenya and …": a name, then "of" and a state's name, in a
    /// list of them. The state.
    private static func stateAfterName(_ start: Int, _ end: Int, in words: [Word], span: TextSpan, states: [StateMention], text: String) -> String? {
        guard (2...3).contains(end - start), end + 1 < words.count, words[end].folded == "of",
            words[start..<end].allSatisfy({ $0.text.count >= 2 }),
            let state = states.first(where: { $0.form == .name && $0.span.start == span.start + words[end + 1].utf16Range.lowerBound })
        else { return nil }
        let rest = text.utf16Suffix(from: state.span.end - span.start)
        // "President Tomas Okello of Uganda signed": the name's verb may follow the state too.
        let verbFollows = rest.hasPrefix(" ") && rest.dropFirst().first?.isLowercase == true && !rest.hasPrefix(" of ")
        return rest.hasPrefix(",") || rest.hasPrefix(" and ") || rest.hasPrefix(".") || verbFollows ? state.state : nil
    }

    /// "the SSOMA-Real SPLM, led by Pagan Amum", "a delegation headed by Rahmatullah Najib", "Justice and Equality
    /// Movement under Jibril Ibrahim": whoever leads something is a person, named in two or three words that
    /// name no state or body. "Under" follows a body's name, capitalised, or a group ("the faction under …").
    private static func isLeaderAfterBy(_ start: Int, _ end: Int, in words: [Word]) -> Bool {
        guard start >= 2, (2...3).contains(end - start) else { return false }
        let isLedBy = words[start - 1].folded == "by" && Offices.leadingParticiples.contains(words[start - 2].folded)
        let isUnder = words[start - 1].folded == "under" && (words[start - 2].isCapitalised || isLedGroup(words[start - 2].folded))
        guard isLedBy || isUnder else { return false }
        return (start..<end).allSatisfy { Gazetteer.phrases[[words[$0].text]] == nil } && Gazetteer.phrases[words[start..<end].map(\.text)] == nil
    }

    /// "represented by the late Son San": whom a report calls the late is a person, named in two or three
    /// words that name no state or body.
    private static func isNamedAsDead(_ start: Int, _ end: Int, in words: [Word]) -> Bool {
        guard start >= 2, (2...3).contains(end - start), words[start - 1].folded == "late", words[start - 2].folded == "the" else { return false }
        return (start..<end).allSatisfy { Gazetteer.phrases[[words[$0].text]] == nil } && Gazetteer.phrases[words[start..<end].map(\.text)] == nil
    }

    /// A group that someone is "under": an armed or political one, or a state's forces or government.
    private static func isLedGroup(_ word: String) -> Bool {
        EventLexicon.groupNouns.contains(word) || EventLexicon.factionNouns.contains(word) || ["wing", "forces", "government", "army", "coalition"].contains(word)
    }

    /// "Under-Secretary-General for Peace Operations", "the Director Generals of Military Operations": capitalised
    /// words after an office and "for" or "of" are its remit, not a name.
    private static func isRemitOfOffice(at index: Int, in words: [Word]) -> Bool {
        guard index >= 2 else { return false }
        if words[index - 1].folded == "for" { return words[index - 2].classes.contains(.officeStart) && office(at: index - 2, in: words) != nil }
        // After "of", an office in the plural: the singular ("Minister of Kosovo Albin Kurti") names a place before a name.
        guard words[index - 1].folded == "of", case let plural = words[index - 2].folded, plural.hasSuffix("s") else { return false }
        let singular = String(plural.dropLast())
        return Offices.titlesByFirstWord[singular]?.contains([singular]) == true
    }

    /// "the UAE’s foreign minister Sheikh Abdullah bin Zayed": an office, then an honorific or rank
    /// of the same person before a name of two words or more ("Prime Minister Sheikh Hasina" is her name).
    private static func stackedOffice(at index: Int, in words: [Word], text: String) -> (Int, String)? {
        guard var (length, title) = office(at: index, in: words) else { return nil }
        while index + length < words.count, words[index + length].isCapitalised, let (more, next) = office(at: index + length, in: words),
            let end = nameEnd(from: index + length + more, in: words, text: text), end - index - length - more >= 2
        {
            length += more
            title += " " + next
        }
        return (length, title)
    }

    /// The office words starting at `index`, longest match first.
    private static func office(at index: Int, in words: [Word]) -> (Int, String)? {
        // "HE Sheikh Mohammed": "His Excellency" in capitals, as Gulf papers style it; "he" folded is a pronoun.
        if words[index].text == "HE", index + 1 < words.count, words[index + 1].isCapitalised { return (1, "HE") }
        guard words[index].classes.contains(.officeStart), let length = Offices.titleLength(opening: words[index...].lazy.map(\.folded)) else { return nil }
        return (length, words[index..<(index + length)].map(\.text).joined(separator: " "))
    }

    /// The end (exclusive) of a name of one to four capitalised words starting at `start`.
    private static func nameEnd(from start: Int, in words: [Word], text: String) -> Int? {
        // A name opens with a capital: most words are passed over here.
        guard start < words.count, words[start].isCapitalised else { return nil }
        // "Presidents Yoweri Museveni of Uganda and …": an office in the plural opens no name.
        if Offices.pluralTitlesByFirstWord[words[start].folded]?.contains([words[start].folded]) == true { return nil }
        // "Senior Gen. Min Aung Hlaing": a word qualifying the title after it is no name.
        if start + 1 < words.count, !Offices.honorificsInNames.contains(words[start + 1].folded), office(at: start + 1, in: words) != nil { return nil }
        var end = start
        var particles = 0
        // "Hamad bin Jassem bin Jabor Al Thani": a name that names a father's line may run longer.
        while end < words.count, end - start - particles < (particles > 0 ? 5 : 4) {
            let word = words[end]
            // "Hassan Sheikh Mohamud": an honorific inside a name, followed by more of the name, belongs to it.
            let isInnerHonorific = end > start && Offices.honorificsInNames.contains(word.folded) && end + 1 < words.count
                && words[end + 1].isCapitalised && office(at: end + 1, in: words) == nil
            // "Mohammed bin Abdulrahman Al Thani", "Ursula von der Leyen": particles inside a name.
            if end > start, !word.isCapitalised, Offices.nameParticles.contains(word.folded), end + 1 < words.count,
                words[end + 1].isCapitalised || Offices.nameParticles.contains(words[end + 1].folded), words[end - 1].isFollowedBySpaces(then: word, in: text)
            {
                particles += 1
                end += 1
                continue
            }
            guard word.isCapitalised || (end > start && word.isNamePart), !Offices.notNames.contains(word.text),
                !(word.hasHyphen && Offices.isJoinedParticiple(word.text)),
                office(at: end, in: words) == nil || isInnerHonorific
            else { break }
            if end > start, !words[end - 1].isFollowedBySpaces(then: word, in: text) {
                // "Samuel R. “Sandy” Berger": a nickname in quotation marks inside the name.
                guard end + 1 < words.count, words[end + 1].isCapitalised, isNickname(at: end, in: words, text: text) else { break }
                particles += 1
                end += 2
                continue
            }
            end += 1
        }
        // A name does not end on a particle.
        while end > start, !words[end - 1].isCapitalised, Offices.nameParticles.contains(words[end - 1].folded) { end -= 1 }
        // "the Houthi Supreme Political Council": words that open a body's name are no person's.
        if end > start, end < words.count, Offices.institutionWords.contains(words[end].text), words[end - 1].isFollowedBySpaces(then: words[end], in: text) {
            return nil
        }
        return end > start ? end : nil
    }

    /// A word in quotation marks between two parts of a name: “Sandy”.
    private static func isNickname(at index: Int, in words: [Word], text: String) -> Bool {
        let before = text[words[index - 1].range.upperBound..<words[index].range.lowerBound]
        let after = text[words[index].range.upperBound..<words[index + 1].range.lowerBound]
        return (before.hasSuffix(" “") && after == "” ") || (before.hasSuffix(" \"") && after == "\" ")
    }

    /// " Information ", " Foreign Affairs ": a portfolio between a state and its minister.
    private static func isPortfolio(_ gap: String) -> Bool {
        // "Eritrea's Information Minister": the owner's mark may come first.
        if gap.hasPrefix("’s ") || gap.hasPrefix("'s ") { return isPortfolio(String(gap.dropFirst(2))) }
        guard gap.hasPrefix(" "), gap.hasSuffix(" "), gap.utf16.count <= 36 else { return false }
        let words = gap.split(separator: " ")
        // "Malaysian armed forces chief", "Ukraine's human rights commissioner", "Indonesian Justice and Human Rights Minister".
        // "Colombian President Gustavo Petro and ELN leader": a title inside is another office, held by another.
        // "Kenya and President Tomas Okello": "and" alone joins a list; it names no portfolio.
        return (1...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0 == "and" || Offices.portfolioWords.contains(String($0)) }
            && !words.contains { Offices.isTitle([$0.lowercased()]) } && words.contains { $0 != "and" }
    }

    private static func isFollowedBySpeechOrApposition(_ index: Int, in words: [Word], text: String) -> Bool {
        if index < words.count, Offices.speechVerbs.contains(words[index].folded) { return true }
        // "Sidi Brahim Ould Sidati signs the Algerian Accord": who a caption says does something.
        if index < words.count, Offices.captionVerbs.contains(words[index].folded), index > 0, !words[index - 1].isPossessive {
            return true
        }
        // "Cho Myoung-gyon (left), South Korea's Unification minister, shakes hands": where a caption places someone.
        if index > 0, let marker = captionPositions.first(where: { text[words[index - 1].range.upperBound...].hasPrefix($0) }) {
            let rest = text[words[index - 1].range.upperBound...].dropFirst(marker.count)
            guard rest.hasPrefix(", ") else { return false }
            let apposition = rest.dropFirst(2).prefix { $0 != "," }
            return Tokenizer.words(in: String(apposition)).contains { !$0.isCapitalised && Offices.titlesByFirstWord[$0.folded] != nil }
        }
        // "named Maria Angela Holguin as his personal envoy": a role given to a name.
        if index < words.count, words[index].folded == "as", ((index + 1)..<min(words.count, index + 5)).contains(where: { office(at: $0, in: words) != nil }) {
            return true
        }
        // "Tar Bhone Kyaw of the Ta'ang National Liberation Army (TNLA) said": the body one speaks for, then the verb.
        if index + 2 < words.count, words[index].folded == "of", words[index + 1].folded == "the", words[index + 2].isCapitalised {
            var end = index + 2
            while end < words.count, end - index < 10, words[end].isCapitalised || words[end].folded == "of" { end += 1 }
            let gap = end < words.count ? text[words[end - 1].range.upperBound..<words[end].range.lowerBound] : ""
            if end < words.count, Offices.speechVerbs.contains(words[end].folded), !gap.contains(",") { return true }
        }
        guard index > 0 else { return false }
        let rest = text[words[index - 1].range.upperBound...]
        // "Fadoul Hissein, from the National Council for Reform, said": the body one comes from, set off.
        let isFromBody = rest.hasPrefix(", from the ") && rest.dropFirst(11).first?.isUppercase == true
        return rest.hasPrefix(", a ") || rest.hasPrefix(", the ") || rest.hasPrefix(", another ") || rest.hasPrefix(", who ") || rest.hasPrefix(", whose ")
            || isFromBody
            || isPossessiveApposition(rest)
            || (index < words.count && rest.hasPrefix(", ") && Offices.speakingParticiples.contains(words[index].folded))
            || isOfficeApposition(at: index, in: words, text: text) || isStateOfficeApposition(at: index, in: words, text: text)
    }

    /// "Musaad Al-Aiban, Saudi Minister of State, led": a state's adjective and its office, set off by commas.
    private static func isStateOfficeApposition(at index: Int, in words: [Word], text: String) -> Bool {
        guard index > 0, index + 1 < words.count, text[words[index - 1].range.upperBound..<words[index].range.lowerBound] == ", ",
            // "Jean-Pierre Lacroix, UN Under-Secretary-General for Peace Operations,": a body's office as well as a state's.
            Gazetteer.phrases[[words[index].text]] != nil, let (length, _) = office(at: index + 1, in: words)
        else { return false }
        // "Putin, Ukraine’s Petro Poroshenko, French President François Hollande and …": an office and a name is the next in a list.
        return nameEnd(from: index + 1 + length, in: words, text: text) == nil
    }

    private static let captionPositions = [" (left)", " (right)", " (centre)", " (center)", " (L)", " (R)", " (C)"]

    /// "Omer Celik, spokesman for the ruling AK Party,", "Cho Ayaba, head of the Ambazonia
    /// Governing Council,": an apposition that opens with the office itself. The office is
    /// followed by whose it is, not by a name: "Zelensky, President Macron and …" is a list.
    private static func isOfficeApposition(at index: Int, in words: [Word], text: String) -> Bool {
        guard index > 0, index < words.count, text[words[index - 1].range.upperBound..<words[index].range.lowerBound] == ", ",
            let (length, _) = office(at: index, in: words)
        else { return false }
        var end = index + length
        // "Ahmed Shide, Finance Minister and Chairman of the Somali People's Democratic Party,": two offices held.
        if end + 1 < words.count, words[end].folded == "and", let (second, _) = office(at: end + 1, in: words) { end += 1 + second }
        // A capitalised office may open the next name of a list ("Zelensky, President Macron and …"); whose
        // office it is follows it only in an apposition.
        return end < words.count && Offices.appositionLinks.contains(words[end].folded)
    }

    /// ", Washington's senior adviser for Africa,": an apposition opened by an owner's name.
    private static func isPossessiveApposition(_ rest: Substring) -> Bool {
        guard rest.hasPrefix(", ") else { return false }
        var owner = rest.dropFirst(2)
        // ", neighbouring Burkina Faso's president,": the owner placed by a word of where it lies.
        if let placing = neighbourWords.first(where: { owner.hasPrefix($0 + " ") }) { owner = owner.dropFirst(placing.count + 1) }
        guard owner.first?.isUppercase == true else { return false }
        // "South Africa's president": an owner of up to three capitalised words.
        for word in owner.prefix(while: { $0 != "," }).split(separator: " ").prefix(3) {
            if word.hasSuffix("’s") || word.hasSuffix("'s") { return true }
            if word.first?.isUppercase != true { return false }
        }
        return false
    }

    /// Words placing a state beside the one a report is about: "neighbouring Burkina Faso".
    static let neighbourWords = ["neighbouring", "neighboring"]

    /// "The United Nations envoy for Libya, Hanna Tetteh, presented": a name set off by commas
    /// after the office it holds.
    private static func isAppositionToOffice(_ start: Int, _ end: Int, in words: [Word], text: String) -> Bool {
        officeBeforeApposition(start, end, in: words, text: text) != nil
    }

    /// Where the office that a name set off by commas holds starts, before the name.
    private static func officeBeforeApposition(_ start: Int, _ end: Int, in words: [Word], text: String) -> Int? {
        guard start > 0, end < words.count, text[words[start - 1].range.upperBound..<words[start].range.lowerBound] == ", ",
            text[words[end - 1].range.upperBound...].hasPrefix(",")
        else { return nil }
        // "the commander of the Kurdish-led Syrian Democratic Forces, Mazloum Abdi,": the office's body may stand between.
        return (max(0, start - 4)..<start).first { office(at: $0, in: words) != nil }
            ?? (max(0, start - 9)..<start).first { position in
                office(at: position, in: words) != nil && position + 1 < start && Offices.appositionLinks.contains(words[position + 1].folded)
            }
    }

    /// "Ukraine's delegation, led by former Defence Minister Rustem Umerov": the state whose
    /// delegation the person leads or is one of, for a name or office at `offset` in the report.
    static func ledDelegationState(before offset: Int, in span: TextSpan, states: [StateMention]) -> String? {
        let local = offset - span.start
        let windowStart = max(0, local - 60)
        var head = span.text.utf16Slice(from: windowStart, to: local)
        if head.hasSuffix(" former ") { head.removeLast("former ".count) }
        // Past the portfolio before the office: "including intelligence chief General Asim Malik".
        while let last = head.split(separator: " ").last, head.hasSuffix(" " + last + " "), Offices.portfolioWords.contains(last.lowercased()) {
            head.removeLast(last.count + 1)
        }
        // "Pakistan’s delegation, including intelligence chief General Asim Malik": a member, as well as its leader.
        guard let link = [", led by ", ", including ", " including ", " included ", " includes "].first(where: head.hasSuffix) else { return nil }
        head.removeLast(link.count)
        guard let group = delegationWords.first(where: { head.hasSuffix(" " + $0) }) else { return nil }
        let groupStart = windowStart + head.utf16.count - group.utf16.count
        return states.last { state in
            let stateEnd = state.span.end - span.start
            return state.span.start >= span.start && stateEnd <= groupStart && groupStart - stateEnd <= 3
                && ["’s ", "'s ", " "].contains(span.text.utf16Slice(from: stateEnd, to: groupStart))
        }?.state
    }

    private static let delegationWords = ["delegation", "team", "negotiators", "side"]

    /// The state an apposition gives among its first words ("a former Malaysian diplomat", "the
    /// senior US adviser for Africa"; "a critic of Russian policy" gives none), or, when it is led
    /// by a title, anywhere but after "to", "for" or "on": "the prime minister of the
    /// Tripoli-based Government of National Unity".
    static func stateOfOffice(_ office: String) -> String? {
        let words = Tokenizer.words(in: office)
        // "chief of the Revolutionary Armed Forces of Colombia": a state named in a body's name is not whose the office is.
        let body = words.indices.first { start in
            guard words[start].isCapitalised, let longest = Gazetteer.longestPhraseByFirstWord[words[start].text],
                case .organisation? = Gazetteer.phrases.longestMatch(at: start, in: words, longest: longest)?.1
            else { return false }
            return true
        }
        let ledByTitle = words.prefix(3).contains { Offices.titlesByFirstWord[$0.folded] != nil }
        for (index, word) in words.enumerated() where (index < 3 || ledByTitle) && index < (body ?? words.count) {
            // "special envoy for the Belgrade-Pristina dialogue", "the chief mediator in Burundi's peace process": what
            // follows the remit's preposition is not whose office it is.
            if ["to", "for", "on", "in"].contains(word.folded) { break }
            // "the South African president": a state of several words.
            if word.isCapitalised, let longest = Gazetteer.longestPhraseByFirstWord[word.text], longest > 1,
                case .state(let code, _)? = Gazetteer.phrases.longestMatch(at: index, in: words, longest: longest)?.1
            {
                return code
            }
            // "deputy president of the Somali regional state": a region named after a people is inside a state, not it.
            if index + 1 < words.count, Offices.regionNouns.contains(words[index + 1].folded) { continue }
            for part in word.text.split(separator: "-") {
                if case .state(let code, _)? = Gazetteer.phrases[[String(part)]] { return code }
            }
        }
        return nil
    }

    /// A capital letter standing alone before the period at `index`: "U." and "S." of "U.S.".
    private static func isInitial(before index: Substring.Index, in text: Substring) -> Bool {
        guard index > text.startIndex else { return false }
        let letter = text.index(before: index)
        guard text[letter].isUppercase else { return false }
        return letter == text.startIndex || [" ", "."].contains(text[text.index(before: letter)])
    }

    /// "Temur Umarov, a Fellow at the Carnegie Centre think tank, noted …" → "a Fellow at the Carnegie Centre think tank".
    private static func apposition(after index: String.Index, in text: String, ledByOffice: Bool = false) -> String? {
        let rest = text[index...]
        // "Alfredo Cesar, another leader of the U.S.-supported rebels,".
        guard rest.hasPrefix(", a ") || rest.hasPrefix(", the ") || rest.hasPrefix(", another ") || isPossessiveApposition(rest) || (ledByOffice && rest.hasPrefix(", "))
        else { return nil }
        let body = rest.dropFirst(2)
        // A period ends it unless it closes an initial: "the senior U.S. adviser for Africa".
        let end = body.indices.first { index in
            switch body[index] {
            case ",", ";": return true
            case ".": return !isInitial(before: index, in: body)
            default: return false
            }
        } ?? body.endIndex
        var phrase = body[..<end]
        // "Al-Zayani, the foreign minister of Bahrain and Israeli Prime Minister Benjamin Netanyahu": a
        // long apposition that goes on with "and" lists someone else.
        if phrase.split(separator: " ").count > 10, let and = phrase.range(of: " and ") { phrase = phrase[..<and.lowerBound] }
        return phrase.split(separator: " ").count <= 10 ? String(phrase) : nil
    }
}
