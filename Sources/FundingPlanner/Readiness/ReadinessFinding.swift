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
