/// The words that name events, kept as data: each rule says which words start it (by stem or
/// exact form), what may follow, and the event and CAMEO code it gives. A class: the reader
/// tries rules for every event word, and copying one with its tables cost a retain per table.
final class EventRule: Sendable {
    enum Match: Sendable {
        /// A word starting with this stem ("invit" → invited, invitation).
        case stem(String)
        /// These exact words in order ("offered to host").
        case words([String])
    }
    let match: Match
    let kind: EventKind
    let cameo: String
    /// A noun that names an event only with what follows ("proposal to", "threat of").
    let needsNext: WordTable<Void>
    /// Previous words that turn the word into something else ("a proposed plan", "economic support").
    /// With `needsPrevious`, the word before that one.
    let notAfter: WordTable<Void>
    /// A word that must stand just before the rule's words, kept out of them so that it starts
    /// no rule of its own: "for" in "in Sanaa for talks with the Houthis".
    let needsPrevious: WordTable<Void>
    /// Words of which one may stand between `needsPrevious` and the rule's words: "for direct talks with".
    let mayStandBetween: WordTable<Void>
    /// Next words that turn it into something else ("support each other").
    let notBefore: WordTable<Void>
    /// Words of which one must follow later in the sentence: "warned … unless" is a threat,
    /// "warned that talks were stalling" is not.
    let needsLater: WordTable<Void>
    /// How many words after the event word `needsLater` looks: "held a second round of talks"
    /// is a meeting, "held hostages … before talks" is not.
    let laterWithin: Int
    /// Words of which one must stand in the few words before: "the signing ceremony was overseen by" is
    /// a meeting, "the withdrawal was overseen by" is not.
    let needsEarlier: WordTable<Void>
    /// How many words before the event word `needsEarlier` looks.
    let earlierWithin: Int
    /// The one who says so acts: "Yemen's Houthis said ships would be legitimate targets".
    let isTheSayers: Bool
    /// A word of `notAfter` before it still lets the rule match when "by" and its agent follow:
    /// "the truce agreed in February" reports no agreement, "the truce agreed by both sides" does.
    let unlessAgentFollows: Bool
    /// The rule holds only where a comma sets the words off: "ready to sign, provided the
    /// principles are reflected" states a condition; "the UN provided aid" does not.
    let needsComma: Bool
    /// The rule holds only where someone says it: "Trump reiterated that Iran must agree" is his
    /// demand; "Iran must agree" alone is the writer's view.
    let needsSayer: Bool
    /// The rule holds only where a name stands just before it and only words describing what
    /// `needsLater` names stand between: "Iran and the United States had “productive” talks", not
    /// "had been invited to talks" nor "had earlier said the talks".
    let needsNamedSubjectAndDescribedLater: Bool
    /// With no agent, the seat of government or capital just after it acts: "the ceremony was
    /// hosted at the White House"; "hosted at a hotel" names nobody.
    let seatActs: Bool
    /// The rule holds only where two or more act together or "with" names whom with: "Faisal bin
    /// Farhan and Antony Blinken discussed a plan"; "the cabinet discussed the budget" is no meeting.
    let needsCompany: Bool

    /// Not inlined, for the reason `WordTable.init(arrayLiteral:)` is not: `EventLexicon.rules`
    /// constructs hundreds of rules in one initializer.
    @inline(never)
    init(
        match: Match, kind: EventKind, cameo: String, needsNext: WordTable<Void> = [], notAfter: WordTable<Void> = [],
        needsPrevious: WordTable<Void> = [], mayStandBetween: WordTable<Void> = [], notBefore: WordTable<Void> = [], needsLater: WordTable<Void> = [], laterWithin: Int = .max, needsEarlier: WordTable<Void> = [], earlierWithin: Int = 4,
        isTheSayers: Bool = false,
        unlessAgentFollows: Bool = false, needsComma: Bool = false, needsSayer: Bool = false,
        needsNamedSubjectAndDescribedLater: Bool = false, seatActs: Bool = false, needsCompany: Bool = false
    ) {
        self.match = match
        self.kind = kind
        self.cameo = cameo
        self.needsNext = needsNext
        self.notAfter = notAfter
        self.needsPrevious = needsPrevious
        self.mayStandBetween = mayStandBetween
        self.notBefore = notBefore
        self.needsLater = needsLater
        self.laterWithin = laterWithin
        self.needsEarlier = needsEarlier
        self.earlierWithin = earlierWithin
        self.isTheSayers = isTheSayers
        self.unlessAgentFollows = unlessAgentFollows
        self.needsComma = needsComma
        self.needsSayer = needsSayer
        self.needsNamedSubjectAndDescribedLater = needsNamedSubjectAndDescribedLater
        self.seatActs = seatActs
        self.needsCompany = needsCompany
    }
}

