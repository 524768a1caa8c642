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

    public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// One result of a readiness check: what was found, the evidence, and what to do.
public struct ReadinessFinding: Sendable, Hashable {
    public var check: ReadinessCheck
    public var severity: FindingSeverity
    /// A stable identifier of the kind of finding, e.g. `purpose.too-long`.
    public var code: String
    /// The partner the finding is about, if any.
    public var partner: String?
    public var message: String
    /// The numbers and facts behind the finding.
    public var evidence: [String]
    /// The suggested action (empty for `ok`).
    public var action: String

    public init(check: ReadinessCheck, severity: FindingSeverity, code: String, partner: String? = nil, message: String, evidence: [String] = [], action: String = "") {
        self.check = check
        self.severity = severity
        self.code = code
        self.partner = partner
        self.message = message
        self.evidence = evidence
        self.action = action
    }
}

/// Picks the Dutch or English wording.
struct Wording {
    let language: Language

    func callAsFunction(_ dutch: String, _ english: String) -> String {
        language == .nl ? dutch : english
    }
}
