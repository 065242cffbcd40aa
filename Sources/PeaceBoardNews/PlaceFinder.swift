/// A state named in a report, and how: by name, adjective, capital or seat of government.
public struct StateMention: Hashable, Sendable, Codable {
    public enum Form: String, Hashable, Sendable, Codable {
        case name, adjective, capital, seat
    }
    /// ISO 3166-1 alpha-3.
    public var state: String
    public var form: Form
    public var span: TextSpan
}

public struct OrganisationMention: Hashable, Sendable, Codable {
    public var name: String
    public var span: TextSpan
}

/// Finds the gazetteer's states and organisations in text, longest phrase first.
public enum PlaceFinder {
    public static func mentions(in span: TextSpan) -> (states: [StateMention], organisations: [OrganisationMention]) {
        let words = Tokenizer.words(in: span)
        var states: [StateMention] = []
        var organisations: [OrganisationMention] = []
        var index = 0
        while index < words.count {
            guard words[index].isCapitalised || words[index].text.first?.isNumber == true,
                let (length, named) = longestMatch(at: index, in: words)
            else {
                index += 1
                continue
            }
            let located = span.span(from: words[index], to: words[index + length - 1])
            switch named {
            case .state(let code, let form): states.append(StateMention(state: code, form: form, span: located))
            case .organisation(let name): organisations.append(OrganisationMention(name: name, span: located))
            }
            index += length
        }
        return (states, organisations)
    }

    private static func longestMatch(at index: Int, in words: [Word]) -> (Int, Gazetteer.Named)? {
        guard let longest = Gazetteer.longestPhraseByFirstWord[words[index].text] else { return nil }
        for length in stride(from: min(longest, words.count - index), through: 1, by: -1) {
            let phrase = words[index..<(index + length)].map(\.text)
            if let named = Gazetteer.phrases[phrase] { return (length, named) }
        }
        return nil
    }
}
