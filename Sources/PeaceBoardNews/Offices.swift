/// How news writes people's offices before or after their names. Data, not logic.
enum Offices {
    /// Office words, longest first, matched case-insensitively before a name.
    static let titles: [[String]] = [
        ["secretary", "of", "state"], ["minister", "of", "state"], ["prime", "minister"], ["foreign", "minister"], ["defence", "minister"],
        ["defense", "minister"], ["finance", "minister"],
        // "Foreign Secretary Jeremy Hunt", of whom "the Foreign Secretary said" speaks.
        ["foreign", "secretary"], ["home", "secretary"], ["defence", "secretary"], ["defense", "secretary"], ["deputy", "prime", "minister"], ["secretary-general"],
        ["secretary", "general"], ["vice", "president"], ["vice-president"], ["vice-chairman"], ["vice-chair"], ["special", "envoy"], ["special", "representative"], ["national", "security", "adviser"],
        ["president"], ["chancellor"], ["minister"], ["premier"], ["spokesperson"], ["spokesman"], ["spokeswoman"],
        ["ambassador"], ["envoy"], ["king"], ["queen"], ["crown", "prince"], ["prince"], ["emir"], ["sheikh"], ["pope"], ["general"], ["gen."], ["gen"],
        ["senator"], ["sen."], ["governor"], ["mayor"], ["commander"], ["chairman"], ["chairperson"], ["chairwoman"], ["chair"], ["leader"], ["head"],
        ["negotiator"], ["mediator"], ["counterpart"], ["diplomat"], ["top", "diplomat"], ["analyst"], ["fellow"], ["director"], ["secretary"], ["mr."],
        ["mrs."], ["ms."], ["dr."], ["mr"], ["mrs"], ["ms"], ["dr"], ["prof."], ["prof"], ["professor"], ["representative"], ["commissioner"], ["adviser"], ["advisor"], ["aide"], ["chief"], ["director", "general"], ["director-general"], ["ombudsman"], ["coordinator"],
        // The abbreviations headlines and some copy use: "PM Netanyahu met President Trump", "UAE FM Abdullah bin Zayed".
        ["pm"], ["fm"],
        // An Indian state's head of government, and the initials Indian copy gives him: "J&K CM Omar Abdullah".
        ["chief", "minister"], ["cm"],
        // A body whose head is named by it ("Chief of the General Staff Valery Gerasimov", "Main Directorate Igor Kostyukov"),
        // not the rank "General" before a name "Staff Valery Gerasimov".
        ["general", "staff"], ["main", "directorate"],
        ["interlocutor"], ["speaker"], ["deputy", "speaker"], ["chief-of-staff"], ["chief", "of", "staff"],
        ["under-secretary-general"], ["deputy", "secretary-general"], ["assistant", "secretary-general"], ["high", "representative"], ["high", "commissioner"],
        // "Bernard Aronson, U.S. assistant secretary of state for Latin American affairs".
        ["assistant", "secretary", "of", "state"], ["assistant", "secretary"],
        // Military ranks and the Malay honorifics that stand before names ("Datuk Seri Anwar Ibrahim").
        ["field", "marshal"], ["marshal"], ["colonel"], ["col."], ["lieutenant", "general"], ["lt.", "gen."], ["major", "general"], ["maj.", "gen."],
        ["brigadier", "general"], ["brigadier"], ["admiral"], ["adm."], ["captain"], ["lieutenant"], ["datuk", "seri"], ["datuk"], ["dato'", "sri"], ["dato", "sri"], ["dato"], ["tan", "sri", "dato", "sri"], ["tan", "sri"],
        // Cambodian styles before a name: "Samdech Techo Hun Sen", "Samdech Krom Preah Norodom Ranariddh", "King Father Norodom Sihanouk".
        ["samdech", "akka", "moha", "sena", "padei", "techo"], ["samdech", "techo"], ["samdech", "krom", "preah"], ["samdech", "preah"], ["samdech"],
        ["king", "father"], ["queen", "mother"], ["oknha"],
        // A Malay Muslim teacher's style before a name: "Ustaz Anas Abdulrahman".
        ["ustaz"], ["ustadz"],
        // Gulf styles of address before a name: "H H Sheikh Hamad" (His Highness), "H.E. Sheikh Hamad" (His Excellency).
        ["h", "h"], ["h", "e"], ["h.h."], ["h.e."],
        // What news calls a ruler before his name: "longtime ruler Moammar Gadhafi".
        ["ruler"], ["dictator"], ["strongman"], ["warlord"], ["warlord-president"], ["taoiseach"],
        // Who is to take office, and who founded a body: "President-elect Rodrigo Duterte", "party founder Jose Maria Sison".
        ["president-elect"], ["prime", "minister-elect"], ["founder"], ["co-founder"],
        // Who is one of a body named before: "Serb delegation member Momcilo Krajisnik".
        ["member"],
        // Who speaks for a faith: "the execution of cleric Nimr al-Nimr".
        ["cleric"], ["mullah"], ["ayatollah"], ["imam"], ["archbishop"], ["bishop"], ["patriarch"], ["rabbi"], ["monsignor"], ["msgr."], ["cardinal"],
        ["reverend"], ["rev."],
        // A deputy of an office the list has alone: "Mustafa Muhumed Omer, deputy president of the Somali regional state".
        ["deputy", "president"], ["deputy", "minister"], ["deputy", "chairman"], ["deputy", "leader"], ["deputy", "head"], ["deputy", "governor"],
        // Kin named by whose they are: "the North Korean leader's sister Kim Yo Jong".
        ["sister"], ["brother"], ["wife"], ["husband"], ["daughter"], ["widow"], ["nephew"], ["niece"], ["cousin"],
    ]

