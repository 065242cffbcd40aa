import PeaceBoardCore

/// What a reader should find in one report, written by hand: the test set of `peaceboard eval`.
public struct ReaderExpectation: Decodable, Sendable {
    /// The report's file, relative to the expectation file; the same name with `.txt` when omitted.
    public var report: String?
    /// The report's publication day, for relative dates.
    public var date: LocalDate?
    /// The headline, or "" for a page whose headline was not kept; nil when not judged.
    public var title: String?
    public var people: [String]
    public var quotes: [ExpectedQuote]
    public var events: [ExpectedEvent]
    public var provisions: [ExpectedProvision]

    /// How expectation files are named: `NAME.expected.json` beside `NAME.txt`.
    public static let fileSuffix = ".expected.json"

    /// The report's file name, relative to the directory of `expectationFile`.
    public func reportFile(besides expectationFile: String) -> String {
        report ?? String(expectationFile.dropLast(Self.fileSuffix.count)) + ".txt"
    }

    public init(
        report: String?, date: LocalDate?, title: String? = nil, people: [String], quotes: [ExpectedQuote], events: [ExpectedEvent],
        provisions: [ExpectedProvision]
    ) {
        self.report = report
        self.date = date
        self.title = title
        self.people = people
        self.quotes = quotes
        self.events = events
        self.provisions = provisions
    }

    public struct ExpectedQuote: Decodable, Sendable {
        public var speaker: String?
        /// The quotation's first words.
        public var text: String
    }

    public struct ExpectedEvent: Decodable, Sendable {
        public var kind: EventKind
        /// A state code, or the name of a person or organisation; nil when the report names no actor.
        public var actor: String?
        public var target: String?
        public var negated: Bool?
        public var hedged: Bool?

        public init(kind: EventKind, actor: String?, target: String?, negated: Bool?, hedged: Bool?) {
            self.kind = kind
            self.actor = actor
            self.target = target
            self.negated = negated
            self.hedged = hedged
        }
    }

    public struct ExpectedProvision: Decodable, Sendable {
        public var type: String
        /// Parameters the finding must have (it may have more).
        public var parameters: [String: JSONValue]
    }
}
