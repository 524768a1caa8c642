import ArgumentParser
import FundingPlanner

/// What the commands tell the person at the terminal: diagnostics and errors on standard error.
enum Terminal {
    /// Writes a line to standard error.
    static func writeError(_ text: String) {
        StandardError.write(text + "\n")
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
