internal import FundingPlannerXML

/// The automatic measures a rubric criterion can use (see `rubric-1.xsd`).
///
/// Each measure gives a value 0–100 from a plan's facts; the rubric's thresholds turn it into a
/// score 0–5.
public enum ReviewMeasure: String, Sendable, Hashable, CaseIterable {
    /// The chance that every year is covered (coverage), the share of the largest source
    /// (diversification), and the income-weighted alignment of the chosen sources (alignment).
    case coverage, diversification, alignment
    /// Whether money and power are separated in the network (the readiness check of that name).
    case moneyAndPower = "money-and-power"
    /// How much the partners agree on the purpose, capped when the purpose is unclear.
    case purpose
    /// Whether a forming network leans on earned income too early.
    case maturityRealism = "maturity-realism"
    /// For how many public or corporate funders the plan describes the network's added value.
    case addedValue = "added-value"
    /// Whether the share of own income rises, stays flat or falls over the plan.
    case ownIncomeTrend = "own-income-trend"
    /// 100 minus the largest grant cliff.
    case continuation
    /// The composition check's problems and warnings.
    case partnership
    /// The share of income the partners pledge (committed, not hoped for).
    case securedIncome = "secured-income"
    /// The coordination share of the costs and the hourly rate.
    case costRealism = "cost-realism"
    /// Quick wins in the first year.
    case quickWins = "quick-wins"
    /// The public sources' theme match, weighted by their income.
    case policyFit = "policy-fit"
}

/// A review rubric: weighted criteria scored 0–5 through thresholds, and pass/fail gates.
///
/// Use the shipped rubric with ``builtIn()``, or read another with ``load(path:)`` (`rubric-1.xsd`).
public struct Rubric: Sendable, Hashable {
    /// One weighted criterion: an automatic measure and the thresholds that turn it into a score.
    public struct Criterion: Sendable, Hashable {
        /// The criterion's identifier, unique within the rubric (`<criterion id>`).
        public var id: String
        /// The automatic measure the criterion scores (`measure`).
        public var measure: ReviewMeasure
        /// The criterion's weight in a plan's weighted score (`weight`).
        public var weight: Int
        /// The criterion's name, in Dutch and/or English (`<name>`).
        public var name: LocalizedText
        /// What the criterion looks at and why (`<description>`).
        public var description: LocalizedText
        /// Minimum measure (0–100) for scores 1 to 5, in score order.
        public var minimums: [Int]

        /// The score 0–5 for a measure value: the highest score whose minimum it reaches.
        public func score(for value: Int) -> Int {
            minimums.lastIndex { value >= $0 }.map { $0 + 1 } ?? 0
        }
    }

    /// A criterion's score that must be reached, or the plan fails the gate.
    public struct Gate: Sendable, Hashable {
        /// The gate's identifier (`<gate id>`).
        public var id: String
        /// The identifier of the criterion whose score the gate checks (`criterion`).
        public var criterion: String
        /// The lowest score, 0–5, that passes the gate (`minimumScore`).
        public var minimumScore: Int
        /// The gate's name, in Dutch and/or English (`<name>`).
        public var name: LocalizedText
    }

    /// The rubric's identifier, from the `id` attribute of the root element.
    public var id: String
    /// The rubric's title, in Dutch and/or English (`<title>`).
    public var title: LocalizedText
    /// The weighted criteria, in the file's order.
    public var criteria: [Criterion]
    /// The pass/fail gates, in the file's order.
    public var gates: [Gate]
    /// The file the rubric was read from, with the digest of its bytes.
    public var source: SourceFile

    /// The rubric FundingPlanner ships (`catalogues/rubrics/default-rubric.xml`).
    ///
    /// - Returns: The shipped rubric.
    /// - Throws: ``DiagnosticsError`` when the shipped file cannot be read (a broken installation).
    public static func builtIn() throws(DiagnosticsError) -> Rubric {
        try load(path: BuiltInResources.path("catalogues/rubrics/default-rubric.xml"))
    }

    /// Reads and checks a rubric file.
    ///
    /// - Parameter path: The rubric file (`rubric-1.xsd`).
    /// - Returns: The rubric, with the file's digest in ``source``.
    /// - Throws: ``DiagnosticsError`` with every schema problem, or every rule the schema cannot
    ///   express (thresholds for each score, unique ids, gates naming a criterion, weights).
    public static func load(path: String) throws(DiagnosticsError) -> Rubric {
        let document = try DocumentRecords.read(path: path, kind: .rubric)
        var problems = RuleProblems(path: path)
        func problem(_ message: String, _ element: XMLElement) { problems.add(message, at: element) }
        var criteria: [Criterion] = []
        var gates: [Gate] = []
        for record in document.records {
            do throws(DecodingProblem) {
                switch record.name {
                case "criterion":
                    let criterion = try decodeCriterion(record)
                    if criterion.minimums.count != 5 {
                        problem("criterion '\(criterion.id)' needs one threshold for each score 1 to 5", record)
                    } else if zip(criterion.minimums, criterion.minimums.dropFirst()).contains(where: { $0 > $1 }) {
                        problem(
                            "criterion '\(criterion.id)': a higher score cannot have a lower minimum; order the minimums",
                            record)
                    }
                    if criteria.contains(where: { $0.id == criterion.id }) {
                        problem("duplicate criterion id '\(criterion.id)'", record)
                    }
                    criteria.append(criterion)
                case "gate":
                    let gate = Gate(
                        id: try record.required("id"), criterion: try record.required("criterion"),
                        minimumScore: try record.required("minimumScore") { Int($0) }, name: record.localized("name"))
                    if !criteria.contains(where: { $0.id == gate.criterion }) {
                        problem(
                            "gate '\(gate.id)' names an unknown criterion '\(gate.criterion)'; use the id of a criterion above it",
                            record)
                    }
                    gates.append(gate)
                default:
                    break
                }
            } catch {
                problem(error.message, record)
            }
        }
        if criteria.reduce(0, { $0 + $1.weight }) == 0, let first = document.records.first {
            problem("the criteria's weights add up to 0; give at least one criterion a weight", first)
        }
        try problems.throwIfAny()
        return Rubric(
            id: try decodeOrFail(path) { () throws(DecodingProblem) in try document.root.required("id") },
            title: LocalizedText(document.records(named: "title").map { ($0.language ?? "", $0.text) }),
            criteria: criteria, gates: gates, source: document.source)
    }

    /// One criterion; its thresholds sorted by score (checked by the caller).
    private static func decodeCriterion(_ record: XMLElement) throws(DecodingProblem) -> Criterion {
        let thresholds = try record.children(named: "threshold").map { element throws(DecodingProblem) in
            (try element.required("score") { Int($0) }, try element.required("minimum") { Int($0) })
        }.sorted { $0.0 < $1.0 }
        let scores = thresholds.map(\.0)
        return Criterion(
            id: try record.required("id"), measure: try record.required("measure", token: ReviewMeasure.self),
            weight: try record.required("weight") { Int($0) }, name: record.localized("name"),
            description: record.localized("description"),
            minimums: scores == [1, 2, 3, 4, 5] ? thresholds.map(\.1) : [])
    }
}

/// The value `decode` returns, or a ``DiagnosticsError`` naming `path` and the element.
func decodeOrFail<Value>(_ path: String, _ decode: () throws(DecodingProblem) -> Value) throws(DiagnosticsError)
    -> Value
{
    do {
        return try decode()
    } catch {
        throw DiagnosticsError([Diagnostic(severity: .error, message: error.message, file: path, line: error.line)])
    }
}
