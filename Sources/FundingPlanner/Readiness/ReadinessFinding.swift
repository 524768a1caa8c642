/// One result of a readiness check: what was found, the evidence, and what to do.
public struct ReadinessFinding: Sendable, Hashable {
    /// The readiness check that made the finding.
    public var check: ReadinessCheck
    /// How serious the finding is: ok, advice, warning or problem.
    public var severity: FindingSeverity
    /// A stable identifier of the kind of finding, for example `purpose.unclear`.
    public var code: String
    /// The partner the finding is about, if any.
    public var partner: String?
    /// What was found, in one or two sentences in the report's language.
    public var message: String
    /// The numbers and facts behind the finding.
    public var evidence: [String]
    /// The suggested action (empty for `ok`).
    public var action: String

    /// A finding of `check` with `severity`, identified by `code`; evidence and action are optional.
    public init(
        check: ReadinessCheck, severity: FindingSeverity, code: String, partner: String? = nil, message: String,
        evidence: [String] = [], action: String = ""
    ) {
        self.check = check
        self.severity = severity
        self.code = code
        self.partner = partner
        self.message = message
        self.evidence = evidence
        self.action = action
    }
}
