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
            let diagnostics = DocumentReader.stream(
                path: path, kind: .reviewerSheet,
                onRoot: { reviewer = $0.attribute("reviewer") ?? "" },
                onRecord: { element in
                    let value = element.attribute("value") ?? ""
                    let key = (element.attribute("plan") ?? "") + "\u{1F}" + (element.attribute("criterion") ?? "")
                    found.append((key, Entry(reviewer: reviewer, score: Int(value), value: value, comment: element.text.trimmingWhitespace())))
                }
            ).diagnostics
            if diagnostics.containsErrors { problems += diagnostics; continue }
            for (key, entry) in found { sheets.entries[key, default: []].append(entry) }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        for key in sheets.entries.keys { sheets.entries[key]?.sort { $0.reviewer < $1.reviewer } }
        return sheets
    }

    /// The reviewers' entries for one plan (by network id) and criterion.
    public func entries(plan: String, criterion: String) -> [Entry] {
        entries[plan + "\u{1F}" + criterion] ?? []
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
