/// One problem found while reading, validating or checking an XML document.
///
/// The XML layer reports every libxml2 error and warning as one of these values, with the
/// position libxml2 gives, so that callers can print `file:line:col: error: message` the way
/// compilers do and tests can compare them.
package struct XMLDiagnostic: Sendable, Hashable {
    /// How bad the problem is.
    package enum Severity: String, Sendable, Hashable, Comparable {
        case warning
        case error

        package static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    package var severity: Severity
    package var message: String
    /// The file as the user named it (not resolved), or a label such as `<memory>`.
    package var file: String
    /// 1-based line, or 0 when unknown.
    package var line: Int
    /// 1-based column, or 0 when unknown.
    package var column: Int
    /// True when the file could not be read at all (missing, unreadable, not a file), as
    /// opposed to a file whose content is wrong.
    package var isInputOutput: Bool
    /// libxml2's error code (0 for FundingPlanner's own problems).
    package var code: Int = 0
    /// libxml2's error domain (1 the parser, 17 the schema validator; 0 for our own problems).
    package var domain: Int = 0
    /// libxml2's own message, made one line, when this diagnostic came from libxml2.
    package var detail: String?

    package init(
        severity: Severity, message: String, file: String, line: Int = 0, column: Int = 0, isInputOutput: Bool = false
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.isInputOutput = isInputOutput
    }

    /// `file:line:col: severity: message`, leaving out the parts that are unknown.
    package var formatted: String {
        var location = file
        if line > 0 {
            location += ":\(line)"
            if column > 0 { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
