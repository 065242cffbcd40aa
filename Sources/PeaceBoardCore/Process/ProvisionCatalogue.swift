/// The kinds of provision a proposal can contain, with their typed parameters.
///
/// A document kept as data (the executable's `Resources/provision-catalogue.json`) and recorded
/// in the ledger like the charter: a new provision type is a new catalogue version, and each
/// proposal is checked against the version in force on its date.
public struct ProvisionCatalogue: Hashable, Sendable, Codable {
    public var version: String
    public var effectiveDate: LocalDate
    public var types: [ProvisionType]

    public init(version: String, effectiveDate: LocalDate, types: [ProvisionType]) {
        self.version = version
        self.effectiveDate = effectiveDate
        self.types = types
    }

    public struct ProvisionType: Hashable, Sendable, Codable {
        public var type: RecordName
        public var label: String
        public var parameters: [Parameter]

        public init(type: RecordName, label: String, parameters: [Parameter]) {
            self.type = type
            self.label = label
            self.parameters = parameters
        }
    }

    public struct Parameter: Hashable, Sendable, Codable {
        public var name: String
        public var kind: ParameterKind
        public var required: Bool

        public init(name: String, kind: ParameterKind, required: Bool = false) {
            self.name = name
            self.kind = kind
            self.required = required
        }

        private enum CodingKeys: String, CodingKey { case name, kind, required }

        /// `required` may be left out; a parameter is optional unless it says so.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            kind = try container.decode(ParameterKind.self, forKey: .kind)
            required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
        }
    }

    public enum ParameterKind: String, Hashable, Sendable, Codable {
        case integer, boolean, text, date, money, party, parties
    }

    public func type(_ name: RecordName) -> ProvisionType? { types.first { $0.type == name } }

    /// Problems that make the document unusable, each naming its field.
    public var problems: [FieldError] {
        var problems: [FieldError] = []
        if version.isEmpty { problems.append(FieldError(field: "version", message: "must not be empty")) }
        var seen = Set<RecordName>()
        for (index, type) in types.enumerated() {
            if !seen.insert(type.type).inserted {
                problems.append(FieldError(field: "types[\(index)].type", message: "'\(type.type)' is listed twice"))
            }
            var names = Set<String>()
            for (parameterIndex, parameter) in type.parameters.enumerated() where !names.insert(parameter.name).inserted || parameter.name.isEmpty {
                problems.append(FieldError(field: "types[\(index)].parameters[\(parameterIndex)].name", message: "must be a unique, non-empty name"))
            }
        }
        return problems
    }

    /// Checks a provision's parameters against its type; `field` names the provision in errors.
    public func check(_ provision: Provision, field: String) throws(RecordError) {
        guard let type = type(provision.type) else {
            throw .invalid(
                FieldError(
                    field: "\(field).type",
                    message: "'\(provision.type)' is not in provision catalogue \(version) (\(types.map(\.type.text).joined(separator: ", ")))"))
        }
        for name in provision.parameters.keys.sorted() where !type.parameters.contains(where: { $0.name == name }) {
            throw .invalid(
                FieldError(
                    field: "\(field).parameters.\(name)",
                    message: "is not a parameter of \(type.type) (\(type.parameters.map(\.name).joined(separator: ", ")))"))
        }
        for parameter in type.parameters {
            let path = "\(field).parameters.\(parameter.name)"
            guard let value = provision.parameters[parameter.name], value != .null else {
                if parameter.required { throw .invalid(FieldError(field: path, message: "is required for \(type.type)")) }
                continue
            }
            if let problem = parameter.kind.problem(with: value) { throw .invalid(FieldError(field: path, message: problem)) }
        }
    }
}

extension ProvisionCatalogue.ParameterKind {
    func problem(with value: JSONValue) -> String? {
        switch (self, value) {
        case (.integer, .integer(let number)): number >= 0 ? nil : "must not be negative"
        case (.boolean, .bool): nil
        case (.text, .string(let text)): text.trimmingCharacters(in: .whitespaces).isEmpty ? "must not be empty" : nil
        case (.date, .string(let text)): LocalDate(iso8601: text) == nil ? "'\(text)' is not an ISO 8601 date" : nil
        case (.party, .string(let text)): Party(text: text) == nil ? "'\(text)' is not \(Party.expectedText)" : nil
        case (.parties, .array(let items)):
            items.lazy.compactMap { item -> String? in
                guard case .string(let text) = item else { return "must be a list of parties" }
                return Party(text: text) == nil ? "'\(text)' is not \(Party.expectedText)" : nil
            }.first
        case (.money, .object(let members)):
            if case .integer(let units)? = members["minorUnits"], units > 0, case .string(let code)? = members["currency"],
                CurrencyCode(code) != nil, members.count == 2
            {
                nil
            } else {
                "must be {\"minorUnits\": positive integer, \"currency\": ISO 4217 code}"
            }
        default: "must be \(self == .integer ? "an integer" : self == .boolean ? "true or false" : self == .parties ? "a list of parties" : self == .money ? "an amount" : "a string")"
        }
    }
}

/// One provision of a proposal: its catalogue type and parameters (`ceasefire`, `days: 30`).
public struct Provision: Hashable, Sendable, Codable {
    /// Names the provision within its proposal, so responses can answer it alone.
    public var id: RecordName
    public var type: RecordName
    public var parameters: [String: JSONValue]
    public var text: String?

    public init(id: RecordName, type: RecordName, parameters: [String: JSONValue] = [:], text: String? = nil) {
        self.id = id
        self.type = type
        self.parameters = parameters
        self.text = text
    }
}
