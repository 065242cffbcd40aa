/// Where an event word's clause begins and ends, and the asides and datelines in a sentence
/// that hold no actor.
extension EventFinder {
    /// Where a dateline ("KUALA LUMPUR, July 28 (Reuters) - ", "NAYPYITAW, Myanmar (AP) — ") ends:
    /// a dash near the start, after a place written in capitals.
    static func datelineEnd(of sentence: TextSpan) -> Int? {
        // Most sentences open with a word in lower case after its capital ("The", "Russian"):
        // seen on bytes, before any place can end, they hold no dateline.
        if sentence.text.withBytes(opensInLowerCase) { return titleCaseDatelineEnd(of: sentence) }
        let head = sentence.text.prefix(80)
        // "KATMANDU, Nepal -- …": AP's double hyphen too, which archive copies set without spaces ("GUATEMALA, Dec. 29--After").
        // "WASHINGTON (AP) _ President Bush …": old AP copy sets an underscore for the dash.
        for dash in [" — ", " – ", " -- ", " - ", "--", " _ "] {
            guard let range = head.firstRange(of: dash) else { continue }
            let place = head[..<range.lowerBound].prefix { $0 != "," && $0 != "(" && $0 != "/" }
            let letters = place.filter(\.isLetter)
            guard letters.count >= 3, letters.allSatisfy(\.isUppercase) else { continue }
            return head.utf16Distance(from: head.startIndex, to: range.upperBound)
        }
        // "OUAGADOUGOU, Mar 3 (Reuters) Negotiators …": the agency's name in parentheses closes it, with no dash.
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstRange(of: ") ") else { return stateClosedDatelineEnd(of: head) }
        let agency = head[head.index(after: open)..<close.lowerBound]
        let place = head[..<open].prefix { $0 != "," && $0 != "/" }.filter(\.isLetter)
        guard place.count >= 3, place.allSatisfy(\.isUppercase), (2...12).contains(agency.count), agency.first?.isUppercase == true,
            agency.allSatisfy(\.isLetter)
        else { return stateClosedDatelineEnd(of: head) }
        return head.utf16Distance(from: head.startIndex, to: close.upperBound)
    }

    /// "PATTAYA, Thailand Cambodia's warring factions …": a place in capitals and its state, whose dash the
    /// copy lost; the state's name closes the dateline.
    private static func stateClosedDatelineEnd(of head: Substring) -> Int? {
        guard let comma = head.firstRange(of: ", ") else { return nil }
        let place = head[..<comma.lowerBound].filter(\.isLetter)
        guard place.count >= 3, place.allSatisfy(\.isUppercase) else { return nil }
        let rest = head[comma.upperBound...].split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
        for length in stride(from: min(3, rest.count - 1), through: 1, by: -1) {
            guard case .state(_, .name)? = Gazetteer.phrases[rest[..<length].map(String.init)], rest[length].first?.isUppercase == true else { continue }
            return head.utf16Distance(from: head.startIndex, to: rest[length].startIndex)
        }
        return nil
    }

    /// "Skhirat, Morocco – Libya's rival factions …": a place and its state in title case, then a
    /// dash, within the first 40 characters.
    private static func titleCaseDatelineEnd(of sentence: TextSpan) -> Int? {
        // Asked of nearly every sentence: on bytes first, an en or em dash (E2 80 93/94) in the head.
        guard sentence.text.withBytes({ bytes in
            let head = bytes.prefix(48)
            return head.indices.dropLast(2).contains { head[$0] == 0xE2 && head[$0 + 1] == 0x80 && (head[$0 + 2] == 0x93 || head[$0 + 2] == 0x94) }
        }) else { return nil }
        let head = sentence.text.prefix(44)
        for dash in [" – ", " — "] {
            guard let range = head.firstRange(of: dash), let comma = head[..<range.lowerBound].firstRange(of: ", ") else { continue }
            let parts = [head[..<comma.lowerBound], head[comma.upperBound..<range.lowerBound]]
            guard parts.allSatisfy({ part in
                let words = part.split(separator: " ")
                return (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }
            }), case .state(_, .name)? = Gazetteer.phrases[parts[1].split(separator: " ").map(String.init)]
            else { continue }
            return head.utf16Distance(from: head.startIndex, to: range.upperBound)
        }
        return nil
    }

