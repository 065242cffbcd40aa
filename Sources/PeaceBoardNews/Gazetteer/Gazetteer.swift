import Foundation

/// A state as the gazetteer knows it: what news calls it and what it calls its people.
struct StateEntry: Sendable {
    let code: String
    let names: [String]
    let adjectives: [String]
    let capital: String?
    let isUNMember: Bool
}

/// The places, seats of government and organisations the reader recognises. The states are
/// generated (`scripts/generate-gazetteer.py`); the lists here are kept by hand, as data.
enum Gazetteer {
    /// Seats of government and other metonyms news uses for a state's government.
    static let seats: [String: String] = [
        "Kremlin": "RUS", "White House": "USA", "Pentagon": "USA", "State Department": "USA", "Department of State": "USA", "Downing Street": "GBR",
        "Whitehall": "GBR", "Élysée": "FRA", "Elysee": "FRA", "Quai d’Orsay": "FRA", "Zhongnanhai": "CHN", "Bankova": "UKR",
        "Kiev": "UKR", "Kyiv": "UKR", "Knesset": "ISR", "Blue House": "KOR", "Chancellery": "DEU", "Bundestag": "DEU",
        "Beijing": "CHN", "Moscow": "RUS", "Washington": "USA", "Tehran": "IRN", "Ankara": "TUR", "Minsk": "BLR",
        "Budapest": "HUN",
        // An office only one state has, named for its government: "The Taoiseach hailed the agreement".
        "Taoiseach": "IRL",
        // The name a government gives itself: "Afghanistan’s Islamic Emirate and the government of Pakistan".
        "Islamic Emirate": "AFG", "Islamic Emirate of Afghanistan": "AFG",
        // A state's army named as a body: it acts for the state, as "Sudan's army" does.
        "Sudanese Armed Forces": "SDN",
    ]

    /// Parts of a continent whose names hold a state's: "Latin America’s longest civil war", "Central American presidents".
    static let regions: [String] = ["Latin", "Central", "South", "North"].flatMap { part in
        ["America", "American", "Americans"].map { "\(part) \($0)" }
    }

    /// Organisations by the names news gives them; the first name is the one the reader reports.
    static let organisations: [[String]] = [
        ["UN Security Council", "United Nations Security Council", "U.N. Security Council", "Security Council"],
        // The UN's missions in the field speak for it: "UNSMIL said", "MINUSCA announced".
        ["United Nations", "UN", "U.N.", "UNSMIL", "MINUSCA", "MONUSCO", "UNMISS", "MINUSMA", "UNAMA", "UNAMI", "UNMIK", "UNIFIL", "UNFICYP", "UNMHA", "UNITAMS", "UNSOM", "UNAMID"], ["UN General Assembly", "General Assembly"],
        ["NATO", "North Atlantic Treaty Organization", "Nato"], ["European Union", "EU", "E.U."], ["European Commission"], ["European Council"],
        ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"], ["World Bank"],
        ["International Monetary Fund", "IMF"], ["African Union", "AU"], ["ASEAN", "Association of Southeast Asian Nations"], ["OSCE"], ["Arab League", "League of Arab States"],
        ["Board of Peace"], ["International Court of Justice", "ICJ"], ["International Criminal Court", "ICC"],
        ["UNICEF"], ["World Health Organization", "WHO"], ["International Atomic Energy Agency", "IAEA"], ["Red Cross", "ICRC", "International Committee of the Red Cross"], ["G7"], ["G20"], ["BRICS"],
        ["IGAD", "Intergovernmental Authority on Development", "Inter-Governmental Authority on Development"], ["ECOWAS", "Economic Community of West African States"],
        ["East African Community", "EAC"], ["Caribbean Community", "CARICOM"],
        ["Organization of American States", "Organisation of American States", "OAS"], ["Southern African Development Community", "SADC"], ["Alliance of Sahel States", "AES"], ["Carnegie Centre", "Carnegie Endowment"],
        ["Gulf Cooperation Council", "GCC"], ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"],
        ["Collective Security Treaty Organization", "CSTO"], ["Palestinian Authority"], ["Fatah"],
        ["Palestine Liberation Organization", "Palestine Liberation Organisation", "PLO"], ["National League for Democracy", "NLD"],
        // Northern Ireland's parties to the Good Friday Agreement and the talks since.
        ["Sinn Féin", "Sinn Fein"], ["Social Democratic and Labour Party", "SDLP"], ["Ulster Unionist Party", "UUP"], ["Democratic Unionist Party", "DUP"],
        ["Alliance Party of Northern Ireland", "Alliance Party"],
        // Watchdogs whose calls news reports.
        ["Human Rights Watch", "HRW"], ["Amnesty International"], ["International Crisis Group", "Crisis Group"],
        // Breakaway and autonomous authorities, parties to talks with the state they are part of.
        ["Transnistria", "Transnistrian"], ["Abkhazia", "Abkhaz", "Abkhazian"], ["South Ossetia", "South Ossetian"], ["Somaliland"], ["Turkish Republic of Northern Cyprus", "TRNC"],
        ["Bougainville", "Autonomous Region of Bougainville", "Autonomous Bougainville Government"], ["Kurdistan Regional Government", "KRG"],
    ] + armedMovements

