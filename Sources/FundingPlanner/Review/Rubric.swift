internal import FundingPlannerXML

/// The automatic measures a rubric criterion can use (see `rubric-1.xsd`).
public enum ReviewMeasure: String, Sendable, Hashable, CaseIterable {
    case coverage, diversification, alignment
    case moneyAndPower = "money-and-power"
    case purpose
    case maturityRealism = "maturity-realism"
    case addedValue = "added-value"
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
public struct Rubric: Sendable, Hashable {
    public struct Criterion: Sendable, Hashable {
        public var id: String
        public var measure: ReviewMeasure
        public var weight: Int
        public var name: LocalizedText
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
        public var id: String
        public var criterion: String
        public var minimumScore: Int
        public var name: LocalizedText
    }

    public var id: String
    public var title: LocalizedText
    public var criteria: [Criterion]
    public var gates: [Gate]
    /// The file the rubric was read from, with the digest of its bytes.
    public var source: SourceFile

    /// The rubric FundingPlanner ships (`catalogues/rubrics/default-rubric.xml`).
    public static func builtIn() throws(DiagnosticsError) -> Rubric {
        try load(path: BuiltInResources.path("catalogues/rubrics/default-rubric.xml"))
    }

    /// Reads and checks a rubric file.
    ///
    /// - Throws: ``DiagnosticsError`` with every schema problem, or every rule the schema cannot
    ///   express (thresholds for each score, unique ids, gates naming a criterion, weights).
    public static func load(path: String) throws(DiagnosticsError) -> Rubric {
        let document = try DocumentRecords.read(path: path, kind: .rubric)
        let columns = ElementColumnFinder(path: path)
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ element: XMLElement) {
            problems.append(Diagnostic(
                severity: .error, message: message, file: path, line: element.line,
                column: columns.column(ofElement: element.name, line: element.line)))
        }
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
                        problem("criterion '\(criterion.id)': a higher score cannot have a lower minimum; order the minimums", record)
                    }
                    if criteria.contains(where: { $0.id == criterion.id }) { problem("duplicate criterion id '\(criterion.id)'", record) }
                    criteria.append(criterion)
                case "gate":
                    let gate = Gate(
                        id: try record.required("id"), criterion: try record.required("criterion"),
                        minimumScore: try record.required("minimumScore") { Int($0) }, name: record.localized("name"))
                    if !criteria.contains(where: { $0.id == gate.criterion }) {
                        problem("gate '\(gate.id)' names an unknown criterion '\(gate.criterion)'; use the id of a criterion above it", record)
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
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
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
            description: record.localized("description"), minimums: scores == [1, 2, 3, 4, 5] ? thresholds.map(\.1) : [])
    }
}

/// The value `decode` returns, or a ``DiagnosticsError`` naming `path` and the element.
func decodeOrFail<Value>(_ path: String, _ decode: () throws(DecodingProblem) -> Value) throws(DiagnosticsError) -> Value {
    do {
        return try decode()
    } catch {
        throw DiagnosticsError([Diagnostic(severity: .error, message: error.message, file: path, line: error.line)])
    }
}