    /// What someone is doing in a clause set off between their name and the verb of speech:
    /// "Herbert Ahaba, speaking on behalf of the armed groups, said".
    static let speakingParticiples: WordTable<Void> = ["speaking", "addressing", "writing", "talking", "responding", "answering"]

    /// Words for an official of any office, by which a report names again someone it gave an office: "the American diplomat".
    static let officialNouns: Set<String> = ["diplomat", "official", "negotiator", "envoy", "politician"]

    /// Military ranks written before a name.
    static let ranks: Set<String> = ["general", "gen.", "gen", "colonel", "col.", "captain", "admiral", "adm.", "marshal", "lieutenant", "brigadier", "major"]

    /// Titles that are part of the name taken with them: "Pope Francis".
    static let titlesOfTheName: WordTable<Void> = ["pope"]

    /// Participles whose agent leads what they describe: "led by", "headed by", "chaired by".
    static let leadingParticiples: WordTable<Void> = ["led", "headed", "chaired", "commanded"]

    /// What joins a given name to the father's in Arabic names ("Abdullah bin Zayed").
    static let patronymicParticles: Set<String> = ["bin", "ibn", "bint", "ben"]

    /// Lower-case words of a portfolio between a state and its office ("Malaysian armed forces chief").
    static let portfolioWords: WordTable<Void> = [
        "armed", "forces", "human", "rights", "defence", "defense", "foreign", "affairs", "interior", "security", "intelligence", "army",
        "military", "police", "peace", "trade", "energy", "finance", "justice", "health", "navy", "delegation", "deputy", "chief", "top", "government",
        "strategic",
    ]

    /// Words after an office that say whose it is, in an apposition led by the office ("spokesman for the party").
    static let appositionLinks: WordTable<Void> = ["of", "for", "at", "to", "in"]

    /// One-word titles, for telling "Gen." from a sentence's last word.
    static let singleWordTitles: Set<String> = Set(titles.filter { $0.count == 1 }.map { $0[0] })

    /// The titles by their first word, longest first, so a word is checked only against titles it can start.
    static let titlesByFirstWord: [String: [[String]]] = Dictionary(grouping: titles, by: { $0[0] }).mapValues { group in
        group.sorted { $0.count > $1.count }
    }

