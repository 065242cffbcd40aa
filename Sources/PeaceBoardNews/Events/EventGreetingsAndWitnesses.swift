/// Words of agreeing and welcoming that name a meeting instead: who signs as a witness attends,
/// and a guest welcomed is met.
extension EventFinder {
    /// "Trump signed it as a witness", "signed as witnesses": `following` are the words after the event's.
    static func isSignedAsWitness(following: ArraySlice<String>) -> Bool {
        guard let asWord = following.firstIndex(of: "as") else { return false }
        return following[(asWord + 1)...].prefix(2).contains { EventLexicon.witnessWords.contains($0) || $0 == "witnesses" }
    }

    /// "Ruto welcomed Ugandan President Yoweri Museveni at State House", "being welcomed by Eritrea's
    /// president": people welcomed, named before the word or just after it past their titles, are
    /// guests; a deal, or someone's proposal ("Putin's proposal … has been welcomed"), is praised.
    static func isGreeting(_ word: String, of targets: [Entity], after trigger: TextSpan, words: [Word], in sentence: TextSpan) -> Bool {
        guard EventLexicon.welcomingWords.contains(word), let first = targets.first, targets.allSatisfy({ $0.isPerson && !$0.isPossessive }) else { return false }
        return first.start < trigger.start
            || words.within(from: trigger.end - sentence.start, to: first.start - sentence.start).allSatisfy { $0.isCapitalised || $0.classes.contains(.officeStart) }
    }
}
