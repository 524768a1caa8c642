import ArgumentParser
import Foundation
import FundingPlanner

/// `fundplan import`: partners and budget lines from spreadsheets (CSV) into a profile.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Read partners with their contributions, budget lines and output indicators from spreadsheets (CSV) into a profile.",
        discussion: """
            Start from the templates in catalogues/templates/ (partners.csv, budget.csv, \
            indicators.csv; Dutch or English column names). Comma or semicolon, decimal point or \
            comma, with or without a byte-order mark: as Excel saves it. The imported partners \
            replace the profile's partners, the imported lines its budget lines, the imported \
            indicators its output indicators; everything else is kept. Each problem is reported \
            with its row and column, and nothing is written until every row is right.
            Example: fundplan import --partners partners.csv --budget budget.csv --into network.xml -o network-new.xml
            """
    )

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp("Partners and their contributions (CSV).", valueName: "file"))
    var partners: String?

    @Option(help: ArgumentHelp("Budget lines (CSV).", valueName: "file"))
    var budget: String?

    @Option(help: ArgumentHelp("Output indicators with a target per year (CSV).", valueName: "file"))
    var indicators: String?

    @Option(help: ArgumentHelp("The profile to start from.", valueName: "profile"))
    var into: String?

    @Option(name: .customLong("from"), help: ArgumentHelp("Or start from a shipped example.", valueName: "example"))
    var from: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The profile to write.", valueName: "file"))
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        guard partners != nil || budget != nil || indicators != nil else {
            throw ValidationError("give --partners FILE, --budget FILE, --indicators FILE, or more than one")
        }
        guard (into == nil) != (from == nil) else {
            throw ValidationError("give the profile to import into: --into PROFILE or --from EXAMPLE")
        }
        if [partners, budget, indicators, into].contains(output) {
            throw ValidationError("the output would overwrite an input; choose another file with -o")
        }
        if FileManager.default.fileExists(atPath: output) && !force {
            throw ValidationError("\(output) exists already; add --force to replace it, or choose another file with -o")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.load()
        let base: String
        if let into {
            base = into
        } else {
            do {
                base = try ShippedExamples.path(from ?? "")
            } catch {
                throw Terminal.fail(error)
            }
        }
        var profile = try loadNetwork(base, catalogue: catalogue)
        if from != nil { profile.isFictional = false }
        let importer = ProfileImport(partnersFile: partners, budgetFile: budget, indicatorsFile: indicators)
        do {
            profile = try importer.apply(
                partnersCSV: try partners.map(Self.read), budgetCSV: try budget.map(Self.read),
                indicatorsCSV: try indicators.map(Self.read), to: profile, language: language.lang)
        } catch let error as DiagnosticsError {
            throw Terminal.fail(error)
        }
        try OutputDestination.write(NetworkXMLWriter.document(profile, commentsIn: language.lang), to: output)
        _ = try loadNetwork(output, catalogue: catalogue)
        let nl = language.lang == .nl
        StandardOutput.write(
            (nl
                ? "Geschreven: \(output) (\(profile.partners.count) partners, \(profile.budget.costs.count) kostenlijnen, \(profile.outputIndicators.count) indicatoren)."
                : "Written: \(output) (\(profile.partners.count) partners, \(profile.budget.costs.count) cost lines, \(profile.outputIndicators.count) indicators).")
                + "\n")
    }

    /// The text of a spreadsheet file (UTF-8; a Windows-1252 file is refused with the fix).
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Terminal.fail(
                DiagnosticsError([
                    Diagnostic(
                        severity: .error, message: "cannot read the file; check the path", file: path,
                        isInputOutput: true)
                ]))
        }
        guard data.count <= 16 << 20 else {
            throw Terminal.fail(
                DiagnosticsError([
                    Diagnostic(
                        severity: .error,
                        message: "the file is larger than 16 MiB; a network's spreadsheet is far smaller", file: path)
                ]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Terminal.fail(
                DiagnosticsError([
                    Diagnostic(
                        severity: .error,
                        message: "the file is not UTF-8; in Excel choose 'Save as' → 'CSV UTF-8 (comma delimited)'",
                        file: path)
                ]))
        }
        return text
    }
}
