extension Charter.DecisionRule {
    /// Whether votes carry a resolution under this rule, and why in words.
    ///
    /// Abstentions count towards the votes cast only when the rule says so; a tie never
    /// carries a simple majority; where the chair must approve, no count carries without it.
    public func decide(yes: Int, no: Int, abstentions: Int, chairApproved: Bool) -> (passes: Bool, explanation: String) {
        let cast = yes + no + (abstentionsCountAsVotesCast ? abstentions : 0)
        let counted = "\(yes) yes, \(no) no, \(abstentions) abstaining (\(cast) counted as cast)"
        guard cast > 0 else { return (false, "no votes counted: \(counted)") }
        let carried: Bool
        let needed: String
        switch majority {
        case .simple:
            carried = yes * 2 > cast
            needed = "more than half of the votes cast"
        case .twoThirds:
            carried = yes * 3 >= cast * 2
            needed = "at least two thirds of the votes cast"
        case .unanimous:
            carried = yes == cast
            needed = "every vote cast"
        }
        guard carried else { return (false, "\(counted); needs \(needed)") }
        if chairApprovalRequired && !chairApproved {
            return (false, "\(counted) meets \(needed), but the chair has not approved it")
        }
        return (true, "\(counted) meets \(needed)\(chairApprovalRequired ? ", and the chair approved it" : "")")
    }
}
