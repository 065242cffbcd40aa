/// Who acts in a peace process: a state, an organisation (`org:eu`, `org:unsc`) or a person
/// (`person:keith-kellogg`), written as one string so lists of parties stay readable.
public enum Party: TextCoded, Hashable, Comparable, Sendable, CustomStringConvertible {
    case state(StateCode)
    case organisation(RecordName)
    case person(RecordName)

    public init?(text: String) {
        if text.hasPrefix("org:"), let name = RecordName(text: String(text.dropFirst(4))) {
            self = .organisation(name)
        } else if text.hasPrefix("person:"), let name = RecordName(text: String(text.dropFirst(7))) {
            self = .person(name)
        } else if let state = StateCode(text) {
            self = .state(state)
        } else {
            return nil
        }
    }

    public var text: String {
        switch self {
        case .state(let state): state.rawValue
        case .organisation(let name): "org:\(name)"
        case .person(let name): "person:\(name)"
        }
    }

    public static let expectedText =
        "a party: an ISO 3166-1 alpha-3 state code (RUS), org:NAME (org:eu) or person:NAME (person:keith-kellogg)"
    public var description: String { text }
    public static func < (lhs: Party, rhs: Party) -> Bool { lhs.text < rhs.text }

    public var state: StateCode? {
        if case .state(let state) = self { return state }
        return nil
    }
}
