import ArgumentParser
import FundingPlanner
import Synchronization

/// What the commands tell the person at the terminal: diagnostics and errors on standard error.
enum Terminal {
    /// Writes a line to standard error.
    static func writeError(_ text: String) {
        StandardError.write(text + "\n")
    }

    /// The language of messages and whether they carry the XML library's own wording.
    private static let style = Mutex<(language: Language, verbose: Bool)>((.nl, false))

    /// Sets the language and detail of every message printed from now on (from `--lang`, `--verbose`).
    static func use(language: Language, verbose: Bool) {
        style.withLock { $0 = (language, verbose) }
    }

    /// The language messages are printed in.
    static var language: Language { style.withLock { $0.language } }

    /// Prints every diagnostic to standard error, one line each (two with `--verbose`).
    static func report(_ diagnostics: [Diagnostic]) {
        let (language, verbose) = style.withLock { ($0.language, $0.verbose) }
        for diagnostic in diagnostics { writeError(diagnostic.description(in: language, verbose: verbose)) }
    }

    /// Prints the diagnostics and returns the matching exit code, to be thrown.
    static func fail(_ error: DiagnosticsError) -> ExitCode {
        report(error.diagnostics)
        return ExitStatus(error).exitCode
    }
}
