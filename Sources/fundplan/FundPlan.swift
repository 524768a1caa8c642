import ArgumentParser
import Foundation
import FundingPlanner

#if canImport(Glibc)
    import Glibc
#endif

/// `fundplan`: plan how an organisation network funds itself.
///
/// Exit codes: 0 success, 1 invalid input (the files were read but are wrong), 2 usage error or
/// a file that cannot be read or written.
@main
struct FundPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fundplan",
        abstract: "Plan how an organisation network (a learning ecosystem) funds itself.",
        discussion: """
            Start with `fundplan serve my-network`: your network's workspace in the browser (forms, \
            advice while you type, versions, downloads). On the command line, describe your \
            network with `fundplan init`, which asks the questions and writes the \
            profile (or try an example: `fundplan init --from social-restaurant`). Then `fundplan \
            check`, `fundplan match` and `fundplan plan`. Browse the revenue models with `fundplan \
            catalogue list`; the allowed values with `fundplan vocabulary`; check any file with \
            `fundplan validate FILE`.

            Exit codes: 0 success · 1 invalid input · 2 usage error or unreadable file.
            """,
        version: FundingPlanner.version,
        subcommands: [
            InitCommand.self, ImportCommand.self, VocabularyCommand.self, CatalogueCommand.self, CheckCommand.self,
            MatchCommand.self, PlanCommand.self, CompareCommand.self, ReportCommand.self, DossierCommand.self,
            VerifyCommand.self, ReviewCommand.self, ValidateCommand.self, ServeCommand.self,
        ]
    )

    /// Runs the command and maps every outcome to a documented exit code.
    static func main() {
        // `fundplan --version` alone prints what ArgumentParser would print, without its first
        // parse: that parse reflects over two completion-script commands with `Mirror` before it
        // looks at the arguments (8.7 million of the 26 million instructions of this command).
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
            print(FundingPlanner.version)
            Glibc.exit(0)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            // The message, then one hint line (ArgumentParser's own "See '… --help'"), not three.
            let lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: true).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let hint = lines.last { $0.hasPrefix("See '") } ?? "See 'fundplan --help' for more information."
            Terminal.writeError(message(for: error))
            Terminal.writeError(hint)
            Glibc.exit(ExitStatus.usageOrInputOutput.rawValue)
        }
    }
}
