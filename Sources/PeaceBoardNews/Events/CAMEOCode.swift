/// A CAMEO event code with its description and Goldstein score (−10 conflict … +10 cooperation).
public struct CAMEOCode: Hashable, Sendable, Codable {
    public let code: String
    public let description: String
    /// The Goldstein score in tenths, exact as published (−5.8 is −58).
    public let goldsteinTenths: Int

    public init?(_ code: String) {
        guard let entry = Self.table[code] else { return nil }
        self.code = code
        self.description = entry.description
        self.goldsteinTenths = entry.goldsteinTenths
    }

    public var goldstein: Double { Double(goldsteinTenths) / 10 }
}
