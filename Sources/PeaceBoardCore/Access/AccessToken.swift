import Crypto

/// A bearer token as the store keeps it: only the SHA-256 of the secret, never the secret.
public struct StoredToken: Hashable, Sendable, Codable {
    public var secretHash: String
    public var name: String
    public var role: Role
    public var createdAt: Timestamp

    public init(secretHash: String, name: String, role: Role, createdAt: Timestamp) {
        self.secretHash = secretHash
        self.name = name
        self.role = role
        self.createdAt = createdAt
    }

    public var principal: Principal { Principal(name: name, role: role) }

    public static func hash(secret: String) -> String {
        SHA256.hash(data: Array(secret.utf8)).hexString
    }
}

extension Role: Codable {
    private enum CodingKeys: String, CodingKey { case role, state }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                name: try container.decode(String.self, forKey: .role),
                state: try container.decodeIfPresent(String.self, forKey: .state))
        } catch let error as FieldError {
            throw DecodingError.dataCorruptedError(
                forKey: error.field == "state" ? .state : .role, in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .role)
        try container.encodeIfPresent(state?.rawValue, forKey: .state)
    }
}