    /// A lower-case letter within the first 80 bytes, before a comma, parenthesis, slash or dash
    /// that could end a dateline's place.
    private static func opensInLowerCase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<min(bytes.count, 80) {
            let byte = bytes[index]
            if byte >= 0x61 && byte <= 0x7A { return true }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "/") { return false }
            if byte == UInt8(ascii: " "), index + 2 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "-") || next == UInt8(ascii: "_") || (next == 0xE2 && bytes[index + 2] == 0x80) { return false }
            }
        }
        return false
    }

    /// The word before the event word, past auxiliaries and a closed aside: "The deal, mediated
    /// by the United States and Qatar, calls for" → "deal".
    static func leadWord(before index: Int, words: [Word], in sentence: TextSpan, asides: Asides? = nil) -> String {
        guard index > 0 else { return "" }
        let asides = (asides ?? Asides(in: sentence.text)).closed(before: words[index].utf16Range.lowerBound)
        for word in words[..<index].reversed() where !EventLexicon.auxiliaries.contains(word.folded) {
            if asides.contains(where: { $0.contains(word.utf16Range.lowerBound) }) { continue }
            return word.folded
        }
        return ""
    }

    /// Where a phrase that opens the sentence with a preposition ("Under the auspices of Saudi
    /// Arabia, …", "In a statement, …") ends, past its comma, when the comma stands before `offset`.
    static func introductoryPhraseEnd(of sentence: TextSpan, before offset: Int) -> Int? {
        guard let first = Tokenizer.words(in: sentence).first, EventLexicon.introductoryPrepositions.contains(first.folded),
            let comma = sentence.text.firstRange(of: ", ")
        else { return nil }
        let end = sentence.text.utf16Offset(of: comma.upperBound)
        return end <= offset ? end : nil
    }

    /// Where the clause holding the event word starts: after "; " or ", and " or ", but ".
    /// On bytes, without copying the text before the word: asked for every event word.
    static func clauseStart(before offset: Int, in text: String) -> Int {
        guard offset > 0 else { return 0 }
        return text.withBytes { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes[..<UTF8Scan.utf8Offset(ofUTF16: offset, in: bytes)])
            var start = 0
            for marker in clauseOpeners {
                guard let found = marker.bytes.withUnsafeBufferPointer({ UTF8Scan.lastOffset(of: $0, in: head) }) else { continue }
                let rest = UnsafeBufferPointer(rebasing: head[(found + marker.bytes.count)...])
                // A relative clause closed before the event word ("Cuba and Norway, which guarantee the
                // process, called on …") is an aside, not the event's clause.
                if marker.opensRelativeClause, rest.contains(UInt8(ascii: ",")) { continue }
                // ", and the EU proposed": a list goes on; ", and several leaders threatened": a new clause.
                if marker.continuesList, continuesList(rest) { continue }
                // "…, as some leaders refused to sign": a new clause; "…, as well as Kenya, signed": the list goes on.
                if marker.bytes == asOpener, rest.starts(with: "well".utf8) { continue }
                start = max(start, UTF8Scan.utf16Count(UnsafeBufferPointer(rebasing: head[..<(found + marker.bytes.count)])))
            }
            return start
        }
    }

    private static let asOpener = Array(", as ".utf8)

    /// What may open the clause of an event word, and what each says of the words after it.
    private static let clauseOpeners: [(bytes: [UInt8], opensRelativeClause: Bool, continuesList: Bool)] =
        // "Heads of state applauded as each of the four rebel leaders signed": "as" before a subject of its own.
        [
            "; ", ", and ", ", but ", ", while ", " while ", ", though ", " though ", ", although ", ", which ", ", who ", ", as ", " as each ",
            " as both ", " as all ",
        ].map { marker in
            (Array(marker.utf8), marker == ", which " || marker == ", who ", marker == ", and ")
        }

    /// Whether the word after ", and " goes on a list: "the", or a name.
    private static func continuesList(_ rest: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = rest.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return false }
        let end = rest[first...].firstIndex(of: UInt8(ascii: " ")) ?? rest.count
        let next = rest[first..<end]
        if next.elementsEqual("the".utf8) { return true }
        // ", and his Ugandan counterpart": an official described by the state; ", and his government agreed" is a clause.
        if next.elementsEqual("his".utf8) || next.elementsEqual("her".utf8) || next.elementsEqual("their".utf8) {
            return continuesList(UnsafeBufferPointer(rebasing: rest[end...]))
        }
        if next[first] < 0x80 ? UTF8Scan.isASCIIUppercase(next[first]) : String(decoding: next, as: UTF8.self).first?.isUppercase == true {
            return true
        }
        // ", and rebel leader Guillaume Soro signed": a lower-case office, then the name of its holder.
        let words = Tokenizer.words(in: String(decoding: UnsafeBufferPointer(rebasing: rest[first...]), as: UTF8.self))
        let office = words.drop { Offices.oppositionWords.contains($0.folded) || Offices.officeQualifiers.contains($0.folded) }
        guard let title = office.first, Offices.titlesByFirstWord[title.folded] != nil else { return false }
        return office.dropFirst().prefix(3).contains { $0.isCapitalised }
    }

    /// Where the clause holding the event word ends: at the next comma, semicolon, dash or relative clause.
    static func clauseEnd(after offset: Int, in text: String) -> Int {
        text.withBytes { bytes in
            let total = UTF8Scan.utf16Count(bytes)
            let from = UTF8Scan.utf8Offset(ofUTF16: max(0, offset), in: bytes)
            let found = clauseClosers.compactMap { marker in marker.withUnsafeBufferPointer { UTF8Scan.firstOffset(of: $0, in: bytes, from: from) } }.min()
            guard let found else { return total }
            return min(total, offset + UTF8Scan.utf16Count(UnsafeBufferPointer(rebasing: bytes[from..<found])))
        }
    }

    /// "spoke with the emir of Qatar and stated that Israel had agreed": what follows "that" is another clause.
    private static let clauseClosers: [[UInt8]] = [", ", "; ", " — ", " - ", " who ", " which ", " that "].map { Array($0.utf8) }

    /// Stretches that interrupt a subject: "— a close ally of Trump —", ", led by …,", ", a … ,".
    /// Found once for all of a sentence's event words: an aside interrupts an event word's
    /// subject when it closes before the word.
    struct Asides {
        /// Each aside, and the offset from which it is closed: one past its closing mark.
        private var asides: [(range: Range<Int>, closedFrom: Int)] = []

        init(in text: String) {
            asides = text.withBytes(Self.asides(in:))
        }

        /// Scanned on bytes: every sentence with an event word is scanned.
        private static func asides(in bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, closedFrom: Int)] {
            func utf16Offset(_ position: Int) -> Int { UTF8Scan.utf16Count(UnsafeBufferPointer(rebasing: bytes[..<position])) }
            func isDash(at position: Int) -> Bool {
                if position + 2 < bytes.count && bytes[position] == 0xE2 && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x94 { return true }
                // "Felipe Gonzalez--for the 15-nation European Union--added": a dash typed as two hyphens.
                return position + 2 < bytes.count && position > 0 && bytes[position] == UInt8(ascii: "-") && bytes[position + 1] == UInt8(ascii: "-")
                    && bytes[position - 1] != UInt8(ascii: "-") && bytes[position + 2] != UInt8(ascii: "-")
            }
            func starts(with prefix: StaticString, at position: Int) -> Bool {
                let count = prefix.utf8CodeUnitCount
                guard position + count <= bytes.count else { return false }
                return (0..<count).allSatisfy { bytes[position + $0] == prefix.utf8Start[$0] }
            }
            // ", the African Union's mediator in the conflict,": an apposition naming an office or a body's role, not
            // a list going on (", the United States, and China").
            func namesOffice(from start: Int) -> Bool {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ","), !isDash(at: end) { end += 1 }
                let words = Tokenizer.words(in: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                // ", the political wing of the communist New People's Army,": what a body is to another.
                return words.contains { !$0.isCapitalised && (Offices.titlesByFirstWord[$0.folded] != nil || EventLexicon.bodyRoles.contains($0.folded)) }
            }
            // ", head of …": a lower-case office first.
            func opensWithOffice(at start: Int) -> Bool {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: ",") { end += 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                return word.first?.isLowercase == true && Offices.titlesByFirstWord[word] != nil
            }
            var found: [(range: Range<Int>, closedFrom: Int)] = []
            var openDash: Int?
            for position in bytes.indices where isDash(at: position) {
                let offset = utf16Offset(position)
                if let open = openDash {
                    found.append((open..<(offset + 1), offset + 1))
                    openDash = nil
                } else {
                    openDash = offset
                }
            }
            for comma in bytes.indices where bytes[comma] == UInt8(ascii: ",") && comma + 1 < bytes.count && bytes[comma + 1] == UInt8(ascii: " ") {
                let rest = comma + 2
                // ", in the presence of Donald Trump,": who watched, not who acted.
                let opensAside = starts(with: "led by ", at: rest) || starts(with: "a ", at: rest) || starts(with: "an ", at: rest)
                    || starts(with: "in the presence of ", at: rest) || starts(with: "accompanied by ", at: rest)
                    || starts(with: "flanked by ", at: rest) || starts(with: "witnessed by ", at: rest) || starts(with: "according to ", at: rest)
                    || starts(with: "who ", at: rest) || starts(with: "whose ", at: rest) || starts(with: "which ", at: rest)
                    || (starts(with: "the ", at: rest) && namesOffice(from: rest))
                    // ", former head of the UN peacekeeping force in Mali,", ", head of the mission,": an office held.
                    || ((starts(with: "former ", at: rest) || opensWithOffice(at: rest)) && namesOffice(from: rest)) || {
                        // ", mediated by the United States and Qatar,": a participle and its agent.
                        // ", Myanmar's largest neighbour,": an apposition about the name before it.
                        var end = rest
                        while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
                        let next = UnsafeBufferPointer(rebasing: bytes[rest..<end])
                        let isParticiple = next.count >= 2 && next[next.count - 2] == UInt8(ascii: "e") && next[next.count - 1] == UInt8(ascii: "d")
                            && starts(with: " by ", at: end)
                        guard !isParticiple else { return true }
                        guard !next.isEmpty, UTF8Scan.isUppercase(UTF8Scan.scalar(in: next, at: 0).0), next.count >= 2,
                            next[next.count - 1] == UInt8(ascii: "s")
                        else { return false }
                        let before = next.count - 2
                        return next[before] == UInt8(ascii: "'")
                            || (before >= 2 && next[before - 2] == 0xE2 && next[before - 1] == 0x80 && next[before] == 0x99)
                    }()
                // ", made up of representatives of the government, the ELN and civil society, met": the members
                // listed, up to the comma after which the sentence goes on in lower case.
                if memberListOpeners.contains(where: { starts(with: $0, at: rest) }) {
                    let close = (rest..<bytes.count).first { position in
                        guard bytes[position] == UInt8(ascii: ","), position + 2 < bytes.count, bytes[position + 1] == UInt8(ascii: " ") else { return false }
                        var end = position + 2
                        while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
                        let next = String(decoding: UnsafeBufferPointer(rebasing: bytes[(position + 2)..<end]), as: UTF8.self)
                        return next.first?.isLowercase == true && !["and", "or", "the", "a", "an"].contains(next)
                    }
                    if let close {
                        found.append((utf16Offset(comma)..<utf16Offset(close), utf16Offset(close) + 1))
                        continue
                    }
                }
                guard opensAside else { continue }
                // Only a closed interruption: ", which guarantee the process," — not the clause the event is in.
                guard let close = (rest..<bytes.count).first(where: { bytes[$0] == UInt8(ascii: ",") || isDash(at: $0) }) else { continue }
                let end = utf16Offset(close)
                found.append((utf16Offset(comma)..<end, end + 1))
            }
            return found
        }

        /// What opens an aside that lists a body's members.
        private static let memberListOpeners: [StaticString] = ["made up of ", "comprising ", "consisting of ", "composed of "]

        func closed(before offset: Int) -> [Range<Int>] {
            asides.filter { $0.closedFrom <= offset }.map(\.range)
        }
    }
}