    /// Offices in the plural, by their first word, longest first: ["foreign", "ministers"],
    /// ["presidents"]; one office for the several names that follow.
    static let pluralTitlesByFirstWord: [String: [[String]]] = Dictionary(
        grouping: titles.filter { $0.last!.last!.isLetter && !$0.last!.hasSuffix("s") }.map { $0.dropLast() + [$0.last! + "s"] },
        by: { $0[0] }
    ).mapValues { group in group.sorted { $0.count > $1.count } }

    /// How many of `words` the longest title they open takes ("prime minister" of "prime minister Anwar"), or nil.
    static func titleLength(opening words: some Collection<String>) -> Int? {
        guard let first = words.first else { return nil }
        return titlesByFirstWord[first]?.first { title in title.count <= words.count && zip(title, words).allSatisfy(==) }?.count
    }

    /// Whether lower-case `words` are one office's title, as a whole: ["foreign", "minister"].
    static func isTitle(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return titlesByFirstWord[first]?.contains(words) == true
    }

    /// Whether an office is held against the state: "rebel leader", "opposition leader", "insurgent commander".
    static func isOpposition(_ office: String) -> Bool {
        Tokenizer.words(in: office).contains { oppositionWords.contains($0.folded) }
    }
    static let oppositionWords: WordTable<Void> = ["rebel", "rebels", "opposition", "insurgent", "insurgents", "guerrilla", "guerrillas", "militia"]

    /// Words that qualify an office without changing whose it is ("acting Prime Minister").
    static let officeQualifiers: WordTable<Void> = ["acting", "interim", "incumbent", "sitting", "caretaker", "outgoing", "incoming", "transitional", "wartime", "then", "former", "ex", "late", "newly-elected", "embattled"]

    /// Words that may stand between an office and a name without being part of the name.
    static let connectors: WordTable<Void> = ["of", "the", "for", "and", "de", "al", "ul", "bin", "von", "van", "da", "di", "le", "la"]

    /// What a caption says its people do, in the present tense it is written in: "… Ould Sidati signs the Algerian Accord".
    static let captionVerbs: Set<String> = [
        "signs", "shakes", "attends", "arrives", "meets", "greets", "speaks", "looks", "poses", "addresses", "holds", "gestures", "listens",
        "waves",
    ]

    /// Lower-case words that join the parts of a name: "Khalid bin Ahmed", "Manoel de Almeida e Silva", "Ortega y Gasset".
    static let nameParticles: WordTable<Void> = ["bin", "ibn", "bint", "al", "ul", "el", "de", "del", "da", "dos", "das", "van", "von", "der", "den", "la", "le", "di", "abu", "e", "y"]

    /// Titles that also occur inside names ("Hassan Sheikh Mohamud").
    static let honorificsInNames: WordTable<Void> = ["sheikh", "emir", "king"]

    /// Verbs after which a report names who spoke ("“…,” said Pablo Beltran, chief ELN
    /// negotiator"): not "told" or "asked", whose object is who heard.
    static let speakerNamingVerbs: WordTable<Void> = ["said", "says", "added", "stated", "explained", "noted", "remarked", "insisted", "stressed", "wrote"]

    /// Words between a speaker and the verb that quotes them: "was quoted as saying", "has
    /// repeatedly said", "Trump has reiterated that".
    static let speechAuxiliaries: WordTable<Void> = [
        "was", "were", "is", "has", "had", "have", "been", "quoted", "as", "also", "later", "again", "repeatedly", "once",
    ]

    /// Pronouns that point back to the last person named.
    static let pronouns: WordTable<Void> = ["he", "she"]

    /// Verbs that attribute speech.
    static let speechVerbs: WordTable<Void> = [
        "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "remarked", "commented", "noted",
        "explained", "insisted", "warned", "declared", "asked", "replied", "wrote", "writes", "announced", "argued",
        "emphasized", "emphasised", "stressed", "continued", "concluded", "informed", "claimed", "acknowledged",
        "admitted", "recalled", "tweeted", "posted", "suggested", "saying", "adding", "revealed", "confirmed", "posting", "writing",
        "mentioned", "expressed", "reiterated", "cautioned",
        // "“…,” he assessed", "“…,” the minister underlined".
        "assessed", "underlined", "underscored", "asserted", "responded", "contended",
        // "He pointed out that “…”".
        "pointed",
        // "Vučić was quoted as telling a press conference".
        "telling",
        // "Clinton bluntly reminded the leaders that he … were putting up troops “in the face of skeptics …”".
        "reminded",
        // "Nyerere … complained as he wrangled with the Burundi government …, "…all the suggestions have been rejected"".
        "complained",
    ]

