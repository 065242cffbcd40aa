import PeaceBoardCore

/// Words that web pages put around an article: comment forms, navigation, share buttons.
/// Data, not logic: extend the lists, not the cleaner.
enum PageFurniture {
    /// A line that starts one of these ends the article: everything after it is page furniture.
    static let sectionEnders = [
        "leave a reply", "leave a comment", "recent news", "recent posts", "related news", "related stories",
        "more related stories", "related posts", "related articles", "you may also like", "read more", "comments",
        "most popular", "trending now", "more from", "latest news", "more stories",
    ]

    /// A line that starts with one of these is furniture wherever it stands.
    static let linePrefixes = [
        "scroll to top", "share this", "share on", "subscribe", "sign up", "advertisement", "follow us",
        "your email address will not be published", "required fields are marked", "click here", "tags:",
        "filed under", "posted in", "posted on ", "cookie", "all rights reserved", "copyright", "©", "photo:", "image:",
        "special to ", "skip to ", "jump to ", "main menu", "sign in", "log in", "you are in:", "live updates:", "follow the latest",
    ]

    /// Where a crawler's stamp ("date 2025-11-12") ends and where the line goes on after it, when
    /// it has one and more.
    static func crawlStamp(in line: Substring) -> (end: Substring.Index, rest: Substring.Index)? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("date "), let stamp = trimmed.dropFirst(5).split(separator: " ", maxSplits: 1).first,
            LocalDate(iso8601: String(stamp)) != nil
        else { return nil }
        let rest = trimmed[stamp.endIndex...].drop { $0 == " " }
        return rest.isEmpty ? nil : (stamp.endIndex, rest.startIndex)
    }

    /// A picture's caption: what it shows is news, its credit is not.
    static func isCaption(_ line: String) -> Bool {
        // On bytes: every running line is asked, and Foundation's search is slow.
        line.withBytes { bytes in
            captionMarkers.contains { marker in marker.withUnsafeBufferPointer { UTF8Scan.firstOffset(of: $0, in: bytes) != nil } }
        }
    }

    /// "Rwandan President Paul Kagame, left, with Congolese President Joseph Kabila sign the treaty": where
    /// each person stands in a photograph, as only a caption says.
    static func placesPeopleInAPhoto(_ line: String) -> Bool {
        line.withBytes { bytes in
            photoPositions.contains { marker in marker.withUnsafeBufferPointer { UTF8Scan.firstOffset(of: $0, in: bytes) != nil } }
        }
    }

    private static let photoPositions: [[UInt8]] = [
        ", left,", ", right,", ", center,", ", centre,", " (left)", " (right)", " (center)", " (centre)", ", second left,", ", second right,",
        ", from left,", " (L)", " (R)",
    ].map { Array($0.utf8) }

    private static let captionMarkers: [[UInt8]] = [
        "Photo:", "Photo from", "Photo courtesy", "Photo Courtesy", "Photograph:", "(Photo", "REUTERS/", "/AFP", "Getty Images", "(AP Photo",
    ].map { Array($0.utf8) }

    /// "By our correspondent", "By Jane Roe", "From: Jane Roe": who wrote it, not what it says.
    static func isByline(_ line: String) -> Bool {
        ["By ", "By: ", "From: ", "Author: "].contains(where: line.hasPrefix) && line.split(separator: " ").count <= 8 && !line.hasSuffix(".")
    }

    /// A menu written out as one line: "BBC NEWS Americas Africa Europe Middle East South Asia …", many
    /// capitalised words and none of the small words a headline of that length has.
    static func isMenu(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        // "1. Home", "3. East Africa", "• News": a breadcrumb's items, one to a line.
        if let first = words.first, words.count <= 4, first == "•" || (first.hasSuffix(".") && first.dropLast().allSatisfy(\.isNumber) && first.count <= 3) {
            return words.dropFirst().allSatisfy { $0.first?.isUppercase == true }
        }
        guard words.count >= 12 else { return false }
        return words.allSatisfy { word in
            word.first.map { $0.isUppercase || $0.isNumber } == true && !ForeignPassages.englishWords.contains(word.lowercased())
        }
    }

    /// Menus whose items lost the spaces between them: "FinancialGovernment SolutionsLegalReuters".
    static func hasGluedWords(_ line: String) -> Bool {
        // On bytes, in ASCII: menus are, and every line that is no sentence is asked.
        line.withBytes { bytes in
            var glued = 0
            var gluedInWord = false
            for index in bytes.indices.dropFirst() {
                let (previous, byte) = (bytes[index - 1], bytes[index])
                if byte == UInt8(ascii: " ") {
                    gluedInWord = false
                } else if !gluedInWord, UTF8Scan.isASCIIUppercase(byte), previous >= UInt8(ascii: "a"), previous <= UInt8(ascii: "z") {
                    gluedInWord = true
                    glued += 1
                    if glued >= 2 { return true }
                }
            }
            return false
        }
    }

    /// Words that may stand before a page's time stamp.
    static let timestampLeads: Set<String> = ["date", "published", "updated", "posted", "modified", "last", "on"]

    /// A line that opens with a date ("May 4, 2016 / 4:45 PM", "date 2022-11-02 T. SNOW
    /// Wednesday", "September 30, 2019"): when a page was published or crawled, not news.
    static func isTimestamp(_ line: String) -> Bool {
        // A time stamp is a short line; paragraphs are asked too.
        guard line.utf8.count <= 160 else { return false }
        var words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == ":" || $0 == "|" }).map(String.init)
        // "• Saturday, 17 May 2025", "T. SNOW Wednesday, 2 November 2022, 22:18": a bullet or a byline may come first.
        while let first = words.first, timestampLeads.contains(first) || !first.contains(where: \.isLetter) && !first.contains(where: \.isNumber) {
            words.removeFirst()
        }
        if words.count <= 10, let weekday = words.prefix(4).firstIndex(where: { DateFinder.weekdays.contains($0) }) { words.removeFirst(weekday) }
        guard let first = words.first else { return false }
        if LocalDate(iso8601: first) != nil { return true }
        if DateFinder.weekdays.contains(first) { words.removeFirst() }
        guard words.count >= 2 else { return false }
        let (a, b) = (words[0], words[1])
        func isDay(_ word: String) -> Bool { Int(word).map { (1...31).contains($0) } ?? false }
        func isMonth(_ word: String) -> Bool {
            let name = word.hasSuffix(".") ? String(word.dropLast()) : word
            return name.count >= 3 && DateFinder.months.contains { $0.hasPrefix(name) }
        }
        // "May 4", "4 May", then a year: a day and month alone also open many a headline.
        let third = words.count > 2 ? words[2] : ""
        let hasYear = third.count == 4 && Int(third).map { (1900...2100).contains($0) } == true
        return hasYear && ((isMonth(a) && isDay(b)) || (isDay(a) && isMonth(b)))
    }

    static func endsArticle(_ line: String) -> Bool {
        let folded = fold(line)
        return sectionEnderBytes.contains { folded == $0 || (folded.starts(with: $0) && folded.count > $0.count && folded[$0.count] == UInt8(ascii: ":")) }
    }

    /// The link under another story's headline: "Read more".
    static func isTeaserLink(_ line: String) -> Bool {
        fold(line) == Array("read more".utf8)
    }

    static func isFurniture(_ line: String) -> Bool {
        let folded = fold(line)
        return linePrefixBytes.contains { folded.starts(with: $0) } || sectionLabelBytes.contains(folded)
    }

    /// A line that is only one of these labels a section, never a headline.
    static let sectionLabels = ["breaking news", "news", "world news", "world", "latest news", "top stories", "live", "analysis", "opinion", "accessibility links"]
    private static let sectionLabelBytes = Set(sectionLabels.map { Array($0.utf8) })

    private static let sectionEnderBytes = sectionEnders.map { Array($0.utf8) }
    private static let linePrefixBytes = linePrefixes.map { Array($0.utf8) }

    /// The line's first bytes with ASCII capitals lowered: every entry is ASCII but "©", and
    /// none is longer than this.
    private static func fold(_ line: String) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        for byte in line.utf8 {
            if folded.isEmpty, byte == 0x20 || byte == 0x09 { continue }
            folded.append(UTF8Scan.isASCIIUppercase(byte) ? byte | 0x20 : byte)
            if folded.count == 64 { break }
        }
        return folded
    }
}
