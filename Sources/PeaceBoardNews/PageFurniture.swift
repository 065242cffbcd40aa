import Foundation
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
        return sectionEnders.contains { folded == $0 || folded.hasPrefix($0 + ":") }
    }

    static func isFurniture(_ line: String) -> Bool {
        let folded = fold(line)
        return linePrefixes.contains { folded.hasPrefix($0) }
    }

    private static func fold(_ line: String) -> String {
        line.trimmed().lowercased()
    }
}
