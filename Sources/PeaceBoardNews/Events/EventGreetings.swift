/// Words of welcome that name a meeting instead: a guest welcomed is met.
extension EventFinder {
    /// "Ruto welcomed Ugandan President Yoweri Museveni at State House", "being welcomed by Eritrea's
    /// president": people welcomed, named before the word or just after it past their titles, are
    /// guests; a deal, or someone's proposal ("Putin's proposal … has been welcomed"), is praised.
    static func isGreeting(_ word: String, of targets: [Entity], after trigger: TextSpan, words: [Word], in sentence: TextSpan) -> Bool {
        guard EventLexicon.welcomingWords.contains(word), let first = targets.first, targets.allSatisfy({ $0.isPerson && !$0.isPossessive }) else { return false }
        return first.start < trigger.start
            || words.within(from: trigger.end - sentence.start, to: first.start - sentence.start).allSatisfy { $0.isCapitalised || $0.classes.contains(.officeStart) }
    }
}
