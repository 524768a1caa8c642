internal import FundingPlannerXML

extension Diagnostic {
    init(_ diagnostic: XMLDiagnostic) {
        self.init(
            severity: diagnostic.severity == .error ? .error : .warning,
            message: diagnostic.message,
            file: diagnostic.file,
            line: diagnostic.line,
            column: diagnostic.column,
            isInputOutput: diagnostic.isInputOutput
        )
        detail = diagnostic.detail.flatMap { $0 == diagnostic.message ? nil : $0 }
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these is an error.
    var containsErrors: Bool { contains { $0.severity == .error } }
}