    /// Titles of courtesy a name carries anywhere: "Mr Annan", "Dr Mahamat".
    static let courtesyTitles: WordTable<Void> = ["mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."]

    /// Verbs of speech whose object is who listened: "told Reuters", "informed Parliament".
    static let listenerVerbs: WordTable<Void> = ["told", "tells", "informed", "asked", "briefed", "reminded"]

    /// Capitalised words that start sentences or name things, never people.
    static let notNames = WordTable<Void>([
        "The", "A", "An", "In", "On", "At", "As", "But", "And", "If", "When", "While", "After", "Before", "Meanwhile",
        "However", "Despite", "During", "Ahead", "Over", "Under", "This", "That", "These", "Those", "It", "We", "They",
        "He", "She", "His", "Her", "Their", "Our", "Who", "What", "Why", "How", "Maybe", "Is", "I", "Moscow", "Kremlin",
        "White", "House", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        // "meet again with the secretary general Oct. 15": a month's abbreviation is no name after a title.
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        // "Saudi Minister of State, Member of the Council of Ministers": a capitalised office, no name.
        "Member", "Secretary", "Minister", "Advisor", "Adviser", "Ministers", "Presidents", "Secretaries", "Ministries", "Envoys", "Ambassadors",
        // Adverbs that open sentences before a name ("Later Anwar told reporters").
        "Later", "Earlier", "Also", "Then", "Now", "Still", "Today", "Yesterday", "Separately", "Previously", "Instead",
        "Former", "Additionally", "Nevertheless", "Initially", "Established", "Known", "Adding", "According",
        "Both", "Neither", "Either", "All", "Some", "Many", "Several", "Each",
        // Institutions speak too ("the Foreign Ministry said"), but they are not people.
    ] + institutionWordList + [
        "Organisation", "Organization", "Community", "State", "States", "Assembly", "Parliament", "Senate", "Brotherhood",
        // "the Conference of Presidents of Major American Jewish Organizations", "the American Israel Public Affairs Committee".
        "Organisations", "Organizations", "Conference", "Association", "Institute", "Foundation", "Public",
        // What a state owns that is named so too: "Venezuela's Unitary Platform", "Russia's Black Sea Fleet".
        "Platform", "Fleet", "Navy", "Guard", "Command", "Corridor", "Sea", "Dome", "Province", "Region", "Congress", "Coalition",
        // Places that speak for their governments ("officials in Port Sudan said").
        "Affairs",
        // Documents and regions named in capitals: "the Dayton Peace Agreement, a treaty", "West African diplomats, who".
        "Agreement", "Accord", "Accords", "Treaty", "Declaration", "Memorandum", "Protocol", "Charter", "Plan", "African", "Asian", "European",
        // Occasions named in capitals ("the Sharm El Sheikh Peace Summit", after the Arab title "Sheikh").
        "Summit", "Summits", "Ceremony", "Forum", "Session",
        // Verbs of a headline written in title case inside a page ("The Pope Visits Turkey and Lebanon").
        "Visits", "Meets", "Says", "Signs", "Arrives", "Urges", "Warns", "Holds",
        // Plural nouns that open sentences and "continue" ("Clashes continued into September").
        "Clashes", "Fighting", "Talks", "Negotiations", "Tensions", "Hostilities", "Violence", "Strikes",
        // Places named like people ("the White House Rose Garden", "Independence Square").
        "Garden", "Gardens", "Square", "Palace", "Centre", "Center", "Street", "Avenue", "Hotel", "Airport",
        // Works and buildings named like people ("the Grand Ethiopian Renaissance Dam", "Camp David").
        "Dam", "Dams", "Bridge", "Stadium", "Cathedral", "Mosque", "Museum", "University", "Hospital", "Prison", "Pipeline",
        "Reservoir", "Canal", "Tower", "Towers", "Building", "Station", "Camp",
        // Broadcasters and papers that announce ("Lebanon Television announced").
        "Television", "Radio", "Agency", "Newspaper", "Gazette", "Tribune",
        // Who speaks unnamed at the start of a sentence ("Sources said", "Analysts say").
        "Sources", "Analysts", "Officials", "Witnesses", "Residents", "Diplomats", "Critics", "Observers", "Experts", "Activists",
        "Reports", "Authorities", "Mediators", "Negotiators", "Protesters", "Reporters", "Journalists", "Rebels", "Militants", "Police", "Troops", "Soldiers", "Leaders",
        // News outlets that report what others said ("Al Arabiya and Al Hadath added").
        "Jazeera", "Arabiya", "Hadath", "Reuters", "AFP", "Xinhua", "TASS", "Interfax", "Anadolu", "Yonhap", "Kyodo", "Bernama",
        "Sputnik", "RIA", "Novosti", "Asharq",
    ] + placeWordList)