    /// Armed movements that are parties to peace processes: with a state, "the warring parties".
    static let armedMovements: [[String]] = [
        ["Hamas"], ["Hezbollah"], ["Rapid Support Forces", "RSF"],
        ["M23", "March 23 Movement"], ["Houthis", "Houthi", "Ansar Allah"], ["Taliban"], ["FARC", "Revolutionary Armed Forces of Colombia", "Farc"], ["Renamo", "Mozambican National Resistance", "Mozambique National Resistance"], ["ELN", "National Liberation Army"],
        ["Syrian Democratic Forces", "SDF"], ["PKK", "Kurdistan Workers’ Party", "Kurdistan Workers' Party"], ["al-Shabaab", "al-Shabab"],
        ["Islamic Jihad", "Palestinian Islamic Jihad"], ["Tigray People’s Liberation Front", "Tigray People's Liberation Front", "TPLF"],
        ["Hayat Tahrir al-Sham", "HTS"], ["Islamic State", "ISIS", "ISIL"],
        ["SPLM-IO", "Sudan People’s Liberation Movement-in-Opposition", "Sudan People's Liberation Movement-in-Opposition", "SPLM/A-IO"],
        ["Gulf Clan", "Clan del Golfo", "Gaitanista Army of Colombia"],
        ["Polisario Front", "Polisario"], ["National Unity Government"], ["Moro Islamic Liberation Front", "MILF"],
        ["Liberation Tigers of Tamil Eelam", "LTTE", "Tamil Tigers", "Tamil Tiger"], ["Free Aceh Movement", "GAM"],
        ["Coordination of Azawad Movements", "CMA"], ["Sudan People’s Liberation Movement-North", "Sudan People's Liberation Movement-North", "SPLM-N", "SPLM-North"],
        ["New People’s Army", "New People's Army", "NPA"], ["Arakan Army"], ["Kachin Independence Army", "KIA"], ["Ta'ang National Liberation Army", "Ta’ang National Liberation Army", "TNLA"],
        // Parties to past settlements that reports of new talks recall.
        [
            "Sudan People's Liberation Movement", "Sudan People’s Liberation Movement", "SPLM", "Sudan People's Liberation Movement/Army",
            "Sudan People’s Liberation Movement/Army", "SPLM/A", "Sudan People's Liberation Army", "Sudan People’s Liberation Army", "SPLA",
        ],
        ["Revolutionary United Front", "RUF"], ["UNITA", "National Union for the Total Independence of Angola"], ["Forces Nouvelles", "New Forces"],
        ["United Tajik Opposition", "UTO"], ["Kosovo Liberation Army", "KLA"], ["Lord's Resistance Army", "Lord’s Resistance Army", "LRA"],
        ["Justice and Equality Movement", "JEM"], ["Sudan Liberation Movement", "Sudan Liberation Army", "SLM/A"], ["Moro National Liberation Front", "MNLF"],
        ["Irish Republican Army", "IRA", "Provisional IRA"],
        // Cambodia's factions at the Paris conference of 1991.
        ["Khmer Rouge", "Party of Democratic Kampuchea"], ["Khmer People’s National Liberation Front", "Khmer People's National Liberation Front", "KPNLF"],
        ["FUNCINPEC", "Funcinpec"],
        // Nicaragua's rebels of the 1980s.
        ["Contras", "Contra", "Nicaraguan Resistance"],
    ]

    /// The names the reader reports for armed movements.
    static let armedMovementNames: Set<String> = Set(armedMovements.compactMap(\.first))
    /// The names the reader reports for every organisation the gazetteer lists.
    static let organisationNames: Set<String> = Set(organisations.compactMap(\.first))

