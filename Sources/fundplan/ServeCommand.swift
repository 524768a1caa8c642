import ArgumentParser
import Foundation
import FundingPlanner
import FundingPlannerWorkspace

/// `fundplan serve`: the coordinator's workspace in the browser.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Open your network's workspace in the browser: forms instead of XML, live advice, versions, downloads.",
        discussion: """
            Starts a local web application on 127.0.0.1 for the workspace folder (created if needed; \
            it holds profile.xml, the draft, history/ and outputs/) and prints its address with a \
            one-time token: open that address in your browser. Stop with Ctrl-C.
            Example: fundplan serve my-network --port 8080
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions

    @Argument(help: ArgumentHelp("The workspace folder.", valueName: "workspace-folder"))
    var folder: String = "."

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(
        help: ArgumentHelp(
            "Listen on another address than 127.0.0.1 (other computers may then reach your workspace).",
            valueName: "addr"))
    var listen: String?

    func validate() throws {
        if !(0...65_535).contains(port) { throw ValidationError("--port must be 0 to 65535") }
    }

    func run() throws {
        let loaded = try catalogueOptions.loadWithLexiconFiles(recordsDigests: true).catalogue
        if let listen, listen != "127.0.0.1" {
            Terminal.writeError(
                "fundplan serve: warning: listening on \(listen): other computers on that network can reach the workspace (the token still protects it)"
            )
        }
        let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        let server = WorkspaceServer(
            configuration: .init(folder: url, host: listen ?? "127.0.0.1", port: port), catalogue: loaded)
        // The command line is synchronous: the server runs in a task and this thread waits for it.
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run { address in
                    StandardOutput.write("FundingPlanner workspace: \(url.path)\nOpen in your browser: \(address)\n")
                }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        guard let error = outcome.error else { return }
        switch error {
        case let error as DiagnosticsError:
            throw Terminal.fail(error)
        case let error as WorkspaceError:
            Terminal.writeError("fundplan serve: error: \(error)")
            throw ExitStatus.invalidInput.exitCode
        default:
            Terminal.writeError("fundplan serve: error: \(error)")
            throw ExitStatus.usageOrInputOutput.exitCode
        }
    }
}

/// The server task's error, read once the task has finished.
private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
}
