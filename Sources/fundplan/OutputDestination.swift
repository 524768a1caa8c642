import ArgumentParser
import FundingPlanner

/// Sends command output to standard output or, atomically, to a file.
enum OutputDestination {
    static func write(_ text: String, to path: String?) throws(ExitCode) {
        guard let path else {
            StandardOutput.write(text)
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw Terminal.fail(error)
        }
    }
}
