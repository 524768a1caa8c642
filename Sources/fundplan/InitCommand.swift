import ArgumentParser
import Foundation
import FundingPlanner

#if canImport(Glibc)
    import Glibc
#endif

/// `fundplan init`: describe a network by answering questions, without writing XML.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Describe your network by answering questions; writes a profile that every command reads.",
        discussion: """
            Asks for the network's name, purpose, themes, target groups, place, partners with their \
            why, contributions and votes, places and equipment, hours and budget, and checks each \
            answer as you type it. Amounts may be typed as 10000, 10.000 or 10.000,50; percentages \
            as 40 or 40 %; dates as 01/09/2024. Answers can also be piped in, one per line (an \
            empty line takes the value shown in brackets).
            Example: fundplan init -o our-network.xml --from social-restaurant
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var language: LanguageOption

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The profile to write.", valueName: "file"))
    var output: String = "network.xml"

    @Option(
        name: .customLong("from"),
        help: ArgumentHelp(
            "Start from an example (\(ShippedExamples.names.joined(separator: ", "))) or a profile file: its values become the defaults.",
            valueName: "example"))
    var from: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        if FileManager.default.fileExists(atPath: output) && !force {
            throw ValidationError("\(output) exists already; add --force to replace it, or choose another file with -o")
        }
        if let from, from == output {
            throw ValidationError("the output would overwrite the profile you start from; choose another file with -o")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.load()
        var start: NetworkProfile?
        if let from {
            let path: String
            do {
                path = FileManager.default.fileExists(atPath: from) ? from : try ShippedExamples.path(from)
            } catch {
                throw Terminal.fail(error)
            }
            start = try loadNetwork(path, catalogue: catalogue)
        }
        let interview = ProfileInterview(language: language.lang, catalogue: catalogue, startingFrom: start)
        let profile: NetworkProfile
        do {
            profile = try interview.run(TerminalConsole())
        } catch {
            Terminal.writeError("fundplan init: error: " + error.message(in: language.lang))
            throw ExitStatus.invalidInput.exitCode
        }
        try OutputDestination.write(NetworkXMLWriter.document(profile, commentsIn: language.lang), to: output)
        // The answers were checked one by one; the written file is read back with every rule.
        _ = try loadNetwork(output, catalogue: catalogue)
        StandardOutput.write(
            (language.lang == .nl
                ? "Geschreven: \(output). Volgende stap: fundplan check \(output)"
                : "Written: \(output). Next: fundplan check \(output)") + "\n")
    }
}

/// Questions on standard output, answers from standard input (a person or a pipe).
final class TerminalConsole: InterviewConsole {
    let isInteractive = isatty(0) == 1

    func show(_ text: String) {
        StandardOutput.write(text + "\n")
    }

    func ask(_ prompt: String) -> String? {
        StandardOutput.write(prompt)
        let line = readLine(strippingNewline: true)
        // A piped answer is echoed, so that the transcript reads like the questions and answers.
        if !isInteractive || line == nil { StandardOutput.write((line ?? "") + "\n") }
        return line
    }
}
