/// What the finders may make of a word, looked up once when the word is split. Each finder
/// used to ask its own table about every word; most words are in none of them, and hashing a
/// word for each table was a large share of reading.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt8

    /// One of English's commonest words, which tell English from other languages.
    static let commonEnglish = WordClass(rawValue: 1 << 0)
    /// The first word of a provision cue ("ceasefire", "buffer").
    static let provisionCue = WordClass(rawValue: 1 << 1)
    /// The first word of an event rule, or a word starting an event stem ("rejected").
    static let eventWord = WordClass(rawValue: 1 << 2)
    /// The first word of an office ("president", "foreign").
    static let officeStart = WordClass(rawValue: 1 << 3)
    /// A noun that names an event or an actor without an event verb ("mediation", "proposal", "army").
    static let phraseNoun = WordClass(rawValue: 1 << 4)
    /// The first word of an office in the plural ("foreign" of "foreign ministers", "presidents").
    static let pluralOfficeStart = WordClass(rawValue: 1 << 5)
    /// What a deal is praised as ("step", "milestone"): most sentences have none.
    static let judgementNoun = WordClass(rawValue: 1 << 6)

    /// The classes of a lower-cased word, given as UTF-8 bytes.
    static func of(folded: UnsafeBufferPointer<UInt8>) -> WordClass {
        var classes = table.value(forBytes: folded) ?? []
        if EventLexicon.mayStartStem(folded) { classes.insert(.eventWord) }
        return classes
    }

    private static let table: WordTable<WordClass> = {
        var table: [String: WordClass] = [:]
        for word in ForeignPassages.englishWords { table[word, default: []].insert(.commonEnglish) }
        for word in ProvisionCues.firstWords { table[word, default: []].insert(.provisionCue) }
        for word in EventLexicon.rulesByFirstWord.keys { table[word, default: []].insert(.eventWord) }
        for word in Offices.titlesByFirstWord.keys { table[word, default: []].insert(.officeStart) }
        for word in EventLexicon.phraseNouns { table[word, default: []].insert(.phraseNoun) }
        for word in Offices.pluralTitlesByFirstWord.keys { table[word, default: []].insert(.pluralOfficeStart) }
        for word in EventLexicon.judgementNounList { table[word, default: []].insert(.judgementNoun) }
        return WordTable(table.map { ($0.key, $0.value) })
    }()
}
