internal import FundingPlannerXML

/// The problems a document has beyond its schema (rules about its own values), each placed at
/// the element it is about (line and column), collected so that one run shows them all.
struct RuleProblems {
    private let path: String
    private let columns: ElementColumnFinder
    /// Every problem so far, in the order found.
    private(set) var diagnostics: [Diagnostic] = []

    /// A collector for the document at `path`.
    init(path: String) {
        self.path = path
        columns = ElementColumnFinder(path: path)
    }

    /// Records `message` at `element`'s start tag.
    mutating func add(_ message: String, at element: XMLElement) {
        diagnostics.append(
            Diagnostic(
                severity: .error, message: message, file: path, line: element.line,
                column: columns.column(ofElement: element.name, line: element.line)))
    }

    /// Records `message` at `element`'s start tag, with its Dutch wording `dutch`.
    mutating func add(_ message: String, dutch: String, at element: XMLElement) {
        add(message, at: element)
        diagnostics[diagnostics.count - 1].translations[.nl] = dutch
    }

    /// Throws every problem when there is one.
    func throwIfAny() throws(DiagnosticsError) {
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
    }
}
