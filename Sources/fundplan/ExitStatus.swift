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