enum EventLexicon {
    /// Looked up by bytes: every event word's neighbours are asked about.
    static let articles = WordTable<Void>(articleList)
    private static let articleList = ["a", "an", "the", "this", "that", "its", "their", "his", "her"]
    /// Participles joined to their actor by a hyphen ("U.S.-brokered"), with the event they name.
    static let compoundParticiples: [String: (EventKind, String)] = [
        "brokered": (.mediate, "045"), "mediated": (.mediate, "045"), "facilitated": (.mediate, "045"), "backed": (.support, "051"),
        "drafted": (.propose, "037"), "sponsored": (.mediate, "045"), "proposed": (.propose, "037"), "led": (.mediate, "045"),
    ]
    /// Nouns that name mediation by the state or body before them ("under Turkish facilitation").
    static let auspicesNouns: WordTable<Void> = WordTable(auspicesNounList)
    private static let auspicesNounList = ["mediation", "facilitation", "auspices", "sponsorship"]
    /// What mediation is made of before its agents: "the mediation efforts of Qatar".
    static let effortNouns = WordTable<Void>(effortNounList)
    private static let effortNounList = ["efforts", "effort", "role", "work"]
    /// What efforts one leads as a go-between: "led ceasefire efforts", "leading mediation efforts".
    static let ledEfforts: WordTable<Void> = ["ceasefire", "truce", "peace", "mediation", "diplomatic"]
    /// What someone gives towards a deal others make: "his assistance in achieving this ceasefire".
    static let helpingNouns = WordTable<Void>(effortNounList + ["assistance", "help"])
    /// How a subject named by a noun opens: "the two African countries' foreign ministers", "both leaders".
    static let nounSubjectOpeners = ["the ", "both ", "two ", "all "]
    /// Pronouns that own a noun for someone named before: "thanked Malaysia for its mediation".
    static let ownerPronouns: WordTable<Void> = ["its", "their"]
    static let auspicesPrepositions: WordTable<Void> = ["under", "with", "through", "via", "of", "by"]
    /// What is handed to the other side when it is a proposal: "handed over its memorandum", "a document with the terms".
    static let handedProposals: WordTable<Void> = ["memorandum", "memorandums", "document", "documents", "proposal", "proposals", "plan", "draft", "terms"]
    /// What is presented or unveiled when it is a proposal.
    static let planWords: WordTable<Void> = ["plan", "roadmap", "proposal", "proposals", "framework", "initiative", "blueprint"]
    /// Single words that say when, between an event's word and its agent.
    /// Besides `timeAdverbs`: "presented earlier by", "drafted jointly by".
    static let timeWords: WordTable<Void> = ["earlier", "recently", "originally", "initially", "jointly"]
    /// Verbs after which "back" is a direction ("came back the next day").
    static let motionVerbs: WordTable<Void> = ["come", "came", "comes", "go", "went", "goes", "get", "got", "bring", "brought", "push", "pushed", "step", "stepped", "turn", "turned", "fight", "fought", "hit", "roll", "rolled", "pull", "pulled", "way", "on", "at"]
    /// Words that count what follows ("every proposal", "any threat").
    /// What a threat to resume names: "would resume missile strikes", "will resume attacks".
    static let forceWords: WordTable<Void> = ["strikes", "attacks", "fighting", "hostilities", "bombing", "offensive", "operations", "war"]
    /// Words after "the U.S." that make it the state rather than an adjective.
    static let afterStandingInitials: WordTable<Void> = ["and", "or", "has", "had", "have", "is", "was", "will", "would", "said", "says", "to", "in", "on"]
    /// What "both" or "the two" count when they stand for two states named before ("both countries").
    static let statePairNouns: WordTable<Void> = ["countries", "governments", "nations", "neighbours", "neighbors", "states", "delegations", "teams"]
    /// Force one warns of using: "warning of the use of military force".
    static let forceNouns: WordTable<Void> = ["force", "military", "strikes", "attack", "attacks", "retaliation", "war"]
    /// The words of a call from one official to another.
    static let callingWords: WordTable<Void> = ["contacted", "phoned", "called"]
    /// Words that open a clause saying when, before the sentence's subject: "After four hours of talks with Medvedev, Sarkozy …".
    static let frontedTimeWords: WordTable<Void> = ["after", "following", "during"]
    /// Words by which a threat is faced, not made: "Moscow faces the threat of sanctions".
    static let facingWords: WordTable<Void> = ["face", "faces", "faced", "facing", "under"]
    /// Whom "served as" makes a go-between; a title before a name ("AU mediator Thabo Mbeki").
    static let mediatorNouns: WordTable<Void> = [
        "mediator", "mediators", "facilitator", "facilitators", "co-facilitator", "co-facilitators", "intermediary", "intermediaries", "go-between",
        "moderator",
    ]
    /// Officials one reaches by speaking with them.
    static let officialNouns: WordTable<Void> = [
        "counterpart", "counterparts", "president", "minister", "leader", "chief", "envoy", "king", "emir", "prime", "secretary", "chancellor",
        // "spoke with Iranian officials": those who speak for a state, unnamed.
        "officials", "representatives", "negotiators", "leaders",
    ]
    /// What a vow of force promises to do: "vowed to conquer", "vows to crush".
    static let conquestVerbs: WordTable<Void> = [
        "conquer", "capture", "seize", "occupy", "destroy", "crush", "eliminate", "annihilate", "defeat", "retake", "invade", "wipe",
    ]
    /// Force that goes on when announced to: "would keep attacking", "will continue its strikes",
    /// "would continue its special military operation"; "would continue its operations" in Gaza may be aid.
    static let continuingForce: WordTable<Void> = [
        "fighting", "attacking", "attacks", "strikes", "striking", "shelling", "bombing", "targeting", "offensive", "military",
    ]
    /// What something good is called: "called the accord a model", "described the talks as a breakthrough".
    /// "called the agreement a “powerful path forward”", "called the deal a “comprehensive political solution”".
    static let praiseWords: WordTable<Void> = [
        "model", "step", "breakthrough", "milestone", "historic", "achievement", "success", "great", "remarkable", "turning", "forward", "solution",
        "good", "beginning",
    ]
    /// Whom congratulations go to, as against an occasion ("Congratulations to the 29th Anniversary").
    static let congratulatedParties: WordTable<Void> = [
        "both", "all", "countries", "leaders", "sides", "parties", "nations", "governments", "people", "peoples", "president", "prime", "minister", "everyone",
    ]
    /// Verbs that ask something of whom was told: "… and urged him to help".
    static let askingVerbs: WordTable<Void> = ["urged", "asked", "requested", "pressed", "called", "appealed"]
    /// What is asked of a go-between: "requested Doha’s assistance", "sought help from the Emir".
    static let helpNouns: WordTable<Void> = ["help", "assistance", "support", "mediation", "intervention"]
    /// What a praised deal is a win for: "a win for global peace", "a victory for diplomacy".
    static let peaceGoods: WordTable<Void> = ["peace", "diplomacy", "stability", "humanity", "dialogue", "everyone"]
    /// The verbs that say what someone calls a thing: "calling it a win for peace".
    static let judgingCalls: WordTable<Void> = ["calling", "called", "calls", "call", "describing", "described", "hailing", "hailed", "termed", "terming"]
    /// What only a good thing is called, whatever the verb: "said it was a historic day". Narrower than
    /// `praiseWords`, since "said it was a great concern" and "a step back" are no praise.
    static let historicJudgements: WordTable<Void> = ["historic", "milestone", "breakthrough", "landmark", "achievement", "success"]
    /// What a deal is said to be when it is praised: "is an important step", "marks a milestone",
    /// "was a turning point". Narrower than `praiseWords`: "a model" and "great" describe much besides deals.
    static let judgementNouns = WordTable<Void>(judgementNounList)
    static let judgementNounList = ["step", "milestone", "breakthrough", "achievement", "landmark", "turning"]
    /// The verbs that say what a deal is: "the agreement is", "the signing marks".
    static let judgingVerbs: WordTable<Void> = ["is", "was", "are", "were", "marks", "marked", "represents", "represented", "constitutes", "constituted"]
    /// "a step back", "a step backwards": no praise.
    static let backwardWords: WordTable<Void> = ["back", "backward", "backwards"]
    /// What is judged: the deal, the talks, the act of signing.
    static let dealNouns: WordTable<Void> = [
        "agreement", "agreements", "deal", "accord", "accords", "ceasefire", "truce", "treaty", "pact", "settlement", "declaration",
        "talks", "negotiations", "signing", "decision", "plan", "initiative", "achievement", "summit",
    ]
    /// The forms of "be" before a passive participle: "were signed", "has been agreed".
    static let passiveAuxiliaries: WordTable<Void> = ["was", "were", "been", "be", "is", "are", "being"]
    /// Gatherings a host holds besides talks: "hosted a conference of civilian groups".
    static let gatheringWords = WordTable<Void>(gatheringList)
    private static let gatheringList = ["conference", "forum", "gathering", "retreat"]
    /// The gatherings a speaker addresses by telling them: "told the closing session", "told a summit" (not "told a news
    /// conference", nor "a gathering" of supporters).
    static let addressedGatherings: WordTable<Void> = ["summit", "session", "talks"]
    /// Whether `gap`, after a person's name, ends by naming whom they act for: ", on behalf of the
    /// African Union", " signed on behalf of the government of ".
    static func isOnBehalf(_ gap: String) -> Bool {
        let words = Tokenizer.words(in: gap).map(\.folded)
        guard let behalf = words.lastIndex(of: "behalf"), behalf > 0, words[behalf - 1] == "on" || words[behalf - 1] == "in",
            behalf + 1 < words.count, words[behalf + 1] == "of", behalf <= 4
        else { return false }
        let rest = words[(behalf + 2)...].filter { !articles.contains($0) }
        return rest.isEmpty || (rest.count == 2 && principalNouns.contains(rest.first!) && rest.last == "of")
    }
    /// Whether `gap` ends with "on behalf of", whatever stands before it in the clause.
    static func endsOnBehalf(_ gap: String) -> Bool {
        let words = Tokenizer.words(in: gap).map(\.folded).filter { !articles.contains($0) }
        return words.count >= 3 && words.suffix(3) == ["on", "behalf", "of"] && !gap.contains(";")
    }
    /// Whether `gap` and what follows the state name a government someone acts for: "Touadera for
    /// the CAR government", "for the government of Chad".
    static func isForGovernment(_ gap: String, then after: String) -> Bool {
        let words = Tokenizer.words(in: gap).map(\.folded).filter { !articles.contains($0) }
        if words == ["for", "government", "of"] { return true }
        return words == ["for"] && Tokenizer.words(in: after).first?.folded == "government"
    }
    /// What a state is called when someone acts for it: "on behalf of the government of Rwanda".
    private static let principalNouns: WordTable<Void> = ["government", "people", "state", "republic", "kingdom"]
    /// Verbs by which an agreement is concluded between parties, with the CAMEO code of each.
    static let concludingVerbs: WordTable<String> = WordTable(concludingVerbList)
    private static let concludingVerbList = [("reached", "030"), ("struck", "030"), ("agreed", "030"), ("concluded", "030"), ("signed", "057")]
    /// Verbs by which a deal named with its parties ("a deal between …") was concluded, by whoever brought it about.
    static let dealVerbs: WordTable<String> = WordTable(
        concludingVerbList + [("secured", "030"), ("brokered", "030"), ("sealed", "057"), ("clinched", "030"), ("announced", "030"), ("finalised", "030"), ("finalized", "030")])
    /// Verbs by which a deal is praised, which only a deal concluded can be: "welcomed the deal between …".
    static let praisingVerbs: WordTable<Void> = ["welcomed", "praised", "hailed", "applauded", "commended", "lauded", "celebrated", "heralded"]
    /// Words between a praising verb and a deal that make it one to come: "welcomed the proposed deal",
    /// "welcomed talks on a deal", "hailed progress toward a deal".
    /// Verbs that aim at a deal not yet made: "to reach an agreement between", "negotiating a deal between"
    /// (besides `dealsToCome` and `attemptWords`).
    static let reachingWords: WordTable<Void> = [
        "reach", "seek", "negotiate", "negotiating", "broker", "brokering", "secure", "securing", "finalize", "finalise", "conclude", "push", "pushing",
        "pursue", "work", "working", "hopes", "hope",
    ]
    /// Whether a deal was reached or secured, said before the verb: "failed to reach", "were able to secure", "could not reach".
    static let dealOutcomes: WordTable<Void> = ["failed", "unable", "able", "managed", "fail", "fails", "failing", "not"]
    /// What is reached or secured when it is a deal.
    static let reachedDeals: WordTable<Void> = ["agreement", "deal", "accord", "consensus", "compromise", "truce", "ceasefire", "settlement"]
    static let dealsToCome: WordTable<Void> = [
        "planned", "possible", "proposed", "future", "upcoming", "eventual", "potential", "draft", "any", "prospective", "expected",
        "on", "for", "toward", "towards", "of", "to", "talks", "progress",
    ]
    /// What the parties to it conclude.
    static let agreementNouns = WordTable<Void>(agreementNounList)
    private static let agreementNounList = ["agreement", "deal", "accord", "treaty", "truce", "ceasefire", "understanding", "pact", "declaration"]
    /// Words by which someone named with the signers only watches them sign.
    static let witnessWords: WordTable<Void> = ["witness", "witnessed", "witnessing", "watching", "watched", "observer", "observers"]
    /// Words that list who was present at an occasion: "In attendance were …", "Among those present were …".
    static let presenceCues: [[String]] = [
        ["in", "attendance", "were"], ["in", "attendance", "was"], ["in", "attendance"], ["among", "those", "present"], ["among", "the", "present"],
["present", "were"], ["also", "present", "were"], ["also", "present", "was"], ["attending", "were"],
        // "Also attending the meeting were US Ambassador … and Chinese Ambassador …".
        ["attending", "the", "meeting", "were"], ["attending", "the", "talks", "were"], ["attending", "the", "ceremony", "were"],
        // "Also present at the signing was US President Donald Trump".
        ["present", "at", "the", "signing", "was"], ["present", "at", "the", "signing", "were"], ["present", "at", "the", "ceremony", "was"],
        ["present", "at", "the", "ceremony", "were"],
        ["attending", "the", "summit", "were"], ["present", "at", "the", "meeting", "were"], ["present", "at", "the", "talks", "were"],
        ["guests", "included"], ["dignitaries", "included"], ["attendees", "included"], ["among", "the", "attendees"], ["among", "attendees"],
        // "The gathering brought together leaders from more than 25 countries — including Jordan, Qatar, …".
        ["brought", "together"], ["bringing", "together"], ["brings", "together"],
        // "Aliyev and Pashinyan, in the presence of Donald Trump, signed an agreement".
        ["in", "the", "presence", "of"],
    ]
    /// The first words of `presenceCues`, asked of every word of a sentence that names a ceremony or a meeting.
    static let presenceWords: WordTable<Void> = WordTable(presenceCues.map { $0[0] })
    /// What an agreement is when it is made: "the truce, reached during peace talks".
    static let reachingParticiples = WordTable<Void>(concludingVerbList.map(\.0) + ["sealed", "clinched", "hammered", "finalised", "finalized"])
    /// Past verbs after a meeting word that say the meeting was held: "the talks began last month".
    static let meetingsUnderWay: WordTable<Void> = ["began", "started", "resumed", "opened", "ended", "concluded", "continued"]
    /// Pronouns that open a relative clause without a comma: "a Zionist who opposed".
    static let relativePronouns: WordTable<Void> = ["who", "that", "which"]
    /// Words in -ed between a negation and an event word that are no verb of their own: "not yet formally
    /// agreed", "has not officially endorsed", "was not expected to".
    static let notVerbsInEd: WordTable<Void> = ["need", "speed", "indeed", "expected", "prepared", "reported", "reportedly", "allowed", "able"]
    /// Words between a subject and a denied verb: "did not agree", "could not agree", "failed to agree".
    static let negatedAuxiliaries: WordTable<Void> = ["did", "does", "do", "could", "can", "cannot"]
    /// "will attend", "would sign": what is still to come.
    static let futureAuxiliaries: WordTable<Void> = ["will", "would", "shall"]
    /// Who watch a signing in public: "signed before a crowd of 2,500 guests".
    static let audienceNouns: WordTable<Void> = ["crowd", "audience", "guests", "dignitaries", "gathering", "crowds"]
    /// What a sponsor puts forward: "a French-sponsored resolution".
    static let sponsoredTexts: WordTable<Void> = ["resolution", "draft", "plan", "proposal", "initiative", "bill", "text", "motion", "truce", "ceasefire"]
    /// Where an agreement is signed before its hosts and witnesses.
    static let ceremonyWords = WordTable<Void>(ceremonyWordList)
    private static let ceremonyWordList = ["signing"] + ceremonyNounList
    /// The nouns that name a ceremony, which may be planned, held or stayed away from.
    static let ceremonyNouns = WordTable<Void>(ceremonyNounList)
    private static let ceremonyNounList = ["ceremony", "ceremonies"]
    /// The words of a caption besides names and titles: who stands where, and with whom.
    static let captionWords: WordTable<Void> = [
        "and", "with", "of", "the", "center", "centre", "left", "right", "from", "second", "third", "front", "back", "row", "middle", "far",
    ]
    /// What a caption's signer signs: "signs the Arusha Accord", "signs documents".
    static let signedDocuments: WordTable<Void> = [
        "agreement", "agreements", "deal", "accord", "accords", "treaty", "truce", "ceasefire", "pact", "declaration", "document", "documents",
    ]
    /// What two who "pose for" have taken together.
    static let photoWords: WordTable<Void> = ["photo", "photos", "photograph", "photographs", "picture", "pictures"]
    static let signingWords = WordTable<Void>(signingWordList)
    private static let signingWordList = ["signed", "signs", "sign", "initialled", "initialed", "inked"]
    /// What onlookers watch two sides do: sign, or shake hands.
    static let witnessedActs = WordTable<Void>(signingWordList + ["signing", "hands", "embraced"])
    /// What makes a warning a threat: "warned … unless", "warned that it would respond forcefully".
    static let warningsOfForce: WordTable<Void> = [
        "unless", "retaliate", "respond", "retaliation", "consequences", "tolerate", "sanctions", "impose", "defend",
        // "warned that if Hamas did not agree, “all HELL … will break out”", "would pay a heavy price".
        "hell", "price", "destroy", "destruction",
    ]
    /// What an offer proposes: "offering instead short truces", "offered a ceasefire".
    static let offeredTerms: WordTable<Void> = [
        "truce", "truces", "ceasefire", "ceasefires", "cease-fire", "cease-fires", "pause", "talks", "negotiations", "deal", "compromise", "amnesty",
        // "offering to deploy observers to monitor the truce".
        "observers", "monitors", "peacekeepers",
    ]
    /// Requests whose agent follows them: "rejecting an appeal from two former presidents".
    static let requestNouns: WordTable<Void> = ["appeal", "appeals", "call", "calls", "demand", "demands", "request", "requests", "plea", "invitation"]
    /// What a right reserved is a threat to do: "reserves the right to respond".
    static let rightsReserved: WordTable<Void> = ["defend", "respond", "retaliate", "act", "use", "take"]
    /// Plans named by their owner ("Trump's proposal"), who proposed them.
    static let ownedPlanWords: WordTable<Void> = WordTable(ownedPlanWordList)
    private static let ownedPlanWordList = ["proposal", "proposals", "plan", "initiative", "roadmap", "blueprint", "offer"]
    /// Prepositions before "the proposal" or "the plan" when it is referred to, not made.
    static let referringPrepositions: WordTable<Void> = ["to", "on", "of", "with", "about", "against", "over", "for", "under", "from"]
    /// Prepositions whose object closes a clause ("coordinate with Baku, and …").
    static let clausePrepositions: WordTable<Void> = ["with", "to", "into", "on", "at", "against", "toward", "towards"]
    /// "the army", "the bloc", "government": words standing for a state's institutions.
    static let institutionNouns: WordTable<String> = WordTable(institutionNounList)
    static let institutionNounList = [
        // A junta is the army in power: "Myanmar's military … junta spokesperson Zaw Min Tun".
        ("army", "army"), ("military", "army"), ("government", "government"), ("cabinet", "government"), ("junta", "army"),
        // "Angola's army … armed forces chief General Armando da Cruz Neto".
        ("forces", "army"),
        // "Members of Lebanon's Parliament met … The parliament also ratified", "the legislators".
        ("parliament", "parliament"), ("legislature", "parliament"), ("legislators", "parliament"), ("lawmakers", "parliament"),
    ]
    /// Words between "the" and an institution that leave it the same institution ("the national government").
    static let institutionQualifiers: WordTable<Void> = ["national", "central", "federal", "interim", "transitional", "new", "current", "military", "coup"]
    /// What "military" or "coup" makes the army in power: "the military government", "the coup leaders".
    static let armyInPowerNouns: WordTable<Void> = ["government", "leaders", "leader", "rulers", "authorities", "regime"]
    /// Words after an institution that lead to the person heading or speaking for it ("army chief").
    static let institutionRoles: WordTable<Void> = ["chief", "commander", "head", "spokesman", "spokesperson", "leader"]
    /// Every noun that names an event or actor without an event verb: most sentences hold none.
    static let phraseNouns = auspicesNounList + ownedPlanWordList + institutionNounList.map(\.0) + endorsementNounList + requestedActNouns.keys + ["mediators", "mediating", "presence"]
    /// Words that take mediators named by their states' adjectives into talks: "negotiations involving American and Qatari
    /// mediators"; a proposal received "through Egyptian and Qatari mediators" passed through their hands only (own/39).
    static let mediatorsTakenIn: WordTable<Void> = ["involving", "including"]
    /// Nouns of support whose givers follow "of": "with the backing of Egypt".
    static let endorsementNouns: WordTable<Void> = WordTable(endorsementNounList)
    private static let endorsementNounList = ["support", "backing", "endorsement", "blessing"]
    /// Whether a noun names help given to talks rather than a part in them: "with AU facilitation and UN support".
    static func isHelpNoun(_ word: String) -> Bool { auspicesNouns.contains(word) || endorsementNouns.contains(word) }
    /// Words of welcome, which greet a guest or praise a deal.
    static let welcomingWords: WordTable<Void> = ["welcomed", "welcomes", "welcome", "welcoming"]
    /// Participles after an act's noun whose agent follows "by": "an invitation extended to him by".
    static let extendedActs: WordTable<Void> = ["extended", "issued", "made", "sent", "conveyed"]
    /// Acts named by a noun whose agents follow "of", after "at the": "at the request of Qatar and Türkiye".
    static let requestedActNouns: [String: (kind: EventKind, cameo: String)] = [
        "request": (.demand, "100"), "insistence": (.demand, "100"), "urging": (.demand, "100"), "behest": (.demand, "100"),
        "invitation": (.invite, "036"),
    ]
    /// What has or wins support before its noun: "with the support of", "won the backing of"; not "called for the support of".
    static let endorsementHolders: WordTable<Void> = [
        "with", "has", "have", "had", "having", "won", "wins", "received", "receives", "enjoys", "enjoyed", "gained", "secured", "got", "obtained",
    ]
    /// Words that may stand between the holder and the noun: "with the full political backing of".
    static let endorsementQualifiers: WordTable<Void> = [
        "the", "full", "strong", "firm", "broad", "unanimous", "political", "diplomatic", "military", "financial", "international", "public", "explicit",
    ]
    /// What is held or hosted when it is a meeting.
    static let meetingWords: Set<String> = ["talks", "negotiations", "meeting", "summit", "consultations"]
    /// Talk between two that is a meeting by other means: "a direct conversation between Netanyahu and Trump".
    static let conversationNouns: WordTable<Void> = ["conversation", "conversations", "discussions"]
    /// What a call is made over: "a phone call between".
    static let callMedia: WordTable<Void> = ["phone", "telephone", "video"]
    /// Occasions that leaders attend and chairs host, as against talks between sides: "chairing a gathering of world leaders".
    static let summitWords = WordTable<Void>(gatheringList + ["summit", "meeting", "session", "event"])
    /// Occasions of many, which no one mediates: "The summit, chaired by …", not "the meeting between them, chaired by".
    static let summitsOfMany = WordTable<Void>(gatheringList + ["summit"])
    /// What is continued or entered into when it is talks: "continue the dialogue".
    static let talkWords: Set<String> = meetingWords.union(["dialogue", "round"])
    /// Verbs after "to" in a demand that ask for an end of what follows ("to stop threatening").
    static let stoppingVerbs: WordTable<Void> = ["stop", "end", "cease", "halt", "quit"]
    /// What is blocked when blocking is a refusal.
    static let blockedWords: Set<String> = ["plan", "proposal", "proposals", "resolution", "decision", "deal", "agreement", "sanctions", "statement", "initiative"]
    /// What a mediator facilitates.
    static let mediatedWords: Set<String> = meetingWords.union(["process", "dialogue", "peace", "agreement", "deal", "exchange", "ceasefire", "truce"])
    /// Whom a host receives.
    static let guestWords: Set<String> = [
        "leaders", "delegations", "delegation", "counterpart", "counterparts", "ministers", "presidents", "envoys", "delegates", "representatives",
        "negotiators",
    ]
    /// What a body is to another, in an apposition: "the political wing of the communist New People's Army".
    static let bodyRoles: WordTable<Void> = [
        "wing", "arm", "branch", "faction", "affiliate", "ally", "proxy", "offshoot", "group", "movement", "organisation", "organization", "coalition",
    ]
    /// Verbs whose object a proposal is without being the subject's: "had not received any proposal to extend the truce".
    static let receivingVerbs: WordTable<Void> = ["received", "receive", "receives", "receiving", "got", "seen", "saw"]
    /// The words by which a host receives guests who then meet.
    static let hostingWords: WordTable<Void> = ["hosted", "hosting", "convene", "convened"]
    /// Event words that are nouns when a verb stands right before them ("rejects calls for").
    static let pluralEventNouns: WordTable<Void> = ["calls", "demands", "proposals", "threats", "offers", "invitations", "appeals"]
    static let quantifiers: WordTable<Void> = ["every", "any", "all", "each", "no", "another", "new", "latest"]
    /// What is agreed or signed, before a participle that describes it: "the three principles
    /// agreed upon in Brussels", "a cease-fire agreed in the February deal", "the accord signed in 2022".
    static let agreedThings = WordTable<Void>([
        "the", "an", "a", "ceasefire", "cease-fire", "ceasefires", "truce", "truces", "deal", "deals", "agreement", "agreements", "plan",
        "terms", "text", "date", "timetable", "statement", "communique", "declaration", "principles", "principle", "points", "measures",
        "steps", "release", "exchange", "swap", "draft", "framework", "roadmap", "accord", "accords", "arrangement", "arrangements",
        "conditions", "mechanism", "mechanisms", "treaty", "understanding", "package", "settlement", "protocol", "pause", "commitments",
        "obligations", "lines", "line", "schedule", "agenda", "map", "formula", "document", "charter", "memorandum",
    ])
    /// Words before "meeting with" that make it one to come or one named, not one held.
    static let plannedMeetingWords: WordTable<Void> = [
        "a", "an", "the", "trilateral", "bilateral", "direct", "new", "another", "next", "planned", "possible", "proposed",
        "any", "face-to-face", "personal", "future", "upcoming", "eventual", "potential",
    ]
    /// What an approval approves when it accepts a deal: "approved the release of prisoner …".
    static let approvedThings: WordTable<Void> = [
        "release", "deal", "agreement", "plan", "proposal", "ceasefire", "truce", "exchange", "text", "draft", "framework", "roadmap", "accord", "swap",
    ]

