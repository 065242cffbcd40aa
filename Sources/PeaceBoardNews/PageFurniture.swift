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
        "filed under", "posted in", "cookie", "all rights reserved", "copyright", "©", "photo:", "image:",
        "special to ",
    ]

    static func endsArticle(_ line: String) -> Bool {
        let folded = fold(line)
        return sectionEnderBytes.contains { folded == $0 || (folded.starts(with: $0) && folded.count > $0.count && folded[$0.count] == UInt8(ascii: ":")) }
    }

    static func isFurniture(_ line: String) -> Bool {
        let folded = fold(line)
        return linePrefixBytes.contains { folded.starts(with: $0) }
    }

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
