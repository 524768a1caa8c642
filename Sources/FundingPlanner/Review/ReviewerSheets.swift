internal import FundingPlannerXML

/// Reviewers' own scores, merged into a review beside the automatic scores.
public struct ReviewerSheets: Sendable {
    /// One reviewer's score of one criterion of one plan.
    public struct Entry: Sendable, Hashable {
        /// The reviewer's name, from the `reviewer` attribute of the sheet's root element.
        public var reviewer: String
        /// 0–5, or `nil` for need-more-information / not-applicable (left out of the mean).
        public var score: Int?
        /// The value as written (for need-more-information / not-applicable).
        public var value: String
        /// The reviewer's comment on the score (the text of the score's element).
        public var comment: String
    }

    private var entries: [String: [Entry]] = [:]
    /// Where each score was written, to refuse scores for a criterion or plan that does not exist.
    private var places: [Place] = []

    private struct Place: Sendable, Hashable {
        var plan: String
        var criterion: String
        var file: String
        var line: Int
        var column: Int
    }

    /// Empty sheets: a review with them shows no reviewers' scores.
    public init() {}

    /// Reads score sheets (`reviewer-1.xsd`) and keeps their scores by plan and criterion.
    ///
    /// - Parameter paths: The sheet files, one per reviewer.
    /// - Returns: The scores of every sheet, each plan's and criterion's sorted by reviewer.
    /// - Throws: ``DiagnosticsError`` with the problems of every sheet that cannot be read.
    public static func load(paths: [String]) throws(DiagnosticsError) -> ReviewerSheets {
        var sheets = ReviewerSheets()
        var problems: [Diagnostic] = []
        for path in paths {
            var reviewer = ""
            var found: [(String, Entry)] = []
            var foundPlaces: [Place] = []
            let columns = ElementColumnFinder(path: path)
            let diagnostics = DocumentReader.stream(
                path: path, kind: .reviewerSheet,
                onRoot: { reviewer = $0.attribute("reviewer") ?? "" },
                onRecord: { element in
                    let value = element.attribute("value") ?? ""
                    let key = (element.attribute("plan") ?? "") + "\u{1F}" + (element.attribute("criterion") ?? "")
                    found.append(
                        (
                            key,
                            Entry(
                                reviewer: reviewer, score: Int(value), value: value,
                                comment: element.text.trimmingWhitespace())
                        ))
                    foundPlaces.append(
                        Place(
                            plan: element.attribute("plan") ?? "", criterion: element.attribute("criterion") ?? "",
                            file: path,
                            line: element.line, column: columns.column(ofElement: element.name, line: element.line)))
                }
            ).diagnostics
            if diagnostics.containsErrors {
                problems += diagnostics
                continue
            }
            for (key, entry) in found { sheets.entries[key, default: []].append(entry) }
            sheets.places += foundPlaces
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        for key in sheets.entries.keys { sheets.entries[key]?.sort { $0.reviewer < $1.reviewer } }
        return sheets
    }

    /// The reviewers' entries for one plan (by network id) and criterion.
    public func entries(plan: String, criterion: String) -> [Entry] {
        entries[plan + "\u{1F}" + criterion] ?? []
    }

    /// An error for every score whose criterion is not one of `criteria` (the rubric's), so that
    /// no reviewer's score is dropped silently.
    public func unknownCriteria(_ criteria: [String], rubric: String) -> [Diagnostic] {
        let known = Set(criteria)
        return places.filter { !known.contains($0.criterion) }.map { place in
            let meant = Suggestion.closest(to: place.criterion, among: known)
            var diagnostic = Diagnostic(
                severity: .error,
                message: "a score for criterion '\(place.criterion)', which rubric '\(rubric)' does not have; "
                    + (meant.map { "did you mean '\($0)'? " } ?? "") + "its criteria: "
                    + criteria.joined(separator: ", "),
                file: place.file, line: place.line, column: place.column)
            diagnostic.translations[.nl] =
                "een score voor criterium '\(place.criterion)', dat de rubric '\(rubric)' niet heeft; "
                + (meant.map { "bedoel je '\($0)'? " } ?? "") + "de criteria: " + criteria.joined(separator: ", ")
            return diagnostic
        }
    }

    /// An error for every score whose plan (network id) is not one of `plans` (the plans reviewed).
    public func unknownPlans(_ plans: Set<String>) -> [Diagnostic] {
        places.filter { !plans.contains($0.plan) }.map { place in
            let meant = Suggestion.closest(to: place.plan, among: plans)
            let listed = plans.sorted().prefix(20).joined(separator: ", ")
            var diagnostic = Diagnostic(
                severity: .error,
                message: "a score for plan '\(place.plan)', which is not the network id of any plan reviewed; "
                    + (meant.map { "did you mean '\($0)'? " } ?? "") + "the plans: " + listed,
                file: place.file, line: place.line, column: place.column)
            diagnostic.translations[.nl] =
                "een score voor plan '\(place.plan)', maar geen beoordeeld plan heeft die netwerk-id; "
                + (meant.map { "bedoel je '\($0)'? " } ?? "") + "de plannen: " + listed
            return diagnostic
        }
    }

    /// Whether any sheet was read.
    public var isEmpty: Bool { entries.isEmpty }
}

/// The reviewers' scores of one criterion, summarised.
struct ReviewerSummary {
    var entries: [ReviewerSheets.Entry]
    /// Mean of the numeric scores, in hundredths.
    var meanHundredths: Int?
    var spread: Int?
    /// Numeric scores two or more apart.
    var disagreement: Bool
    /// The mean is two or more away from the automatic score.
    var differsFromAutomatic: Bool

    init(entries: [ReviewerSheets.Entry], automatic: Int?) {
        self.entries = entries
        let scores = entries.compactMap(\.score)
        meanHundredths = scores.isEmpty ? nil : (scores.reduce(0, +) * 100 + scores.count / 2) / scores.count
        spread = scores.isEmpty ? nil : (scores.max() ?? 0) - (scores.min() ?? 0)
        disagreement = (spread ?? 0) >= 2
        if let mean = meanHundredths, let automatic {
            differsFromAutomatic = abs(mean - automatic * 100) >= 200
        } else {
            differsFromAutomatic = false
        }
    }
}
