/// A signing ceremony the report tells of anywhere, before or after the signing itself: "… during the
/// Abraham Accords signing ceremony" in a caption, then "Netanyahu and the foreign ministers … signed the
/// accords". Who signed met there, as CONVENTIONS.md has it; the report is read as a whole, since a
/// sentence rarely names both the ceremony and the signers.
extension EventFinder {
    /// A signing ceremony held: where the word "ceremony" stands, and its sentence.
    typealias HeldCeremony = (trigger: TextSpan, sentence: TextSpan)

    static func signersAtReportedCeremony(_ events: [EventMention], ceremony: HeldCeremony?) -> [EventMention] {
        guard let ceremony else { return [] }
        let signings = events.filter { $0.kind == .accept && !$0.actors.isEmpty && !$0.negated && !$0.hedged && isSigning($0) }
        let met = events.filter { $0.kind == .meet && !$0.negated && !$0.hedged }.map { Set($0.actors.map(\.name)) }
        var meetings: [EventMention] = []
        // A ceremony in the signing's own sentence is read there, with whoever it names (`ceremonyAttendance`).
        for signing in signings where signing.sentence.start != ceremony.sentence.start && !isSignedApart(signing) {
            let signers = Set(signing.actors.map(\.name))
            guard !met.contains(where: { $0.isSuperset(of: signers) }), !meetings.contains(where: { $0.actors == signing.actors }) else { continue }
            meetings.append(
                EventMention(
                    kind: .meet, cameo: CAMEOCode("046")!, actors: signing.actors, targets: [], negated: false, hedged: false,
                    trigger: ceremony.trigger, sentence: ceremony.sentence))
        }
        return meetings
    }

    /// A signing the report sets apart from its ceremony: done before it ("had provisionally initialled the
    /// document a day earlier"), or by those its sentence says stayed away ("… did not attend the ceremony").
    private static func isSignedApart(_ signing: EventMention) -> Bool {
        let words = Tokenizer.words(in: signing.sentence)
        let folded = words.map(\.folded)
        guard let trigger = words.firstIndex(where: { signing.sentence.start + $0.utf16Range.lowerBound >= signing.trigger.start }) else { return false }
        if folded[max(0, trigger - 3)..<trigger].contains("had") { return true }
        return folded.indices.contains { EventLexicon.ceremonyNouns.contains(folded[$0]) && isStayedAwayFrom($0, in: folded) }
    }

    /// The signing ceremony a sentence tells of as held: "the signing ceremony", or a ceremony in a sentence
    /// that signs or names what was signed ("The ceremony, which formalized an agreement reached last month");
    /// not one planned, put off or called off.
    static func heldSigningCeremony(in sentence: TextSpan, words: [Word], folded: [String]) -> HeldCeremony? {
        guard let ceremony = folded.firstIndex(where: EventLexicon.ceremonyNouns.contains),
            folded.contains(where: { $0 == "signing" || EventLexicon.signingWords.contains($0) || EventLexicon.agreementNouns.contains($0) }),
            !isPlannedOrCalledOff(around: ceremony, in: folded), !isHedged(before: ceremony, in: folded)
        else { return nil }
        return (sentence.span(from: words[ceremony], to: words[ceremony]), sentence)
    }
}