    static let rules: [EventRule] = [
        EventRule(match: .words(["offered", "to", "host"]), kind: .offerToHost, cameo: "036"),
        // "Cuba agreed to host the third cycle": an offer to host, not an acceptance of terms.
        EventRule(match: .words(["agreed", "to", "host"]), kind: .offerToHost, cameo: "036"),
        // "served as the facilitator", "who served as chief mediator", "acting as intermediaries".
        EventRule(match: .words(["served", "as"]), kind: .mediate, cameo: "045", needsLater: mediatorNouns, laterWithin: 3),
        EventRule(match: .words(["serving", "as"]), kind: .mediate, cameo: "045", needsLater: mediatorNouns, laterWithin: 3),
        EventRule(match: .words(["acted", "as"]), kind: .mediate, cameo: "045", needsLater: mediatorNouns, laterWithin: 3),
        EventRule(match: .words(["acting", "as"]), kind: .mediate, cameo: "045", needsLater: mediatorNouns, laterWithin: 3),
        EventRule(match: .words(["act", "as"]), kind: .mediate, cameo: "045", notAfter: ["to"], needsLater: mediatorNouns, laterWithin: 3),
        EventRule(match: .words(["acts", "as"]), kind: .mediate, cameo: "045", needsLater: mediatorNouns, laterWithin: 3),
        EventRule(match: .words(["serves", "as"]), kind: .mediate, cameo: "045", needsLater: mediatorNouns, laterWithin: 3),
        // "who are participating as co-facilitators".
        EventRule(match: .words(["participating", "as"]), kind: .mediate, cameo: "045", needsLater: mediatorNouns, laterWithin: 3),
        EventRule(match: .words(["participated", "as"]), kind: .mediate, cameo: "045", needsLater: mediatorNouns, laterWithin: 3),
        // "Qatar participated as an observer in the talks": an observer is there.
        EventRule(match: .words(["participated", "as"]), kind: .meet, cameo: "046", needsLater: ["observer", "observers"], laterWithin: 2),
        // "Moscow is prepared to play a role in helping to resolve the feud".
        EventRule(match: .words(["prepared", "to", "play"]), kind: .mediate, cameo: "039", needsLater: ["role"], laterWithin: 3),
        EventRule(match: .words(["ready", "to", "play"]), kind: .mediate, cameo: "039", needsLater: ["role"], laterWithin: 3),
        EventRule(match: .words(["volunteered", "to", "host"]), kind: .offerToHost, cameo: "036"),
        EventRule(match: .words(["offer", "to", "host"]), kind: .offerToHost, cameo: "036"),
        EventRule(match: .words(["offers", "to", "host"]), kind: .offerToHost, cameo: "036"),
        EventRule(match: .words(["ready", "to", "host"]), kind: .offerToHost, cameo: "036"),
        EventRule(match: .words(["readiness", "to", "host"]), kind: .offerToHost, cameo: "036"),
        EventRule(match: .words(["willing", "to", "host"]), kind: .offerToHost, cameo: "036"),
        // "will host the next round"; "will host a reception for the delegations" hosts no talks.
        EventRule(match: .words(["will", "host"]), kind: .offerToHost, cameo: "036", notBefore: socialOccasions),
        EventRule(match: .words(["would", "host"]), kind: .offerToHost, cameo: "036", notBefore: socialOccasions),
        // "Cambodia will host a General Border Committee session"; "will host a reception" offers no talks.
        EventRule(match: .words(["will", "host", "a"]), kind: .offerToHost, cameo: "036", notBefore: socialOccasions),
        EventRule(match: .words(["would", "host", "a"]), kind: .offerToHost, cameo: "036", notBefore: socialOccasions),
        EventRule(match: .words(["readiness", "to", "facilitate"]), kind: .mediate, cameo: "039"),
        EventRule(match: .words(["offered", "to", "mediate"]), kind: .mediate, cameo: "039"),
        EventRule(match: .words(["offer", "to", "mediate"]), kind: .mediate, cameo: "039"),
        EventRule(match: .words(["offered", "to", "facilitate"]), kind: .mediate, cameo: "039"),
        EventRule(match: .words(["ready", "to", "mediate"]), kind: .mediate, cameo: "039"),
        EventRule(match: .words(["ready", "to", "facilitate"]), kind: .mediate, cameo: "039"),
        EventRule(match: .words(["willing", "to", "facilitate"]), kind: .mediate, cameo: "039"),
        EventRule(match: .words(["offered", "to", "convene"]), kind: .mediate, cameo: "039"),
        EventRule(match: .words(["mediated"]), kind: .mediate, cameo: "045"),
        // "a plane facilitated by the ICRC" carried someone; no talks were mediated.
        EventRule(match: .words(["facilitated"]), kind: .mediate, cameo: "045", notAfter: [
            "plane", "flight", "flights", "transfer", "transfers", "visit", "aid", "delivery", "deliveries", "access", "return", "travel", "trip",
            "evacuation", "evacuations", "convoy", "convoys", "passage",
        ]),
        // "Ottawa would facilitate the process"; "facilitate trade" is no mediation.
        EventRule(match: .words(["facilitate"]), kind: .mediate, cameo: "045", needsLater: WordTable(mediatedWords), laterWithin: 3),
        EventRule(match: .words(["facilitating"]), kind: .mediate, cameo: "045", needsLater: WordTable(mediatedWords), laterWithin: 3),
        EventRule(match: .words(["facilitates"]), kind: .mediate, cameo: "045", needsLater: WordTable(mediatedWords), laterWithin: 3),
        EventRule(match: .words(["helped", "secure"]), kind: .mediate, cameo: "045"),
        EventRule(match: .words(["helped", "broker"]), kind: .mediate, cameo: "045"),
        EventRule(match: .words(["helped", "mediate"]), kind: .mediate, cameo: "045"),
        // "the U.S. “helped negotiate and secure a full and immediate ceasefire”": who helps others negotiate mediates.
        EventRule(match: .words(["helped", "negotiate"]), kind: .mediate, cameo: "045"),
        // "The United Nations is trying to mediate a deal": an attempt at mediation is mediation.
        EventRule(match: .words(["trying", "to", "mediate"]), kind: .mediate, cameo: "045"),
        EventRule(match: .words(["tried", "to", "mediate"]), kind: .mediate, cameo: "045"),
        EventRule(match: .words(["seeking", "to", "mediate"]), kind: .mediate, cameo: "045"),
        EventRule(match: .words(["working", "to", "mediate"]), kind: .mediate, cameo: "045"),
        EventRule(match: .words(["shuttling", "between"]), kind: .mediate, cameo: "045"),
        EventRule(match: .words(["shuttled", "between"]), kind: .mediate, cameo: "045"),
        // "the leaders of the mediating nations: …" names who mediate after the colon (EventFinder.mediatorsNamedAfter).
        EventRule(match: .words(["mediating"]), kind: .mediate, cameo: "045", notBefore: statePairNouns),
        EventRule(match: .words(["mediates"]), kind: .mediate, cameo: "045"),
        // "the US has led ceasefire efforts for Lebanon alongside allies", "Qatar, which is leading mediation efforts".
        EventRule(match: .words(["led"]), kind: .mediate, cameo: "045", needsNext: ledEfforts, needsLater: ["efforts", "effort"], laterWithin: 2),
        EventRule(match: .words(["leading"]), kind: .mediate, cameo: "045", needsNext: ledEfforts, needsLater: ["efforts", "effort"], laterWithin: 2),
        EventRule(match: .words(["leads"]), kind: .mediate, cameo: "045", needsNext: ledEfforts, needsLater: ["efforts", "effort"], laterWithin: 2),
        // "Algeria, which has been leading international efforts to mediate the peace talks".
        EventRule(match: .words(["efforts", "to", "mediate"]), kind: .mediate, cameo: "045"),
        EventRule(match: .words(["brokered"]), kind: .mediate, cameo: "045"),
        // "thanked Qatar for brokering the deal"; not "as a condition for brokering" nor "aimed at brokering", which name no act.
        EventRule(match: .words(["brokering"]), kind: .mediate, cameo: "045", notAfter: ["condition", "conditions", "at"]),
        // "thanked Macron for his assistance in achieving this ceasefire": whose help brought the deal about.
        EventRule(
            match: .words(["achieving"]), kind: .mediate, cameo: "045", needsPrevious: ["in"], needsLater: dealNouns, laterWithin: 3,
            needsEarlier: helpingNouns, earlierWithin: 2),
        // "thanked US President Donald Trump for supporting the talks": whom thanks go to backed them.
        EventRule(match: .words(["supporting"]), kind: .support, cameo: "051", needsPrevious: ["for"], needsLater: WordTable(talkWords.union(["process", "efforts", "ceasefire", "agreement", "deal"])), laterWithin: 3),
        // "has tried for two years to broker peace talks"; not "an honest broker" nor "a power broker".
        EventRule(match: .words(["broker"]), kind: .mediate, cameo: "045", notAfter: ["honest", "power", "a", "an", "the"]),
        EventRule(match: .words(["brokers"]), kind: .mediate, cameo: "045", notAfter: ["honest", "power", "the"]),
        // "Qatar has played a crucial mediation role", "played a key role in mediating".
        // "The government of Qatar played a key role as an intermediary".
        EventRule(match: .words(["played"]), kind: .mediate, cameo: "045", needsLater: ["mediation", "mediating", "mediator", "facilitating", "brokering", "intermediary"], laterWithin: 6),
        EventRule(match: .words(["turned", "down"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["think", "about"]), kind: .consider, cameo: "014"),
        EventRule(match: .words(["called", "for"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["call", "for"]), kind: .demand, cameo: "100"),
        // "The UN deal calls for a presidential council": what a document provides is no one's demand.
        EventRule(match: .words(["calls", "for"]), kind: .demand, cameo: "100", notAfter: WordTable(documentSubjectList + refusedCallWords)),
        EventRule(match: .words(["called", "on"]), kind: .demand, cameo: "100"),
        // "called in a video message for the group to lay down its arms": where the call was made, then what it asks.
        EventRule(match: .words(["called"]), kind: .demand, cameo: "100", needsNext: ["in", "during", "via", "through"], needsLater: ["for"], laterWithin: 6),
        EventRule(match: .words(["calling", "for"]), kind: .demand, cameo: "100"),
        // "stressing the urgent need to deliver humanitarian aid", "underscored the need to sustain the ceasefire".
        EventRule(match: .words(["stressing"]), kind: .demand, cameo: "100", needsLater: ["need"], laterWithin: 3),
        EventRule(match: .words(["stressed"]), kind: .demand, cameo: "100", needsLater: ["need"], laterWithin: 3),
        EventRule(match: .words(["underscored"]), kind: .demand, cameo: "100", needsLater: ["need"], laterWithin: 3),
        EventRule(match: .words(["underscoring"]), kind: .demand, cameo: "100", needsLater: ["need"], laterWithin: 3),
        // "speaking with leaders from both countries to advocate for restraint".
        EventRule(match: .words(["advocate", "for"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["advocated", "for"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["advocating", "for"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["advocates", "for"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["calling", "on"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["calls", "on"]), kind: .demand, cameo: "100"),
        // "is recognized by the United States and more than 50 other countries": diplomatic recognition granted.
        EventRule(match: .words(["recognized"]), kind: .support, cameo: "054", needsNext: ["by"]),
        EventRule(match: .words(["recognised"]), kind: .support, cameo: "054", needsNext: ["by"]),
        EventRule(match: .words(["expressed", "support"]), kind: .support, cameo: "051"),
        // "with the United Nations Secretary-General expressing support for de-escalation efforts".
        EventRule(match: .words(["expressing", "support"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["expresses", "support"]), kind: .support, cameo: "051"),
        // "expressed satisfaction with the outcome".
        EventRule(match: .words(["expressed", "satisfaction"]), kind: .support, cameo: "051"),
        // "expressed hope that this “important step will contribute to ending tensions”": a deal called a step is praised;
        // hope that it "would provide opportunities" is no praise (CONVENTIONS.md).
        EventRule(match: .words(["expressed", "hope", "that"]), kind: .support, cameo: "051", needsLater: judgementNouns, laterWithin: 3),
        // "Biden cheered the announcement of the hostage deal", "touted an “EPIC ceasefire agreement”".
        EventRule(match: .words(["cheered"]), kind: .support, cameo: "051", needsLater: WordTable(agreementNounList + ["announcement"]), laterWithin: 5),
        EventRule(match: .words(["touted"]), kind: .support, cameo: "051", needsLater: agreementNouns, laterWithin: 4),
        // "…, expressing satisfaction with the results", "expressed overall satisfaction with the meeting".
        EventRule(match: .words(["expressing", "satisfaction"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["expressed", "overall", "satisfaction"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["voiced", "support"]), kind: .support, cameo: "051"),
        // "The US and China also played supportive roles", "were in attendance, in a show of support".
        EventRule(match: .words(["supportive", "role"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["supportive", "roles"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["show", "of", "support"]), kind: .support, cameo: "051", notBefore: ["for", "by"]),
        EventRule(match: .words(["held", "talks"]), kind: .meet, cameo: "046"),
        // "Nyusi and Momade shook hands and embraced after the signing": who shake hands meet.
        EventRule(match: .words(["shook", "hands"]), kind: .meet, cameo: "040"),
        // "Chissano and Dhlakama embraced on signing"; "embraced the plan" accepts it instead.
        EventRule(match: .words(["embraced"]), kind: .meet, cameo: "040", notBefore: WordTable(articleList + ["each", "one", "plan", "proposal", "deal", "idea", "peace", "calls"])),
        // "sealed an accord Friday …, ending three days of talks".
        EventRule(match: .words(["ending"]), kind: .meet, cameo: "046", needsLater: ["talks", "negotiations"], laterWithin: 5),
        EventRule(match: .words(["shake", "hands"]), kind: .meet, cameo: "040", notAfter: ["to", "will", "would"]),
        // "Iran and the United States had “productive” senior-level talks in Oman".
        EventRule(match: .words(["had"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 4, needsNamedSubjectAndDescribedLater: true),
        // "held a productive discussion", "held productive discussions".
        EventRule(match: .words(["held"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords.union(["discussion", "discussions"])), laterWithin: 6),
        // "The leaders were involved in discussions yesterday"; not "the four nations involved in the talks", who are described.
        EventRule(
            match: .words(["involved", "in"]), kind: .meet, cameo: "046", needsPrevious: passiveAuxiliaries, mayStandBetween: ["also", "directly", "closely", "actively"],
            needsLater: WordTable(meetingWords.union(["discussions"])), laterWithin: 3),
        // "the talks, hosted by Saudi Foreign Minister …": the host is the agent.
        EventRule(match: .words(["hosted"]), kind: .meet, cameo: "046", needsNext: ["by"]),
        EventRule(match: .words(["co-hosted"]), kind: .meet, cameo: "046", needsNext: ["by"]),
        // "Saudi Arabia was represented by a delegation led by Foreign Minister Faisal bin Farhan": it attended.
        EventRule(match: .words(["represented", "by", "a", "delegation"]), kind: .meet, cameo: "046"),
        // "The signing ceremony was hosted at the White House": the seat of government hosts.
        EventRule(match: .words(["hosted", "at"]), kind: .meet, cameo: "046", seatActs: true),
        // "weeks of talks hosted in Khartoum": the capital's government hosts.
        EventRule(match: .words(["hosted", "in"]), kind: .meet, cameo: "046", seatActs: true),
        // "a team of mediators led by Algeria": who leads the mediation mediates.
        EventRule(match: .words(["mediators", "led"]), kind: .mediate, cameo: "045", needsNext: ["by"]),
        EventRule(match: .words(["mediation", "led"]), kind: .mediate, cameo: "045", needsNext: ["by"]),
        // "the talks were co-organised by Malaysia and the United States": who brings the two sides together.
        EventRule(match: .words(["co-organised"]), kind: .mediate, cameo: "045", needsNext: ["by"]),
        EventRule(match: .words(["co-organized"]), kind: .mediate, cameo: "045", needsNext: ["by"]),
        EventRule(match: .words(["hosted"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords.union(guestWords))),
        // "hosted a conference of Sudanese civilian groups"; a news conference is held, not hosted, and has a word between.
        EventRule(match: .words(["hosted"]), kind: .meet, cameo: "046", needsLater: gatheringWords, laterWithin: 2),
        // "The ceremony was opened by Senior Advisor Massad Boulos": who opens it is there.
        EventRule(match: .words(["opened"]), kind: .meet, cameo: "046", needsNext: ["by"], needsEarlier: WordTable(ceremonyNounList + Array(meetingWords)), earlierWithin: 3),
        // "Rubio hosted the event at the State Department".
        EventRule(match: .words(["hosted"]), kind: .meet, cameo: "046", needsLater: ["event"], laterWithin: 2),
        // "for hosting several rounds of dialogue".
        EventRule(match: .words(["hosting"]), kind: .meet, cameo: "046", needsLater: WordTable(talkWords.union(guestWords).union(["rounds", "discussions"])), laterWithin: 6),
        // "hosted the ministerial signing of the agreement": who holds the ceremony meets those who sign;
        // "hosted Israeli Prime Minister Benjamin Netanyahu and foreign ministers of … for the signing": and its guests.
        EventRule(match: .words(["hosted"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 20),
        EventRule(match: .words(["hosting"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 4),
        // "with President Donald Trump overseeing the signing of the pacts": who presides over a signing is there.
        EventRule(match: .words(["overseeing"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 3),
        EventRule(match: .words(["oversaw"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 3),
        EventRule(match: .words(["presided", "over"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 3),
        // "a ceremony presided over by Trump", "The signing ceremony was overseen by President Donald Trump": the agent is there.
        EventRule(match: .words(["presided", "over"]), kind: .meet, cameo: "046", needsNext: ["by"], needsEarlier: ceremonyWords),
        EventRule(match: .words(["overseen"]), kind: .meet, cameo: "046", needsNext: ["by"], needsEarlier: ceremonyWords),
        EventRule(match: .words(["hold", "talks"]), kind: .meet, cameo: "046"),
        // "The United States opened the Bosnian peace talks in Ohio": who opens talks holds them.
        EventRule(match: .words(["opened"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 4),
        // "Al-Sharaa and Abdi shook hands in Damascus", "were seen shaking hands": they met.
        EventRule(match: .words(["shook", "hands"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["shaking", "hands"]), kind: .meet, cameo: "040", notAfter: ["before", "after", "for"]),
        // "began formal peace talks with the NDFP", "resumed direct negotiations".
        EventRule(match: .words(["began"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 4),
        EventRule(match: .words(["started"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 4),
        EventRule(match: .words(["launched"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 4),
        EventRule(match: .words(["resumed"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 4),
        // "Sudan's warring parties were continuing face-to-face talks on Monday"; "will continue talks" is hedged.
        // Not "the importance of continuing talks", a gerund after a preposition, which asserts none.
        EventRule(match: .words(["continuing"]), kind: .meet, cameo: "046", notAfter: ["of", "for", "to", "on", "about", "in"], needsLater: WordTable(meetingWords), laterWithin: 3),
        EventRule(match: .words(["continued"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 3),
        // "Saudi officials were in Sanaa for talks with the Houthis"; "calls for talks with" asks for them.
        EventRule(match: .words(["talks", "with"]), kind: .meet, cameo: "046", notAfter: talksSoughtWords, needsPrevious: ["for"], mayStandBetween: talksQualifiers),
        // "after 12 hours of talks by Vučić, Kurti and EU officials": the talks' agents held them.
        EventRule(match: .words(["talks"]), kind: .meet, cameo: "046", needsNext: ["by"]),
        // "arrived in Sanaa to negotiate a ceasefire with Houthi officials", "arrived for talks".
        EventRule(match: .words(["arrived"]), kind: .meet, cameo: "046", needsLater: ["talks", "negotiate", "negotiations", "discussions"], laterWithin: 12),
        // "after chairing talks between them": who chairs talks between two sides mediates them.
        EventRule(match: .words(["chairing"]), kind: .mediate, cameo: "045", needsLater: WordTable(meetingWords.subtracting(["meeting", "summit"])), laterWithin: 3),
        EventRule(match: .words(["chairing"]), kind: .mediate, cameo: "045", needsLater: ["between"], laterWithin: 5),
        // "are chairing a gathering of world leaders", "is co-chairing a summit on Gaza", "The summit, co-chaired by
        // Sisi and Trump": who chairs a summit hosts it.
        EventRule(match: .words(["chairing"]), kind: .meet, cameo: "046", needsLater: summitWords, laterWithin: 3),
        EventRule(match: .words(["co-chairing"]), kind: .meet, cameo: "046", needsLater: summitWords, laterWithin: 3),
        EventRule(match: .words(["co-chaired"]), kind: .meet, cameo: "046", needsNext: ["by"]),
        EventRule(match: .words(["co-chaired"]), kind: .meet, cameo: "046", needsLater: summitWords, laterWithin: 3),
        EventRule(match: .words(["co-hosted"]), kind: .meet, cameo: "046", needsLater: summitWords, laterWithin: 3),
        EventRule(match: .words(["chaired"]), kind: .meet, cameo: "046", needsNext: ["by"], needsEarlier: summitsOfMany, earlierWithin: 12),
        EventRule(match: .words(["chaired"]), kind: .mediate, cameo: "045", needsLater: WordTable(meetingWords.subtracting(["meeting"])), laterWithin: 3),
        // "Prime Minister Modi chaired a high-level meeting": who chairs a meeting holds it; talks between sides are mediated.
        EventRule(match: .words(["chaired"]), kind: .mediate, cameo: "045", needsLater: ["between"], laterWithin: 5),
        // "Fidan, who chairs the talks, said": the present tense of the same.
        EventRule(match: .words(["chairs"]), kind: .mediate, cameo: "045", needsLater: WordTable(meetingWords.subtracting(["meeting", "summit"])), laterWithin: 3),
        EventRule(match: .words(["chaired"]), kind: .meet, cameo: "040", needsLater: ["meeting"], laterWithin: 3),
        // "The talks in Lome, chaired by the Togolese government, …".
        EventRule(match: .words(["chaired"]), kind: .mediate, cameo: "045", needsNext: ["by"], needsEarlier: WordTable(meetingWords)),
        // "gathered near Oslo on Friday for informal discussions".
        EventRule(match: .words(["gathered"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords.union(["discussions"])), laterWithin: 8),
        // "Speaking at a joint news conference with Sarkozy in Tbilisi, Saakashvili welcomed the plan": they met.
        EventRule(match: .words(["joint", "news", "conference", "with"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["joint", "press", "conference", "with"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["resumed", "talks"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["resume", "talks"]), kind: .meet, cameo: "046", notAfter: ["to"]),
        EventRule(match: .words(["resumed", "negotiations"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["resumed", "discussions"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["commenced", "talks"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["commenced", "negotiations"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["began", "discussions"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["held", "discussions"]), kind: .meet, cameo: "046"),
        // "after meeting with the ICRC in Amman", "his meetings with Azerbaijani President Ilham Aliyev".
        // "ready for a trilateral meeting with Trump" names a meeting to come, not one held.
        EventRule(match: .words(["meeting", "with"]), kind: .meet, cameo: "040", notAfter: plannedMeetingWords),
        // "after meeting separately with both sides".
        EventRule(match: .words(["meeting", "separately", "with"]), kind: .meet, cameo: "040", notAfter: plannedMeetingWords),
        EventRule(match: .words(["met", "separately", "with"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["meetings", "with"]), kind: .meet, cameo: "040", notAfter: plannedMeetingWords),
        // "held a phone call with the Saudi Crown Prince", "spoke by phone with".
        EventRule(match: .words(["held", "a", "phone", "call"]), kind: .meet, cameo: "040"),
        // "a telephone call from US President Clinton to Adams", "received phone calls from the talks' chairman": who called.
        EventRule(match: .words(["call"]), kind: .meet, cameo: "040", needsNext: ["from"], needsPrevious: callMedia),
        EventRule(match: .words(["calls"]), kind: .meet, cameo: "040", needsNext: ["from"], needsPrevious: callMedia),
        EventRule(match: .words(["spoke", "by", "phone"]), kind: .meet, cameo: "040"),
        // "contacted his Indian counterpart", "called the Indian counterpart", "spoke with External Affairs Minister …":
        // one official reaching another; "spoke to reporters" reaches nobody in the story.
        EventRule(match: .words(["contacted"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["phoned"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["called"]), kind: .meet, cameo: "040", needsLater: ["counterpart", "counterparts"], laterWithin: 3),
        EventRule(match: .words(["spoke", "with"]), kind: .meet, cameo: "040", needsLater: officialNouns, laterWithin: 5),
        // "Trump at one point spoke directly to its leader", "Trump communicated directly with Netanyahu".
        EventRule(match: .words(["spoke", "directly", "to"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["spoke", "directly", "with"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["communicated", "directly", "with"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["communicated", "with"]), kind: .meet, cameo: "040", needsLater: officialNouns, laterWithin: 5),
        // "Guterres also intervened, speaking separately with leaders from both countries".
        EventRule(match: .words(["speaking", "with"]), kind: .meet, cameo: "040", needsLater: officialNouns, laterWithin: 4),
        EventRule(match: .words(["speaking", "separately", "with"]), kind: .meet, cameo: "040", needsLater: officialNouns, laterWithin: 4),
        // "Faisal bin Farhan and Antony Blinken discussed a plan", "Putin discussed the war with Erdogan".
        EventRule(match: .words(["discussed"]), kind: .meet, cameo: "040", notAfter: passiveAuxiliaries, needsCompany: true),
        EventRule(match: .words(["discusses"]), kind: .meet, cameo: "040", needsCompany: true),
        EventRule(match: .words(["spoke", "to"]), kind: .meet, cameo: "040", needsLater: officialNouns, laterWithin: 5),
        EventRule(match: .words(["reached", "out", "to"]), kind: .meet, cameo: "040", needsLater: officialNouns, laterWithin: 5),
        EventRule(match: .words(["opened", "talks"]), kind: .meet, cameo: "046"),
        // "The two sides entered peace talks after …".
        EventRule(match: .words(["entered"]), kind: .meet, cameo: "046", needsLater: ["talks", "negotiations"], laterWithin: 2),
        EventRule(match: .words(["began", "talks"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["began", "negotiations"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["started", "talks"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["launched", "talks"]), kind: .meet, cameo: "046"),
        // "Zelensky, who attended the meeting": who attends a meeting meets; a committee chaired is no meeting.
        EventRule(match: .words(["attended"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 3),
        // "Clinton was one of 20 foreign leaders who joined the peace conference for Burundi": who joins talks takes part.
        // "Witkoff had joined Biden’s Mideast adviser, Brett McGurk, in Doha for talks"; joining calls for talks holds none.
        EventRule(
            match: .words(["joined"]), kind: .meet, cameo: "046", notBefore: ["calls", "call", "appeals", "demands", "efforts", "forces"],
            needsLater: WordTable(meetingWords.union(["conference"])), laterWithin: 10),
        // "where they and government officials had negotiated the peace accords": who negotiated a deal held talks; "a
        // negotiated settlement" describes one.
        EventRule(match: .words(["negotiated"]), kind: .meet, cameo: "046", notAfter: ["a", "an", "the"], needsLater: dealNouns, laterWithin: 4),
        // "Arzu told the closing session of the summit", "told a summit of Ibero-American presidents": who addressed it was there.
        EventRule(match: .words(["told"]), kind: .meet, cameo: "046", needsLater: addressedGatherings, laterWithin: 3),
        // "attended the ceremony", "on hand to witness the signing": who watches the signers meets them.
        EventRule(match: .words(["attended"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 3),
        EventRule(match: .words(["witness"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 3),
        // A photograph's caption is written in the present: "… attend a meeting in Arusha", "… holds talks with",
        // "… shakes hands with", "… pose for a photo before their talks". Not what is meant to be ("refused
        // to attend"); "will attend" is hedged.
        EventRule(match: .words(["attend"]), kind: .meet, cameo: "046", notAfter: ["to", "not"], needsLater: WordTable(meetingWords.union(ceremonyWordList)), laterWithin: 3),
        EventRule(match: .words(["attends"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords.union(ceremonyWordList)), laterWithin: 3),
        EventRule(match: .words(["holds", "talks"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["shakes", "hands"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["pose"]), kind: .meet, cameo: "040", notAfter: ["to", "not", "would", "could", "may", "might"], needsLater: photoWords, laterWithin: 3, needsCompany: true),
        EventRule(match: .words(["poses"]), kind: .meet, cameo: "040", needsLater: photoWords, laterWithin: 3, needsCompany: true),
        EventRule(match: .words(["posed"]), kind: .meet, cameo: "040", needsLater: photoWords, laterWithin: 3, needsCompany: true),
        // "Kony was present along with Kampala's top negotiator": who was there met whom they were there with.
        // Not the verb ("to present the plan at the talks") nor the time ("the present talks").
        EventRule(
            match: .words(["present"]), kind: .meet, cameo: "046", notAfter: [
                "to", "the", "a", "will", "would", "can", "could", "should", "must", "at", "its", "their", "his", "her", "our", "and", "those",
            ],
            needsLater: presenceCompanions, laterWithin: 4),
        // "Mogherini and Portugal's foreign secretary were present as well": who was there; not "troops were present in the region".
        EventRule(
            match: .words(["present"]), kind: .meet, cameo: "046", needsPrevious: ["were", "was"], mayStandBetween: ["also"],
            notBefore: ["in", "inside", "near", "on", "across", "throughout", "along", "within", "to", "for"]),
        // "issued after a joint press conference by Erdogan, his Somali counterpart … and Abiy Ahmed": who appear together meet.
        EventRule(match: .words(["joint", "press", "conference"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["joint", "news", "conference"]), kind: .meet, cameo: "046"),
        // "… were in Algiers to witness the agreement": who came to see it signed.
        EventRule(match: .words(["witness"]), kind: .meet, cameo: "046", needsLater: agreementNouns, laterWithin: 3),
        // "Robertson and Solana were among those attending the signing ceremony".
        EventRule(match: .words(["attending"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 3),
        EventRule(match: .words(["attending"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 3),
        EventRule(match: .words(["witnessed"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 3),
        // "Joseph Kabila, speaking at the signing of the deal in Pretoria, said": who spoke there was there.
        EventRule(match: .words(["speaking", "at", "the"]), kind: .meet, cameo: "046", needsNext: ceremonyWords),
        EventRule(match: .words(["spoke", "at", "the"]), kind: .meet, cameo: "046", needsNext: ceremonyWords),
        // "The signing ceremony was witnessed by the Chairman of the Sovereign Council, Gen. Abdel Fattah al-Burhan".
        EventRule(match: .words(["witnessed"]), kind: .meet, cameo: "046", needsNext: ["by"]),
        // "Robertson and Solana watched as President Trajkovski … signed the accord": who watch a signing are there.
        EventRule(match: .words(["watched", "as"]), kind: .meet, cameo: "046", needsLater: signingWords, laterWithin: 14),
        EventRule(match: .words(["looked", "on", "as"]), kind: .meet, cameo: "046", needsLater: signingWords, laterWithin: 14),
        // "Diplomats watched the armed forces chief-of-staff, Gen Armando da Cruz Neto, and Gen Ukwachitembo sign the
        // peace treaty": the bare infinitive after whom they watched; "watched the signing on television" is not there.
        EventRule(match: .words(["watched"]), kind: .meet, cameo: "046", needsLater: ["sign"], laterWithin: 16),
        // "With President Clinton looking on, Rabin and Arafat shook hands".
        EventRule(match: .words(["looking", "on"]), kind: .meet, cameo: "046", needsLater: witnessedActs, laterWithin: 14),
        // "… sign the treaty as South African President Thabo Mbeki looks on": a caption's witness.
        EventRule(match: .words(["looks", "on"]), kind: .meet, cameo: "046"),
        // "Ferguson represents Australia in witnessing the Bougainville Peace Agreement".
        EventRule(match: .words(["witnessing"]), kind: .meet, cameo: "046", needsLater: agreementNouns, laterWithin: 5),
        EventRule(match: .words(["witnessing"]), kind: .meet, cameo: "046", needsLater: ceremonyWords, laterWithin: 3),
        // "Mr Clinton stood in the middle, flanked on his right by Mr Rabin, Mr Andrei Kozyrev … and Mr Shimon Peres".
        EventRule(match: .words(["flanked"]), kind: .meet, cameo: "046", needsLater: ["by"], laterWithin: 4),
        // "ended a fourth round of indirect nuclear talks": a round held to its end.
        EventRule(match: .words(["ended"]), kind: .meet, cameo: "046", needsLater: ["round"], laterWithin: 3),
        // "concluded their second cycle of talks", "to conclude a third round of peace talks".
        EventRule(match: .words(["concluded"]), kind: .meet, cameo: "046", needsLater: ["round", "talks", "negotiations"], laterWithin: 5),
        EventRule(match: .words(["conclude"]), kind: .meet, cameo: "046", needsLater: ["round", "talks", "negotiations"], laterWithin: 5),
        // "Antonio Garcia, who is leading talks with the government".
        EventRule(match: .words(["leading", "talks", "with"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["led", "talks", "with"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["wrapped", "up"]), kind: .meet, cameo: "046", needsLater: ["round", "talks", "negotiations"], laterWithin: 3),
        // "Lebanon and Israel sent civilian representatives to a meeting of the committee".
        EventRule(match: .words(["sent"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 6),
        // "would send negotiators to Jeddah, Saudi Arabia, to hold talks on a ceasefire".
        EventRule(match: .words(["send"]), kind: .meet, cameo: "046", notAfter: ["to"], needsLater: WordTable(meetingWords), laterWithin: 9),
        // "where he was due to meet other ministers": a meeting to come.
        EventRule(match: .words(["due", "to", "meet"]), kind: .meet, cameo: "040"),
        // "The guarantor powers were also set to participate", "will participate in the talks".
        EventRule(match: .words(["set", "to", "participate"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["due", "to", "participate"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["participate"]), kind: .meet, cameo: "046", needsNext: ["in"], needsLater: WordTable(meetingWords), laterWithin: 4),
        EventRule(match: .words(["participated"]), kind: .meet, cameo: "046", needsNext: ["in"], needsLater: WordTable(meetingWords), laterWithin: 4),
        // "The informal discussion was attended by the heads of the five delegations: …".
        EventRule(match: .words(["attended"]), kind: .meet, cameo: "046", needsNext: ["by"]),
        // "Guterres was to convene President Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar":
        // whom one convenes meets; "convened at Guterres' request" names no convener.
        EventRule(match: .words(["convene"]), kind: .meet, cameo: "046", notBefore: convenedOccasions),
        EventRule(match: .words(["convened"]), kind: .meet, cameo: "046", notBefore: convenedOccasions),
        // "The UN chief kicked off informal talks with rival Cypriot leaders".
        EventRule(match: .words(["kicked", "off"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 3),
        // "were holding peace talks in Doha", "will hold a second round of talks"; "said Kyiv supported holding a
        // meeting", "an offer by China to hold talks": what is backed or offered is not held.
        EventRule(match: .words(["holding"]), kind: .meet, cameo: "046", notAfter: meetingProposalWords, needsLater: WordTable(meetingWords), laterWithin: 3),
        EventRule(match: .words(["hold"]), kind: .meet, cameo: "046", notAfter: meetingProposalWords, needsLater: WordTable(meetingWords), laterWithin: 3),
        EventRule(match: .words(["scheduled", "to", "meet"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["expected", "to", "meet"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["opened", "negotiations"]), kind: .meet, cameo: "046"),
        // "would not take part in any talks": taking part in a meeting, or refusing to.
        EventRule(match: .words(["take", "part"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 4),
        EventRule(match: .words(["took", "part"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 4),
        EventRule(match: .words(["taking", "part"]), kind: .meet, cameo: "046", needsLater: WordTable(meetingWords), laterWithin: 4),
        // "before 2,500 invited guests": those invited describe an audience.
        EventRule(match: .words(["invited"]), kind: .invite, cameo: "036", notBefore: audienceNouns),
        EventRule(match: .words(["invites"]), kind: .invite, cameo: "036"),
        EventRule(match: .words(["invite"]), kind: .invite, cameo: "036", notAfter: ["an", "the"]),
        EventRule(match: .words(["inviting"]), kind: .invite, cameo: "036"),
        EventRule(match: .words(["extended", "an", "invitation"]), kind: .invite, cameo: "036"),
        EventRule(match: .words(["extended", "invitations"]), kind: .invite, cameo: "036"),
        EventRule(match: .words(["issued", "an", "invitation"]), kind: .invite, cameo: "036"),
        EventRule(match: .words(["sent", "an", "invitation"]), kind: .invite, cameo: "036"),
        // "Afwerki received a formal invitation over the weekend from Algerian President Abdelaziz Bouteflika".
        EventRule(match: .words(["invitation"]), kind: .invite, cameo: "036", needsLater: ["from"], laterWithin: 4),
        EventRule(match: .words(["proposed"]), kind: .propose, cameo: "037", notAfter: WordTable(articleList + ["newly", "recently", "originally"])),
        EventRule(match: .words(["proposes"]), kind: .propose, cameo: "037"),
        // "Pakistan denied involvement, proposing an independent investigation".
        EventRule(match: .words(["proposing"]), kind: .propose, cameo: "037"),
        // "every compromise put forward by Cairo", "the plan it put forward".
        EventRule(match: .words(["put", "forward"]), kind: .propose, cameo: "037"),
        EventRule(match: .words(["puts", "forward"]), kind: .propose, cameo: "037"),
        EventRule(match: .words(["ready", "to", "negotiate"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["willing", "to", "negotiate"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["ready", "to", "talk"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["willing", "to", "talk"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["ready", "to", "discuss"]), kind: .propose, cameo: "036"),
        // "is ready to meet Niger's junta leader": an offer of talks.
        EventRule(match: .words(["ready", "to", "meet"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["willing", "to", "meet"]), kind: .propose, cameo: "036"),
        // "offering instead short truces", "offered a ceasefire": what is offered is proposed.
        EventRule(match: .words(["offering"]), kind: .propose, cameo: "037", needsLater: offeredTerms, laterWithin: 4),
        EventRule(match: .words(["offered"]), kind: .propose, cameo: "037", needsLater: offeredTerms, laterWithin: 4),
        EventRule(match: .words(["ready", "to", "hold"]), kind: .propose, cameo: "036", needsLater: WordTable(meetingWords), laterWithin: 3),
        EventRule(match: .words(["willing", "to", "discuss"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["ready", "to", "resume"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["readiness", "to", "resume"]), kind: .propose, cameo: "036", needsLater: WordTable(talkWords.union(["discussions"])), laterWithin: 3),
        EventRule(match: .words(["readiness", "to", "recommence"]), kind: .propose, cameo: "036", needsLater: WordTable(talkWords.union(["discussions"])), laterWithin: 3),
        EventRule(match: .words(["ready", "to", "recommence"]), kind: .propose, cameo: "036", needsLater: WordTable(talkWords.union(["discussions"])), laterWithin: 3),
        EventRule(match: .words(["prepared", "to", "resume"]), kind: .propose, cameo: "036", needsLater: WordTable(talkWords.union(["discussions"])), laterWithin: 3),
        // "Moscow is not ready to offer a cease-fire".
        EventRule(match: .words(["ready", "to", "offer"]), kind: .propose, cameo: "037", needsLater: offeredTerms, laterWithin: 3),
        // "willing to continue the dialogue", "open to a new round of talks": an offer of talks.
        EventRule(match: .words(["willing", "to", "continue"]), kind: .propose, cameo: "036", needsLater: WordTable(talkWords), laterWithin: 3),
        EventRule(match: .words(["ready", "to", "continue"]), kind: .propose, cameo: "036", needsLater: WordTable(talkWords), laterWithin: 3),
        EventRule(match: .words(["open", "to"]), kind: .propose, cameo: "036", needsLater: WordTable(talkWords), laterWithin: 5),
        // "offered to negotiate with al-Shabaab", "offered talks to the rebels".
        EventRule(match: .words(["offered", "to", "negotiate"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["offers", "to", "negotiate"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["offered", "to", "talk"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["offered", "talks"]), kind: .propose, cameo: "036"),
        EventRule(match: .words(["offers", "talks"]), kind: .propose, cameo: "036"),
        // "an offer by China to hold talks", "an offer from Qatar".
        EventRule(match: .words(["offer"]), kind: .propose, cameo: "036", needsNext: ["by", "from"]),
        // "the proposal presented by U.S. envoy Tom Barrack": the envoy is the agent.
        EventRule(match: .words(["presented"]), kind: .propose, cameo: "037", needsNext: ["by"]),
        EventRule(match: .words(["presented"]), kind: .propose, cameo: "037", needsLater: planWords),
        EventRule(match: .words(["unveiled"]), kind: .propose, cameo: "037", needsLater: planWords),
        // "Trump published a 20-point plan to end the war".
        EventRule(match: .words(["published"]), kind: .propose, cameo: "037", needsLater: planWords, laterWithin: 3),
        // "I laid out the precise contours of this plan".
        EventRule(match: .words(["laid", "out"]), kind: .propose, cameo: "037", needsLater: planWords, laterWithin: 6),
        // "Russia handed over to Ukraine its memorandum on a ceasefire", "handed over a document with the terms".
        EventRule(match: .words(["handed", "over"]), kind: .propose, cameo: "037", needsLater: handedProposals, laterWithin: 7),
        EventRule(match: .words(["hand", "over"]), kind: .propose, cameo: "037", notAfter: ["to", "will", "would", "may", "might", "could"], needsLater: handedProposals, laterWithin: 7),
        EventRule(match: .words(["unveils"]), kind: .propose, cameo: "037", needsLater: planWords),
        EventRule(match: .words(["propose"]), kind: .propose, cameo: "037", notAfter: ["to"]),
        EventRule(match: .words(["proposal"]), kind: .propose, cameo: "037", needsNext: ["to", "for", "by"]),
        EventRule(match: .words(["drafted"]), kind: .propose, cameo: "037", needsNext: ["by"]),
        // "a framework introduced by Donald Trump’s special envoy", "the resolution tabled by Malta".
        EventRule(match: .words(["introduced"]), kind: .propose, cameo: "037", needsNext: ["by"]),
        EventRule(match: .words(["tabled"]), kind: .propose, cameo: "037", needsNext: ["by"]),
        // "a ceasefire initiated by President Donald Trump"; "a call initiated by" a general proposes nothing.
        EventRule(match: .words(["initiated"]), kind: .propose, cameo: "037", needsNext: ["by"], notAfter: ["call", "calls", "contact", "attack", "attacks", "war", "offensive"]),
        EventRule(match: .words(["sponsored"]), kind: .propose, cameo: "037", needsNext: ["by"]),
        EventRule(match: .words(["accepted"]), kind: .accept, cameo: "030"),
        EventRule(match: .words(["accepts"]), kind: .accept, cameo: "030"),
        EventRule(match: .words(["accept"]), kind: .accept, cameo: "030"),
        EventRule(match: .words(["committed"]), kind: .accept, cameo: "030", needsNext: ["to", "itself"]),
        // "committed in a declaration to work towards a short-term ceasefire".
        EventRule(match: .words(["committed", "in"]), kind: .accept, cameo: "030", needsLater: ["declaration", "statement", "communique", "communiqué", "document"], laterWithin: 2),
        EventRule(match: .words(["agreed"]), kind: .accept, cameo: "030", notAfter: agreedThings, unlessAgentFollows: true),
        // "both Azerbaijan and Armenia announced an agreement on the draft".
        EventRule(match: .words(["announced", "an", "agreement"]), kind: .accept, cameo: "030"),
        EventRule(match: .words(["announced", "agreement"]), kind: .accept, cameo: "030"),
        EventRule(match: .words(["approved"]), kind: .accept, cameo: "030", needsLater: approvedThings, laterWithin: 3),
        // "a plan … had been approved by the governments of Israel and Lebanon": the agent follows.
        EventRule(match: .words(["approved"]), kind: .accept, cameo: "030", needsNext: ["by"]),
        // "have formally renounced military confrontation": forswearing force.
        EventRule(match: .words(["renounced"]), kind: .accept, cameo: "030", needsLater: ["violence", "force", "war", "confrontation", "hostilities", "fighting"], laterWithin: 3),
        // "he added that agreeing on another truce is conditioned …": the gerund names an act, nobody's.
        EventRule(match: .words(["agreeing"]), kind: .accept, cameo: "030", notAfter: ["that"]),
        // "failed to agree on a ceasefire"; "urged them to agree" is a demand's content.
        EventRule(match: .words(["agree"]), kind: .accept, cameo: "030"),
        EventRule(match: .words(["agrees"]), kind: .accept, cameo: "030"),
        // "the military and an alliance of armed groups have declared a ceasefire": the sides declare it together.
        EventRule(match: .words(["declared"]), kind: .accept, cameo: "030", needsLater: ["ceasefire", "cease-fire", "truce", "armistice"], laterWithin: 3),
        // "announced their acceptance of a three-month truce", "affirms its agreement to enter into the truce".
        EventRule(match: .words(["acceptance", "of"]), kind: .accept, cameo: "030"),
        EventRule(match: .words(["its", "agreement", "to"]), kind: .accept, cameo: "030"),
        EventRule(match: .words(["their", "agreement", "to"]), kind: .accept, cameo: "030"),
        // "the two Koreas made a “satisfactory agreement”".
        EventRule(match: .words(["made"]), kind: .accept, cameo: "030", needsLater: ["agreement", "deal"], laterWithin: 3),
        // "have reached an agreement", "reached a deal on patrols".
        EventRule(match: .words(["reached"]), kind: .accept, cameo: "030", needsLater: ["agreement", "deal", "accord", "resolution", "understanding", "consensus", "arrangement", "compromise", "truce", "ceasefire"], laterWithin: 3),
        // "they came to terms on an exchange of prisoners".
        EventRule(match: .words(["came", "to", "terms"]), kind: .accept, cameo: "030", needsNext: ["on", "over"]),
        EventRule(match: .words(["come", "to", "terms"]), kind: .accept, cameo: "030", needsNext: ["on", "over"]),
        // "The agreement reached on 21 November 1995 by the presidents of Bosnia, Croatia and Serbia".
        EventRule(match: .words(["reached"]), kind: .accept, cameo: "030", needsNext: ["by"]),
        // "Kenya and Uganda failed to reach an agreement", "were unable to reach a deal", "could not reach": an agreement
        // not reached; "were able to reach a deal": one reached. Not an aim ("efforts to reach a deal").
        EventRule(match: .words(["reach"]), kind: .accept, cameo: "030", needsPrevious: dealOutcomes, mayStandBetween: ["to"], needsLater: reachedDeals, laterWithin: 3),
        // "agreed to protect civilians but did not come to a ceasefire agreement", "failed to come to an agreement".
        EventRule(match: .words(["come", "to"]), kind: .accept, cameo: "030", needsPrevious: dealOutcomes, mayStandBetween: ["to"], needsLater: reachedDeals, laterWithin: 3),
        // "met for three hours but failed to secure a ceasefire": a deal not secured, as one not reached.
        EventRule(match: .words(["secure"]), kind: .accept, cameo: "030", needsPrevious: dealOutcomes, mayStandBetween: ["to"], needsLater: reachedDeals, laterWithin: 3),
        // "willing to hand over the administration": an intent to cooperate, after the specific "willing to …" rules.
        EventRule(match: .words(["willing", "to"]), kind: .accept, cameo: "030"),
        // "while the secretary signed as a witness": who witnesses an agreement attends its signing, bound by nothing.
        EventRule(match: .words(["signed", "as", "a", "witness"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["signed", "as", "witness"]), kind: .meet, cameo: "046"),
        EventRule(match: .words(["signed", "as", "witnesses"]), kind: .meet, cameo: "046"),
        // "Trump signed it as a witness".
        EventRule(match: .words(["signed", "it", "as", "a", "witness"]), kind: .meet, cameo: "046"),
        // "we signed it as witnesses".
        EventRule(match: .words(["signed", "it", "as", "witnesses"]), kind: .meet, cameo: "046"),
        // "The agreement was sealed by President Santos and by Timochenko".
        EventRule(match: .words(["sealed"]), kind: .accept, cameo: "057", needsNext: ["by"]),
        EventRule(match: .words(["sealed"]), kind: .accept, cameo: "057", needsLater: agreementNouns, laterWithin: 4),
        // "signed a decree on its dissolution" accepts no terms.
        // "Thailand and Cambodia executed an immediate and unconditional ceasefire".
        EventRule(match: .words(["executed"]), kind: .accept, cameo: "057", needsLater: agreementNouns, laterWithin: 5),
        // "Kiir and Machar appended their signature on a deal", "affixed their signatures to".
        EventRule(match: .words(["appended", "their", "signature"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["appended", "their", "signatures"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["affixed", "their", "signatures"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["put", "their", "signatures"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["signed"]), kind: .accept, cameo: "057", notAfter: agreedThings, notBefore: ["decree", "decrees", "law", "laws", "bill", "order", "orders"], unlessAgentFollows: true),
        // A caption's present: "Sidati signs the Algerian Accord on behalf of the CMA"; not the noun ("signs of progress").
        EventRule(match: .words(["signs"]), kind: .accept, cameo: "057", notAfter: ["are", "were", "no", "any", "some", "early", "first", "clear", "the"], notBefore: ["of", "that"], needsLater: signedDocuments, laterWithin: 4),
        // "shook hands after signing an agreement": the clause's actors signed; "after the signing" is the occasion.
        EventRule(match: .words(["signing"]), kind: .accept, cameo: "057", needsPrevious: sequenceWords, notBefore: ["ceremony", "ceremonies", "of"]),
        // "Rubio joined key international and regional leaders in signing a comprehensive peace accord".
        EventRule(
            match: .words(["signing"]), kind: .accept, cameo: "057", needsPrevious: ["in"], notBefore: ["ceremony", "ceremonies", "of"],
            needsEarlier: ["joined", "joins"], earlierWithin: 8),
        EventRule(match: .words(["initialled"]), kind: .accept, cameo: "057"),
        // "The legislators also ratified an Arab-sponsored peace agreement": a legislature's signature.
        EventRule(match: .words(["ratified"]), kind: .accept, cameo: "057", needsLater: dealNouns, laterWithin: 6),
        EventRule(match: .words(["ratified"]), kind: .accept, cameo: "057", needsNext: ["by"]),
        // "The agreement was inked by Foreign Minister …", "Rwanda, DR Congo ink peace deal".
        EventRule(match: .words(["inked"]), kind: .accept, cameo: "057", notAfter: agreedThings, unlessAgentFollows: true),
        // "put his name to the document in a televised ceremony": signed it.
        EventRule(match: .words(["put", "his", "name", "to"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["put", "her", "name", "to"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["put", "their", "names", "to"]), kind: .accept, cameo: "057"),
        // "President Buyoya was one of the signatories".
        EventRule(match: .words(["one", "of", "the", "signatories"]), kind: .accept, cameo: "057", needsPrevious: ["was", "is", "were"]),
        EventRule(match: .words(["among", "the", "signatories"]), kind: .accept, cameo: "057", needsPrevious: ["was", "is", "were", "are"]),
        // "Then Clinton, French President Jacques Chirac … added their signatures".
        EventRule(match: .words(["added", "their", "signatures"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["added", "his", "signature"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["added", "her", "signature"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["ink"]), kind: .accept, cameo: "057", notAfter: ["to", "a", "the", "of"]),
        EventRule(match: .words(["inks"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["initialed"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["sign"]), kind: .accept, cameo: "057", notAfter: ["to", "a", "the"]),
        // "Uganda was the first to sign the accord": done, where "agreed to sign" is not yet.
        EventRule(match: .words(["sign"]), kind: .accept, cameo: "057", needsPrevious: ["first"], mayStandBetween: ["to"]),
        // "Baku was ready to sign the final peace treaty": readiness to sign, unlike a demand "to sign".
        EventRule(match: .words(["ready", "to", "sign"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["willing", "to", "sign"]), kind: .accept, cameo: "057"),
        // "met in neighboring Burkina Faso to sign an agreement", "joined with U.S., Russian and European leaders Thursday to
        // sign a treaty": came together for the signing, which was done.
        EventRule(match: .words(["sign"]), kind: .accept, cameo: "057", needsPrevious: ["to"], needsEarlier: gatheringVerbs, earlierWithin: 9),
        EventRule(match: .stem("reject"), kind: .reject, cameo: "120"),
        // "the foreign minister ruled out a truce"; "has not ruled out" takes it back.
        EventRule(match: .words(["ruled", "out"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["rules", "out"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["rule", "out"]), kind: .reject, cameo: "120", notAfter: ["to"]),
        EventRule(match: .words(["refused"]), kind: .reject, cameo: "120"),
        // "Dhlakama justified his refusal to sign an immediate ceasefire".
        EventRule(match: .words(["refusal", "to"]), kind: .reject, cameo: "120"),
        // "the refusal by Sinn Fein to accept a deal": who refused follows "by".
        EventRule(match: .words(["refusal"]), kind: .reject, cameo: "120", needsNext: ["by"]),
        // "with Ethiopia refusing to recognize a monitor's findings".
        EventRule(match: .words(["refusing", "to"]), kind: .reject, cameo: "120", needsLater: refusableActs, laterWithin: 1),
        // "ended 36 years of civil war by signing a peace agreement".
        EventRule(match: .words(["by", "signing"]), kind: .accept, cameo: "057"),
        EventRule(match: .words(["declined"]), kind: .reject, cameo: "120", notBefore: ["to"]),
        // "The LRA has long argued for the indictments to be scrapped".
        EventRule(match: .words(["argued", "for"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["argues", "for"]), kind: .demand, cameo: "100"),
        // "The NLD declined to sign as a witness": a refusal to act; "declined to comment" is none.
        EventRule(match: .words(["declined", "to"]), kind: .reject, cameo: "120", needsLater: refusableActs, laterWithin: 1),
        EventRule(match: .words(["declines", "to"]), kind: .reject, cameo: "120", needsLater: refusableActs, laterWithin: 1),
        EventRule(match: .words(["refuses"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["rebuffed"]), kind: .reject, cameo: "120"),
        // "Odinga can only be dismissed by a motion of no confidence": a person removed from office.
        EventRule(match: .words(["dismissed"]), kind: .reject, cameo: "120", notAfter: ["be"]),
        // "Kibaki bent to demands to give up some of his power": yielding to the other side.
        EventRule(match: .words(["bent", "to", "demands"]), kind: .accept, cameo: "080"),
        EventRule(match: .words(["bowed", "to", "demands"]), kind: .accept, cameo: "080"),
        EventRule(match: .words(["yielded", "to", "demands"]), kind: .accept, cameo: "080"),
        EventRule(match: .words(["gave", "in", "to", "demands"]), kind: .accept, cameo: "080"),
        EventRule(match: .words(["caved", "in", "to", "demands"]), kind: .accept, cameo: "080"),
        // "blocked a proposal to sanction individual ministers".
        EventRule(match: .words(["blocked"]), kind: .reject, cameo: "120", needsLater: WordTable(blockedWords), laterWithin: 3),
        // "Kyiv would not recognise the annexation": a refusal said outright.
        EventRule(match: .words(["not", "recognise"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["not", "recognize"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["never", "recognise"]), kind: .reject, cameo: "120"),
        // "pledged never to recognise Kosovo".
        EventRule(match: .words(["never", "to", "recognise"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["never", "to", "recognize"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["never", "recognize"]), kind: .reject, cameo: "120"),
        // "the party no longer recognised the government as legitimate".
        EventRule(match: .words(["no", "longer", "recognised"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["no", "longer", "recognized"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["no", "longer", "recognises"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["no", "longer", "recognizes"]), kind: .reject, cameo: "120"),
        // "did not oppose the talks": a refusal the negation takes back.
        EventRule(match: .words(["oppose"]), kind: .reject, cameo: "120", notAfter: ["to"]),
        // "divided between the two bitterly opposed administrations": an adjective, no refusal.
        EventRule(
            match: .words(["opposed"]), kind: .reject, cameo: "120",
            notAfter: ["be", "been", "was", "were", "is", "are", "bitterly", "diametrically", "mutually", "two", "the", "a", "an"]),
        EventRule(match: .words(["opposes"]), kind: .reject, cameo: "120"),
        EventRule(match: .words(["supports"]), kind: .support, cameo: "051", notBefore: ["each"]),
        EventRule(match: .words(["supported"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["backs"]), kind: .support, cameo: "051"),
        // "he favors a complete ceasefire": a preference for a deal or a truce is support for it.
        EventRule(match: .words(["favors"]), kind: .support, cameo: "051", needsLater: dealNouns, laterWithin: 4),
        EventRule(match: .words(["favours"]), kind: .support, cameo: "051", needsLater: dealNouns, laterWithin: 4),
        EventRule(match: .words(["favored"]), kind: .support, cameo: "051", needsLater: dealNouns, laterWithin: 4),
        EventRule(match: .words(["favoured"]), kind: .support, cameo: "051", needsLater: dealNouns, laterWithin: 4),
        // "RUF negotiators backed down on their demands": a retreat, not support.
        // "an internationally backed plan" describes the plan; "widely backed by the members" has its agent.
        EventRule(
            match: .words(["backed"]), kind: .support, cameo: "051",
            notAfter: ["internationally", "widely", "broadly", "regionally", "externally", "heavily"], notBefore: ["down", "away", "off"],
            unlessAgentFollows: true),
        EventRule(match: .words(["back", "a"]), kind: .support, cameo: "051", notAfter: motionVerbs),
        EventRule(match: .words(["back", "the"]), kind: .support, cameo: "051", notAfter: motionVerbs),
        EventRule(match: .words(["welcomed"]), kind: .support, cameo: "051"),
        // "were delighted with the extent of the deal", "said he was pleased with the agreement".
        EventRule(match: .words(["delighted"]), kind: .support, cameo: "051", needsNext: ["with", "by", "at"], needsLater: dealNouns, laterWithin: 6),
        EventRule(match: .words(["pleased"]), kind: .support, cameo: "051", needsNext: ["with", "by", "at"], needsLater: dealNouns, laterWithin: 6),
        // "said Washington would support the Lebanese army", "ready to support the dialogue": the noun "support" is none.
        EventRule(match: .words(["would", "support"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["will", "support"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["ready", "to", "support"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["willing", "to", "support"]), kind: .support, cameo: "051"),
        // "the United Nations was ready to assist the leaders in the implementation of the agreement": help offered to carry a deal out.
        EventRule(match: .words(["ready", "to", "assist"]), kind: .support, cameo: "033"),
        EventRule(match: .words(["willing", "to", "assist"]), kind: .support, cameo: "033"),
        EventRule(match: .words(["ready", "to", "help"]), kind: .support, cameo: "033", needsLater: implementationWords, laterWithin: 8),
        EventRule(match: .words(["willing", "to", "help"]), kind: .support, cameo: "033", needsLater: implementationWords, laterWithin: 8),
        EventRule(match: .words(["continue", "to", "support"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["continues", "to", "support"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["continued", "to", "support"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["welcomes"]), kind: .support, cameo: "051"),
        // "we welcome the progress"; "to welcome" and "a welcome step" are no welcome given.
        EventRule(match: .words(["welcome"]), kind: .support, cameo: "051", notAfter: ["to", "a", "the", "warm", "warmly"]),
        EventRule(match: .words(["praised"]), kind: .support, cameo: "051"),
        // "Trump made a brief statement, praising the work of Russia’s delegation and the negotiating process".
        EventRule(match: .words(["praising"]), kind: .support, cameo: "051"),
        // "joined Anwar in applauding the accord as a step".
        EventRule(match: .words(["applauding"]), kind: .support, cameo: "051", notAfter: ["of", "the", "a", "an", "by"]),
        EventRule(match: .words(["applauded"]), kind: .support, cameo: "051"),
        // "Watched on by US President Donald Trump, the signing of the declaration …": who watches a signing is there.
        EventRule(match: .words(["watched"]), kind: .meet, cameo: "046", needsNext: ["by", "on"], needsLater: ceremonyWords, laterWithin: 12),
        EventRule(match: .words(["commended"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["commend"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["commends"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["hailed"]), kind: .support, cameo: "051"),
        // "Trump heralded a pair of historic agreements"; "a treaty that heralds a new era" is the document's.
        EventRule(match: .words(["heralded"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["heralding"]), kind: .support, cameo: "051", needsLater: dealNouns, laterWithin: 6),
        // "were equally sweeping in their praise for the pacts".
        EventRule(match: .words(["praise"]), kind: .support, cameo: "051", needsNext: ["for"]),
        // "characterized the deal as a significant political breakthrough": a judgement of praise, as "called" and "described" below.
        EventRule(match: .words(["characterized"]), kind: .support, cameo: "051", needsLater: praiseWords, laterWithin: 7),
        EventRule(match: .words(["characterised"]), kind: .support, cameo: "051", needsLater: praiseWords, laterWithin: 7),
        EventRule(match: .words(["hails"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["applauded"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["lauded"]), kind: .support, cameo: "051"),
        // "called the accord a model for", "described the deal as a breakthrough": praise by what it is called.
        EventRule(match: .words(["called"]), kind: .support, cameo: "051", notBefore: ["for", "on", "off", "in", "at", "to", "during", "via", "through"], needsLater: praiseWords, laterWithin: 6),
        EventRule(match: .words(["described"]), kind: .support, cameo: "051", needsLater: praiseWords, laterWithin: 6),
        // "Al-Sisi framed the Gaza agreement as a major achievement".
        EventRule(match: .words(["framed"]), kind: .support, cameo: "051", needsLater: historicJudgements, laterWithin: 7),
        // "said it was a “truly historic day”", "calling it a landmark": the same judgement in a few words.
        EventRule(match: .words(["said", "it", "was"]), kind: .support, cameo: "051", needsLater: historicJudgements, laterWithin: 4),
        EventRule(match: .words(["said", "this", "was"]), kind: .support, cameo: "051", needsLater: historicJudgements, laterWithin: 4),
        EventRule(match: .words(["calling", "it"]), kind: .support, cameo: "051", needsLater: historicJudgements, laterWithin: 4),
        // "calling it a win for global peace"; "called the deal a victory for Hamas" is a critic's charge, not praise.
        EventRule(match: .words(["win", "for"]), kind: .support, cameo: "051", needsLater: peaceGoods, laterWithin: 2, needsEarlier: judgingCalls, earlierWithin: 5),
        EventRule(match: .words(["victory", "for"]), kind: .support, cameo: "051", needsLater: peaceGoods, laterWithin: 2, needsEarlier: judgingCalls, earlierWithin: 5),
        // "gave her endorsement of the declaration", "gave its full backing to the plan".
        EventRule(match: .words(["gave"]), kind: .support, cameo: "051", needsLater: endorsementNouns, laterWithin: 4),
        // "termed the agreement an important step".
        EventRule(match: .words(["termed"]), kind: .support, cameo: "051", needsLater: praiseWords, laterWithin: 6),
        // "He referred to the signing event as an important step".
        EventRule(match: .words(["referred", "to"]), kind: .support, cameo: "051", needsLater: praiseWords, laterWithin: 8),
        // "has resisted calls for wider autonomy", "resisted pressure to sign": a demand turned down.
        EventRule(match: .words(["resisted"]), kind: .reject, cameo: "120", needsLater: ["calls", "call", "pressure", "demands", "appeals", "requests"], laterWithin: 3),
        EventRule(match: .words(["endorsed"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["endorsing"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["endorses"]), kind: .support, cameo: "051"),
        EventRule(match: .words(["voted", "against"]), kind: .reject, cameo: "120"),
        // "voted on Tuesday to authorise", "voted in favour".
        EventRule(match: .words(["voted"]), kind: .support, cameo: "051", needsLater: ["authorise", "authorize", "approve", "endorse", "extend", "favour", "favor"], laterWithin: 5),
        EventRule(match: .stem("threaten"), kind: .threaten, cameo: "130"),
        // "posed no threat to its neighbours" describes; it threatens nobody.
        EventRule(match: .words(["threat"]), kind: .threaten, cameo: "130", needsNext: ["of", "to"], notAfter: ["no", "posed", "poses", "pose", "posing"]),
        EventRule(match: .words(["warned"]), kind: .threaten, cameo: "130", needsLater: warningsOfForce),
        // "warning of the use of military force", "warned of possible military action".
        EventRule(match: .words(["warned", "of"]), kind: .threaten, cameo: "130", needsLater: forceNouns, laterWithin: 5),
        EventRule(match: .words(["warning", "of"]), kind: .threaten, cameo: "130", needsLater: forceNouns, laterWithin: 5),
        // "…, warning there would be consequences otherwise": the participle warns as "warned" does, within its clause.
        EventRule(match: .words(["warning"]), kind: .threaten, cameo: "130", notBefore: ["of"], needsLater: warningsOfForce, laterWithin: 6),
        // "warned the group to stop threatening shipping": what the warning asks for.
        EventRule(match: .words(["warned"]), kind: .demand, cameo: "100", needsLater: ["to"], laterWithin: 4),
        // Threats without a verb of threatening, made by the one who says them.
        EventRule(match: .words(["legitimate", "targets"]), kind: .threaten, cameo: "138", isTheSayers: true),
        EventRule(match: .words(["legitimate", "target"]), kind: .threaten, cameo: "138", isTheSayers: true),
        EventRule(match: .words(["act", "of", "war"]), kind: .threaten, cameo: "138", isTheSayers: true),
        EventRule(match: .words(["not", "hesitate"]), kind: .threaten, cameo: "130"),
        // "issued a three-month ultimatum for foreign companies to depart", "gave the rebels an ultimatum".
        EventRule(match: .words(["issued"]), kind: .threaten, cameo: "139", needsLater: ["ultimatum", "ultimatums"], laterWithin: 4),
        EventRule(match: .words(["issues"]), kind: .threaten, cameo: "139", needsLater: ["ultimatum", "ultimatums"], laterWithin: 4),
        EventRule(match: .words(["gave"]), kind: .threaten, cameo: "139", needsLater: ["ultimatum", "ultimatums"], laterWithin: 4),
        EventRule(match: .words(["delivered"]), kind: .threaten, cameo: "139", needsLater: ["ultimatum", "ultimatums"], laterWithin: 4),
        // "reserved the right to defend its water security by all means".
        EventRule(match: .words(["reserved", "the", "right"]), kind: .threaten, cameo: "130", needsLater: rightsReserved, laterWithin: 3),
        EventRule(match: .words(["reserves", "the", "right"]), kind: .threaten, cameo: "130", needsLater: rightsReserved, laterWithin: 3),
        EventRule(match: .words(["reserve", "the", "right"]), kind: .threaten, cameo: "130", needsLater: rightsReserved, laterWithin: 3),
        // "warned that it would resume missile strikes": force announced as what will come.
        EventRule(match: .words(["would", "resume"]), kind: .threaten, cameo: "138", needsLater: forceWords, laterWithin: 3),
        EventRule(match: .words(["will", "resume"]), kind: .threaten, cameo: "138", needsLater: forceWords, laterWithin: 3),
        // "If Hezbollah violates the agreement and attempts to rearm, we will strike"; not "would strike a deal".
        EventRule(match: .words(["will", "strike"]), kind: .threaten, cameo: "138", notBefore: struckThings),
        EventRule(match: .words(["would", "strike"]), kind: .threaten, cameo: "138", notBefore: struckThings),
        // "strikes would continue until Hezbollah is disarmed": force announced to go on.
        EventRule(match: .words(["strikes", "would", "continue"]), kind: .threaten, cameo: "138", isTheSayers: true),
        // "would not return to the table until the detainees were freed": a refusal that states its condition.
        // "would not conclude trade deals with them unless they ended their fighting": the condition, stated outright.
        EventRule(match: .words(["would", "not"]), kind: .demand, cameo: "100", needsLater: ["until", "unless"], laterWithin: 8, isTheSayers: true),
        EventRule(match: .words(["will", "not"]), kind: .demand, cameo: "100", needsLater: ["until", "unless"], laterWithin: 8, isTheSayers: true),
        // "said it would keep fighting until the military is removed", "would keep attacking Israel",
        // "vowed to continue its strikes"; advice "to keep fighting" is none.
        EventRule(match: .words(["would", "keep"]), kind: .threaten, cameo: "138", needsLater: continuingForce, laterWithin: 3, isTheSayers: true),
        EventRule(match: .words(["will", "keep"]), kind: .threaten, cameo: "138", needsLater: continuingForce, laterWithin: 3, isTheSayers: true),
        EventRule(match: .words(["would", "continue"]), kind: .threaten, cameo: "138", needsLater: continuingForce, laterWithin: 3, isTheSayers: true),
        EventRule(match: .words(["will", "continue"]), kind: .threaten, cameo: "138", needsLater: continuingForce, laterWithin: 3, isTheSayers: true),
        EventRule(match: .words(["vowed", "to", "keep"]), kind: .threaten, cameo: "138", needsLater: continuingForce, laterWithin: 2),
        EventRule(match: .words(["vowed", "to", "continue"]), kind: .threaten, cameo: "138", needsLater: continuingForce, laterWithin: 2),
        // "has vowed to fight on until the paramilitary group is defeated".
        EventRule(match: .words(["vowed", "to", "fight"]), kind: .threaten, cameo: "138"),
        // "has vowed to conquer all of Gaza": force promised against a place or a foe.
        EventRule(match: .words(["vowed", "to"]), kind: .threaten, cameo: "138", needsLater: conquestVerbs, laterWithin: 1),
        EventRule(match: .words(["vows", "to"]), kind: .threaten, cameo: "138", needsLater: conquestVerbs, laterWithin: 1),
        // "indicated he would proceed with a major offensive".
        EventRule(match: .words(["proceed", "with"]), kind: .threaten, cameo: "138", needsLater: forceWords, laterWithin: 3),
        // "Hezbollah stood ready to keep on fighting for a long time".
        EventRule(match: .words(["ready", "to", "keep"]), kind: .threaten, cameo: "138", needsLater: continuingForce, laterWithin: 3),
        // "Congo would implement the framework only once Rwandan troops had left": the condition is asked for.
        EventRule(match: .words(["only", "once"]), kind: .demand, cameo: "100", isTheSayers: true),
        EventRule(match: .words(["only", "if"]), kind: .demand, cameo: "100", isTheSayers: true),
        // "agreeing on another truce is conditioned on the rebels leaving public buildings".
        EventRule(match: .words(["conditioned", "on"]), kind: .demand, cameo: "100", isTheSayers: true),
        EventRule(match: .words(["conditioned", "to"]), kind: .demand, cameo: "100", isTheSayers: true),
        EventRule(match: .words(["conditional", "on"]), kind: .demand, cameo: "100", isTheSayers: true),
        EventRule(match: .words(["conditional", "upon"]), kind: .demand, cameo: "100", isTheSayers: true),
        // "ready to sign a treaty by November, provided the agreed principles are reflected".
        EventRule(match: .words(["provided"]), kind: .demand, cameo: "100", isTheSayers: true, needsComma: true),
        EventRule(match: .words(["providing"]), kind: .demand, cameo: "100", needsNext: ["that"], isTheSayers: true, needsComma: true),
        // "as soon as Armenia amended its constitution" sets a condition; "as soon as Tuesday evening" tells a time.
        EventRule(match: .words(["as", "soon", "as"]), kind: .demand, cameo: "100", notBefore: soonTimes, isTheSayers: true),
        EventRule(match: .words(["strikes", "will", "continue"]), kind: .threaten, cameo: "138", isTheSayers: true),
        EventRule(match: .words(["attacks", "would", "continue"]), kind: .threaten, cameo: "138", isTheSayers: true),
        EventRule(match: .words(["attacks", "will", "continue"]), kind: .threaten, cameo: "138", isTheSayers: true),
        EventRule(match: .words(["ready", "to", "impose"]), kind: .threaten, cameo: "1312"),
        EventRule(match: .words(["prepared", "to", "impose"]), kind: .threaten, cameo: "1312"),
        // "were prepared to trigger the return of U.N. sanctions".
        EventRule(match: .words(["prepared", "to", "trigger"]), kind: .threaten, cameo: "1312", needsLater: ["sanctions", "snapback"], laterWithin: 6),
        EventRule(match: .words(["ready", "to", "trigger"]), kind: .threaten, cameo: "1312", needsLater: ["sanctions", "snapback"], laterWithin: 6),
        EventRule(match: .words(["prepared", "to", "reimpose"]), kind: .threaten, cameo: "1312"),
        EventRule(match: .words(["ready", "to", "reimpose"]), kind: .threaten, cameo: "1312"),
        // "Iran must agree quickly or face consequences": the one who says so threatens.
        EventRule(match: .words(["or", "face"]), kind: .threaten, cameo: "130", needsLater: warningsOfForce, laterWithin: 4, isTheSayers: true),
        EventRule(match: .words(["warns"]), kind: .threaten, cameo: "130", needsLater: warningsOfForce),
        EventRule(match: .words(["appointed"]), kind: .appoint, cameo: "050"),
        // "he will soon appoint a special envoy": an appointment to come.
        EventRule(match: .words(["appoint"]), kind: .appoint, cameo: "050", notAfter: ["to"], needsLater: ["envoy", "mediator", "representative", "negotiator", "coordinator"], laterWithin: 4),
        EventRule(match: .words(["appoints"]), kind: .appoint, cameo: "050"),
        EventRule(match: .words(["named"]), kind: .appoint, cameo: "050", needsNext: ["as"]),
        // "named its commander Mohamed Hamdan Dagalo as head of a presidential council".
        EventRule(match: .words(["named"]), kind: .appoint, cameo: "050", notBefore: ["after", "for"], needsLater: ["as"], laterWithin: 6),
        EventRule(match: .words(["congratulated"]), kind: .congratulate, cameo: "051"),
        // “Congratulations to both countries …” Trump posted: the speaker's.
        EventRule(match: .words(["congratulations", "to"]), kind: .congratulate, cameo: "051", needsLater: congratulatedParties, laterWithin: 3),
        EventRule(match: .words(["congratulates"]), kind: .congratulate, cameo: "051"),
        EventRule(match: .words(["congratulate"]), kind: .congratulate, cameo: "051"),
        // "offered his congratulations", "extended congratulations to both leaders".
        EventRule(match: .words(["offered"]), kind: .congratulate, cameo: "051", needsLater: ["congratulations"], laterWithin: 2),
        EventRule(match: .words(["extended"]), kind: .congratulate, cameo: "051", needsLater: ["congratulations"], laterWithin: 2),
        EventRule(match: .words(["sent"]), kind: .congratulate, cameo: "051", needsLater: ["congratulations"], laterWithin: 2),
        EventRule(match: .stem("abstain"), kind: .abstain, cameo: "010"),
        EventRule(match: .words(["met"]), kind: .meet, cameo: "040", notAfter: ["be", "been", "were", "was", "are", "is"]),
        // "Sarraj and Haftar meet in Abu Dhabi"; "urged them to meet" asks for a meeting.
        EventRule(match: .words(["meet"]), kind: .meet, cameo: "040", notAfter: ["to", "ready", "willing", "and", "or", "not"], notBefore: meetingTheTerms),
        EventRule(match: .words(["meets"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["convening"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["convened"]), kind: .meet, cameo: "040"),
        EventRule(match: .words(["demanded"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["demanding"]), kind: .demand, cameo: "100", notAfter: articles),
        EventRule(match: .words(["must"]), kind: .demand, cameo: "100", notBefore: ["not", "be", "have"], isTheSayers: true, needsSayer: true),
        // "resolve relevant disputes and demands through negotiations": a plural noun in a list names no demand made.
        // "bent to demands": those are the other side's, made before.
        EventRule(match: .words(["demands"]), kind: .demand, cameo: "100", notAfter: WordTable(articleList + ["and", "or", "relevant", "such", "these", "those", "to"])),
        EventRule(match: .words(["demand"]), kind: .demand, cameo: "100", notAfter: articles),
        // "rejected a demand by the breakaway region", "answering a call by its jailed leader": the agent follows.
        EventRule(match: .words(["demand"]), kind: .demand, cameo: "100", needsNext: ["by", "from"]),
        // "a telephone call from the US president" asks for nothing.
        EventRule(match: .words(["call"]), kind: .demand, cameo: "100", needsNext: ["by", "from"], notAfter: ["telephone", "phone"]),
        EventRule(match: .words(["appeal"]), kind: .demand, cameo: "020", needsNext: ["by", "from"]),
        EventRule(match: .words(["insisted"]), kind: .demand, cameo: "100"),
        // "wanted guarantees that the truce would lead to a permanent end of the war".
        EventRule(match: .words(["wanted", "guarantees"]), kind: .demand, cameo: "100"),
        // "wanted legal guarantees for its members".
        EventRule(match: .words(["wanted"]), kind: .demand, cameo: "100", needsLater: ["guarantees"], laterWithin: 2),
        EventRule(match: .words(["wants", "guarantees"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["sought", "guarantees"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["seeks", "guarantees"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["insists"]), kind: .demand, cameo: "100"),
        EventRule(match: .words(["urged"]), kind: .demand, cameo: "100"),
        // "asked Qatar to persuade Iran": a request of someone to act; "was asked to" names no asker.
        EventRule(match: .words(["asked"]), kind: .demand, cameo: "100", notAfter: ["was", "were", "been", "being", "is", "are", "be"], needsLater: ["to"], laterWithin: 5),
        EventRule(match: .words(["asks"]), kind: .demand, cameo: "100", needsLater: ["to"], laterWithin: 5),
        EventRule(match: .words(["urges"]), kind: .demand, cameo: "100"),
        // "Aliyev, who has been pressuring Yerevan to open a corridor"; "was pressured to sign" names no one pressing.
        EventRule(match: .words(["pressuring"]), kind: .demand, cameo: "100", needsLater: ["to"], laterWithin: 5),
        EventRule(match: .words(["pressured"]), kind: .demand, cameo: "100", notAfter: passiveAuxiliaries, needsLater: ["to"], laterWithin: 5),
        EventRule(match: .words(["pressures"]), kind: .demand, cameo: "100", needsLater: ["to"], laterWithin: 5),
        // "Saudi Arabia and the United States urge both parties to …"; "the urge to" is no demand.
        EventRule(match: .words(["urge"]), kind: .demand, cameo: "100", notAfter: ["the", "an", "to", "would", "will", "may", "might", "could", "strong", "growing"], needsLater: ["to"], laterWithin: 6),
        // "following requests from Bangkok and Phnom Penh for mediation".
        EventRule(match: .words(["requests"]), kind: .demand, cameo: "020", needsNext: ["by", "from"]),
        EventRule(match: .words(["request"]), kind: .demand, cameo: "020", needsNext: ["by", "from"]),
        EventRule(match: .words(["urging"]), kind: .demand, cameo: "100"),
        // "requested Doha’s assistance in convincing Tehran", "sought help from the Emir".
        EventRule(match: .words(["requested"]), kind: .demand, cameo: "100", notAfter: passiveAuxiliaries, needsLater: helpNouns, laterWithin: 3),
        // "Ukraine requested direct negotiations at the level of presidents".
        EventRule(match: .words(["requested"]), kind: .demand, cameo: "100", notAfter: passiveAuxiliaries, needsLater: WordTable(meetingWords), laterWithin: 3),
        EventRule(match: .words(["sought"]), kind: .demand, cameo: "100", needsLater: helpNouns, laterWithin: 2),
        EventRule(match: .words(["appealed", "to"]), kind: .demand, cameo: "020"),
        EventRule(match: .words(["appealing", "to"]), kind: .demand, cameo: "020"),
        EventRule(match: .words(["appealing", "for"]), kind: .demand, cameo: "020"),
        EventRule(match: .words(["appealed", "for"]), kind: .demand, cameo: "020"),
        EventRule(match: .words(["appeals", "to"]), kind: .demand, cameo: "020"),
        EventRule(match: .words(["pressed"]), kind: .demand, cameo: "100", notAfter: ["be", "been", "was", "were", "is", "are"]),
        // "would keep pressing for free elections".
        EventRule(match: .words(["pressing", "for"]), kind: .demand, cameo: "100"),
        // "met … to press for the second phase": a purpose, no demand made.
        EventRule(match: .words(["press", "for"]), kind: .demand, cameo: "100", notAfter: ["the", "a", "free", "to"]),
        EventRule(match: .words(["reviewing"]), kind: .consider, cameo: "014"),
        // "had not yet decided", "has yet to decide": neither yes nor no.
        EventRule(match: .words(["not", "yet", "decided"]), kind: .consider, cameo: "014"),
        EventRule(match: .words(["yet", "to", "decide"]), kind: .consider, cameo: "014"),
        // "Netanyahu’s office had yet to formally approve it": still weighing it.
        EventRule(match: .words(["yet", "to", "approve"]), kind: .consider, cameo: "014"),
        EventRule(match: .words(["yet", "to", "formally", "approve"]), kind: .consider, cameo: "014"),
        EventRule(match: .words(["undecided"]), kind: .consider, cameo: "014"),
        EventRule(match: .words(["weighing"]), kind: .consider, cameo: "014", notBefore: ["on", "in", "up"]),
        EventRule(match: .words(["considering"]), kind: .consider, cameo: "014"),
        // "the government would consider the demands"; "what it considers its sphere" is an opinion.
        EventRule(match: .words(["would", "consider"]), kind: .consider, cameo: "014"),
        EventRule(match: .words(["will", "consider"]), kind: .consider, cameo: "014"),
        EventRule(match: .words(["studying"]), kind: .consider, cameo: "014"),
        // "Russia took this under advisement".
        EventRule(match: .words(["under", "advisement"]), kind: .consider, cameo: "014"),
        // "The parties began a review of the proposed Declaration".
        EventRule(match: .words(["began", "a", "review"]), kind: .consider, cameo: "014"),
    ]

    static let stemRules: [EventRule] = rules.filter { if case .stem = $0.match { true } else { false } }

    private static let stems: [[UInt8]] = stemRules.compactMap { if case .stem(let stem) = $0.match { Array(stem.utf8) } else { nil } }

    /// Whether a word may start a stem rule: checked on bytes, since most words start none.
    static func mayStartStem(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, stemFirstBytes.contains(first) else { return false }
        return stems.contains { $0.count <= word.count && word.prefix($0.count).elementsEqual($0) }
    }

    static func mayStartStem(_ word: String) -> Bool {
        word.withBytes(mayStartStem)
    }

    private static let stemFirstBytes = stems.compactMap(\.first)

    /// The rules a word can start, in the lexicon's order: its exact-word rules, then the stems.
    static let rulesByFirstWord: [String: [EventRule]] = {
        var table: [String: [EventRule]] = [:]
        for rule in rules {
            if case .words(let sequence) = rule.match { table[sequence[0], default: []].append(rule) }
        }
        return table.mapValues { $0 + stemRules }
    }()

    /// The same rules, looked up by a word's bytes for every event word of every sentence.
    static let rulesStartedBy = WordTable(rulesByFirstWord.map { ($0.key, $0.value) })

    /// Words by which someone stays away from an occasion: "boycotted the ceremony", "spurned by the CMA".
    static let absenceWords: WordTable<Void> = ["boycotted", "boycotting", "skipped", "spurned", "shunned", "missed", "absent", "away"]
    /// Who can be dismissed from office: "dismissed the government", "dismissed his army chief".
    static let officesHeld: WordTable<Void> = [
        "government", "cabinet", "minister", "ministers", "parliament", "commander", "chief", "general", "officials", "official", "premier",
        "governor", "staff", "prime", "judges", "ambassador", "envoy",
    ]
    /// Refusals whose object is what is refused, no event of its own: "refused to accept a ceasefire",
    /// "the refusal by Sinn Fein to accept a deal".
    static let refusals: WordTable<Void> = ["refused", "refuses", "refusing", "refuse", "declined", "declines", "refusal"]
    /// What follows being present that says where or with whom: "was present along with", "were present at the signing".
    static let presenceCompanions: WordTable<Void> = ["along", "alongside", "with", "signing", "ceremony", "talks", "meeting", "summit", "negotiations"]
    /// What declining to do is a refusal of: "declined to sign", not "declined to comment".
    static let refusableActs: WordTable<Void> = [
        "sign", "accept", "join", "attend", "endorse", "ratify", "recognise", "recognize", "participate", "back", "support", "agree", "meet",
        "negotiate", "commit", "withdraw", "lift", "release", "disarm",
    ]
    /// Who says a thing was done without the report's standing for it: "were reported to have engaged", "is believed to have met".
    static let hearsayParticiples: WordTable<Void> = ["reported", "believed", "rumoured", "rumored", "alleged", "thought", "understood"]
    static let negations: WordTable<Void> = ["not", "never", "no", "neither", "nor", "yet", "declined", "failed", "unable", "nobody"]
    /// Words between a subject and its verb that do not end the subject ("has", "also").
    /// What a leader leads for a state or a body: "the Ethiopian delegation was led by", "the ONLF side, headed by".
    static let delegationNouns: WordTable<Void> = [
        "delegation", "delegations", "side", "team", "teams", "negotiators", "delegates", "representatives", "mission", "government",
    ]
    /// Verbs whose subject is the subject of the infinitive after them: "they decided to invite", "the parties moved to resume".
    static let controlVerbs: WordTable<Void> = [
        "decided", "decide", "decides", "resolved", "opted", "chose", "moved", "sought", "seek", "seeks", "tried", "try", "tries", "went", "plan", "plans",
        "planned", "intend", "intends", "intended", "want", "wants", "wanted", "hope", "hopes", "hoped",
    ]
    static let auxiliaries: WordTable<Void> = ["has", "have", "had", "also", "officially", "already", "just", "now", "still", "reportedly", "since", "then", "both", "is", "was", "were", "are", "will", "would", "remained", "remains", "remain"]
    /// Words that may stand between two names listed together ("Putin and Chinese leader Xi").
    /// What is hosted that is no round of talks: "will host a reception for the heads of delegations".
    static let socialOccasions: WordTable<Void> = ["a", "reception", "dinner", "lunch", "banquet", "party", "ceremony"]
    /// What follows "convene" when a meeting, not its guests, is convened: "convened at Guterres' request",
    /// "agreed to convene another meeting".
    static let convenedOccasions: WordTable<Void> = ["at", "in", "on", "a", "an", "the", "another", "further", "new", "next"]
    /// Words before "holding talks" or "hold talks" that make the meeting something wished, offered or weighed.
    static let meetingProposalWords: WordTable<Void> = [
        "to", "supported", "support", "supports", "backed", "back", "backs", "proposed", "proposes", "propose", "suggested", "suggests",
        "favour", "favours", "favor", "favors", "on", "for", "about", "of", "against", "opposed", "opposes", "welcomed", "welcomes",
        "consider", "considered", "considering", "discussed", "discussing", "without", "before", "after",
    ]
    /// What follows "as soon as" when it tells a time rather than sets a condition: "as soon as Tuesday evening".
    static let soonTimes = WordTable<Void>(
        ["possible", "practicable", "feasible", "today", "tomorrow", "tonight", "next", "this", "early", "later", "mid"] + DateFinder.weekdays
            + DateFinder.months)
    /// Verbs of backing, which take a deal or a move, or a side in a war.
    static let backingVerbs: WordTable<Void> = ["backed", "backs", "backing", "supported", "supports", "supporting", "support", "back"]
    /// Violence a state is said to back: "a Pakistan-backed terror attack", "Iran-sponsored terrorism".
    static let backedViolence: WordTable<Void> = [
        "terror", "terrorist", "terrorists", "terrorism", "attack", "attacks", "attackers", "assault", "bombing", "bombings", "violence", "killings", "massacre",
    ]
    /// Whether `word` names a side in a war or its violence, which backing arms or sponsors: "terrorist
    /// organizations backed by Iran". ("Iran-backed Hezbollah" is Iran's support, as the conventions code "X-backed".)
    static func namesArmedSide(_ word: Word) -> Bool {
        if fightingSides.contains(word.folded) || backedViolence.contains(word.folded) || armedBodies.contains(word.folded) { return true }
        guard word.isCapitalised, case .organisation(let name)? = Gazetteer.phrases[[word.text]] else { return false }
        return Gazetteer.armedMovementNames.contains(name)
    }
    /// What a report calls bodies that fight, besides its words for fighters: "terrorist organizations backed by Iran".
    private static let armedBodies: WordTable<Void> = ["organizations", "organisations", "groups", "proxies", "proxy", "factions"]
    /// Sides in a war, which backing arms: "backed Congolese rebels", "supporting the militias".
    static let fightingSides = WordTable<Void>(fighterList + ["rebel", "insurgency", "insurgencies"])
    /// What a report calls an armed group it named before: "talks between the government and the rebels".
    static let armedGroupNouns = WordTable<Void>(fighterList + ["group", "movement"])
    private static let fighterList = ["rebels", "militants", "insurgents", "militia", "militias", "fighters", "guerrillas"]
    /// What follows a participle that describes a noun: "a body proposed in the plan", "the proposal unveiled earlier".
    static let describingParticipleFollowers: WordTable<Void> = ["in", "at", "on", "under", "during", "last", "earlier", "this", "to"]
    /// Where an agreement was reached, before the talks: "during talks in Doha".
    static let talkPrepositions: Set<String> = ["during", "in", "at"]
    /// Agreement verbs whose partner after "with" does not agree by them: who signed with whom is read from
    /// everyone listed (`withCounterpartSigners`); "declared a ceasefire with the NPA" is one side's.
    static let oneSidedAgreementWords: WordTable<Void> = ["signed", "signs", "declared"]
    /// Verbs whose subject held the talks named after them: "Ruto said after talks with Museveni".
    static let talksReportingVerbs: WordTable<Void> = ["said", "says", "told", "announced", "agreed", "added", "stated", "confirmed", "declared"]
    /// What joins those who act with the one named first: "Qatar, alongside the United States, facilitated".
    static let companionJoiners: [[String]] = [["alongside"], ["along", "with"], ["together", "with"], ["as", "well", "as"]]
    static let companionWords = WordTable<Void>(Set(companionJoiners.joined()))
    /// Groups inside a state, not the state: "nine Sudanese factions".
    static let factionNouns: WordTable<Void> = ["factions", "rivals", "groups", "parties", "movements"]
    /// What stands before talks already held: "following talks in Istanbul".
    static let afterPrepositions: WordTable<Void> = ["after", "following"]
    /// Words for talks that someone held: "after two days of deliberations".
    static let heldTalkWords: WordTable<Void> = WordTable(meetingWords.union(["discussions", "deliberations", "dialogue", "meetings", "summit"]))
    /// Talks that are still to come: "after the next round of talks".
    static let talksToComeWords: WordTable<Void> = ["future", "next", "further", "upcoming", "planned", "proposed", "any"]
    /// Talks that were held to no end: "after talks collapsed", "after talks broke down".
    static let talksFailedWords: WordTable<Void> = ["collapsed", "failed", "broke", "stalled", "faltered", "foundered"]
    /// How long talks ran before an agreement: "after six days of talks", "after two rounds of negotiations".
    static let talkSpans: WordTable<Void> = ["days", "weeks", "months", "hours", "rounds", "years", "round"]
    /// Words that introduce a group's members after its name: "the Quartet, comprising the United States, …".
    static let memberIntroductions: WordTable<Void> = ["comprising", "including", "namely"]
    /// Words before a member in a list of those who acted: "and representatives from Greece".
    static let memberWords: WordTable<Void> = [
        "representatives", "representative", "delegations", "delegation", "from", "along", "with", "together", "his", "her", "their",
        // "and representatives of Arab states like Saudi Arabia, Qatar …".
        "states", "countries", "nations", "like", "such", "as",
    ]
    static let listWords: WordTable<Void> = [
        "and", "or", "plus", "the", "leader", "leaders", "president", "prime", "minister", "foreign", "chancellor", "king", "of", "opposition", "rebel", "regional",
        // "Diallo and his Ugandan counterpart Tomas Okello".
        "his", "her", "their",
        "commander", "head", "chief",
        // "Russia and former colonial power Portugal", "Kenya and neighbouring Uganda".
        "former", "colonial", "power", "neighbouring", "neighboring",
        // "and the top commander of the FARC".
        "top", "senior", "deputy",
        // "Salva Kiir and long-time rival Riek Machar".
        "rival", "arch-rival", "archrival", "long-time", "longtime", "foe", "arch-foe", "archfoe",
    ]
    /// What help is offered with when it is help to carry a deal out.
    static let implementationWords: WordTable<Void> = ["implement", "implementation", "implementing", "implemented", "carry"]
    /// Strife that may be said to threaten, as no one does: "Lingering animosities threaten to reignite war".
    static let strifeNouns: WordTable<Void> = [
        "animosity", "animosities", "tension", "tensions", "clashes", "violence", "fighting", "hostilities", "divisions", "disputes", "dispute",
        "crisis", "conflict", "war", "rivalry", "rivalries", "grievances", "hatreds", "unrest", "instability",
    ]
    /// Peoples within states, whose name after a state's adjective names a community: "Bosnian Serb", "Iraqi Kurdish".
    static let communityWords: WordTable<Void> = [
        "serb", "serbs", "croat", "croats", "muslim", "muslims", "kurdish", "kurd", "kurds", "tamil", "tamils", "albanian", "albanians", "arab",
        "arabs", "tuareg", "tuaregs", "hutu", "hutus", "tutsi", "tutsis", "druze", "pashtun", "baloch",
    ]
    /// Verbs of coming together whose purpose "to sign" tells what was done there.
    static let gatheringVerbs: WordTable<Void> = ["met", "gathered", "arrived", "travelled", "traveled", "flew", "convened", "assembled", "joined"]
    /// What is promised before "to" is still to come: "a pledge to hold talks", "promised to withdraw".
    static let promiseWords: WordTable<Void> = ["pledge", "pledges", "pledged", "promise", "promises", "promised"]
    static let hedges: WordTable<Void> = [
        "hypothetically",
        "may", "might", "could", "would", "likely", "reportedly", "possibly", "potential", "potentially", "perhaps",
        "expected", "until", "should", "ought", "plans", "planned", "possible", "allegedly", "seems", "appears",
        // "Armenia hopes to sign a peace agreement", "he was due to meet": not done yet.
        "hope", "hopes", "hoped", "hoping", "due", "scheduled",
        // "I shall sign it as president": a promise, not yet a signature.
        "shall",
        // "worries about whether Kim is as committed": asked, not asserted; "their leaders will meet in September": to come.
        "whether", "will",
    ]
    /// Hedges that bind only the verb right after them: "must first accept aid" asks for an
    /// acceptance; "said any deal must include guarantees and rejected" reports a rejection.
    static let nearHedges: WordTable<Void> = ["must"]
    /// Subjects that are documents, not actors: "the agreement calls for …".
    static let documentSubjects: WordTable<Void> = WordTable(documentSubjectList)
    private static let documentSubjectList = [
        "agreement", "deal", "plan", "resolution", "accord", "text", "proposal", "treaty", "initiative", "roadmap", "framework", "document",
        "statement", "declaration", "communique",
    ]
    /// What is done to calls by whom they are made to: "resisted calls for wider autonomy" are someone else's.
    private static let refusedCallWords = ["resisted", "rejected", "ignored", "dismissed", "defied", "rebuffed", "heeded", "answered"]
    /// Nouns by which a report refers back to an organisation it named: "the group said".
    static let groupNouns: WordTable<Void> = [
        "group", "movement", "militia", "rebels", "organisation", "organization", "alliance", "faction", "party", "bloc", "guerrillas", "insurgents",
        "militants",
    ]
    /// Words before a group's noun in a list of actors: "Colombia's government and a small rebel group, the Comuneros del Sur".
    /// "Somalia and the breakaway region of Somaliland": what the one after is.
    static let groupQualifiers: WordTable<Void> = [
        "a", "an", "former", "small", "smaller", "armed", "dissident", "breakaway", "splinter", "little-known", "region", "province", "enclave",
        // "Colombia's government and the leftist ELN guerrillas".
        "leftist", "rightist", "left-wing", "right-wing", "marxist", "islamist", "separatist", "secessionist", "militant", "jihadist", "insurgent",
        "guerrilla", "paramilitary", "rival", "main", "largest", "remaining", "ruling", "exiled", "powerful",
    ]
    /// Subjects that are what happened, not who acts: "the move threatened", "the fighting threatens".
    static let happeningSubjects: WordTable<Void> = ["move", "step", "decision", "announcement", "escalation", "violence", "fighting", "crisis", "war", "attack", "attacks"]
    /// The last word of a body's name by which a report refers back to it: "the council", "the commission".
    static let bodyHeads: WordTable<Void> = ["council", "commission", "committee", "court", "union", "league", "assembly"]
    /// Adverbs of time that may stand inside an event's words ("offered again to host").
    static let timeAdverbs: WordTable<Void> = ["again", "yesterday", "today", "also", "publicly", "formally", "previously", "repeatedly", "once"]
    /// What kind of talks: "resumed peace talks", "opened formal negotiations".
    static let talkModifiers: WordTable<Void> = [
        "peace", "formal", "direct", "indirect", "fresh", "new", "further", "bilateral", "trilateral", "exploratory", "pre-negotiation",
        "preliminary", "technical", "informal", "high-level", "ceasefire",
    ]
    /// Determiners that may stand before talks between the words of an event: "resumed their talks".
    static let talkDeterminers: WordTable<Void> = ["their", "its", "the"]
    /// Owners of a group or an institution that point back to a person: "his movement", "her government".
    static let personalOwners: WordTable<Void> = ["his", "her"]
    /// What a person's own authorities are called besides a state's institutions: "his administration".
    static let ownedAuthorities: WordTable<Void> = ["administration", "country", "side", "forces", "authorities", "leadership"]
    /// Words before a name that make it a place, not an actor: "meeting in Cairo".
    static let placePrepositions = WordTable<Void>(placePrepositionList)
    private static let placePrepositionList = ["in", "at", "near", "outside", "around", "inside"]
    /// Prepositions that put a noun after its phrase's head: "the talks on the accord".
    static let prepositions = WordTable<Void>(placePrepositionList + ["on", "of", "for", "about", "over", "with", "by", "from", "to"])
    /// Prepositions before the place an office serves or is sent to: "Ambassador to Malaysia".
    static let remitPrepositions: WordTable<Void> = ["to", "for", "in", "from", "at", "of", "on"]
    /// Words before a name that make it whom something is addressed to, not who acts: "In a
    /// letter to the UN Security Council, the three countries said".
    static let recipientPrepositions: WordTable<Void> = ["to", "from", "against", "towards", "toward"]

    /// Nouns after an adjective of a state that make it an actor ("the Russian side", "Ukrainian officials").
    /// Nouns for the two sides of a conflict or talks: "the parties", "both sides".
    static let partyNouns: WordTable<Void> = ["parties", "sides", "belligerents", "rivals", "adversaries"]
    /// What a state's institution is called at the end of its name: "the U.S. Treasury Department".
    static let institutionEndings: WordTable<Void> = ["department", "ministry", "treasury", "office", "embassy", "mission", "government", "presidency"]
    /// Words of one side's readiness to act: "ready to sign", "willing to agree".
    static let readinessWords: WordTable<Void> = ["ready", "willing", "prepared", "keen", "eager"]
    /// Words that describe talks: "for direct talks with", "for peace talks with".
    static let talksQualifiers: WordTable<Void> = ["direct", "peace", "fresh", "new", "further", "formal", "informal", "ceasefire", "indirect", "bilateral"]
    /// Words before "for talks with" by which talks are asked for or a team named, not talks held:
    /// "calls for talks with", "the delegation for direct talks with Russia".
    static let talksSoughtWords: WordTable<Void> = [
        "delegation", "delegations", "team", "teams", "envoy", "negotiator", "call", "calls", "called", "calling", "ready", "push", "pushed", "pushing", "pressure", "pressed", "appeal", "appealed", "plea", "hope",
        "hopes", "hoped", "prepared", "open", "demand", "demanded", "demands", "asked", "urged", "way",
    ]
    /// Groups a state's adjective counts before naming some: "14 Palestinian factions, including …".
    static let memberGroupNouns: WordTable<Void> = ["factions", "groups", "parties", "movements", "organisations", "organizations"]
    /// Officials in the plural, named by office alone: "the ministers", "the delegations".
    static let pluralOfficials: WordTable<Void> = [
        "ministers", "delegations", "delegates", "negotiators", "envoys", "officials", "representatives", "diplomats",
    ]
    /// Words of an office before its plural: "the foreign ministers", "the senior officials".
    static let officeQualifiers: WordTable<Void> = [
        "foreign", "prime", "water", "irrigation", "finance", "defence", "defense", "interior", "trade", "energy", "senior", "chief", "top", "three", "four",
        "five", "six", "visiting",
    ]
    /// Words before a party noun that keep it the parties': "the warring parties", "the conflicting sides".
    static let partyQualifiers: WordTable<Void> = ["warring", "conflicting", "rival", "belligerent", "opposing", "neighbouring", "neighboring"]
    /// Subjects that count the states or bodies they stand for.
    static let groupCounts: WordTable<Int> = WordTable([
        ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
        ("trio", 3), ("quartet", 4), ("quintet", 5),
    ])
    /// Verbs by which a meeting named after them did not take place: "Trump canceled his meeting with Kim".
    static let cancellingVerbs: WordTable<Void> = ["canceled", "cancelled", "cancels", "cancel", "postponed", "postpones", "scrapped", "delayed", "off"]
    /// What is met when meeting is satisfying it: "meet the conditions", "meet their obligations".
    static let meetingTheTerms: WordTable<Void> = [
        "demands", "needs", "conditions", "requirements", "targets", "target", "deadline", "criteria", "obligations", "expectations", "standards",
        "commitments", "costs",
    ]
    /// A body's own parts and offices, after a state that says where they work: "Libya mission".
    static let bodyNouns: WordTable<Void> = ["mission", "office", "team", "delegation", "envoy", "representative", "desk", "unit", "contact", "panel"]
    /// What "last" or "this" counts back by: "last month", "this week".
    static let timeUnits: WordTable<Void> = ["week", "month", "year", "weekend", "night", "spring", "summer", "autumn", "winter", "fall"]
    /// Where in a state something lies: "in northern Tanzania".
    static let compassAdjectives: WordTable<Void> = [
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
        "north-western", "south-eastern", "south-western",
    ]
    /// What orders a gerund after the clause's own act: "shook hands after signing", "met before signing".
    static let sequenceWords: WordTable<Void> = ["after", "before"]
    /// Prepositions before an event word that is a gerund, whose subject is the clause's: "by meeting with".
    static let gerundPrepositions: WordTable<Void> = ["by", "while", "upon", "since"]
    /// What "did not agree on" leaves short of everything: "on all points", "on every issue", "on everything".
    static let wholeQuantities: WordTable<Void> = ["all", "every", "everything", "each"]
    /// What is struck that is no blow: "would strike a deal", "will strike the right balance".
    static let struckThings: WordTable<Void> = ["a", "an", "the", "deal", "deals", "agreement", "balance"]
    /// Stretches of time a gerund after "after" or "before" may date: "the notification period after signing".
    static let periodNouns: WordTable<Void> = ["period", "days", "hours", "weeks", "months", "years", "minutes", "time", "moment", "interval", "window"]
    /// Event words that say the event is still to come: "due to meet", "expected to meet".
    static let plannedEventWords: WordTable<Void> = ["due", "scheduled", "expected"]
    /// Words of trying: what they aim at has not happened yet ("tried to broker talks", "efforts to arrange a meeting").
    static let attemptWords: WordTable<Void> = ["tried", "trying", "tries", "try", "sought", "seeking", "attempted", "attempting", "attempt", "efforts", "effort", "bid"]
    /// Prepositions before what something is about, not who acts: "talks on Sudan".
    static let topicPrepositions: WordTable<Void> = ["on", "about", "over", "regarding", "concerning"]
    /// Prepositions that open a sentence with a phrase before its subject.
    static let introductoryPrepositions: WordTable<Void> = [
        "under", "in", "at", "with", "after", "following", "during", "despite", "amid", "on", "for", "through", "via", "before", "since",
        "according", "as", "unlike", "like", "besides",
        // "Hosted by EU foreign policy chief Josep Borrell, Vucic and Kurti held talks": a participle and its agent.
        "hosted", "mediated", "brokered", "facilitated", "chaired", "convened",
    ]
    /// Words between a state's adjective and its acting group: "Sudanese armed forces", "Ethiopian security forces".
    static let groupOfStateQualifiers: WordTable<Void> = [
        "armed", "security", "regular", "national", "federal", "transitional", "interim", "defence", "defense", "special", "top", "senior", "war", "political", "rival", "warring",
        // "the Israeli negotiating team".
        "negotiating",
    ]
    /// Who is sent from a state to act for it, besides its acting groups: "advisers from Russia".
    static let envoyNouns: WordTable<Void> = ["advisers", "advisors", "ministers", "experts", "emissaries", "observers", "lawmakers"]
    /// Nouns for a group drawn from a body or a state, in a subject's next conjunct: "and remnants of the ELN",
    /// "and a delegation from the rebels".
    static let drawnGroupHeads = WordTable<Void>(
        actingGroupList + ["remnants", "members", "wing", "wings", "commanders", "fighters", "elements", "part", "rebels", "militants", "insurgents", "guerrillas"])
    static let actingGroups = WordTable<Void>(actingGroupList)
    private static let actingGroupList = [
        "government", "governments", "officials", "authorities", "delegation", "side", "forces", "army", "military", "leadership", "cabinet",
        "negotiators", "diplomats", "troops", "ministry", "president", "leader", "leaders", "mediators", "envoys",
        "representatives", "delegations", "delegates", "counterpart", "counterparts", "minister", "premier", "chancellor", "rivals", "factions",
        // One official for a state: "the Kenyan minister and the Ugandan envoy signed".
        "envoy", "negotiator", "ambassador", "diplomat", "official", "delegate", "representative", "ministers",
        // "The Ukrainian and American teams met in Saudi Arabia", "Afghan govt representatives".
        "team", "teams", "govt", "gov't", "presidents",
        // "The Saudi-led coalition and Houthi rebels agreed": the coalition a state leads.
        "coalition",
        // "President Gustavo Petro's administration and the ELN".
        "administration",
    ]
}
