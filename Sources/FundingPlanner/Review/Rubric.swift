internal import FundingPlannerXML

/// The automatic measures a rubric criterion can use (see `rubric-1.xsd`).
public enum ReviewMeasure: String, Sendable, Hashable, CaseIterable {
    case coverage, diversification, alignment
    case moneyAndPower = "money-and-power"
    case purpose
    case maturityRealism = "maturity-realism"
    case addedValue = "added-value"
    case ownIncomeTrend = "own-income-trend"
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
    public static func load(path: String) throws(DiagnosticsError) -> Rubric {
        let document = try DocumentRecords.read(path: path, kind: .rubric)
        let records = document.records
        let columns = ElementColumnFinder(path: path)
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ element: XMLElement) {
            problems.append(Diagnostic(severity: .error, message: message, file: path, line: element.line, column: columns.column(ofElement: element.name, line: element.line)))
        }
        var criteria: [Criterion] = []
        var gates: [Gate] = []
        for record in records {
            switch record.name {
            case "criterion":
                let thresholds = record.children(named: "threshold").compactMap { element -> (Int, Int)? in
                    guard let score = Int(element.attribute("score") ?? ""), let minimum = Int(element.attribute("minimum") ?? "") else { return nil }
                    return (score, minimum)
                }.sorted { $0.0 < $1.0 }
                if thresholds.map(\.0) != [1, 2, 3, 4, 5] {
                    problem("criterion '\(record.attribute("id") ?? "")' needs one threshold for each score 1 to 5", record)
                } else if zip(thresholds, thresholds.dropFirst()).contains(where: { $0.1 > $1.1 }) {
                    problem("criterion '\(record.attribute("id") ?? "")': a higher score cannot have a lower minimum; order the minimums", record)
                }
                if criteria.contains(where: { $0.id == record.attribute("id") }) {
                    problem("duplicate criterion id '\(record.attribute("id") ?? "")'", record)
                }
                criteria.append(Criterion(
                    id: record.attribute("id") ?? "", measure: ReviewMeasure(rawValue: record.attribute("measure") ?? "") ?? .coverage,
                    weight: Int(record.attribute("weight") ?? "") ?? 0, name: record.localized("name"),
                    description: record.localized("description"), minimums: thresholds.map(\.1)
                ))
            case "gate":
                let criterion = record.attribute("criterion") ?? ""
                if !criteria.contains(where: { $0.id == criterion }) {
                    problem("gate '\(record.attribute("id") ?? "")' names an unknown criterion '\(criterion)'; use the id of a criterion above it", record)
                }
                gates.append(Gate(id: record.attribute("id") ?? "", criterion: criterion, minimumScore: Int(record.attribute("minimumScore") ?? "") ?? 0, name: record.localized("name")))
            default:
                break
            }
        }
        if criteria.reduce(0, { $0 + $1.weight }) == 0, let first = records.first {
            problem("the criteria's weights add up to 0; give at least one criterion a weight", first)
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return Rubric(
            id: document.root.attribute("id") ?? "", title: LocalizedText(document.records(named: "title").map { ($0.language ?? "", $0.text) }),
            criteria: criteria, gates: gates, source: document.source)
    }
}
