import PeaceBoardCore

/// A provision of a proposal as a report states it, typed by the provision catalogue's names
/// (`ceasefire`, `membership-postponement`, …) with the parameters the sentence gives.
public struct ProvisionMention: Hashable, Sendable, Codable {
    public var type: String
    public var parameters: [String: JSONValue]
    /// The words that name the provision.
    public var cue: TextSpan
    public var sentence: TextSpan
}
