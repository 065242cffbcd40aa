/// The phrases that name each provision type of the catalogue, kept as data. A phrase matches
/// lower-cased words in order; `near` words must also occur in the sentence.
struct ProvisionCue: Sendable {
    let type: String
    let phrase: [String]
    var near: WordTable<Void> = []
    /// Named so only with a length of days: "a 60-day pause", not "a pause in the talks".
    var needsDays = false
}

enum ProvisionCues {
    /// The words that start a cue.
    static let firstWords: Set<String> = Set(cues.map { $0.phrase[0] })

    /// The positions in `cues` of the cues each word starts.
    static let indicesByFirstWord: [String: [Int]] = Dictionary(grouping: cues.indices, by: { cues[$0].phrase[0] })

    /// Whom a release sets free when it is a prisoner exchange.
    /// Also "released all kidnapped civilians", "released jailed demonstrators": people held, whoever they are.
    private static let releasedPeople = WordTable<Void>(releasedPeopleList + ["kidnapped", "abducted", "jailed", "detained", "imprisoned"])
    /// Who is held when a release frees them: the words whose count is the exchange's.
    static let releasedPeopleList = ["prisoners", "soldiers", "detainees", "hostages", "captives"]

    /// What is demarcated or marked when it is a territorial arrangement.
    private static let borderWords: WordTable<Void> = ["border", "borders", "frontier", "boundary"]

