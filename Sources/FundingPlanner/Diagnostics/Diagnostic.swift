/// One problem found in an input: what, where, and how bad.
///
/// Printed as `file:line:col: error: message`, like a compiler, so editors can jump to it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad a problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// Worth fixing; the input is still used.
        case warning
        /// The input cannot be used as it is.
        case error

        /// Whether `lhs` is less serious than `rhs`: a warning is less serious than an error.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// How bad the problem is: an error makes the input unusable, a warning does not.
    public var severity: Severity
    /// What is wrong and how to fix it, in one line.
    public var message: String
    /// The file as the user named it.
    public var file: String
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    /// True when the file could not be read at all (missing, unreadable, a directory…), as
    /// opposed to a file whose content is wrong.
    public var isInputOutput: Bool
    /// The message in languages other than English, when it was translated (schema and XML
    /// errors are; `message` is the English one).
    public var translations: [Language: String] = [:]
    /// The XML library's own wording, kept for `--verbose` when the message was rewritten.
    public var detail: String?

    /// A problem of `severity` in `file`, at `line` and `column` when known (0 when not).
    public init(
        severity: Severity, message: String, file: String, line: Int = 0, column: Int = 0, isInputOutput: Bool = false
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.isInputOutput = isInputOutput
    }

    /// The message in `language`, or the English one when it has no translation.
    public func message(in language: Language) -> String {
        translations[language] ?? message
    }

    /// The diagnostic as `file:line:col: severity: message`, in `language`.
    ///
    /// With `verbose`, the XML library's own wording follows on a second, indented line. The
    /// severity stays `error`/`warning` in every language, so editors still recognise the line.
    public func description(in language: Language, verbose: Bool = false) -> String {
        var text = "\(location): \(severity.rawValue): \(message(in: language))"
        if verbose, let detail, detail != message(in: language) {
            text += "\n    detail: " + detail
        }
        return text
    }

    /// `file:line:col`, leaving out the parts that are unknown.
    private var location: String {
        var location = file
        if line > 0 {
            location += ":\(line)"
            if column > 0 { location += ":\(column)" }
        }
        return location
    }

    /// `file:line:col: severity: message`; unknown parts are left out.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }
}

/// The error thrown when an input has problems: carries every diagnostic found, not just the first.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, errors and warnings, in the order found.
    public var diagnostics: [Diagnostic]
    /// What kind of failure this is (decides the exit code of the command line).
    public var kind: Kind

    /// Why reading failed.
    public enum Kind: Sendable, Hashable {
        /// The file could not be read at all (missing, unreadable, too large…).
        case inputOutput
        /// The file was read but its content is invalid.
        case invalidContent
    }

    /// An error carrying `diagnostics`; without a `kind`, it is ``Kind/inputOutput`` when any
    /// diagnostic is an input/output problem, and ``Kind/invalidContent`` otherwise.
    public init(_ diagnostics: [Diagnostic], kind: Kind? = nil) {
        self.diagnostics = diagnostics
        self.kind = kind ?? (diagnostics.contains(where: \.isInputOutput) ? .inputOutput : .invalidContent)
    }

    /// Every diagnostic as `file:line:col: severity: message`, one a line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