    /// Every phrase the reader looks for, as its words, with what it names.
    static let phrases = PhraseTable(phraseList)

    /// Whether `words` are a state's adjective ("Serbian", "South African"), not its name.
    static func isStateAdjective(_ words: [String]) -> Bool {
        if case .state(_, .adjective)? = phrases[words] { return true }
        return false
    }

    private static let phraseList: [[String]: Named] = {
        var phrases: [[String]: Named] = [:]
        func add(_ phrase: String, _ named: Named) {
            for spelling in spellings(of: phrase) {
                let words = Tokenizer.words(in: spelling).map(\.text)
                guard !words.isEmpty, phrases[words] == nil else { continue }
                phrases[words] = named
            }
        }
        // UN members first: "French" and "American" are also the demonyms of overseas territories.
        for state in states.filter(\.isUNMember) + states.filter({ !$0.isUNMember }) {
            for name in state.names {
                add(name.hasPrefix("the ") ? String(name.dropFirst(4)) : name, .state(state.code, .name))
            }
            for adjective in state.adjectives { add(adjective, .state(state.code, .adjective)) }
            if let capital = state.capital { add(capital, .state(state.code, .capital)) }
        }
        for (seat, code) in seats { add(seat, .state(code, .seat)) }
        for region in regions { add(region, .region) }
        for names in organisations {
            for name in names { add(name, .organisation(names[0])) }
            // "Unita", "Ecowas": British papers write initials said as a word with one capital.
            for name in names where name.count >= 4 && name.allSatisfy({ $0.isUppercase && $0.isLetter }) {
                add(name.prefix(1) + name.dropFirst().lowercased(), .organisation(names[0]))
            }
        }
        return phrases
    }()

    /// A name as written, without its accents as wires often write it ("Yaounde", "Bogota"), and
    /// with a leading particle capitalised as it is at a sentence's start ("Al-Shabaab").
    static func spellings(of name: String) -> [String] {
        let plain = name.folding(options: .diacriticInsensitive, locale: nil)
        var spellings = plain == name ? [name] : [name, plain]
        if let first = name.first, first.isLowercase, name.contains("-") {
            spellings += spellings.map(sentenceInitial)
        }
        // "Bashar Al-Assad", "Abdel Fattah El-Sisi": wires capitalise a particle inside a name too.
        spellings += spellings.compactMap { spelling in
            let capitalised = spelling.split(separator: " ", omittingEmptySubsequences: false).map { word in
                particlePrefixes.contains { word.hasPrefix($0) } ? sentenceInitial(String(word)) : String(word)
            }.joined(separator: " ")
            return capitalised == spelling ? nil : capitalised
        }
        return spellings
    }

    /// Particles joined to the name after them, as news writes them in Arabic names.
    static let particlePrefixes = ["al-", "el-", "Al-", "El-"]

    /// A name's word without its joined particle ("al-Murtaza" → "Murtaza"): "el-Murtaza" and
    /// "al-Murtaza" are one surname.
    static func withoutParticle(_ word: String) -> String {
        guard let prefix = particlePrefixes.first(where: word.hasPrefix), word.count > prefix.count else { return word }
        return String(word.dropFirst(prefix.count))
    }

    /// "Hochsten" for "Amos Hochstein": a word of six letters or more that one letter added,
    /// dropped or changed makes into the name's last word. Shorter words differ so by chance.
    static func isMisspelling(_ word: String, ofSurnameIn name: String) -> Bool {
        guard word.count >= 6, let surname = name.split(separator: " ").last else { return false }
        let (x, y) = (Array(word), Array(surname))
        guard abs(x.count - y.count) <= 1, x != y else { return false }
        var (i, j, edits) = (0, 0, 0)
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            guard edits <= 1 else { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    /// A name as it is written opening a sentence: "al-Shabaab" as "Al-Shabaab", "de Mistura" as "De Mistura".
    static func sentenceInitial(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst()
    }

    /// For each word that starts a phrase, the length of the longest phrase it starts: most
    /// capitalised words start none, and are passed over with one lookup.
    static let longestPhraseByFirstWord = WordTable(
        phraseList.keys.reduce(into: [String: Int]()) { table, words in table[words[0]] = max(table[words[0]] ?? 0, words.count) }.map { ($0.key, $0.value) })

    enum Named: Hashable, Sendable {
        case state(String, StateMention.Form)
        case organisation(String)
        /// A part of a continent, named so that no state is read inside it ("Latin America" is no America).
        case region
    }
}