    static let cues: [ProvisionCue] = [
        ProvisionCue(type: "ceasefire", phrase: ["ceasefire"]),
        ProvisionCue(type: "ceasefire", phrase: ["cease-fire"]),
        ProvisionCue(type: "ceasefire", phrase: ["truce"]),
        // "a number of ceasefires mediated by Saudi Arabia and the US".
        ProvisionCue(type: "ceasefire", phrase: ["ceasefires"]),
        ProvisionCue(type: "ceasefire", phrase: ["cease-fires"]),
        ProvisionCue(type: "ceasefire", phrase: ["truces"]),
        ProvisionCue(type: "ceasefire", phrase: ["stop", "hostilities"]),
        ProvisionCue(type: "ceasefire", phrase: ["halt", "to", "hostilities"]),
        ProvisionCue(type: "ceasefire", phrase: ["halt", "hostilities"]),
        ProvisionCue(type: "ceasefire", phrase: ["cessation", "of", "hostilities"]),
        ProvisionCue(type: "ceasefire", phrase: ["prohibition", "of", "hostilities"]),
        // "cessation of all hostilities", "agreeing to cease all hostilities".
        ProvisionCue(type: "ceasefire", phrase: ["cessation", "of", "all", "hostilities"]),
        ProvisionCue(type: "ceasefire", phrase: ["cease", "all", "hostilities"]),
        ProvisionCue(type: "ceasefire", phrase: ["pause", "in", "fighting"]),
        ProvisionCue(type: "ceasefire", phrase: ["pause", "in", "the", "fighting"]),
        ProvisionCue(type: "ceasefire", phrase: ["humanitarian", "pause"]),
        ProvisionCue(type: "ceasefire", phrase: ["pause"], needsDays: true),
        ProvisionCue(type: "ceasefire", phrase: ["pause", "in", "strikes"]),
        ProvisionCue(type: "ceasefire", phrase: ["pause", "on", "strikes"]),
        ProvisionCue(type: "ceasefire", phrase: ["pause", "in", "attacks"]),
        ProvisionCue(type: "ceasefire", phrase: ["halt", "to", "strikes"]),
        ProvisionCue(type: "ceasefire", phrase: ["halt", "to", "attacks"]),
        ProvisionCue(type: "ceasefire", phrase: ["halt", "strikes"]),
        ProvisionCue(type: "ceasefire", phrase: ["halt", "attacks"]),
        ProvisionCue(type: "ceasefire", phrase: ["stop", "attacks"]),
        ProvisionCue(type: "ceasefire", phrase: ["stop", "attacking"]),
        ProvisionCue(type: "ceasefire", phrase: ["stop", "striking"]),
        ProvisionCue(type: "ceasefire", phrase: ["reduce", "violence"]),
        ProvisionCue(type: "ceasefire", phrase: ["cease", "attacks"]),
        // "would not target each other": a truce between the two.
        ProvisionCue(type: "ceasefire", phrase: ["target", "each", "other"]),
        ProvisionCue(type: "ceasefire", phrase: ["end", "hostilities"]),
        // "a peace accord to end armed hostilities", "cease military hostilities".
        ProvisionCue(type: "ceasefire", phrase: ["end", "armed", "hostilities"]),
        ProvisionCue(type: "ceasefire", phrase: ["end", "military", "hostilities"]),
        // "committing to stop all fighting forever", "end all hostilities".
        ProvisionCue(type: "ceasefire", phrase: ["stop", "all", "fighting"]),
        ProvisionCue(type: "ceasefire", phrase: ["stop", "the", "fighting"]),
        ProvisionCue(type: "ceasefire", phrase: ["end", "all", "hostilities"]),
        ProvisionCue(type: "ceasefire", phrase: ["end", "all", "armed", "conflict"]),
        ProvisionCue(type: "ceasefire", phrase: ["ending", "all", "armed", "conflict"]),
        ProvisionCue(type: "ceasefire", phrase: ["reduction", "in", "violence"]),
        ProvisionCue(type: "ceasefire", phrase: ["cease", "hostilities"]),
        ProvisionCue(type: "ceasefire", phrase: ["stop", "the", "violence"]),
        ProvisionCue(type: "ceasefire", phrase: ["end", "the", "violence"]),
        // "all acts of violence between the parties will end".
        ProvisionCue(type: "ceasefire", phrase: ["acts", "of", "violence"], near: ["end", "cease", "stop", "halt"]),
        ProvisionCue(type: "ceasefire", phrase: ["end", "all", "forms", "of", "violence"]),
        ProvisionCue(type: "ceasefire", phrase: ["end", "to", "the", "violence"]),
        ProvisionCue(type: "membership-postponement", phrase: ["membership"], near: ["postponing", "postpone", "postponed", "delaying", "delay", "delayed", "deferring", "freeze", "moratorium"]),
        ProvisionCue(type: "demilitarised-zone", phrase: ["demilitarized", "zone"]),
        ProvisionCue(type: "demilitarised-zone", phrase: ["demilitarised", "zone"]),
        ProvisionCue(type: "demilitarised-zone", phrase: ["demilitarized", "buffer", "zone"]),
        ProvisionCue(type: "demilitarised-zone", phrase: ["demilitarised", "buffer", "zone"]),
        ProvisionCue(type: "demilitarised-zone", phrase: ["buffer", "zone"]),
        // "southern Syria be kept free of heavy weapons".
        ProvisionCue(type: "demilitarised-zone", phrase: ["heavy", "weapons"], near: ["withdraw", "withdrawal", "withdrawing", "pull", "remove", "removal", "removing", "out", "free"]),
        ProvisionCue(type: "sanctions-relief", phrase: ["sanctions", "relief"]),
        ProvisionCue(type: "sanctions-relief", phrase: ["relief", "from", "sanctions"]),
        ProvisionCue(type: "sanctions-relief", phrase: ["lifting", "of", "sanctions"]),
        ProvisionCue(type: "sanctions-relief", phrase: ["easing", "of", "sanctions"]),
        ProvisionCue(type: "sanctions-relief", phrase: ["lift", "sanctions"]),
        ProvisionCue(type: "sanctions-relief", phrase: ["sanctions"], near: ["lifted", "eased"]),
        // "lifted a restriction on defense cooperation with Azerbaijan", "restrictions … would be lifted".
        ProvisionCue(type: "sanctions-relief", phrase: ["restrictions"], near: ["lifted", "lifting", "lift", "eased", "easing"]),
        ProvisionCue(type: "sanctions-relief", phrase: ["restriction"], near: ["lifted", "lifting", "lift", "eased", "easing"]),
        ProvisionCue(type: "sanctions-relief", phrase: ["embargo"], near: ["lifted", "lifting", "lift", "eased", "easing"]),
        ProvisionCue(type: "sanctions-relief", phrase: ["embargoes"], near: ["lifted", "lifting", "lift", "eased", "easing"]),
        ProvisionCue(type: "security-guarantees", phrase: ["security", "guarantees"]),
        ProvisionCue(type: "security-guarantees", phrase: ["defense", "agreements"]),
        ProvisionCue(type: "security-guarantees", phrase: ["defence", "agreements"]),
        ProvisionCue(type: "security-guarantees", phrase: ["defense", "pact"]),
        // "guarantees that Afghan soil would not be used for attacks on Pakistan".
        ProvisionCue(type: "security-guarantees", phrase: ["guarantees"], near: ["attacks", "attack", "aggression", "invasion"]),
        ProvisionCue(type: "security-guarantees", phrase: ["guarantee"], near: ["attacks", "attack", "aggression", "invasion"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["territories"], near: ["retaining", "retain", "cede", "ceding", "seized", "annexed", "withdrawal", "withdraw", "return", "control"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["territory"], near: ["retaining", "retain", "cede", "ceding", "seized", "annexed", "withdrawal", "withdraw", "return", "control", "surrendered", "leave", "left"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["recognition", "of", "borders"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["transit", "corridor"]),
        // "a transit route connecting mainland Azerbaijan to Nakhchivan via Armenian territory", "a transport corridor".
        ProvisionCue(type: "territorial-arrangement", phrase: ["transit", "route"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["transport", "corridor"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["transportation", "corridor"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["border", "demarcation"]),
        // "have signed a border treaty": a treaty on where the border runs.
        ProvisionCue(type: "territorial-arrangement", phrase: ["border", "treaty"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["border", "agreement"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["boundary", "treaty"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["boundary", "agreement"]),
        // "agreed to demarcate their land border", "rules for marking the next section of their frontier".
        ProvisionCue(type: "territorial-arrangement", phrase: ["demarcate"], near: borderWords),
        ProvisionCue(type: "territorial-arrangement", phrase: ["demarcation"], near: borderWords),
        ProvisionCue(type: "territorial-arrangement", phrase: ["delimitation"], near: borderWords),
        ProvisionCue(type: "territorial-arrangement", phrase: ["delimit"], near: borderWords),
        ProvisionCue(type: "territorial-arrangement", phrase: ["marking"], near: borderWords),
        // "a treaty settling the last disputed sections of their border".
        ProvisionCue(type: "territorial-arrangement", phrase: ["settling"], near: borderWords),
        ProvisionCue(type: "territorial-arrangement", phrase: ["settle"], near: borderWords),
        // "talks to clarify the military demarcation line".
        ProvisionCue(type: "territorial-arrangement", phrase: ["demarcation", "line"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["withdrawal"], near: ["troop", "troops", "forces", "army", "fighters", "militants", "rebels", "positions", "full", "complete"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["withdraw"], near: ["troops", "forces", "army", "fighters", "militants", "rebels"]),
        // "calls for … withdrawing forces from hospitals" (not "troops began withdrawing from villages", which is done).
        ProvisionCue(type: "territorial-arrangement", phrase: ["withdrawing", "forces"]),
        ProvisionCue(type: "territorial-arrangement", phrase: ["withdrawing", "troops"]),
        // "troop reduction along borders": forces thinned out where they face each other.
        ProvisionCue(type: "territorial-arrangement", phrase: ["troop", "reduction"], near: borderWords),
        ProvisionCue(type: "territorial-arrangement", phrase: ["reduction", "of", "troops"], near: borderWords),
        // "a mutual redeployment of forces from the port and the city".
        ProvisionCue(type: "territorial-arrangement", phrase: ["redeployment"], near: ["troops", "forces", "army", "fighters"]),
        ProvisionCue(type: "neutrality", phrase: ["neutrality"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["disarmament"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["demobilisation"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["demobilization"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["disarm"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["demobilize"]),
        // "confine the rebel army to 28 camps", "place their arms under UN supervision", "kept in barracks".
        ProvisionCue(type: "armed-forces-limit", phrase: ["confine"], near: ["army", "troops", "fighters", "combatants", "forces", "soldiers"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["cantonment"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["cantonments"]),
        // "Troops and rebels must report to assembly points": fighters gathered to be disarmed.
        ProvisionCue(type: "armed-forces-limit", phrase: ["assembly", "points"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["assembly", "areas"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["supervision"], near: ["weapons", "arms"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["monitoring"], near: ["weapons", "arms"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["barracks"], near: ["confined", "kept", "return", "returned", "confine"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["demobilise"]),
        // "will cut troops in the region, from 35,000 to 14,700".
        ProvisionCue(type: "armed-forces-limit", phrase: ["cut", "troops"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["reduce", "troops"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["troop", "reductions"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["destroy"], near: ["weapons", "arms"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["decommissioning"], near: ["combatants", "fighters", "weapons", "militants", "rebels", "armaments", "arms"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["disarming"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["disarmed"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["hand", "over"], near: ["weapons", "arms"]),
        // "fighters will hand their weapons to observers".
        ProvisionCue(type: "armed-forces-limit", phrase: ["hand", "their", "weapons"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["hand", "in", "their", "weapons"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["handed", "over"], near: ["weapons", "arms"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["lay", "down"], near: ["weapons", "arms"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["give", "up"], near: ["weapons", "arms"]),
        // "committed to no troop movements or reinforcements along the frontier".
        ProvisionCue(type: "armed-forces-limit", phrase: ["no", "troop", "movements"]),
        // "integrate the SDF's civilian and military institutions into the state": fighters under the state's command.
        ProvisionCue(type: "armed-forces-limit", phrase: ["integrate"], near: ["military", "forces", "fighters", "combatants", "army"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["integration"], near: ["military", "forces", "fighters", "combatants", "army"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["limited", "military", "capacity"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["limits", "on", "armed", "forces"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["cap", "on", "troops"]),
        ProvisionCue(type: "armed-forces-limit", phrase: ["troop", "limits"]),
        ProvisionCue(type: "arms-supply-halt", phrase: ["arms", "shipments"], near: ["halted", "halt", "stop", "stopped", "suspend", "suspended", "end"]),
        ProvisionCue(type: "arms-supply-halt", phrase: ["arms", "supplies"], near: ["halted", "halt", "stop", "stopped", "suspend", "suspended", "end"]),
        ProvisionCue(type: "arms-supply-halt", phrase: ["weapons", "deliveries"], near: ["halted", "halt", "stop", "stopped", "suspend", "suspended", "end"]),
        // "they would stop receiving foreign arms": what a party stops taking in is a halt to its supplies.
        ProvisionCue(type: "arms-supply-halt", phrase: ["receiving", "foreign", "arms"], near: ["stop", "halt", "end", "cease"]),
        ProvisionCue(type: "arms-supply-halt", phrase: ["foreign", "military", "aid"], near: ["stop", "halt", "end", "cease", "receiving"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["prisoner", "exchange"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["prisoner", "swap"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["prisoner", "exchanges"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["prisoner", "swaps"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["release"], near: releasedPeople),
        ProvisionCue(type: "prisoner-exchange", phrase: ["released"], near: releasedPeople),
        ProvisionCue(type: "prisoner-exchange", phrase: ["freed"], near: releasedPeople),
        ProvisionCue(type: "prisoner-exchange", phrase: ["free"], near: releasedPeople),
        ProvisionCue(type: "prisoner-exchange", phrase: ["exchange", "of", "prisoners"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["exchanges"], near: ["prisoners", "prisoner", "captives", "detainees", "children", "civilians"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["return", "of"], near: ["prisoners", "captives", "detainees", "children", "hostages", "deportees"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["release", "of", "hostages"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["exchanged"], near: ["prisoners", "prisoner", "captives", "detainees", "hostages"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["swap"], near: ["prisoners", "prisoner", "captives", "detainees", "hostages"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["exchange"], near: ["prisoners", "prisoner", "captives", "detainees", "hostages"]),
        ProvisionCue(type: "prisoner-exchange", phrase: ["in", "exchange", "for"], near: ["prisoners", "prisoner", "captives", "detainees", "hostages"]),
        ProvisionCue(type: "reconstruction-funding", phrase: ["reconstruction"], near: ["fund", "funds", "funding", "billion", "million", "pledged", "contribute", "contributing"]),
        ProvisionCue(type: "reconstruction-funding", phrase: ["rebuild"], near: ["fund", "funding", "billion", "million", "cost", "pledged"]),
        // "sign the truce without preconditions" is no talks.
        ProvisionCue(
            type: "talks-without-preconditions", phrase: ["without", "preconditions"],
            // "full normalisation without preconditions": the process the talks are about.
            near: ["talks", "negotiations", "negotiate", "dialogue", "meet", "meeting", "summit", "normalisation", "normalization"]),
    ]
}
