import ArgumentParser
import FundingPlanner

/// `fundplan validate FILE...`: checks any FundingPlanner document against its schema and rules.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check FundingPlanner files (catalogues…) against their schema and rules.",
        discussion: """
            The kind of document is recognised from its root element and namespace. Every problem is \
            printed as file:line:col: error: message.

            Exit codes: 0 all files valid · 1 a file is invalid · 2 a file cannot be read, or usage error.
            Example: fundplan validate my-municipality.xml
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var language: LanguageOption

    @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
    var quiet = false

    @Argument(help: ArgumentHelp("The files to check.", valueName: "file"))
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one file to validate") }
    }

    func run() throws {
        let context = try catalogueOptions.load()
        let validator = DocumentValidator(context: context)
        var status = ExitStatus.success
        for file in files {
            let report = validator.validate(path: file)
            Terminal.report(report.diagnostics)
            if report.isInputOutputFailure {
                status = .usageOrInputOutput
            } else if !report.isValid {
                if status == .success { status = .invalidInput }
            } else if !quiet {
                StandardOutput.write("\(file): valid \(report.kind?.rawValue ?? "document")\n")
            }
        }
        if status != .success { throw status.exitCode }
    }
}
