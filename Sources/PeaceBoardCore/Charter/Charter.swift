/// One version of the Board's charter: the parameters that the rules in this module evaluate.
///
/// The document is data (see `Resources/charter.json` of the executable); an amendment is a
/// new version with a later effective date, and each fact is judged by the version in force
/// on that fact's date.
public struct Charter: Hashable, Sendable, Codable {
    public var version: String
    public var effectiveDate: LocalDate
    public var chair: ChairRule
    public var admission: AdmissionRule
    public var term: TermRule
    public var permanentSeat: PermanentSeatRule?
    public var entryIntoForce: EntryIntoForceRule
    /// How the Board's own resolutions are decided; evaluated by the votes of the peace-process record.
    public var decisionRule: DecisionRule

    public init(
        version: String, effectiveDate: LocalDate, chair: ChairRule, admission: AdmissionRule, term: TermRule,
        permanentSeat: PermanentSeatRule?, entryIntoForce: EntryIntoForceRule, decisionRule: DecisionRule
    ) {
        self.version = version
        self.effectiveDate = effectiveDate
        self.chair = chair
        self.admission = admission
        self.term = term
        self.permanentSeat = permanentSeat
        self.entryIntoForce = entryIntoForce
        self.decisionRule = decisionRule
    }

    public enum ChairRule: Hashable, Sendable, Codable {
        case appointedForLife
        case termOfYears(Int)
    }

    public enum AdmissionRule: String, Hashable, Sendable, Codable {
        case invitationByChair
    }

    public struct TermRule: Hashable, Sendable, Codable {
        public var years: Int
        public var renewable: Bool

        public init(years: Int, renewable: Bool) {
            self.years = years
            self.renewable = renewable
        }
    }

    /// A member whose cash payments reach `threshold` within `windowYears` of the start of
    /// its membership holds a permanent seat from the day the threshold is reached.
    public struct PermanentSeatRule: Hashable, Sendable, Codable {
        public var threshold: Money
        public var windowYears: Int
        /// Whether cash paid before the membership started counts towards the threshold.
        public var countsPaymentsBeforeMembership: Bool

        public init(threshold: Money, windowYears: Int, countsPaymentsBeforeMembership: Bool) {
            self.threshold = threshold
            self.windowYears = windowYears
            self.countsPaymentsBeforeMembership = countsPaymentsBeforeMembership
        }
    }

    public struct EntryIntoForceRule: Hashable, Sendable, Codable {
        public var acceptancesRequired: Int

        public init(acceptancesRequired: Int) {
            self.acceptancesRequired = acceptancesRequired
        }
    }

    public struct DecisionRule: Hashable, Sendable, Codable {
        public enum Majority: String, Hashable, Sendable, Codable {
            case simple, twoThirds, unanimous
        }
        public var majority: Majority
        public var abstentionsCountAsVotesCast: Bool
        public var chairApprovalRequired: Bool

        public init(majority: Majority, abstentionsCountAsVotesCast: Bool, chairApprovalRequired: Bool) {
            self.majority = majority
            self.abstentionsCountAsVotesCast = abstentionsCountAsVotesCast
            self.chairApprovalRequired = chairApprovalRequired
        }
    }

    /// Problems that make a document unusable, each naming its field.
    public var problems: [FieldError] {
        var problems: [FieldError] = []
        if version.isEmpty { problems.append(FieldError(field: "version", message: "must not be empty")) }
        if term.years < 1 { problems.append(FieldError(field: "term.years", message: "must be at least 1")) }
        if entryIntoForce.acceptancesRequired < 1 {
            problems.append(FieldError(field: "entryIntoForce.acceptancesRequired", message: "must be at least 1"))
        }
        if case .termOfYears(let years) = chair, years < 1 {
            problems.append(FieldError(field: "chair.termOfYears", message: "must be at least 1"))
        }
        if let seat = permanentSeat {
            if seat.threshold.minorUnits <= 0 {
                problems.append(FieldError(field: "permanentSeat.threshold.minorUnits", message: "must be positive"))
            }
            if seat.windowYears < 1 {
                problems.append(FieldError(field: "permanentSeat.windowYears", message: "must be at least 1"))
            }
        }
        return problems
    }
}
