// Closed vocabularies of the readiness checks (assessment-1.xsd, plan-1.xsd).

/// The checks `fundplan check` runs, after the seed article's conditions for a working network.
public enum ReadinessCheck: String, Sendable, Hashable, CaseIterable {
    /// Is the why one simple, clear sentence?
    case purposeClarity = "purpose-clarity"
    /// Do the partners state the same why?
    case purposeConsensus = "purpose-consensus"
    /// Who contributes, who is missing, who carries everything?
    case composition
    /// Is influence separate from money?
    case moneyAndPower = "money-and-power"
    /// Forming, growing or mature?
    case maturity
}

/// How much a finding needs attention.
public enum FindingSeverity: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Fine: shown as evidence that the condition holds.
    case ok
    /// Worth considering.
    case advice
    /// Needs attention before relying on the plan.
    case warning
    /// Blocks a sound plan.
    case problem

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// Whether `lhs` is less serious than `rhs` (ok, then advice, warning and problem).
    public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// Whether the network's own income share rises, stays flat or falls over the plan's years.
public enum OwnIncomeTrend: String, Sendable, Hashable, CaseIterable {
    /// Up by more than five percentage points from the first to the last year.
    case rising
    /// Within five percentage points.
    case flat
    /// Down by more than five percentage points.
    case falling

    /// The label people read, in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .rising: language == .nl ? "stijgend" : "rising"
        case .flat: language == .nl ? "gelijk" : "flat"
        case .falling: language == .nl ? "dalend" : "falling"
        }
    }
}
