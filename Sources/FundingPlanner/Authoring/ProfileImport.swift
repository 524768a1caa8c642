internal import FundingPlannerXML

/// Partners with their contributions, budget lines and output indicators, read from spreadsheets
/// (CSV) into a network profile, every problem reported by row and column.
///
/// The templates under `catalogues/templates/` have the Dutch column names; English names are
/// accepted too. Amounts, percentages, dates and choices are read as people type them
/// (``TypedInput``, ``VocabularyChoice``).
public struct ProfileImport {
    /// How problems are named: the CSV file as the user gave it.
    public var partnersFile: String?
    /// How problems are named: the budget CSV as the user gave it.
    public var budgetFile: String?
    /// How problems are named: the output indicators CSV as the user gave it.
    public var indicatorsFile: String?

    /// An import that names its problems after the given files.
    public init(partnersFile: String? = nil, budgetFile: String? = nil, indicatorsFile: String? = nil) {
        self.partnersFile = partnersFile
        self.budgetFile = budgetFile
        self.indicatorsFile = indicatorsFile
    }

    /// `profile` with its partners replaced by those of `partnersCSV`, its cost lines by those
    /// of `budgetCSV` and its output indicators by those of `indicatorsCSV` (each when given);
    /// assets of a partner that is gone lose their owner, and its licences go.
    ///
    /// - Throws: ``DiagnosticsError`` with every row's problem (file:row:column, in `language`).
    public func apply(
        partnersCSV: String?, budgetCSV: String?, indicatorsCSV: String? = nil, to profile: NetworkProfile,
        language: Language
    ) throws(DiagnosticsError) -> NetworkProfile {
        var result = profile
        var problems: [Diagnostic] = []
        if let partnersCSV {
            let rows = PartnerRows(
                file: partnersFile ?? "partners.csv", language: language, years: profile.budget.years)
            switch rows.read(partnersCSV) {
            case .success(let partners): result.partners = partners
            case .failure(let error): problems += error.diagnostics
            }
        }
        if let budgetCSV {
            let rows = BudgetRows(file: budgetFile ?? "budget.csv", language: language, years: profile.budget.years)
            switch rows.read(budgetCSV) {
            case .success(let costs): result.budget.costs = costs
            case .failure(let error): problems += error.diagnostics
            }
        }
        if let indicatorsCSV {
            let rows = IndicatorRows(
                file: indicatorsFile ?? "indicators.csv", language: language, years: profile.budget.years)
            switch rows.read(indicatorsCSV) {
            case .success(let indicators): result.outputIndicators = indicators
            case .failure(let error): problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        let ids = Set(result.partners.map(\.id))
        for index in result.assets.indices where result.assets[index].owner.map({ !ids.contains($0) }) ?? false {
            result.assets[index].owner = nil
        }
        result.licences.removeAll { !ids.contains($0.holder) }
        return result
    }
}

/// Reading cells of one row, collecting problems with their row and column.
struct RowReader {
    let file: String
    let language: Language
    let line: Int
    let cells: [String]
    var problems: [Diagnostic] = []

    /// The trimmed cell of `column`, empty when the column or cell is missing.
    func cell(_ column: Int?) -> String {
        guard let column, column < cells.count else { return "" }
        return cells[column].trimmingWhitespace()
    }

    /// The cell read by `parse`; a problem (and `nil`) when it fails or is empty and `required`.
    mutating func value<Value>(
        _ column: Int?, named name: String, required: Bool = true,
        _ parse: (String) -> Result<Value, TypedInput.Problem>
    ) -> Value? {
        let text = cell(column)
        if text.isEmpty {
            if required {
                report(
                    column, Wording(language: language)("de kolom '\(name)' is leeg", "the column '\(name)' is empty"))
            }
            return nil
        }
        switch parse(text) {
        case .success(let value): return value
        case .failure(let problem):
            report(column, "\(name): " + problem.text(language))
            return nil
        }
    }

    mutating func report(_ column: Int?, _ message: String) {
        problems.append(
            Diagnostic(severity: .error, message: message, file: file, line: line, column: (column ?? 0) + 1))
    }
}
