import ArgumentParser
import FundingPlanner

/// The exit codes `fundplan` documents.
enum ExitStatus: Int32 {
    /// Everything went well.
    case success = 0
    /// The input files were read but their content is invalid.
    case invalidInput = 1
    /// Wrong arguments, or a file that cannot be read or written.
    case usageOrInputOutput = 2

    var exitCode: ExitCode { ExitCode(rawValue) }

    /// The status for a failure carrying diagnostics.
    init(_ error: DiagnosticsError) {
        self = error.kind == .inputOutput ? .usageOrInputOutput : .invalidInput
    }
}

enum Terminal {
    /// Writes a line to standard error.
    static func writeError(_ text: String) {
        var standardError = StandardError()
        print(text, to: &standardError)
    }

    /// Prints every diagnostic to standard error, one line each.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { writeError(diagnostic.description) }
    }

    /// Prints the diagnostics and returns the matching exit code, to be thrown.
    static func fail(_ error: DiagnosticsError) -> ExitCode {
        report(error.diagnostics)
        return ExitStatus(error).exitCode
    }
}

private struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleStandardError.write(string)
    }
}
