import ArgumentParser
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
        Start with the catalogue of revenue models: `fundplan catalogue list`.
        Check any FundingPlanner file with `fundplan validate FILE`.

        Exit codes: 0 success · 1 invalid input · 2 usage error or unreadable file.
        """,
        version: FundingPlanner.version,
        subcommands: [CatalogueCommand.self, CheckCommand.self, MatchCommand.self, PlanCommand.self, ReportCommand.self, ReviewCommand.self, ValidateCommand.self]
    )

    /// Runs the command and maps every outcome to a documented exit code.
    static func main() {
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
            Terminal.writeError(fullMessage(for: error))
            Terminal.writeError("Run `fundplan help` for usage.")
            Glibc.exit(ExitStatus.usageOrInputOutput.rawValue)
        }
    }
}