    /// Words after a people's name that make it a region's: "the Somali regional state", "the Kurdish region".
    static let regionNouns: WordTable<Void> = ["regional", "region", "province", "provincial"]

    /// Words that end an office's remit and start no one's name: "High Representative for Foreign Affairs and Security".
    static let remitEndings: WordTable<Void> = [
        "Security", "Affairs", "Policy", "Cooperation", "Development", "Defence", "Defense", "Relations", "Trade", "Resources",
        "Reconciliation", "Operations", "Integration", "Planning", "Intelligence",
        // Regions an envoy's remit names: "US Envoy for the Western Balkans Gabriel Escobar", "for the Horn of Africa".
        "Balkans", "Caucasus", "Sahel", "Lakes", "Africa", "Asia", "Europe", "Americas", "Region", "East",
    ]

    /// What a body's name ends with: capitalised words before one ("Houthi Supreme Political Council") name no person.
    static let institutionWords = WordTable<Void>(institutionWordList)

    private static let institutionWordList = [
        "Ministry", "Office", "Department", "Government", "Council", "Committee", "Army", "Forces", "Front", "Movement",
        "Alliance", "Group", "Party", "Union", "Commission", "Court", "Agency", "Service", "Mission", "Authority", "Nations",
        // "Thailand's Peace Dialogue Panel".
        "Panel",
        // "the historic leader of the Mozambique National Resistance".
        "Resistance", "Organisation", "Organization", "Coalition", "Federation",
        // "the Petroleum Facilities Guards, a militia".
        "Guards", "Guard",
    ]

    /// Words of places that speak for their governments ("officials in Port Sudan said") or name
    /// where something is ("the Second Thomas Shoal"), never people; a body may still open with
    /// one ("the Gulf Clan").
    static let placeWords = WordTable<Void>(placeWordList)

    private static let placeWordList = [
        "Port", "Fort", "Cape", "Lake", "Mount", "Gulf", "Strait", "Sea", "River", "Island", "Islands",
        "Shoal", "Reef", "Bay", "Coast", "Valley", "Peninsula", "Corridor",
        // "the Southern Border Provinces of Thailand".
        "Provinces", "Province", "Region", "Regions",
    ]

    /// "Kurdish-led", "Saudi-backed", "Tripoli-based": a participle joined to a name describes
    /// what follows; it is no part of a person's name. Narrower than any lower-case part after a
    /// hyphen (`PlaceFinder.isCompoundModifier`), which would cut "Lee Jae-myung" short.
    static func isJoinedParticiple(_ word: String) -> Bool {
        guard let hyphen = word.utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
        let tail = word[word.utf8.index(after: hyphen)...]
        guard let first = tail.unicodeScalars.first, first.properties.isLowercase else { return false }
        return tail.hasSuffix("ed") || ["led", "run", "based", "born", "held"].contains(tail)
    }
}
