/// What a token lets its holder do. A delegate speaks for exactly one state.
public enum Role: Hashable, Sendable {
    case chair
    case secretariat
    case delegate(StateCode)
    case observer

    public var name: String {
        switch self {
        case .chair: "chair"
        case .secretariat: "secretariat"
        case .delegate: "delegate"
        case .observer: "observer"
        }
    }

    public var state: StateCode? {
        if case .delegate(let state) = self { return state }
        return nil
    }

    /// Builds a role from its stored parts; a delegate needs a state and only a delegate has one.
    public init(name: String, state: String?) throws(FieldError) {
        switch (name, state) {
        case ("chair", nil): self = .chair
        case ("secretariat", nil): self = .secretariat
        case ("observer", nil): self = .observer
        case ("delegate", let code?):
            guard let state = StateCode(code) else {
                throw FieldError(field: "state", message: "'\(code)' is not an ISO 3166-1 alpha-3 state code")
            }
            self = .delegate(state)
        case ("delegate", nil): throw FieldError(field: "state", message: "a delegate token needs the state it speaks for")
        case ("chair", _), ("secretariat", _), ("observer", _):
            throw FieldError(field: "state", message: "only a delegate token names a state")
        default:
            throw FieldError(field: "role", message: "'\(name)' is not a role (chair, secretariat, delegate, observer)")
        }
    }
}

/// The holder of a token, as the record names the author of an entry.
public struct Principal: Hashable, Sendable {
    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }

    /// The author written into entries: `chair:alice`, `delegate:HUN:ambassador`.
    public var author: String {
        if let state = role.state { return "delegate:\(state):\(name)" }
        return "\(role.name):\(name)"
    }

    /// The principal the server itself acts as (charter loading at start).
    public static let system = Principal(name: "system", role: .secretariat)
}
