/// Where an event word's clause begins and ends, and the asides and datelines in a sentence
/// that hold no actor.
extension EventFinder {
    /// Where a dateline ("KUALA LUMPUR, July 28 (Reuters) - ", "NAYPYITAW, Myanmar (AP) — ") ends:
    /// a dash near the start, after a place written in capitals.
    static func datelineEnd(of sentence: TextSpan) -> Int? {
        let head = sentence.text.prefix(80)
        for dash in [" — ", " – ", " - "] {
            guard let range = head.firstRange(of: dash) else { continue }
            let place = head[..<range.lowerBound].prefix { $0 != "," && $0 != "(" && $0 != "/" }
            let letters = place.filter(\.isLetter)
            guard letters.count >= 3, letters.allSatisfy(\.isUppercase) else { continue }
            return head.utf16Distance(from: head.startIndex, to: range.upperBound)
        }
        return nil
    }

    /// The word before the event word, past auxiliaries and a closed aside: "The deal, mediated
    /// by the United States and Qatar, calls for" → "deal".
    static func leadWord(before index: Int, words: [Word], in sentence: TextSpan) -> String {
        guard index > 0 else { return "" }
        let asides = interruptions(before: words[index].utf16Range.lowerBound, in: sentence.text)
        for word in words[..<index].reversed() where !EventLexicon.auxiliaries.contains(word.folded) {
            if asides.contains(where: { $0.contains(word.utf16Range.lowerBound) }) { continue }
            return word.folded
        }
        return ""
    }

    /// Where the clause holding the event word starts: after "; " or ", and " or ", but ".
    static func clauseStart(before offset: Int, in text: String) -> Int {
        let head = text.utf16Slice(from: 0, to: offset)
        var start = 0
        for marker in ["; ", ", and ", ", but ", ", while ", " while ", ", though ", " though ", ", although ", ", which ", ", who "] {
            guard let range = head.lastRange(of: marker) else { continue }
            // A relative clause closed before the event word ("Cuba and Norway, which guarantee the
            // process, called on …") is an aside, not the event's clause.
            if marker == ", which " || marker == ", who ", head[range.upperBound...].contains(",") { continue }
            // ", and the EU proposed": a list goes on; ", and several leaders threatened": a new clause.
            let next = head[range.upperBound...].split(separator: " ").first.map(String.init) ?? ""
            if marker == ", and ", next == "the" || next.first?.isUppercase == true { continue }
            start = max(start, head.utf16Distance(from: head.startIndex, to: range.upperBound))
        }
        return start
    }

    static func clauseEnd(after offset: Int, in text: String) -> Int {
        let tail = text.utf16Suffix(from: offset)
        var end = text.utf16Count
        for marker in [", ", "; ", " — ", " - ", " who ", " which "] {
            if let range = tail.firstRange(of: marker) {
                end = min(end, offset + tail.utf16Distance(from: tail.startIndex, to: range.lowerBound))
            }
        }
        return end
    }

    /// Stretches that interrupt a subject: "— a close ally of Trump —", ", led by …," ", a … ,".
    static func interruptions(before offset: Int, in text: String) -> [Range<Int>] {
        let head = text.utf16Slice(from: 0, to: offset)
        var ranges: [Range<Int>] = []
        let units = Array(head.utf16)
        var openDash: Int?
        for (index, unit) in units.enumerated() where unit == 0x2014 {
            if let open = openDash {
                ranges.append(open..<(index + 1))
                openDash = nil
            } else {
                openDash = index
            }
        }
        for opener in [", led by ", ", a ", ", an ", ", who ", ", which ", ", "] {
            var searchStart = head.startIndex
            while let range = head.firstRange(of: opener, from: searchStart) {
                // ", mediated by the United States and Qatar,": a participle and its agent.
                // ", Myanmar's largest neighbour,": an apposition about the name before it.
                if opener == ", " {
                    let next = head[range.upperBound...].prefix { $0 != " " }
                    let isParticiple = next.hasSuffix("ed") && head[range.upperBound...].dropFirst(next.count).hasPrefix(" by ")
                    let isPossessive = next.first?.isUppercase == true && (next.hasSuffix("’s") || next.hasSuffix("'s"))
                    guard isParticiple || isPossessive else {
                        searchStart = range.upperBound
                        continue
                    }
                }
                let start = head.utf16Distance(from: head.startIndex, to: range.lowerBound)
                let rest = head[range.upperBound...]
                // Only a closed interruption: ", which guarantee the process," — not the clause the event is in.
                if let close = rest.firstIndex(where: { $0 == "," || $0 == "—" }) {
                    ranges.append(start..<head.utf16Distance(from: head.startIndex, to: close))
                }
                searchStart = range.upperBound
            }
        }
        return ranges
    }
}
